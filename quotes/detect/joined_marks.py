"""Marked stretches the narrator joins in one sentence with no cue: « L'élu « A » mardi, mais
« B » ». A mixed quote that no cue reports, that opens on marks and closes on marks,
with only the narrator's verbless words between them, a conjunction among them (« et »,
« mardi, mais »), and whose later stretches are clauses of their own (a finite verb), is that
many direct quotes: each stretch with the speaker of the whole. Under one cue the stretches
are one series, one mixed record (« « A » et « B », a ajouté X »: GUIDELINES, « A series of
marked stretches after one cue »). Lone marked words
joined in a list (« "piégé" et "victime d'un guet-apens" », no verb) stay one mixed quote, as
do stretches joined by a verb of the narrator (« "A" en ayant "B" ») or by no conjunction of
the narrator's (« "A" d'ordinaire, "et B" »). Between the marks the narrator may write only
« et » or « mais », punctuation and words of time: a negation (« "A" et non "B" », « mais
pas », « et jamais ») makes B words the speaker rejects, and another person named (« et, pour
son adjoint X, "B" ») makes them another's; both stay one mixed quote.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from quotes.detect.context import Context, outer_end
from quotes.detect.forms import conjugated
from quotes.detect.marks import Marked
from quotes.lexicon import is_time_word
from quotes.lexicon.grammar import JOINING_CONJUNCTIONS
from quotes.model import Evidence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotes.detect.candidates import Candidate


def split_joined(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """``out`` with each mixed quote made of clauses in marks joined by the narrator split into
    one direct quote per marked stretch."""
    kept: list[Candidate] = []
    for c in out:
        parts = _stretches(ctx, c)
        if parts is None:
            kept.append(c)
            continue
        kept.extend(replace(c, type="direct", start=m.start, end=m.end, fragments=(),
                            evidence=(*c.evidence, Evidence.JOINED_MARKS)) for m in parts)
    return kept


def _stretches(ctx: Context, c: Candidate) -> list[Marked] | None:
    if c.type != "mixed" or Evidence.MARKED_LIST in c.evidence:
        return None
    if c.frame is not None and c.frame.cue is not None:
        return None  # « « A » et « B », a précisé X »: one cue's series, one mixed record
    parts = [m for m in ctx.outer if c.start <= m.open and outer_end(m) <= c.end]
    if (len(parts) < 2 or parts[0].open != c.start or outer_end(parts[-1]) != c.end
            or any(m.close is None for m in parts)):
        return None
    for before, after in pairwise(parts):
        gap = ctx.tokens_in(outer_end(before), after.open, align="start")
        if not all(_joining(t) for t in gap):
            return None  # « "A" en ayant "B" », « "A" et non "B" »: the narrator's own words
        if not any(t.pos_ == "CCONJ" for t in gap):
            return None  # « "A" habituellement, "et B" »: B goes on A's sentence
        if not any(conjugated(t) for t in ctx.tokens_in(after.start, after.end, align="start")):
            return None  # « "A" et "B" » where B is no clause: one list of words
    return parts


def _joining(tok: Token) -> bool:
    """A word the narrator may join two marked clauses with: « et », « mais », punctuation, a
    word of time (« lundi », « le lendemain »)."""
    if tok.is_punct or tok.is_space or tok.lower_ in JOINING_CONJUNCTIONS or is_time_word(tok.text):
        return True
    return tok.pos_ == "DET" and is_time_word(tok.head.text)
