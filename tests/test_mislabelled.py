"""Names of people the recogniser labels as something else (``attribute.mislabelled``): a run
of capitalised words opening with a first name is a full name, a surname of one alone is that
person's mention; a first name tagged alone runs over the capitalised word after it that no
entity holds (its surname); not after a common noun (a street, a ship), not a firm's, not after
a preposition of place. The labels are set by hand, so each row tests the rule, not the model."""

import pytest
from spacy.tokens import Span

from quotes.attribute.mislabelled import mislabelled
from quotes.attribute.names import parse


def labelled(nlp, text, *ents):
    """``text`` parsed, its entities replaced by ``ents``: (words, label), in text order."""
    doc = nlp(text)
    spans, at = [], 0
    for words, label in ents:
        lo = text.index(words, at)
        at = lo + len(words)
        spans.append(doc.char_span(lo, at, label=label))
    doc.ents = spans
    return doc


ROWS = [
    ("Le président Recep Kemal Arslan a parlé samedi.", [("Recep Kemal Arslan", "MISC")],
     ["Recep Kemal Arslan"]),
    ("La juge Anne-Laure Dubois van Damme a tranché.", [("Anne-Laure Dubois van Damme", "LOC")],
     ["Anne-Laure Dubois van Damme"]),
    # a surname alone, of a full name found (by the recogniser or by the rule)
    ("Le ministre Paul Arslan est arrivé. Arslan a parlé.",
     [("Paul Arslan", "PER"), ("Arslan", "LOC")], ["Arslan"]),
    ("Le ministre Paul Arslan est arrivé. Arslan a parlé.",
     [("Paul Arslan", "MISC"), ("Arslan", "LOC")], ["Paul Arslan", "Arslan"]),
    # a first name tagged alone, its surname in no entity: the name runs over the surname
    ("La maire de Lyon, Amélie Oudéa-Roux, a parlé.", [("Lyon", "LOC"), ("Amélie", "LOC")],
     ["Amélie Oudéa-Roux"]),
    ("Le juge Hugo Ferral-Batz a tranché.", [("Hugo", "MISC")], ["Hugo Ferral-Batz"]),
    ("La préfète, Inès Marvaud, a parlé.", [("Inès", "LOC")], ["Inès Marvaud"]),
    # must not fire: after a common noun, a firm, no first name, a place after « à »
    ("Les habitants de l'avenue Victor Hugo ont manifesté.", [("Victor Hugo", "LOC")], []),
    ("Le porte-avions Charles de Gaulle a quitté le port.", [("Charles de Gaulle", "MISC")], []),
    ("Le groupe vend des sacs Louis Vuitton.", [("Louis Vuitton", "ORG")], []),
    ("Le festival Rock en Seine ouvre vendredi.", [("Rock en Seine", "MISC")], []),
    ("Le ministre Paul Vienne est arrivé à Vienne.",
     [("Paul Vienne", "PER"), ("Vienne", "LOC")], []),
    ("Le ministre Paul Arslan est arrivé. Istanbul a voté.",
     [("Paul Arslan", "PER"), ("Istanbul", "LOC")], []),
    # a first name alone: not a place after its preposition, nor before an acronym or another
    # entity, nor after a common noun
    ("Le ministre est arrivé à Florence Vieille-Ville hier.", [("Florence", "LOC")], []),
    ("La députée Amélie ONU a parlé.", [("Amélie", "LOC")], []),
    ("La maire, Amélie Roux, a parlé.", [("Amélie", "LOC"), ("Roux", "PER")], []),
    ("Les habitants de l'avenue Victor Hugo-Lanier ont manifesté.", [("Victor", "LOC")], []),
]


@pytest.mark.parametrize(("text", "ents", "names"), ROWS)
def test_mislabelled_names(nlp, text, ents, names):
    doc = labelled(nlp, text, *ents)
    found = [(e, n) for e in doc.ents if e.label_ == "PER" and (n := parse(e.text))]
    got = mislabelled(doc, found, lambda _: True)
    assert [s.text for s, _ in got] == names
    assert all(isinstance(s, Span) and s.label_ == "PER" for s, _ in got)
