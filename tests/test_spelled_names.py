"""Names the recogniser cut short (``attribute.spelled_names``): a name runs over the small
words after it up to the bracket of the acronym they spell with it, in their order or in another,
four words at most, and is a body's whatever the recogniser read in its first words; a name
ended inside a hyphenated word runs to the word's end. The labels are set by hand, so each row
tests the rule, not the model."""

import pytest
from conftest import labelled

from quotes.attribute.spelled_names import phrase_cut, spelled_out

ROWS = [
    # four small words between the name and its acronym
    ("Selon l'Organisation nordique pour la recherche polaire (NPRO), la banquise recule.",
     [("Organisation nordique", "ORG")],
     [("Organisation nordique pour la recherche polaire", "ORG")]),
    # a body's name whatever the recogniser read in its first words (a place, a thing)
    ("Selon l'Autorité nordique de la mer (NMA), la côte recule.",
     [("Autorité nordique", "LOC")], [("Autorité nordique de la mer", "ORG")]),
    ("Selon l'Autorité nordique de la mer (ANM), la côte recule.",
     [("Autorité nordique", "MISC")], [("Autorité nordique de la mer", "ORG")]),
    # must not: a person's label stays; words the acronym does not spell are left out
    ("Selon l'Autorité nordique de la mer (NMA), la côte recule.",
     [("Autorité nordique", "PER")], [("Autorité nordique de la mer", "PER")]),
    ("Selon l'Autorité nordique de la mer (AN), la côte recule.",
     [("Autorité nordique", "LOC")], [("Autorité nordique", "LOC")]),
]


@pytest.mark.parametrize(("text", "ents", "after"), ROWS)
def test_spelled_out(nlp, text, ents, after):
    doc = labelled(nlp, text, *ents)
    spelled_out(doc)
    assert [(e.text, e.label_) for e in doc.ents] == after


CUT = [
    # a phrase the parse hangs on the noun before the name: an infinitive after « de », a
    # noun after « contre »
    ("Le juge a rejeté la demande de la Ligue des droits de l'Enfant de suspendre le couvre-feu "
     "pour les mineurs.", [("Ligue des droits de l'Enfant de suspendre le couvre-feu", "ORG")],
     [("Ligue des droits de l'Enfant", "ORG")]),
    ("Le tribunal a rejeté le recours de la Ligue des droits de l'Homme contre le couvre-feu "
     "instauré pour les mineurs.", [("Ligue des droits de l'Homme contre le couvre-feu", "ORG")],
     [("Ligue des droits de l'Homme", "ORG")]),
    # must not: a phrase that hangs on the name's own noun is part of it; a person's name stays
    ("La Ligue nationale contre le cancer a lancé une campagne.",
     [("Ligue nationale contre le cancer", "ORG")], [("Ligue nationale contre le cancer", "ORG")]),
    ("Le juge a rejeté la demande de la Ligue des droits de l'Enfant de suspendre le couvre-feu "
     "pour les mineurs.", [("Ligue des droits de l'Enfant de suspendre le couvre-feu", "PER")],
     [("Ligue des droits de l'Enfant de suspendre le couvre-feu", "PER")]),
]


@pytest.mark.parametrize(("text", "ents", "after"), CUT)
def test_phrase_cut(nlp, text, ents, after):
    doc = labelled(nlp, text, *ents)
    phrase_cut(doc)
    assert [(e.text, e.label_) for e in doc.ents] == after
