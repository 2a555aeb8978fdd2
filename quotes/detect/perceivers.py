"""Subjects that do not speak: whoever is to perceive or understand something in a clause
another verb governs (« X veut que l'UE réalise qu'en …, « … » »); the marks are the words of
the subject of the governing verb."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.governing import SUBJECT_DEPS
from quotes.lexicon import words


def governed_perceiver(tok: Token) -> bool:
    """Is ``tok`` the subject of a verb of perceiving or understanding (``perception_verbs``)
    in a complement clause of a verb that has a subject of its own?"""
    verb = tok.head
    if verb.lower_ not in words("perception_verbs") or verb.dep_ not in ("ccomp", "xcomp"):
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)
