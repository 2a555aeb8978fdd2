"""``quotes_spaces`` in place of the model's attribute ruler: every token comes out as the
ruler leaves it (tags aside, which no rule reads), and another ruler is left alone."""

import numpy
import pytest
import spacy
from conftest import SEEDS
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, MORPH, POS, SENT_START

from quotes.nlp.spaces import NAME, RULER, replace_ruler
from quotes.settings import DEFAULT

READ = {"POS": POS, "MORPH": MORPH, "DEP": DEP, "HEAD": HEAD, "ENT_IOB": ENT_IOB,
        "ENT_TYPE": ENT_TYPE, "SENT_START": SENT_START}
ODD_SPACES = ["a\n\n\nb  c \u00a0d\t\te\n \n f", "« Oui »\n\n\n\n– Non.  ", " ", "\n", "x \n\n",
              "Fin.\r\n\r\nDébut\u2028ici\u200b."]


@pytest.fixture(scope="module")
def ruler(nlp):
    only = spacy.load(DEFAULT.model, exclude=[n for n in nlp.meta["components"] if n != RULER])
    return only.get_pipe(RULER)


def test_the_pipeline_runs_spaces_where_the_ruler_was(nlp):
    assert NAME in nlp.pipe_names and RULER not in nlp.pipe_names
    assert nlp.pipe_names.index(NAME) == nlp.pipe_names.index("parser") + 1


def test_every_token_is_as_the_ruler_leaves_it(nlp, ruler):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + ODD_SPACES
    spaces_seen = 0
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        by_ruler = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            by_ruler = ruler(by_ruler) if name == NAME else proc(by_ruler)
        ours, theirs = doc.to_array(list(READ.values())), by_ruler.to_array(list(READ.values()))
        for k, attr in enumerate(READ):
            differ = numpy.nonzero(ours[:, k] != theirs[:, k])[0]
            assert not len(differ), (attr, [doc[int(i)].text for i in differ[:5]], text[:40])
        spaces_seen += sum(t.is_space for t in doc)
    assert spaces_seen > 50


def _blank_with(patterns):
    nlp = spacy.blank("fr")
    nlp.add_pipe(RULER).add_patterns(patterns)
    nlp.add_pipe("sentencizer")
    return nlp


def test_only_a_ruler_that_does_no_more_is_replaced(ruler):
    same = [{"patterns": p["patterns"], "attrs": p["attrs"]} for p in ruler.patterns]
    nlp = _blank_with(same)
    replace_ruler(nlp)
    assert nlp.pipe_names == [NAME, "sentencizer"]
    more = [*same, {"patterns": [[{"LOWER": "m."}]], "attrs": {"POS": "NOUN"}}]
    for patterns in (more, same[:20]):  # a rule of its own; the whitespace rules missing
        nlp = _blank_with(patterns)
        replace_ruler(nlp)
        assert nlp.pipe_names == [RULER, "sentencizer"]
