"""A work's title in marks is no quote (quotes/detect/unquoted.py, ``titled``; « tube » in
lexicon/title_nouns.txt and the plurals of the works marked in lexicon/naming_cues.txt, read by
detect/context.py ``name_like``): after « dans » (« l'a dirigée dans « … » »), whatever verb
the title holds, and after a work's noun in the plural (« ses tubes « … » »), capitalised marks
only: on a small letter, on a finite verb, or before a comma and a cue (an incise), they are a
predicate someone said. A word's noun in the plural (« les mots « … » ») still gives what
someone said, and so do marks after a cue, a colon or an incise, whatever
« dans » or a work's noun stands near them.

Sentences written for these tests; names, places and works are invented.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

TITLES = [
    # « tube »
    "Le chanteur Paul Roux a fini le concert avec son tube « On danse encore sous la pluie ».",
    # « tubes »
    "Elle a bercé des générations avec ses tubes « La Valse des lilas » et « Tata Lulu ».",
    # « albums »
    "Les disquaires de Brenac vendent encore ses albums « Les heures claires de la nuit » et "
    "« Clair ».",
    # « films »
    "Le festival de Brenac a projeté ses films « Les Années de plomb » et « Été ».",
    # « livres »
    "La maison d'édition réédite ses livres « Le Chemin des vignes » et « Port ».",
    # « romans »
    "L'écrivaine a signé ses romans « La Mer est à nous » et « Héron ».",
    # « chansons »
    "La chorale a chanté ses chansons « On ira tous au bal » et « Meunier ».",
    # « dans », a verb in the title
    "Le cinéaste Marc Olivet, qui l'a dirigée dans « Une nuit est un jour », lui a rendu hommage.",
    # « dans », no verb in the title
    "Le réalisateur Paul Vigne la lance en 1951 dans « Les jardins de Nérac ».",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_works_title_is_no_quote(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


SAID = [
    # a word's noun in the plural: the words someone said
    ("Dans la vidéo, Paul Roux prononce les mots « Nous reviendrons plus forts ». Il quitte "
     "ensuite la salle.", "direct", "Nous reviendrons plus forts", "Paul Roux", None),
    # « dans » before the cue, the marks after a colon
    ("Le maire Paul Roux a répété dans un message : « Nous ne céderons pas devant la violence ».",
     "direct", "Nous ne céderons pas devant la violence", "Paul Roux", "a répété"),
    # « dans » after an incise
    ("« Nous ne céderons pas », a déclaré dans la soirée le maire Paul Roux.",
     "direct", "Nous ne céderons pas", "Paul Roux", "a déclaré"),
    # a work's noun, then a colon: the marks are what the director says of it
    ("Le réalisateur Paul Vigne a présenté son film : « C'est l'histoire de mon enfance ».",
     "direct", "C'est l'histoire de mon enfance", "Paul Vigne", None),
    # a title after « dans » inside the clause a cue reports stays in its words
    ("Il a puisé dans « Les Misérables » son goût de la justice, a raconté son frère Luc Vigne.",
     "indirect", "Il a puisé dans « Les Misérables » son goût de la justice", "Luc Vigne",
     "a raconté"),
    # a work's noun before marks on a small letter: a predicate someone said
    ("Ses romans « changent une vie », assure l'écrivaine Léa Morel.",
     "mixed", "Ses romans « changent une vie »", "Léa Morel", "assure"),
    ("Son tube « fait encore danser les foules », s'amuse le chanteur Paul Roux.",
     "direct", "fait encore danser les foules", "Paul Roux", None),
    # a work's noun inside the words, after a colon or before an incise
    ("Le chanteur Paul Roux a lancé à ses fans : « Mes chansons sont à vous ».",
     "direct", "Mes chansons sont à vous", "Paul Roux", "a lancé"),
    ("« Ses films nous ont appris à rire », a réagi le ministre Paul Roux dans la soirée.",
     "direct", "Ses films nous ont appris à rire", "Paul Roux", "a réagi"),
    # « dans » a work, then a colon: the author's words
    ("L'autrice Léa Morel a écrit dans son livre : « J'ai tout perdu cette année-là. »",
     "direct", "J'ai tout perdu cette année-là.", "Léa Morel", "a écrit"),
    # capitalised marks after a work's noun that open on a finite verb: a predicate someone said
    ("Ses tubes « Ont marqué toute une génération », reconnaît le producteur Jean Dufresne.",
     "mixed", "Ses tubes « Ont marqué toute une génération »", "Jean Dufresne", "reconnaît"),
    ("Les livres « Ne sont pas des ennemis », a lancé la ministre Léa Fontaine devant les "
     "libraires.", "mixed", "Les livres « Ne sont pas des ennemis »", "Léa Fontaine", "a lancé"),
    ("Pour l'élue Anne Roy, ces chansons « Disent la colère de toute une région ».",
     "mixed", "ces chansons « Disent la colère de toute une région »", "Anne Roy", "Pour"),
    ("Pour la libraire Anne Roy, les livres « Ne mentent jamais à leurs lecteurs ».",
     "mixed", "les livres « Ne mentent jamais à leurs lecteurs »", "Anne Roy", "Pour"),
    # capitalised marks after a work's noun, then a comma and a cue: an incise, what was said
    ("Ses chansons « Des Lettres à ceux que j'aime », confie le chanteur Paul Roux.",
     "mixed", "Ses chansons « Des Lettres à ceux que j'aime »", "Paul Roux", "confie"),
    # capitalised marks after a preposition that is no « dans »
    ("Pour la ministre Léa Fontaine, il faut « Remettre l'école au centre du village ».",
     "mixed", "il faut « Remettre l'école au centre du village »", "Léa Fontaine", "Pour"),
]


@pytest.mark.parametrize(("text", "qtype", "said", "speaker", "cue"), SAID)
def test_marks_near_a_work_still_quote(nlp, text, qtype, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.cue.text if q.cue else None) == (qtype, speaker, cue)


# A work's title of five words or more (or with small letters, which the older « four
# capitalised words » name check leaves to this one), then a comma and a clause of its own
# or a cue whose verb is four words on (« , a-t-on appris », « , a-t-elle annoncé »): the
# incise check reads three words after the comma, no more, and the marks stay a title. Each
# row is what the extractor gives with that window, and a wider one must keep it: four words
# read broke ten of them (review of reread77). (text, None: no quote; else type, words said,
# speaker, cue)
FAR_AFTER_THE_COMMA = [
    # hearsay: no speaker, the clause said, the title in it
    ("Le cinéma Le Rex diffusera ses films « La Route du Nord sous la neige », a-t-on appris "
     "lundi.", ("indirect", "Le cinéma Le Rex diffusera ses films « La Route du Nord sous la "
                "neige »", None, "a-t-on appris")),
    ("La maison d'édition Verdier a retiré ses livres « Le Dernier Été de la famille Roux », "
     "a-t-on su hier.", None),
    ("Pourquoi la radio a-t-elle cessé de diffuser ses tubes « Soleil rouge sur la ville », "
     "a-t-on demandé au directeur.", ("indirect", "Pourquoi la radio a-t-elle cessé de diffuser "
                                      "ses tubes « Soleil rouge sur la ville »", None,
                                      "a-t-on demandé")),
    # a relative clause after the comma (« qu'il … », « dont … », « où … »): no quote
    ("L'écrivain Luc Morand a relu ses romans « La Grande Marée des souvenirs », qu'il a "
     "évoqués à la radio.", None),
    ("La réalisatrice Inès Garnier a restauré ses films « Les Saisons de la colère », dont elle "
     "a parlé jeudi à Cannes.", None),
    ("Le chanteur Hugo Ferrand a réenregistré ses albums « Terre brûlée sous le ciel », qu'il a "
     "présentés vendredi.", None),
    ("Le pianiste Yann Caradec a repris ses chansons « Le Bal des marins perdus », qu'il avait "
     "écrites à vingt ans.", None),
    ("La cinéaste Inès Garnier a tourné ses films « Les Saisons du pays natal », où elle a "
     "raconté son enfance.", None),
    # a clause of its own before the incise: the whole clause is what was said, by its speaker
    ("Le chanteur Hugo Ferrand a donné son dernier concert samedi. Les fans ont réclamé ses "
     "chansons « Rue des lilas en hiver », a-t-il constaté avec émotion.",
     ("indirect", "Les fans ont réclamé ses chansons « Rue des lilas en hiver »", "Hugo Ferrand",
      "a-t-il constaté")),
    ("La maison de disques a réédité ses albums « Onze heures avant le départ », a-t-elle "
     "annoncé mercredi.", ("indirect", "La maison de disques a réédité ses albums « Onze heures "
                           "avant le départ »", "maison de disques", "a-t-elle annoncé")),
    ("Le musée projettera ses films « La Traversée des grands lacs », a-t-il précisé dans un "
     "communiqué.", ("indirect", "Le musée projettera ses films « La Traversée des grands lacs »",
                     "musée", "a-t-il précisé")),
    ("Le maire de Vernac, Paul Roux, a rendu hommage au chanteur. Il a cité ses chansons « Le "
     "Temps des cerises rouges », a-t-il rappelé au conseil.",
     ("indirect", "Il a cité ses chansons « Le Temps des cerises rouges »", "Paul Roux",
      "a-t-il rappelé")),
    # a punctuation mark inside the three words: no incise of the marks (« , puis, dit-il, »
    # is the clause's), they stay a title (the span cut at « puis », « et »: an older flaw)
    ("Le chanteur Paul Roux a chanté ses tubes « La valse des lilas en hiver », puis, dit-il, il "
     "a pleuré.", ("indirect", "Le chanteur Paul Roux a chanté ses tubes « La valse des lilas en "
                   "hiver », puis", "Paul Roux", "dit-il")),
    ("Le romancier Luc Morand a relu ses romans « La plaine des oubliés », et, confie-t-il, il a "
     "tout réécrit.", ("indirect", "Le romancier Luc Morand a relu ses romans « La plaine des "
                       "oubliés », et", "Luc Morand", "confie-t-il")),
]


@pytest.mark.parametrize(("text", "given"), FAR_AFTER_THE_COMMA)
def test_a_title_before_a_far_or_interrupted_cue_stays_a_title(nlp, text, given):
    if given is None:
        assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []
        return
    qtype, said, speaker, cue = given
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.cue.text if q.cue else None) == (qtype, speaker, cue)
