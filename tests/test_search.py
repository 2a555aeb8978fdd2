"""`quotes search`: full-text search of a database, accents aside, with filters."""

import json
from dataclasses import replace

import pytest
from test_grouping import rec
from typer.testing import CliRunner

from quotes.cli import app
from quotes.errors import InputError
from quotes.io import records as export
from quotes.io.search import Filters, search, undated
from quotes.io.store import write_store
from quotes.model import ArticleRef, Speaker

runner = CliRunner()


def quote(qid, article, text, speaker, *, outlet, date, role=None, kind="person"):
    q = rec(qid, article, text, speaker, kind=kind)
    return replace(q, article=ArticleRef(article, outlet, None, date),
                   speaker=Speaker(speaker, None, role, kind, "explicit", confidence=0.9))


QUOTES = [
    quote("q-0000000000000001", "a1", "La sécurité des Français est notre priorité",
          "Gérald Dormont", outlet="Le Monde", date="2024-11-20", role="ministre de l’Intérieur"),
    quote("q-0000000000000002", "a2", "L’Élysée n’a pas commenté", "un conseiller",
          outlet="AFP", date="2024-12-02", kind="anonymous"),
    quote("q-0000000000000003", "a3", "Rien sur la SECURITE ici, mais \x1b[31mrouge",
          "Léa Martin", outlet="franceinfo", date="2025-01-05", role="porte-parole de l’Élysée"),
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "q.db"
    write_store(path, QUOTES)
    return path


def found(hits):
    return [q.id[-1] for q, _ in hits]


@pytest.mark.parametrize(("query", "ids"), [
    ("securite", ["1", "3"]), ("sécurité", ["1", "3"]), ("SÉCURITÉ", ["1", "3"]),
    ("elysee", ["2", "3"]),  # "Élysée" in a quote (2) and in a role (3)
    ("dormont", ["1"]),  # the speaker
    ("interieur", ["1"]),  # the role
    ('"notre priorite"', ["1"]), ("secur*", ["1", "3"]), ("securite NOT ici", ["1"]),
    ("ukraine", []),
    # French words FTS5 cannot read bare: each is the phrase it reads as
    ("l'elysee", ["2", "3"]), ("porte-parole", ["3"]), ("porte-par*", ["3"]),
    ("role:porte-parole", ["3"]), ("quote:porte-parole", []), ("n'a OR porte-parole", ["2", "3"]),
    ("priorite.", ["1"]), ('"porte-parole de"', ["3"]),
])
def test_accents_and_case_are_set_aside(db, query, ids):
    assert sorted(found(search(db, query))) == ids


def test_a_hyphenated_word_is_found_from_the_command_line(db):
    result = runner.invoke(app, ["search", str(db), "porte-parole", "--json"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == [QUOTES[2].id]


def test_the_match_is_located_in_the_quote_text(db):
    ((q, spans),) = search(db, "securite", Filters(outlet="monde"))
    assert [q.span.text[s:e] for s, e in spans] == ["sécurité"]
    ((q, spans),) = search(db, "elysee", Filters(kind="anonymous"))
    assert [q.span.text[s:e] for s, e in spans] == ["Élysée"]


@pytest.mark.parametrize(("filters", "ids"), [
    (Filters(speaker="LEA"), ["3"]), (Filters(outlet="franceinfo"), ["3"]),
    (Filters(since="2024-12"), ["3"]), (Filters(until="2024-11-20"), ["1"]),
    (Filters(since="2025"), ["3"]), (Filters(kind="person"), ["1", "3"]),
    (Filters(kind="anonymous"), []),
])
def test_filters_narrow_the_search(db, filters, ids):
    assert sorted(found(search(db, "securite", filters))) == ids


@pytest.mark.parametrize(("filters", "message"), [
    (Filters(since="20/11/2024"), "--since '20/11/2024': give a date"),
    (Filters(kind="people"), "--kind 'people': choose one of"),
])
def test_bad_filters_are_input_errors(db, filters, message):
    with pytest.raises(InputError, match=message):
        search(db, "securite", filters)


@pytest.mark.parametrize("query", ['"unterminated', "NOT", "a:b", "AND OR", "("])
def test_bad_fts_syntax_is_one_line_and_exit_2(db, query):
    result = runner.invoke(app, ["search", str(db), query])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: search") and "FTS5" in lines[0]
    assert "Traceback" not in result.output


def test_the_table_shows_who_where_when_and_the_quote_safely(db):
    result = runner.invoke(app, ["search", str(db), "securite", "--width", "160"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "2 quotes for securite" in out
    assert out.index("Gérald Dormont") < out.index("Léa Martin")  # one row each
    for cell in ("ministre de l’Intérieur", "Le Monde", "2024-11-20", "franceinfo",
                 "« La sécurité des Français est notre priorité »"):
        assert cell in out
    assert "\x1b" not in out and "\\u001b[31mrouge" in out  # article text cannot restyle


def test_json_lines_are_the_records(db):
    result = runner.invoke(app, ["search", str(db), "elysee", "--json"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert sorted(lines) == sorted(export.dumps(q).rstrip("\n") for q in QUOTES[1:])
    assert all(json.loads(line)["record_type"] == "quote" for line in lines)


def test_a_missing_or_foreign_database_is_one_line(tmp_path):
    result = runner.invoke(app, ["search", str(tmp_path / "none.db"), "securite"])
    assert result.exit_code == 2 and "no such database" in result.output
    other = tmp_path / "x.db"
    other.write_text("plain text", encoding="utf-8")
    result = runner.invoke(app, ["search", str(other), "securite"])
    assert result.exit_code == 2 and "is not a SQLite database" in result.output


def test_a_damaged_database_is_one_line(tmp_path):
    from test_store import damaged_copies

    for db in damaged_copies(tmp_path):
        result = runner.invoke(app, ["search", str(db), "propos"])
        assert result.exit_code == 2, result.output
        why = "database disk image is malformed" if db.name == "inside.db" else "file is not a "
        assert result.output.startswith(f"error: {db}: cannot read the database ({why}")
        assert len(result.output.splitlines()) == 1


def test_quotes_whose_date_filters_cannot_compare_are_counted_and_said(tmp_path):
    odd = [replace(q, article=replace(q.article, date=d))
           for q, d in zip(QUOTES, ["20/11/2024", None, "2025-01-05T09:30:00+01:00"], strict=True)]
    path = tmp_path / "odd.db"
    write_store(path, odd)
    since = Filters(since="2024")
    assert found(search(path, "securite", since)) == ["3"]  # a date with a time compares
    assert undated(path, "securite", since) == 1  # "20/11/2024" is left out, and counted
    assert undated(path, "elysee", since) == 1  # no date at all (2); 3 has one
    assert undated(path, "securite", Filters()) == 0  # no date filter: nothing left out
    result = runner.invoke(app, ["search", str(path), "securite", "--since", "2024"])
    assert result.exit_code == 0, result.output
    assert f"{path}: 1 matching quotes have no ISO date" in result.output
