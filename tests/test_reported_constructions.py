"""Reported speech found where it is, its words ending where the speaker's end: locutions
(« faire état de »), « parler de » and an indefinite noun phrase holding
marks, a call for a series (« appeler à … , à … »), another's intent (« l'intention du parti
de … »), a relative's verb the tagger read as a noun (« qui juge … »), « Pour X » after a
subordinate conjunction, « dixit », a cue nested in another cue's words, and a gerund's
« tout » (``detect.preposed``, ``detect.topics``, ``detect.nested``, ``detect.frames``,
``detect.pour``, ``detect.cues``; lexicon/reporting_verbs.tsv)."""

import pytest
from conftest import beside_its_own_quote, found_quotes, quote_said

FOUND = [
    # (text, the words said, the speaker, the cue's text)
    # « faire état de » + an object holding marks (lexicon: faire_état), tenses and orders
    ("Dans la région de Vernac, la Croix-Verte a fait état d'un bilan « très lourd ».",
     "un bilan « très lourd »", "Croix-Verte", "a fait état"),
    ("Faisant état d'une « situation préoccupante », la ministre Jeanne Mirel a réuni les "
     "directeurs d'hôpitaux.", "une « situation préoccupante »", "Jeanne Mirel", "Faisant état"),
    ("Sur la côte, le préfet Marc Olivan fait état de « dégâts considérables ».",
     "« dégâts considérables »", "Marc Olivan", "fait état"),
    # « parler de » + an indefinite phrase holding marks, words of the narrator after it
    ("Le syndicaliste Paul Verdan parle d'un « plan social » qui toucherait mille postes.",
     "un « plan social »", "Paul Verdan", "parle"),
    ("Le journal Le Courrier parle d'un « plan social » (PSE) qui toucherait mille postes.",
     "un « plan social »", "Le Courrier", "parle"),
    ("La juge Anne Roblet a notamment parlé d'une colère liée à une remarque qu'il aurait "
     "reçue au club « alors qu'il jouait ».",
     "une colère liée à une remarque qu'il aurait reçue au club « alors qu'il jouait »",
     "Anne Roblet", "a notamment parlé"),
    ("Le procureur Marc Olivan a cité une « passion pour le feu », parlant d'un homme qui "
     "« sort peu » mais qui « lit beaucoup ».",
     "un homme qui « sort peu » mais qui « lit beaucoup »", "Marc Olivan", "parlant"),
    ("La juge Anne Roblet a cité une « passion pour le feu », parlant d'un jeune qui « lit peu "
     "les journaux » mais qui « apparaît en perte de repères ».",
     "un jeune qui « lit peu les journaux » mais qui « apparaît en perte de repères »",
     "Anne Roblet", "parlant"),
    # « appeler à » + a noun phrase opening a series of calls with infinitives
    ("Les syndicats de l'usine Vorta de Lorval réagissent au départ du directeur. Ils appellent "
     "à la vigilance pour garder les emplois en France, à investir dans la recherche et à "
     "améliorer le dialogue social.",
     "la vigilance pour garder les emplois en France, à investir dans la recherche et à "
     "améliorer le dialogue social", "syndicats de l'usine Vorta de Lorval", "appellent"),
    ("L'association Terre Vive appelait à la prudence, à limiter les trajets et à rester "
     "informé.", "la prudence, à limiter les trajets et à rester informé",
     "Terre Vive", "appelait"),
    # another's intent: the infinitive is reported
    ("Jeanne Mirel a immédiatement indiqué l'intention du Mouvement rural de déposer sa propre "
     "motion.", "déposer sa propre motion", "Jeanne Mirel", "a immédiatement indiqué"),
    ("Le maire Paul Verdan a annoncé la décision du conseil de fermer la piscine.",
     "fermer la piscine", "Paul Verdan", "a annoncé"),
    # a relative's verb the tagger reads as a noun (« qui juge »)
    ("Une phrase qui a choqué la ministre des Sports, Anne Roblet, qui juge son discours "
     "« ingrat et injuste ».", "son discours « ingrat et injuste »", "Anne Roblet", "juge"),
    # « Pour X » after a subordinate conjunction; a noun a name follows
    ("« C'est un grand jour pour la ville », a salué le maire de Vernac Paul Verdan, tandis "
     "que pour son homologue de Lorval, Anne Roblet, « rien n'est joué ».",
     "rien n'est joué", "Anne Roblet", "pour"),
    ("« Le pari est gagné », a lancé la directrice Anne Roblet, alors que pour son adjoint "
     "Marc Olivan, « tout reste à faire ».", "tout reste à faire", "Marc Olivan", "pour"),
    ("Pour son collègue Marc Olivan, la crise chez Bricoval s'explique par les erreurs des "
     "directions successives.",
     "la crise chez Bricoval s'explique par les erreurs des directions successives",
     "Marc Olivan", "Pour"),
    ("« C'est historique pour Vorta », a salué le directeur Paul Verdan, tandis que pour son "
     "homologue du Centre lorvalien d'études (Cele) lorvalien, Anne Roblet, « l'Europe est de "
     "retour ».", "l'Europe est de retour", "Anne Roblet", "pour"),
    # « dixit » after the words
    ("« Nous ne lâcherons rien », dixit Paul Verdan.", "Nous ne lâcherons rien", "Paul Verdan",
     "dixit"),
    ("Le projet est enterré, dixit le ministre Marc Olivan.", "Le projet est enterré",
     "Marc Olivan", "dixit"),
    # « se justifier » after the words: reflexive, still a cue
    ("« Nous n'avions pas le choix », se justifiait la directrice Anne Roblet.",
     "Nous n'avions pas le choix", "Anne Roblet", "se justifiait"),
    # a cue nested in another's que-clause is part of its words
    ("Paul Verdan, délégué du syndicat Sud-Fer, a déclaré mardi qu'entre « 60 et 80 % » des "
     "agents auraient déjà déclaré faire grève ce week-end.",
     "entre « 60 et 80 % » des agents auraient déjà déclaré faire grève ce week-end",
     "Paul Verdan", "a déclaré"),
    ("La présidente Anne Roblet déclare ce lundi que le ministre a tort d'accuser "
     "l'association de « sabotage ».",
     "le ministre a tort d'accuser l'association de « sabotage »", "Anne Roblet", "déclare"),
    # a que-clause before a postposed cue: all of it the postposed speaker's
    ("Le suspect de 17 ans a indiqué aux policiers qu'il voulait frapper un gardien, « n'importe "
     "lequel », a déclaré jeudi la procureure de Vernac Anne Roblet.",
     "Le suspect de 17 ans a indiqué aux policiers qu'il voulait frapper un gardien, « n'importe "
     "lequel »", "Anne Roblet", "a déclaré"),
    # a gerund with « tout »: its own record, the clause before ends before « tout »
    ("Le sénateur Paul Verdan s'est dit soulagé d'apprendre que la ministre allait bien tout en "
     "dénonçant de « telles violences ».", "de « telles violences »", "Paul Verdan",
     "en dénonçant"),
    ("Le sénateur Paul Verdan s'est dit soulagé d'apprendre que la ministre allait bien tout en "
     "dénonçant de « telles violences ».", "soulagé d'apprendre que la ministre allait bien",
     "Paul Verdan", "s'est dit"),
    ("La présidente Anne Roblet a affirmé que la réforme passerait, tout en dénonçant une "
     "« méthode brutale ».", "la réforme passerait", "Anne Roblet", "a affirmé"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), FOUND)
def test_reported_words_are_found_with_their_speaker(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.cue.text if q.cue else None) == (speaker, cue)


NOT_SAID = [
    # the locution with no marks: an act, no words
    "Le club a fait état de sa situation financière.",
    # « parler de » with no marks, a definite topic, a thing speaking, marks outside the phrase
    "Paul Verdan a parlé de la situation du club avec ses joueurs.",
    "Paul Verdan parle du projet « Horizon » qui doit aboutir.",
    "Le film parle d'une « guerre oubliée » qui a marqué le pays.",
    "Paul Verdan parle d'un projet avec ses « amis ».",
    # a call for an act alone, or a series of places
    "Les syndicats appellent à la mobilisation des agents.",
    "La CGT appelle à la grève le 17 février, à Paris et à Lyon.",
    # an intention with no infinitive; a noun after de
    "Le maire a rappelé la volonté de la ville de Vernac.",
    # « Pour » that holds no view: a time, a purpose, a name after « de »
    "Pour la première fois, la ville de Vernac a dépassé dix mille habitants.",
    "Le maire a parlé longtemps, tandis que pour la première fois, la salle était pleine.",
    "Pour l'anniversaire de Paul Verdan, la ville de Vernac a organisé une fête.",
    # « se justifier » of a thing, « juger » as a noun
    "Cette dépense se justifie par la hausse des prix.",
    "Le juge qui juge cette affaire est arrivé.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_near_misses_report_nothing(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


KEPT_APART = [
    # (text, the two records' words): coordinated main clauses, a gerund, another sentence
    ("Paul Verdan a dit que le projet était mort, et Anne Roblet a estimé qu'il fallait "
     "recommencer.", ["le projet était mort", "il fallait recommencer"]),
    ("Anne Roblet a dit qu'elle partirait. « Nous tiendrons », a dit Paul Verdan.",
     ["elle partirait", "Nous tiendrons"]),
    ("Le préfet Marc Olivan affirme qu'il n'existe aucun « danger » et appelle à ne « pas "
     "paniquer ».", ["il n'existe aucun « danger »", "ne « pas paniquer »"]),
    # an infinitive after « avant de »: the speaker's next act
    ("Le maire Paul Verdan a promis de rouvrir la piscine, avant d'ajouter qu'il serait "
     "candidat.", ["rouvrir la piscine", "il serait candidat"]),

]


@pytest.mark.parametrize(("text", "words"), KEPT_APART)
def test_cues_of_their_own_stay_records(nlp, text, words):
    assert [q.span.text for q in found_quotes(nlp, text)] == words
