"""A cue in an aside opened by « comme »: « Comme l'ont annoncé plusieurs médias, X … »,
« …, comme le rapporte Le Monde ».

The clitic « le » (« l' ») before the verb stands for the clause the aside comments on; the
subject follows the verb. The reported words are the clause after the aside's comma when the
aside opens the sentence (after a connector of the narrator's too: « En effet, comme le
rapporte X, … »), the words before it when it closes them, or the words after a colon that
follows the aside (« …, comme l'explique X : « … » »).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import content_end, trim_end, trim_start
from quotes.detect.context import Context, Frame, char_range, skip_blank
from quotes.detect.cues import after_comme_clitic
from quotes.detect.narrator_links import is_link
from quotes.detect.skips import skip, skip_adjunct
from quotes.detect.speaker_phrases import np_after
from quotes.lexicon.grammar import COORDINATORS


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
    if not after_comme_clitic(first):
        return None
    comme = doc[i - 2]
    rng = np_after(doc, skip_adjunct(doc, skip(doc, last.i + 1, stop), stop), stop)
    # the clitic is the object: the noun phrase after the verb is its subject, whatever it is
    if rng is None or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[rng[0] : rng[1]]):
        return None
    cue = (doc[i - 1].idx, last.idx + len(last.text))  # the clitic with it: "l'ont annoncé"
    lead = text[sent[0] : comme.idx].strip(" \t")
    # a connector of the narrator's before it (« En effet, comme le rapporte X, … »): the aside
    # opens the clause after it
    opening = not lead or (lead.lower() in COORDINATORS) or is_link(lead)
    if opening:  # "Comme l'a annoncé X, <clause>"
        comma = ctx.comma_after(doc[rng[1] - 1].idx, sent[1])
        if comma is None:
            return None
        start = trim_start(text, comma + 1, sent[1])
        end = content_end(ctx, start, sent[1], [b for b in others if b[1] > start])
    else:  # "<clause>, comme l'a annoncé X"
        if not lead.endswith(","):
            return None
        tail = char_range(doc, rng)[1]
        colon = skip_blank(text, tail, sent[1])
        if colon < sent[1] and text[colon] == ":":  # "…, comme l'explique X : « … »": the
            opening = True  # words after the colon are X's, the clause before the narrator's
            start = trim_start(text, colon + 1, sent[1])
            end = content_end(ctx, start, sent[1], [b for b in others if b[1] > start])
        else:
            start = sent[0]
            end = trim_end(text, start, comme.idx)
    if end <= start:
        return None
    return Frame("preposed" if opening else "postposed", cue, lemma, char_range(doc, rng),
                 ((start, end),), ("comme",))
