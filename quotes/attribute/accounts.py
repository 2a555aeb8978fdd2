"""Accounts that sign an embedded post: the name before a handle, « — Radio Nord Info
(@radionordinfo) 3 mai 2024 ». An account is a person when its name opens with a first name
(« — Léa Brun (@leabrun) ») or when the article writes that name elsewhere (the cast then says
who it is); else it is an outlet's or a body's account, whatever the recogniser took it for:
never a person of a gender, never a fuller form of a body the article names (« Selon Radio
Nord, … » is Radio Nord's)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.attribute.names import first_name_gender
from quotes.nlp.doc import text_of

_HANDLE = re.compile(r"[ \t]*\(@\w")  # « (@radionordinfo) » right after the name


def account_name(doc: Doc, start: int, end: int) -> bool:
    """Are the words from ``start`` to ``end`` the name of an account signing a post that is
    no person's name: set right before a handle, opening with no first name of
    lexicon/first_names.tsv, written nowhere else in the article?"""
    text = text_of(doc)
    name = text[start:end]
    words = name.split()
    return (_HANDLE.match(text, end) is not None and text.count(name) == 1
            and (not words or first_name_gender(words[0]) is None))
