"""Whom a description after a cue names when the sentence right before has just named a
person as its subject (« Paul Roux est allé dans le même sens. « … », a estimé le maire »):
that person, over one who spoke more before him, when no one holds the description's role;
never one a role of his own contradicts, nor the subject of a clause opened by « que » after
another subject, nor across a paragraph break.
"""

import pytest
from conftest import quote_said

SAID = "La bonne méthode, c'est la table"
BEFORE = ("Le ministre délégué à l'Industrie, Marc Léger, a refusé. « On ne gouverne pas "
          "ainsi », a-t-il dit. ")

# (text, speaker, role, gender)
ROWS = [
    # fire: the subject just named, not the minister who spoke before him
    (BEFORE + "Paul Roux est allé dans le même sens. « " + SAID + " », a estimé le Premier "
     "ministre.", "Paul Roux", "Premier ministre", "male"),
    (BEFORE + "Paul Roux est allé dans le même sens. « " + SAID + " », a estimé le maire.",
     "Paul Roux", "maire", "male"),
    # must not: his own role says he is no minister; the minister who spoke is
    (BEFORE + "Le maire Paul Roux est allé dans le même sens. « " + SAID + " », a estimé le "
     "ministre.", "Marc Léger", "ministre délégué à l'Industrie", "male"),
    # must not: « elle » agrees with the subject just named, « le maire » does not
    (BEFORE + "Julie Roux est allée dans le même sens. « " + SAID + " », a estimé le maire.",
     "Marc Léger", "ministre délégué à l'Industrie", "male"),
    # must not: the sentence before names him in a clause after another subject
    ("Le buteur Marc Léger a décidé d'arrêter alors que Paul Roux annoncera sa liste jeudi. "
     "« " + SAID + " », a estimé le champion.", "Marc Léger", "buteur", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "role", "gender"), ROWS)
def test_a_description_after_a_subject_just_named(nlp, text, speaker, role, gender):
    q = quote_said(nlp, text, SAID)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)
