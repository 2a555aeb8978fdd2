"""A handle in a speaker's mention names the one person of the cast whose name it spells.

Sentences written for these tests.
"""

import pytest
from conftest import quote_said

from quotes.detect.posts import spells

SAID = "J'ai juste envie de profiter de ce moment avec ma famille."


@pytest.mark.parametrize(("handle", "name", "spelled"), [
    ("FERRANDROY", "Ferrand-Roy", True),
    ("anneferrandroy", "Anne Ferrand-Roy", True),
    ("RadioVernac", "Radio Vernac", True),
    ("lea_brun", "Léa Brun", True),
    ("annroy", "Anne Roy", False),  # a letter short: no spelling
    ("anneroy2024", "Anne Roy", False),
    ("roy", "Anne Roy", False),
])
def test_a_handle_spells_a_name(handle, name, spelled):
    assert spells(handle, name) is spelled


HANDLED = [
    # a first name and the handle spelling her surname: her
    ("«Je suis comblée», a dit Anne Ferrand-Roy après sa victoire à Vernac.\n\n"
     f"Anne @FERRANDROY : « {SAID} »", "Anne Ferrand-Roy", "female"),
    # the handle spelling the whole name
    ("«Je suis comblé», a dit Paul Ferrand après sa victoire à Vernac.\n\n"
     f"@paulferrand : « {SAID} »", "Paul Ferrand", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "gender"), HANDLED)
def test_a_handle_names_the_person_it_spells(nlp, text, speaker, gender):
    q = quote_said(nlp, text, SAID)
    assert (q.speaker.name, q.speaker.kind, q.speaker.gender) == (speaker, "person", gender)


NOT_HANDLED = [
    # two people of the surname the handle spells: neither
    ("«Je suis comblée», a dit Anne Roy. «Bravo», a dit Paul Roy à Vernac.\n\n"
     f"@ROY : « {SAID} »", ("Anne Roy", "Paul Roy")),
    # a first name that is not hers: not her
    ("«Je suis comblée», a dit Anne Ferrand-Roy après sa victoire à Vernac.\n\n"
     f"Marie @FERRANDROY : « {SAID} »", ("Anne Ferrand-Roy",)),
]


@pytest.mark.parametrize(("text", "not_them"), NOT_HANDLED)
def test_a_handle_that_fits_no_one_alone_names_no_one_of_the_cast(nlp, text, not_them):
    assert quote_said(nlp, text, SAID).speaker.name not in not_them
