"""A role still to come is not a held role (attribute/roles.py ``to_come``: « pour devenir la
Première ministre, X »), and a post of the person's own (« son poste de … », « ses fonctions
de … ») is one of their roles at its place, the closest when it is the closest before the quote
(attribute/cast.py ``_roles``). Made-up sentences."""

import pytest
from conftest import quote_said

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
    # must not: a title after another verb is the name's (« a salué la ministre X »)
    ("Paul Roux a salué la ministre de la Santé, Anne Morel. « Nous gouvernerons pour tous », "
     "a déclaré Anne Morel.", "Nous gouvernerons pour tous", "Anne Morel", "ministre de la Santé"),
]

@pytest.mark.parametrize(("text", "said", "speaker", "role"), TO_COME)
def test_the_role_a_quote_shows_is_held_and_closest(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)
