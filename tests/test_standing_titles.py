"""Titles and nouns of standing (lexicon/standing_nouns.txt): nobility and royalty, clergy, a
player's place in a team head a role as role nouns do. Before a name the title is the role
(« la princesse Ilse a déclaré »); a description it heads stands for the person the article
names (« a ajouté la duchesse de Varne » after « Ilse Brandt »), never for a name of its own.
A title of a realm with a common noun after it is a figure of speech and no role
(« le prince des poètes », « la reine du bal », « le roi du pétrole »: attribute/standing.py).
"""

import pytest
from conftest import quotes_of

from quotes.attribute.standing import figurative_title
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


@pytest.mark.parametrize(("role", "figure"), [
    ("prince des poètes", True), ("reine du bal", True), ("roi du pétrole", True),
    ("baron de la drogue", True), ("princesse de l'humour", True), ("reine d'un jour", True),
    ("princesse de Norlande", False), ("roi des Belges", False), ("duc d'Arvelle", False),
    ("duc de la Roche-Varne", False), ("princesse de 42 ans", False), ("prince héritier", False),
    ("princesse", False), ("maire de la commune", False), ("imam de la mosquée", False),
])
def test_figurative_title(role, figure):
    assert figurative_title(role) is figure



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
