"""Short marks whose source the text makes clear are that source's direct quotes, cue null:
the subject of the narrator's clause (a person or a body), or the source the sentence just
before closes on (GUIDELINES, « Short marks with a source »; detect/sourced_marks.py). With no
such source, or when the marks are a title, a name, a label, a term in brackets or what the
words are, they stay scare quotes: no record. Rows: text -> the records of short marks as
(text, speaker), cue null. Every sentence is invented."""

import pytest
from conftest import quotes_of

SOURCED = [
    # ---- the clause's subject: a name with its role, a body, a pronoun taking up a name
    ("Le Premier ministre Paul Ravel a convoqué une « réunion de crise » du gouvernement.",
     [("réunion de crise", "Paul Ravel")]),
    ("Le Premier ministre Paul Ravel a décrété un deuil national en mémoire des « victimes du "
     "séisme ».",
     [("victimes du séisme", "Paul Ravel")]),
    # two marks coordinated in the clause, no cue: one record each
    ("Le président Luc Morand s'est dressé jeudi contre la « menace terroriste » et le risque "
     "de « dérive autoritaire ».",
     [("menace terroriste", "Luc Morand"), ("dérive autoritaire", "Luc Morand")]),
    ("La sénatrice Claire Vasseur était entendue lundi par les juges. Elle s'est abritée "
     "derrière des « raisons techniques » pendant toute l'audience.",
     [("raisons techniques", "Claire Vasseur")]),
    ("Le conseil municipal de Vernac a voté un « budget de combat » lundi soir.",
     [("budget de combat", "conseil municipal de Vernac")]),
    # ---- the sentence before closes on its source; the marks' subject is no speaker
    ("Trois randonneurs ont disparu dans le massif, a indiqué la gendarmerie de Vernac. Deux "
     "d'entre eux sont dans un « état grave ».",
     [("état grave", "gendarmerie de Vernac")]),
    ("Le trafic sera coupé toute la nuit, a précisé la direction de la compagnie Varlin. La "
     "reprise est prévue en « début de matinée ».",
     [("début de matinée", "direction de la compagnie Varlin")]),
]


def _short(nlp, text):
    return [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)
            if q.cue is None and len(q.span.text.split()) <= 3]


@pytest.mark.parametrize(("text", "said"), SOURCED)
def test_short_marks_with_a_source_are_its_quotes(nlp, text, said):
    assert _short(nlp, text) == said


# near misses: no source the text makes clear, or marks that are no one's words
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
    # a relative clause, a participle before the subject, brackets: not the main clause's words
    "Le préfet Alain Morel, qui fera office de maire « par intérim », a visité le chantier.",
    "Condamné pour « abus de confiance », le promoteur Luc Morand a fait appel.",
    "Le maire Paul Girod (visé par une plainte pour « prise illégale ») a démissionné.",
    # an epithet after « présenté comme »
    "Le maire Paul Girod a été présenté comme un « homme de terrain » par ses proches.",
    # marks naming words said: what the words are, not the words
    "Le ministre Paul Ravel a prononcé quelques « mots très émus » devant les familles.",
    # a noun phrase in marks with its article inside: borrowed whole
    "Le chanteur Hugo Baret partage « la vedette » avec sa sœur.",
    # whom the subject addresses or honours, after « à »
    "La maire Julie Ferrand a rendu hommage à un « voisin dévoué ».",
    # what the subject is or has (« être », « avoir »): someone else's words about the subject
    "Le maire Paul Girod a de « sérieux soucis » avec la justice.",
    "Le maire Paul Girod est dans une « situation délicate » depuis lundi.",
    # a single marked word: a term, whoever the subject
    "Le maire Paul Girod a signé mardi un « accord » avec les syndicats.",
]


@pytest.mark.parametrize("text", SCARE)
def test_scare_quotes_stay_out(nlp, text):
    quotes = quotes_of(nlp, text)
    assert [q.span.text for q in quotes if q.cue is None] == []
