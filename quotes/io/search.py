"""Full-text search in a store: the quotes whose words, speaker or role match a query.

The query is FTS5's (words, ``"a phrase"``, ``AND``/``OR``/``NOT``, ``prefix*``) over the
``quotes_fts`` index of ``quotes.io.store``, which sets accents and case aside ("elysee"
finds "Élysée"); a word FTS5 cannot read bare (``l'Otan``, ``cessez-le-feu``) is a phrase.
Filters narrow it as ``quotes report`` does (speaker and outlet: a part of the name, case and
accents aside) and by date (ISO, ``2024``, ``2024-11`` or ``2024-11-20``) and speaker kind.
A query FTS5 cannot read is an ``InputError`` naming it.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from quotes.errors import InputError
from quotes.io.store_reader import (
    ARTICLE_JOIN,
    QUOTE_FIELDS,
    damaged,
    open_store,
    quote_from_row,
)
from quotes.lexicon import fold
from quotes.model import Quote

KINDS = ("person", "organization", "anonymous", "unknown")
# FTS5 reads a bare word of letters, digits and _ only: "l'Otan" is a syntax error and
# "cessez-le-feu" asks for a column "le"; such a word is searched as the phrase it reads as
_QUOTED = re.compile(r'("[^"]*"?)')  # a phrase as given (an unclosed one stays an error)
_WORD = re.compile(r'[^\s"(){}:^*+,]+')  # FTS5's operators and punctuation stay as they are
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks around a match (highlight())
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_YEAR = "[0-9][0-9][0-9][0-9]"  # an article date filters can compare: YYYY, or YYYY-…


@dataclass(frozen=True)
class Filters:
    """What narrows a search besides its query; ``None`` leaves a field open."""

    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None

    def check(self) -> None:
        """``InputError`` for a date that is not ISO or an unknown kind."""
        for flag, value in (("--since", self.since), ("--until", self.until)):
            if value is not None and not _DATE.fullmatch(value):
                raise InputError(f"{flag} {value!r}: give a date as YYYY-MM-DD, YYYY-MM or YYYY")
        if self.kind is not None and self.kind not in KINDS:
            raise InputError(f"--kind {self.kind!r}: choose one of {', '.join(KINDS)}")


def search(path: Path, query: str, filters: Filters = Filters(), *, limit: int = 50
           ) -> list[tuple[Quote, tuple[tuple[int, int], ...]]]:
    """The best ``limit`` quotes matching ``query``, best first, each with the (start, end)
    spans of its quote text that matched (none when the match is in the speaker or role)."""
    where, params = _where(query, filters)
    for op, value in ((">=", filters.since), ("<=", filters.until)):
        if value is not None:
            where.append(f"substr(q.date, 1, ?) {op} ?")
            params += [len(value), value]
    sql = (f"SELECT {QUOTE_FIELDS}, highlight(quotes_fts, 0, ?, ?) AS marked FROM quotes_fts "
           f"JOIN quotes q ON q.rowid = quotes_fts.rowid {ARTICLE_JOIN} "
           f"WHERE {' AND '.join(where)} ORDER BY rank, q.seq LIMIT ?")
    rows = _run(path, query, sql, [_OPEN, _CLOSE, *params, limit])
    return [(q, _marks(row["marked"], q.span.text))
            for row in rows for q in [quote_from_row(row)]]


def undated(path: Path, query: str, filters: Filters) -> int:
    """How many quotes matching ``query`` and the other filters a date filter leaves out
    because their article's date is missing or not ISO (``30/11/2024`` is not compared)."""
    if filters.since is None and filters.until is None:
        return 0
    where, params = _where(query, filters)
    date = "coalesce(q.date, '')"
    where.append(f"NOT ({date} GLOB '{_YEAR}' OR {date} GLOB '{_YEAR}-*')")
    sql = (f"SELECT count(*) FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
           f"WHERE {' AND '.join(where)}")
    return int(_run(path, query, sql, params)[0][0])


def _where(query: str, filters: Filters) -> tuple[list[str], list[str | int]]:
    """The conditions of the query and every filter but the dates."""
    filters.check()
    if not query.strip():
        raise InputError("the search query is empty: give words to look for")
    where: list[str] = ["quotes_fts MATCH ?"]
    params: list[str | int] = [fts_query(query)]
    for column, wanted in (("q.speaker", filters.speaker), ("q.outlet", filters.outlet)):
        if wanted is not None:
            where.append(f"instr(quotes_fold({column}), ?) > 0")
            params.append(fold(wanted))
    if filters.kind is not None:
        where.append("q.kind = ?")
        params.append(filters.kind)
    return where, params


def _run(path: Path, query: str, sql: str, params: list[str | int]) -> list[sqlite3.Row]:
    with closing(open_store(path)) as conn:
        conn.create_function("quotes_fold", 1, lambda s: fold(s) if s else "",
                             deterministic=True)
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            raise InputError(f"search {query!r}: {exc} (FTS5 syntax: words, \"a phrase\", "
                             "AND, OR, NOT, prefix*)") from None
        except sqlite3.DatabaseError as exc:  # a page damaged past the first ones
            raise damaged(path, exc) from None


def fts_query(query: str) -> str:
    """``query`` as FTS5 reads it: outside quotes, a word holding an apostrophe, a hyphen, a
    dot or another sign FTS5 refuses in a word (``aujourd'hui``, ``Jean-Marie``, ``U.S.``)
    becomes a phrase; one that starts with ``-`` (``-role:x``, FTS5's "not in column") stays."""

    def phrase(m: re.Match[str]) -> str:
        word = m.group()
        if word.startswith("-") or all(c.isalnum() or c == "_" or not c.isascii() for c in word):
            return word
        return f'"{word}"'

    return "".join(part if part.startswith('"') else _WORD.sub(phrase, part)
                   for part in _QUOTED.split(query))


def _marks(marked: str | None, text: str) -> tuple[tuple[int, int], ...]:
    """The spans FTS5 marked, as offsets into ``text`` (none if the text holds the marks)."""
    if not marked or _OPEN in text or _CLOSE in text:
        return ()
    spans, plain, start = [], 0, 0
    for ch in marked:
        if ch == _OPEN:
            start = plain
        elif ch == _CLOSE:
            spans.append((start, plain))
        else:
            plain += 1
    return tuple(spans)
