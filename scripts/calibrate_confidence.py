"""Rewrite quotes/attribute/confidence.tsv from the development gold.

For every attribution path (quotes.attribute.confidence.path), count the matched quotes whose
speaker agrees with gold, on the seeds, ../shared/corpus 101-130 and the second batch. The
check set (fixtures/gold/check.jsonl) is never read: its figures are reported, not used.

    .venv/bin/python scripts/calibrate_confidence.py            # rewrite the table
    .venv/bin/python scripts/calibrate_confidence.py --report   # how often right by band
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes import evaluate as ev  # noqa: E402
from quotes.attribute.confidence import path  # noqa: E402
from quotes.io.readers import read_articles  # noqa: E402
from quotes.model import Article, Quote  # noqa: E402
from quotes.nlp import load_pipeline  # noqa: E402
from quotes.pipeline import extract  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
GOLD = ROOT / "fixtures" / "gold"
TABLE = ROOT / "quotes" / "attribute" / "confidence.tsv"


def quotes_of(paths: list[str]) -> list[Quote]:
    nlp = load_pipeline()
    arts = [a for a in read_articles(paths) if isinstance(a, Article)]
    return [q for res in extract(arts, nlp) for q in res.quotes]


def matched(gold_files: list[str], quotes: list[Quote]) -> list[tuple[ev.Item, Quote]]:
    gold = [g for f in gold_files for g in ev.load_gold(GOLD / f)]
    items = ev.from_records(quotes)
    by_item = {id(i): q for i, q in zip(items, quotes, strict=True)}
    pairs = ev.match(gold, [i for i in items if i.article in {g.article for g in gold}],
                     ev.LENIENT, False)
    return [(g, by_item[id(p)]) for g, p in pairs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="bands on dev and check sets")
    args = parser.parse_args()
    seeds = quotes_of([str(ROOT / "seeds")])
    corpus = quotes_of([str(CORPUS)])
    dev = matched(["seeds.jsonl"], seeds) + matched(["corpus.jsonl", "batch2.jsonl"], corpus)
    if args.report:
        check = matched(["check.jsonl"], corpus)
        for name, pairs in (("development", dev), ("check", check)):
            for label, lo, hi in (("confidence >= 0.9", 0.9, 1.01), ("0.5 to 0.9", 0.5, 0.9),
                                  ("confidence < 0.5", 0.0, 0.5)):
                band = [(g, q) for g, q in pairs if lo <= q.speaker.confidence < hi]
                right = sum(ev.norm_name(g.speaker) == ev.norm_name(q.speaker.name)
                            for g, q in band)
                share = f"{right / len(band):.3f}" if band else "-"
                print(f"{name:12} {label:18} {right:4}/{len(band):<4} right = {share}")
        return
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for g, q in dev:
        key = path(q.speaker.resolution, q.speaker.kind, q.evidence)
        seen[key] += 1
        right[key] += ev.norm_name(g.speaker) == ev.norm_name(q.speaker.name)
    lines = ["# path\tseen\tright\tconfidence: written by scripts/calibrate_confidence.py from "
             "the development gold (never the check set)"]
    for key in sorted(seen):
        lines.append(f"{key}\t{seen[key]}\t{right[key]}\t{(right[key] + 1) / (seen[key] + 2):.2f}")
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(seen)} paths over {sum(seen.values())} matched quotes -> {TABLE}")


if __name__ == "__main__":
    main()
