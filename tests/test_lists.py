"""Marked stretches listed after one cue, joined by commas and « et » or « ou », that no cue of
their own reports: one mixed record of the cue's speaker, each marked stretch a fragment.
Made-up sentences."""

import pytest
from conftest import quotes_of

LISTS = [
    ("La ministre Claire Vidal a dénoncé « une faute grave », « un mépris des élus » et "
     "« une erreur de calcul ».",
     "« une faute grave », « un mépris des élus » et « une erreur de calcul »", "Claire Vidal", 3),
    # short marks in the list too: the cue's words, not terms standing alone
    ("Le parquet de Vernay l'accuse « d'abus de biens sociaux », « de faux en écriture » et "
     "« de recel ».",
     "« d'abus de biens sociaux », « de faux en écriture » et « de recel »", "parquet de Vernay",
     3),
    ("Le maire Paul Morin a regretté « un choix précipité et coûteux », « sans la moindre "
     "concertation », lors du conseil.",
     "« un choix précipité et coûteux », « sans la moindre concertation »", "Paul Morin", 2),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "parts"), LISTS)
def test_marks_listed_after_a_cue_are_one_quote(nlp, text, quote, speaker, parts):
    quotes = quotes_of(nlp, text)
    assert [(q.type, q.span.text) for q in quotes] == [("mixed", quote)]
    assert quotes[0].speaker.name == speaker
    assert len(quotes[0].fragments) == parts


# must not fire: marks a sentence apart, marks another cue reports (marks before their cue
# are one series too: « « Je reste », « je me bats », a dit X », tests/test_series.py)
APART = [
    ("Le maire Paul Morin a salué « un beau travail ». « Nous continuerons », a ajouté son "
     "adjointe Claire Vidal.",
     [("un beau travail", "Paul Morin"), ("Nous continuerons", "Claire Vidal")]),
]


@pytest.mark.parametrize(("text", "said"), APART)
def test_marks_apart_stay_apart(nlp, text, said):
    assert [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)] == said
