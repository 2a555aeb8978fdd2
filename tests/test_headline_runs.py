"""A headline run into the lead with no stop on the text's first line (« … a tout perdu
L'éleveur a vu … »): the lead's sentence starts at its capitalised article, so a description
that opens it is not kept from the one the headline names as someone else of its sentence.
Made-up sentences."""

import pytest
from conftest import ANY, quote_said

from quotes.attribute.speaking import sentence_around

RUN_ON = " date 2021-02 Procès – {} Le conseiller municipal {}.\n\n{}"


def row(text, quote, speaker, role, gender):
    return pytest.param(text, quote, speaker, role, gender)


ROWS = [
    # the description that opens the lead is the one the headline names
    row(RUN_ON.format("Paul Morel coupable de fraude", "est condamné à une amende",
                      "Lundi soir, Paul Morel a quitté le tribunal. « C'est injuste », a-t-il "
                      "dit."),
        "C'est injuste", "Paul Morel", "conseiller municipal", "male"),
    row(" date 2021-01 Santé – Anne Roy a été vaccinée La responsable du service de santé a "
        "souligné que le plan était prêt.\n\nAnne Roy a reçu la presse lundi.",
        "le plan était prêt", "Anne Roy", "responsable du service de santé", "female"),
    row(" date 2022-03 Incendie – Marc Delage ruiné par le feu L’éleveur a vu sa grange brûler "
        "dans la nuit.\n\nMarc Delage est resté sur place. « Il ne reste rien », a-t-il dit.",
        "Il ne reste rien", "Marc Delage", "éleveur", "male"),
    # must not fire: the lead's description is of the other gender, no one of the headline
    row(" date 2021-01 Santé – Paul Morel a été vacciné La responsable du service de santé a "
        "souligné que le plan était prêt.\n\nPaul Morel a reçu la presse lundi.",
        "le plan était prêt", None, "responsable du service de santé", "female"),
    # nor past the first line: a later sentence keeps the name beside its description
    row(" date 2021-01 Santé – Les vaccins sont arrivés.\n\nLe préfet a reçu Anne Roy hier "
        "matin La responsable du service de santé a souligné que le plan était prêt.",
        "le plan était prêt", None, ANY, ANY),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender"), ROWS)
def test_a_headline_run_into_the_lead(nlp, text, quote, speaker, role, gender):
    sp = quote_said(nlp, text, quote).speaker
    assert sp.name == speaker
    if role is not ANY:
        assert sp.role == role
    if gender is not ANY:
        assert sp.gender == gender


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
