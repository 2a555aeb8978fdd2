import json

import jsonschema

from quotes.io import records as export


def test_every_seed_record_matches_schema_and_points_into_its_text(seed_records):
    arts, records = seed_records
    texts = {a.id: a.text for a in arts}
    assert len(records) > 50
    validator = jsonschema.Draft202012Validator(export.schema())
    for rec in records:
        validator.validate(rec)
        text = texts[rec["article"]["id"]]
        q = rec["quote"]
        assert text[q["start"] : q["end"]] == q["text"]
        if rec["cue"]:
            assert text[rec["cue"]["start"] : rec["cue"]["end"]] == rec["cue"]["text"]
        if rec["speaker"]["mention"]:
            m = rec["speaker"]["mention"]
            assert text[m["start"] : m["end"]] == m["text"]
        # survives a JSONL round trip unchanged
        assert json.loads(export.dumps(rec)) == rec


def test_ids_are_stable(seed_records):
    _, records = seed_records
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
