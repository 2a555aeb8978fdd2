"""Links and pictographs in a page's words: no part of a name, a role nor a quote.

Sentences written for these tests.
"""

import pytest
from conftest import quote_said

from quotes.detect.furniture import pictograph, unpictured


@pytest.mark.parametrize(("ch", "is_one"), [
    ("🎙", True), ("💛", True), ("👇", True), ("\U0001F1EB", True),  # a flag's letter
    ("é", False), ("«", False), ("…", False), ("#", False), ("@", False), ("-", False),
    ("°", False), ("©", False),  # symbols of the text: « 20 °C », « © AFP »
])
def test_a_pictograph(ch, is_one):
    assert pictograph(ch) is is_one


@pytest.mark.parametrize(("text", "kept"), [
    ("🎙 🇫🇷 Anne Roy ", "Anne Roy"),
    ("💛 Merci à tous 👇", "Merci à tous"),
    ("Merci 👇 à tous", "Merci 👇 à tous"),  # one inside the words stays
    ("Anne Roy", "Anne Roy"),
])
def test_the_pictographs_at_the_ends_are_trimmed(text, kept):
    lo, hi = unpictured(text, 0, len(text))
    assert text[lo:hi] == kept


# a noun phrase after a cue stops before a link or a pictograph glued to it
SITTING = "La séance a duré tard.\n\n"
PHRASE_ENDS = [
    (SITTING + "Le conseil municipal a adopté le budget mardi soir, annonce la maire de Vernac "
     "pic.twitter.com/Ab12Cd", "Le conseil municipal a adopté le budget mardi soir",
     "maire de Vernac", "female"),
    (SITTING + "Le conseil municipal a adopté le budget mardi soir, annonce le maire de Vernac "
     "https://t.co/Ab12Cd", "Le conseil municipal a adopté le budget mardi soir",
     "maire de Vernac", None),  # « le »: a masculine gives no sex
    (SITTING + "Le conseil municipal a adopté le budget mardi soir, annonce la maire de Vernac 👏",
     "Le conseil municipal a adopté le budget mardi soir", "maire de Vernac", "female"),
    # no link: the phrase runs to its own end, as before
    (SITTING + "Le conseil municipal a adopté le budget mardi soir, annonce la maire de Vernac.",
     "Le conseil municipal a adopté le budget mardi soir", "maire de Vernac", "female"),
]


@pytest.mark.parametrize(("text", "said", "role", "gender"), PHRASE_ENDS)
def test_a_link_ends_the_speakers_phrase(nlp, text, said, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (None, role, gender)


# « 🎙 Name : « … » »: the name before the colon without its pictographs
@pytest.mark.parametrize(("text", "speaker"), [
    ("🎙 Anne Roy : « Je suis très heureuse de cette victoire à Vernac. »", "Anne Roy"),
    ("🎙 🇫🇷 Paul Brun 💬 : « Nous avons tout donné sur cette course. »", "Paul Brun"),
    ("Paul Brun : « Nous avons tout donné sur cette course. »", "Paul Brun"),
])
def test_pictographs_are_no_part_of_a_colons_speaker(nlp, text, speaker):
    said = text[text.index("« ") + 2 : text.index(" »")]
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.kind) == (speaker, "person")
