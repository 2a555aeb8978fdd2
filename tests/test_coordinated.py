"""Que-clauses a cue reports one after the other, a comma and « et que » between them: a
record each, with the cue's speaker; with no comma, inside marks, or with no « que » opening
the first, one record. Made-up sentences."""

import pytest
from conftest import quotes_of

SPLIT = [
    # two indirect clauses
    ("La maire Odile Ferrand a annoncé que le scrutin se tiendra le 3 mai, et que d'ici là, "
     "elle continuerait à siéger au conseil.",
     [("indirect", "le scrutin se tiendra le 3 mai", "Odile Ferrand"),
      ("indirect", "d'ici là, elle continuerait à siéger au conseil", "Odile Ferrand")]),
    # each clause with marks of its own: two mixed records
    ("Le médecin Paul Vernat explique que les plaies du skieur « étaient superficielles », et "
     "qu'il a « perdu l'usage d'un doigt ».",
     [("mixed", "les plaies du skieur « étaient superficielles »", "Paul Vernat"),
      ("mixed", "il a « perdu l'usage d'un doigt »", "Paul Vernat")]),
    # the first clause holding an indirect question: the cut is still at « , et que »
    ("Le recteur Marc Lavoine a déclaré qu'une enquête avait été ouverte pour examiner comment "
     "les candidats ont été recrutés, et qu'un comité aurait lieu.",
     [("indirect", "une enquête avait été ouverte pour examiner comment les candidats ont été "
       "recrutés", "Marc Lavoine"),
      ("indirect", "un comité aurait lieu", "Marc Lavoine")]),
]


@pytest.mark.parametrize(("text", "said"), SPLIT)
def test_que_clauses_after_a_comma_are_two_quotes(nlp, text, said):
    assert [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)] == said


# must not fire: no comma before « et que », the « et que » inside marks
WHOLE = [
    ("Le maire Paul Vernat a indiqué que la crue était « sous contrôle » et que les habitants "
     "pouvaient regagner leur domicile.",
     [("mixed", "la crue était « sous contrôle » et que les habitants pouvaient regagner leur "
       "domicile", "Paul Vernat")]),
    ("La juge Odile Ferrand a estimé que le prévenu avait « menti, et que tout le monde le "
     "savait ».",
     [("mixed", "le prévenu avait « menti, et que tout le monde le savait »", "Odile Ferrand")]),
]


@pytest.mark.parametrize(("text", "said"), WHOLE)
def test_other_que_clauses_stay_one_quote(nlp, text, said):
    assert [(q.type, q.span.text, q.speaker.name) for q in quotes_of(nlp, text)] == said
