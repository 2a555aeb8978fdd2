"""A reporting verb used in its other sense inside the reported words (« le chantier
reprendra », « cela explique le retard ») takes no words of its own: it is no cue, and it
neither bounds nor drops the words of the real cue after them."""

import pytest
from conftest import beside_its_own_quote, quote_said

FIRES = [
    ("La saison reprendra en septembre, a déclaré Paul Roy.",
     "La saison reprendra en septembre", "Paul Roy"),
    ("Le festival ne reprendra pas cette année, a regretté Paul Roy.",
     "Le festival ne reprendra pas cette année", "Paul Roy"),
    ("Ce choix explique notre retard, a estimé la maire Anne Morel.",
     "Ce choix explique notre retard", "Anne Morel"),
    ("La ville ajoutera deux lignes de bus, a indiqué Jeanne Petit.",
     "La ville ajoutera deux lignes de bus", "Jeanne Petit"),
    ("Le ministère ne répondra pas à ces critiques, a affirmé Marc Blanc.",
     "Le ministère ne répondra pas à ces critiques", "Marc Blanc"),
    ("La commission ne conclura rien avant l'été, a précisé Luc Girard.",
     "La commission ne conclura rien avant l'été", "Luc Girard"),
    ("Ce résultat annonce une bonne saison, a assuré l'entraîneur Paul Morel.",
     "Ce résultat annonce une bonne saison", "Paul Morel"),
    ("Les chiffres confirment la tendance, a souligné Claire Dubois.",
     "Les chiffres confirment la tendance", "Claire Dubois"),
    ("Ce décor rappelle les années 1970, a raconté Julie Martin.",
     "Ce décor rappelle les années 1970", "Julie Martin"),
    ("L'enquête révélera la vérité, a promis Marc Lefort.",
     "L'enquête révélera la vérité", "Marc Lefort"),
    ("Le rapport souligne nos faiblesses, a reconnu Paul Morel.",
     "Le rapport souligne nos faiblesses", "Paul Morel"),
    ("Le chantier reprendra lundi, a-t-il ajouté.", "Le chantier reprendra lundi", None),
]


@pytest.mark.parametrize(("text", "said", "speaker"), FIRES)
def test_verb_inside_the_words_keeps_the_quote(nlp, text, said, speaker):
    q = quote_said(nlp, text, said)
    if speaker is not None:
        assert q.speaker.name == speaker


NOT_QUOTES = [
    "Paul Roy a expliqué le projet aux riverains.",
    "Le maire a répondu à la lettre.",
    "La commission a conclu ses travaux, et le préfet a signé l'arrêté.",
    "Le club reprendra la compétition en mars.",
    "La saison s'achève. Invitée du journal de midi, la ministre Anne Morel a réagi à la "
    "démission du maire.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_verb_with_no_words_of_its_own_is_no_quote(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


# the verb's own words still make it a cue: a colon before marks, an inverted incise
STILL_CUES = [
    ("Paul Roy reprend : « Nous tiendrons bon. »", "Nous tiendrons bon.", "reprend"),
    ("« Nous tiendrons bon », ajoute-t-il.", "Nous tiendrons bon", "ajoute-t-il"),
    ("La maire a expliqué que le chantier reprendrait lundi.",
     "le chantier reprendrait lundi", "a expliqué"),
]


@pytest.mark.parametrize(("text", "said", "cue"), STILL_CUES)
def test_verb_with_its_own_words_is_a_cue(nlp, text, said, cue):
    q = quote_said(nlp, text, said)
    assert q.cue is not None and q.cue.text == cue
