"""Invariants over generated text: no crash, exact offsets, same bytes twice, JSONL round trip;
and random bytes and JSON values as articles, metadata, records and gold to every command."""

import json
import tempfile
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotes.cli import app
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


# ---------------------------------------------------------------------------- every command

runner = CliRunner()
GOOD = "« Nous verrons bien la suite des événements », a déclaré Jens Stoltenberg.\n"
HOSTILE = ["\ud800", "\x1b[2J", "\u202e", "\x85", "\u2028", "\x00", "«", "»", "[bold]", "é",
           "\ufeff"]
KEYS = ["id", "text", "record_type", "outlet", "date", "url", "title", "article", "type",
        "start", "end", "speaker", "quote", "source", "message", "severity", "schema_version"]

strings = st.one_of(st.text(max_size=12), st.sampled_from(HOSTILE),
                    st.sampled_from(["quote", "problem", "quote_group", "direct", GOOD]))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), strings)
values = st.recursive(
    scalars,
    lambda kids: st.one_of(st.lists(kids, max_size=3),
                           st.dictionaries(st.one_of(st.sampled_from(KEYS), strings), kids,
                                           max_size=5)),
    max_leaves=12,
)


def _line(value, how):
    if how == "ascii":
        return json.dumps(value).encode()
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


lines = st.lists(st.tuples(values, st.sampled_from(["ascii", "raw"])).map(lambda t: _line(*t))
                 | st.binary(max_size=40), max_size=4).map(b"\n".join)
blobs = st.one_of(st.binary(max_size=200), lines,
                  st.text(max_size=80).map(lambda t: t.encode("utf-16")))


def _mutated(record, path, value):
    """A record written by ``quotes extract``, one of its fields replaced by ``value``."""
    obj = json.loads(record)
    *parents, last = path.split(".")
    box = obj
    for key in parents:
        box = box[key]
    box[last] = value
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


FIELDS = ["id", "type", "quote", "quote.start", "quote.end", "quote.text", "quote.fragments",
          "sentence", "cue", "speaker", "speaker.name", "speaker.kind", "speaker.mention",
          "speaker.roles", "speaker.confidence", "article", "article.id", "article.outlet",
          "evidence", "group_id", "record_type"]
CASES = settings(max_examples=12, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _ok(result, *args):
    """No traceback, an exit code the README promises."""
    crash = result.exception
    assert crash is None or isinstance(crash, SystemExit), (args, repr(crash))
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output[-500:])
    assert "Traceback" not in result.output


@CASES
@given(article=blobs, meta=lines, jsonl=blobs, records=st.lists(
    st.tuples(st.sampled_from(FIELDS), values), max_size=3), extra=lines, gold=lines)
def test_random_inputs_never_crash_any_command_and_the_good_article_is_read(
        nlp, article, meta, jsonl, records, extra, gold):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
        (corpus / "bad.txt").write_bytes(article)
        (corpus / "meta.jsonl").write_bytes(meta)
        (root / "articles.jsonl").write_bytes(jsonl)
        out = root / "out.jsonl"
        args = ["extract", str(corpus), str(root / "articles.jsonl"), "-o", str(out)]
        result = runner.invoke(app, args)
        _ok(result, *args)
        written = out.read_text(encoding="utf-8").splitlines()
        good = [r for r in map(json.loads, written) if r["record_type"] == "quote"
                and r["quote"]["text"] == "Nous verrons bien la suite des événements"]
        assert [r["speaker"]["name"] for r in good] == ["Jens Stoltenberg"], result.output
        line = next(x for x in written if "Nous verrons bien" in x)
        spoiled = root / "spoiled.jsonl"
        spoiled.write_bytes(b"\n".join([*(_mutated(line, f, v) for f, v in records), extra,
                                        line.encode()]))
        (root / "gold.jsonl").write_bytes(gold)
        for args in (["report", str(spoiled), str(out)], ["group", str(spoiled), str(out)],
                     ["diff", str(spoiled), str(out), "--no-color"],
                     ["eval", str(root / "gold.jsonl"), str(spoiled), str(out)]):
            result = runner.invoke(app, args)
            _ok(result, *args)
            if args[0] == "report":
                assert "Jens Stoltenberg" in result.output
