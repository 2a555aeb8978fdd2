"""A mention headed by a noun of a thing, an event, an act or a quantity is no speaker, whatever
its determiner: unresolved beats wrong. Most such nouns are found by their vectors, nearer the
things' and events' seeds (lexicon/noun_kinds.tsv: « navire », « tempête », « explosion »…) than
any speaker's (``noun_kinds.says_nothing``): « un autobus », « un séisme », « un hélicoptère »
are no seeds. The few the vectors cannot place are lexicon/silent_nouns.txt
(``noun_kinds.silent_head``), each entry with its row."""

import pytest
from conftest import quote_said

# (text, words said, the subject that says nothing): a quote with no cue goes on from it
SILENT = [
    # the seeds of lexicon/noun_kinds.tsv for vehicles and sudden events, one row each
    ("Un métro est resté bloqué deux heures sous Vernac. « On manquait d'air. »",
     "On manquait d'air.", "un métro"),
    ("Un navire a chaviré au large de Brenac. « Les secours sont arrivés vite. »",
     "Les secours sont arrivés vite.", "un navire"),
    ("Un bateau a heurté le quai de Vernac. « Le pilote n'a rien pu faire. »",
     "Le pilote n'a rien pu faire.", "un bateau"),
    ("Une tempête a balayé la côte de Brenac dans la nuit. « Le toit s'est envolé. »",
     "Le toit s'est envolé.", "une tempête"),
    ("Une explosion a soufflé les vitres d'un immeuble de Vernac. « On a cru à un attentat. »",
     "On a cru à un attentat.", "une explosion"),
    # no seeds, reached by the vectors through those seeds
    ("Un autobus a percuté un abri à Vernac lundi. « On a entendu un grand bruit. »",
     "On a entendu un grand bruit.", "un autobus"),
    ("Un avion s'est posé en urgence à Brenac. « Nous avons eu très peur. »",
     "Nous avons eu très peur.", "un avion"),
    ("Un hélicoptère s'est posé sur le parking de Brenac. « Le bruit était terrible. »",
     "Le bruit était terrible.", "un hélicoptère"),
    ("Une collision a fait trois blessés sur la route de Vernac. « Ce virage est dangereux "
     "depuis des années. »", "Ce virage est dangereux depuis des années.", "une collision"),
    ("Une crise a éclaté au sein du conseil municipal de Brenac. « Personne ne veut céder. »",
     "Personne ne veut céder.", "une crise"),
    ("Un séisme a secoué la région de Brenac mardi. « Les murs ont tremblé pendant dix "
     "secondes. »", "Les murs ont tremblé pendant dix secondes.", "un séisme"),
    # lexicon/silent_nouns.txt, one row an entry
    ("Une censure a fait tomber le gouvernement de Vernac mardi. « Personne ne l'avait vue "
     "venir. »", "Personne ne l'avait vue venir.", "une censure"),
    ("Une dissolution a été annoncée au conseil régional de Brenac. « Il faut revenir aux "
     "urnes. »", "Il faut revenir aux urnes.", "une dissolution"),
    ("Une motion de censure a été déposée mardi à Vernac. « La majorité ne tiendra pas. »",
     "La majorité ne tiendra pas.", "une motion de censure"),
    ("Une baisse des prix a surpris les clients de Brenac. « On n'y croyait plus. »",
     "On n'y croyait plus.", "une baisse des prix"),
    ("Une hausse des loyers a frappé le quartier. « Nous ne pouvons plus payer. »",
     "Nous ne pouvons plus payer.", "une hausse des loyers"),
    ("Un drone a survolé la centrale de Vernac dimanche. « Personne ne l'a vu arriver. »",
     "Personne ne l'a vu arriver.", "un drone"),
]


@pytest.mark.parametrize(("text", "said", "thing"), SILENT)
def test_a_silent_head_is_no_speaker(nlp, text, said, thing):
    who = quote_said(nlp, text, said).speaker
    assert who.name is None
    assert who.resolution == "unresolved"


# near misses: the silent noun is a complement of the subject's head, or the subject is a text
# or a finding that gives words: the head speaks
SPEAKING = [
    ("Un chauffeur d'autobus a percuté un abri à Vernac. « Je n'ai rien vu venir. »",
     "Je n'ai rien vu venir.", "un chauffeur d'autobus"),
    ("Les témoins de la collision ont raconté : « La voiture roulait très vite. »",
     "La voiture roulait très vite.", "témoins de la collision"),
    ("Le comité de crise de Vernac a indiqué que « la route est rouverte ».",
     "« la route est rouverte »", "comité de crise de Vernac"),
    ("Les victimes du séisme ont témoigné : « Nous avons tout perdu. »",
     "Nous avons tout perdu.", "victimes du séisme"),
    ("Le pilote du drone, Marc Olivier, a expliqué : « Nous avons perdu le signal. »",
     "Nous avons perdu le signal.", "Marc Olivier"),
    ("L'enquête révèle que « les contrôles étaient insuffisants ».",
     "« les contrôles étaient insuffisants »", "l'enquête"),
    ("Le rapport affirme que « les règles n'ont pas été suivies ».",
     "« les règles n'ont pas été suivies »", "le rapport"),
    # a name in the mention: the one named goes on speaking, as before
    ("Le drone de Marc Olivier a survolé la centrale de Vernac. « Personne ne l'a vu "
     "arriver. »", "Personne ne l'a vu arriver.", "Marc Olivier"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), SPEAKING)
def test_a_silent_complement_leaves_the_head_speaking(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
