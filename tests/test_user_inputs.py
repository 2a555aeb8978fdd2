"""What a user meets with the commands as the README shows them: every input named, every
output checked before any work, one line per problem, an exit code that tells.

URLs are served by the local server of test_html on 127.0.0.1; nothing reaches the internet.
"""

import json
import os
import sys

import pytest
from typer.testing import CliRunner

from quotes import cli
from quotes.cli import app
from quotes.io.readers import read_articles
from quotes.model import Article, Problem

runner = CliRunner()
SAID = "« Nous tiendrons parole », a déclaré Claire Dubois, maire de Lunel.\n"


def _no_work(*args, **kwargs):
    raise AssertionError("articles were read: the output should have been refused first")


def test_a_urls_file_alone_is_enough(tmp_path):
    from test_html import local_server

    urls = tmp_path / "urls.txt"
    out = tmp_path / "quotes.jsonl"
    with local_server() as base:
        urls.write_text(f"# one a line\n{base}/page.html\n", encoding="utf-8")
        result = runner.invoke(app, ["extract", "--urls", str(urls), "--texts-out",
                                     str(tmp_path / "texts"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert any(r["record_type"] == "quote" for r in records)
    assert [p.name for p in (tmp_path / "texts").iterdir()] == [
        records[0]["article"]["id"] + ".txt"]


def test_nothing_to_read_is_one_line_and_exit_2():
    result = runner.invoke(app, ["extract"])
    assert result.exit_code == 2
    assert "nothing to read" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("args", [
    ["extract", "{src}", "-o", "{ro}/out.jsonl"],
    ["extract", "{src}", "-o", "{ro}/out.csv"],
    ["extract", "{src}", "-o", "{out}", "--texts-out", "{ro}/texts"],
    ["report", "{src}", "--html", "{ro}/report.html"],
    ["group", "{src}", "-o", "{out}", "--groups-out", "{ro}/groups.jsonl"],
])
def test_an_output_folder_that_cannot_be_written_is_refused_before_any_work(
        tmp_path, monkeypatch, args):
    src = tmp_path / "a.txt"
    src.write_text(SAID, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    real_access = os.access
    # a read-only folder, also for root (whom chmod does not stop)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: (
        False if os.path.realpath(p) == str(ro) and mode & os.W_OK else real_access(p, mode)))
    for command in (cli.extract, cli.report, cli.group):
        monkeypatch.setattr(command, "article_records", _no_work)
    given = [a.format(src=src, ro=ro, out=tmp_path / "out.jsonl") for a in args]
    result = runner.invoke(app, given)
    assert result.exit_code == 2, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("error: ") and f"cannot write in {ro} (permission denied)" in line
    assert list(ro.iterdir()) == [] and not (tmp_path / "out.jsonl").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_read_only_folder_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o",
                                     str(ro / "out.jsonl")])
    finally:
        ro.chmod(0o755)
    assert result.exit_code == 2 and "cannot write in" in result.output


def test_texts_out_naming_a_file_is_refused_before_any_work(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    taken = tmp_path / "texts"
    taken.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr(cli.extract, "article_records", _no_work)
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--texts-out", str(taken)])
    assert result.exit_code == 2
    assert "is not a folder: give a folder for the texts" in result.output


@pytest.mark.parametrize("signal_exit", [KeyboardInterrupt, SystemExit(143)])
def test_an_interrupted_run_says_so_and_claims_no_finished_run(
        tmp_path, monkeypatch, capsys, signal_exit):
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous complete run\n", encoding="utf-8")

    def interrupted(paths, **kwargs):
        yield Problem("a.txt", "half way")
        raise signal_exit

    monkeypatch.setattr(cli.extract, "article_records", interrupted)
    monkeypatch.setattr(sys, "argv", ["quotes", "extract", str(tmp_path), "-o", str(out)])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code in (130, 143)
    err = capsys.readouterr().err
    assert "interrupted: the output files (-o, --texts-out) are as they were" in err
    assert " quotes, " not in err and " quote, " not in err  # no summary of a finished run
    assert out.read_text(encoding="utf-8") == "previous complete run\n"


def test_texts_out_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    from quotes.io import writers

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    art = Article("a1", "Un texte entier.")
    monkeypatch.setattr(writers.os, "replace", broken)
    with pytest.raises(KeyboardInterrupt):
        writers.write_text(tmp_path, art)
    assert list(tmp_path.iterdir()) == []  # neither the text nor its temporary file


def test_a_broken_line_of_an_article_jsonl_is_an_error_naming_its_column(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": SAID}),
        '{"id": "b", "text": "coupé',
        '["not", "an object"]',
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1, result.output  # two articles lost
    assert f"{path}:2: invalid JSON (Unterminated string starting at column 21); " \
           "line skipped" in result.output
    assert f"{path}:3: not a JSON object; line skipped" in result.output
    assert '"Claire Dubois"' in result.output


def test_a_pipe_or_a_broken_link_is_named_for_what_it_is(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "ok.txt").write_text(SAID, encoding="utf-8")
    named = list(read_articles([str(fifo), str(link)]))
    assert [p.message for p in named] == [
        "not a regular file: a folder, pipe, socket or device; save it to a file, or use - for "
        "stdin",
        f"broken link (to {tmp_path / 'nowhere.txt'}, which cannot be read)"]
    in_folder = list(read_articles([str(tmp_path)]))  # never opened: a FIFO would block
    problems = {p.source.rsplit("/", 1)[-1]: p for p in in_folder if isinstance(p, Problem)}
    assert set(problems) == {"gone.txt", "pipe.txt"}
    assert all(p.severity == "error" for p in problems.values())
    assert [a.id for a in in_folder if isinstance(a, Article)] == ["ok"]


def test_the_closing_summary_counts_in_good_english(tmp_path):
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o",
                                 str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0
    assert "1 quote, 1 speaker, 0 problems of 0 kinds, " in result.output


def test_the_readme_settings_file_loads_and_a_missing_one_is_said_plainly(tmp_path):
    from conftest import ROOT

    from quotes.errors import InputError
    from quotes.settings import Settings

    assert Settings.from_toml(ROOT / "examples" / "quotes.toml").threshold == 75
    with pytest.raises(InputError) as told:
        Settings.from_toml(tmp_path / "quotes.toml")
    assert str(told.value) == f"{tmp_path / 'quotes.toml'}: cannot read settings (No such file " \
                              "or directory)"


@pytest.mark.parametrize("head", ["", "<!-- saved -->\n", '<?xml version="1.0"?>\n'])
def test_a_page_on_stdin_is_read_as_a_page(head):
    from test_html import PAGE

    page = PAGE.read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", "-"], input=head + page)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["record_type"] == "quote" for r in records)
    assert {r["article"]["id"] for r in records} == {"stdin"}
    assert records[0]["article"]["title"] == "Otan : Jens Stoltenberg appelle à l'unité"
    assert not [r for r in records if "<" in r["quote"]["text"]]  # no markup read as words


def test_plain_text_on_stdin_that_speaks_of_html_stays_text():
    text = "<html> est une balise. « Nous verrons bien », a dit Jens Stoltenberg."
    result = runner.invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0 and '"Jens Stoltenberg"' in result.stdout


def test_the_report_headline_counts_in_good_english(tmp_path):
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    result = runner.invoke(app, ["report", str(tmp_path / "a.txt"), "--width", "120"])
    assert result.exit_code == 0
    assert result.output.startswith("1 quote from 1 speaker in 1 article\n")


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv", "out.db"])
def test_a_read_only_output_file_is_left_as_it_is(tmp_path, monkeypatch, name):
    src = tmp_path / "a.txt"
    src.write_text(SAID, encoding="utf-8")
    locked = tmp_path / name
    locked.write_bytes(b"")  # an empty file: a database may be made in it
    real_access = os.access
    # read-only, also for root (whom chmod does not stop)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: (
        False if os.path.realpath(p) == str(locked) and mode & os.W_OK else real_access(p, mode)))
    monkeypatch.setattr(cli.extract, "article_records", _no_work)
    result = runner.invoke(app, ["extract", str(src), "-o", str(locked)])
    assert result.exit_code == 2, result.output
    assert f"{locked} is read-only; it was left as it is" in result.output
    assert locked.read_bytes() == b""


def test_diff_with_nothing_to_compare_says_so(tmp_path):
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    result = runner.invoke(app, ["diff", str(tmp_path / "a.txt"), "--no-color"])
    assert result.exit_code == 0
    assert result.output == "no quote carried by several outlets among 1 quote: nothing to " \
                            "compare\n"


def test_a_closed_port_is_unreachable_in_words():
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (problem,) = read_articles([f"http://127.0.0.1:{port}/page.html"], timeout=5)
    assert isinstance(problem, Problem) and problem.severity == "error"
    assert problem.message == "unreachable: Connection refused"


def test_a_closed_pipe_ends_quietly_without_a_finished_summary(monkeypatch):
    def closed(paths, **kwargs):
        yield Problem("a.txt", "half way")
        raise BrokenPipeError  # what writing to `| head -1` raises once head is gone

    monkeypatch.setattr(cli.extract, "article_records", closed)
    result = runner.invoke(app, ["extract", "a.txt"])
    assert result.exit_code == 1
    assert "a.txt: half way" in result.output  # what came before the pipe closed is told
    assert " problems of " not in result.output and " problem of " not in result.output


def test_two_pages_of_one_name_in_two_folders_are_two_articles(tmp_path):
    from test_html import PAGE

    page = PAGE.read_text(encoding="utf-8")
    for folder, name in (("a", "Jens Stoltenberg"), ("b", "Anne Lindqvist")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.html").write_text(page.replace("Jens Stoltenberg", name),
                                                      encoding="utf-8")
    texts = tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(tmp_path / "a"), str(tmp_path / "b"),
                                 "--texts-out", str(texts)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    ids = sorted({r["article"]["id"] for r in records})
    assert ids == ["b/index", "index"]
    for r in records:  # each text the quotes index is kept, none written over by the other
        text = (texts / (r["article"]["id"].replace("/", "_") + ".txt")).read_text("utf-8")
        assert text[r["quote"]["start"]:r["quote"]["end"]] == r["quote"]["text"]


def test_a_page_saved_as_txt_is_read_as_it_is_with_a_warning(tmp_path):
    from test_html import PAGE

    saved = tmp_path / "page.txt"
    saved.write_bytes(PAGE.read_bytes())
    plain = tmp_path / "plain.txt"
    plain.write_text("<html> est une balise. " + SAID, encoding="utf-8")  # text about HTML
    items = list(read_articles([str(saved), str(plain)]))
    warned = [p for p in items if isinstance(p, Problem)]
    assert [(p.source, p.severity) for p in warned] == [(str(saved), "warning")]
    assert warned[0].message.startswith("an HTML page read as plain text")
    arts = [a for a in items if isinstance(a, Article)]
    assert arts[0].text == PAGE.read_text(encoding="utf-8")  # offsets index the file
