"""A role ends before « et » or « ou » with a number or a quantity (attribute/role_runs.py
``counted_conjunct``: « l'ex-présidente du parti et plusieurs cadres », « le maire et deux
adjoints »): other people, no part of the role; a role's own coordination stays whole. Made-up
sentences."""

import pytest
from conftest import quote_said

# (text, words said, speaker, role)
ROWS = [
    # fire: a quantity after « et » opens other people
    ("Le maire de Vernac et deux adjoints ont visité le chantier. « Tout avance », a dit le "
     "maire.", "Tout avance", None, "maire de Vernac"),
    ("Le maire de Vernac et un conseiller ont visité le chantier. « Tout avance », a dit le "
     "maire.", "Tout avance", None, "maire de Vernac"),
    ("L'ex-présidente du Front uni et plusieurs cadres du parti ont été condamnés. « C'est un "
     "jour funeste », a dit Anne Morel.", "C'est un jour funeste", "Anne Morel",
     "ex-présidente du Front uni"),
    ("Le président du club de Vernac et quelques supporters ont attendu les joueurs. « Ce "
     "soir, on fête », a lancé le président.", "Ce soir, on fête", None,
     "président du club de Vernac"),
    # must not: the role's own coordination, its complements joined by « et de »
    ("Paul Morel, ministre du Logement et de la Ville, a parlé. « Nous construirons », a-t-il "
     "dit.", "Nous construirons", "Paul Morel", "ministre du Logement et de la Ville"),
    # must not: an adjective joined by « et »
    ("Anne Roy, ministre de la Transition écologique et solidaire, a parlé. « Nous "
     "construirons », a-t-elle dit.", "Nous construirons", "Anne Roy",
     "ministre de la Transition écologique et solidaire"),
    # must not: the years an office was held, digits after « et », are dropped, not cut into
    ("Paul Morel, maire de Vernac entre 2001 et 2008, a parlé. « Nous construirons », a-t-il "
     "dit.", "Nous construirons", "Paul Morel", "maire de Vernac"),
    # must not: an office whose own name is written with « et »
    ("Paul Morel, président et directeur général de Valmor, a parlé. « Nous construirons », "
     "a-t-il dit.", "Nous construirons", "Paul Morel", "président et directeur général de Valmor"),
    # must not: « et des » is a complement's, not a quantity
    ("Anne Roy, ministre chargée des Sports et des Jeux olympiques, a parlé. « Nous "
     "construirons », a-t-elle dit.", "Nous construirons", "Anne Roy",
     "ministre chargée des Sports et des Jeux olympiques"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), ROWS)
def test_a_role_ends_before_a_counted_conjunct(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
