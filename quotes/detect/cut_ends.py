"""Reported words that are cut, not whole: they stop on a word that needs what follows it
(``content.open_end``: « sa détermination à »), or the text itself stops inside their clause
with no final punctuation, in a line of prose whose sentence before them ends (a scraped page
cut short: « … la région. Selon le ministère, qu »; not a one-line heading with no period).
Such words are no quote; a quotation in marks cut the same way stays one (the words are the
speaker's as far as they go).
"""

from __future__ import annotations

import re

from quotes.detect.content import open_end
from quotes.detect.context import SENT_END

_CLOSERS = "»”\"›"  # a closing mark after a sentence's end
_FINAL = SENT_END + _CLOSERS + ")"  # what ends a text that is whole
_SENTENCE_END = re.compile(rf"[{SENT_END}][{_CLOSERS}]?\s")


def cut(text: str, start: int, end: int) -> str | None:
    """Why the reported words from ``start`` to ``end`` are cut, or None."""
    if open_end(text, start, end):
        return "reported words cut inside their clause"
    last = text.rstrip()[-1:]
    line = text.rfind("\n", 0, start) + 1
    if not text[end:].strip() and last and last not in _FINAL and _SENTENCE_END.search(
            text, line, start):
        return "reported words cut by the end of the text"
    return None
