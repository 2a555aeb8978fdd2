"""« d'autres » right before a verb the parse gave no subject is its subject, an anonymous
source as written, never a person named before it (detect/indefinite_subjects.py,
lexicon/indefinite_subjects.txt). Made-up sentences."""

import pytest
from conftest import lacking, quote_said

SAID = "elle avait le droit de s'amuser"
ROWS = [
    # fire: the parse hangs « d' » and « autres » on the verb, no subject
    ("La danse d'Anne Roy a été critiquée par certains, alors que d'autres estimaient qu'elle "
     "avait le droit de s'amuser.", "d'autres", "anonymous"),
    # must not: a named subject stays the speaker
    ("La danse d'Anne Roy a été critiquée, alors qu'Anne Roy estimait qu'elle avait le droit de "
     "s'amuser.", "Anne Roy", "person"),
]


@pytest.mark.parametrize(("text", "speaker", "kind"), ROWS)
def test_an_indefinite_pronoun_is_the_subject(nlp, text, speaker, kind):
    sp = quote_said(nlp, text, SAID).speaker
    assert (sp.name, sp.kind) == (speaker, kind)


def test_without_the_entry_the_name_before_speaks(nlp, tmp_path):
    with lacking(tmp_path, "indefinite_subjects", "autres"):
        name = quote_said(nlp, ROWS[0][0], SAID).speaker.name
    assert name != "d'autres"
    assert name == "Anne Roy"  # the name before, not no one


@pytest.mark.parametrize(("text", "verb", "found"), [
    ("alors que d'autres estimaient", "estimaient", (2, 4)),
    # must not: « les autres », « des autres » are noun phrases the parse reads, not « d'autres »
    ("alors que les autres estimaient", "estimaient", None),
    ("alors que des autres estimaient", "estimaient", None),
])
def test_only_elided_de_makes_the_pronoun(nlp, text, verb, found):
    from quotes.detect.indefinite_subjects import indefinite_pronoun, indefinite_subject

    doc = nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == verb)
    assert indefinite_subject(doc, i, 0) == found
    assert indefinite_pronoun(list(doc[i - 2 : i])) == (found is not None)
