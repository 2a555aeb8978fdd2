"""Reported words that say nothing: an unmarked span whose words are only coordinating
conjunctions (« et », « mais », lexicon.grammar.COORDINATORS) or punctuation, the remains of a
clause another rule read (« Selon X, et qui …, … » leaving « et »). What was said is elsewhere;
any other word, however common (« qu'il était là », « ils étaient deux mille »), is a record.
And words that are none at all, marked or not: the inside of empty marks (« Selon lui : « » »).
"""

from __future__ import annotations

import re

from quotes.detect.context import CLOSING, OPENING
from quotes.lexicon.grammar import COORDINATORS

_MARKS = re.compile(f"[{re.escape(OPENING + CLOSING)}]")  # marked words are the speaker's
_WORD = re.compile(r"\w+")


def said_nothing(text: str, start: int, end: int) -> str | None:
    """Why the unmarked words from ``start`` to ``end`` are no record (they hold no word but
    conjunctions), or None."""
    if _MARKS.search(text, start, end) or not all(
            w in COORDINATORS for w in _WORD.findall(text[start:end].lower())):
        return None
    return "reported words that are only conjunctions: nothing said"


def no_words(text: str, start: int, end: int) -> str | None:
    """Why the words from ``start`` to ``end`` are no record when they are blank (the inside of
    « Selon lui : « » », marks with nothing in them), or None."""
    return None if text[start:end].strip() else "no words at all (empty marks): nothing said"
