"""Indefinite pronouns of some people unnamed (« d'autres »): the subject of a verb the parse
gave none, and an anonymous source as written."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotes.lexicon import words
from quotes.lexicon.grammar import ELIDED_DE


def indefinite_subject(doc: Doc, i: int, floor: int) -> tuple[int, int] | None:
    """The token range of « d'autres » (lexicon/indefinite_subjects.txt) right
    before token ``i`` (the verb), never before ``floor``: some people unnamed are the
    subject (« alors que d'autres estimaient que … »), not the person named before them."""
    j = i - 1
    if j - 1 < floor or doc[j].lower_ not in words("indefinite_subjects"):
        return None
    return (j - 1, i) if doc[j - 1].lower_ in ELIDED_DE else None


def indefinite_pronoun(tokens: Sequence[Token]) -> bool:
    """Are the tokens of a mention « d'autres » alone (lexicon/indefinite_subjects.txt): some
    people unnamed, an anonymous source as written?"""
    return (len(tokens) == 2 and tokens[0].lower_ in ELIDED_DE
            and tokens[1].lower_ in words("indefinite_subjects"))
