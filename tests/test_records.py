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


def test_seed_groups_validate_and_read_back_equal(seed_records):
    _, quotes = seed_records
    _, groups = group_quotes(quotes)
    assert groups
    validator = jsonschema.Draft202012Validator(export.schema())
    for g in groups:
        line = export.dumps(g)
        validator.validate(json.loads(line))
        assert export.from_dict(json.loads(line)) == g


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "not a quotes record"),
        ('{"record_type": "quote", "id": "q-1"}', "not a quotes record"),
        ('{"record_type": "quote_group", "group_id": "g-1"}', "not a quotes record"),
    ],
)
def test_a_bad_line_is_a_problem_naming_file_and_line(seed_records, line, message):
    good = export.dumps(seed_records[1][0])
    back = list(export.read_jsonl([good, "\n", line], "q.jsonl"))
    assert isinstance(back[0], Quote)
    (problem,) = back[1:]
    assert isinstance(problem, Problem)
    assert problem.source == "q.jsonl:3" and message in problem.message
