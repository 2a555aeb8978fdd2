"""A relation apposed to a name (« sa fille », « son ex-épouse », « mère des victimes »): no
function of the person's, and the function joined to it by « et » (« sa fille et avocate »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.functions import opens_function
from quotes.attribute.role_extent import Role, role_span
from quotes.lexicon import folded, noun_genders
from quotes.lexicon.grammar import DE_CONTRACTED, DETERMINERS
from quotes.lexicon.roles import role_prefix


def kinship(words: Span) -> Token | None:
    """ "sa fille", "son ex-épouse", "mère des victimes": a relation, whoever's, no function;
    its kin noun."""
    kin = [t for t in words if t.lower_ not in DETERMINERS]
    if kin and role_prefix(kin[0].text)[1] in folded("kin_nouns") and (
            len(kin) == 1 or kin[1].lower_ in DE_CONTRACTED):
        return kin[0]
    return None


def apposed_function(doc: Doc, lo: int, hi: int) -> Role | None:
    """The role of an apposition in tokens [lo, hi), the one after « et » when a relation opens
    it and « et » opens a function (« mère des victimes et |pharmacienne| », « sa fille et
    |avocate| »: the function, not the relation; « fille du maire et de la directrice »: a
    second complement of the relation, no function of hers)."""
    joined = next((t.i for t in doc[lo + 1 : hi] if t.lower_ == "et"), None)
    if joined is not None and kinship(doc[lo:joined]):
        words = [t.text for t in doc[joined + 1 : hi]]
        return role_span(doc, joined + 1, hi) if words and opens_function(words) else None
    return role_span(doc, lo, hi)


def kin_gender(kin: Token) -> str | None:
    """The sex a noun apposed to the name says of the person (« X, fille de … », « X, père de
    famille », « Mère de trois enfants, X »): lexicon/noun_genders.tsv's « f » and « m », None
    for one of either (« proche »)."""
    said = noun_genders().get(kin.lower_)
    return said if said in ("f", "m") else None
