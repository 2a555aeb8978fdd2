"""Verb forms read from the parse: past and present participles."""

import pytest

from quotes.detect.forms import past_participle, present_participle

# sentence, word, past participle?, present participle?
ROWS = [
    ("Les mesures annoncées hier restent floues.", "annoncées", True, False),
    ("Un voisin, jugeant la décision injuste, a protesté.", "jugeant", False, True),
    ("Un voisin, jugeant la décision injuste, a protesté.", "protesté", True, False),
    # must not fire: a finite verb is neither
    ("Les mesures annoncées hier restent floues.", "restent", False, False),
]


@pytest.mark.parametrize(("sentence", "word", "past", "present"), ROWS)
def test_participles(nlp, sentence, word, past, present):
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert (past_participle(tok), present_participle(tok)) == (past, present)
