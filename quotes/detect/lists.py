"""Marked stretches listed after one cue: « X a déploré « … », « … » », « X l'accuse « … »,
« … » et « … » », « « … », « … », a assuré X ». The cue's frame takes the first marks; those
joined to them by a comma or « et » / « ou », that no other cue reports, are more of the
same content, however short (« et « de recel » »): one mixed record from the first opening
mark to the last closing one, each marked stretch a fragment (GUIDELINES, « A series of
marked stretches after one cue »). Two records of one cue after them with only the
narrator's words between them (« « A », la « b » des agents ne « c », a assuré X ») are one
such series too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotes.detect.context import Context, Rejected, outer_end
from quotes.detect.cut_ends import cut
from quotes.detect.marks import Marked
from quotes.detect.said_nothing import said_nothing
from quotes.lexicon.grammar import DE, SERIES_JOINS, A
from quotes.model import Evidence

if TYPE_CHECKING:
    from quotes.detect.candidates import Candidate

_AND = "|".join(sorted(SERIES_JOINS)).replace(" ", r"\s+")
# what ends a series between two stretches: a sentence's end, a colon, a new paragraph; and
# marks, which would be a stretch of their own
_STOPS = re.compile(r"[.!?:;\n«»“”\"]")
# between two marked stretches: a comma, « et », « ou » or « mais aussi », or a comma then one
_JOIN = re.compile(rf"\s*(?:,\s*(?:(?:{_AND})\s+)?|\s(?:{_AND})\s+)", re.IGNORECASE)
# the same, then the preposition the first stretch follows, said again (« a rendu hommage à
# « … », à « … » et à « … » »)
_JOIN_AGAIN = re.compile(rf"{_JOIN.pattern}(\w+)\s+", re.IGNORECASE)
_LAST_WORD = re.compile(r"(\w+)\s*$")
_AGAIN = A | {w for w in DE if w.isalpha()}  # « à », « au », « aux », « de »


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
        before = _LAST_WORD.search(ctx.text, max(0, head.open - 12), head.open)
        prep = before.group(1).lower() if before and before.group(1).lower() in _AGAIN else None
        while True:
            nxt = next((m for m in ctx.outer if m.open > outer_end(last)), None)
            if nxt is None or nxt.close is None or not _joins(
                    ctx.text, outer_end(last), nxt.open, prep) or not _listed(
                        c, out, by_start, nxt):
                break
            parts.append(nxt)
            last = nxt
        if len(parts) > 1:
            gone.update(m.start for m in parts[1:])
            joined[c.start] = replace(
                c, type="mixed", start=head.open, end=outer_end(last),
                fragments=tuple((m.start, m.end) for m in parts),
                evidence=(*c.evidence, Evidence.MARKED_LIST))
    return _narrated_series(ctx, [joined.get(c.start, c) for c in out if c.start not in gone])


def _joins(text: str, lo: int, hi: int, prep: str | None) -> bool:
    """Do the words between two marked stretches (``text[lo:hi]``) join them in one list: a
    comma, « et », « ou », « mais aussi » (``_JOIN``), and then, when the first stretch
    follows the preposition ``prep``, that preposition again (« à « … », à « … » »)?"""
    if _JOIN.fullmatch(text, lo, hi):
        return True
    again = _JOIN_AGAIN.fullmatch(text, lo, hi) if prep else None
    return again is not None and again.group(1).lower() == prep


def _narrated_series(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """Two records of one cue after them with the narrator's words between them (« « A », la
    « b » des agents ne « c », a assuré X »): one series, one mixed record from the first mark
    to the last, when the words between open no new sentence, paragraph or colon and hold no
    marks (GUIDELINES, « A series of marked stretches after one
    cue »: the narrator's determiners or prepositions between the stretches). The two stay
    apart when the one record would be cut (« « A », les élus de la « b » ont voté contre, a
    rappelé X »: the mixed one ends open, and the direct « A » is kept)."""
    ordered = sorted(out, key=lambda c: c.start)
    merged: list[Candidate] = []
    for c in ordered:
        one = _series_of(ctx, merged[-1], c) if merged else None
        if one is not None:
            merged[-1] = one
        else:
            merged.append(c)
    return out if len(merged) == len(ordered) else merged


def _series_of(ctx: Context, a: Candidate, b: Candidate) -> Candidate | None:
    """``a`` and ``b`` made one mixed record, if they are one cue's series and that record
    passes the checks every mixed record meets (``cut``, ``said_nothing``); else None, and
    both are kept as they are: the merge never loses a record."""
    if not _same_series(ctx, a, b):
        return None
    start, end = _outer(ctx, a)[0], _outer(ctx, b)[1]
    if cut(ctx.text, start, end) or said_nothing(ctx.text, start, end):
        return None
    return replace(a, type="mixed", start=start, end=end,
                   fragments=_fragments(ctx, a) + _fragments(ctx, b),
                   evidence=tuple(dict.fromkeys((*a.evidence, Evidence.MARKED_LIST))))


def _same_series(ctx: Context, a: Candidate, b: Candidate) -> bool:
    """Are ``a`` and ``b``, in that order, two records of one cue's series?"""
    if (a.type == "indirect" or b.type == "indirect" or a.frame is None or b.frame is None
            or a.frame.cue is None or a.frame.cue != b.frame.cue or a.sentence != b.sentence
            or a.chain is not None or b.chain is not None):
        return False
    lo, hi = _outer(ctx, a)[1], _outer(ctx, b)[0]
    if hi <= lo or a.frame.cue[0] < _outer(ctx, b)[1]:
        # the cue after both (before them, « a accusé le « A » de défendre « B » », the
        # object and its infinitive are two records: object_parts)
        return False
    return not _STOPS.search(ctx.text[lo:hi]) and not any(lo <= m.open < hi for m in ctx.outer)


def _outer(ctx: Context, c: Candidate) -> tuple[int, int]:
    """Where ``c`` starts and ends with its marks."""
    if c.type == "direct":
        m = next((m for m in ctx.outer if m.start == c.start), None)
        if m is not None and m.close is not None:
            return m.open, outer_end(m)
    return c.start, c.end


def _fragments(ctx: Context, c: Candidate) -> tuple[tuple[int, int], ...]:
    """The marked stretches of ``c``: a direct quote's words, a mixed one's fragments."""
    if c.fragments:
        return c.fragments
    if c.type == "direct":
        return ((c.start, c.end),)
    return tuple((m.start, m.end) for m in ctx.outer if c.start <= m.open and outer_end(m) <= c.end)


def unlisted(rejected: list[Rejected], kept: list[Candidate]) -> list[Rejected]:
    """The marked words set aside but those a list now holds (« et « de recel » »)."""
    lists = [(c.start, c.end) for c in kept if Evidence.MARKED_LIST in c.evidence]
    return [r for r in rejected if not any(lo <= r.start and r.end <= hi for lo, hi in lists)]


def _listed(c: Candidate, out: list[Candidate], by_start: dict[int, Candidate],
            m: Marked) -> bool:
    """Are the marks ``m`` after ``c``'s more of ``c``'s content: a direct quote of the same
    cue (« « A », « B », a assuré X »), or marks no cue reports after a cue that comes before
    them? Marks another cue reports, or inside another quote, are not."""
    assert c.frame is not None and c.frame.cue is not None
    own = by_start.get(m.start)
    if own is not None and own.frame is not None and own.frame.cue is not None:
        return own.type == "direct" and own.frame.cue == c.frame.cue
    if own is None and any(x.start <= m.open < x.end for x in out):
        return False
    return c.frame.cue[1] <= c.start
