"""A clause whose verb is no reporting verb, a colon, then a sentence in marks: the clause's
verb is the cue and its subject who speaks when the verb takes a noun of speech or stance
after a possessive, or is reflexive with an attribute; and cues of several words past an
adverb. Every row goes through ``Extractor().text``, as a user's text does.

Sentences written for these tests; names and places are invented.
"""

import pytest

from quotes.api import Extractor


def said(nlp, text):
    """The quotes ``Extractor().text`` finds in ``text``; fails where there is none."""
    quotes = Extractor(nlp=nlp).text(text)
    assert quotes, "nothing extracted"
    return quotes


def one(nlp, text, words):
    found = [q for q in said(nlp, text) if q.span.text == words]
    assert found, [q.span.text for q in said(nlp, text)]
    return found[0]


CUED = [
    # a noun of speech after a possessive, an idiom, negated, present tense
    ("Le syndicaliste Marc Drouet ne mâche pas ses mots : « Cette direction méprise les "
     "cheminots de Brenac. »", "Cette direction méprise les cheminots de Brenac.", "Marc Drouet",
     # the « ne » of the negation is part of the cue, as the gold writes it (« n'en a pas
     # moins observé »; cue_extent.written_start): changed on purpose from « mâche »
     "ne mâche"),
    # a past tense, an adverb inside the group, « il » for a name of the sentence before
    ("Joël Marchand a d'abord réagi lundi. Il a ensuite nuancé son propos : « Le chantier du "
     "viaduc reprendra sans doute en avril. »",
     "Le chantier du viaduc reprendra sans doute en avril.", "Joël Marchand", "a ensuite nuancé"),
    # a noun of stance (lexicon stance_nouns): « sa position », « son avis »
    ("La sénatrice Anne Ribaut a durci sa position : « Nous ne voterons pas ce budget. »",
     "Nous ne voterons pas ce budget.", "Anne Ribaut", "a durci"),
    ("Le viticulteur Marc Drouet a donné son avis : « Ce plan ne tiendra pas six mois. »",
     "Ce plan ne tiendra pas six mois.", "Marc Drouet", "a donné"),
    # a reflexive verb and its attribute, a man and a woman
    ("La maire Claire Morvan se montre prudente : « Rien n'est encore décidé pour la rentrée. »",
     "Rien n'est encore décidé pour la rentrée.", "Claire Morvan", "se montre"),
    ("Le maire Paul Garnier se veut optimiste : « Les travaux finiront avant l'été. »",
     "Les travaux finiront avant l'été.", "Paul Garnier", "se veut"),
    # « sa pensée » is a noun of speech (lexicon speech_nouns), a gerund's adjunct before the
    # colon, the words running over a paragraph and the next one in the same marks
    ("Le capitaine Hugo Brun a ensuite développé sa pensée en restant calme : « Nous avons "
     "manqué de rigueur en mêlée.\n\n« Il faudra corriger cela avant samedi. »",
     "Nous avons manqué de rigueur en mêlée.", "Hugo Brun", "a ensuite développé"),
    # a cue of several words, an adverb after its verb
    ("Sur son compte, la députée Léa Fontaine met toutefois en garde : « Toute autre solution "
     "mènera à l'échec. »", "Toute autre solution mènera à l'échec.", "Léa Fontaine",
     "met toutefois en garde"),
    ("Le ministre Hugo Brun met aussi en avant « une baisse historique du chômage ».",
     "une baisse historique du chômage", "Hugo Brun", "met aussi en avant"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), CUED)
def test_the_verb_before_a_colon_is_the_cue(nlp, text, quote, speaker, cue):
    q = one(nlp, text, quote)
    assert (q.speaker.name, q.cue.text if q.cue else None) == (speaker, cue)


# the marked words are found, but the clause before the colon is no cue of them
NOT_CUED = [
    # a subject that names no one
    ("Le programme prévoit trois étapes : « La concertation doit commencer en mars. »",
     "La concertation doit commencer en mars."),
    # a title, no sentence
    ("Le romancier Paul Roux a choisi un titre : « Les Ombres du vieux port ».",
     "Les Ombres du vieux port"),
    # the subject of a passive: the agent's words
    ("Le ministre Hugo Brun a été accueilli par une banderole : « Vous nous avez trahis, "
     "monsieur le ministre. »", "Vous nous avez trahis, monsieur le ministre."),
    ("La maire Anne Vidal a été prise à partie par un habitant : « Vous ne faites rien pour "
     "nous. »", "Vous ne faites rien pour nous."),
    # a verb of receiving, finding, hearing, translating, copying, showing: no noun of speech
    ("Les enquêteurs ont retrouvé un message dans le téléphone de Paul Roy : « Rendez-vous "
     "demain au port. »", "Rendez-vous demain au port."),
    ("L'interprète a traduit la réponse du ministre : « Nous ne céderons rien. »",
     "Nous ne céderons rien."),
    ("Le maire Paul Roy a reçu une lettre anonyme : « Vous allez payer pour tout cela. »",
     "Vous allez payer pour tout cela."),
    ("Anne Vidal a entendu un cri : « Au secours, aidez-moi ! »", "Au secours, aidez-moi !"),
    ("Paul Roy a trouvé un mot sur son pare-brise : « Garez-vous ailleurs la prochaine fois. »",
     "Garez-vous ailleurs la prochaine fois."),
    ("Anne Vidal a découvert la dernière lettre de son père : « Je pars sans regret. »",
     "Je pars sans regret."),
    ("Le professeur Paul Roy a recopié au tableau la phrase d'un poète : « Le temps passe et "
     "rien ne reste. »", "Le temps passe et rien ne reste."),
    ("Anne Vidal a montré sa pancarte : « Non à la fermeture de la maternité. »",
     "Non à la fermeture de la maternité."),
    ("Paul Roy a déchiffré l'inscription : « Ici repose un soldat inconnu. »",
     "Ici repose un soldat inconnu."),
    # the same verbs with a noun of speech: lexicon passing_verbs, holding_verbs, perception
    ("L'interprète a traduit ses mots : « Nous ne céderons rien. »", "Nous ne céderons rien."),
    ("Le maire Paul Roy a lu ses mots : « Nous ne céderons rien à personne. »",
     "Nous ne céderons rien à personne."),
    ("La maire Anne Vidal a reçu son message : « Je serai là demain matin. »",
     "Je serai là demain matin."),
    ("Le maire Paul Roy a entendu ses mots : « Nous ne partirons pas d'ici. »",
     "Nous ne partirons pas d'ici."),
    ("Le maire Paul Garnier affiche sa position : « Le travail paie toujours. »",
     "Le travail paie toujours."),
    ("Le maire Paul Garnier a vu ses mots sur l'affiche : « Tous au conseil municipal ce "
     "soir. »", "Tous au conseil municipal ce soir."),
    # a passive with a noun of stance; « il y a » with a noun of speech
    ("Le ministre Hugo Brun a été conforté dans sa position : « Nous ne reculerons pas d'un "
     "pas. »", "Nous ne reculerons pas d'un pas."),
    ("Le maire Paul Roy a parlé lundi. Il y a aussi ses mots d'hier : « Nous tiendrons bon "
     "jusqu'au bout. »", "Nous tiendrons bon jusqu'au bout."),
    # a verb of receiving with « sa pensée »: the words read, not said
    ("Le maire Paul Roy a reçu sa pensée du jour : « Chaque matin est une chance. »",
     "Chaque matin est une chance."),
    # a noun of speech with no possessive: someone else's words
    ("La maire Anne Vidal a balayé les mots du préfet : « Nous fermerons l'école en juin. »",
     "Nous fermerons l'école en juin."),
    # « avoir » as the verb; a verb the parse reads as an object
    ("Paul Roy a une certitude : « Nous gagnerons ce procès devant la cour. »",
     "Nous gagnerons ce procès devant la cour."),
    ("Il a tweeté une photo : « Quelle belle journée à Vernac ! »",
     "Quelle belle journée à Vernac !"),
    # a reflexive verb with no attribute
    ("Le maire Paul Roy s'agace : « Cette réforme ne sert à rien du tout. »",
     "Cette réforme ne sert à rien du tout."),
    # « il y a » presents the words, its « il » is no one
    ("Il y a aussi la colère des habitants : « Nous sommes oubliés depuis des années. »",
     "Nous sommes oubliés depuis des années."),
]


@pytest.mark.parametrize(("text", "quote"), NOT_CUED)
def test_no_cue_from_a_clause_that_says_nothing(nlp, text, quote):
    assert one(nlp, text, quote).cue is None


def test_no_quote_of_a_passive_subject(nlp):
    text = "Paul Roy a été accueilli par des cris : « Démission, démission ! »\n\n« Nous " \
           "attendons », a dit Luc Bernard."
    assert [(q.span.text, q.speaker.name) for q in said(nlp, text)] == [
        ("Nous attendons", "Luc Bernard")]


def test_a_reporting_verb_keeps_its_own_frame(nlp):
    q = one(nlp, "Marc Drouet a déclaré : « Nous irons jusqu'au bout. »",
            "Nous irons jusqu'au bout.")
    assert (q.speaker.name, q.cue.text) == ("Marc Drouet", "a déclaré")
