"""Marks inside a verb group: the subject of that verb group speaks (``detect.predicates``),
never a subject a completive « que » opens, whose words someone else reports."""

import pytest
from conftest import found_quotes

# (text, words inside the quote, speaker, a predicate quote?)
PREDICATES = [
    # the subject of the verb group the marks open in speaks
    ("« Nous avons tranché », a déclaré Claire Vidal. Luc Tardieu « ne regrette rien de ses "
     "choix » depuis la réunion.", "ne regrette rien de ses choix", "Luc Tardieu", True),
    # a subject right after « que » (the parse read « juge » as a noun): the words are said
    # about him, by the one who judges
    ("Le PDG de Vexor, Paul Mérand, a répondu aux critiques. Le PDG juge que Luc Tardieu "
     "« décrit la situation du secteur de manière fausse ».",
     "décrit la situation du secteur de manière fausse", "Paul Mérand", False),
    # the completive of a verb the parse reads: that verb's subject, as before
    ("Le PDG de Vexor, Paul Mérand, a répondu aux critiques. Il estime que Luc Tardieu "
     "« décrit la situation du secteur de manière fausse ».",
     "décrit la situation du secteur de manière fausse", "Paul Mérand", False),
]


@pytest.mark.parametrize(("text", "words", "speaker", "predicate"), PREDICATES)
def test_the_subject_of_the_marked_verb_group_speaks(nlp, text, words, speaker, predicate):
    found = [q for q in found_quotes(nlp, text) if words in q.span.text]
    assert found, [q.span.text for q in found_quotes(nlp, text)]
    assert found[0].speaker.name == speaker
    assert ("predicate" in found[0].evidence) is predicate
