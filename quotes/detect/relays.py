"""Reports of reports. « Le journal rapporte que X a écrit vendredi : « … » »: the relay's
que-clause names the speaker and the act; the words are those after it. « X a reconnu être
l'auteur des faits, a annoncé le procureur »: the words before the postposed cue are the
procureur's, X's act of saying one of them."""

from __future__ import annotations

from quotes.detect.content import trim_start
from quotes.detect.context import Context, Frame, noun_head
from quotes.lexicon import is_role_noun


def reports_who(frame: Frame, frames: list[Frame]) -> bool:
    """ "Le journal rapporte que X a écrit vendredi : « … »": a que-clause that holds another
    cue and its subject, whose words run on past the clause, says who spoke, not what: X's
    words are those after it, the relay's clause no quote."""
    if frame.kind != "preposed" or "que-clause" not in frame.evidence:
        return False
    lo, hi = frame.content[0][0], frame.content[-1][1]
    return any(f is not frame and f.kind == "preposed" and f.cue is not None
               and f.subject is not None and lo <= f.subject[0] < f.cue[1] <= hi
               and f.content[-1][1] > hi for f in frames)


def outer_reports(ctx: Context, sent: tuple[int, int], frames: list[Frame]) -> list[Frame]:
    """ "L'homme a reconnu être l'auteur des coups, a annoncé le procureur", "L'examen a révélé
    « … », a indiqué la procureure": a sentence whose first cue reports an infinitive or an
    object, all of it before a postposed cue with its subject, is the postposed speaker's
    account, the first cue part of it (speech reported inside a quotation belongs to it):
    one frame, the whole clause. After « que » the postposed cue only relays (``_postposed``);
    a first cue before a colon (« X va plus loin : « … » ») leaves the marks to the second; a
    first subject that is a role (« Le député … a estimé …, a critiqué Paul Roy ») is the
    postposed speaker named again, and a gerund (« X, en promettant « … », a rassuré … ») the
    subject's own act before its verb: those stay as they are.
    First the relays' que-clauses that only say who spoke are left out (``reports_who``)."""
    frames = [f for f in frames if not reports_who(f, frames)]
    cued = sorted((f for f in frames if f.cue is not None), key=lambda f: f.cue or (0, 0))
    if len(cued) != 2:
        return frames
    inner, outer = cued
    assert inner.cue is not None and outer.cue is not None
    if (inner.kind != "preposed" or outer.kind != "postposed" or outer.subject is None
            or outer.subject[0] < outer.cue[0] or "que-clause" in inner.evidence
            or any(f.kind == "selon" for f in frames)
            or not inner.cue[1] <= outer.content[0][0]
            or inner.content[-1][1] > outer.cue[0] or _role_subject(ctx, inner)
            or ctx.text[: inner.cue[0]].rstrip().lower().split()[-1:] == ["en"]):
        return frames
    text = ctx.text
    end = len(text[: outer.cue[0]].rstrip().rstrip(",").rstrip())
    start = trim_start(text, sent[0], end)
    if not start < inner.cue[0] < end or any(
            text[k] == ":" and ctx.inside_marks(k) is None for k in range(inner.cue[1], end)):
        return frames
    whole = Frame(outer.kind, outer.cue, outer.lemma, outer.subject, ((start, end),),
                  (*outer.evidence, "outer-report"))
    return [whole if f is outer else f for f in frames if f is not inner]


def _role_subject(ctx: Context, frame: Frame) -> bool:
    span = ctx.doc.char_span(*frame.subject, alignment_mode="expand") if frame.subject else None
    head = noun_head(ctx.doc, (span.start, span.end), ("NOUN",)) if span is not None else None
    return head is not None and is_role_noun(head.text)
