"""A name alone on the line above a quote that opens its paragraph says who speaks, as press
round-ups of reactions lay them out (``attribute.name_lines``): in capitals with a function
after it too; a heading that names no one, or a name inside a sentence, does not.
"""

import pytest
from conftest import quote_said

LEAD = ("Le conseil municipal de Vernay a voté lundi la fermeture de la piscine. Voici les "
        "principales réactions.\n\n")

# (text, quote, speaker)
NAME_LINES = [
    # fire: a name alone, then a name in capitals with its function
    (LEAD + "Hugo Ferrand\n\n« Nous ne lâcherons rien. »\n\nLéa Morel\n\n« C'est une triste "
     "journée pour les enfants. »", "C'est une triste journée pour les enfants.", "Léa Morel"),
    (LEAD + "* HUGO FERRAND, MAIRE DE VERNAY, SUR FACEBOOK\n\n\"Le budget ne permettait plus "
     "de la garder.\"\n\n* LÉA MOREL, CONSEILLÈRE RÉGIONALE, DANS UN COMMUNIQUÉ\n\n\"C'est une "
     "triste journée pour les enfants.\"", "C'est une triste journée pour les enfants.",
     "Léa Morel"),
    # must not: a heading that names no one
    (LEAD + "Hugo Ferrand a dénoncé la décision : « Nous ne lâcherons rien. »\n\nUne triste "
     "journée\n\n« C'est une triste journée pour les enfants. »",
     "C'est une triste journée pour les enfants.", None),
    # must not: a name inside a sentence of the line above
    (LEAD + "Hugo Ferrand a dénoncé la décision.\n\n« C'est une triste journée pour les "
     "enfants. »", "C'est une triste journée pour les enfants.", "Hugo Ferrand"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), NAME_LINES)
def test_a_name_alone_on_the_line_above(nlp, text, quote, speaker):
    assert quote_said(nlp, text, quote).speaker.name == speaker


def test_a_name_line_in_capitals_gives_the_function_not_the_place(nlp):
    text = NAME_LINES[1][0]
    said = quote_said(nlp, text, "C'est une triste journée pour les enfants.")
    assert (said.speaker.name, said.speaker.role) == ("Léa Morel", "conseillère régionale")
    said = quote_said(nlp, text.replace(", CONSEILLÈRE RÉGIONALE", ""),
                      "C'est une triste journée pour les enfants.")
    assert (said.speaker.name, said.speaker.role) == ("Léa Morel", None)
