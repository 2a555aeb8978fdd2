"""Invariants over generated text: no crash, exact offsets, same bytes twice, JSONL round trip."""

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.detect.marks import find_marked
from quotes.io import records as export
from quotes.model import Article
from quotes.pipeline import extract

WORDS = ["Jean", "Dupont", "le", "ministre", "a", "déclaré", "que", "il", "elle", "selon",
         "d’après", "nous", "verrons", "la", "Russie", "l’Otan", "a-t-il", "ajouté", "-t-elle",
         "dit", "M.", "Stoltenberg", "un", "responsable", "qu’", "sans", "délai", "Kiev",
         "affirmé", "estimant", "écrit", "ont", "annoncé"]
MARKS = ["«", "»", "“", "”", '"', "‹", "›", "„", "'", "’"]
PUNCT = [",", ".", ":", ";", "!", "?", "…", "(", ")", "[…]", " - "]
ODD = ["\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u202f", "\u200b", "\u202e", "\u2066",
       "\ufeff", "\x1b[1m", "\x00", "é", "🙂", "ﬁ"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(PUNCT),
                  st.sampled_from(ODD),
                  st.text(max_size=3))
texts = st.lists(token, max_size=60).map(" ".join)
FAST = settings(max_examples=300, deadline=None, derandomize=True)
PARSED = settings(max_examples=60, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts)
def test_marks_pair_inside_the_text(text):
    spans, issues = find_marked(text)
    for m in spans:
        assert 0 <= m.open < len(text) and m.start <= m.end <= len(text)
        assert m.close is None or m.open < m.close < len(text)
    for i in issues:
        assert 0 <= i.offset < len(text)


def _records(nlp, text):
    (res,) = list(extract([Article("p", text)], nlp))
    return res, [export.to_dict(q) for q in res.quotes]


@PARSED
@given(text=texts)
def test_extraction_invariants(nlp, text):
    res, records = _records(nlp, text)
    assert not [p for p in res.problems if p.severity == "error"], res.problems
    validator = jsonschema.Draft202012Validator(export.schema())
    for r in records:
        q = r["quote"]
        assert text[q["start"] : q["end"]] == q["text"]
        sentence = r["sentence"]
        assert 0 <= sentence["start"] <= q["start"] <= q["end"] <= sentence["end"] <= len(text)
        for part in (r["cue"], r["speaker"]["mention"], *q["fragments"]):
            if part is not None:
                assert text[part["start"] : part["end"]] == part["text"]
        assert json.loads(export.dumps(export.from_dict(r))) == r
        validator.validate(r)
    assert [export.from_dict(r) for r in records] == res.quotes  # the JSONL round trip
    again = [export.dumps(q) for q in _records(nlp, text)[0].quotes]
    assert again == [export.dumps(q) for q in res.quotes]  # same input, same bytes
