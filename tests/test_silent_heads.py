"""A mention headed by a noun of a thing, an event, an act or a quantity that never speaks
(lexicon/silent_nouns.txt, ``noun_kinds.silent_head``) is no speaker, whatever its determiner:
not the inverted subject of a cue (« …, a prédit une censure, « … » »), nor a subject a quote
with no cue goes on from (« Un séisme a secoué la région. « … » »). Unresolved beats wrong. Each
entry of the list has its row."""

import pytest
from conftest import quote_said

# (text, words said, the speaker it no longer has)
SILENT = [
    # censure, dissolution: the object of the cue, read as its inverted subject
    ("Une position partagée par le député Marc Olivier qui a déploré une «impasse totale» et "
     "qui, lui aussi, a prédit une censure, «Le gouvernement ne passera pas l'hiver».",
     "Le gouvernement ne passera pas l'hiver", "une censure"),
    ("Un avis partagé par la sénatrice Odile Garnier qui a dénoncé un «mépris du Parlement» et "
     "qui, elle aussi, a annoncé une dissolution, «Rien n'est exclu désormais».",
     "Rien n'est exclu désormais", "une dissolution"),
    # the others: the subject of the sentence before a quote with no cue
    ("Un autobus a percuté un abri à Vernac lundi. « On a entendu un grand bruit. »",
     "On a entendu un grand bruit.", "un autobus"),
    ("Un avion s'est posé en urgence à Brenac. « Nous avons eu très peur. »",
     "Nous avons eu très peur.", "un avion"),
    ("Une collision a fait trois blessés sur la route de Vernac. « Ce virage est dangereux "
     "depuis des années. »", "Ce virage est dangereux depuis des années.", "une collision"),
    ("Une crise a éclaté au sein du conseil municipal de Brenac. « Personne ne veut céder. »",
     "Personne ne veut céder.", "une crise"),
    ("Une hausse des loyers a frappé le quartier. « Nous ne pouvons plus payer. »",
     "Nous ne pouvons plus payer.", "une hausse des loyers"),
    ("Un séisme a secoué la région de Brenac mardi. « Les murs ont tremblé pendant dix "
     "secondes. »", "Les murs ont tremblé pendant dix secondes.", "un séisme"),
    ("Un virus a touché trois élevages de Vernac. « Nous avons tout désinfecté. »",
     "Nous avons tout désinfecté.", "un virus"),
]


@pytest.mark.parametrize(("text", "said", "thing"), SILENT)
def test_a_silent_head_is_no_speaker(nlp, text, said, thing):
    who = quote_said(nlp, text, said).speaker
    assert who.name is None
    assert who.resolution == "unresolved"


# near misses: the silent noun is a complement, the head speaks
SPEAKING = [
    ("Un chauffeur d'autobus a percuté un abri à Vernac. « Je n'ai rien vu venir. »",
     "Je n'ai rien vu venir.", "un chauffeur d'autobus"),
    ("La cellule de crise de la préfecture a indiqué que « la route est rouverte ».",
     "« la route est rouverte »", "cellule de crise de la préfecture"),
    ("Le pilote de l'avion, Marc Olivier, a expliqué : « Nous avons eu très peur. »",
     "Nous avons eu très peur.", "Marc Olivier"),
    ("Un habitant a décrit le séisme : « Les murs ont tremblé pendant dix secondes. »",
     "Les murs ont tremblé pendant dix secondes.", "un habitant"),
    ("Le député Marc Olivier a déploré une «impasse totale» et a prédit une censure, «Le "
     "gouvernement ne passera pas l'hiver».", "une censure, «Le gouvernement ne passera pas "
     "l'hiver»", "Marc Olivier"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), SPEAKING)
def test_a_silent_complement_leaves_the_head_speaking(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
