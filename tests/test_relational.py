"""A relational noun as a role (attribute/relational.py; lexicon/relational_nouns.txt): « son
homologue français » gives way to a function the article gives the same person, else to one
another article of the batch gives; alone, it is the role (GUIDELINES « Roles, as a
function »). Made-up sentences."""

from dataclasses import replace

import pytest
from conftest import quote_said
from test_batch_spellings import batch
from test_grouping import rec

from quotes.attribute.batch import link_batch
from quotes.attribute.relational import relational
from quotes.model import Span

# (text, words said, speaker, role): one article
IN_ARTICLE = [
    # fire: the function the article gives him, given before the relational noun
    ("Paul Morel, ministre des Affaires étrangères, est arrivé à Vernac. Anne Roy a reçu son "
     "homologue français, Paul Morel. « Nous avancerons ensemble », a dit Paul Morel.",
     "Nous avancerons ensemble", "Paul Morel", "ministre des Affaires étrangères"),
    # fire: the function the article gives her after the quote
    ("Paul Morel a salué son homologue allemande, Anne Roy. « Le texte est prêt », a dit "
     "Anne Roy. Anne Roy, ministre de l'Industrie, a quitté la salle.",
     "Le texte est prêt", "Anne Roy", "ministre de l'Industrie"),
    # fire: a relational noun past « ancien » (« son ancien homologue allemand ») gives way too
    ("Son ancien homologue allemand, Karl Weber, a réagi. « Il a eu tort », a dit Karl Weber. "
     "Karl Weber, consultant à Berlin, ne cache rien.", "Il a eu tort", "Karl Weber",
     "consultant à Berlin"),
    # fire: past a bare « ex » as past « ex- » (« son ex homologue allemand »): before
    # 6a61c41a the bare « ex » was the head, no relational noun, and « ex homologue
    # allemand » stayed his role
    ("Son ex homologue allemand, Karl Weber, a réagi. « Il a eu tort », a dit Karl Weber. "
     "Karl Weber, consultant à Berlin, ne cache rien.", "Il a eu tort", "Karl Weber",
     "consultant à Berlin"),
    # fire: the quote's own mention, relational, gives way to a function given after it
    # (shown.role_at: « own = None if … »)
    ("« Le texte est prêt », a dit son homologue allemande, Anne Roy. Anne Roy, avocate, a "
     "quitté la salle.", "Le texte est prêt", "Anne Roy", "avocate"),
    # must not: an office that is over is no function held: the relational noun, his now, stays
    # (GUIDELINES « A record is no role »: the function the article gives now)
    ("Karl Weber, ministre allemand des Finances, a reçu Paul Morel. Son homologue français, "
     "Paul Morel, a répondu. « Nous verrons », a dit Paul Morel. Paul Morel, ancien ministre "
     "de l'Agriculture, connaît le dossier.", "Nous verrons", "Paul Morel", "homologue français"),
    # must not: the relational noun alone is the role
    ("Anne Roy a reçu son homologue français, Paul Morel. « Nous avancerons ensemble », a dit "
     "Paul Morel.", "Nous avancerons ensemble", "Paul Morel", "homologue français"),
    # must not: the function is the other person's, the relational noun his
    ("Paul Morel, ministre de l'Intérieur, a reçu son homologue belge, Luc Roux. « Nous "
     "coopérerons », a dit Luc Roux.", "Nous coopérerons", "Luc Roux", "homologue belge"),
    # must not: a function named after a relational complement is a function
    ("Paul Morel, président de l'association des collègues retraités, a parlé. « Nous "
     "resterons unis », a-t-il dit.", "Nous resterons unis", "Paul Morel",
     "président de l'association des collègues retraités"),
    # must not: a function closest before the quote stays, whatever follows it
    ("Paul Morel, ministre des Affaires étrangères, a parlé. « Nous avancerons », a-t-il dit. "
     "Anne Roy a reçu ensuite son homologue, Paul Morel.",
     "Nous avancerons", "Paul Morel", "ministre des Affaires étrangères"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), IN_ARTICLE)
def test_a_relational_noun_gives_way_to_a_function_of_the_article(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)


# (articles, words said, speaker, role): the second article's quote, read as one batch
IN_BATCH = [
    # fire: another article gives him a function
    (("Le chef de la diplomatie française, Paul Morel, a reçu Anne Roy à Vernac. « Nous "
      "parlerons d'abord de l'Europe », a déclaré Paul Morel.",
      "Anne Roy a rencontré son homologue français, Paul Morel, à Vernac. « La relation entre "
      "nos pays est un trésor », a dit Paul Morel."),
     "La relation entre nos pays est un trésor", "Paul Morel",
     "chef de la diplomatie française"),
    # fire: the article's other quote gives him only a relational noun (« a dit son
    # homologue »): another article's function still comes (``offered``, M8)
    (("Paul Morel, ministre de l'Économie, a présenté le budget. « Les comptes seront tenus », "
      "a-t-il dit.",
      "Anne Roy a reçu son homologue, Paul Morel. « Nous reparlerons du budget », a dit son "
      "homologue. « Le budget est prêt », a dit Paul Morel."),
     "Le budget est prêt", "Paul Morel", "ministre de l'Économie"),
    # must not: the other article gives him a relational noun too, no function
    (("Luc Roux a reçu son homologue, Paul Morel, à Vernac. « Nous parlerons d'abord de "
      "l'Europe », a déclaré Paul Morel.",
      "Anne Roy a rencontré son homologue français, Paul Morel, à Vernac. « La relation entre "
      "nos pays est un trésor », a dit Paul Morel."),
     "La relation entre nos pays est un trésor", "Paul Morel", "homologue français"),
    # must not: the function the other article gives is another person's
    (("Le chef de la diplomatie belge, Luc Roux, a reçu Anne Roy à Vernac. « Nous parlerons "
      "d'abord de l'Europe », a déclaré Luc Roux.",
      "Anne Roy a rencontré son homologue français, Paul Morel, à Vernac. « La relation entre "
      "nos pays est un trésor », a dit Paul Morel."),
     "La relation entre nos pays est un trésor", "Paul Morel", "homologue français"),
    # must not: another article's relational noun is never lent to a speaker given no role
    (("Anne Roy a rencontré son homologue français, Paul Morel, à Vernac. « Nous parlerons "
      "d'abord de l'Europe », a déclaré Paul Morel.",
      "Paul Morel est arrivé à Vernac lundi. « La relation entre nos pays est un trésor », a "
      "dit Paul Morel."),
     "La relation entre nos pays est un trésor", "Paul Morel", None),
    # must not: a function of the article itself is not replaced by another article's
    (("Le chef de la diplomatie française, Paul Morel, a reçu Anne Roy à Vernac. « Nous "
      "parlerons d'abord de l'Europe », a déclaré Paul Morel.",
      "Paul Morel, ministre français, a rencontré Anne Roy à Vernac. « La relation entre nos "
      "pays est un trésor », a dit Paul Morel."),
     "La relation entre nos pays est un trésor", "Paul Morel", "ministre français"),
]


# a namesake: the baker of another article is not the minister « son homologue français » says
# (GUIDELINES: the role is the function the person holds; another article's namesake lends
# none), but the batch cannot tell them apart: it lends « boulanger à Vernac »
NAMESAKE = pytest.param(
    ("Paul Morel, boulanger à Vernac, a fermé sa boutique. « Je suis épuisé », a-t-il dit.",
     "Karl Weber, ministre allemand, a reçu son homologue français, Paul Morel. « Nous devons "
     "avancer », a dit Paul Morel."),
    "Nous devons avancer", "Paul Morel", "homologue français",
    marks=pytest.mark.xfail(strict=True, reason="a namesake's function in another article is "
                            "lent over a relational noun: the batch does not tell namesakes "
                            "apart"))


@pytest.mark.parametrize(("texts", "said", "speaker", "role"), [*IN_BATCH, NAMESAKE])
def test_a_relational_noun_gives_way_to_a_function_of_the_batch(nlp, texts, said, speaker, role):
    quotes = batch(nlp, texts)["a2"]
    found = [q for q in quotes if q.span.text == said]
    assert found, [q.span.text for q in quotes]
    assert (found[0].speaker.name, found[0].speaker.role) == (speaker, role)


@pytest.mark.parametrize(("role", "is_one"), [
    ("homologue français", True),
    ("collègues de l'Industrie", True),
    ("successeure désignée", True),
    ("prédécesseur", True),
    ("ancien homologue allemand", True),
    ("ancienne collègue", True),
    ("ex-collègue de Paul Morel", True),
    ("nouveau successeur", True),
    ("nouvelle consœur", True),
    ("ancien ministre", False),
    ("nouveau président", False),
    ("président de l'association des collègues", False),
    ("chef de la diplomatie", False),
    ("", False),
    (None, False),
])
def test_relational_reads_the_head_noun(role, is_one):
    assert relational(role) is is_one


def said(qid, article, speaker, start, role=None, roles=()):
    """A quote at ``start`` showing ``role``, its record giving ``roles`` (text, start)."""
    q = rec(qid, article, f"Propos {qid}", speaker=speaker, start=start)
    spans = tuple(Span(a, a + len(r), r) for r, a in roles)
    return replace(q, speaker=replace(q.speaker, role=role, roles=spans))


def test_a_relational_noun_shown_is_kept_over_one_the_articles_other_quotes_give():
    """A relational noun the quote shows, its record giving none, stays as it is when the
    article's other quotes give only another relational noun and no article a function: no
    own-role note (batch.link_batch, eb5fce59)."""
    out = link_batch([said("q-1", "a1", "Paul Roux", 100, "homologue", [("homologue", 40)]),
                      said("q-2", "a1", "Paul Roux", 600, "homologue français"),
                      said("q-3", "a2", "Anne Roy", 80, "maire de Vitrac",
                           [("maire de Vitrac", 10)])])
    assert out[1].speaker.role == "homologue français"
    assert "own-role" not in out[1].evidence


def test_a_relational_noun_of_the_articles_other_quotes_gives_way_to_another_articles_function():
    """The article's other quotes give only a relational noun: another article's function
    comes, not it (batch.link_batch ``offered``)."""
    out = link_batch([said("q-1", "a1", "Paul Roux", 100, "homologue", [("homologue", 40)]),
                      said("q-2", "a1", "Paul Roux", 600),
                      said("q-3", "a2", "Paul Roux", 80, "ministre de l'Économie",
                           [("ministre de l'Économie", 10)])])
    assert out[1].speaker.role == "ministre de l'Économie"
    assert "own-role" not in out[1].evidence and "batch-role:a2" in out[1].evidence
