"""« à partir de » and « à compter de » before a date are prepositions of time, not an
infinitive a cue reports (lexicon/time_locutions.txt, quotes/detect/locutions.py): « ont
appelé à une grève à partir de jeudi » reports no « partir de jeudi ». A date: a day of the
week, a month, a number that is a day, an hour or a year, or a word of time after an article or
a demonstrative (« ce lundi », « la nuit de »); « de nuit », « des 2 000 témoignages », « de deux
principes » are none. Before anything but a date, and after « de », the verb stays one, and a cue
reports it; an infinitive after the date is the one the cue reports.

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
    # a time word after a demonstrative: a date
    "Les syndicats de Valmor ont appelé à une grève reconductible à partir de ce jeudi.",
    # a number spelt out before a unit of time: an hour
    "Le syndicat a appelé à un débrayage à partir de deux heures.",
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
    # a number that is no day, hour or year: « des 2 000 témoignages », « de deux principes »
    ("La chercheuse Anne Berthier a invité ses collègues à partir des 2 000 témoignages "
     "recueillis.", "partir des 2 000 témoignages recueillis", "Anne Berthier", "a invité"),
    ("L'entraîneur Paul Garnier a invité ses joueurs à partir de deux principes simples.",
     "partir de deux principes simples", "Paul Garnier", "a invité"),
    # « de nuit », no article: a manner, no date
    ("Le préfet Alain Mercier a appelé les vacanciers à partir de nuit pour éviter les bouchons.",
     "partir de nuit pour éviter les bouchons", "Alain Mercier", "a appelé"),
    # the infinitive the cue reports after the date
    ("Le gouvernement a appelé les entreprises à partir de ce lundi à généraliser le "
     "télétravail.", "généraliser le télétravail", "gouvernement", "a appelé"),
    ("Le maire Paul Roux a appelé les habitants à partir de 22 heures à rester chez eux.",
     "rester chez eux", "Paul Roux", "a appelé"),
    # « de partir de » a date: no « à » before it, a verb
    ("Le préfet Alain Mercier a demandé aux vacanciers de partir de 6 heures à 8 heures pour "
     "éviter les bouchons.", "partir de 6 heures à 8 heures pour éviter les bouchons",
     "Alain Mercier", "a demandé"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), SAID)
def test_the_verb_outside_the_locution_is_reported(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.cue.text) == ("indirect", speaker, cue)
