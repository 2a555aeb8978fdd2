"""The role a description says its holder has now (attribute/held_roles.py,
lexicon/now_markers.txt): only after a word of now (« désormais astronaute »), never a former
one (« ancienne astronaute »), never a role merely apposed after the noun. Made-up sentences."""

import pytest
from conftest import lacking, quote_said

# (text, words said, speaker, role)
ROWS = [
    # fire: the role after « désormais » is hers, shown
    ("Claire Dumas, 38 ans et pilote d'essai, a été retenue. « J'y crois », affirme la pilote "
     "d'essai, désormais astronaute.", "J'y crois", "Claire Dumas", "astronaute"),
    # must not: a former role (« ancienne ») is over, not shown as hers now
    ("Claire Dumas, 38 ans et pilote d'essai, a été retenue. « J'y crois », affirme la pilote "
     "d'essai, ancienne astronaute de réserve.", "J'y crois", "Claire Dumas", None),
    # must not: a role after the word of now that is over (« désormais ancienne ») is not hers now
    ("Claire Dumas, 38 ans et pilote d'essai, a été retenue. « J'y crois », affirme la pilote "
     "d'essai, désormais ancienne astronaute.", "J'y crois", "Claire Dumas", None),
    # must not: a role past the noun without a word of now
    ("Claire Dumas, 38 ans et pilote d'essai, a été retenue. « J'y crois », affirme la pilote "
     "d'essai, astronaute de réserve.", "J'y crois", "Claire Dumas", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), ROWS)
def test_a_description_shows_the_role_held_now(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)


def test_without_the_entry_no_role_is_taken(nlp, tmp_path):
    with lacking(tmp_path, "now_markers", "désormais"):
        assert quote_said(nlp, ROWS[0][0], ROWS[0][1]).speaker.role is None


def test_held_by_one_needs_the_described_words_and_a_role_of_now():
    from dataclasses import replace

    from quotes.attribute.descriptions import held_by_one
    from quotes.attribute.resolved import Resolved

    held = Resolved("Claire Dumas", "astronaute", "person", "description", "s", "f",
                    roles=(("astronaute", 0, 1),), described="pilote d'essai")
    assert held_by_one(held)
    assert not held_by_one(replace(held, described=None))  # not a description's holder
    assert not held_by_one(replace(held, roles=()))  # no role of now: not taken on trust
    assert not held_by_one(replace(held, name=None))
