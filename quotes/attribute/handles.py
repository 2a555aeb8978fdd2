"""A person named by an account in a mention: « Anne @FERRANDROY : « … » », « @anneferrandroy
a réagi »: the handle is the account of the one person of the article's cast whose name it
spells, letter for letter (``handle_spelling.spells``). A handle alone spells the whole name
(« @anneferrandroy »); one that spells the surname only (« @FERRANDROY ») needs her first name
beside it (« Anne @FERRANDROY »): « @Roy » alone may be a club, a town or a firm named like her.
The mention's other words are words of that name (« Jean-Pierre » of Jean-Pierre Dumas). Two
people it could be (« Anne @ROY » for Anne Roy and Anne-Marie Roy), or none: no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotes.attribute.names import Name
from quotes.attribute.resolved import Person
from quotes.detect.handle_spelling import HANDLE, spells
from quotes.lexicon import fold

_HANDLE = re.compile(HANDLE)
_PUNCT = ",.:;!?"  # what may end a handle in the text, no part of it
_WORDS = re.compile(r"[\s-]+")  # « Jean-Pierre »: the words of a name, hyphens apart


def handle_person(mention: str, people: Iterable[Person]) -> Person | None:
    """The one person of ``people`` whose account the handle in ``mention`` is, or None."""
    words = mention.split()
    handles = [w for w in words if _HANDLE.fullmatch(w.strip(_PUNCT))]
    if len(handles) != 1:
        return None
    handle = handles[0].strip(_PUNCT)
    others = {w for w in _WORDS.split(fold(" ".join(w for w in words if w not in handles))) if w}
    fits = [p for p in people if _spelled(handle, p.parts, others)]
    return fits[0] if len(fits) == 1 else None


def _spelled(handle: str, name: Name, others: set[str]) -> bool:
    """Is ``handle``, with the mention's ``others`` words, the account of the person of
    ``name``: the whole name spelled, or the surname spelled and a word of the first name among
    the others; and no other word but words of the name?"""
    if not others <= set(_WORDS.split(name.key)):
        return False
    if spells(handle, name.text):
        return True
    first = set(_WORDS.split(name.first_key)) if name.first_key else set()
    return spells(handle, name.surname) and bool(others & first)


def without_handle(mention: str) -> int:
    """How much of ``mention`` is left once an account ending it that names no one of the cast
    is cut off (« Anne Roy @ANNEROY » → « Anne Roy »): its length when it ends on no handle or
    is a handle alone (« @Vernac » stays the speaker it names)."""
    words = mention.rstrip(_PUNCT + " ").split()
    if len(words) < 2 or not _HANDLE.fullmatch(words[-1].strip(_PUNCT)):
        return len(mention)
    return len(mention[:mention.rindex(words[-1])].rstrip())

