import json

import jsonschema
import pytest
from test_robustness import check_offsets

from quotes.group.grouping import group_quotes
from quotes.io import records as export
from quotes.model import Problem, Quote


def test_every_seed_record_matches_schema_and_points_into_its_text(seed_records):
    arts, quotes = seed_records
    texts = {a.id: a.text for a in arts}
    assert len(quotes) > 50
    validator = jsonschema.Draft202012Validator(export.schema())
    for q in quotes:
        validator.validate(export.to_dict(q))
        check_offsets(texts[q.article.id], [q])


def test_ids_are_stable(seed_records):
    _, quotes = seed_records
    ids = [q.id for q in quotes]
    assert len(set(ids)) == len(ids)


def test_seed_records_read_back_equal_to_those_written(seed_records):
    _, quotes = seed_records
    problems = [Problem("a.txt", "line 2: « never closed", "a", "marks", 12),
                Problem("b.txt", "binary file (NUL bytes), not text", severity="error")]
    lines = [export.dumps(r) for r in [*quotes, *problems]]
    back = list(export.read_jsonl(lines, "seeds.jsonl"))
    assert back == [*quotes, *problems]
    assert [export.dumps(r) for r in back] == lines  # the same bytes again
    assert any(q.group_id for q in back) and any(q.speaker.linked for q in back)
    # an article's names are no part of a record's equality: compared on their own
    assert any(q.article.names for q in quotes)
    assert [r.article.names for r in back if isinstance(r, Quote)] == [q.article.names
                                                                       for q in quotes]


def test_a_record_of_schema_1_2_reads_back_with_no_names(seed_records):
    _, quotes = seed_records
    d = export.to_dict(quotes[0])
    del d["article"]["names"]
    back = export.from_dict({**d, "schema_version": "1.2"})
    assert isinstance(back, Quote) and back.article.names == frozenset() and back == quotes[0]


def test_seed_groups_validate_and_read_back_equal(seed_records):
    _, quotes = seed_records
    _, groups = group_quotes(quotes)
    assert groups
    validator = jsonschema.Draft202012Validator(export.schema())
    for g in groups:
        line = export.dumps(g)
        validator.validate(json.loads(line))
        assert export.from_dict(json.loads(line)) == g


def _spoiled(seed_records, path, value):
    """The first seed quote as a JSON line with one field (``a.b.c``) set to ``value``."""
    obj = export.to_dict(seed_records[1][0])
    *parents, last = path.split(".")
    box = obj
    for key in parents:
        box = box[key]
    if value is _DROP:
        del box[last]
    else:
        box[last] = value
    return json.dumps(obj, ensure_ascii=False)


_DROP = object()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("speaker", _DROP, "missing field 'speaker'"),
        ("quote.start", "3", "quote: start and end must be integers and text a string"),
        ("quote.end", 10**9, "quote: offsets"),
        ("quote.start", -1, "quote: offsets"),
        ("sentence.start", 10**6, "sentence: offsets"),
        ("speaker.kind", 3, "speaker kind is not a string"),
        ("speaker.name", ["a", "list"], "speaker is not a string"),
        ("speaker.confidence", "high", "speaker confidence is not a number"),
        ("speaker.confidence", float("nan"), "speaker confidence is not a number"),
        ("speaker.confidence", float("inf"), "speaker confidence is not a number"),
        ("article.id", None, "article id is not a string"),
        ("speaker", "Jean Dupont", "a field of the wrong type"),
        ("quote.fragments", [{"start": 5, "end": 1, "text": ""}], "fragment: offsets 5:1"),
        ("type", None, "type is not a string"),
    ],
)
def test_a_malformed_record_is_a_problem_naming_file_and_line(seed_records, field, value,
                                                              message):
    good = export.dumps(seed_records[1][0])
    back = list(export.read_jsonl([good, _spoiled(seed_records, field, value), good], "q.jsonl"))
    assert [type(r) for r in back] == [Quote, Problem, Quote]
    assert back[1].source == "q.jsonl:2" and back[1].message.startswith(message)
    assert back[1].message.endswith("; line skipped")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "not a quote or problem record"),
        ('{"record_type": "quote", "id": "q-1"}', "missing field 'quote'"),
        ('{"record_type": "quote_group", "group_id": "g-1"}', "not a quote or problem record"),
        ('{"record_type": "problem", "source": 1, "message": "m", "article_id": null, '
         '"stage": "x", "offset": null, "severity": "error"}', "source is not a string"),
    ],
)
def test_a_bad_line_is_a_problem_naming_file_and_line(seed_records, line, message):
    good = export.dumps(seed_records[1][0])
    back = list(export.read_jsonl([good, "\n", line], "q.jsonl"))
    assert isinstance(back[0], Quote)
    (problem,) = back[1:]
    assert isinstance(problem, Problem)
    assert problem.source == "q.jsonl:3" and message in problem.message


def test_c1_controls_bidi_and_line_separators_are_escaped_like_c0(seed_records):
    from dataclasses import replace

    q = seed_records[1][0]
    odd = "\x1b\x85\x9b\u202e\u2066\u200f\u2028\u2029\u061c"
    q = replace(q, speaker=replace(q.speaker, name=f"Jean{odd}Dupont"))
    line = export.dumps(q)
    for ch in odd:
        assert ch not in line and f"\\u{ord(ch):04x}" in line
    assert len(line.splitlines()) == 1  # nothing in it ends a line for str.splitlines
    assert export.from_dict(json.loads(line)) == q  # read back the same
