"""Where the sentence's main clause takes over from a cue fronted before it.

A cue that opens the sentence as a present participle (« Estimant que A, le tribunal a … ») or
inside a subordinate clause that opens it (« Deux jours après que X a reconnu avoir A, le
procureur a … ») reports words that stop where the main clause starts: at its subject, after
a comma. The subject that starts it comes out (a token), or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.detect.forms import conjugated, finite, present_participle
from quotes.detect.governing import SUBJECT_DEPS


def main_subject(
    ctx: Context, first: Token, cue: Token, start: int, sent: tuple[int, int],
) -> Token | None:
    """The subject of the main clause after a fronted cue (its group opens at ``first``): the
    head token of the subject of a finite verb out of marks, right after a comma, once the
    content that starts at ``start`` has a verb of its own or is all in marks; None when the
    cue is not fronted.
    The last such subject before the sentence's end: one before it opens a clause of the
    content (« Estimant que si la digue cède, les maisons seront inondées, le maire … »)."""
    if not _fronted(ctx, first, cue, sent[0]):
        return None
    doc = ctx.doc
    found = None
    for tok in doc[cue.i + 1:]:
        if tok.idx >= sent[1]:
            break
        if tok.idx <= start or ctx.inside_marks(tok.idx) is not None or not finite(tok):
            continue
        for subject in (c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i):
            left = subject.left_edge
            if left.idx <= start or doc[left.i - 1].text != ",":
                continue
            said = [t for t in doc[cue.i + 1:left.i] if t.idx >= start]
            if any(t.pos_ in ("VERB", "AUX") for t in said) or _marked(ctx, said):
                found = subject
    return found


def _marked(ctx: Context, said: list[Token]) -> bool:
    """Are the words from the content's start to the comma all in marks (« En se disant
    « bouleversé », le maire … »)? Their clause is closed there, verb or not."""
    words = [t for t in said if not t.is_punct and not t.is_space]
    return bool(words) and all(ctx.inside_marks(t.idx) is not None for t in words)


def _fronted(ctx: Context, first: Token, cue: Token, sent_start: int) -> bool:
    """Does the cue open the sentence as a present participle (a gerund's « en » before it),
    or sit in a subordinate clause (« après que », « quand ») that opens it, no finite verb
    before it?"""
    doc = ctx.doc
    begin = first.i
    while begin > 0 and doc[begin - 1].idx >= sent_start:
        begin -= 1
    before = [t for t in doc[begin:first.i] if not t.is_punct and not t.is_space]
    if not before or _opens_gerund(before):  # « En se disant « ému », X a … »
        return present_participle(cue)
    marks = [c for c in cue.children if c.dep_ == "mark" and c.pos_ == "SCONJ" and c.i < first.i]
    return bool(marks) and not any(conjugated(t) for t in before)


def _opens_gerund(before: list[Token]) -> bool:
    """Are the words before the cue a gerund's « en », after an adverb or a coordinator at
    most (« Tout en », « Et en »)?"""
    return before[-1].lower_ == "en" and all(t.pos_ in ("ADV", "CCONJ") for t in before[:-1])
