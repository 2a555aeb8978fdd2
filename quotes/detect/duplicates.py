"""Candidates over the same words: a reported one nested in another dropped, one of two alike
kept; and, once the cut ones are set aside, marked words whose cue stands inside the clause
another cue reports for someone named (``inside_reported``).

Two cues may report one clause (« X a répété : « … », a déclaré Paul Roy »): the stretch is
one quote, given the cue that says best who speaks it (``candidates``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.detect.context import Context
from quotes.lexicon import words
from quotes.lexicon.grammar import INDEFINITE_SUBJECTS
from quotes.model import Evidence

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
        same = next((i for i, k in enumerate(keep) if (k.start, k.end) == (c.start, c.end)), None)
        if same is not None:
            if _incise_over(ctx, c, keep[same]):
                keep[same] = c
            continue
        keep.append(c)
    return keep


def inside_reported(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Of ``kept`` (the records that survive every filter: a clause cut by the end of the text
    is no quote, and holds no one's words), the marked words whose cue and its subject stand
    inside the clause another cue reports, that someone named says (« il a rappelé que Jean
    Morin appelait en 1990 à « … » »): speech inside a reported clause belongs to that clause's
    record, not to one of its own."""
    return [c for c in kept if _reported_inside(text, c, kept)]


def _reported_inside(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """Are ``c``'s marked words, their preposed cue and its subject inside the clause a record
    of ``cands`` that is not direct reports for someone named?"""
    f = c.frame
    if c.type != "direct" or f is None or f.kind != "preposed" or f.cue is None or (
            f.subject is None):
        return False
    said = min(f.subject[0], f.cue[0])
    return any(k.type != "direct" and k.start <= said and c.end <= k.end
               and _named_teller(text, k) for k in cands)


def _named_teller(text: str, k: Candidate) -> bool:
    """Does someone named say the clause ``k`` reports: a subject, not « on » nor an impersonal
    « il » (which gives no subject), and a cue of saying, not of learning or perceiving (« on a
    appris que », « il est rappelé que »: the words inside are their speaker's own record)?"""
    f = k.frame
    if f is None or f.subject is None or f.lemma in words("learning_verbs"):
        return False
    return text[f.subject[0] : f.subject[1]].strip().lower() not in INDEFINITE_SUBJECTS


def _incise_over(ctx: Context, new: Candidate, old: Candidate) -> bool:
    """ "Les travaux avancent bien : « … », se réjouit X": the cue right after the marks, with
    its own subject, says who speaks them, not a verb before a colon that takes them as its
    object. "Le maire a répété : « … », a déclaré Paul Roy": a second cue that names someone
    names the one the first cue only described (a pronoun, a noun), as a name does."""
    a, b = new.frame, old.frame
    if a is None or b is None or a.kind != "postposed" or a.subject is None:
        return False
    if b.kind == "preposed" and Evidence.OBJECT_WITH_MARKS in b.evidence:
        return True
    return (b.kind == "preposed" and Evidence.COLON in b.evidence and _named(ctx, a.subject)
            and (b.subject is None or not _named(ctx, b.subject)))


def _named(ctx: Context, rng: tuple[int, int]) -> bool:
    span = ctx.doc.char_span(*rng, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span)
