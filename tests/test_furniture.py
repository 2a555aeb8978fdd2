"""Links and pictographs in a page's words: no part of a name, a role nor a quote.

Sentences written for these tests.
"""

import pytest
from conftest import quote_said

from quotes.detect.furniture import link, pictograph, unpictured


@pytest.mark.parametrize(("ch", "is_one"), [
    ("🎙", True), ("💛", True), ("👇", True), ("\U0001F1EB", True),  # a flag's letter
    ("é", False), ("«", False), ("…", False), ("#", False), ("@", False), ("-", False),
    ("°", False), ("©", False),  # symbols of the text: « 20 °C », « © AFP »
])
def test_a_pictograph(ch, is_one):
    assert pictograph(ch) is is_one


@pytest.mark.parametrize(("word", "is_one"), [
    ("pic.twitter.com/Ab12Cd", True), ("https://t.co/Ab12Cd", True), ("t.co/Ab12Cd", True),
    ("http://vernac.fr", True), ("www.vernac.fr", True), ("vernac.fr/budget", True),
    # a bare domain is the name of a site, no link
    ("Vernacinfo.net", False), ("Logivernac.com", False), ("Vernacemploi.fr", False),
    ("24/7", False), ("et/ou", False), ("M.", False),
])
def test_a_link(word, is_one):
    assert link(word) is is_one


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


# a bare domain is a site's name: it names the speaker or stays in the role, never ends them
SITES = [
    ("« Le site a été piraté », a reconnu le patron de Vernacinfo.net, Marc Tessier.",
     "Le site a été piraté", "Marc Tessier", "patron de Vernacinfo.net", "person"),
    ("« Le chantier commencera en juin », annonce le directeur général de Logivernac.com "
     "devant les actionnaires.",
     "Le chantier commencera en juin", None, "directeur général de Logivernac.com", "person"),
    ("« Le site a été piraté », a indiqué le responsable de Vernacinfo.net à l'AFP.",
     "Le site a été piraté", None, "responsable de Vernacinfo.net", "person"),
    ("« Nous recrutons deux cents personnes cette année », a annoncé Logivernac.com dans un "
     "communiqué.",
     "Nous recrutons deux cents personnes cette année", "Logivernac.com", None, "organization"),
    ("« Nous recrutons deux cents personnes », selon Vernacemploi.fr, qui cite la direction.",
     "Nous recrutons deux cents personnes", "Vernacemploi.fr", None, "organization"),
    ("Le budget est voté, a annoncé Vernacactu.fr mardi soir.",
     "Le budget est voté", "Vernacactu.fr", None, "organization"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "kind"), SITES)
def test_a_bare_domain_is_a_sites_name(nlp, text, said, speaker, role, kind):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role, q.speaker.kind) == (speaker, role, kind)


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
