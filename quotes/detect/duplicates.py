"""Candidates over the same words: a reported one nested in another dropped, as are marked words
whose cue stands inside another cue's clause; one of two alike kept.

Two cues may report one clause (« X a répété : « … », a déclaré Paul Roy »): the stretch is
one quote, given the cue that says best who speaks it (``candidates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.detect.context import Context

if TYPE_CHECKING:
    from quotes.detect.candidates import Candidate


def dedupe(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Drop a reported candidate nested in another reported one (two cues over one clause);
    of two over the same words keep the one ``_incise_over`` prefers."""
    keep: list[Candidate] = []
    for c in cands:
        if any(k.start <= c.start and c.end <= k.end and (k.start, k.end) != (c.start, c.end)
               and k.type != "direct" and c.type != "direct" for k in cands):
            continue
        if _reported_inside(c, cands):
            continue
        same = next((i for i, k in enumerate(keep) if (k.start, k.end) == (c.start, c.end)), None)
        if same is not None:
            if _incise_over(ctx, c, keep[same]):
                keep[same] = c
            continue
        keep.append(c)
    return keep


def _reported_inside(c: Candidate, cands: list[Candidate]) -> bool:
    """Is ``c`` marked words whose cue and its subject stand inside the clause another cue
    reports (« il a rappelé que Jean Morin appelait en 1990 à « … » »)? Speech inside a
    reported clause belongs to that clause's record, not to one of its own."""
    f = c.frame
    if c.type != "direct" or f is None or f.kind != "preposed" or f.cue is None or (
            f.subject is None):
        return False
    said = min(f.subject[0], f.cue[0])
    return any(k.type != "direct" and k.start <= said and c.end <= k.end for k in cands)


def _incise_over(ctx: Context, new: Candidate, old: Candidate) -> bool:
    """ "Les travaux avancent bien : « … », se réjouit X": the cue right after the marks, with
    its own subject, says who speaks them, not a verb before a colon that takes them as its
    object. "Le maire a répété : « … », a déclaré Paul Roy": a second cue that names someone
    names the one the first cue only described (a pronoun, a noun), as a name does."""
    a, b = new.frame, old.frame
    if a is None or b is None or a.kind != "postposed" or a.subject is None:
        return False
    if b.kind == "preposed" and "object-with-marks" in b.evidence:
        return True
    return (b.kind == "preposed" and "colon" in b.evidence and _named(ctx, a.subject)
            and (b.subject is None or not _named(ctx, b.subject)))


def _named(ctx: Context, rng: tuple[int, int]) -> bool:
    span = ctx.doc.char_span(*rng, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span)
