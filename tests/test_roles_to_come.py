"""A role still to come is not a held role (attribute/role_title.py ``_becoming_before`` and
``_to_come``: « pour devenir la Première ministre, X »); « allait devenir » in a past narrative
says what the name became, a role held. Made-up sentences."""

import pytest
from conftest import quote_said

from quotes.attribute.role_title import _becoming_before
from quotes.attribute.roles import role_near

# (text, words said, speaker, role)
TO_COME = [
    # fire: the title after a verb of becoming not yet done is what the name may become
    ("En bonne place pour devenir la présidente du Sénat, Anne Morel, une Niçoise de 52 ans, a "
     "parlé. « Nous gouvernerons pour tous », a-t-elle dit.",
     "Nous gouvernerons pour tous", "Anne Morel", None),
    ("En passe de devenir la prochaine présidente du Sénat, Anne Morel, 52 ans, a promis "
     "l'unité. « Nous gouvernerons pour tous », a-t-elle dit.",
     "Nous gouvernerons pour tous", "Anne Morel", None),
    # fire: the role she holds, given before, is hers
    ("Sa dirigeante Anne Morel a parlé. En bonne place pour devenir la présidente du Sénat, "
     "Anne Morel, une Niçoise de 52 ans, a promis l'unité. « Nous gouvernerons pour tous », "
     "a-t-elle dit.", "Nous gouvernerons pour tous", "Anne Morel", "dirigeante"),
    # must not: done, the role is held (« devenue », « élue »)
    ("Devenue présidente du Sénat, Anne Morel a promis l'unité. « Nous gouvernerons pour "
     "tous », a-t-elle dit.", "Nous gouvernerons pour tous", "Anne Morel", "présidente du Sénat"),
    ("Anne Morel, élue présidente du Sénat, a promis l'unité. « Nous gouvernerons pour tous », "
     "a-t-elle dit.", "Nous gouvernerons pour tous", "Anne Morel", "présidente du Sénat"),
    ("Anne Morel, qui devrait rester ministre de la Santé, a promis l'unité. « Nous "
     "gouvernerons pour tous », a-t-elle dit.",
     "Nous gouvernerons pour tous", "Anne Morel", None),
    # must not: « rester » is no verb of becoming, the title after it is held (the row above
    # has no role either way)
    ("Celle qui devrait rester la présidente du Sénat, Anne Morel, a parlé. « Nous gouvernerons "
     "pour tous », a déclaré Anne Morel.", "Nous gouvernerons pour tous", "Anne Morel",
     "présidente du Sénat"),
    # must not: a title after another verb is the name's (« a salué la ministre X »)
    ("Paul Roux a salué la ministre de la Santé, Anne Morel. « Nous gouvernerons pour tous », "
     "a déclaré Anne Morel.", "Nous gouvernerons pour tous", "Anne Morel", "ministre de la Santé"),
    # fire: the future and the conditional are not yet done (« deviendra », « deviendrait »)
    ("Celle qui deviendra la présidente du Sénat, Anne Morel, a parlé. « Nous gouvernerons pour "
     "tous », a déclaré Anne Morel.", "Nous gouvernerons pour tous", "Anne Morel", None),
    ("Celle qui deviendrait la présidente du Sénat, Anne Morel, a parlé. « Nous gouvernerons "
     "pour tous », a déclaré Anne Morel.", "Nous gouvernerons pour tous", "Anne Morel", None),
    ("Celle qui va devenir la présidente du Sénat, Anne Morel, a parlé. « Nous gouvernerons "
     "pour tous », a déclaré Anne Morel.", "Nous gouvernerons pour tous", "Anne Morel", None),
    # fire: adjectives and nouns of the title's noun phrase stand between (« la nouvelle »,
    # « la première femme »)
    ("En bonne place pour devenir la nouvelle présidente du Sénat, Anne Morel, une Niçoise de 52 "
     "ans, a parlé. « Nous gouvernerons pour tous », a-t-elle dit.",
     "Nous gouvernerons pour tous", "Anne Morel", None),
    ("En bonne place pour devenir la première femme présidente du Sénat, Anne Morel, une "
     "Niçoise de 52 ans, a parlé. « Nous gouvernerons pour tous », a-t-elle dit.",
     "Nous gouvernerons pour tous", "Anne Morel", None),
    ("Celui qui veut devenir le seul patron du club, Paul Roux, 45 ans, a parlé. « Je reste », "
     "a-t-il dit.", "Je reste", "Paul Roux", None),
    # must not: done, the participle after « est » (« qui est devenue la présidente …, X »)
    ("Celle qui est devenue la présidente du Sénat, Anne Morel, a promis l'unité. « Nous "
     "gouvernerons pour tous », a déclaré Anne Morel.",
     "Nous gouvernerons pour tous", "Anne Morel", "présidente du Sénat"),
    # must not: « allait devenir » in a past narrative: what the name became, held now
    ("Celle qui allait devenir la première présidente du Sénat, Anne Morel, avait alors 40 ans. "
     "« Nous gouvernerons pour tous », a-t-elle dit.", "Nous gouvernerons pour tous",
     "Anne Morel", "première présidente du Sénat"),
    ("L'homme qui allait devenir le président du club, Paul Roux, est arrivé en 1990. « Je "
     "reste », a-t-il dit.", "Je reste", "Paul Roux", "président du club"),
    # must not: « devenir » elsewhere in the sentence, and the noun « le devenir »
    ("Paul Roux, devenu président du club en 2017, a parlé. « Je reste », a-t-il dit.",
     "Je reste", "Paul Roux", "président du club"),
    ("Le devenir du directeur Paul Roux inquiète. « Je reste », a déclaré Paul Roux.",
     "Je reste", "Paul Roux", "directeur"),
    ("La ville veut devenir un pôle de recherche, selon la maire de Lens Anne Morel. « Nous "
     "gouvernerons pour tous », a-t-elle dit.", "Nous gouvernerons pour tous", "Anne Morel",
     "maire de Lens"),
]

@pytest.mark.parametrize(("text", "said", "speaker", "role"), TO_COME)
def test_a_role_to_come_is_not_held(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)


def test_becoming_is_read_only_within_the_window(nlp):
    """The walk back over the title's noun phrase reads fewer than ``window`` tokens: with a
    window of 4, « devenir » five tokens before the role is out of reach, the title stays."""
    doc = nlp("En bonne place pour devenir la toute première femme présidente du Sénat, Anne "
              "Morel, a parlé.")
    ent = next(e for e in doc.ents if e.text == "Anne Morel")
    assert role_near(ent, 4, before=True) == ("présidente du Sénat", 52, 71)
    assert role_near(ent, 12, before=True) is None


def test_what_another_may_become_is_not_the_names(nlp):
    """« X pourrait devenir l'adjointe du maire Y »: the title is what X may become, not Y's
    role nor Y's gender; Y's own « maire » inside it is left unresolved."""
    sp = quote_said(nlp, "Anne Morel pourrait devenir l'adjointe du maire Paul Roux. « Je "
                         "reste », a déclaré Paul Roux.", "Je reste").speaker
    assert (sp.name, sp.role, sp.gender) == ("Paul Roux", None, "male")


WOMAN = "la première femme présidente du Sénat, Anne Morel, a parlé."
# (text, role, window, is the role to come): the walk back from the role passes its noun
# phrase's determiner, adjectives and nouns (« la première femme »), fewer than ``window`` tokens
BECOMING = [
    ("Celle qui veut devenir " + WOMAN, "présidente du Sénat", 12, True),
    ("Celle qui deviendra " + WOMAN, "présidente du Sénat", 12, True),
    ("Celle qui veut devenir " + WOMAN, "présidente du Sénat", 3, False),  # out of the window
    ("Celui qui veut devenir le seul patron du club, Paul Roux, a parlé.", "patron du club", 12,
     True),
    ("Celle qui est devenue " + WOMAN, "présidente du Sénat", 12, False),
    ("Celle qui devrait rester " + WOMAN, "présidente du Sénat", 12, False),
    ("Celle qui allait devenir " + WOMAN, "présidente du Sénat", 12, False),
    ("Celle qui allait alors devenir " + WOMAN, "présidente du Sénat", 12, False),
    ("Celle qui alla devenir " + WOMAN, "présidente du Sénat", 12, False),
    ("Ceux qui allèrent devenir les premiers maires de la ville, Paul Roux et Jean Morel, ont "
     "parlé.", "maires de la ville", 12, False),
    ("Paul Roux a salué " + WOMAN, "présidente du Sénat", 12, False),
]


@pytest.mark.parametrize(("text", "role", "window", "to_come"), BECOMING)
def test_the_walk_back_to_becoming(nlp, text, role, window, to_come):
    doc = nlp(text)
    at = text.index(role)
    assert _becoming_before(doc, (role, at, at + len(role)), window) is to_come
