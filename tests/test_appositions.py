"""Where a sentence's subject starts when the parse took its apposition for it, or read a
surname after a long role as the verb's auxiliary (the label set by hand, so the rows test the
rule, not the model)."""

import pytest

from quotes.detect.appositions import apposed_name, auxiliary_name
from quotes.model import Article
from quotes.pipeline import extract_doc


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the name opens the sentence, the indefinite apposition parsed as the subject
        ("Didier Morand, un retraité de Saint-Astier, a reconnu les faits.", "Didier"),
        # a name after a preposition is an adjunct: the subject stays where the parse puts it
        ("Après Didier Morand, un voisin de Saint-Astier a témoigné.", "un"),
        ("Selon Didier Morand, un voisin de Saint-Astier a menti.", "un"),
    ],
)
def test_apposed_name(nlp, text, subject):
    doc = nlp(text)
    tok = next(t for t in doc if t.dep_ == "nsubj")
    lo = min(t.i for t in tok.subtree)
    assert doc[apposed_name(doc, lo, tok)].text == subject


def _as_auxiliary(nlp, text, name, verb):
    """``text`` parsed, the word ``name`` relabelled as ``verb``'s auxiliary and the verb's
    subject as a bare dependent: the parse the model gives a surname after a long role."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    head = next(t for t in doc if t.text == verb)
    for c in list(head.children):
        if c.dep_.startswith("nsubj"):
            c.dep_ = "dep"
    tok.head, tok.dep_ = head, "aux:tense"
    return doc, tok


@pytest.mark.parametrize(
    ("text", "word", "verb", "start"),
    [
        # a name read as an auxiliary: its name runs back over the first name
        ("En réponse, le ministre chargé du Commerce extérieur Franck Morvan rappelait la règle.",
         "Morvan", "rappelait", "Franck"),
        # must not: a form of avoir, a capital opening the sentence (« A » for « À »)
        ("Le ministre chargé du Commerce Paul Morvan a rappelé la règle.", "a", "rappelé", None),
        ("A la fin, le ministre chargé du Commerce a rappelé la règle.", "A", "rappelé", None),
    ],
)
def test_auxiliary_name(nlp, text, word, verb, start):
    doc, tok = _as_auxiliary(nlp, text, word, verb)
    lo = auxiliary_name(tok)
    assert (doc[lo].text if lo is not None else None) == start


# a man named as the subject before, then the minister whose surname the parse read as the
# verb's auxiliary: « il » after the marks is the minister (a subject of the narrator's)
MINISTER = ("Le député Paul Ferrand a brandi un drapeau. En réponse, le ministre chargé du "
            "Commerce extérieur Franck Morvan rappelait la position de la France. « Vous ne "
            "pouvez pas oublier les otages », ajoutait-il.")


def test_a_name_read_as_an_auxiliary_is_a_subject(nlp):
    doc, _ = _as_auxiliary(nlp, MINISTER, "Morvan", "rappelait")
    quotes = extract_doc(Article("t", MINISTER), doc).quotes
    assert [(q.span.text, q.speaker.name) for q in quotes] == [
        ("Vous ne pouvez pas oublier les otages", "Franck Morvan")]


def test_a_name_the_parse_reads_right_stays_the_subject(nlp):
    # must not: the same sentence as the model parses it
    quotes = extract_doc(Article("t", MINISTER), nlp(MINISTER)).quotes
    assert [(q.span.text, q.speaker.name) for q in quotes] == [
        ("Vous ne pouvez pas oublier les otages", "Franck Morvan")]
