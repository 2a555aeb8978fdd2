"""Short marks in the narrator's sentences stay scare quotes: no record. Short marks with a
source (GUIDELINES, « Short marks with a source ») are not read: a subject-based rule made 17
false records in 26 on invented sentences (round 66 review). Each scare-quote row has a cued
quote after it, which must come out: the extractor ran on the row, found that quote and no
uncued record. Every sentence is invented."""

import pytest
from conftest import quotes_of

CONTROL = " « Nous verrons bien », a dit le maire Paul Roy."

SCARE = [
    # a thing as subject, no source before
    "Le bilan de l'incendie reste « très provisoire ».",
    "Les prix de la « bulle immobilière » ont encore grimpé à Vernac.",
    "La fermeture de l'usine a été fixée au « second semestre ».",
    # the sentence before has no source, or gives it before its words (preposed cue)
    "Le trafic sera coupé toute la nuit. La reprise est prévue en « début de matinée ».",
    "La compagnie Varlin a indiqué que le trafic serait coupé toute la nuit. La reprise est "
    "prévue en « début de matinée ».",
    # a title, a nickname: a capital opens the marks
    "La cinéaste Anne Roy a été récompensée pour « Nuits de juillet ».",
    "L'attaquant Marc Lebrun a rejoint le « Big Four » du championnat.",
    # a relative clause, a participle before the subject, brackets
    "Le préfet Alain Morel, qui fera office de maire « par intérim », a visité le chantier.",
    "Condamné pour « abus de confiance », le promoteur Luc Morand a fait appel.",
    "Le maire Paul Girod (visé par une plainte pour « prise illégale ») a démissionné.",
    # an epithet after « présenté comme »
    "Le maire Paul Girod a été présenté comme un « homme de terrain » par ses proches.",
    # marks naming words said: what the words are, not the words
    "Le ministre Paul Ravel a prononcé quelques « mots très émus » devant les familles.",
    # a noun phrase in marks with its article inside
    "Le chanteur Hugo Baret partage « la vedette » avec sa sœur.",
    # whom the subject addresses or honours, after « à »
    "La maire Julie Ferrand a rendu hommage à un « voisin dévoué ».",
    # what the subject is or has
    "Le maire Paul Girod a de « sérieux soucis » avec la justice.",
    "Le maire Paul Girod est dans une « situation délicate » depuis lundi.",
    # a single marked word: a term, whoever the subject
    "Le maire Paul Girod a signé mardi un « accord » avec les syndicats.",
]


@pytest.mark.parametrize("text", SCARE)
def test_scare_quotes_stay_out(nlp, text):
    found = [(q.span.text, q.cue.text if q.cue else None) for q in quotes_of(nlp, text + CONTROL)]
    assert ("Nous verrons bien", "a dit") in found
    assert [said for said, cue in found if cue is None] == []


# the ruling's reading, not read: short marks whose source is the clause's subject or the
# source the sentence before closes on
SOURCED = [
    ("Le sénateur Luc Morand s'est abrité derrière des « raisons techniques » pendant "
     "l'audience.", [("raisons techniques", "Luc Morand")]),
    ("Trois randonneurs ont disparu dans le massif, a indiqué la gendarmerie de Vernac. Deux "
     "d'entre eux sont dans un « état grave ».", [("état grave", "gendarmerie de Vernac")]),
]


@pytest.mark.xfail(strict=True, reason="short marks with a source (GUIDELINES « Short marks "
                   "with a source ») not read: a subject-based rule made 17 false records in 26 "
                   "on invented sentences (round 66 review)")
@pytest.mark.parametrize(("text", "said"), SOURCED)
def test_short_marks_with_a_source(nlp, text, said):
    quotes = quotes_of(nlp, text)
    assert [(q.span.text, q.speaker.name) for q in quotes if q.cue is None] == said
