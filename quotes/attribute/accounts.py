"""Accounts that sign an embedded post: the name before a handle, « — Radio Nord Info
(@radionordinfo) 3 mai 2024 ». Its own words give its kind: a word of the press or of a body
(lexicon/press_nouns.txt, « radio », « journal »; the nouns of bodies) opening it, and no first
name, make it an outlet's or a body's account, whatever the recogniser took it for: never a
person of a gender, never a fuller form of a body the article names (« Selon Radio Nord, … »
is Radio Nord's). Any other name stays what the cast says (« — Léa Brun (@leabrun) »)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.attribute.names import first_name_gender
from quotes.detect.handle_spelling import HANDLE
from quotes.lexicon import is_org_noun
from quotes.lexicon.outlets import is_press_noun
from quotes.nlp.doc import text_of

_HANDLE = re.compile(r"[ \t]*\(" + HANDLE)  # « (@radionordinfo) » right after the name


def account_name(doc: Doc, start: int, end: int) -> bool:
    """Are the words from ``start`` to ``end`` the name of an account signing a post that is
    an outlet's or a body's: set right before a handle, opening with no first name of
    lexicon/first_names.tsv, its first word (or a part of it joined by a hyphen) a noun of the
    press or of a body?"""
    text = text_of(doc)
    if _HANDLE.match(text, end) is None:  # most names sign no post: read no further
        return False
    words = text[start:end].split()
    if not words:
        return False
    parts = words[0].split("-")  # « Radio-Nord Info », never « Soizic Bureau »
    return first_name_gender(words[0]) is None and any(
        is_press_noun(p) or is_org_noun(p) for p in parts)
