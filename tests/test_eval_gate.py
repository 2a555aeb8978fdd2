"""The evaluation gate: scores on fixtures/gold must not fall below fixtures/gold/floors.json."""

import json

from conftest import GOLD

from quotes import evaluate


def test_scores_on_seeds_stay_above_floors(seed_records):
    _, records = seed_records
    floors = json.loads((GOLD / "floors.json").read_text())["seeds"]
    s = evaluate.score(evaluate.load_gold(GOLD / "seeds.jsonl"), evaluate.from_records(records))
    got = {
        "lenient_f1": s["lenient"]["all"]["f1"], "strict_f1": s["strict"]["all"]["f1"],
        "speaker_accuracy": s["speaker_accuracy"], "end_to_end_f1": s["end_to_end"]["f1"],
        "role_accuracy": s["role_accuracy"], "cue_accuracy": s["cue_accuracy"],
    }
    low = {k: (got[k], v) for k, v in floors.items() if got[k] < v}
    assert not low, f"below the pinned floor (got, floor): {low}"


def test_scorer_matching_levels():
    g = [evaluate.Item("a", "direct", 0, 100, "x" * 100, "Jens Stoltenberg", None, None)]
    half = [evaluate.Item("a", "direct", 0, 50, "x" * 50, "M. Stoltenberg", None, None)]
    s = evaluate.score(g, half)
    assert s["lenient"]["all"]["tp"] == 1 and s["strict"]["all"]["tp"] == 0
    assert evaluate.norm_name("M. Stoltenberg") == "stoltenberg"
