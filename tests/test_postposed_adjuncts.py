"""A postposed cue whose inverted subject comes after an adjunct of when, where or to whom:
made-up sentences, one row a case.

- a date after the day (« a indiqué ce lundi 4 mars le procureur »): the date is skipped;
- an adjunct with a complement of its own (« a expliqué dans un message à la presse le
  préfet »): a determiner after the adjunct's preposition is still the adjunct's;
- two adjuncts, each closed by a comma (« a lancé au micro, devant la foule, Paul Garnier »).
"""

import pytest
from conftest import quote_said, quotes_of

SAID = [
    ("Une enquête pour vol a été ouverte après la disparition d'un tableau au musée de Vernac, "
     "a indiqué ce lundi 4 mars le procureur de la République de Vernac, Paul Morel.",
     "Une enquête pour vol a été ouverte après la disparition d'un tableau au musée de Vernac",
     "Paul Morel", "a indiqué"),
    ("L'incendie a détruit trois maisons, a expliqué dans un message à la presse le préfet de "
     "l'Aube, Jean Rivet.", "L'incendie a détruit trois maisons", "Jean Rivet", "a expliqué"),
    ("« La lutte continue », a lancé au micro, devant une centaine de grévistes, Paul Garnier.",
     "La lutte continue", "Paul Garnier", "a lancé"),
]

NOT_SAID = [
    # a verb of saying used for something else, a date after it
    "Le club a lancé ce lundi 4 mars une nouvelle équipe de jeunes.",
    # two adjuncts before an object, not a subject
    "Le club a lancé au printemps, devant ses supporters, une nouvelle équipe.",
    # a title in marks after the date
    "Le studio a annoncé ce mardi 3 juin « Les Ombres de Vernac », son prochain film.",
]


@pytest.mark.parametrize("text, said, speaker, cue", SAID)
def test_subject_past_the_adjunct(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_quote(nlp, text):
    assert [q.span.text for q in quotes_of(nlp, text)] == []
