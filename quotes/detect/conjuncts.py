"""Verbs the parse coordinates with a cue right after the marked words the cue takes
(« Les rebelles regrettent « … » et le gouvernement rend hommage à « … » »): they end the cue's
words (``marks_barriers``), unless they are its own complement (« et de recevoir … »,
« et que la mairie … »); marks in their clause are its subject's, cue null
(``conjunct_frames``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import conj_barriers, cue_complement
from quotes.detect.context import Context, Frame, char_range, name_like, outer_end
from quotes.detect.cues import CueAt
from quotes.model import Evidence


def coordinated_after_marks(ctx: Context, verb: Token, after: int) -> list[Token]:
    """The verbs the parse coordinates with the cue ``verb`` past offset ``after`` (the marks
    right after the cue) that end the cue's words there: outside marks, not the cue's own
    complement (``cue_complement``)."""
    starts = [b for b in conj_barriers(verb, after) if ctx.inside_marks(b) is None]
    return [c for c in verb.children if c.dep_ == "conj" and c.idx > after
            and min(t.idx for t in c.subtree) in starts and not cue_complement(c)]


def marks_barriers(ctx: Context, verb: Token, after: int) -> list[tuple[int | None, int]]:
    """Where the words in marks right after the cue ``verb`` end, at offset ``after`` on:
    where each verb of ``coordinated_after_marks`` starts."""
    return [(None, min(t.idx for t in c.subtree))
            for c in coordinated_after_marks(ctx, verb, after)]


def conjunct_frames(ctx: Context, sent: tuple[int, int],
                    pairs: list[tuple[CueAt, Frame | None]]) -> list[Frame]:
    """The marks a verb coordinated with a cue holds when that verb ended the cue's marked
    words (``marks_barriers``), the verb no cue of its own: « Le maire regrette « … » et le
    préfet rend hommage à « … » » gives the second marks to the préfet, the conjunct's own
    subject; « Les rebelles regrettent « … » et rendent hommage à « … » », to the rebels, the
    subject both verbs share. Direct, cue null (GUIDELINES, « Marks with no cue », « Marks on a
    predicate with no cue »). A single marked word is no words of anyone's here."""
    out: list[Frame] = []
    cue_verbs = {c.tok.i for c, _ in pairs}
    held = [c for _, f in pairs if f is not None for c in f.content]
    for at, frame in pairs:
        if frame is None or frame.kind != "preposed" or frame.cue is None or len(
                frame.content) != 1 or (first := ctx.opening_at(frame.content[0][0])) is None:
            continue
        for verb in coordinated_after_marks(ctx, at.tok, outer_end(first)):
            if verb.i in cue_verbs:
                continue
            ids = [t.i for t in verb.subtree]
            lo, hi = char_range(ctx.doc, (min(ids), max(ids) + 1))
            if lo < frame.content[0][1]:
                continue  # the cue's words run over it: not cut there
            subj = _own_subject(verb) or frame.subject
            if subj is None:
                continue
            for m in ctx.outer:
                if not (lo <= m.open < hi and sent[0] <= m.open < sent[1]) or any(
                        a <= m.open < b for a, b in held) or name_like(ctx, m) is not None or len(
                        ctx.text[m.start : m.end].split()) < 2:
                    continue
                content = (m.open, outer_end(m))
                held.append(content)
                out.append(Frame("predicate", None, "", subj, (content,),
                                 (Evidence.PREDICATE,)))
    return out


def _own_subject(verb: Token) -> tuple[int, int] | None:
    """The characters of ``verb``'s own nominal subject, up to a comma after its head
    (« les riverains, qui manifestaient … »), when it has one."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in (
        "NOUN", "PROPN")), None)
    if subj is None:
        return None
    end = subj.i + 1
    while end <= subj.right_edge.i and subj.doc[end].text != ",":
        end += 1
    return char_range(subj.doc, (subj.left_edge.i, end))
