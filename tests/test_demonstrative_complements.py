"""A demonstrative right after « de » opens a complement of the noun before it, not a time that
ends the phrase (quotes/detect/np_ends.py, ``demonstrative_complement``): « le maire de cette
commune de la Drôme, Jean Vasseur » is one phrase and names its speaker; « ce lundi » after the
phrase still ends it."""

import pytest
from conftest import quote_said

ROWS = [
    # (text, quote, speaker, role)
    # ---- « de ce », « de cette », « de cet »: the noun's complement, before or after the cue
    ("Selon le maire de cette commune de la Drôme, Jean Vasseur, l'immeuble n'avait « aucun "
     "problème ».", "l'immeuble n'avait « aucun problème »", "Jean Vasseur",
     "maire de cette commune de la Drôme"),
    ("« Nous allons rouvrir l'école », a fait savoir le maire adjoint de cette petite ville du "
     "Jura, Paul Ferrand.", "Nous allons rouvrir l'école", "Paul Ferrand",
     "maire adjoint de cette petite ville du Jura"),
    ("« Le lycée restera fermé jusqu'à jeudi », indique la directrice de ce lycée de Brest, Anne "
     "Colin.", "Le lycée restera fermé jusqu'à jeudi", "Anne Colin",
     "directrice de ce lycée de Brest"),
    ("« Aucun salarié ne sera licencié », avait promis le président de cet établissement public, "
     "Marc Lemoine.", "Aucun salarié ne sera licencié", "Marc Lemoine",
     "président de cet établissement public"),
    # must not: a demonstrative with no « de » before it, or before a time, ends the phrase
    ("« Le lycée restera fermé », a indiqué Marc Lemoine cette semaine.",
     "Le lycée restera fermé", "Marc Lemoine", None),
    ("« Le pont sera rouvert », a annoncé le maire de Brest ce matin.", "Le pont sera rouvert",
     None, "maire de Brest"),
    ("« Le pont sera rouvert », a annoncé le préfet de la région de ce lundi.",
     "Le pont sera rouvert", None, "préfet de la région"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), ROWS)
def test_demonstrative_complement(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
