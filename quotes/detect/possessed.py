"""Marked words a possessive opens: « a dit son « soulagement » ».

A possessive before marks the verb takes as its object refers to the one who speaks
(« son », « leur »): the narrator's word, not the speaker's. When it is all the content holds
outside one marked stretch, the record starts at its marks (« a exprimé ses « pensées pour
les victimes » »); an article (« un « ami fidèle » »), a noun or any word after the marks keeps
the content whole. So does a reported clause whose subject the possessive opens: after
« que » or « de », after « selon », before the cue or around an incise (« a assuré que sa
« porte reste ouverte » », « Son « soulagement », a-t-il dit, « est immense » »), or when
the marked words hold a finite verb.
"""

from __future__ import annotations

from quotes.detect.context import SIGNS, Context, Frame, outer_end
from quotes.detect.forms import conjugated
from quotes.detect.marks import Marked
from quotes.lexicon.grammar import POSSESSIVES
from quotes.model import Evidence


def owned(ctx: Context, frame: Frame, a: int, b: int, spoken: list[Marked],
          integrated: bool) -> tuple[int, int]:
    """The span of mixed content from ``a`` to ``b``: the marks alone when they are the
    verb's object, not after « que »/« de » (``integrated``), hold no finite verb and a
    possessive before them is the content's only other word; else ``a`` to ``b``."""
    if (integrated or Evidence.OBJECT_WITH_MARKS not in frame.evidence or len(spoken) != 1
            or spoken[0].close is None):
        return a, b
    m, text = spoken[0], ctx.text
    before = text[a : m.open].split()
    if (len(before) != 1 or before[0].lower() not in POSSESSIVES
            or text[outer_end(m) : b].strip(SIGNS)):
        return a, b
    inner = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if inner is None or any(conjugated(t) for t in inner):  # a clause, not an object
        return a, b
    return m.open, outer_end(m)
