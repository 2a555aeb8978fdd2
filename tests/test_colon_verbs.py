"""A clause whose verb is no reporting verb, a colon, then a sentence in marks: the clause's
verb is the cue and its subject who speaks; and cues of several words past an adverb.

Sentences written for these tests; names and places are invented.
"""

import pytest
from conftest import quote_said

CUED = [
    # an idiom, negated, present tense
    ("Le syndicaliste Marc Drouet ne mâche pas ses mots : « Cette direction méprise les "
     "salariés. »", "Cette direction méprise les salariés.", "Marc Drouet", "mâche"),
    # a past tense, an adverb inside the group, an object before the colon
    ("Joël Marchand a ensuite nuancé son propos : « Nous ne savons pas encore ce qui s'est "
     "passé. »", "Nous ne savons pas encore ce qui s'est passé.", "Joël Marchand",
     "a ensuite nuancé"),
    # a woman named after her role
    ("La sénatrice Anne Ribaut a haussé le ton : « Nous ne voterons pas ce budget. »",
     "Nous ne voterons pas ce budget.", "Anne Ribaut", "a haussé"),
    # a reflexive verb and its attribute
    ("La maire Claire Morvan se montre prudente : « Rien n'est encore décidé pour la rentrée. »",
     "Rien n'est encore décidé pour la rentrée.", "Claire Morvan", "se montre"),
    # a cue of several words, an adverb after its verb
    ("Sur son compte, la députée Léa Fontaine met toutefois en garde : « Toute autre solution "
     "mènera à l'échec. »", "Toute autre solution mènera à l'échec.", "Léa Fontaine",
     "met toutefois en garde"),
    ("Le ministre Hugo Brun met aussi en avant « une baisse historique du chômage ».",
     "une baisse historique du chômage", "Hugo Brun", "met aussi en avant"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), CUED)
def test_the_verb_before_a_colon_is_the_cue(nlp, text, quote, speaker, cue):
    q = quote_said(nlp, text, quote)
    assert (q.speaker.name, q.cue.text if q.cue else None) == (speaker, cue)


NOT_CUED = [
    # a subject that names no one
    ("Le programme prévoit trois étapes : « La concertation doit commencer en mars. »",
     "La concertation doit commencer en mars."),
    # a title, no sentence
    ("Le romancier Paul Roux a choisi un titre : « Les Ombres du vieux port ».",
     "Les Ombres du vieux port"),
    # a text read, seen or shown: lexicon reading_verbs and perception_verbs
    ("Paul Garnier a lu l'inscription : « Ici reposent les héros de la commune. »",
     "Ici reposent les héros de la commune."),
    ("Le maire Paul Garnier affiche sa devise : « Le travail paie toujours. »",
     "Le travail paie toujours."),
    ("Les manifestants brandissent une banderole : « Non à la fermeture de l'usine ! »",
     "Non à la fermeture de l'usine !"),
    ("Le maire Paul Garnier a vu l'affiche : « Tous au conseil municipal ce soir. »",
     "Tous au conseil municipal ce soir."),
    # « il y a » presents the words, its « il » is no one
    ("Il y a aussi la colère des habitants : « Nous sommes oubliés depuis des années. »",
     "Nous sommes oubliés depuis des années."),
]


@pytest.mark.parametrize(("text", "quote"), NOT_CUED)
def test_no_cue_from_a_clause_that_says_nothing(nlp, text, quote):
    assert quote_said(nlp, text, quote).cue is None


def test_a_reporting_verb_keeps_its_own_frame(nlp):
    q = quote_said(nlp, "Marc Drouet a déclaré : « Nous irons jusqu'au bout. »",
                   "Nous irons jusqu'au bout.")
    assert (q.speaker.name, q.cue.text) == ("Marc Drouet", "a déclaré")
