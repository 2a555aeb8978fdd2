"""The role nouns an article teaches (quotes/attribute/apposed.py): sentence -> the folded
agent nouns it sets beside a person's name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.attribute.apposed import apposed_role_nouns

ROWS = [
    # bare after the name and its comma, with an adjective before it or not
    ("Anne Roy, paléontologue au muséum, a parlé.", {"paleontologue"}),
    ("Paul Morel, ancien négociant en vins, a parlé.", {"negociant"}),
    # between a determiner and a first name and surname
    ("L'horticulteur Luc Garnier a parlé.", {"horticulteur"}),
    ("La proviseure Anne Roy a parlé.", {"proviseure"}),
    # before « de » and a body or a place, then the name
    ("Le conservateur du musée, Paul Morel, a parlé.", {"conservateur"}),
    ("La proviseure de Montaigne Anne Roy a parlé.", {"proviseure"}),
    # not: a determiner after the comma, a surname alone, a noun of a preposition's phrase,
    # the noun whose complement holds the title before the name, a word of another kind
    ("Paul Morel, le dossier sous le bras, a parlé.", set()),
    ("Paul Morel, le quartier en émoi, a parlé.", set()),
    ("L'affaire Dreyfus a ressurgi.", set()),
    ("À l'intérieur du stade, Anne Roy a parlé.", set()),
    ("Paul Morel a reçu le soutien du maire Jean Roux.", set()),
    ("Anne Roy, lundi soir, a parlé.", set()),
    ("Paul Morel, fin janvier, a parlé.", set()),
    ("Anne Roy, sa sœur, a parlé.", set()),
]


@pytest.mark.parametrize(("text", "nouns"), ROWS)
def test_apposed_role_nouns(nlp, text, nouns):
    assert apposed_role_nouns(nlp(text)) == nouns
