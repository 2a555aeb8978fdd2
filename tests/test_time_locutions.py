"""« à partir de » and « à compter de » before a date are prepositions of time, not an
infinitive a cue reports (lexicon/time_locutions.txt, quotes/detect/locutions.py): « ont
appelé à une grève à partir de jeudi » reports no « partir de jeudi ». Before anything but a
date, and after « de », the verb stays one, and a cue reports it.

Sentences written for these tests; names and places are invented.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

NOT_SAID = [
    # « partir »: a call to strike from a day on, no call to leave
    "Les syndicats de Valmor ont appelé à une grève reconductible à partir de jeudi.",
    "Deux syndicats de l'usine, la CGT et FO, ont appelé à un mouvement de grève à partir de "
    "lundi 3 mars.",
    # « compter »: a call to stop work from a date on
    "Le syndicat a appelé à un arrêt de travail à compter du 12 avril.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_a_locution_of_time_reports_nothing(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


SAID = [
    # « partir de » a place: the verb, called for
    ("Le maire Paul Roux a appelé les habitants à partir de leurs maisons avant la nuit.",
     "partir de leurs maisons avant la nuit", "Paul Roux", "a appelé"),
    # « partir » then no « de »
    ("Le préfet Jean Morel a appelé les riverains à partir dès ce soir.",
     "partir dès ce soir", "Jean Morel", "a appelé"),
    # « de partir de »: no « à » before it
    ("La ministre Léa Fontaine a demandé aux familles de partir de la zone inondée.",
     "partir de la zone inondée", "Léa Fontaine", "a demandé"),
    # the locution inside the infinitive a cue reports stays in its words
    ("Le syndicat Sud a appelé les salariés à cesser le travail à compter du 12 avril.",
     "cesser le travail à compter du 12 avril", "Sud", "a appelé"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), SAID)
def test_the_verb_outside_the_locution_is_reported(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.cue.text) == ("indirect", speaker, cue)
