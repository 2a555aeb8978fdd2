"""« Mᵉ » that lost its superscript glues « M » to the first name (« MRichard Dupuis »): the
name is the first name and surname (names.py ``title_unglued``). Made-up sentences."""

import pytest
from conftest import quote_said

from quotes.attribute.names import parse, title_unglued


@pytest.mark.parametrize(("word", "bare"), [
    ("MRichard", "Richard"),
    ("MAnne", "Anne"),
    # must not: a name of its own, a capital after « M » that opens no first name
    ("McCartney", None),
    ("MBappé", None),
    ("Martin", None),
    ("MI", None),
])
def test_a_glued_m_before_a_first_name_is_a_title(word, bare):
    assert title_unglued(word) == bare


def test_the_name_is_read_without_it():
    assert parse("MRichard Dupuis").text == "Richard Dupuis"


def test_the_speaker_is_named_without_it(nlp):
    text = ("La députée Anne Roy a été réélue. Contacté par Libération, son avocat MRichard "
            "Dupuis, qui était à ses côtés, résume : « Elle a gagné. »")
    sp = quote_said(nlp, text, "Elle a gagné.").speaker
    assert (sp.name, sp.role, sp.gender) == ("Richard Dupuis", "avocat", "male")
