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
    ("\"fermer les écoles\" des \"petits villages\"",
     "Dans la Valdorie d'aujourd'hui, on veut fermer les écoles de tous les petits villages "
     "sans rien demander", "fragment"),
    ("les \"pays voisins\" à aider la Valdorie",
     "les « pays voisins » et « amis » à aider la Valdorie, pour « réparer ses routes "
     "détruites »", "fragment"),
    # marks that render a passage of the other word for word: a fragment, the first by its
    # score, the second though the narration around the marks pulls the score under 70
    ("il a dit que les « vannes rouillées » ne tiendraient « pas un hiver de plus »",
     "Les vannes rouillées ne tiendront pas un hiver de plus, je le dis depuis des mois au "
     "conseil", "fragment"),
    ("selon lui, le projet est « une honte absolue » et il faudra voter contre au conseil de "
     "mars", "Je le redis: ce projet de la préfecture est une honte absolue, une erreur pour "
     "nos enfants", "fragment"),
    # other words for one statement: a character score of 60 to 70 is what two French
    # sentences of one story share by chance, not a wording; nor are marks in other words
    ("le choix de partir n'a pas été simple",
     "Ce n'est pas simple de vous dire au revoir après neuf saisons passées à Brevelle",
     "paraphrase"),
    ("ne pas relever le prix des tickets de bus",
     "ne pas toucher au tarif des transports, mais de trouver l'argent ailleurs", "paraphrase"),
    ("selon lui, le projet est « une honte absolue » et il faudra voter contre au conseil de "
     "mars", "Je le redis: ce projet est une honte, une erreur absolue pour nos enfants",
     "paraphrase"),
])
def test_pair_kind(a, b, kind):
    assert pair_kind(a, b) == kind
    assert pair_kind(b, a) == kind
