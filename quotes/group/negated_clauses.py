"""Whether a rendering keeps the negation of the words it renders (``negation_agrees``).

A paraphrase must say what its quote says, negation included: « elle ne sera pas candidate »
renders no « je serai candidate ».
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes.group.similarity import content_stems, negations, normalize
from quotes.lexicon import bounded

_CLAUSE = re.compile(r"[.!?;:,…]+\s+|\s[-–—]\s")


def negation_agrees(a: tuple[str, str], b: tuple[str, str],
                    said: Callable[[str], tuple[str, ...]] = negations) -> bool:
    """Whether of two quotes (each normalised, then as written) that say the same content
    words, the shorter renders the longer with its negation: both say one or neither does,
    or the clauses of the longer that share a content word with the shorter say one where
    the shorter does. « elle ne sera pas candidate » renders no « je serai candidate »,
    while a negation in another clause of a long quote (« je n'abandonne pas ») tells
    nothing."""
    if bool(said(a[0])) == bool(said(b[0])):
        return True
    (short, _), (_, long_) = sorted((a, b), key=lambda t: len(t[0]))
    stems = content_stems(short)
    clauses = [c for c, of in _clauses(long_) if stems & of]
    return not clauses or any(bool(said(short)) == bool(said(c)) for c in clauses)


@bounded(1 << 12)  # asked for each paraphrase pair: the same few quotes again and again
def _clauses(written: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The clauses of a quote as written, each normalised, with its content stems."""
    return tuple((c, frozenset(content_stems(c))) for c in map(normalize, _CLAUSE.split(written)))
