"""Marks inside a verb group: the subject of that verb group speaks (``detect.predicates``),
never a subject a completive « que » opens, whose words someone else reports."""

import pytest
from conftest import found_quotes

VIDAL = "« Nous avons tranché », a déclaré Claire Vidal. "

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
    # the same with an adverb between the verb of saying and « que »
    ("Le PDG de Vexor, Paul Mérand, a répondu aux critiques. Le PDG juge aussi que Luc "
     "Tardieu « ignore tout du secteur et de ses contraintes ».",
     "ignore tout du secteur et de ses contraintes", "Paul Mérand", False),
    # must not fire: a « que » after no verb of saying opens the name's own verb group
    (VIDAL + "C'est ainsi que Paul Roux « ne regrette rien de ses choix » depuis la réunion.",
     "ne regrette rien de ses choix", "Paul Roux", True),
    (VIDAL + "Bien que Sophie Lenoir « ne regrette rien de ses choix », elle a quitté le "
     "parti.", "ne regrette rien de ses choix", "Sophie Lenoir", True),
    (VIDAL + "Parce que Jean Valbert « refuse de céder à la pression », la réunion a échoué.",
     "refuse de céder à la pression", "Jean Valbert", True),
    (VIDAL + "Maintenant que Hugo Lantier « a tourné la page », le club avance.",
     "a tourné la page", "Hugo Lantier", True),
    (VIDAL + "Alors que Léa Morel « refuse tout compromis avec la direction », le conflit "
     "dure.", "refuse tout compromis avec la direction", "Léa Morel", True),
    ("Depuis qu'Étienne Royer « ne croit plus aux promesses du conseil », la mairie se tait.",
     "ne croit plus aux promesses du conseil", "Étienne Royer", True),
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
