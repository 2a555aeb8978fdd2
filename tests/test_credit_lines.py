"""A photo's credit on a line of its own (« © Anne Roy », « Photo : AFP ») is no paragraph
between a narration and the marks after it: the one the narration was about still speaks
them. The photographer named there never speaks, and a caption that is prose still counts.
"""

import pytest
from conftest import quote_said

SAID = "Ce qui s'est passé est un crime. Il y avait une volonté de nuire."
NARRATION = ("La maison du maire a été visée par un incendie.\n\nNullement blessé, Paul Ribot "
             "était décontenancé. Inquiet, il a accepté de nous confier son sentiment…\n\n")

# (text, speaker, role, gender)
ROWS = [
    # fire: a credit line, then the marks: the one of the narration
    (NARRATION + "© M. T.\n\n\n\n« " + SAID + " »", "Paul Ribot", None, "male"),
    (NARRATION + "Photo : Anne Roy / AFP\n\n« " + SAID + " »", "Paul Ribot", None, "male"),
    (NARRATION.replace("Paul Ribot", "la maire Léa Fontaine").replace("Nullement blessé",
     "Nullement blessée").replace("Inquiet, il", "Inquiète, elle")
     + "Crédits photo : Anne Roy\n\n« " + SAID + " »", "Léa Fontaine", "maire", "female"),
    # must not: a caption of prose counts as a paragraph; a narration about no one leaves
    # the marks to no one, never to the photographer
    (NARRATION + "La façade noircie de la maison, dimanche.\n\nLes voisins ont été évacués "
     "vers minuit.\n\n« " + SAID + " »", None, None, None),
    ("Le feu a pris vers minuit dans la maison.\n\n© Anne Roy\n\n« " + SAID + " »",
     None, None, None),
]


@pytest.mark.parametrize(("text", "speaker", "role", "gender"), ROWS)
def test_a_credit_line_is_no_paragraph_between(nlp, text, speaker, role, gender):
    sp = quote_said(nlp, text, SAID).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
