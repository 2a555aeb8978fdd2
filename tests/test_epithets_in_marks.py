"""Marks right after « présenté comme », « considéré comme », « décrit comme » with no one
giving them are an epithet, no quote (detect/epithets.labelled); with an agent, the agent's
words (detect/epithets.label_agent).

Sentences written for these tests.
"""

import pytest
from conftest import beside_its_own_quote, found_quotes, quote_said

EPITHETS = [
    # a bare participle: no one is said to speak
    "Le libraire Hervé Quillec connaît bien l'auteur : présenté comme « le meilleur conteur de "
    "la région », il a publié vingt romans.",
    # a passive read by the parse as a cue: the epithet is no one's words
    "Le joueur Marc Tanguy a longtemps été blessé, ayant même été un temps considéré comme « "
    "perdu pour le football ». Il a repris l'entraînement.",
    "La chapelle de Kerlaz, décrite comme « la plus belle du pays bigouden », attire les "
    "visiteurs tout l'été.",
    # a passive with « a été », « avait été »: « a » is its auxiliary, not an active verb's
    "Le jeune Tom Leclerc a été présenté comme « le meilleur espoir du club ». Il a signé mardi.",
    "Le jeune Tom Leclerc avait été présenté comme « le meilleur espoir du club ». Il a signé "
    "mardi.",
    "Le jeune Tom Leclerc a souvent été décrit comme « un joueur hors norme ». Il a signé mardi.",
    # « décrit », also a present, opening its clause: after a comma, at the sentence's start
    # with an adverb before it
    "Le livre, décrit comme « un chef-d'œuvre du roman noir », sort mardi en librairie.",
    "Souvent décrit comme « le plus beau port de Bretagne », Kerlaz attire les visiteurs tout "
    "l'été.",
]


@pytest.mark.parametrize("text", EPITHETS)
def test_an_epithet_after_a_participle_of_naming_is_no_quote(nlp, text):
    assert beside_its_own_quote(nlp, text) == []


# one row per form of lexicon/label_participles.tsv, opening its sentence
FORMS = [
    "Présenté comme « le meilleur espoir du club », Tom Leclerc a signé mardi.",
    "Présentée comme « la meilleure joueuse du club », Léa Morvan a signé mardi.",
    "Présentés comme « les meilleurs espoirs du club », les frères Morvan ont signé mardi.",
    "Présentées comme « les meilleures joueuses du club », les sœurs Morvan ont signé mardi.",
    "Considéré comme « le meilleur espoir du club », Tom Leclerc a signé mardi.",
    "Considérée comme « la meilleure joueuse du club », Léa Morvan a signé mardi.",
    "Considérés comme « les meilleurs espoirs du club », les frères Morvan ont signé mardi.",
    "Considérées comme « les meilleures joueuses du club », les sœurs Morvan ont signé mardi.",
    "Décrit comme « le meilleur espoir du club », Tom Leclerc a signé mardi.",
    "Décrite comme « la meilleure joueuse du club », Léa Morvan a signé mardi.",
    "Décrits comme « les meilleurs espoirs du club », les frères Morvan ont signé mardi.",
    "Décrites comme « les meilleures joueuses du club », les sœurs Morvan ont signé mardi.",
]


@pytest.mark.parametrize("text", FORMS)
def test_each_participle_of_naming_gives_an_epithet(nlp, text):
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
    # an active verb whose auxiliary stands far before it
    ("Le maire Yves Le Goff a toujours très clairement présenté comme « une priorité absolue "
     "pour la commune » la rénovation de l'école.",
     "une priorité absolue pour la commune", "Yves Le Goff"),
    # « décrit » a present after a relative « que » and its subject
    ("Le plan, que la ministre Léa Cornec décrit comme « le plus ambitieux depuis vingt ans », "
     "sera voté mardi.",
     "le plus ambitieux depuis vingt ans", "Léa Cornec"),
    # a passive with its agent: the agent gives the epithet
    ("Présenté comme « le meilleur espoir du club » par le président Alain Riou, le jeune Tom "
     "Leclerc a signé mardi.",
     "le meilleur espoir du club", "Alain Riou"),
    ("Le jeune Tom Leclerc a été présenté comme « le meilleur espoir du club » par le président "
     "Alain Riou. Il a signé mardi.",
     "le meilleur espoir du club", "Alain Riou"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), SAID)
def test_marks_someone_gives_after_comme_stay_quotes(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


# « décrit » a present after its subject, its object after the marks: one marked stretch after
# the verb, the marks alone (GUIDELINES « Spans », as « a accusé X de « … » » in « Cue, continued »)
DESCRIBED_BY_ITS_SUBJECT = [
    ("Le préfet Hervé Lannuzel décrit comme « inacceptable et dangereuse » la situation du "
     "barrage.", "inacceptable et dangereuse", "Hervé Lannuzel"),
    ("Le syndicat Force Ouest décrit comme « une provocation inacceptable » la décision du "
     "conseil.", "une provocation inacceptable", "Force Ouest"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), DESCRIBED_BY_ITS_SUBJECT)
def test_the_subject_of_a_present_decrit_gives_the_marks(nlp, text, said, speaker):
    quotes = [q for q in found_quotes(nlp, text) if said in q.span.text]
    assert [q.speaker.name for q in quotes] == [speaker]


@pytest.mark.xfail(strict=True, reason="the record is mixed, from « comme » to the object after "
                   "the marks, not the marked words alone")
@pytest.mark.parametrize(("text", "said", "speaker"), DESCRIBED_BY_ITS_SUBJECT)
def test_the_marks_after_a_present_decrit_are_the_quote(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
