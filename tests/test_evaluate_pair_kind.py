"""How two gold wordings of one utterance relate (``evaluate.pair_kind``): the same words or a
variant, a fragment, or a paraphrase that shares little. Invented sentences throughout."""

from __future__ import annotations

import pytest

from quotes.evaluate import pair_kind


@pytest.mark.parametrize(("a", "b", "kind"), [
    # the same words, and a variant of one word and one accent
    ("Nous ne céderons rien sur les salaires", "Nous ne céderons rien sur les salaires",
     "wording"),
    ("Nous ne céderons rien sur les salaires cette année",
     "nous ne cèderons rien sur nos salaires cette année", "wording"),
    # a passage of the other, as written or in marks
    ("rien sur les salaires",
     "Nous ne céderons rien sur les salaires cette année, quoi qu'en dise la direction",
     "fragment"),
    ("\"condamner à mort\" les \"esprits libres\"",
     "Dans la Valdorie d'aujourd'hui, on met les esprits libres en prison et on les y "
     "condamne à la mort", "fragment"),
    ("les \"pays voisins\" à aider la Valdorie",
     "les « pays voisins » et « amis » à aider la Valdorie, pour « réparer ses routes "
     "détruites »", "fragment"),
    # other words for one statement: a character score of 60 to 70 is what two French
    # sentences of one story share by chance, not a wording
    ("la décision n'a pas été facile",
     "Ce n'est pas facile d'annoncer mon départ après douze années passées à Brevelle",
     "paraphrase"),
    ("ne pas augmenter les taxes des ménages",
     "ne pas lever davantage de taxes, mais de réduire les dépenses", "paraphrase"),
    ("il se porte bien et il a été examiné à l'hôpital de Brevelle",
     "le maire va bien: il a été examiné dans une clinique près du lieu de sa réunion",
     "paraphrase"),
])
def test_pair_kind(a, b, kind):
    assert pair_kind(a, b) == kind
    assert pair_kind(b, a) == kind
