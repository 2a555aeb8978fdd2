"""« Ce dernier » never stands for the complement of a noun that opens on a preposition of a
place (lexicon/where_prepositions.txt, read by quotes/attribute/latter.py): « devant le siège du
syndicat » is where the speaker was, and « syndicat » no antecedent. One row for each entry; each
row gives another speaker (or none) when its entry is taken out of the list."""

import pytest
from conftest import quote_said

from quotes.lexicon import words

ROWS = [
    ("dans", "Le maire Paul Vidal a parlé dans la salle du conseil. « Nous ne lâcherons rien », "
     "a déclaré ce dernier.", "Nous ne lâcherons rien", "Paul Vidal"),
    ("en", "Le ministre Paul Vidal est arrivé en salle du conseil. Ce dernier a affirmé que la "
     "réforme passerait.", "la réforme passerait", "Paul Vidal"),
    ("sur", "Le maire Paul Vidal a parlé sur le site du syndicat. « Nous ne lâcherons rien », "
     "a déclaré ce dernier.", "Nous ne lâcherons rien", "Paul Vidal"),
    ("vers", "Le ministre Paul Vidal est arrivé vers le siège du syndicat. Ce dernier a affirmé "
     "que la réforme passerait.", "la réforme passerait", "Paul Vidal"),
    ("devant", "Le maire Paul Vidal a parlé devant le siège du syndicat. « Nous ne lâcherons "
     "rien », a déclaré ce dernier.", "Nous ne lâcherons rien", "Paul Vidal"),
    ("derrière", "Le maire Paul Vidal s'est exprimé derrière le siège du syndicat. « Nous "
     "tiendrons », a assuré ce dernier.", "Nous tiendrons", "Paul Vidal"),
    ("depuis", "Le ministre Paul Vidal est arrivé depuis le siège du syndicat. Ce dernier a "
     "affirmé que la réforme passerait.", "la réforme passerait", "Paul Vidal"),
]


@pytest.mark.parametrize(("word", "text", "said", "speaker"), ROWS)
def test_a_place_complement_is_no_antecedent(nlp, word, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


@pytest.mark.parametrize(("word", "text", "said", "speaker"), ROWS)
def test_each_row_needs_its_entry(nlp, monkeypatch, word, text, said, speaker):
    import quotes.attribute.latter as latter

    full = latter._where()
    monkeypatch.setattr(latter, "_where", lambda: full - {word})
    assert quote_said(nlp, text, said).speaker.name != speaker


def test_every_entry_has_a_row():
    assert set(words("where_prepositions")) == {row[0] for row in ROWS}
