"""Titles and nouns of standing (lexicon/standing_nouns.txt): nobility and royalty, clergy, a
player's place in a team head a role as role nouns do. Before a name the title is the role
(« la princesse Ilse a déclaré »); a description it heads stands for the person the article
names (« a ajouté la duchesse de Varne » after « Ilse Brandt »), never for a name of its own.
A title of a realm with a common noun after it is a figure of speech and no role
(« le prince des poètes », « la reine du bal », « le roi du pétrole »: attribute/standing.py).
"""

import pytest
from conftest import quotes_of

from quotes.attribute.batch import _given_name_of, _same_titled
from quotes.attribute.standing import figurative_title, historic_title
from quotes.lexicon import words
from quotes.model import Quote

# (entry, sentence, the quote's speaker, role, gender); one row an entry, invented names
STANDING = [
    ("prince", "« Le pays tiendra bon », a déclaré le prince Anselme lundi.",
     "Anselme", "prince", "male"),
    ("princesse", "Ilse Brandt a parlé mardi à Varne. « Je vais mieux », a ajouté la princesse "
     "de Norlande.", "Ilse Brandt", "princesse de Norlande", "female"),
    ("duc", "Le duc d'Arvelle, Gautier Lenoir, a ouvert le château. « Les visites reprendront "
     "en mai », a-t-il promis.", "Gautier Lenoir", "duc d'Arvelle", "male"),
    ("duchesse", "« Nous aiderons les sinistrés », a assuré la duchesse Mathilde.",
     "Mathilde", "duchesse", "female"),
    ("grand-duc", "« La frontière restera ouverte », a annoncé le grand-duc Henrik.",
     "Henrik", "grand-duc", "male"),
    ("grande-duchesse", "« Les soignants sont admirables », a déclaré la grande-duchesse "
     "Sibylle Hartmann.", "Sibylle Hartmann", "grande-duchesse", "female"),
    ("archiduc", "« L'Europe doit rester unie », avait déclaré l'archiduc Ferdinand.",
     "Ferdinand", "archiduc", "male"),
    ("archiduchesse", "« Je soutiens ce musée », a confié l'archiduchesse Adelheid Brunner.",
     "Adelheid Brunner", "archiduchesse", "female"),
    ("marquis", "« Cette vigne appartient à ma famille depuis trois siècles », raconte le marquis "
     "Aymeric.", "Aymeric", "marquis", "male"),
    ("marquise", "« Je ne céderai pas le parc », a prévenu la marquise Eléonore.",
     "Eléonore", "marquise", "female"),
    ("baron", "« La banque restera familiale », a affirmé le baron Edmond.",
     "Edmond", "baron", "male"),
    ("baronne", "« Ces œuvres appartiennent au pays », a estimé la baronne Clotilde.",
     "Clotilde", "baronne", "female"),
    ("infant", "« Je servirai mon pays », a déclaré l'infant Rodrigo.",
     "Rodrigo", "infant", "male"),
    ("infante", "« Ce prix honore toute l'équipe », a répondu l'infante Inés.",
     "Inés", "infante", "female"),
    ("émir", "« Le port sera agrandi », a annoncé l'émir du Qarastan, Khalil ben Saad.",
     "Khalil ben Saad", "émir du Qarastan", "male"),
    ("sultan", "« Le palais ouvrira ses portes », a déclaré le sultan Idris.",
     "Idris", "sultan", "male"),
    ("sultane", "« Les écoles seront gratuites », a promis la sultane Nadira.",
     "Nadira", "sultane", "female"),
    ("monarque", "Le roi Aldric a reçu Paul Vidal. « Le dialogue doit reprendre », a insisté le "
     "monarque.", "Aldric", "roi", "male"),
    ("imam", "L'imam de la mosquée de Brenac, Karim Haddad, a appelé au calme. « Nous sommes "
     "tous voisins », a-t-il dit.", "Karim Haddad", "imam de la mosquée de Brenac", "male"),
    ("rabbin", "« La synagogue restera ouverte », a indiqué le rabbin Élie Sarfati.",
     "Élie Sarfati", "rabbin", "male"),
    ("curé", "Le curé de Saint-Vran, Joseph Morvan, sonne les cloches. « Le clocher tiendra », "
     "assure-t-il.", "Joseph Morvan", "curé de Saint-Vran", "male"),
    ("nonce", "« Le Saint-Siège suit la situation », a déclaré le nonce Paolo Venturi.",
     "Paolo Venturi", "nonce", "male"),
    ("buteur", "« On a su rester calmes », a réagi le buteur Yanis Ferrand.",
     "Yanis Ferrand", "buteur", "male"),
    ("buteuse", "« L'équipe mérite ce titre », a déclaré la buteuse Lina Castel.",
     "Lina Castel", "buteuse", "female"),
    ("ailier", "« Je reste à Brenac », a confirmé l'ailier Théo Marchal.",
     "Théo Marchal", "ailier", "male"),
    ("demi-centre", "La demi-centre brenacoise Lina Castel a marqué quatre buts. « Je ne "
     "m'y attendais pas », a-t-elle dit.", "Lina Castel", "demi-centre brenacoise", "female"),
]


def test_every_entry_has_a_row():
    entries = [row[0] for row in STANDING]
    assert len(entries) == len(set(entries))
    assert set(entries) == set(words("standing_nouns"))


def _the_quote(nlp, text):
    said = text[text.index("«") + 1 : text.index("»")].strip()
    found = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert found, [q.span.text for q in quotes_of(nlp, text)]
    return found[0]


@pytest.mark.parametrize(("entry", "text", "name", "role", "gender"), STANDING,
                         ids=[row[0] for row in STANDING])
def test_a_title_of_standing_is_a_role(nlp, entry, text, name, role, gender):
    """Before a name, in apposition or alone, the title gives the person their role; the
    speaker is the person, never the title."""
    q = _the_quote(nlp, text)
    sp = q.speaker
    assert (sp.name, sp.role, sp.gender, sp.kind) == (name, role, gender, "person")


# (sentence, the quote's speaker, role, gender): a cue's subject headed by a title stands for the
# person the article names, by agreement, whatever the verb, tense or order
DESCRIBED = [
    ("Ilse Brandt a annoncé qu'elle était malade. « Je vais bien », a ajouté la princesse de "
     "Norlande.", "Ilse Brandt", "princesse de Norlande", "female"),
    ("La princesse Ilse, épouse de Karl, a annoncé qu'elle était malade. « Je vais bien », a "
     "ajouté la princesse de Norlande.", "Ilse", "princesse de Norlande", "female"),
    ("La princesse Ilse, épouse de Karl, a parlé lundi. « Je reprends des forces », a "
     "poursuivi la princesse de 38 ans.", "Ilse", "princesse", "female"),
    ("Gautier Lenoir hérite du domaine. Le duc de Varne l'a dit : « Je garderai les vignes ».",
     "Gautier Lenoir", "duc de Varne", "male"),
    ("La marquise Hortense Vidal a reçu la presse. « Le château sera restauré », "
     "assurait-elle.", "Hortense Vidal", "marquise", "female"),
]


@pytest.mark.parametrize(("text", "name", "role", "gender"), DESCRIBED)
def test_a_description_headed_by_a_title_is_the_named_person(nlp, text, name, role, gender):
    sp = _the_quote(nlp, text).speaker
    assert (sp.name, sp.role, sp.gender, sp.kind) == (name, role, gender, "person")


# near misses: (sentence, the quote's speaker, role); a title of a realm with a common noun after
# it, a title inside a place's name, a title no name stands for
NEAR = [
    ("Paul Vidal, le prince des poètes, a parlé. « Je pars », a-t-il déclaré.",
     "Paul Vidal", None),
    ("Léa Morin, la reine du bal, a souri. « Je danse », a-t-elle déclaré.", "Léa Morin", None),
    ("« Je vends tout », a déclaré Paul Vidal, le roi du pétrole.", "Paul Vidal", None),
    ("Marc Roux, le baron de la drogue, a été arrêté. « Je suis innocent », a-t-il lancé.",
     "Marc Roux", None),
    ("« Je danse encore », a déclaré la reine du bal.", None, None),
    ("Paul Vidal a joué au Parc des Princes. « Je reste », a-t-il déclaré.", "Paul Vidal", None),
    ("Anne Roy habite avenue de la Reine-Astrid. « Le bruit est insupportable », a-t-elle dit.",
     "Anne Roy", None),
    ("« Nous resterons unis », a déclaré le duc d'Arvelle lundi.", None, "duc d'Arvelle"),
    # « cure » (a course of treatment) is no « curé »
    ("Après la cure d'austérité, Paul Vidal a réagi. « C'est injuste », a-t-il déclaré.",
     "Paul Vidal", None),
    # « comté » (a county) is no « comte »
    ("« Les écoles fermeront », a annoncé le shérif du comté de Brenford, Bill Carter.",
     "Bill Carter", None),
]


@pytest.mark.parametrize(("text", "name", "role"), NEAR)
def test_no_role_from_a_figure_and_no_name_from_a_title(nlp, text, name, role):
    sp = _the_quote(nlp, text).speaker
    assert (sp.name, sp.role) == (name, role)


# a title of standing is one only written lowercase: capitalised, it is a given name, a surname
# or a place's name, and the name stays whole with the role of its apposition
CAPITALISED = [
    ("« Je reste à Brenac », a déclaré Prince Kouadio, l'attaquant du club.",
     "Prince Kouadio", "attaquant du club"),
    ("Prince Kouadio a marqué deux buts samedi. « Je reste à Brenac », a-t-il dit.",
     "Prince Kouadio", None),
    ("Marquis Johnson a marqué deux paniers. « On a bien joué », a-t-il dit.",
     "Marquis Johnson", None),
    ("« Je reste », a déclaré Baron, le maire de Dole.", "Baron", "maire de Dole"),
    ("« On a bien joué », a déclaré Prince, le meneur de l'équipe.", "Prince",
     "meneur de l'équipe"),
    # a pub: no « de Galles » with the role « Prince » (nor any role)
    ("« Nous fermons pour travaux », a annoncé le Prince de Galles dans un communiqué.",
     "Prince de Galles", None),
]


# a figure is read in the whole role phrase, with modifiers before or after the title; a
# religious office over a community written lowercase is an office
FIGURES = [
    ("Hugo Lemaire, un prince charmant selon ses fans, a chanté. « Je suis ému », a-t-il dit.",
     "Hugo Lemaire", None),
    ("Hugo Lemaire, un vrai prince charmant, a chanté. « Je suis ému », a-t-il dit.",
     "Hugo Lemaire", None),
    ("Lucas Petit, le prince charmant de la télé-réalité, a chanté. « Je suis ému », a-t-il dit.",
     "Lucas Petit", None),
    ("Marc Roux, présumé baron de la drogue, a été arrêté. « Je suis innocent », a-t-il lancé.",
     "Marc Roux", None),
    ("Marc Roux, le baron présumé de la drogue, a été arrêté. « Je suis innocent », a-t-il "
     "lancé.", "Marc Roux", None),
    ("Paul Vidal, le Baron noir de la série, a parlé. « Je suis ému », a-t-il dit.",
     "Paul Vidal", None),
    ("Le pape des coptes, Anba Mikhaïl, a appelé au calme. « Nous pardonnons », a-t-il déclaré.",
     "Anba Mikhaïl", "pape des coptes"),
    ("Le grand rabbin de France, David Lévy, a appelé au calme. « Nous pardonnons », a-t-il "
     "déclaré.", "David Lévy", "rabbin de France"),
]


@pytest.mark.parametrize(("text", "name", "role"), CAPITALISED + FIGURES)
def test_a_capitalised_title_is_a_name_and_a_figure_is_read_whole(nlp, text, name, role):
    sp = _the_quote(nlp, text).speaker
    assert (sp.name, sp.role) == (name, role)


# a title of the past, or a name made of one, is no one of the cast a pronoun stands for
# (lexicon/historic_titles.txt)
@pytest.mark.parametrize("subject", ["Le marquis de Sade", "Le roi de Navarre"])
def test_a_title_of_the_past_is_no_antecedent(nlp, subject):
    text = (f"{subject} a inspiré le metteur en scène Paul Vidal. « C'est un texte brûlant », "
            "a-t-il dit.")
    sp = _the_quote(nlp, text).speaker
    assert (sp.name, sp.role, sp.kind) == ("Paul Vidal", None, "person")


# nor one a description stands for: a title of the past or a figure of speech a cue gives is
# not the article's only named person (attribute/described.py)
@pytest.mark.parametrize("text", [
    "Paul Vidal a monté la pièce. « Le vice est une vertu », écrivait le marquis de Sade.",
    "Paul Vidal a monté la pièce. Selon le marquis de Sade, le vice est une vertu.",
    "Paul Vidal a monté la pièce. « Le trafic ne cessera jamais », a dit le baron de la drogue.",
    "Le roi de Navarre a inspiré le metteur en scène Paul Vidal. Selon le marquis de Sade, le "
    "vice est une vertu.",
])
def test_a_title_of_the_past_or_a_figure_is_no_description_of_the_named(nlp, text):
    sp = quotes_of(nlp, text)[-1].speaker
    assert sp.name != "Paul Vidal"


def test_a_description_is_no_one_beside_it_with_another_function(nlp):
    """« la princesse de Norlande » after « la réalisatrice Ilse Vogt, »: the subject of its
    own verb, not Ilse Vogt, whose function is another."""
    text = ("Dans une vidéo tournée par la réalisatrice Ilse Vogt, la princesse de Norlande "
            "explique qu'elle est malade.")
    q = next(q for q in quotes_of(nlp, text) if q.span.text == "elle est malade")
    assert (q.speaker.name, q.speaker.role) == (None, "princesse de Norlande")


@pytest.mark.parametrize(("role", "figure"), [
    ("prince des poètes", True), ("reine du bal", True), ("roi du pétrole", True),
    ("baron de la drogue", True), ("princesse de l'humour", True), ("reine d'un jour", True),
    ("princesse de Norlande", False), ("roi des Belges", False), ("duc d'Arvelle", False),
    ("duc de la Roche-Varne", False), ("princesse de 42 ans", False), ("prince héritier", False),
    ("princesse", False), ("maire de la commune", False), ("imam de la mosquée", False),
    ("vrai prince charmant", True), ("prince charmant de la télé-réalité", True),
    ("présumé baron de la drogue", True), ("baron présumé de la drogue", True),
    ("Baron noir de la série", True), ("ancien roi du pétrole", True),
    ("roi incontesté de la pop", True), ("pape des coptes", False),
    ("patriarche des orthodoxes", False), ("grand rabbin de France", False),
    ("princesse héritière de Norlande", False), ("princesse héritière de la couronne", False),
    ("princesse du 42e régiment", False),
])
def test_figurative_title(role, figure):
    assert figurative_title(role) is figure


@pytest.mark.parametrize(("phrase", "historic"), [
    ("le marquis de Sade", True), ("Le roi de Navarre", True), ("la marquise de Sévigné", True),
    ("le roi d'Aragon", True), ("le marquis de Varne", False), ("la princesse de Norlande", False),
    ("le roi", False),
])
def test_historic_title(phrase, historic):
    assert historic_title(phrase) is historic



# the batch: one article writes the given name after the title (« la princesse Ilse »), another
# the full name, for whom it takes « la princesse de Norlande »: its guess stands, with its role
STORY = [
    ("a1", "La princesse Ilse a annoncé être malade, au côté de son mari, le prince Karl "
     "Brandt.\n\nLa princesse Ilse a parlé dans une vidéo. « Je vais bien et je reprends des "
     "forces chaque jour », a ajouté la princesse de Norlande. « Il nous a fallu du temps pour "
     "tout expliquer à Lukas, Mia et Jonas », a-t-elle dit.\n"),
    ("a2", "Dans une vidéo, Ilse Brandt explique qu'elle est malade. Son mari, le prince Karl "
     "Brandt, la soutient.\n\nIlse Brandt raconte qu'elle a eu besoin de temps. « Je vais bien "
     "et je reprends des forces chaque jour », poursuit la princesse de Norlande. « Il nous a "
     "fallu du temps pour tout expliquer à Lukas, Mia et Jonas », a-t-elle ajouté.\n"),
]


def test_a_guess_stays_with_the_full_name_whose_given_name_another_article_writes(nlp):
    from quotes.api import Extractor, group_batch
    from quotes.model import Article, Named

    named: dict[str, list[Named]] = {}
    records = list(Extractor(nlp=nlp).records([Article(i, t) for i, t in STORY], named=named))
    quotes = [q for q in group_batch(records, named=named)[0] if isinstance(q, Quote)]
    theirs = {(q.article.id, q.speaker.name, q.speaker.role) for q in quotes}
    assert theirs == {("a1", "Ilse", "princesse de Norlande"),
                      ("a2", "Ilse Brandt", "princesse de Norlande")}


def _batch(nlp, story):
    from quotes.api import Extractor, group_batch
    from quotes.model import Article, Named

    named: dict[str, list[Named]] = {}
    records = list(Extractor(nlp=nlp).records([Article(i, t) for i, t in story], named=named))
    quotes = [q for q in group_batch(records, named=named)[0] if isinstance(q, Quote)]
    return {(q.article.id, q.span.text[:12], q.speaker.name, q.speaker.role) for q in quotes}


# another person of the same given name, whom her article gives another function: the queen
# of the other article speaks, not the filmmaker
QUEEN = ("La reine Ilse a annoncé être malade, au côté de son mari, le roi Karl.\n\nLa reine Ilse "
         "a parlé dans une vidéo. « Je vais bien et je reprends des forces chaque jour », a "
         "ajouté la reine de Norlande. « Il nous a fallu du temps pour tout expliquer aux "
         "enfants », a-t-elle dit.\n")
FILMMAKER = ("La réalisatrice Ilse Vogt a filmé la malade pendant un an, pour un documentaire."
             "\n\nIlse Vogt raconte qu'elle a eu besoin de temps. « Je vais bien et je reprends "
             "des forces chaque jour », poursuit la reine de Norlande. « Il nous a fallu du temps "
             "pour tout expliquer aux enfants », a-t-elle ajouté.\n")


def test_a_guess_is_overturned_for_one_with_another_function(nlp):
    theirs = _batch(nlp, [("h1", QUEEN), ("h2", FILMMAKER)])
    assert {t for t in theirs if t[0] == "h2"} == {
        ("h2", "elle a eu be", "Ilse Vogt", "réalisatrice"),
        ("h2", "Je vais bien", "Ilse", "reine de Norlande"),
        ("h2", "Il nous a fa", "Ilse", "reine de Norlande"),
    }


# the king's given name after « le roi » in one article, the full name the other takes « le roi
# de Norlande » for, with no other function: the same title noun, the same person
KING = [
    ("k1", "Le roi Karl a reçu les élus lundi au palais de Varne.\n\nLe roi Karl a parlé "
     "longuement. « Le dialogue doit reprendre entre tous les partis du pays », a insisté le roi "
     "de Norlande. « Je ne me résigne pas », a-t-il ajouté.\n"),
    ("k2", "Karl Olsen a accueilli les élus lundi au palais de Varne.\n\nKarl Olsen raconte une "
     "longue journée. « Le dialogue doit reprendre entre tous les partis du pays », a insisté "
     "le roi de Norlande. « Je ne me résigne pas », a-t-il ajouté.\n"),
]


def test_a_guess_stands_for_the_same_title_noun(nlp):
    theirs = _batch(nlp, KING)
    assert {t for t in theirs if t[0] == "k2"} == {
        ("k2", "Le dialogue ", "Karl Olsen", "roi de Norlande"),
        ("k2", "Je ne me rés", "Karl Olsen", "roi de Norlande"),
    }


@pytest.mark.parametrize(("name", "full", "given"), [
    ("Ilse", "Ilse Brandt", True), ("ilse", "Ilse Brandt", True), ("Ilse", "Ilse", False),
    ("Brandt", "Ilse Brandt", False), ("Ilse Brandt", "Ilse Brandt Vogt", False),
])
def test_given_name_of(name, full, given):
    assert _given_name_of(name, full) is given


_QUEEN = {"Ilse": {("reine", "h1")}}


@pytest.mark.parametrize(("holders", "sexes", "same"), [
    (_QUEEN, {}, True),  # the title noun is the description's
    ({"Ilse": {("réalisatrice", "h1")}}, {}, False),  # a given name after another noun
    ({**_QUEEN, "Ilse Vogt": {("réalisatrice", "h2")}}, {}, False),  # another function here
    ({**_QUEEN, "Ilse Vogt": {("reine de Norlande", "h2")}}, {}, True),  # the description's own
    (_QUEEN, {"ilse": {"f"}, "ilse vogt": {"m"}}, False),  # genders disagree
    (_QUEEN, {"ilse": {"f"}, "ilse vogt": {"f"}}, True),
])
def test_same_titled(holders, sexes, same):
    assert _same_titled("Ilse", "Ilse Vogt", "reine de Norlande", "h2", holders, sexes) is same


# lexicon/title_figures.txt: one row an entry, with modifiers around it; near misses keep the
# title a function
TITLE_FIGURES = [
    ("prince charmant", "un vrai prince charmant de la chanson", True),
    ("princesse charmante", "la princesse charmante des plateaux", True),
    # after another realm title, which the complement rule reads alone
    ("baron de la drogue", "prince déchu devenu baron de la drogue", True),
    ("baronne de la drogue", "reine déchue devenue baronne de la drogue", True),
]
# lexicon/realm_offices.txt: the realm's own office after the title, no figure
REALM_OFFICES = [
    ("couronne", "princesse héritière de la couronne", False),
    ("trône", "prince héritier du trône", False),
]
# « office » entries of lexicon/sovereign_titles.txt: no realm title, so no figure
OFFICES = [
    ("pape", "pape des coptes", False),
    ("saint", "saint patron des marins", False),
    ("sainte", "sainte patronne des musiciens", False),
]


@pytest.mark.parametrize(("entry", "role", "figure"), TITLE_FIGURES + REALM_OFFICES + OFFICES,
                         ids=[row[0] for row in TITLE_FIGURES + REALM_OFFICES + OFFICES])
def test_each_listed_figure_office_and_complement(entry, role, figure):
    assert entry in role and figurative_title(role) is figure


@pytest.mark.parametrize(("role", "figure"), [
    ("prince du charme", True),  # a common noun after the title, no listed figure
    ("princesse de la couronne du bal", False),  # the office's noun opens the complement
    ("reine de la couronne", False), ("roi de la pâtisserie", True),
    ("prince charmeur", False),  # no listed figure, no complement
    ("baronne présumée de la drogue", True),  # a common noun after « de »: no entry needed
])
def test_listed_figures_near_misses(role, figure):
    assert figurative_title(role) is figure


def test_every_figure_office_and_complement_has_a_row():
    from quotes.lexicon import marked

    assert {r[0] for r in TITLE_FIGURES} == set(words("title_figures"))
    assert {r[0] for r in REALM_OFFICES} == set(words("realm_offices"))
    assert {r[0] for r in OFFICES} == set(marked("sovereign_titles", "office"))


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Léa Morin, la princesse charmante des plateaux, a souri. « Je danse », a-t-elle déclaré.",
     "Léa Morin", None),
    ("« Je suis innocente », a lancé Nina Roux, baronne présumée de la drogue.", "Nina Roux",
     None),
    ("« Le royaume restera uni », a déclaré Karl Olsen, prince héritier du trône.", "Karl Olsen",
     "prince héritier du trône"),
    # a figure after another title: no role cut out of it (« prince », « roi »)
    ("« Je ne regrette rien », a déclaré Rafael Ortiz, prince déchu devenu baron de la drogue, "
     "devant le tribunal de Bogota.", "Rafael Ortiz", None),
    ("« Je n'ai jamais vendu de cocaïne », a affirmé Diego Salas, roi déchu et baron de la "
     "drogue, lundi à Medellín.", "Diego Salas", None),
])
def test_listed_figures_in_sentences(nlp, text, name, role):
    sp = _the_quote(nlp, text).speaker
    assert (sp.name, sp.role) == (name, role)
