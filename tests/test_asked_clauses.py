"""The subject of an indirect question (« de savoir si la police devrait enquêter ») is no one
the narration tells of: a pronoun after it goes on with the one the text speaks of
(``detect.asked_clauses``); a condition's subject (« Si la justice le demande, … ») stays one.
"""

import pytest
from conftest import quote_said

BEFORE = ("Anne Vidal a assisté à une fête privée à Helsinki. « Je n'ai rien fait d'illégal », "
          "a-t-elle assuré.\n\n")

# (text, words said, speaker)
ASKED = [
    # fire: the question's subject is no antecedent of « elle »
    (BEFORE + "Relancée sur le sujet et notamment de savoir si la police devrait enquêter sur la "
     "soirée, elle a ajouté ne pas avoir connaissance d'un acte illicite.",
     "ne pas avoir connaissance d'un acte illicite", "Anne Vidal"),
    # must not: the body the narration tells of goes on after a condition
    (BEFORE + "La police a ouvert une enquête lundi. Si la justice le demande, elle a affirmé "
     "pouvoir entendre les témoins.", "pouvoir entendre les témoins", "police"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ASKED)
def test_a_question_s_subject_is_no_antecedent(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


@pytest.mark.parametrize(("text", "word", "asked"), [
    ("Il reste à savoir si la police enquêtera.", "police", True),
    ("Elle demande si le maire viendra.", "maire", True),
    # must not: a condition, a concession
    ("Si la police enquête, le maire parlera.", "police", False),
    ("Même si la police enquête, le maire parlera.", "police", False),
    ("Et si la police enquête, le maire parlera.", "police", False),  # « si » after no verb
])
def test_an_indirect_question_opens_on_si_after_a_verb(nlp, text, word, asked):
    from quotes.detect.asked_clauses import asked_subject

    doc = nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert asked_subject(tok) is asked
