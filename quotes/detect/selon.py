"""Frames whose cue is no verb: "selon X", "d'après X", "Pour X, …".

The source is the noun phrase after the cue; what it says is the rest of the sentence, or the
words before the cue when it comes last.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.content import content_end, trim_end, trim_start
from quotes.detect.context import Context, Frame, char_range
from quotes.detect.subjects import np_after
from quotes.lexicon import words
from quotes.lexicon.grammar import DE_CONTRACTED, DE_DU


def pour_frame(
    ctx: Context,
    sent: tuple[int, int],
    tok: Token,
    holder: tuple[int, int],
    others: list[tuple[int | None, int]],
) -> Frame | None:
    """ "Pour X, …": the rest of the sentence is X's view (a "selon" frame whose cue is
    "Pour")."""
    doc, text = ctx.doc, ctx.text
    subject = char_range(doc, holder)
    start = trim_start(text, doc[holder[1]].idx + 1, sent[1])
    end = content_end(ctx, start, sent[1], others)
    if end <= start:
        return None
    cue = (tok.idx, tok.idx + len(tok.text))
    return Frame("selon", cue, "pour", subject, ((start, end),), ("selon", "pour"))


def selon_frame(
    ctx: Context,
    sent: tuple[int, int],
    span: Span,
    first: Token,
    tok: Token,
    others: list[tuple[int | None, int]],
) -> Frame | None:
    """ "selon X, …", "…, d'après X": X's words, before or after the cue."""
    doc, text = ctx.doc, ctx.text
    s_lo, s_hi = sent
    stop = span.end
    i = tok.i + 1
    # "selon les (premières) explications de l'institut": the source is the institut
    j = i + 1 if i < stop and doc[i].pos_ == "DET" else i
    while j < stop and doc[j].pos_ == "ADJ":
        j += 1
    if j < stop and doc[j].lower_ in words("speech_nouns"):
        k = j + 1
        while k < stop and (doc[k].pos_ in ("ADJ", "VERB") and doc[k].lower_ not in DE_DU):
            k += 1  # "les estimations publiées ce jour"
        if k < stop and doc[k].lower_ in DE_CONTRACTED:
            i = k + 1  # "du maire": the article is folded into "du", the noun comes next
        else:
            return None  # "selon des chiffres donnés mercredi": figures, not a speaker
    rng = np_after(doc, i, stop)
    if rng is None:
        return None
    subject = char_range(doc, rng)
    cue = (first.idx, tok.idx + len(tok.text))
    lemma = "selon" if tok.lower_ == "selon" else "d'après"
    before = text[s_lo : first.idx].strip(" \t,")
    lead = doc.char_span(s_lo, first.idx, alignment_mode="contract") if before else None
    connector = (
        lead is not None
        and len(lead) <= 3
        and not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in lead)
    )
    if not before or connector:  # "D'autant que d'après le président, …"
        start = trim_start(text, subject[1], s_hi)
        end = content_end(ctx, start, s_hi, others)
    else:
        end = trim_end(text, s_lo, first.idx)
        start = trim_start(text, s_lo, end)
    if end <= start:
        return None
    return Frame("selon", cue, lemma, subject, ((start, end),), ("selon",))
