"""Marks that go on a clause begun outside them.

« L'inflation, qui « s'est envolée », a rendu la vie « deux fois plus chère ». »: marked
words that open on a conjugated verb take their subject from the narrator's words before
them, so the marks alone are no sentence anyone said; the speaker's words are the whole
sentence, marks included, as after a verb (il « sait tout ») a frame's content stays mixed.
In a sentence no cue frames, the sentence is one mixed quote whose speaker the article makes
clear, in place of each marked stretch read as a quote of its own (from the subject of the
que-clause of a verb of saying the parse missed: ``clause_span``); after « qui » right after a
quote a cue frames, the marks go on that quote (``joined_relatives``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

from quotes.detect.context import SENT_END, Context, name_like, outer_end, visible_end
from quotes.detect.forms import conjugated
from quotes.detect.marks import Marked
from quotes.detect.predicates import saying_verb
from quotes.lexicon.grammar import INFINITIVE_CLITICS, NEGATION_START, QUE
from quotes.model import NO_CUE, Evidence

# object clitics and a negation, never a subject: « nous », « vous » open a clause of their own
_BEFORE_VERB = (INFINITIVE_CLITICS - {"nous", "vous"}) | NEGATION_START
_TRAILING = SENT_END + ";:,"


def opens_conjugated(ctx: Context, m: Marked) -> bool:
    """Do the marked words open, in a small letter, on a conjugated verb (« s'est
    retraduite », « n'a rien dit »), clitics and a negation before it? Their subject is
    outside the marks."""
    if not ctx.text[m.start : m.start + 1].islower():
        return False
    t = ctx.token_at(m.start)
    while t is not None and t.lower_ in _BEFORE_VERB and t.i + 1 < len(t.doc):
        t = t.doc[t.i + 1]
    return t is not None and conjugated(t)


def begun_outside(ctx: Context, sent: tuple[int, int], uncued: list[Marked]) -> bool:
    """Is one of the sentence's uncued marked stretches the end of a clause begun before it,
    with words of the narrator before the marks?"""
    return any(ctx.text[sent[0] : m.open].strip() and not ctx.text[sent[0] : m.open]
               .rstrip().endswith(":") and opens_conjugated(ctx, m) for m in uncued)


def sentence_span(ctx: Context, sent: tuple[int, int]) -> tuple[int, int]:
    """The sentence without its spaces and its final punctuation (a closing mark stays)."""
    text = ctx.text
    lo = sent[0]
    while lo < sent[1] and text[lo].isspace():
        lo += 1
    hi = visible_end(text, sent[1], lo)
    while hi > lo and text[hi - 1] in _TRAILING:
        hi = visible_end(text, hi - 1, lo)
    return lo, hi


def clause_span(ctx: Context, sent: tuple[int, int], uncued: list[Marked]) -> tuple[int, int]:
    """The words of the clause the first uncued marks go on: the sentence
    (``sentence_span``), or from the subject after the « que » of a verb of saying the parse
    missed, marks in that clause only (« Le PDG juge aussi que Luc Roy « ignore tout … » »
    gives « Luc Roy « ignore tout … » », the words said, not the main clause)."""
    lo, hi = sentence_span(ctx, sent)
    first = ctx.token_at(uncued[0].open)
    span = ctx.doc.char_span(lo, hi, alignment_mode="expand")
    if first is None or span is None or any(lo <= m.open < uncued[0].open for m in ctx.outer):
        return lo, hi
    j = first.i - 1
    while j > span.start and not ctx.doc[j].is_punct and ctx.doc[j].lower_ not in QUE:
        j -= 1
    if j + 1 < first.i and saying_verb(ctx.doc, j, span.start) is not None:
        return ctx.doc[j + 1].idx, hi
    return lo, hi


def fragments(ctx: Context, sent: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The marked words of the sentence that are said, not names."""
    return tuple((m.start, m.end) for m in ctx.outer
                 if sent[0] <= m.open and outer_end(m) <= sent[1] and name_like(ctx, m) is None)


EVIDENCE = (NO_CUE, Evidence.CLAUSE_BEGUN_OUTSIDE)
C = TypeVar("C", bound=Any)  # a ``candidates.Candidate``


def joined_relatives(ctx: Context, cands: list[C]) -> list[C]:
    """« … saluant « ses chansons », qui « resteront dans les mémoires ». »: marks right after a
    quote a cue frames, opening on a conjugated verb after « qui », go on those words; the two
    are one mixed quote, marks included, with that cue, not a second quote with none."""
    out = list(cands)
    for c in cands:
        m = ctx.inside_marks(c.start) if c.frame is None and NO_CUE in c.evidence else None
        if m is None or not opens_conjugated(ctx, m):
            continue
        lead = _RELATIVE_LEAD.search(ctx.text, max(0, m.open - 12), m.open)
        said = next((k for k in out if k.frame is not None and lead is not None
                     and (pm := ctx.inside_marks(k.start)) is not None
                     and outer_end(pm) == lead.start()), None)
        if said is None:
            continue
        pm = ctx.inside_marks(said.start)
        assert pm is not None and lead is not None
        merged = replace(said, type="mixed", start=pm.open, end=outer_end(m),
                         fragments=((pm.start, pm.end), (m.start, m.end)))
        out = [merged if k is said else k for k in out if k is not c]
    return out


_RELATIVE_LEAD = re.compile(r"\s*,?\s*\bqui\s*$", re.IGNORECASE)
