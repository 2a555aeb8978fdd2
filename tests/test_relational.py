"""A relational noun as a role (attribute/relational.py; lexicon/relational_nouns.txt): « son
homologue français » gives way to a function the article gives the same person, else to one
another article of the batch gives; alone, it is the role (GUIDELINES « Roles, as a
function »). Made-up sentences."""

import pytest
from conftest import quote_said
from test_batch_spellings import batch

from quotes.attribute.relational import relational

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


@pytest.mark.parametrize(("texts", "said", "speaker", "role"), IN_BATCH)
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
    ("président de l'association des collègues", False),
    ("chef de la diplomatie", False),
    ("", False),
    (None, False),
])
def test_relational_reads_the_head_noun(role, is_one):
    assert relational(role) is is_one
