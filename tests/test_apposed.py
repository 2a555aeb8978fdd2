"""The role nouns an article teaches (quotes/attribute/apposed.py): sentence -> the folded
agent nouns it sets beside a person's name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.attribute.apposed import apposed_role_nouns
from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    # bare after the name and its comma, with an adjective before it or not
    ("Anne Roy, paléontologue au muséum, a parlé.", {"paleontologue"}),
    ("Paul Morel, ancien négociant en vins, a parlé.", {"negociant"}),
    # one of a group: the plural noun after « l'une des », « un des », as written
    ("Anne Roy, l'une des paléontologues du muséum, a parlé.", {"paleontologues"}),
    ("Paul Morel, un des paysagistes du parc, a parlé.", {"paysagistes"}),
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
    # « le NOUN » that speaks, in an article that names a person, when its word vector is
    # nearer the role nouns than the body nouns
    ("Paul Morel a réparé la porte. « Le bois travaille », a expliqué le serrurier.",
     {"serrurier"}),
    ("Anne Roy a ouvert la salle. La bibliothécaire a expliqué que les livres reviennent.",
     {"bibliothecaire"}),
    ("Paul Morel a goûté les vins. « La récolte sera bonne », assure le négociant.",
     {"negociant"}),
    # not: a body named by an agent noun, or no person named
    ("Paul Morel a acheté une voiture. « Le rappel concerne 3 000 véhicules », a indiqué le "
     "constructeur.", set()),
    ("Anne Roy a réservé. « Le vol est annulé », a précisé le transporteur.", set()),
    ("Paul Morel a signé. « Le tarif augmentera », a annoncé l'opérateur.", set()),
    ("Anne Roy a témoigné. « Les pièces manquent », a expliqué le fabricant.", set()),
    ("« Le bois travaille », a expliqué le serrurier.", set()),
]


@pytest.mark.parametrize(("text", "nouns"), ROWS)
def test_apposed_role_nouns(nlp, text, nouns):
    assert apposed_role_nouns(nlp(text)) == nouns


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Paul Morel a réparé la porte du musée. « Le bois travaille encore », a expliqué le "
     "serrurier.", "Paul Morel", "serrurier"),
    ("Anne Roy a ouvert la salle. La bibliothécaire a expliqué que les livres reviennent.",
     "Anne Roy", "bibliothécaire"),
])
def test_a_noun_the_article_teaches_describes_its_person(nlp, text, speaker, role):
    """Unlisted, the noun the article makes speak is a role noun: the description is the
    person named, with the noun as role."""
    (q,) = extract_doc(Article("t", text), nlp(text)).quotes
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
