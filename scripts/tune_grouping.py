"""Measure grouping scorers and thresholds on the gold groups (fixtures/gold), to choose defaults.

Runs the grouping on the gold quotes themselves (their text and speaker), so the figures
measure grouping alone, not extraction. Prints pairwise precision, recall and F1 for each
setting, then the chosen default. Only the development sets are read: the check set
(check.jsonl) is measured once after every choice, never used to make one.

    .venv/bin/python scripts/tune_grouping.py
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from quotes.evaluate import Item, grouping_score
from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker
from quotes.settings import Settings

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "gold"
DEVELOPMENT = ("seeds", "corpus", "batch2")  # named: a gold file added later is never read


def gold_quotes() -> tuple[list[Quote], list[str | None]]:
    """The gold quotes as ``Quote`` records (text, article, speaker), and their gold groups."""
    quotes, groups = [], []
    for path in (GOLD / f"{name}.jsonl" for name in DEVELOPMENT):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            g = json.loads(line)
            span = Span(g["start"], g["end"], g["text"])
            # gold speakers are right: they count as named at the cue, as sure as such names
            speaker = Speaker(g["speaker"], None, None, g["kind"] or "unknown", "explicit",
                              confidence=0.93 if g["speaker"] else 0.0)
            quotes.append(Quote(f"{path.stem}-{n}", ArticleRef(g["article"]), g["type"], span,
                                span, None, speaker))
            groups.append(g["group"])
    return quotes, groups


def pairwise(quotes: list[Quote], gold: list[str | None], grouped: list[Quote]) -> dict[str, float]:
    """Pairwise P/R/F1 of the grouping, scored as `quotes eval` scores it."""

    def item(q: Quote, group: str | None) -> Item:
        return Item(q.article.id, "direct", 0, 0, q.span.text, None, None, None, group)

    return grouping_score([(item(q, g), item(p, p.group_id))
                           for q, g, p in zip(quotes, gold, grouped, strict=True)])


def main() -> None:
    quotes, gold = gold_quotes()
    print(f"{len(quotes)} gold quotes, {len({g for g in gold if g})} gold groups")
    print(f"{'scorer':<15} {'thr':>4} {'frag':>5}  {'P':>6} {'R':>6} {'F1':>6}  "
          "pairs(tp/gold/pred)")
    settings = [("ratio", t, 0) for t in (70, 75, 80, 85, 90)]
    settings += [("token_set", t, 0) for t in (80, 85, 90, 95)]
    settings += [("partial", t, 0) for t in (80, 85, 90, 95)]
    grid = itertools.product((70, 75, 80, 85), (80, 85, 90, 95))
    settings += [("ratio+fragment", t, f) for t, f in grid]
    for scorer, threshold, fragment in settings:
        opts = Settings(scorer=scorer, threshold=threshold, fragment_threshold=fragment or 101)
        s = pairwise(quotes, gold, group_quotes(quotes, options=opts)[0])
        print(f"{scorer:<15} {threshold:>4} {fragment or '-'!s:>5}  {s['precision']:.3f} "
              f"{s['recall']:.3f} {s['f1']:.3f}  {s['tp']}/{s['gold']}/{s['predicted']}")
    print("\nparaphrase (default scorer): recall by kind of gold pair, tp/gold/predicted")
    for share in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
        opts = Settings(paraphrase_threshold=share)
        s = pairwise(quotes, gold, group_quotes(quotes, options=opts)[0])
        kinds = "  ".join(f"{k} {b['tp']}/{b['gold']}/{b['predicted']}"
                          for k, b in s["by_kind"].items())
        print(f"threshold {share:<4}  P {s['precision']:.3f} R {s['recall']:.3f}  {kinds}")
    d = Settings()
    s = pairwise(quotes, gold, group_quotes(quotes, options=d)[0])
    print(f"default: {d.scorer} >= {d.threshold}, fragment >= {d.fragment_threshold}: "
          f"P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")


if __name__ == "__main__":
    main()
