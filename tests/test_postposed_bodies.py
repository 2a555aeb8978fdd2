"""Reported words the extractor used to miss: unmarked words before a postposed cue (the
present tense of a verb not of the first group, « avertit »; an inverted subject that names a
body or an outlet by its head noun: an acronym, a title after its determiner, a noun for the
press); the verb « mettre en garde »; and a belief in the infinitive, reported only under a
verb of saying. Sentences written for these tests."""

import pytest
from conftest import beside_its_own_quote, quote_said

# (sentence, the words said, the cue, words of the mention of who said them)
FIRES = [
    # a present tense in « -t » the tagger reads as a participle
    ("La digue tiendra encore malgré les vents, avertit la préfecture.",
     "La digue tiendra encore malgré les vents", "avertit", "préfecture"),
    ("Les négociations reprendront lundi, avertit le syndicat.",
     "Les négociations reprendront lundi", "avertit", "syndicat"),
    # an acronym, a title, a noun for the press
    ("La route restera fermée jusqu'à lundi, précise le SDIS 13.",
     "La route restera fermée jusqu'à lundi", "précise", "SDIS"),
    ("Le gardien a été alerté vers minuit, rapporte Le Courrier.",
     "Le gardien a été alerté vers minuit", "rapporte", "Le Courrier"),
    ("Les résultats seront connus jeudi, écrit Le Courrier dans son édition du soir.",
     "Les résultats seront connus jeudi", "écrit", "Le Courrier"),
    ("La route restera fermée jusqu'à lundi, note le journal.",
     "La route restera fermée jusqu'à lundi", "note", "journal"),
    ("Les travaux reprendront en mars, écrit le magazine.",
     "Les travaux reprendront en mars", "écrit", "magazine"),
    # lexicon/reporting_verbs.tsv: « mettre en garde » (a que-clause, or the words before it)
    ("Tout retard sera sanctionné, a mis en garde la ministre Anne Roy.",
     "Tout retard sera sanctionné", "a mis en garde", "Anne Roy"),
    ("Les enseignants en grève seront remplacés, met en garde le recteur.",
     "Les enseignants en grève seront remplacés", "met en garde", "recteur"),
    # lexicon flag b: a belief (« penser ») in the infinitive reports under a verb of saying,
    # and as a finite verb
    ("Le ministre Paul Roux a dit penser que la paix reste possible.",
     "la paix reste possible", "penser", "Paul Roux"),
    ("La ministre Anne Roy a déclaré penser que la réforme passera.",
     "la réforme passera", "penser", "Anne Roy"),
    ("Le ministre Paul Roux pense que la paix reste possible.",
     "la paix reste possible", "pense", "Paul Roux"),
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
    # « mettre en garde » with no words said
    "Le gouvernement met en garde les automobilistes contre le verglas.",
    "La ministre Anne Roy a mis en garde contre tout retard.",
    # a belief in the infinitive under no verb of saying
    "Les trois amis peinent à penser que le chanteur les a quittés.",
    "Plusieurs pays commencent à penser que leur argent n'est pas en sécurité.",
    "Difficile de penser que le pont tiendra encore longtemps.",
]


@pytest.mark.parametrize(("text", "said", "cue", "speaker"), FIRES)
def test_words_are_reported(nlp, text, said, cue, speaker):
    q = quote_said(nlp, text, said)
    assert q.type == "indirect" and q.cue is not None and q.cue.text == cue
    assert q.speaker.mention is not None and speaker in q.speaker.mention.text


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_words_reported(nlp, text):
    assert beside_its_own_quote(nlp, text) == []
