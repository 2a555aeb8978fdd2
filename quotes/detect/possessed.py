"""Marked words a possessive opens: « a dit son « soulagement » ».

A possessive before marks refers to the one who speaks (« son », « leur »): the narrator's
word, not the speaker's. When it is all the content holds outside one marked stretch, the
record is the marks alone (« a exprimé ses « pensées pour les victimes » »); an article
(« un « ami fidèle » »), a noun or any word after the marks keeps the content whole.
"""

from __future__ import annotations

from quotes.detect.context import outer_end
from quotes.detect.marks import Marked
from quotes.lexicon.grammar import POSSESSIVES

_SIGNS = " \t,.;:!?…"


def owned(text: str, a: int, b: int, spoken: list[Marked]) -> tuple[int, int]:
    """The span of mixed content from ``a`` to ``b``: the marks alone when a possessive before
    them is its only other word, else ``a`` to ``b``."""
    if len(spoken) != 1 or spoken[0].close is None:
        return a, b
    m = spoken[0]
    before = text[a : m.open].split()
    if (len(before) == 1 and before[0].lower() in POSSESSIVES
            and not text[outer_end(m) : b].strip(_SIGNS)):
        return m.open, outer_end(m)
    return a, b
