"""Unmarked words before a postposed cue: the present tense of a verb not of the first group
(« avertit », « conclut »), and an inverted subject that names a body or an outlet by its head
noun (an acronym, a title after its determiner, a noun for the press)."""

import pytest
from conftest import quotes_of

# (sentence, the words said, who said them)
FIRES = [
    # a present tense in « -t » the tagger reads as a participle
    ("La digue tiendra encore malgré les vents, avertit la préfecture.",
     "La digue tiendra encore malgré les vents", "préfecture"),
    ("Les négociations reprendront lundi, avertit le syndicat.",
     "Les négociations reprendront lundi", "syndicat"),
    # an acronym, a title, a noun for the press
    ("La route restera fermée jusqu'à lundi, précise le SDIS 13.",
     "La route restera fermée jusqu'à lundi", "SDIS"),
    ("Le gardien a été alerté vers minuit, rapporte Le Courrier.",
     "Le gardien a été alerté vers minuit", "Le Courrier"),
    ("Les résultats seront connus jeudi, écrit Le Courrier dans son édition du soir.",
     "Les résultats seront connus jeudi", "Le Courrier"),
    ("La route restera fermée jusqu'à lundi, note le journal.",
     "La route restera fermée jusqu'à lundi", "journal"),
    ("Les travaux reprendront en mars, écrit le magazine.",
     "Les travaux reprendront en mars", "magazine"),
]

NOT_SAID = [
    # participles of those verbs, set off by commas
    "Les pompiers, avertis par un voisin, sont arrivés en quelques minutes.",
    "Le recueil, écrit en 1972 par le poète Jean Roux, reste introuvable.",
    "Le bâtiment, averti par les riverains, a été évacué.",
    # a capitalised title or a press noun that is no inverted subject of a cue
    "La salle, agrandie l'an dernier, accueille le Festival chaque été.",
    "Le chantier a pris du retard, et le journal de bord le montre.",
    "Le vote aura lieu mardi, dit le texte publié par la CGT.",
]


@pytest.mark.parametrize(("text", "said", "speaker"), FIRES)
def test_words_before_the_cue_are_reported(nlp, text, said, speaker):
    found = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert found, [q.span.text for q in quotes_of(nlp, text)]
    assert found[0].type == "indirect"
    assert found[0].speaker.mention is not None
    assert speaker in found[0].speaker.mention.text


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_words_reported(nlp, text):
    assert quotes_of(nlp, text) == []
