"""Rewrite quotes/attribute/confidence.tsv: how often each attribution path is right untuned.

Every rule was tuned on the development gold (seeds, ../shared/corpus 101-130, the second
batch), where a path can be right 82 times in 82 and still be wrong one time in four on new
text. The table is therefore set on annotated articles from outside the project, in the state
before any rule was tuned on them: each batch is given as ``--pair GOLD.jsonl PRED.jsonl``, its
gold and the records the extractor wrote for it then. A record's path
(quotes.attribute.confidence.of_record) is read from the record itself: its resolution, kind
and evidence as they stand after the batch step, the path whose confidence it carries
(``confidence.followed``); a speaker the learned ranker chose or a group's consensus gave
(records written with ``--group``) has a confidence of its own and is left out. The
development gold counts at ``DEV_WEIGHT`` of a quote, enough to place a path the untuned
batches never showed. Each path's share right is shrunk toward the other paths of its
``resolution:kind`` (then of its resolution, then of all) by ``STRENGTH`` quotes, and the rows
``resolution:kind:*``, ``resolution:*:*`` and ``*:*:*`` serve paths the table never saw. The
check set (fixtures/gold/check.jsonl) is read only by ``--report``.

A batch whose gold and records are gone still counts through the table it helped set:
``--keep TABLE.tsv`` reads that table's "untuned seen" and "untuned right" of each path (its
own rows, not the back-off rows, which sum them) as that many quotes right and wrong, added to
those of the pairs given (a path both show adds up), in the fit, in every fold of
``--leave-one-out`` (where it is never scored) and in the counts of the table written, whose
header then names the batches kept (``--about`` says what the pairs are).

A row set by hand, for a path no batch has shown yet, stands under a comment that opens with
``HAND`` and has no counts: each rewrite carries it forward, comment and all, while the path
has no counts of its own, and drops it for the fitted row once it has.

    .venv/bin/python scripts/calibrate_confidence.py --pair G1 P1 --pair G2 P2   # rewrite
    .venv/bin/python scripts/calibrate_confidence.py --keep quotes/attribute/confidence.tsv \
        --pair G1 P1 --about "the twelfth web batch"   # the table's batches and one more
    .venv/bin/python scripts/calibrate_confidence.py --pair ... --leave-one-out
        # each pair's bands, Brier score and log loss, set by the others; nothing written
    .venv/bin/python scripts/calibrate_confidence.py --report   # how often right by band
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes import evaluate as ev  # noqa: E402
from quotes.api import read_records  # noqa: E402
from quotes.attribute.confidence import (  # noqa: E402
    ANY,
    CONSENSUS,
    backoff,
    lookup,
    of_record,
    table,
)
from quotes.io.readers import read_articles  # noqa: E402
from quotes.model import Article, Quote  # noqa: E402
from quotes.nlp import load_pipeline  # noqa: E402
from quotes.pipeline import extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
GOLD = ROOT / "fixtures" / "gold"
TABLE = ROOT / "quotes" / "attribute" / "confidence.tsv"
DEV_WEIGHT = 0.05  # a development quote, tuned on, counts as a twentieth of an untuned one
STRENGTH = 4.0  # quotes of the siblings' share a path's own counts are shrunk toward
BANDS = (("confidence >= 0.9", 0.9, 1.01), ("0.5 to 0.9", 0.5, 0.9), ("confidence < 0.5", 0.0, 0.5))
ROOT_KEY = f"{ANY}:{ANY}:{ANY}"
HAND = "# set by hand"  # opens the comment over rows no batch counted (``hand_set``)

Outcome = tuple[str, bool, float]  # a matched quote's path, whether its speaker is gold's, weight


def quotes_of(paths: list[str]) -> list[Quote]:
    nlp = load_pipeline()
    arts = [a for a in read_articles(paths) if isinstance(a, Article)]
    return [q for res in extract(arts, nlp) for q in res.quotes]


def matched(gold: list[ev.Item], quotes: list[Quote]) -> list[tuple[ev.Item, Quote]]:
    items = ev.from_records(quotes)
    by_item = {id(i): q for i, q in zip(items, quotes, strict=True)}
    pairs = ev.match(gold, [i for i in items if i.article in {g.article for g in gold}],
                     ev.LENIENT, False)
    return [(g, by_item[id(p)]) for g, p in pairs]


def outcomes(pairs: list[tuple[ev.Item, Quote]], weight: float = 1.0) -> list[Outcome]:
    """Each matched quote's path and whether its speaker is gold's; the ranker's choices and
    the speakers a group's consensus gave (the vote's share) have a confidence of their own
    and are left out."""
    return [(of_record(q), ev.norm_name(g.speaker) == ev.norm_name(q.speaker.name), weight)
            for g, q in pairs if q.speaker.resolution != "ranked" and CONSENSUS not in q.evidence]


def development() -> list[tuple[str, list[Outcome]]]:
    """The development sets' outcomes, each quote at ``DEV_WEIGHT``."""
    seeds, corpus = quotes_of([str(ROOT / "seeds")]), quotes_of([str(CORPUS)])
    return [(name, outcomes(matched(ev.load_gold(GOLD / f"{name}.jsonl"), quotes), DEV_WEIGHT))
            for name, quotes in (("seeds", seeds), ("corpus", corpus), ("batch2", corpus))]


def untuned(gold_file: str, records: str) -> list[Outcome]:
    """A batch from outside the project: its gold, and the records extracted before any rule
    was tuned on it."""
    quotes = [q for q in read_records([records]) if isinstance(q, Quote)]
    return outcomes(matched(ev.load_gold(Path(gold_file)), quotes))


class Kept:
    """The untuned counts of a table this script wrote, as one outcome a quote, and how many
    batches and quotes they came from (its header)."""

    def __init__(self, table_file: str) -> None:
        text = Path(table_file).read_text(encoding="utf-8")
        self.outcomes: list[Outcome] = []
        for line in text.splitlines():
            if not line or line.startswith("#") or ANY in line.split("\t")[0]:
                continue  # a back-off row sums its paths
            key, seen, right = line.split("\t")[:3]
            self.outcomes += ([(key, True, 1.0)] * int(right)
                              + [(key, False, 1.0)] * (int(seen) - int(right)))
        found = re.search(r"\((\d+) batches", text)
        if not self.outcomes or not found:
            sys.exit(f"calibrate_confidence: {table_file} holds no untuned counts to keep")
        self.batches = int(found[1])

    def __str__(self) -> str:
        return (f"{self.batches} batches kept by their counts in the former table "
                f"({len(self.outcomes)} quotes)")


def hand_set(text: str) -> dict[str, list[str]]:
    """The rows of a table set by hand, by the comment over them that opens with ``HAND``: the
    rows right under it whose counts are all zero, as written."""
    found: dict[str, list[str]] = {}
    comment = None
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith(HAND):
            comment = line
        elif comment is not None and len(cols) > 5 and set(cols[1:5]) == {"0"}:
            found.setdefault(comment, []).append(line)
        else:
            comment = None
    return found


def fit(data: list[Outcome]) -> dict[str, float]:
    """The confidence of every path in ``data`` and of every back-off row. A path's prior is
    the share right of the other paths of its ``resolution:kind`` (those of its resolution
    for a ``resolution:kind``), itself shrunk toward its own prior; a resolution's is the share
    of all, smoothed as (right + 1) / (seen + 2)."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for key, ok, w in data:
        for level in backoff(key):
            seen[level] += w
            right[level] += w * ok
    rows = {ROOT_KEY: (right[ROOT_KEY] + 1) / (seen[ROOT_KEY] + 2)}
    for key in seen.keys() - {ROOT_KEY}:
        chain = backoff(key)[-2::-1]  # its resolution first, itself last
        prior = rows[ROOT_KEY]
        for parent, child in itertools.pairwise(chain):
            prior = ((right[parent] - right[child] + STRENGTH * prior)
                     / (seen[parent] - seen[child] + STRENGTH))
        rows[key] = (right[key] + STRENGTH * prior) / (seen[key] + STRENGTH)
    return {key: round(value, 2) for key, value in rows.items()}  # as the table holds them


def bands(data: list[Outcome], rows: dict[str, float]) -> str:
    """How many right of how many in each band of confidence."""
    out = []
    for label, lo, hi in BANDS:
        band = [ok for key, ok, _ in data if lo <= lookup(rows, key) < hi]
        out.append(f"{label.removeprefix('confidence ')} {sum(band)}/{len(band)}")
    return ", ".join(out)


def scores(data: list[Outcome], rows: dict[str, float]) -> str:
    """The Brier score and the log loss of ``rows`` on ``data`` (lower is better)."""
    probs = [(min(max(lookup(rows, key), 1e-3), 1 - 1e-3), ok) for key, ok, _ in data]
    brier = sum((p - ok) ** 2 for p, ok in probs) / len(probs)
    loss = -sum(math.log(p if ok else 1 - p) for p, ok in probs) / len(probs)
    return f"Brier {brier:.4f}, log loss {loss:.4f}"


def leave_one_out(batches: list[tuple[str, list[Outcome]]],
                  sets: list[tuple[str, list[Outcome]]], keep: Kept | None = None) -> None:
    """Each untuned batch under the table on disk and under one set by the other batches, the
    kept counts and the development gold; then each development set under the table all of
    them set."""
    old = table()
    dev = [o for _, d in sets for o in d] + (keep.outcomes if keep else [])
    for n, (name, data) in enumerate(batches):
        rows = fit([o for m, (_, d) in enumerate(batches) if m != n for o in d] + dev)
        print(f"{name}: {len(data)} matched, {sum(ok for _, ok, _ in data)} right")
        print(f"  table on disk:  {bands(data, old)}; {scores(data, old)}")
        print(f"  set by others:  {bands(data, rows)}; {scores(data, rows)}")
    rows = fit([o for _, d in batches for o in d] + dev)
    for name, data in sets:
        print(f"{name}: {bands(data, rows)} (table on disk: {bands(data, old)})")


def write(batches: list[tuple[str, list[Outcome]]],
          sets: list[tuple[str, list[Outcome]]], keep: Kept | None = None,
          about: str | None = None) -> None:
    given = [o for _, d in batches for o in d]
    data = given + (keep.outcomes if keep else [])
    dev = [o for _, d in sets for o in d]
    rows = fit(data + dev)
    origin = f"{len(batches) + (keep.batches if keep else 0)} batches, {len(data)} matched quotes"
    if keep:
        pairs = about or ", ".join(Path(name).name for name, _ in batches)
        origin += f": {keep}, and {pairs} ({len(given)} quotes)"
    elif about:
        origin += f": {about}"
    counts: dict[str, Counter[str]] = {}
    for source, outs in (("untuned", data), ("dev", dev)):
        for key, ok, _ in outs:
            for level in backoff(key):
                c = counts.setdefault(level, Counter())
                c[source] += 1
                c[f"{source} right"] += ok
    lines = [f"# confidence of each attribution path, written by scripts/calibrate_confidence.py "
             f"from annotated articles from outside the project, in the state before any rule "
             f"was tuned on them ({origin}), and the "
             f"development gold (seeds, corpus, batch2: {len(dev)} matched quotes) at "
             f"{DEV_WEIGHT} of a quote; never the check set",
             "# path\tuntuned seen\tuntuned right\tdevelopment seen\tdevelopment right\tconfidence"]
    # the rows set by hand whose path still has no counts, each block at its first row's place
    carried: dict[str, list[str]] = {}
    former = TABLE.read_text(encoding="utf-8") if TABLE.is_file() else ""
    for comment, hand in hand_set(former).items():
        if left := [line for line in hand if line.split("\t")[0] not in rows]:
            carried[left[0].split("\t")[0]] = [comment, *left]
    for key in sorted(rows.keys() | carried.keys(), key=lambda k: (k.count(ANY), k)):
        if key in carried:
            lines += carried[key]
            continue
        c = counts[key]
        lines.append(f"{key}\t{c['untuned']}\t{c['untuned right']}\t{c['dev']}\t"
                     f"{c['dev right']}\t{rows[key]:.2f}")
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    hand = sum(len(block) - 1 for block in carried.values())
    print(f"{len(rows)} rows over {len(data)} untuned and {len(dev)} development quotes, "
          f"{hand} set by hand carried forward -> {TABLE}")


def report() -> None:
    """How often the speaker is right in each band, on the development gold and the check set."""
    seeds, corpus = quotes_of([str(ROOT / "seeds")]), quotes_of([str(CORPUS)])
    gold = {f: ev.load_gold(GOLD / f"{f}.jsonl") for f in ("seeds", "corpus", "batch2", "check")}
    dev = matched(gold["seeds"], seeds) + matched(gold["corpus"] + gold["batch2"], corpus)
    for name, pairs in (("development", dev), ("check", matched(gold["check"], corpus))):
        for label, lo, hi in BANDS:
            band = [(g, q) for g, q in pairs if lo <= q.speaker.confidence < hi]
            right = sum(ev.norm_name(g.speaker) == ev.norm_name(q.speaker.name) for g, q in band)
            share = f"{right / len(band):.3f}" if band else "-"
            print(f"{name:12} {label:18} {right:4}/{len(band):<4} right = {share}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pair", nargs=2, action="append", default=[],
                        metavar=("GOLD", "RECORDS"),
                        help="an untuned batch: its gold and the records extracted before any "
                        "rule was tuned on it (repeatable)")
    parser.add_argument("--leave-one-out", action="store_true",
                        help="each pair's bands and scores, set by the others; nothing written")
    parser.add_argument("--keep", metavar="TABLE",
                        help="a table this script wrote: its untuned counts per path count too "
                        "(batches whose gold and records are gone)")
    parser.add_argument("--about", help="what the pairs are, for the header of the table written")
    parser.add_argument("--report", action="store_true", help="bands on dev and check sets")
    args = parser.parse_args()
    if args.report:
        report()
        return
    if not args.pair or (args.leave_one_out and len(args.pair) < (1 if args.keep else 2)):
        parser.error("give untuned batches with --pair GOLD RECORDS (two or more to leave one "
                     "out, or one and --keep): the development gold alone says how the rules "
                     "do on what they were tuned on")
    keep = Kept(args.keep) if args.keep else None
    batches = [(records, untuned(gold, records)) for gold, records in args.pair]
    for (gold, records), (_, data) in zip(args.pair, batches, strict=True):
        if not data:  # nothing to score: say which pair matched nothing
            sys.exit(f"calibrate_confidence: no quote of {records} matches one of {gold}")
    if args.leave_one_out:
        leave_one_out(batches, development(), keep)
    else:
        write(batches, development(), keep, args.about)


if __name__ == "__main__":
    main()
