"""Interviews laid out as questions and answers: turns found only when the layout repeats."""

import pytest

from quotes.detect.context import make_context
from quotes.detect.interviews import interview_turns
from quotes.detect.marks import find_marked, paragraphs

INTERVIEW = (
    "La chercheuse a répondu à nos questions.\n\n"
    "Radio Nord : Comment avez-vous appris la nouvelle ?\n\n"
    "Anne Vidal : J’ai reçu un appel ce matin. J’étais très émue.\n\n"
    "Vous vous y attendiez ?\n\n"
    "Anne Vidal : Pas du tout. Personne ne s’y attendait."
)


def turns(nlp, text):
    paras = list(paragraphs(text))
    marked, _ = find_marked(text, paras)
    ctx = make_context(nlp(text), marked, paras)
    return [
        (text[t.start : t.end], text[t.label[0] : t.label[1]] if t.label else None, t.question)
        for t in interview_turns(ctx)
    ]


def test_answers_take_their_label_and_questions_the_label_that_asked_first(nlp):
    assert turns(nlp, INTERVIEW) == [
        ("Comment avez-vous appris la nouvelle ?", "Radio Nord", True),
        ("J’ai reçu un appel ce matin. J’étais très émue.", "Anne Vidal", False),
        ("Vous vous y attendiez ?", "Radio Nord", True),
        ("Pas du tout. Personne ne s’y attendait.", "Anne Vidal", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le Louvre sous le choc : quatre cambrioleurs ont dérobé huit joyaux dimanche.",
        "Problème : à cet instant, les délégués négociaient encore.\n\nLa séance a repris.",
        "Paul Morel n’élude rien : les parloirs sont une bouffée d’oxygène.\n\nQue faire ?",
        "Le bilan : trois morts et dix blessés.\n\nLes secours sont sur place.",
    ],
)
def test_a_label_used_once_with_no_question_beside_it_is_narration(nlp, text):
    assert turns(nlp, text) == []
