"""A cue in an aside opened by « comme »: « Comme l'ont annoncé plusieurs médias, X … »,
« …, comme le rapporte Le Monde », « X partira en mai comme il l'a annoncé ».

The clitic « le » (« l' ») before the verb stands for the clause the aside comments on; the
subject follows the verb, or stands between « comme » and the clitic. The reported words are
the clause after the aside's comma when the aside opens the sentence (after a short lead with
no verb too: « En effet, comme le rapporte X, … »), the words before it when it closes them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.content import content_end, trim_end, trim_start
from quotes.detect.context import Context, Frame, char_range
from quotes.detect.cues import after_comme_clitic
from quotes.detect.forms import conjugated
from quotes.detect.skips import skip, skip_adjunct
from quotes.detect.subjects import np_after
from quotes.lexicon.grammar import (
    COORDINATORS,
    HAVE,
    PLUPERFECT_AUXILIARIES,
    SUBJECT_PRONOUNS,
)


def comme_frame(
    ctx: Context,
    sent: tuple[int, int],
    first: Token,
    last: Token,
    lemma: str,
    stop: int,
    others: list[tuple[int | None, int]],
) -> Frame | None:
    """The frame of a cue group ``first``..``last`` in an aside « comme le/l' <verb> <X> »."""
    doc, text = ctx.doc, ctx.text
    i = first.i
    fronted = _subject_before(first)
    if fronted is not None:  # "comme il l'a annoncé": the subject before the clitic
        comme, rng = doc[fronted[0] - 1], fronted
    elif after_comme_clitic(first):
        comme = doc[i - 2]
        after = np_after(doc, skip_adjunct(doc, skip(doc, last.i + 1, stop), stop), stop)
        # the clitic is the object: the noun phrase after the verb is its subject
        if after is None or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[after[0] : after[1]]):
            return None
        rng = after
    else:
        return None
    cue = (doc[i - 1].idx, last.idx + len(last.text))  # the clitic with it: "l'ont annoncé"
    lead = text[sent[0] : comme.idx].strip(" \t")
    opening = not lead or (lead.lower() in COORDINATORS) or _verbless_lead(ctx, sent[0], comme)
    if opening:  # "Comme l'a annoncé X, <clause>"
        comma = next((k for k in range(doc[rng[1] - 1].idx, sent[1])
                      if text[k] == "," and ctx.inside_marks(k) is None), None)
        if comma is None:
            return None
        start = trim_start(text, comma + 1, sent[1])
        end = content_end(ctx, start, sent[1], [b for b in others if b[1] > start])
    else:  # "<clause>, comme l'a annoncé X", "<clause> comme X l'a annoncé"
        if not lead.endswith(",") and fronted is None:
            return None
        tail = char_range(doc, rng)[1]
        colon = tail + len(text[tail : sent[1]]) - len(text[tail : sent[1]].lstrip(" \t"))
        if colon < sent[1] and text[colon] == ":":  # "…, comme l'explique X : « … »": the
            opening = True  # words after the colon are X's, the clause before the narrator's
            start = trim_start(text, colon + 1, sent[1])
            end = content_end(ctx, start, sent[1], [b for b in others if b[1] > start])
        else:
            start = sent[0]
            end = trim_end(text, start, comme.idx)
    if end <= start or _fulfilled(ctx, doc[i - 1 : last.i + 1], start, end):
        return None
    if fronted is not None and rng[1] - rng[0] == 1 and doc[rng[0]].lower_ in SUBJECT_PRONOUNS:
        rng = _named_subject(ctx, start, end) or rng  # "X partira comme il l'a annoncé": X
    return Frame("preposed" if opening else "postposed", cue, lemma, char_range(doc, rng),
                 ((start, end),), ("comme",))


def _subject_before(first: Token) -> tuple[int, int] | None:
    """The subject between « comme » and the clitic before the cue group ``first``
    (« comme il l'a annoncé », « comme la ministre l'a rappelé »): token offsets, or None."""
    doc, i = first.doc, first.i
    if i < 3 or doc[i - 1].lower_ not in _CLITICS:
        return None
    k = i - 2
    while k > 0 and i - 1 - k < _SUBJECT_TOKENS and doc[k].lower_ != "comme":
        if doc[k].is_punct:
            return None
        k -= 1
    if doc[k].lower_ != "comme" or k + 1 >= i - 1:
        return None
    words = doc[k + 1 : i - 1]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words) or any(
            t.pos_ in ("VERB", "AUX", "ADP") for t in words):
        return None  # « comme pour le dire », « comme on l'a vu à Rieux »: no speaker's words
    return k + 1, i - 1


def _named_subject(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The name that is the subject of the clause the aside comments on (« Marc Roux partira
    en mai comme il l'a annoncé »): the pronoun of « comme il l'a annoncé » stands for it.
    Token offsets, or None when the clause's subject is no name."""
    words = ctx.doc.char_span(start, end, alignment_mode="contract")
    if words is None:
        return None
    doc = ctx.doc
    for tok in words:
        if tok.pos_ != "PROPN" or (tok.i > words.start and doc[tok.i - 1].pos_ in (
                "PROPN", "ADP")):
            continue  # inside a name, or a complement (« les élus de Rieux »)
        hi = tok.i + 1
        while hi < words.end and doc[hi].pos_ == "PROPN":
            hi += 1
        # its verb right after it, or the parse's subject (a fronted participle may mislead it)
        if (hi < words.end and conjugated(doc[hi])) or (
                tok.dep_ == "nsubj" and words.start <= tok.head.i < words.end):
            return tok.i, hi
    return None


def _verbless_lead(ctx: Context, lo: int, comme: Token) -> bool:
    """A short lead with no verb before the aside (« En effet, », « Ce samedi, »): the aside
    opens the clause after it."""
    lead = ctx.doc.char_span(lo, comme.idx, alignment_mode="contract")
    return lead is not None and 0 < len(lead) <= _LEAD_TOKENS and lead[-1].text == "," and not any(
        t.pos_ in ("VERB", "AUX") for t in lead)


def _fulfilled(ctx: Context, cue: Span, start: int, end: int) -> bool:
    """An aside in the pluperfect before a clause in the past (« Comme il l'avait annoncé, le
    maire a signé la convention »): the narrator tells what was done as it had been said; the
    clause is an event, not the words. A future or a present stays the words (« comme il
    l'avait promis, la piscine rouvrira en juin »)."""
    if not any(t.lower_ in PLUPERFECT_AUXILIARIES for t in cue):
        return False
    words = ctx.doc.char_span(start, end, alignment_mode="contract")
    return words is not None and any(
        (t.lower_ in HAVE - PLUPERFECT_AUXILIARIES and t.pos_ == "AUX")
        or ("Past" in t.morph.get("Tense", []) and "Fin" in t.morph.get("VerbForm", []))
        for t in words)


_CLITICS = frozenset({"l'", "l’", "le"})
_SUBJECT_TOKENS = 6
_LEAD_TOKENS = 4
