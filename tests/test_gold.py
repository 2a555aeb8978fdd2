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
        assert set(g) == {
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
