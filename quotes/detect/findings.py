"""A finding someone tells: « Selon les premiers éléments de l'enquête, le feu a pris dans la
cave, a indiqué une source policière ». The « selon » names what the words rest on (a finding,
a first account), the verb after it who gives them: the words are the teller's, with that verb
for cue; a finding is its own anonymous source only when no one is named telling it. A
« selon » that names someone (« selon le maire », « selon une source », « selon les
informations de Paul Roux ») keeps the words, and so does one whose teller is an
outlet (« d'après l'autopsie, …, rapporte le journal »: the outlet only carries the finding).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.detect.context import Context, Frame
from quotes.detect.cues import cue_verb
from quotes.detect.subjects import np_after, speaker_like
from quotes.lexicon import fold, words

_CLOSING = " \t\u00a0»\"”’"
_ENDS = (",", ".", ";", "!", "?", "…", "(")


def told_finding(ctx: Context, sent: tuple[int, int], frame: Frame) -> Frame:
    """The « selon » ``frame`` as the postposed frame of the verb that follows its source or its
    words with a comma and names its teller after it (``_teller``), when the source is a finding
    (``_finding``); else ``frame`` as it is."""
    if frame.kind != "selon" or frame.subject is None or not _finding(ctx, frame.subject):
        return frame
    lo, hi = frame.content[0][0], frame.content[-1][1]
    # right after the source (« selon X, a indiqué Y »), or at a comma that ends the words
    commas = [i for i in range(lo, hi) if ctx.text[i] == "," and ctx.inside_marks(i) is None]
    for at in (frame.subject[1], *commas, hi):
        told = _teller(ctx, at, sent[1])
        if told is None:
            continue
        cue, lemma, subject = told
        content = frame.content
        if lo < at < hi:  # « Selon X, le feu a pris, a indiqué Y, qui … »: the words end there
            content = ((lo, len(ctx.text[:at].rstrip())),)
        return Frame("postposed", cue, lemma, subject, content,
                     ("postposed", "cue-after", "finding-told"))
    return frame


def _finding(ctx: Context, source: tuple[int, int]) -> bool:
    """Does the source name a thing found or told (« les premiers éléments de l'enquête »,
    « l'autopsie », « les constatations »): no name in it, and a head noun that names no one
    (no person, body, source or role: ``subjects.speaker_like``)?"""
    span = ctx.doc.char_span(*source, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in span):
        return False
    head = next((t for t in span if t.pos_ == "NOUN"), None)
    return head is not None and head.is_lower and not speaker_like(
        ctx.doc, (span.start, span.end))


Told = tuple[tuple[int, int], str, tuple[int, int]]  # the cue, the verb's lemma, the teller


def _teller(ctx: Context, at: int, stop: int) -> Told | None:
    """At ``at``, past closing marks: a comma, a reporting verb (its auxiliary before it) and
    its inverted subject that names someone and ends the clause (« , a indiqué une source
    policière, », « , a souligné le procureur. »); not an outlet. The cue's and the subject's
    character ranges and the verb's lemma, or None."""
    doc, text = ctx.doc, ctx.text
    i = at
    while i < stop and text[i] in _CLOSING:
        i += 1
    if i >= stop or text[i] != ",":
        return None
    comma = ctx.token_at(i)
    if comma is None or comma.i + 2 >= len(doc) or ctx.inside_marks(i) is not None:
        return None
    first = doc[comma.i + 1]
    verb_tok = doc[comma.i + 2] if first.pos_ == "AUX" else first
    verb = cue_verb(verb_tok)
    if verb is None or verb_tok.i + 1 >= len(doc):
        return None
    rng = np_after(doc, verb_tok.i + 1, len(doc))
    if rng is None or not speaker_like(doc, rng) or _outlet(doc, rng):
        return None
    if doc[rng[1] - 1].idx >= stop:
        return None
    end = doc[rng[1]] if rng[1] < len(doc) else None  # the subject ends the clause
    if end is not None and end.text not in _ENDS and end.lower_ not in words("np_stops"):
        return None
    cue = (first.idx, verb_tok.idx + len(verb_tok.text))
    last = doc[rng[1] - 1]
    return cue, verb.lemma, (doc[rng[0]].idx, last.idx + len(last.text))


def _outlet(doc: Doc, rng: tuple[int, int]) -> bool:
    """Is the subject an outlet (lexicon/outlet_names.txt, or a press noun opening it: « le
    quotidien », lexicon/press_nouns.txt), which only carries the finding?"""
    said = [fold(t.text) for t in doc[rng[0] : rng[1]] if not t.is_punct]
    named = " ".join(w for w in said if w not in ("le", "la", "les", "l'"))
    if named in words("outlet_names"):
        return True
    return any(t.lower_ in words("press_nouns") for t in doc[rng[0] : rng[0] + 2])
