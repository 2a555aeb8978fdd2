"""A verb's object that ends on its one marked stretch (quotes/detect/object_marks.py)."""

import pytest
from conftest import quote_said

# sentence, the quote (the marks alone, still mixed), its speaker and cue: only a noun the
# marks complete, with its determiners, came before them
MARKS_ONLY = [
    ("Le maire Paul Ferrand a salué la mémoire d'un « mentor ».", "« mentor »",
     "Paul Ferrand", "a salué"),
    ("La ministre Léa Vasseur a rappelé le souvenir d'une « amie ».", "« amie »",
     "Léa Vasseur", "a rappelé"),
]


@pytest.mark.parametrize("text, said, speaker, cue", MARKS_ONLY)
def test_an_objects_lead_before_its_closing_marks_is_left_out(nlp, text, said, speaker, cue):
    quote = quote_said(nlp, text, said)
    assert (quote.type, quote.speaker.name, quote.cue.text) == ("mixed", speaker, cue)


# must not fire: « comme » before the marks, a lead longer than a noun and its complement,
# what the object is called (« de » before the marks), a determiner alone, words after the
# marks: the object stays whole
WHOLE_OBJECTS = [
    ("Paul Dorin a décrit la réforme comme une « erreur historique ».",
     "la réforme comme une « erreur historique »"),
    ("Le juge Paul Roux a qualifié le différend avec sa voisine de « problème politique ».",
     "le différend avec sa voisine de « problème politique »"),
    ("Les avocats de Marc Olin ont qualifié son arrestation de « scandale ».",
     "son arrestation de « scandale »"),
    ("Le syndicat des dockers a dénoncé une « provocation ».", "une « provocation »"),
    ("La préfète Anne Roy a réclamé des mesures « concrètes » contre les inondations.",
     "des mesures « concrètes » contre les inondations"),
]


@pytest.mark.parametrize("text, said", WHOLE_OBJECTS)
def test_an_object_with_more_than_its_lead_stays_whole(nlp, text, said):
    assert quote_said(nlp, text, said).type == "mixed"
