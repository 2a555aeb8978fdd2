"""Why cross-article grouping missed a gold pair, and which predicted pairs are wrong.

For each gold pair (two quotes of one gold group in two articles) that the extraction does
not put in one predicted group, prints both sides (gold, then the matched extraction and its
group) and a cause:

- ``not extracted``: a side has no extracted quote (an extraction miss, not grouping's);
- ``speakers differ``: both extracted, with two different speaker names (as linked across
  the batch);
- ``text too different``: both extracted by one speaker (or an unnamed one), and no rule
  joined their wordings (the scores ``similarity.score_pair`` gives are shown);

then the predicted pairs of two gold quotes that the gold does not group, and the counts by
cause. Only development gold is read (the check set is refused).

    .venv/bin/python scripts/group_misses.py fixtures/gold/batch2.jsonl /tmp/dev/corpus.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from pathlib import Path

from quotes import evaluate as ev
from quotes.group.similarity import normalize, score_pair
from quotes.io.records import read_jsonl
from quotes.model import Quote
from quotes.settings import Settings


def predicted(path: Path, articles: set[str]) -> list[ev.Item]:
    """The extracted quotes of ``articles`` in a JSONL of records (``quotes extract``), each
    speaker by the one name grouping gave that person across the batch (``speaker.linked``:
    « Sall » is « Macky Sall »), as grouping compares them."""
    with path.open(encoding="utf-8") as lines:
        quotes = [replace(q, speaker=replace(q.speaker, name=q.speaker.linked))
                  if q.speaker.linked else q for q in read_jsonl(lines, str(path))
                  if isinstance(q, Quote) and q.article.id in articles]
    return ev.from_records(quotes)


def cause(p1: ev.Item | None, p2: ev.Item | None) -> str:
    if p1 is None or p2 is None:
        return "not extracted"
    if p1.speaker and p2.speaker and ev.norm_name(p1.speaker) != ev.norm_name(p2.speaker):
        return "speakers differ"
    return "text too different"


def side(g: ev.Item, p: ev.Item | None) -> str:
    told = f"  gold {g.type:8} {g.speaker!r}: {g.text[:110]!r}\n"
    if p is None:
        return told + "  extracted: none"
    return told + f"  extracted {p.speaker!r} in {p.group}: {p.text[:110]!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("extracted", type=Path)
    args = parser.parse_args()
    if args.gold.stem == "check":
        parser.error("the check set is held out: use seeds, corpus or batch2")
    gold = ev.load_gold(args.gold)
    pairs = ev.match(gold, predicted(args.extracted, {g.article for g in gold}), ev.LENIENT,
                     False)
    of = {id(g): p for g, p in pairs}
    causes: Counter[str] = Counter()
    for i, g1 in enumerate(gold):
        for g2 in gold[i + 1:]:
            if g1.article == g2.article or g1.group is None or g1.group != g2.group:
                continue
            p1, p2 = of.get(id(g1)), of.get(id(g2))
            if p1 and p2 and p1.group is not None and p1.group == p2.group:
                continue
            why = cause(p1, p2)
            causes[why] += 1
            print(f"== missed {g1.group} [{ev.pair_kind(g1.text, g2.text)}] {why}")
            print(side(g1, p1))
            print(side(g2, p2))
            if p1 and p2:
                print("  scores:", score_pair([normalize(p1.text)], [normalize(p2.text)],
                                              Settings()))
    for i, (g1, p1) in enumerate(pairs):
        for g2, p2 in pairs[i + 1:]:
            if (g1.article != g2.article and p1.group is not None and p1.group == p2.group
                    and (g1.group is None or g1.group != g2.group)):
                causes["wrong pair"] += 1
                print(f"== wrong pair [{ev.pair_kind(g1.text, g2.text)}] gold groups "
                      f"{g1.group} / {g2.group}")
                print(side(g1, p1))
                print(side(g2, p2))
    print("counts:", dict(sorted(causes.items())))


if __name__ == "__main__":
    main()
