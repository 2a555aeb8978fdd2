"""Where a verb's object that ends on its one marked stretch starts: at the marks, when the words
before them are only a noun the marks complete and determiners (« a salué la mémoire d'un
« mentor » »): those words are the narrator's frame around what was said, the marks what was
said. A determiner alone (« a dénoncé une « provocation » »), a longer lead (« le différend
avec sa fille de « … » »), one with « comme » (« a décrit l'explosion comme un « … » ») or
what the object is called (« a qualifié son arrestation de « scandale » ») stays, the marks a
fragment of the content.
"""

from __future__ import annotations

from quotes.detect.context import Context, name_like, outer_end
from quotes.lexicon.grammar import DE

_LEAD_TOKENS = 4  # « la mémoire d'un »: determiner, noun, « de », determiner
OBJECT_MARKS = "object-marks-only"  # the evidence: the marks stay a mixed quote, with them
# a frame's evidence whose marked words stay mixed, with their marks, even alone
STAYS_MIXED = ("que-clause", "infinitive", OBJECT_MARKS)


def lone_marks_start(ctx: Context, a: int, b: int) -> int:
    """``a``, or the opening of the one marked stretch of the object ``a``..``b`` when it ends
    the object and only a determiner, a noun, « de » and a determiner come before it."""
    spoken = [m for m in ctx.outer if a <= m.open < b and name_like(ctx, m) is None]
    if len(spoken) != 1:
        return a
    m = spoken[0]
    if m.open <= a or ctx.text[outer_end(m) : b].strip(" \t,.;:!?…"):
        return a
    lead = ctx.doc.char_span(a, m.open, alignment_mode="expand")
    if lead is None or not 0 < len(lead) <= _LEAD_TOKENS:
        return a
    nouns = [t for t in lead if t.pos_ == "NOUN"]
    last = lead[-1]
    if len(nouns) != 1 or last.pos_ != "DET":
        return a  # « qualifié son arrestation de « … » »: what it is called, with the object
    if any(t.pos_ not in ("DET", "NOUN") and t.lower_ not in DE for t in lead):
        return a
    return m.open
