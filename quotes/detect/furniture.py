"""Page furniture inside the words of a page: links and pictographs.

A link (« pic.twitter.com/Ab12 », « https://t.co/x », « www.vernac.fr ») or a pictograph
(« 🎙 », a flag, « 💛 ») belongs to no name, role nor quote: a noun phrase stops before it
(« annonce la maire de Vernac pic.twitter.com/Ab12 »: the maire de Vernac) and the words
around it are trimmed of it (« 🎙 🇫🇷 Anne Roy : « … » »: Anne Roy). A bare domain, no scheme,
no « www. », no path, is no link but a name (« le patron de Vernacinfo.net », « a annoncé
Logivernac.com »): a site named as its owner is.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Token

# a scheme, « www. », or a domain with a path (« t.co/x », « pic.twitter.com/x »)
_LINK = re.compile(r"(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)\S*", re.IGNORECASE)
_FIRST_PICTOGRAPH = 0x2190  # the arrows on: symbols before them are the text's (« ° », « © »)


def pictograph(ch: str) -> bool:
    """Is ``ch`` a pictograph or its variation selector (an emoji, a flag's letter)?"""
    return (unicodedata.category(ch) == "So" and ord(ch) >= _FIRST_PICTOGRAPH) or (
        ch in "\ufe0f\u200d")


def link(word: str) -> bool:
    """Is ``word`` a link: a scheme, « www. » or a path (« t.co/x »), no bare domain?"""
    return _LINK.fullmatch(word) is not None


def furniture(tok: Token) -> bool:
    """Is the word ``tok`` a link or pictographs only?"""
    return link(tok.text) or all(pictograph(ch) for ch in tok.text)


def unpictured(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The range from ``lo`` to ``hi`` without the pictographs and spaces at its two ends."""
    while lo < hi and (pictograph(text[lo]) or text[lo].isspace()):
        lo += 1
    while hi > lo and (pictograph(text[hi - 1]) or text[hi - 1].isspace()):
        hi -= 1
    return lo, hi
