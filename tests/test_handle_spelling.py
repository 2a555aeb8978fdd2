"""A handle spells a name letter for letter: case, accents, spaces, hyphens, « _ » and its « @ »
aside.

Names written for these tests.
"""

import re

import pytest

from quotes.detect.handle_spelling import HANDLE, spells


@pytest.mark.parametrize(("handle", "name", "spelled"), [
    ("FERRANDROY", "Ferrand-Roy", True),
    ("anneferrandroy", "Anne Ferrand-Roy", True),
    ("RadioVernac", "Radio Vernac", True),
    ("lea_brun", "Léa Brun", True),
    ("@RadioVernac", "Radio Vernac", True),  # the « @ » of the handle aside
    ("annroy", "Anne Roy", False),  # a letter short: no spelling
    ("anneroy2024", "Anne Roy", False),
    ("roy", "Anne Roy", False),
])
def test_a_handle_spells_a_name(handle, name, spelled):
    assert spells(handle, name) is spelled


@pytest.mark.parametrize(("word", "is_one"), [
    ("@anneroy", True), ("@Anne_Roy", True), ("@a", True),  # one letter: a page clipped there
    ("@", False), ("anneroy", False), ("@" + "a" * 31, False),  # longer than any account's
])
def test_a_handle(word, is_one):
    assert (re.fullmatch(HANDLE, word) is not None) is is_one
