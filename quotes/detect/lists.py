"""Marked stretches listed after one cue: « X a déploré « … », « … » », « X l'accuse « … »,
« … » et « … » », « « … », « … », a assuré X ». The cue's frame takes the first marks; those
joined to them by a comma or « et » / « ou », that no other cue reports, are more of the
same content, however short (« et « de recel » »): one mixed record from the first opening
mark to the last closing one, each marked stretch a fragment (GUIDELINES, « A series of
marked stretches after one cue »).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotes.detect.context import Context, Rejected, outer_end
from quotes.detect.marks import Marked
from quotes.lexicon.grammar import SERIES_JOINS
from quotes.model import Evidence

if TYPE_CHECKING:
    from quotes.detect.candidates import Candidate

_AND = "|".join(sorted(SERIES_JOINS)).replace(" ", r"\s+")
# between two marked stretches: a comma, « et », « ou » or « mais aussi », or a comma then one
_JOIN = re.compile(rf"\s*(?:,\s*(?:(?:{_AND})\s+)?|\s(?:{_AND})\s+)", re.IGNORECASE)


def marked_lists(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """``out`` with each cued direct quote and the uncued marks listed after it made one."""
    by_start = {c.start: c for c in out}
    marks = {m.start: m for m in ctx.outer}
    gone: set[int] = set()
    joined: dict[int, Candidate] = {}
    for c in sorted(out, key=lambda c: c.start):
        head = marks.get(c.start)
        if (c.type != "direct" or c.frame is None or c.frame.cue is None or head is None
                or c.start in gone or head.close is None):
            continue
        parts, last = [head], head
        while True:
            nxt = next((m for m in ctx.outer if m.open > outer_end(last)), None)
            if nxt is None or nxt.close is None or not _JOIN.fullmatch(
                    ctx.text, outer_end(last), nxt.open) or not _listed(
                        ctx.text, c, out, by_start, nxt):
                break
            parts.append(nxt)
            last = nxt
        if len(parts) > 1:
            gone.update(m.start for m in parts[1:])
            joined[c.start] = replace(
                c, type="mixed", start=head.open, end=outer_end(last),
                fragments=tuple((m.start, m.end) for m in parts),
                evidence=(*c.evidence, Evidence.MARKED_LIST))
    return [joined.get(c.start, c) for c in out if c.start not in gone]


def unlisted(rejected: list[Rejected], kept: list[Candidate]) -> list[Rejected]:
    """The marked words set aside but those a list now holds (« et « de recel » »)."""
    lists = [(c.start, c.end) for c in kept if Evidence.MARKED_LIST in c.evidence]
    return [r for r in rejected if not any(lo <= r.start and r.end <= hi for lo, hi in lists)]


def _listed(text: str, c: Candidate, out: list[Candidate], by_start: dict[int, Candidate],
            m: Marked) -> bool:
    """Are the marks ``m`` after ``c``'s more of ``c``'s content: a direct quote of the same
    cue that goes on in lower case (« « A », « b », a assuré X »), or marks no cue reports
    after a cue that comes before them? Marks another cue reports, or inside another quote,
    are not, nor a sentence of its own (« « A. », « B. », a dit X »)."""
    assert c.frame is not None and c.frame.cue is not None
    own = by_start.get(m.start)
    if own is not None and own.frame is not None and own.frame.cue is not None:
        # a capital opens a sentence of its own the speaker said, set apart: its own record
        return (own.type == "direct" and own.frame.cue == c.frame.cue
                and not text[m.start : m.start + 1].isupper())
    if own is None and any(x.start <= m.open < x.end for x in out):
        return False
    return c.frame.cue[1] <= c.start
