"""A headline run into the lead with no stop on the text's first line (« … a tout perdu
L'éleveur a vu … »): the lead's sentence starts at its capitalised article, so a description
that opens it is not kept from the one the headline names as someone else of its sentence
(the speakers' rows are in test_attribution.py). Made-up sentences."""

import pytest

from quotes.attribute.speaking import sentence_around

CUTS = [
    # a lower-case word, then « Le », « La », « Les » or « L' » and a lower-case word
    ("Marc Delage a tout perdu L’éleveur a vu sa grange brûler.", "L’éleveur",
     "L’éleveur a vu sa grange brûler"),
    ("Anne Roy a été vaccinée La responsable a parlé.", "responsable", "La responsable a parlé"),
    # must not fire: a capitalised noun after the article is a title (« Le Monde »)
    ("Paul Morel a écrit dans Le Monde que tout va bien.", "Monde",
     "Paul Morel a écrit dans Le Monde que tout va bien"),
    # nor on a line after the first
    ("Les vaccins sont arrivés.\nAnne Roy a été vaccinée La responsable a parlé.", "responsable",
     "Anne Roy a été vaccinée La responsable a parlé"),
]


@pytest.mark.parametrize(("text", "word", "sentence"), CUTS)
def test_the_sentence_around_a_word_on_the_first_line(text, word, sentence):
    lo = text.index(word)
    a, b = sentence_around(text, lo, lo + len(word))
    assert text[a:b].strip(" .") == sentence
