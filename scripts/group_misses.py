"""Why cross-article grouping missed a gold pair, and which predicted pairs are wrong.

For each gold pair (two quotes of one gold group in two articles) that the extraction does
not put in one predicted group, prints both sides (gold, then the matched extraction and its
group) and a cause:

- ``not extracted``: a side has no extracted quote (an extraction miss, not grouping's);
- ``speakers differ``: both extracted, with two different speaker names (as linked across
  the batch), ``(a side weak)`` when one of them is a speaker grouping lets the text decide
  (``consensus.votes``: a pronoun, a continuation, a description), then how the wordings
  compare (``text matches``, ``no shared trigram``, ``text too different``, as below);
- ``text matches, no shared trigram``: one speaker (or an unnamed one), and the wordings as
  grouping reads them (``quote_texts``) match (``similarity.score_pair``), but share no
  run of three words, so the candidates never brought them together;
- ``text matches, kept apart``: the same, with a shared run: a rule kept them apart (an
  article that gives the two as two passages, numbers, a negation, the ends of a scale);
- ``text too different``: both extracted by one speaker (or an unnamed one), and no rule
  joined their wordings (the scores below are shown);

then the predicted pairs of two gold quotes that the gold does not group, and the counts by
cause. Only development gold is read (the check set is refused).

A cause opens on ``span noise`` when a side's extraction is not its gold quote at the strict
level (``evaluate.STRICT``, both ways): two quotes run into one, a quote cut in two, a speaker
read from the quote's own words; grouping was handed another text than the gold's. Each pair
shows the scores grouping computes on the wordings it reads (``quote_texts``: the highest
ratio and the highest partial_ratio over every two wordings, each its own best, before any
threshold) and the longest run of words they share. Pairs are listed by cause, the largest
first.

    .venv/bin/python scripts/group_misses.py fixtures/gold/batch2.jsonl /tmp/dev/corpus.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz

from quotes import evaluate as ev
from quotes.group.consensus import votes
from quotes.group.quote_texts import quote_texts
from quotes.group.similarity import score_pair, shares_run
from quotes.io.records import read_jsonl
from quotes.model import Quote
from quotes.settings import Settings


def predicted(path: Path, articles: set[str]) -> tuple[list[ev.Item], dict[int, Quote]]:
    """The extracted quotes of ``articles`` in a JSONL of records (``quotes extract``), each
    speaker by the one name grouping gave that person across the batch (``speaker.linked``:
    « Sall » is « Macky Sall »), as grouping compares them; and the quote of each item (by
    the item's id)."""
    with path.open(encoding="utf-8") as lines:
        quotes = [replace(q, speaker=replace(q.speaker, name=q.speaker.linked))
                  if q.speaker.linked else q for q in read_jsonl(lines, str(path))
                  if isinstance(q, Quote) and q.article.id in articles]
    items = ev.from_records(quotes)
    return items, {id(i): q for i, q in zip(items, quotes, strict=True)}


def cause(p1: ev.Item | None, p2: ev.Item | None, q1: Quote | None = None,
          q2: Quote | None = None) -> str:
    """Why a gold pair is not grouped, given its two extractions (``p1``, ``p2``, and their
    quotes, when known): who said them, then how their wordings compare (``wordings``)."""
    if p1 is None or p2 is None:
        return "not extracted"
    options = Settings()
    if p1.speaker and p2.speaker and ev.norm_name(p1.speaker) != ev.norm_name(p2.speaker):
        if q1 is None or q2 is None:
            return "speakers differ"
        weak = not (votes(q1.speaker, options) and votes(q2.speaker, options))
        text = wordings(q1, q2, options).replace(", kept apart", "")
        return f"speakers differ{' (a side weak)' if weak else ''}, {text}"
    if q1 is None or q2 is None:
        return "text too different"
    return wordings(q1, q2, options)


def wordings(q1: Quote, q2: Quote, options: Settings) -> str:
    """How two quotes' wordings, as grouping reads them (``quote_texts``), compare: too
    different for every rule of ``similarity.score_pair``, or matching (then whether they
    share a run of three words, which the candidates need to bring them together)."""
    t1, t2 = quote_texts(q1), quote_texts(q2)
    if score_pair(t1, t2, options) is None:
        return "text too different"
    if any(shares_run(x, y, 3) for x in t1 for y in t2):
        return "text matches, kept apart"
    return "text matches, no shared trigram"


def scores(q1: Quote, q2: Quote) -> str:
    """The similarities grouping computes between two quotes' wordings (``quote_texts``),
    before any threshold: the best ratio and partial_ratio over their pairs of wordings, and
    the longest run of words in a row two of them share."""
    t1, t2 = quote_texts(q1), quote_texts(q2)
    ratio = max(fuzz.ratio(x, y) for x in t1 for y in t2)
    partial = max(fuzz.partial_ratio(x, y) for x in t1 for y in t2)
    run = max(_longest_run(x.split(), y.split()) for x in t1 for y in t2)
    return f"ratio {ratio:.0f}, partial {partial:.0f}, run {run} words"


def _longest_run(x: list[str], y: list[str]) -> int:
    """The length of the longest run of words in a row two word lists share."""
    best, row = 0, [0] * (len(y) + 1)
    for w in x:
        prev, row = row, [0] * (len(y) + 1)
        for j, v in enumerate(y, 1):
            if w == v:
                row[j] = prev[j - 1] + 1
                best = max(best, row[j])
    return best


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
    items, quote_of = predicted(args.extracted, {g.article for g in gold})
    pairs = ev.match(gold, items, ev.LENIENT, False)
    of = {id(g): p for g, p in pairs}
    exact = {(id(g), id(p)) for g, p in ev.match(gold, items, ev.STRICT, True)}
    causes: Counter[str] = Counter()
    listed: dict[str, list[str]] = defaultdict(list)
    for i, g1 in enumerate(gold):
        for g2 in gold[i + 1:]:
            if g1.article == g2.article or g1.group is None or g1.group != g2.group:
                continue
            p1, p2 = of.get(id(g1)), of.get(id(g2))
            if p1 and p2 and p1.group is not None and p1.group == p2.group:
                continue
            q1, q2 = (quote_of[id(p1)] if p1 else None), (quote_of[id(p2)] if p2 else None)
            why = cause(p1, p2, q1, q2)
            if p1 and p2 and ((id(g1), id(p1)) not in exact or (id(g2), id(p2)) not in exact):
                why = f"span noise, {why}"
            causes[why] += 1
            told = [f"== missed {g1.group} [{ev.pair_kind(g1.text, g2.text)}] {why}",
                    side(g1, p1), side(g2, p2)]
            if q1 and q2:
                told.append(f"  scores: {scores(q1, q2)}")
            listed[why].append("\n".join(told))
    for why, _ in causes.most_common():
        print("\n".join(listed[why]))
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
