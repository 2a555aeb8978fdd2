"""Frames found at a quotation mark rather than at a verb of the narration.

- an incise inside the marks: "« A, a-t-il ajouté, B »";
- a colon after a speaker and no verb: "Le président des LR : « … »";
- a colon after an incise's subject: "« A », insiste la ministre : « B »", "« A »,
  explique-t-il : « B »".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.context import Context, outer_end, sign_before
from quotes.detect.cues import cue_group, cue_verb
from quotes.detect.forms import conjugated, participle
from quotes.detect.frames import Frame, char_range
from quotes.detect.marks import Marked
from quotes.detect.media import medium
from quotes.detect.skips import skip, skip_adjunct
from quotes.detect.subjects import np_after, speaker_like
from quotes.lexicon import is_role_noun
from quotes.lexicon.grammar import DESCRIBING_RELATIVES, FIRST_PERSON, SENTENCE_ENDS, STRESSED


def colon_frame(ctx: Context, sent: tuple[int, int], m: Marked) -> Frame | None:
    """``Speaker : « … »`` with no verb: the words before the colon name the speaker."""
    colon = sign_before(ctx.text, sent[0], m.open, ":")
    if colon is None:
        return None
    before = ctx.doc.char_span(sent[0], colon, alignment_mode="contract")
    if before is None or not names_speaker(ctx, before):
        return None
    lo, hi = before.start_char, before.end_char
    return Frame("colon", (colon, colon + 1), ":", (lo, hi), ((m.open, outer_end(m)),),
                 ("colon",))


def colon_incise(ctx: Context, frame: Frame, spoken: list[Marked]) -> tuple[Frame, Marked] | None:
    """« A », insiste la ministre : « B »: a cue right after marked words, whose inverted
    subject a colon ends, is an incise; A and B are both the subject's words. Gives the incise's
    frame and A's marks, or None. ``frame`` is the one the parse gives the verb, its object
    running from the subject to B's closing mark."""
    doc, text = ctx.doc, ctx.text
    if frame.cue is None or len(spoken) != 1 or len(frame.content) != 1:
        return None
    second = spoken[0]
    colon = sign_before(text, frame.cue[1], second.open, ":")
    if colon is None:
        return None
    subject = doc.char_span(frame.content[0][0], colon, alignment_mode="contract")
    # the verb's inverted subject is who speaks, a person or not (« indique le texte »)
    if subject is None or not few_words(ctx, subject):
        return None
    i = frame.cue[0]
    while i > 0 and text[i - 1] in " \t,":
        i -= 1
    first = ctx.closing_at(i - 1)
    if first is None:
        return None
    parts = ((first.open, outer_end(first)), (second.open, outer_end(second)))
    subj = (subject.start_char, subject.end_char)
    return Frame("postposed", frame.cue, frame.lemma, subj, parts, ("cue-after",)), first


def colon_after_incise(ctx: Context, frames: list[Frame], m: Marked) -> Frame | None:
    """« A », explique-t-il : « B »: marked words after a colon that ends a postposed cue's
    incise (its subject, a few words with no verb at most: « à la presse ») are the same
    speaker's, with the same cue. Gives that cue's frame, or None."""
    doc, text = ctx.doc, ctx.text
    colon = sign_before(text, 0, m.open, ":")
    if colon is None:
        return None
    for frame in frames:
        if frame.kind != "postposed" or frame.cue is None:
            continue
        end = max(frame.cue[1], frame.subject[1] if frame.subject else 0)
        if end > colon:
            continue
        if not text[end:colon].strip():
            return frame
        between = doc.char_span(end, colon, alignment_mode="expand")
        if (between is not None and few_words(ctx, between)
                and not any(t.is_punct for t in between) and ctx.inside_marks(colon) is None):
            return frame
    return None


def has_verb(span: Span) -> bool:
    """Whether a stretch holds a verb that is no participle: a clause, not a name or a term."""
    return any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm", [])
               for t in span)


def names_speaker(ctx: Context, span: Span) -> bool:
    """Whether the words across a colon from marked words name who says them: a few words
    with no verb but a participle, a name or a noun of a role among them."""
    return few_words(ctx, span) and any(t.pos_ == "PROPN" or is_role_noun(t.text) for t in span)


def few_words(ctx: Context, span: Span) -> bool:
    """Whether a stretch by a colon is short enough, and holds no verb but a participle, to
    be an introduction rather than a clause of its own."""
    return 0 < len(span) <= ctx.settings.colon_intro_tokens and not has_verb(span)


def _narrator_tail(doc: Doc, start: int, stop: int, limit: int) -> int | None:
    """The stop that ends the narrator's words after an incise's speaker, or None."""
    for k in range(start, min(stop, start + limit)):
        tok = doc[k]
        if tok.text in (".", ";", "!", "?", ":"):
            return k  # « …, explique X avant d'ajouter : B »: the colon opens B
        if conjugated(tok):
            return None  # a finite verb: the quote goes on, this was no incise
    return None


def _speaker_aside(doc: Doc, start: int, stop: int, limit: int, subject: range) -> int | None:
    """The stop that ends what the narrator adds about an incise's speaker after a comma
    (« …, a assuré Paul Morel, qui dirige le syndicat. B »), or None when the words after the
    comma are the quote's. Such an aside is a relative clause on the speaker (« qui … »,
    « dont … », « lui qui … »), or, with no finite verb, a noun phrase of the speaker's number
    (« le président du syndicat », « le poing levé »; with no determiner, a function:
    « président du syndicat », not « ensemble »), an adjective or a participle (« visiblement
    émue », « élu en 2019 ») or a gerund (« en souriant »); not a phrase a preposition opens
    (« …, a assuré X, jusqu'au bout. »), the quote going on."""
    window = range(start, min(stop, start + limit))
    end = next((k for k in window if doc[k].text in _STOPS), None)
    if end is None or end == start:
        return None
    first, second = doc[start].lower_, doc[start + 1].lower_ if start + 1 < end else ""
    if first in DESCRIBING_RELATIVES or (first in STRESSED and second in DESCRIBING_RELATIVES):
        return end  # a relative clause may hold commas of its own: it ends at the stop
    # a phrase ends at its comma: « X, le président du syndicat, jusqu'au bout. »
    end = next(k for k in window if doc[k].text in _STOPS or doc[k].text == ",")
    if end == start:
        return None
    words = doc[start:end]
    if any(conjugated(t) for t in words):
        return None
    k = start
    while k < end and doc[k].pos_ == "ADV":
        k += 1  # « visiblement émue »
    head = doc[k] if k < end else None
    if head is None:
        return None
    if head.lower_ == "en" and k + 1 < end and participle(doc[k + 1]):
        return end  # « en souriant »
    if head.pos_ == "ADJ" or participle(head):
        return end
    if head.pos_ == "NOUN" and not is_role_noun(head.text):
        return None  # with no determiner, only a function is set off (« président du … »)
    if k == start and head.pos_ in ("DET", "NOUN") and _same_number(words, subject):
        noun = next((t for t in words if t.pos_ not in ("DET", "ADJ")), None)
        return end if noun is not None and noun.pos_ == "NOUN" else None
    return None


_STOPS = SENTENCE_ENDS | {"…"}


def _same_number(words: Span, subject: range) -> bool:
    """Whether a phrase set off after a speaker agrees with it in number, when both show it:
    « Paul Morel, les militants et moi » goes on with the quote."""
    doc = words.doc

    def number(toks: list[Token]) -> str | None:
        return next((n[0] for t in toks if t.pos_ in ("DET", "NOUN", "PROPN", "PRON")
                     for n in [t.morph.get("Number", [])] if n), None)

    a, b = number(list(words)), number([doc[i] for i in subject])
    return a is None or b is None or a == b


def incise(ctx: Context, m: Marked) -> tuple[Frame, tuple[int, int], tuple[int, int] | None] | None:
    """A cue inside the marks: « A, a-t-il ajouté, B » -> (frame, A, B or None)."""
    doc = ctx.doc
    span = doc.char_span(m.start, m.end, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        verb = cue_verb(tok)
        if verb is None:
            continue
        first, pron, last = cue_group(tok, verb)
        mark = doc[first.i - 1].text if first.i > span.start else ""
        # « A ? a demandé X. B »: after a question or an exclamation, the incise's verb in
        # lower case goes on the sentence, the mark is the speaker's
        asked = mark in ("?", "!") and first.text[:1].islower()
        if mark != "," and not asked:
            continue
        after = skip(doc, last.i + 1, span.end)
        if pron is not None:
            subject = (pron.idx + 1, pron.idx + len(pron.text))
            speaker = range(pron.i, pron.i + 1)
            end_tok = after
        else:
            # "« A, a déclaré devant la presse le maire, B »": an adjunct before a subject
            # that can speak ("…, a raconté à ses amis une histoire, …" has an object there)
            past = skip_adjunct(doc, after, span.end)
            rng = np_after(doc, past, span.end)
            if past != after and rng is not None and not speaker_like(doc, rng):
                continue
            if rng is None or doc[rng[0]].lower_ in FIRST_PERSON:
                continue  # "…, a dit mon avocat, …": the quoted speaker tells whose words
            subject = char_range(doc, rng)
            speaker = range(*rng)
            end_tok = rng[1]
        if end_tok + 1 < span.end and doc[end_tok].text == ",":
            # one aside after another: « X, le poing levé, visiblement ému. B »
            while end_tok + 1 < span.end and doc[end_tok].text == "," and (aside := _speaker_aside(
                    doc, end_tok + 1, span.end, ctx.settings.incise_aside_tokens, speaker)):
                end_tok = aside
        elif end_tok < span.end and doc[end_tok].text not in (",", ".", ";"):
            # "…, a déclaré la joueuse dans une vidéo publiée lundi. Je remercie …": the
            # narrator's words after the speaker end at the next stop, when no verb of theirs
            # says it is still the quote
            tail = _narrator_tail(doc, end_tok, span.end, ctx.settings.incise_tail_tokens)
            if tail is None:
                continue
            end_tok = tail
        a_end = doc[first.i - 1].idx + asked  # the first part ends at the comma before the cue
        b = None
        rest = [t for t in doc[end_tok + 1 : span.end] if not t.is_punct]
        if end_tok + 1 < span.end and not (m.close is None and medium(rest) and not any(
                t.pos_ in ("VERB", "AUX") for t in rest)):
            # « A, a déclaré X, sur RTL. with no closing mark: where the words were given
            b = (doc[end_tok + 1].idx, m.end)
        cue = (first.idx, last.idx + len(last.text))
        frame = Frame("incise", cue, verb.lemma, subject, ((m.start, a_end),), ("incise",))
        return frame, (m.start, a_end), b
    return None
