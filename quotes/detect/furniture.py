"""Page furniture inside the words of a page: links and pictographs.

A link (« pic.twitter.com/Ab12 », « https://t.co/x ») or a pictograph (« 🎙 », a flag, « 💛 »)
belongs to no name, role nor quote: a noun phrase stops before it (« annonce la maire de
Vernac pic.twitter.com/Ab12 »: the maire de Vernac) and the words around it are trimmed of it
(« 🎙 🇫🇷 Anne Roy : « … » »: Anne Roy).
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Token

_FIRST_PICTOGRAPH = 0x2190  # the arrows on: symbols before them are the text's (« ° », « © »)


def pictograph(ch: str) -> bool:
    """Is ``ch`` a pictograph or its variation selector (an emoji, a flag's letter)?"""
    return (unicodedata.category(ch) == "So" and ord(ch) >= _FIRST_PICTOGRAPH) or (
        ch in "\ufe0f\u200d")


def furniture(tok: Token) -> bool:
    """Is the word ``tok`` a link or pictographs only?"""
    return tok.like_url or all(pictograph(ch) for ch in tok.text)


def unpictured(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The range from ``lo`` to ``hi`` without the pictographs and spaces at its two ends."""
    while lo < hi and (pictograph(text[lo]) or text[lo].isspace()):
        lo += 1
    while hi > lo and (pictograph(text[hi - 1]) or text[hi - 1].isspace()):
        hi -= 1
    return lo, hi
