"""Passages: the quotes of one article that continue one statement, and what they keep apart.

An article that runs one statement over two paragraphs, or around an incise, gives one passage
in two quotes; two quotes of one article in two passages are two things said. A part (a
fragment, an overlap) that would join two clusters one article gives as two passages does
not make them one utterance (``grouping.cluster``). A heading (``heads``) is no passage.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.model import CUE_CARRIED, Quote

_PARAGRAPH_GAP = 4  # characters: a paragraph break or a pair of marks, no narrator's words
SEVERAL = -1  # not a passage: a cluster holds two passages or more of one article


def passages(quotes: Sequence[Quote], names: list[str | None]) -> list[int]:
    """A passage id per quote: a quote that follows the previous one of its article (in input
    order) by the same speaker, with nothing but a paragraph break or quote marks between
    them or with the cue both share (the two halves around an incise), continues its passage;
    an article that runs one statement over two paragraphs has not given two quotes apart."""
    passage = list(range(len(quotes)))
    for n in range(1, len(quotes)):
        q, prev = quotes[n], quotes[n - 1]
        if q.article.id != prev.article.id or names[n] != names[n - 1]:
            continue
        gap = q.span.start - prev.span.end
        incise = q.cue is not None and prev.cue is not None and CUE_CARRIED not in q.evidence and (
            q.cue.start == prev.cue.start and prev.span.end <= q.cue.start < q.span.start)
        if 0 <= gap <= _PARAGRAPH_GAP or incise:
            passage[n] = passage[n - 1]
    return passage


def heads(q: Quote) -> bool:
    """Whether a quote is a heading of its article (evidence ``heading``: a line of its own in
    marks, « "Le moment est venu" » above the statement it comes from): it repeats words the
    article quotes, and gives no passage of its own that would keep apart what it joins."""
    return "heading" in q.evidence


def given_apart(x: dict[str, int], y: dict[str, int]) -> bool:
    """Whether one article gives a quote of each cluster (its passage by article, ``SEVERAL``
    for two or more) as two passages, looked up from the smaller cluster."""
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    return any((q := big.get(a)) is not None and (p == SEVERAL or q != p)
               for a, p in small.items())
