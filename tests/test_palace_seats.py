"""A palace's or a building's noun with a capitalised common noun after it (« le palais de
Justice », « le château d'Eau », « le palais des Sports de Vernac ») names a building, no one;
nor does one in lower case or alone (« le palais des sports », « le palais présidentiel »). No
capital makes a building a body (quotes/attribute/seats.py reads lexicon/seats.txt only)."""

import pytest
from conftest import quote_said

ROWS = [
    ("Le palais de Justice a fait savoir que l'audience était renvoyée.",
     "l'audience était renvoyée"),
    ("Le château d'Eau a fait savoir que la fête était annulée.", "la fête était annulée"),
    ("Le palais des Sports de Vernac a fait savoir que le match était reporté.",
     "le match était reporté"),
    ("Le palais des sports a fait savoir que le concert était annulé.",
     "le concert était annulé"),
    ("Le palais présidentiel a démenti que le chef de l'État soit malade.",
     "le chef de l'État soit malade"),
]


@pytest.mark.parametrize(("text", "said"), ROWS)
def test_a_building_names_no_one(nlp, text, said):
    assert quote_said(nlp, text, said).speaker.name is None
