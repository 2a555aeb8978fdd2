import json

from conftest import GOLD, SEEDS


def test_every_gold_offset_matches_its_article():
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    lines = (GOLD / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 70
    for line in lines:
        g = json.loads(line)
        assert texts[g["article"]][g["start"] : g["end"]] == g["text"]
        assert g["type"] in ("direct", "indirect", "mixed")
        assert g["kind"] in ("person", "organization", "anonymous", "unknown")
