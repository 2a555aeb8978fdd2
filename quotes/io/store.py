"""Records into a SQLite database: the store that ``-o quotes.db`` writes.

Tables ``articles``, ``quotes``, ``speakers``, ``groups`` and ``problems``, with foreign keys
(quotes to their article, group and speaker; problems to their article), indexes on speaker,
outlet, date and group, and full-text search over the quotes (``quotes_fts``: quote, speaker,
role, accents and case set aside). A quote row holds every field of its JSON record, so
``quotes.io.store_reader`` gives back the records that were written, in their order.

A write into an existing store is one transaction (an interrupted run leaves it as it was) and
merges by article: an article whose records hash as those stored is left as it is, one that
changed is replaced whole, a new one is added; so a daily run into one file accumulates.
Every article the run read counts, quotes or none (``write_store`` is given the ``Article``s):
one now without quotes loses its old ones. An article whose id is stored but whose source, URL
or text differs is replaced too, with a warning ``Problem`` that ``write_store`` returns and
keeps in ``problems``, with the article that replaced it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from quotes.errors import InputError
from quotes.io.records import Record, to_dict
from quotes.io.store_reader import connect, is_store
from quotes.io.writers import check_outputs
from quotes.model import Article, Group, Problem, Quote

APPLICATION_ID = 0x71756F74  # "quot": marks a file this module wrote (PRAGMA application_id)
TOKENIZE = "unicode61 remove_diacritics 2"  # "securite" finds "sécurité"
FTS_COLUMNS = ("quote", "speaker", "role")

ARTICLE_COLUMNS = {"id": str, "outlet": str, "url": str, "date": str, "title": str,
                   "source": str, "content_hash": str, "quotes": int, "text_hash": str,
                   "names": str}
QUOTE_COLUMNS = {
    "id": str, "article_id": str, "group_id": str, "speaker": str, "outlet": str, "date": str,
    "type": str, "quote": str, "start": int, "end": int, "truncated": int, "fragments": str,
    "sentence": str, "sentence_start": int, "sentence_end": int,
    "cue": str, "cue_start": int, "cue_end": int, "cue_lemma": str, "cue_type": str,
    "speaker_name": str, "speaker_linked": str, "mention": str, "mention_start": int,
    "mention_end": int, "role": str, "kind": str, "resolution": str, "gender": str,
    "roles": str, "confidence": float, "people_id": str, "evidence": str,
    "tool": str, "tool_version": str, "model": str, "seq": int,
}
PROBLEM_COLUMNS = {"id": int, "source": str, "article_id": str, "stage": str, "severity": str,
                   "offset": int, "message": str, "seq": int}
GROUP_COLUMNS = {"id": str, "representative_text": str, "speaker": str, "kind": str,
                 "roles": str, "num_mentions": int, "num_outlets": int, "outlets": str,
                 "first_date": str, "appearances": str}
SPEAKER_COLUMNS = {"name": str, "kind": str, "gender": str, "people_id": str, "quotes": int,
                   "articles": int, "outlets": int}


def check_target(path: Path) -> None:
    """Refuse, before any work, an output that is not a store this module may write into: a
    file that is not SQLite, or another program's database (it would be clobbered)."""
    check_outputs([path], ())  # a folder, or in a missing folder: what any output is told
    if not path.exists():
        return
    if not path.is_file():
        raise InputError(f"{path} is not a regular file: give another output path")
    if path.stat().st_size == 0:
        return
    if not is_store(path):
        raise InputError(f"{path} exists and is not a SQLite database; it was left as it is "
                         "(give another output path)")
    try:
        with closing(connect(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                                "WHERE type='table'")]
    except sqlite3.DatabaseError as exc:  # a SQLite header over something else, a cut copy
        raise InputError(f"{path} is a damaged SQLite database ({exc}); it was left as it is "
                         "(give another output path)") from None
    if app_id != APPLICATION_ID and names:
        raise InputError(f"{path} is another program's SQLite database (tables: "
                         f"{', '.join(sorted(names)[:5])}); it was left as it is "
                         "(give another output path)")


# ---------------------------------------------------------------------------- writing


def write_store(path: Path, records: Iterable[Record | Article]) -> list[Problem]:
    """Merge ``records`` (quotes, problems, groups, and the articles read) into the store at
    ``path``, creating it if needed, in one transaction; the warnings of the articles replaced
    by another of the same id (``InputError`` when the file cannot be written)."""
    check_target(path)
    run = _Run()
    for n, record in enumerate(records):
        run.add(n, record)
    existed = path.exists()
    try:
        with Database(path) as db, db.atomic():
            _create(db)
            return run.merge(db)
    except BaseException as exc:
        if not existed:  # a first run that failed leaves no empty file behind
            with suppress(OSError):
                path.unlink()
        if isinstance(exc, sqlite3.Error):
            raise InputError(f"{path}: cannot write the database: {exc}") from None
        raise


class _Run:
    """The rows of one run, by article, before they are merged into the store."""

    def __init__(self) -> None:
        self.articles: dict[str, dict[str, Any]] = {}
        self.rows: dict[str, list[tuple[str, dict[str, Any]]]] = {}  # article id -> rows
        self.loose: list[dict[str, Any]] = []  # problems of no article (an unreadable file)
        self.groups: list[dict[str, Any]] = []
        self.count = 0  # records and articles given: a warning of the merge comes after them

    def add(self, n: int, record: Record | Article) -> None:
        self.count = n + 1
        if isinstance(record, Article):  # read, with quotes or none: its rows are replaced
            text = hashlib.sha256(record.text.encode("utf-8", "surrogatepass")).hexdigest()
            self.articles.setdefault(record.id, {}).update(
                _meta(vars(record)), text_hash=text[:32])
            return
        d = to_dict(record)
        if isinstance(record, Group):
            self.groups.append(_group_row(d))
            return
        if isinstance(record, Quote):
            self.articles.setdefault(d["article"]["id"], {}).update(_meta(d["article"]))
            table, aid, row = "quotes", d["article"]["id"], _quote_row(d)
        else:
            table, aid, row = "problems", d["article_id"], _problem_row(d)
        row["seq"] = n
        if aid is None:
            self.loose.append(row)
            return
        self.articles.setdefault(aid, {"id": aid})
        self.rows.setdefault(aid, []).append((table, row))

    def merge(self, db: Database) -> list[Problem]:
        base = 1 + (db.execute("SELECT max(seq) FROM (SELECT seq FROM quotes UNION ALL "
                               "SELECT seq FROM problems)").fetchone()[0] or -1)
        stored = {r[0]: r for r in db.execute(
            "SELECT id, content_hash, source, url, text_hash FROM articles").fetchall()}
        changed, articles, warnings = [], [], []
        for aid, art in self.articles.items():
            rows = self.rows.get(aid, [])
            digest = _digest([art, *(r for _, r in rows)])
            old = stored.get(aid)
            if old is None or old[1] != digest:  # the same records as stored are left as is
                if old is not None and (warning := _replaced(art, old)) is not None:
                    warnings.append(warning)
                changed.append(aid)
                articles.append({**art, "content_hash": digest,
                                 "quotes": sum(t == "quotes" for t, _ in rows)})
        for table in ("quotes", "problems"):
            db.conn.executemany(f"DELETE FROM {table} WHERE article_id = ?",
                                [(aid,) for aid in changed])
            _insert(db, table, ({**r, "seq": base + r["seq"]} for aid in changed
                                for t, r in self.rows.get(aid, []) if t == table))
        # the replacement is kept with the article that replaced it, as its last problem
        _insert(db, "problems", ({**_problem_row(to_dict(w)), "seq": base + self.count + i}
                                 for i, w in enumerate(warnings)))
        # the new quotes are indexed at once (a trigger per row: 2.2x the time, bench_store.py
        # --choices); the delete trigger keeps the index right when a quote is replaced or removed
        db.execute(f"INSERT INTO quotes_fts (rowid, {', '.join(FTS_COLUMNS)}) SELECT rowid, "
                   f"{', '.join(FTS_COLUMNS)} FROM quotes WHERE seq >= ?", [base])
        db.table("articles").upsert_all(articles, pk="id")
        self._merge_loose(db, base)
        db.table("groups").upsert_all(self.groups, pk="id")
        db.execute("DELETE FROM groups WHERE id NOT IN "
                   "(SELECT group_id FROM quotes WHERE group_id IS NOT NULL)")
        _refresh_speakers(db)
        return warnings

    def _merge_loose(self, db: Database, base: int) -> None:
        """Problems of no article, for the files this run read: the stored ones it no longer
        meets go, new ones come; the same ones stay untouched (re-running changes nothing)."""
        sources = {r["source"] for r in self.loose}
        sources |= {a["source"] for a in self.articles.values() if a.get("source")}
        key = ("source", "message", "stage", "severity", "offset")
        wanted = [tuple(r[k] for k in key) for r in self.loose]
        for row in db.execute("SELECT id, source, message, stage, severity, \"offset\" FROM "
                              "problems WHERE article_id IS NULL").fetchall():
            if row[1] not in sources:
                continue
            if tuple(row[1:]) in wanted:
                wanted.remove(tuple(row[1:]))
            else:
                db.execute("DELETE FROM problems WHERE id = ?", [row[0]])
        new = []
        for r in self.loose:
            if tuple(r[k] for k in key) in wanted:
                wanted.remove(tuple(r[k] for k in key))
                new.append({**r, "seq": base + r["seq"]})
        _insert(db, "problems", new)


def _meta(article: dict[str, Any]) -> dict[str, Any]:
    """An article's columns from its record (an ``Article`` read has no names: a quote's
    record gives them)."""
    meta = {k: article[k] for k in ("id", "outlet", "url", "date", "title", "source")}
    if article.get("names"):
        meta["names"] = _json(article["names"])
    return meta


def _replaced(new: dict[str, Any], old: tuple[Any, ...]) -> Problem | None:
    """The warning of a stored article replaced by another of its id: read from another file
    or URL, or with another text (ids are file stems: ``day2/001.txt`` replaces
    ``day1/001.txt``)."""
    _, _, source, url, text = old
    moved = [(a, b) for a, b in ((source, new.get("source")), (url, new.get("url")))
             if a is not None and b is not None and a != b]
    edited = text is not None and new.get("text_hash") not in (None, text)
    if not moved and not edited:
        return None
    message = f"article {new['id']} replaces the one read from {source or url or 'before'}"
    return Problem(new.get("source") or new.get("url") or "-",
                   message + ("" if moved else ", whose text was different"), new["id"],
                   "export")


def _insert(db: Database, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Rows into ``table`` (the tables are sqlite-utils'; rows go through ``executemany``,
    6.6x faster than ``insert_all`` checking every value for JSON: bench_store.py --choices)."""
    columns = (list(QUOTE_COLUMNS) if table == "quotes"
               else [c for c in PROBLEM_COLUMNS if c != "id"])  # a problem's id is SQLite's
    names = ", ".join(f'"{c}"' for c in columns)
    db.conn.executemany(
        f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})",
        ([r.get(c) for c in columns] for r in rows))


def _digest(rows: list[dict[str, Any]]) -> str:
    """What an article's records are, with their order but not their place in the run."""
    plain = [{k: v for k, v in r.items() if k != "seq"} for r in rows]
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _create(db: Database) -> None:
    """The tables, indexes and full-text index, when the file has none yet."""
    if db.table("quotes").exists():
        columns = db.table("articles").columns_dict
        for column in ("text_hash", "names"):  # a store of 1.x before them
            if column not in columns:
                db.table("articles").add_column(column, str)
        return
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.table("articles").create(ARTICLE_COLUMNS, pk="id")
    db.table("speakers").create(SPEAKER_COLUMNS, pk="name")
    db.table("groups").create(GROUP_COLUMNS, pk="id")
    db.table("quotes").create(QUOTE_COLUMNS, pk="id", not_null=["article_id", "seq"], foreign_keys=[
        ("article_id", "articles", "id"), ("group_id", "groups", "id"),
        ("speaker", "speakers", "name")])
    db.table("problems").create(PROBLEM_COLUMNS, pk="id", foreign_keys=[
        ("article_id", "articles", "id")])
    for column in ("article_id", "speaker", "outlet", "date", "group_id", "seq"):
        db.table("quotes").create_index([column])
    db.table("problems").create_index(["article_id"])
    db.table("quotes").enable_fts(FTS_COLUMNS, tokenize=TOKENIZE, create_triggers=True)
    db.execute("DROP TRIGGER quotes_ai")  # inserts are indexed in bulk by ``_Run.merge``


def _refresh_speakers(db: Database) -> None:
    """One row per speaker name: the kind and gender most of their quotes give, and counts
    (an article with no outlet counts as an outlet of its own, as in ``quotes report``)."""
    db.execute("DELETE FROM speakers")
    db.execute("""
        INSERT INTO speakers (name, kind, gender, people_id, quotes, articles, outlets)
        SELECT q.speaker,
          (SELECT kind FROM quotes k WHERE k.speaker = q.speaker
           GROUP BY kind ORDER BY count(*) DESC, kind LIMIT 1),
          (SELECT gender FROM quotes g WHERE g.speaker = q.speaker AND gender IS NOT NULL
           GROUP BY gender ORDER BY count(*) DESC, gender LIMIT 1),
          max(q.people_id), count(*), count(DISTINCT q.article_id),
          count(DISTINCT coalesce(q.outlet, q.article_id))
        FROM quotes q WHERE q.speaker IS NOT NULL GROUP BY q.speaker""")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _quote_row(d: dict[str, Any]) -> dict[str, Any]:
    body, sp, cue, mention = d["quote"], d["speaker"], d["cue"] or {}, d["speaker"]["mention"]
    mention = mention or {}
    return {
        "id": d["id"], "article_id": d["article"]["id"], "group_id": d["group_id"],
        "speaker": sp["linked"] or sp["name"], "outlet": d["article"]["outlet"],
        "date": d["article"]["date"], "type": d["type"], "quote": body["text"],
        "start": body["start"], "end": body["end"], "truncated": int(body["truncated"]),
        "fragments": _json(body["fragments"]), "sentence": d["sentence"]["text"],
        "sentence_start": d["sentence"]["start"], "sentence_end": d["sentence"]["end"],
        "cue": cue.get("text"), "cue_start": cue.get("start"), "cue_end": cue.get("end"),
        "cue_lemma": cue.get("lemma"), "cue_type": cue.get("type"),
        "speaker_name": sp["name"], "speaker_linked": sp["linked"],
        "mention": mention.get("text"), "mention_start": mention.get("start"),
        "mention_end": mention.get("end"), "role": sp["role"], "kind": sp["kind"],
        "resolution": sp["resolution"], "gender": sp["gender"], "roles": _json(sp["roles"]),
        "confidence": sp["confidence"], "people_id": sp["id"], "evidence": _json(d["evidence"]),
        "tool": d["extraction"]["tool"], "tool_version": d["extraction"]["version"],
        "model": d["extraction"]["model"],
    }


def _problem_row(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in ("source", "article_id", "stage", "severity", "offset", "message")}


def _group_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": d["group_id"], "representative_text": d["representative_text"],
        "speaker": d["speaker"]["name"], "kind": d["speaker"]["kind"],
        "roles": _json(d["speaker"]["roles"]), "num_mentions": d["num_mentions"],
        "num_outlets": d["num_outlets"], "outlets": _json(d["outlets"]),
        "first_date": d["first_appearance"]["date"], "appearances": _json(d["appearances"]),
    }
