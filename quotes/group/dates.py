"""The dates a quote gives: two statements of one occasion give its date, so a rendering of
one statement shares more with it than the date.

An outlet gives « des élections auraient lieu le 14 octobre prochain » and, of the same
speaker, « d'ici au 14 octobre prochain, elle resterait députée »: two statements that share
the date of one event and nothing else. The words of a date are a month (lexicon
``grammar.MONTHS``), the day before it (« 14 », « 1er ») and the day of the week before that,
the year after it, and what places it (``grammar.DATE_PLACERS``: « prochain », « dernier »)
after either; read on normalised text (``normal.normalize``).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.group.content import ContentWords, numbers_in
from quotes.lexicon import cached, fold, folded
from quotes.lexicon.grammar import DATE_PLACERS, MONTHS

_FIRST = "1er"  # « le 1er mai »


@cached
def _months() -> frozenset[str]:
    return frozenset(fold(m) for m in MONTHS)


@cached
def _placers() -> frozenset[str]:
    return frozenset(fold(w) for w in DATE_PLACERS)


def date_words(split: Sequence[str]) -> set[int]:
    """The positions of the words of dates in a normalised text split in words."""
    months, placers, days = _months(), _placers(), folded("time_words")
    at: set[int] = set()
    for i, w in enumerate(split):
        if w not in months:
            continue
        at.add(i)
        if i and (split[i - 1].isdigit() or split[i - 1] == _FIRST):
            at.add(i - 1)
            if i > 1 and split[i - 2] in days:  # « mardi 14 octobre »
                at.add(i - 2)
        j = i + 1
        if j < len(split) and len(split[j]) == 4 and split[j].isdigit():
            at.add(j)
            j += 1
        if j < len(split) and split[j] in placers:
            at.add(j)
    return at


def gives_date(text: str) -> bool:
    """Whether a normalised text names a month: it may give a date (``date_words``)."""
    months = _months()
    return any(w in months for w in text.split())


def undated(text: str, words: ContentWords) -> set[int]:
    """The content words (``ContentWords`` ids, numbers with them) of a normalised text
    outside its dates (``date_words``)."""
    split = text.split()
    gone = date_words(split)
    kept = [w for n, w in enumerate(split) if n not in gone]
    found = {i for w in kept if (i := words[w]) >= 0}
    return found | {i for n in numbers_in(" ".join(kept))
                    if (i := words.of_stem.get(n, -1)) >= 0}
