"""The title of a work in marks where the narration puts a noun phrase is no quote
(detect/unquoted.titled): after a preposition, alone between brackets, or before its author
after « de »; words that end on a stop, hold a verb in lower case or stand in none of those
places stay a quote.

Sentences written for these tests; names and titles are invented.
"""

import pytest
from conftest import quote_said

from quotes.model import Article
from quotes.pipeline import extract_doc

TITLE_WHY = "a work's title in marks, where the narration puts a noun phrase: no speaker"

TITLES = [
    # after « avec », « pour », « à » that follow a verb, not a noun (no term)
    ("Le cinéaste Marc Loriot s'était fait connaître avec « Le Chant du quai ».",
     "Le Chant du quai"),
    ("La romancière Léa Morvan a été saluée pour « La Maison des quatre vents ».",
     "La Maison des quatre vents"),
    ("Le cinéaste Marc Loriot a été primé pour « La passion de Dodin Bouffant ».",
     "La passion de Dodin Bouffant"),
    # a capitalised word the parse reads as a verb is the title's (« Interest »)
    ("Le jury a remis son prix à « The Edge of Interest » du Canadien Paul Dane.",
     "The Edge of Interest"),
    # alone between brackets
    ("Elle est la deuxième femme primée, après Anne Valois en 1998 (« La Maison du port »).",
     "La Maison du port"),
    # before its author, after a comma
    ("Autres films marquants, « Le Chant du quai », de Marc Loriot, a reçu le prix du jury.",
     "Le Chant du quai"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_a_works_title_is_no_quote(nlp, text, title):
    result = extract_doc(Article("t", text), nlp(text))
    assert [q.span.text for q in result.quotes] == []
    assert [r.reason for r in result.rejected if text[r.start : r.end] == title] == [TITLE_WHY]


SAID = "Le maire Paul Roux a pris la parole devant les salariés. "

KEPT = [
    # in no place of a noun phrase: the speaker before goes on
    (SAID + "« Une honte pour toute la commune ».", "Une honte pour toute la commune"),
    # after « de », no capitalised name: no author
    (SAID + "« Une honte pour la commune », de l'avis de tous.", "Une honte pour la commune"),
    # between brackets, but ending on a stop: a sentence said
    ("Le maire Paul Roux a pris la parole devant les salariés (« Une honte pour toute la "
     "commune ! »).", "Une honte pour toute la commune !"),
    # after a preposition, with a verb in lower case: a sentence said
    ("Le maire Paul Roux a pris la parole devant les salariés, avec « Nous ne lâcherons rien » "
     "pour seul mot d'ordre.", "Nous ne lâcherons rien"),
]


@pytest.mark.parametrize(("text", "said"), KEPT)
def test_words_that_are_no_title_stay_a_quote(nlp, text, said):
    assert quote_said(nlp, text, said).speaker.name == "Paul Roux"
