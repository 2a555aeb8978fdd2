"""Unmarked words before a postposed cue whose source is no one named: some of a kind
(« rapportent plusieurs médias », « ont confié des habitants »), and the source a medium
names for what it learned (« a appris l'agence de source policière »): its words, the medium
only relays them. Sentences written for these tests."""

import pytest
from conftest import beside_its_own_quote, quote_said

# (sentence, the words said, the cue, the mention of who said them)
FIRES = [
    # lexicon/anonymous.txt marked « some » opening a plural noun: an unnamed source
    ("Le maire de Vernay a été retrouvé sans vie lundi, rapportent plusieurs médias suisses.",
     "Le maire de Vernay a été retrouvé sans vie lundi", "rapportent",
     "plusieurs médias suisses"),
    ("La boulangerie du village a fermé ses portes, ont confié des habitants.",
     "La boulangerie du village a fermé ses portes", "ont confié", "des habitants"),
    # a medium learns from a source it names after it: the source's words
    ("Les deux militants ont ensuite été interpellés, a appris l'agence de source policière.",
     "Les deux militants ont ensuite été interpellés", "a appris", "source policière"),
    ("Le ministre compte se rendre à Vernay mardi, a appris Radio Nord auprès de son entourage.",
     "Le ministre compte se rendre à Vernay mardi", "a appris", "son entourage"),
    # « on » learns as before
    ("Le club fermera en mars, a-t-on appris de source syndicale.",
     "Le club fermera en mars", "a-t-on appris", "source syndicale"),
]


@pytest.mark.parametrize(("text", "said", "cue", "mention"), FIRES)
def test_an_unnamed_source_reports(nlp, text, said, cue, mention):
    q = quote_said(nlp, text, said)
    assert q.type == "indirect" and q.cue is not None and q.cue.text == cue
    assert q.speaker.mention is not None and q.speaker.mention.text == mention


# no medium between « appris » and the source: the subject learned it, no one reports;
# a verb that does not agree with « des … » after it has it as its object
NOT_SAID = [
    "Paul Roux a appris de source sûre que le club fermait.",
    "Paul Roux a appris auprès de sa sœur que le club fermait.",
    # a singular verb before « des … »: its object, no inverted subject (they agree)
    "Dans une interview accordée la veille à la radio locale, l'adjointe aux sports, Marie "
    "Dubreuil, avait promis des travaux rapides.",
    "Dans un entretien accordé mardi au journal local, le conseiller municipal, Paul Roux, avait "
    "annoncé des changements profonds.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_who_learns_reports_nothing(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


def test_a_time_is_no_source(nlp):
    # « des semaines » is no one: the quote is the mayor's, named after it
    q = quote_said(nlp, "Le pont sera rouvert en mai, répète depuis des semaines la maire Anne "
                   "Roy.", "Le pont sera rouvert en mai")
    assert q.speaker.name == "Anne Roy"
