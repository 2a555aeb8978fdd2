"""A finding someone tells (detect/findings.py): « selon » a finding (« les premiers éléments
de l'enquête », « l'autopsie ») and, after a comma, a reporting verb whose inverted subject
names who tells it: the words are the teller's, that verb their cue. A « selon » that names
someone, a teller that is an outlet, or no teller keep the « selon » reading. Sentences
written for these tests: (text, words, speaker, kind, role, gender, cue)."""

import pytest
from conftest import quote_said

ROWS = [
    # fire: the verb right after the source, the words in marks before it
    ("« Un randonneur a été blessé près du lac, sans raison » selon les premiers éléments de "
     "l'enquête, a indiqué une source policière.",
     "Un randonneur a été blessé près du lac, sans raison", "une source policière",
     "anonymous", None, None, "a indiqué"),
    # … a complement after the teller (« à la presse ») still ends its name
    ("« La barque a chaviré au milieu de l'étang » selon les premiers éléments de l'enquête, "
     "a expliqué une source proche du dossier à la presse.",
     "La barque a chaviré au milieu de l'étang", "une source proche du dossier",
     "anonymous", None, None, "a expliqué"),
    # fire: the verb after the words, which end at its comma
    ("Selon les premiers éléments de l'enquête, le skieur a heurté un arbre en fin de piste, "
     "a souligné la procureure de Vannes, Léna Morvan.",
     "le skieur a heurté un arbre en fin de piste", "Léna Morvan", "person",
     "procureure de Vannes", "female", "a souligné"),
    # must not: no teller, the finding speaks
    ("Selon les premiers éléments de l'enquête, le skieur a heurté un arbre en fin de piste.",
     "le skieur a heurté un arbre en fin de piste", "les premiers éléments de l'enquête",
     "anonymous", None, None, "Selon"),
    # must not: an outlet only carries the finding
    ("D'après l'autopsie, la nageuse serait morte d'un malaise, rapporte le quotidien.",
     "la nageuse serait morte d'un malaise", "l'autopsie", "anonymous", None, None,
     "D'après"),
    # must not: a « selon » that names someone keeps the words
    ("Selon la gendarmerie, le camion a quitté la route dans le virage, a précisé le maire.",
     "le camion a quitté la route dans le virage", "gendarmerie", "organization", None,
     None, "Selon"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender", "cue"), ROWS)
def test_a_finding_told_is_the_tellers(nlp, text, said, speaker, kind, role, gender, cue):
    q = quote_said(nlp, text, said)
    assert q.speaker.name == speaker
    assert q.speaker.kind == kind
    assert q.speaker.role == role
    assert q.speaker.gender == gender
    assert q.cue is not None and q.cue.text == cue
