"""Frames found at a quotation mark rather than at a verb of the narration.

- an incise inside the marks: "« A, a-t-il ajouté, B »";
- a colon after a speaker and no verb: "Le président des LR : « … »";
- a colon after an incise's subject: "« A », insiste la ministre : « B »", "« A »,
  explique-t-il : « B »".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.detect.context import Context, outer_end, sign_before
from quotes.detect.cue_spellings import pronoun_range
from quotes.detect.cues import cue_group, cue_verb
from quotes.detect.forms import conjugated, present_participle
from quotes.detect.frames import Frame, char_range
from quotes.detect.furniture import unpictured
from quotes.detect.incise_asides import speaker_aside
from quotes.detect.marks import Marked
from quotes.detect.media import medium
from quotes.detect.skips import skip, skip_adjunct
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.lexicon import Verb, incise_verbs, titles
from quotes.lexicon.grammar import (
    ASKING_ENDS,
    NARRATOR_STOPS,
)
from quotes.lexicon.grammatical_person import FIRST_PERSON, FIRST_SECOND_PERSON
from quotes.lexicon.roles import is_role_noun
from quotes.model import Evidence


def colon_frame(ctx: Context, sent: tuple[int, int], m: Marked) -> Frame | None:
    """``Speaker : « … »`` with no verb: the words before the colon name the speaker."""
    colon = sign_before(ctx.text, sent[0], m.open, ":")
    if colon is None:
        return None
    # « 🎙 Anne Roy : « … » »: the pictographs are no part of the name
    before = ctx.doc.char_span(*unpictured(ctx.text, sent[0], colon), alignment_mode="contract")
    if before is None or not names_speaker(ctx, before):
        return None
    lo, hi = before.start_char, before.end_char
    return Frame("colon", (colon, colon + 1), ":", (lo, hi), ((m.open, outer_end(m)),),
                 (Evidence.COLON,))


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
    return Frame("postposed", frame.cue, frame.lemma, subj, parts, (Evidence.CUE_AFTER,)), first


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
        if tok.text in NARRATOR_STOPS:
            return k  # « …, explique X avant d'ajouter : B »: the colon opens B
        if conjugated(tok):
            return None  # a finite verb: the quote goes on, this was no incise
    return None


def incise(ctx: Context, m: Marked) -> tuple[Frame, tuple[int, int], tuple[int, int] | None] | None:
    """A cue inside the marks: « A, a-t-il ajouté, B » -> (frame, A, B or None)."""
    doc = ctx.doc
    span = doc.char_span(m.start, m.end, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        verb = cue_verb(tok)
        if verb is None and tok.lower_ in incise_verbs() and tok.i > span.start and (
                doc[tok.i - 1].text == ","):
            # « A, abonde X, B »: a verb of lexicon/incise_verbs.txt between commas, its subject
            # after it, as after the closing mark
            verb = Verb.incise_only(incise_verbs()[tok.lower_])
        if verb is None:
            continue
        first, pron, last = cue_group(tok, verb)
        if pron is None and first is tok and present_participle(tok):
            continue  # « A, continuant sa route, B »: the speaker's participle, no incise
        mark = doc[first.i - 1].text if first.i > span.start else ""
        # « A ? s'interroge X. B »: after a question or an exclamation, an incise's verb in
        # lower case, in the indicative and the third person, its subject after it an
        # inverted pronoun or someone named, goes on the sentence; the mark is the speaker's
        # (« répétez-le », « annoncer », « raconte la suite à tes amis » are theirs)
        asked = (mark in ASKING_ENDS and first.text[:1].islower()
                 and _told(doc[first.i : last.i + 1]) and not _spoken_to(doc, first.i, span.end))
        if mark != "," and not asked:
            continue
        after = skip(doc, last.i + 1, span.end)
        if pron is not None:
            subject = pronoun_range(pron)
            speaker = range(pron.i, pron.i + 1)
            end_tok = after
        else:
            # "« A, a déclaré devant la presse le maire, B »": an adjunct before a subject
            # that can speak ("…, a raconté à ses amis une histoire, …" has an object there)
            past = skip_adjunct(doc, after, span.end)
            rng = np_after(doc, past, span.end)
            if past != after and rng is not None and not speaker_like(doc, rng):
                continue
            # "…, a dit mon avocat, …": the quoted speaker tells whose words; « Me Lévy » is
            # the honorific, with its capital
            if rng is None or (doc[rng[0]].lower_ in FIRST_PERSON
                               and doc[rng[0]].text not in titles()):
                continue
            if asked and not speaker_like(doc, rng):
                continue  # « Et ensuite ? raconte la suite à tes amis. »: no one named
            subject = char_range(doc, rng)
            speaker = range(*rng)
            end_tok = rng[1]
        if end_tok + 1 < span.end and doc[end_tok].text == ",":
            # « X, qui dirige le syndicat. B »: what the narrator says of the speaker
            aside = speaker_aside(doc, end_tok + 1, span.end, ctx.settings.incise_aside_tokens,
                                  speaker, first.i)
            end_tok = aside if aside is not None else end_tok
        elif end_tok < span.end and doc[end_tok].text not in (",", ".", ";"):
            # "…, a déclaré la joueuse dans une vidéo publiée lundi. Je remercie …": the
            # narrator's words after the speaker end at the next stop, when no verb of theirs
            # says it is still the quote
            tail = _narrator_tail(doc, end_tok, span.end, ctx.settings.incise_tail_tokens)
            if tail is None:
                continue
            end_tok = tail
        # the first part ends at the comma before the cue, after the « ? » or « ! » it keeps
        a_end = doc[first.i - 1].idx + (len(mark) if asked else 0)
        b = None
        rest = [t for t in doc[end_tok + 1 : span.end] if not t.is_punct]
        if end_tok + 1 < span.end and not (m.close is None and medium(rest) and not any(
                t.pos_ in ("VERB", "AUX") for t in rest)):
            # « A, a déclaré X, sur RTL. with no closing mark: where the words were given
            b = (doc[end_tok + 1].idx, m.end)
        cue = (first.idx, last.idx + len(last.text))
        frame = Frame("incise", cue, verb.lemma, subject, ((m.start, a_end),), (Evidence.INCISE,))
        return frame, (m.start, a_end), b
    return None


def _told(group: Span) -> bool:
    """Whether a cue group after « ? » or « ! » is the narrator's: its finite verb in the
    indicative and the third person (« s'interroge », « a demandé »), not an imperative nor an
    infinitive of the quote."""
    verb = next((t for t in group if conjugated(t)), None)
    return verb is not None and verb.morph.get("Mood", []) == ["Ind"] and (
        verb.morph.get("Person", []) == ["3"])


def _spoken_to(doc: Doc, start: int, stop: int) -> bool:
    """Whether a word of the first or second person stands between token ``start`` and the
    next stop: the words of one who speaks or is spoken to, not the narrator's incise
    (« Et ensuite ? raconte la suite à tes amis. »)."""
    end = next((k for k in range(start, stop) if doc[k].text in NARRATOR_STOPS), stop)
    return any(t.lower_ in FIRST_SECOND_PERSON for t in doc[start:end])
