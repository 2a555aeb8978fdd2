"""Verb forms the parse gives a token: the participles the cue and content rules tell apart."""

from __future__ import annotations

from spacy.tokens import Token


def participle(tok: Token) -> bool:
    """A participle, past or present: « dénoncés », « affirmant »."""
    return "Part" in tok.morph.get("VerbForm", [])


def past_participle(tok: Token) -> bool:
    """A participle that is not a present one: « dénoncés », « qualifiée », « citées »."""
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" not in tok.morph.get("Tense", [])


def present_participle(tok: Token) -> bool:
    """A present participle: « jugeant », « affirmant », « déclenchant »."""
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])
