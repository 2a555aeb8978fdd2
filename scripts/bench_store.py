"""The SQLite store at scale: insertion and search time for N synthetic quotes.

Quotes are the seeds' records (extracted once), copied N times over articles of 20 quotes
each, with ids, outlets and dates of their own. Baselines in the same run: writing the same
records as JSONL, and finding words by scanning that JSONL (every line parsed, text folded),
or by ``LIKE`` over the quotes table, against the full-text index. Two choices of the store
are measured against what they replaced, on the quotes table alone: rows through
``executemany`` against sqlite-utils' ``insert_all``, and the new rows indexed in one
statement against a trigger indexing each row.

    .venv/bin/python scripts/bench_store.py [--quotes 100000] [--repeat 3] [--choices 10000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from quotes.api import Extractor
from quotes.io import store
from quotes.io.records import dumps, to_dict
from quotes.io.search import search
from quotes.io.store import write_store
from quotes.lexicon import fold
from quotes.model import ArticleRef, Quote

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = ["AFP", "Le Monde", "Le Figaro", "franceinfo", "Libération", "Ouest-France",
           "La Croix", "Mediapart"]
QUERIES = ["securite", "otan", '"cessez-le-feu"', "ukraine AND paix", "stoltenberg"]


def synthetic(base: list[Quote], n: int, first: int = 0) -> list[Quote]:
    out = []
    for i in range(first, first + n):
        k = i // 20
        day = (date(2024, 1, 1) + timedelta(days=k % 365)).isoformat()
        art = ArticleRef(f"a{k:06d}", OUTLETS[k % len(OUTLETS)], f"https://example.org/{k}",
                         day, f"Article {k}", f"news/a{k:06d}.txt")
        out.append(replace(base[i % len(base)], id=f"q-{i:016x}", article=art, group_id=None))
    return out


def timed(step: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - start)
    return best


def scan_jsonl(path: Path, words: str) -> int:
    wanted = fold(words.strip('"'))
    with open(path, encoding="utf-8") as fh:
        return sum(wanted in fold(json.loads(line)["quote"]["text"]) for line in fh)


def like(db: Path, words: str) -> int:
    with sqlite3.connect(db) as conn:
        conn.create_function("fold", 1, lambda s: fold(s or ""), deterministic=True)
        return conn.execute("SELECT count(*) FROM quotes WHERE instr(fold(quote), ?) > 0",
                            [fold(words.strip('"'))]).fetchone()[0]


def choices(records: list[Quote], folder: Path, repeat: int) -> None:
    """Each choice of the store's writer against what it replaced, same rows, fresh files."""
    rows = [{**store._quote_row(to_dict(q)), "seq": n} for n, q in enumerate(records)]
    fts = ", ".join(store.FTS_COLUMNS)

    def fresh(name: str, trigger: bool = False) -> Database:
        path = folder / name
        path.unlink(missing_ok=True)
        db = Database(path)
        store._create(db)
        db.execute("PRAGMA foreign_keys = OFF")  # the quotes table alone: no article rows
        if trigger:  # what sqlite-utils' create_triggers makes, which the store drops
            db.execute(f"CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN INSERT INTO "
                       f"quotes_fts (rowid, {fts}) VALUES (new.rowid, "
                       f"{', '.join('new.' + c for c in store.FTS_COLUMNS)}); END")
        return db

    def chosen() -> None:
        with fresh("a.db").conn as conn:
            store._insert(Database(conn), "quotes", rows)
            conn.execute(f"INSERT INTO quotes_fts (rowid, {fts}) SELECT rowid, {fts} FROM quotes")

    def insert_all() -> None:
        db = fresh("b.db")
        with db.conn:
            db.table("quotes").insert_all(rows, batch_size=1000)
            db.execute(f"INSERT INTO quotes_fts (rowid, {fts}) SELECT rowid, {fts} FROM quotes")

    def per_row_trigger() -> None:
        db = fresh("c.db", trigger=True)
        with db.conn:
            store._insert(db, "quotes", rows)

    base = timed(chosen, repeat)
    print(f"{len(rows):,} quote rows with their full-text index, best of {repeat}:")
    print(f"executemany, one indexing statement (the store) {base:6.2f} s  1.0x")
    for name, step in (("insert_all, one indexing statement", insert_all),
                       ("executemany, a trigger per row", per_row_trigger)):
        t = timed(step, repeat)
        print(f"{name:48} {t:6.2f} s  {t / base:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--choices", type=int, default=10_000,
                        help="quotes for the comparison of the store's choices (0: skip it)")
    args = parser.parse_args()
    base = [r for r in Extractor().files([str(ROOT / "seeds")]) if isinstance(r, Quote)]
    records = synthetic(base, args.quotes)
    more = synthetic(base, 1000, first=args.quotes)  # a later day: 1,000 new quotes
    with tempfile.TemporaryDirectory() as folder:
        jsonl, db = Path(folder) / "q.jsonl", Path(folder) / "q.db"

        def write_jsonl() -> None:
            with open(jsonl, "w", encoding="utf-8") as fh:
                fh.writelines(dumps(q) for q in records)

        t_jsonl = timed(write_jsonl)
        t_db = timed(lambda: write_store(db, records))
        t_same = timed(lambda: write_store(db, records))
        t_more = timed(lambda: write_store(db, more))
        n = len(records)
        print(f"{n:,} quotes in {n // 20:,} articles; database {db.stat().st_size / 2**20:.0f} MB,"
              f" JSONL {jsonl.stat().st_size / 2**20:.0f} MB")
        print(f"write JSONL (baseline)        {t_jsonl:6.2f} s  {n / t_jsonl:9,.0f} quotes/s")
        print(f"write new database            {t_db:6.2f} s  {n / t_db:9,.0f} quotes/s")
        print(f"same records again (no change) {t_same:5.2f} s")
        print(f"a later run: 1,000 new quotes {t_more:6.2f} s")
        print(f"{'query':22} {'hits':>6} {'FTS ms':>8} {'LIKE ms':>8} {'JSONL scan ms':>14}")
        for q in QUERIES:
            hits = len(search(db, q, limit=n))
            fts = timed(lambda q=q: search(db, q), args.repeat) * 1000
            scan = "" if " AND " in q else f"{timed(lambda q=q: like(db, q)) * 1000:8.0f}"
            slow = "" if " AND " in q else f"{timed(lambda q=q: scan_jsonl(jsonl, q)) * 1000:14.0f}"
            print(f"{q:22} {hits:6} {fts:8.1f} {scan:>8} {slow:>14}")
        if args.choices:
            choices(records[: args.choices], Path(folder), args.repeat)


if __name__ == "__main__":
    main()
