"""Marks right after « présenté comme », « considéré comme », « décrit comme » with no one
giving them are an epithet, no quote (detect/unquoted.labelled).

Sentences written for these tests.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

EPITHETS = [
    # a bare participle: no one is said to speak
    "Le libraire Hervé Quillec connaît bien l'auteur : présenté comme « le meilleur conteur de "
    "la région », il a publié vingt romans.",
    # a passive read by the parse as a cue: the epithet is no one's words
    "Le joueur Marc Tanguy a longtemps été blessé, ayant même été un temps considéré comme « "
    "perdu pour le football ». Il a repris l'entraînement.",
    "La chapelle de Kerlaz, décrite comme « la plus belle du pays bigouden », attire les "
    "visiteurs tout l'été.",
]


@pytest.mark.parametrize("text", EPITHETS)
def test_an_epithet_after_a_participle_of_naming_is_no_quote(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


SAID = [
    # the participle of an active verb: its subject gives the epithet
    ("Le préfet Alain Kervella l'a présenté comme « un homme de dialogue et de terrain ».",
     "un homme de dialogue et de terrain", "Alain Kervella"),
    # a present with its object pronoun (« décrit » is a participle's form too)
    ("L'ancienne maire Rose Kerjean la décrit comme « une élue tenace et discrète ».",
     "une élue tenace et discrète", "Rose Kerjean"),
    # a reflexive: the subject says it of himself
    ("Le maire Yves Le Goff s'est présenté comme « le candidat de tous les habitants ».",
     "le candidat de tous les habitants", "Yves Le Goff"),
    # inside another cue's que-clause the marks are that speaker's words
    ("L'entraîneur Paul Derrien a noté que le match était considéré comme « le plus important "
     "de la saison ».",
     "le match était considéré comme « le plus important de la saison »", "Paul Derrien"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), SAID)
def test_marks_someone_gives_after_comme_stay_quotes(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
