"""Que-clauses a cue reports one after the other: « X a annoncé que A, et que B ».

A reported que-clause that a comma and « et que » continue with a second que-clause of the
same cue is two things said, a record each, with the cue and the speaker of the whole
(« Elle a annoncé que le vote aura lieu en mai, et que d'ici là elle reste en poste »: the
date of the vote, then what she does until it). With no comma (« que A et que B ») the
narrator lists one report, which stays one record; an « et que » inside marks is the
speaker's own words, and a clause the cue does not open with « que » (an infinitive, marks
after a colon) is left whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotes.detect.context import Context, outer_end

if TYPE_CHECKING:
    from quotes.detect.candidates import Candidate

_OPENED = re.compile(r"\bqu(?:e\s+|['’]\s*)$", re.IGNORECASE)  # the cue's « que » before it
_NEXT = re.compile(r",\s+et\s+qu(?:e\s+|['’]\s*)", re.IGNORECASE)  # « , et que » « , et qu' »
EVIDENCE = "coordinated-que"


def split_coordinated(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """``out`` with each indirect or mixed quote that opens on the cue's « que » cut before
    every « , et que » outside its marks: one quote per clause, each indirect, or mixed when
    it holds marks."""
    kept: list[Candidate] = []
    for c in out:
        cuts = _cuts(ctx, c)
        if not cuts:
            kept.append(c)
            continue
        bounds = [c.start, *(x for cut in cuts for x in cut), c.end]
        for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
            inside = tuple(f for f in c.fragments if lo <= f[0] and f[1] <= hi)
            kept.append(replace(c, type="mixed" if _marked(ctx, lo, hi) else "indirect",
                                start=lo, end=hi, fragments=inside,
                                evidence=(*c.evidence, EVIDENCE)))
    return kept


def _cuts(ctx: Context, c: Candidate) -> list[tuple[int, int]]:
    """Where ``c`` is cut: (end of a clause, start of the next) at each « , et que » that no
    marks hold, when the cue opened ``c`` with « que »."""
    if c.type == "direct" or c.frame is None or not _OPENED.search(ctx.text[:c.start]):
        return []
    text = ctx.text[c.start:c.end]
    return [(c.start + m.start(), c.start + m.end()) for m in _NEXT.finditer(text)
            if not _held(ctx, c.start + m.start())]


def _held(ctx: Context, at: int) -> bool:
    """Whether the offset ``at`` lies inside a pair of marks."""
    return any(m.open < at < outer_end(m) for m in ctx.outer)


def _marked(ctx: Context, lo: int, hi: int) -> bool:
    """Whether marks stand between ``lo`` and ``hi``."""
    return any(lo <= m.open and outer_end(m) <= hi for m in ctx.outer)
