"""Measure grouping scorers and thresholds on the gold groups (fixtures/gold), to choose defaults.

Runs the grouping on the gold quotes themselves (their text and speaker), so the figures
measure grouping alone, not extraction. Prints pairwise precision, recall and F1 for each
setting, then the chosen default.

    .venv/bin/python scripts/tune_grouping.py
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from quotes.evaluate import Item, grouping_score
from quotes.group.grouping import group_records
from quotes.settings import Settings

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "gold"


def gold_records() -> list[dict]:
    rows = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            g = json.loads(line)
            rows.append({
                "record_type": "quote", "id": f"{path.stem}-{n}", "group": g["group"],
                "quote": {"text": g["text"], "fragments": []},
                "article": {"id": g["article"]},
                "speaker": {"name": g["speaker"], "kind": g["kind"]},
            })
    return rows


def pairwise(rows: list[dict], grouped: list[dict]) -> dict[str, float]:
    """Pairwise P/R/F1 of the grouping, scored as `quotes eval` scores it."""
    got = {r["id"]: r["group_id"] for r in grouped}

    def item(r: dict, group: str | None) -> Item:
        return Item(r["article"]["id"], "direct", 0, 0, "", None, None, None, group)

    return grouping_score([(item(r, r["group"]), item(r, got[r["id"]])) for r in rows])


def main() -> None:
    rows = gold_records()
    print(f"{len(rows)} gold quotes, {len({r['group'] for r in rows if r['group']})} gold groups")
    print(f"{'scorer':<15} {'thr':>4} {'frag':>5}  {'P':>6} {'R':>6} {'F1':>6}  pairs(tp/gold/pred)")
    settings = [("ratio", t, 0) for t in (70, 75, 80, 85, 90)]
    settings += [("token_set", t, 0) for t in (80, 85, 90, 95)]
    settings += [("partial", t, 0) for t in (80, 85, 90, 95)]
    settings += [("ratio+fragment", t, f) for t, f in itertools.product((70, 75, 80, 85), (80, 85, 90, 95))]
    for scorer, threshold, fragment in settings:
        opts = Settings(scorer=scorer, threshold=threshold, fragment_threshold=fragment or 101)
        s = pairwise(rows, group_records(rows, options=opts)[0])
        print(f"{scorer:<15} {threshold:>4} {fragment or '-'!s:>5}  {s['precision']:.3f} {s['recall']:.3f} "
              f"{s['f1']:.3f}  {s['tp']}/{s['gold']}/{s['predicted']}")
    d = Settings()
    s = pairwise(rows, group_records(rows, options=d)[0])
    print(f"default: {d.scorer} >= {d.threshold}, fragment >= {d.fragment_threshold}: "
          f"P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")


if __name__ == "__main__":
    main()
