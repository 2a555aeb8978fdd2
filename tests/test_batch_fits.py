"""Whom another article's role makes the holder of a description (``role_fits.fits``): the noun
of the function, never a noun of its complement (« porte-parole des pompiers » is no
« pompier »), and a town or département named again without its name (« le préfet du
département », lexicon/town_nouns.txt) says no more than its noun where the role names a place
by its name alone (« préfet de l'Aude »), not a body (« médecin du SAMU de l'Aude »). One row:
the role an article gives a named person, the description another article of the story leaves
unresolved -> the name it goes to (None: no one). Invented people."""

import pytest
from test_batch import said, story

from quotes.attribute.batch import link_batch


@pytest.mark.parametrize(("role", "description", "expected"), [
    # the description's noun names the body the role speaks for, or whom it assists: no one
    ("porte-parole des pompiers", "pompier", None),
    ("adjoint au maire", "maire", None),
    # the role's own noun: the one named
    ("porte-parole des pompiers", "porte-parole", "Paul Roux"),
    ("pompier", "pompier", "Paul Roux"),
    # the département named again: the préfet of the département another article names
    ("préfet de l'Aude", "préfet du département", "Paul Roux"),
    ("préfet des Pyrénées-Orientales", "préfet du département", "Paul Roux"),
    # must not: another function, another place named as such
    ("maire de Quillan", "préfet du département", None),
    ("préfet de l'Aude", "préfet de la Somme", None),
    # must not: a role that names a body or says more than a place's name after its noun
    ("médecin du SAMU de l'Aude", "médecin du village", None),
    ("préfet maritime de la Manche", "préfet du département", None),
    ("préfet de police de Paris", "préfet du département", None),
    ("préfet de région Occitanie", "préfet du département", None),
    ("président de la Fédération de chasse de l'Aude", "président du département", None),
    ("curé de la paroisse Saint-Jean", "curé du village", None),
])
def test_a_description_fits_the_function_another_article_gives(role, description, expected):
    named = said("q-1", "a1", "Paul Roux", role)
    described = said("q-2", "a2", None, description)
    assert link_batch([named, described], story("a1", "a2"))[1].speaker.name == expected
