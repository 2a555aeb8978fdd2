"""Where a sentence's subject starts when the parse took its apposition for it."""

import pytest

from quotes.detect.appositions import apposed_name


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the name opens the sentence, the indefinite apposition parsed as the subject
        ("Didier Morand, un retraité de Saint-Astier, a reconnu les faits.", "Didier"),
        # a name after a preposition is an adjunct: the subject stays where the parse puts it
        ("Après Didier Morand, un voisin de Saint-Astier a témoigné.", "un"),
        ("Selon Didier Morand, un voisin de Saint-Astier a menti.", "un"),
    ],
)
def test_apposed_name(nlp, text, subject):
    doc = nlp(text)
    tok = next(t for t in doc if t.dep_ == "nsubj")
    lo = min(t.i for t in tok.subtree)
    assert doc[apposed_name(doc, lo, tok)].text == subject
