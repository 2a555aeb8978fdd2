"""Marks that open a paragraph after one ending in a colon whose sentence reports: « Le
cardinal a annoncé la nouvelle en ces termes : ¶ « … » ». The colon's clause is the quote's
cue, its subject who speaks, across the paragraph break.

Only where the colon's sentence is a clause of its own whose root is a finite verb of the
reporting lexicon (a participle on a noun, « Voici le texte de la star annonçant … : », or a
verb that reports nothing, « a choisi Paris : », stay the timeline's), with a subject that
names someone or a subject pronoun, no words in marks, no que-clause or infinitive of its own
(it already reported them) and no other reporting verb; and only where the marks open their
paragraph, hold a sentence, and no reporting verb follows them in it (their own cue,
« « … », a déclaré X »). A name and a colon with no verb (« Paul Roux (centre) : ¶ « … » »)
or a heading (« Les réactions : ») is ``attribute.intro``'s.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Token

from quotes.detect.colon_verbs import is_sentence
from quotes.detect.context import Context, Frame, char_range, outer_end
from quotes.detect.cues import cue_group, cue_verb, finite
from quotes.detect.marks import Marked
from quotes.detect.speaker_phrases import speaker_like
from quotes.detect.subjects import subject_before
from quotes.lexicon.grammar import SUBJECT_PRONOUNS
from quotes.model import Evidence

_SPACES = " \t\u00a0\u202f"
_STOP = re.compile(r"[.!?…](?=\s)")  # where the sentence before the colon's begins
_OWN_CLAUSE = ("ccomp", "xcomp")  # « a déclaré que … : », « a tenu à dire … : »


def paragraph_colon_frame(ctx: Context, m: Marked) -> Frame | None:
    """The frame of the reporting clause that ends the paragraph before ``m`` with a colon,
    when ``m`` opens its paragraph and has no cue of its own; None otherwise."""
    text, doc = ctx.text, ctx.doc
    starts = [lo for lo, _ in ctx.paras]
    k = bisect_right(starts, m.open) - 1
    if k < 1 or text[starts[k] : m.open].strip(_SPACES) or not is_sentence(ctx, m):
        return None
    lo, hi = ctx.paras[k - 1]
    colon = len(text[:hi].rstrip()) - 1
    if colon < lo or text[colon] != ":" or _cue_after(ctx, m, ctx.paras[k][1]):
        return None
    stops = [s.end() for s in _STOP.finditer(text, lo, colon)]
    clause = doc.char_span(max([lo, *stops]), colon, alignment_mode="contract")
    if clause is None or any(ctx.inside_marks(t.idx) is not None for t in clause):
        return None
    cues = [t for t in clause if cue_verb(t) is not None]
    root = next((t for t in clause if t.dep_ == "ROOT"), None)
    if root is None or cues != [root] or not _finite(root) or any(
            c.dep_ in _OWN_CLAUSE for c in root.children):
        return None
    verb = cue_verb(root)
    assert verb is not None
    first, pron, last = cue_group(root, verb)
    rng = (pron.i, pron.i + 1) if pron is not None else subject_before(
        root, first, clause.start, ctx)
    if rng is None or not (speaker_like(doc, rng) or (
            rng[1] - rng[0] == 1 and doc[rng[0]].lower_ in SUBJECT_PRONOUNS)):
        return None
    cue = (first.idx, last.idx + len(last.text))
    return Frame("preposed", cue, verb.lemma, char_range(doc, rng), ((m.open, outer_end(m)),),
                 (Evidence.CUE_BEFORE, Evidence.COLON, Evidence.COLON_PARAGRAPH))


def _finite(tok: Token) -> bool:
    """A finite verb, or a participle after its auxiliary (« a annoncé »)."""
    return finite(tok) or any(c.dep_ == "aux:tense" for c in tok.children)


def _cue_after(ctx: Context, m: Marked, end: int) -> bool:
    """Does a reporting verb follow the marks in their paragraph, outside marks (« « … », a
    déclaré X »): their own cue?"""
    tail = ctx.doc.char_span(outer_end(m), end, alignment_mode="contract")
    return tail is not None and any(
        cue_verb(t) is not None and ctx.inside_marks(t.idx) is None for t in tail)


def chained(frame: Frame) -> Frame:
    """The frame the later paragraphs of a quote take from its first: the same speaker, and
    no cue when the cue stands in the paragraph before the first (it introduces that one)."""
    return replace(frame, cue=None) if Evidence.COLON_PARAGRAPH in frame.evidence else frame
