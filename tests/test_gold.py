"""Every gold annotation points exactly into its article."""

import json

import pytest
from conftest import CORPUS, GOLD, SEEDS

KINDS = ("person", "organization", "anonymous", "unknown")


def check(lines, texts):
    for line in lines:
        g = json.loads(line)
        assert texts[g["article"]][g["start"] : g["end"]] == g["text"], g
        assert g["type"] in ("direct", "indirect", "mixed")
        assert g["kind"] in KINDS
        keys = {
            "article",
            "type",
            "text",
            "start",
            "end",
            "speaker",
            "kind",
            "role",
            "cue",
            "group",
        }
        assert set(g) in (keys, keys | {"gender"})  # the second batch adds gender
        assert g.get("gender") in (None, "female", "male")


def test_seed_gold_offsets():
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    lines = (GOLD / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 70
    check(lines, texts)


def test_corpus_gold_offsets():
    if not (CORPUS / "articles").is_dir():
        pytest.skip(f"development corpus not found at {CORPUS}")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (CORPUS / "articles").glob("*.txt")}
    lines = (GOLD / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    # corpus.jsonl covers the first batch, ids 101-130, every one of them
    first_batch = {stem for stem in texts if int(stem) <= 130}
    assert {json.loads(line)["article"] for line in lines} == first_batch
    check(lines, texts)


def test_second_batch_and_check_set_gold_offsets():
    if not (CORPUS / "articles").is_dir():
        pytest.skip(f"development corpus not found at {CORPUS}")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (CORPUS / "articles").glob("*.txt")}
    meta = [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text().splitlines()]
    check_set = {
        "buzyn-mascarade",
        "johnny-hallyday-mort",
        "federer-interview-rts",
        "refugie-afghan-paris",
        "rue-aubagne-effondrement",
        "belmondo-mort",
    }
    in_check = {m["id"] for m in meta if m["cluster"] in check_set}
    annotated = set()
    for name in ("batch2", "check"):
        lines = (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        check(lines, texts)
        ids = {json.loads(line)["article"] for line in lines}
        assert all(int(i) >= 131 for i in ids)
        assert (ids <= in_check) if name == "check" else not (ids & in_check), name
        annotated |= ids
    # every article of the batch is annotated but the two that quote nobody (179, 186)
    assert {i for i in texts if int(i) >= 131} - annotated == {"179", "186"}
