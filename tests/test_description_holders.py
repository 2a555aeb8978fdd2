"""A definite description the article gives no name (descriptions.py ``holder``,
speakers.py): made-up sentences, one row a case, each checking the words, the speaker, its
kind, role and gender.

- « la pilote d'essai, désormais astronaute » is the one person the article names beside
  that noun (« Anne Roy, 40 ans et pilote d'essai ») or gives a role its words hold, even when
  another holds the role after « désormais », which is shown as hers;
- two who hold the noun, or none, guess no one; a noun given to someone else beside the
  name (« Marie Dupont et sa voisine ») or a role in the description's « de … » complement
  (« la voisine de la maire ») names no one; a body's lower-case name (« le gouvernement »)
  stays one.
"""

import pytest
from conftest import quote_said

ROWS = [
    # the role its words hold past the noun (« désormais astronaute ») is hers, shown
    ("Sophie Malvan, 40 ans et pilote d'essai d'hélicoptère, a été choisie. « J'y pense depuis "
     "longtemps », reconnaît la pilote d'essai, désormais astronaute pour l'agence.",
     "J'y pense depuis longtemps", "Sophie Malvan", "person", "astronaute", "female"),
    # the holder stays hers when another the article names holds the noun after « désormais »
    # (an astronaut before her): the test pilot, never the other astronaut
    ("Elle succède à Claudie Vernet, dernière femme française à avoir été astronaute. Sophie "
     "Malvan, 40 ans et pilote d'essai d'hélicoptère, a été choisie. « J'y pense depuis "
     "longtemps », reconnaît la pilote d'essai, désormais astronaute pour l'agence. Parmi ses "
     "modèles, l'astronaute Claudie Vernet.",
     "J'y pense depuis longtemps", "Sophie Malvan", "person", "astronaute", "female"),
    ("Sophie Malvan, 41 ans et pilote d'essai, a été retenue. « Je n'ai jamais douté », "
     "affirme la pilote d'Airbus.",
     "Je n'ai jamais douté", "Sophie Malvan", "person", None, "female"),
    # must not: a body's lower-case name stays its name
    ("Paul Roux a lu le texte. Le gouvernement estime que les terrasses doivent fermer.",
     "les terrasses doivent fermer", "gouvernement", "organization", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender"), ROWS)
def test_a_description_names_its_holder(nlp, text, said, speaker, kind, role, gender):
    q = quote_said(nlp, text, said)
    assert q.speaker.mention is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.role, q.speaker.gender) == (
        speaker, kind, role, gender)


NOT_THEM = [
    # two the article names hold the noun: neither is guessed
    ("Sophie Malvan et Anne Roy, pilotes d'essai, ont été choisies. « J'y pense depuis "
     "longtemps », reconnaît la pilote d'essai.",
     "J'y pense depuis longtemps", "Sophie Malvan"),
    # a description of no one the article names
    ("L'association patronale Vertex a porté plainte. Le mouvement patronal estime que ces "
     "propos sont diffamants.",
     "ces propos sont diffamants", "Vertex"),
    # « sa voisine », « son voisin »: someone else than the one named beside the noun
    ("Marie Dupont et sa voisine sont sorties dans la rue. « On a eu très peur », raconte la "
     "voisine.",
     "On a eu très peur", "Marie Dupont"),
    ("Marc Leroy et son voisin ont entendu les coups de feu. « Nous avons cru à des pétards », "
     "raconte le voisin.",
     "Nous avons cru à des pétards", "Marc Leroy"),
    # « et la voisine »: coordinated with the name, another person
    ("Claire Morin et la voisine ont appelé les pompiers. « La fumée sortait du toit », "
     "raconte la voisine.",
     "La fumée sortait du toit", "Claire Morin"),
    # the role is the complement's (« de la maire »), not the description's
    ("La maire, Anne Roux, a refusé de commenter. « Personne ne nous écoute », dénonce la "
     "voisine de la maire.",
     "Personne ne nous écoute", "Anne Roux"),
]


@pytest.mark.parametrize(("text", "said", "other"), NOT_THEM)
def test_a_description_names_no_one_else(nlp, text, said, other):
    q = quote_said(nlp, text, said)
    assert q.speaker.mention is not None
    assert q.speaker.name != other
    assert q.speaker.resolution != "description"
