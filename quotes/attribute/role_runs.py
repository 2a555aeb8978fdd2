"""Where a role runs into another noun phrase after its noun: « et » or « ou » with a number or
a quantity (« l'ex-présidente du parti |et plusieurs| cadres », « le maire |et deux| adjoints »:
other people) is no part of the role, whose own coordination opens on « de » or an adjective
(« ministre du Logement et de la Ville », « ministre de la Transition écologique et
solidaire ») and stays whole, as a number's or a name's own « et » does (« des moins de vingt
|et un| ans », « des Mille |et Une| Nuits », « l'association Un toit |et un| jardin », « la
compagnie Deux |ou trois| choses »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import fold, words
from quotes.lexicon.grammar import LIST_JOINS, NUMBER_WORDS, QUANTITIES


def counted_conjunct(doc: Doc, i: int, noun: int) -> bool:
    """Is token ``i``, after the role noun ``noun``, « et » or « ou » before a number word or a
    quantity in lower case (« |et plusieurs| cadres », « |et deux| adjoints », « |ou quelques|
    élus », « |et un| ami »: grammar.QUANTITIES): another noun phrase, never a complement of the
    role before it? Not digits, which close the years of an office (« maire de Vernac entre 2001
    |et 2008| »: ``functions`` drops them); not after a number word, inside a compound number
    (« vingt |et un| », « Deux |ou trois| »); not before a capitalised word (« Mille |et Une|
    Nuits »); not inside a name a capitalised number word opens after the noun (« l'association
    Un toit |et un| jardin »)."""
    if doc[i].lower_ not in LIST_JOINS or i + 1 >= len(doc):
        return False
    return (doc[i + 1].text in QUANTITIES  # lower case: « et Une Nuits » is a name's
            and not _numeral(doc[i - 1].lower_)
            and not any(_opens_name(t) for t in doc[noun + 1 : i]))


def _opens_name(t: Token) -> bool:
    """Is ``t`` a capitalised number word inside a sentence (« l'association |Un| toit … »)? The
    parser's sentence starts are no guide there (it opens one at « Un »): the word before is."""
    return (t.text[:1].isupper() and _numeral(fold(t.text))
            and t.nbor(-1).text not in _SENTENCE_ENDS)


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":", "«", "\"", "“"})


def _numeral(word: str) -> bool:
    """Is the folded ``word`` a number word a compound number joins with « et » or « ou » after
    it (« vingt |et un| », « mille |et une| », « deux |ou trois| »)?"""
    return word in NUMBER_WORDS or word in words("compound_numbers")
