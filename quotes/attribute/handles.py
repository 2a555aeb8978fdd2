"""A person named by an account in a mention: « Anne @FERRANDROY : « … » », « @anneferrandroy
a réagi »: the handle is the account of the one person of the article's cast whose name (or
surname) it spells, letter for letter (``posts.spells``), when the mention's other words (a
first name) are words of that name too. Two people it could spell (« @roy » for Anne Roy and
Paul Roy), or none: no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotes.attribute.resolved import Person
from quotes.detect.posts import spells
from quotes.lexicon import fold

_HANDLE = re.compile(r"@(\w{2,30})")
_MAX_WORDS = 3  # a first name, a handle: a mention holding more says more than an account


def handle_person(mention: str, people: Iterable[Person]) -> Person | None:
    """The one person of ``people`` whose account the handle in ``mention`` is, or None."""
    words = mention.split()
    handles = [m for w in words if (m := _HANDLE.fullmatch(w.strip(",.:;!?")))]
    if len(handles) != 1 or len(words) > _MAX_WORDS:
        return None
    others = {fold(w) for w in words if not w.startswith("@")}
    fits = [p for p in people
            if (spells(handles[0][1], p.parts.text) or spells(handles[0][1], p.parts.surname))
            and others <= set(re.split(r"[\s-]+", fold(p.parts.text)))]
    return fits[0] if len(fits) == 1 else None
