"""Someone's circle speaking as an unnamed source (fixtures/gold/GUIDELINES.md, « Someone's
circle »): « l'entourage du ministre », « a indiqué son entourage » after Paul Roux are
anonymous, written with the article and whose circle it is (lexicon/circle_nouns.txt)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.attribute.descriptions import of
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DEFINITE


def is_circle(head: Token) -> bool:
    """Is ``head`` a noun of someone's circle (« entourage »)?"""
    return fold(head.text) in folded("circle_nouns")


def circle_name(doc: Doc, i: int, text: str, head: Token, owner: str | None) -> str:
    """The anonymous source a circle is: « l’entourage de » the owner's full name when the
    article names the owner (« son entourage », « l'entourage de M. Roux »), else the mention
    ``text`` (starting at token ``i``) as written, a description kept (« l'entourage du
    président »)."""
    if owner is None:  # an article opening the sentence is lowered (« L’ » reads as capitals)
        return text[:1].lower() + text[1:] if doc[i].lower_ in DEFINITE else text
    article = "l’" if fold(head.text)[:1] in "aeiouyh" else "le "
    return f"{article}{head.text.lower()} {of(owner)}"
