"""`quotes serve`: Datasette on 127.0.0.1 with titles, facets and canned queries."""

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from test_cli import _records_file
from typer.testing import CliRunner

from quotes.cli import app
from quotes.present.browse import metadata

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "news.db"
    result = runner.invoke(app, ["group", str(_records_file(tmp_path)), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_metadata_names_facets_and_canned_queries_that_run(db):
    meta = metadata("news")["databases"]["news"]
    quotes = meta["tables"]["quotes"]
    assert quotes["facets"] == ["speaker", "outlet", "date", "group_id"]
    with sqlite3.connect(db) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(quotes)")}
        assert set(quotes["columns"]) == columns  # every column described, no stale name
        group = conn.execute("SELECT group_id FROM quotes WHERE group_id IS NOT NULL"
                             ).fetchone()[0]
        rows = conn.execute(meta["queries"]["quotes_of_one_group"]["sql"],
                            {"group_id": group}).fetchall()
        assert sorted(r[0] for r in rows) == ["Le Monde", "franceinfo"]
        ranked = conn.execute(meta["queries"]["most_quoted_by_gender"]["sql"]).fetchall()
        assert [(r[0], r[1], r[2], r[3]) for r in ranked] == [
            ("unknown", 1, "Samir al-Nasser", 2), ("unknown", 2, "Anne Lindqvist", 1)]
        # a quote's group is one click away: a foreign key Datasette turns into a link
        fks = conn.execute("PRAGMA foreign_key_list(quotes)").fetchall()
        assert ("groups", "group_id", "id") in {(r[2], r[3], r[4]) for r in fks}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.loads(response.read().decode("utf-8"))


def test_serve_answers_the_quotes_table_and_a_canned_query(db):
    pytest.importorskip("datasette")
    port = free_port()
    base = f"http://127.0.0.1:{port}/news"
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                rows = get_json(f"{base}/quotes.json?_shape=array")
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "quotes serve did not answer in 60 s"
                time.sleep(0.3)
        assert sorted(r["outlet"] for r in rows) == ["AFP", "Le Monde", "franceinfo"]
        group = next(r["group_id"] for r in rows if r["group_id"])
        wordings = get_json(f"{base}/quotes_of_one_group.json?_shape=array&group_id={group}")
        assert sorted(r["outlet"] for r in wordings) == ["Le Monde", "franceinfo"]
        found = get_json(f"{base}/quotes.json?_shape=array&_search=decide")  # accents aside
        assert len(found) == 2
        meta = get_json(f"http://127.0.0.1:{port}/-/metadata.json")
        assert meta["title"] == "quotes: who said what"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode is not None


def test_serve_without_datasette_is_one_line(db, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "datasette" else real(name, *a))
    result = runner.invoke(app, ["serve", str(db)])
    assert result.exit_code == 2
    assert result.output.strip() == ("error: quotes serve needs Datasette, which is not "
                                     "installed: pip install 'quotes[web]'")


def test_serve_refuses_what_is_not_a_quotes_database(tmp_path):
    pytest.importorskip("datasette")
    other = tmp_path / "other.db"
    other.write_text("not sqlite", encoding="utf-8")
    result = runner.invoke(app, ["serve", str(other)])
    assert result.exit_code == 2 and "is not a SQLite database" in result.output


def test_who_is_quoted_most_ranks_each_speaker_once_under_their_gender(tmp_path):
    from dataclasses import replace

    from test_grouping import rec

    from quotes.io.store import write_store

    def said(n, who, gender):
        q = rec(f"q-{n:016x}", f"a{n}", f"Propos numéro {n}", who)
        return replace(q, speaker=replace(q.speaker, gender=gender))

    db = tmp_path / "news.db"
    # the text shows Anne Durand's gender twice, not the third time: still one woman, 3 quotes
    write_store(db, [said(1, "Anne Durand", "female"), said(2, "Anne Durand", None),
                     said(3, "Anne Durand", "female"), said(4, "Paul Roy", "male"),
                     said(5, "Le ministère", None)])
    sql = metadata("news")["databases"]["news"]["queries"]["most_quoted_by_gender"]["sql"]
    with sqlite3.connect(db) as conn:
        assert [r[:4] for r in conn.execute(sql)] == [
            ("female", 1, "Anne Durand", 3), ("male", 1, "Paul Roy", 1),
            ("unknown", 1, "Le ministère", 1)]


def test_serve_on_port_0_does_not_promise_port_0(db, monkeypatch):
    pytest.importorskip("datasette")
    import quotes.cli.serve as serving

    called = []
    monkeypatch.setattr(serving.subprocess, "call", lambda args: called.append(args) or 0)
    result = runner.invoke(app, ["serve", str(db), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert called and called[0][called[0].index("--port") + 1] == "0"
    assert result.output == f"serving {db} on a free port of 127.0.0.1 (below) (Ctrl-C to stop)\n"
