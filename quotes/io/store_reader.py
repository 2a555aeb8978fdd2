"""Records out of a SQLite database written by ``quotes.io.store``, and how to know one.

``is_store`` tells a database by its first bytes (no suffix needed); ``open_store`` opens one
read-only (never creating a file) and refuses what is not a quotes database; ``read_store``
gives back the quote and problem records in the order they were written, ``read_store_groups``
the groups. Rows become records through ``quotes.io.records.from_dict``.
"""

from __future__ import annotations

import heapq
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from quotes.errors import InputError
from quotes.io.records import from_dict
from quotes.model import Group, Problem, Quote

_HEADER = b"SQLite format 3\x00"


def is_store(path: Path) -> bool:
    """True when ``path`` is a regular file that starts as a SQLite database does."""
    try:
        if not os.path.isfile(path):  # never opens a FIFO, which would wait for a writer
            return False
        with open(path, "rb") as fh:
            return fh.read(16) == _HEADER
    except OSError:
        return False


def open_store(path: Path) -> sqlite3.Connection:
    """A read-only connection to a store; ``InputError`` when ``path`` is not one."""
    if not path.is_file():
        raise InputError(f"{path}: no such database")
    if not is_store(path):
        raise InputError(f"{path} is not a SQLite database")
    conn = connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:  # a SQLite header over something else, a cut copy
        conn.close()
        raise damaged(path, exc) from None
    if not {"quotes", "articles", "problems"} <= names:
        conn.close()
        raise InputError(f"{path} is not a quotes database (no quotes table; write one with "
                         "`quotes extract … -o quotes.db`)")
    if "names" not in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}:
        # a store written before schema 1.3: its articles read with no names (a temporary
        # view shadows the table for this connection; the file is not written)
        conn.execute("CREATE TEMP VIEW articles AS SELECT *, NULL AS names FROM main.articles")
    conn.row_factory = sqlite3.Row
    return conn


def connect(path: Path) -> sqlite3.Connection:
    try:
        return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"{path}: cannot open the database: {exc}") from None


def damaged(path: Path, exc: sqlite3.DatabaseError) -> InputError:
    """The error of a database whose file is damaged: it cannot be read."""
    return InputError(f"{path}: cannot read the database ({exc})")


QUOTE_FIELDS = ("q.*, a.url AS article_url, a.title AS article_title, "
                "a.source AS article_source, a.names AS article_names")
ARTICLE_JOIN = "LEFT JOIN articles a ON a.id = q.article_id"


def read_store(path: Path) -> Iterator[Quote | Problem]:
    """The quote and problem records of a store, in the order they were written."""
    with closing(open_store(path)) as conn:
        try:
            quotes = conn.execute(f"SELECT {QUOTE_FIELDS} FROM quotes q {ARTICLE_JOIN} "
                                  "ORDER BY q.seq")
            problems = conn.execute("SELECT * FROM problems ORDER BY seq")
            rows = heapq.merge(((r["seq"], 0, r) for r in quotes),
                               ((r["seq"], 1, r) for r in problems), key=lambda t: t[:2])
            for _, kind, row in rows:
                yield quote_from_row(row) if kind == 0 else _problem_from_row(row)
        except sqlite3.DatabaseError as exc:  # a page damaged past the first ones
            raise damaged(path, exc) from None


def read_store_groups(path: Path) -> list[Group]:
    """The group records of a store, by group id."""
    with closing(open_store(path)) as conn:
        return [_group_from_row(r) for r in conn.execute("SELECT * FROM groups ORDER BY id")]


def _span(row: sqlite3.Row, prefix: str, text: str | None = None) -> dict[str, Any] | None:
    if row[f"{prefix}start"] is None:
        return None
    return {"text": row[text or prefix.rstrip("_")], "start": row[f"{prefix}start"],
            "end": row[f"{prefix}end"]}


def quote_from_row(row: sqlite3.Row) -> Quote:
    """The ``Quote`` of a row of ``QUOTE_FIELDS``."""
    cue = _span(row, "cue_")
    if cue is not None:
        cue.update(lemma=row["cue_lemma"], type=row["cue_type"])
    d = {
        "record_type": "quote", "id": row["id"], "group_id": row["group_id"],
        "type": row["type"],
        "quote": {"text": row["quote"], "start": row["start"], "end": row["end"],
                  "truncated": bool(row["truncated"]), "fragments": json.loads(row["fragments"])},
        "sentence": _span(row, "sentence_"), "cue": cue,
        "speaker": {
            "name": row["speaker_name"], "mention": _span(row, "mention_"), "role": row["role"],
            "kind": row["kind"], "resolution": row["resolution"],
            "linked": row["speaker_linked"], "gender": row["gender"],
            "roles": json.loads(row["roles"]), "confidence": row["confidence"],
            "id": row["people_id"],
        },
        "evidence": json.loads(row["evidence"]),
        "article": {"id": row["article_id"], "outlet": row["outlet"], "url": row["article_url"],
                    "date": row["date"], "title": row["article_title"],
                    "source": row["article_source"],
                    "names": json.loads(row["article_names"] or "[]")},
        "extraction": {"tool": row["tool"], "version": row["tool_version"],
                       "model": row["model"]},
    }
    record = from_dict(d)
    assert isinstance(record, Quote)
    return record


def _problem_from_row(row: sqlite3.Row) -> Problem:
    record = from_dict({"record_type": "problem", **{k: row[k] for k in (
        "source", "article_id", "stage", "severity", "offset", "message")}})
    assert isinstance(record, Problem)
    return record


def _group_from_row(row: sqlite3.Row) -> Group:
    record = from_dict({
        "record_type": "quote_group", "group_id": row["id"],
        "representative_text": row["representative_text"],
        "speaker": {"name": row["speaker"], "roles": json.loads(row["roles"]),
                    "kind": row["kind"]},
        "appearances": json.loads(row["appearances"]),
    })
    assert isinstance(record, Group)
    return record
