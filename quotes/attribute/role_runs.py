"""Where a role runs into another noun phrase after its noun: « et » or « ou » with a number or
a quantity (« l'ex-présidente du parti |et plusieurs| cadres », « le maire |et deux| adjoints »:
other people) is no part of the role, whose own coordination opens on « de » or an adjective
(« ministre du Logement et de la Ville », « ministre de la Transition écologique et
solidaire ») and stays whole.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import fold
from quotes.lexicon.grammar import LIST_JOINS, QUANTITIES


def counted_conjunct(doc: Doc, i: int) -> bool:
    """Is token ``i`` « et » or « ou » before a number word or a quantity (« |et plusieurs|
    cadres », « |et deux| adjoints », « |ou quelques| élus », « |et un| ami »: grammar.QUANTITIES):
    another noun phrase, never a complement of the role before it? Not digits, which close the
    years of an office (« maire de Vernac entre 2001 |et 2008| »: ``functions`` drops them)."""
    return doc[i].lower_ in LIST_JOINS and i + 1 < len(doc) and fold(doc[i + 1].text) in QUANTITIES
