"""The evaluation gate: scores on fixtures/gold must not fall below fixtures/gold/floors.json.

Raising a floor is a deliberate commit; lowering one needs a written reason in the same commit.
"""

import json

import pytest
from conftest import GOLD

from quotes import evaluate

HEADLINES = (
    "lenient_f1",
    "strict_f1",
    "speaker_accuracy",
    "end_to_end_f1",
    "role_accuracy",
    "cue_accuracy",
    "grouping_f1",
)


GENDERED = ("batch2", "check")  # the gold sets that annotate gender


def headline(scores):
    return {
        "lenient_f1": scores["lenient"]["all"]["f1"],
        "strict_f1": scores["strict"]["all"]["f1"],
        "speaker_accuracy": scores["speaker_accuracy"],
        "end_to_end_f1": scores["end_to_end"]["f1"],
        "role_accuracy": scores["role_accuracy"],
        "cue_accuracy": scores["cue_accuracy"],
        "grouping_f1": scores["grouping"]["f1"],
        "gender_accuracy": scores["gender_accuracy"],  # None where gold has no gender
    }


def check(name, records):
    pinned = json.loads((GOLD / "floors.json").read_text())
    floors, tolerance = pinned[name], pinned["_tolerance"]
    assert set(floors) == set(HEADLINES) | ({"gender_accuracy"} if name in GENDERED else set())
    got = headline(
        evaluate.score(evaluate.load_gold(GOLD / f"{name}.jsonl"), evaluate.from_records(records))
    )
    low = {k: (got[k], v) for k, v in floors.items() if got[k] < v - tolerance}
    assert not low, f"{name}: below the pinned floor (got, floor): {low}"


def test_seed_scores_stay_above_floors(seed_records):
    check("seeds", seed_records[1])


def test_corpus_scores_stay_above_floors(corpus_records):
    check("corpus", corpus_records[1])


def test_second_batch_scores_stay_above_floors(corpus_records):
    check("batch2", corpus_records[1])


def test_check_set_scores_stay_above_floors(corpus_records):
    """Reported and pinned, never used to choose a rule, a word or a threshold."""
    check("check", corpus_records[1])


def test_scorer_matching_levels():
    g = [evaluate.Item("a", "direct", 0, 100, "x" * 100, "Jens Stoltenberg", None, None)]
    half = [evaluate.Item("a", "direct", 0, 50, "x" * 50, "M. Jens Stoltenberg", None, None)]
    s = evaluate.score(g, half)
    assert s["lenient"]["all"]["tp"] == 1 and s["strict"]["all"]["tp"] == 0
    assert s["speaker_accuracy"] == 1.0
    assert evaluate.norm_name("M. Stoltenberg") == "stoltenberg"


def test_scorer_counts_false_alarms_and_misses():
    g = [evaluate.Item("a", "indirect", 0, 10, "x" * 10, None, None, None)]
    p = [evaluate.Item("a", "direct", 50, 60, "y" * 10, None, None, None)]
    s = evaluate.score(g, p)
    assert s["lenient"]["all"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "gold": 1,
        "predicted": 1,
    }
    errors = evaluate.errors(g, p)
    assert len(errors["missed"]) == 1 and len(errors["false_alarm"]) == 1


def test_grouping_recall_counts_a_pair_whose_quote_was_never_extracted():
    said = "Nous ne céderons rien sur les salaires cette année"

    def item(article, start, group):
        return evaluate.Item(article, "direct", start, start + len(said), said, "Ana Ruiz",
                             None, None, group)

    gold = [item("a", 0, "g1"), item("b", 0, "g1"), item("c", 0, "g1")]
    pred = [item("a", 0, "x"), item("b", 0, "x")]  # article c's quote was not found
    g = evaluate.score(gold, pred)["grouping"]
    assert (g["tp"], g["gold"], g["predicted"]) == (1, 3, 1)  # a-b found; a-c, b-c missed
    assert g["by_kind"]["wording"]["gold"] == 3
    m = g["matched_only"]
    assert (m["tp"], m["gold"], m["predicted"], m["recall"]) == (1, 1, 1, 1.0)


@pytest.mark.parametrize("name", ["seeds", "corpus", "batch2", "check"])
def test_floors_file_is_complete(name):
    floors = json.loads((GOLD / "floors.json").read_text())
    gendered = {"gender_accuracy"} if name in GENDERED else set()
    assert set(floors[name]) == set(HEADLINES) | gendered
    assert 0 <= floors["_tolerance"] < 1 / 75  # never as much as one quote of the smallest set
