"""People named only inside the words someone said: « X a annoncé qu'elle partait tant que Y
resterait » speaks of Y, whom a pronoun or a description after it stands for less than X
(``timeline``, ``described``). Quotation marks already keep their names out of the cast;
this reads the words of every quote, reported ones too, from where the timeline holds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from quotes.attribute.cast import Registry
from quotes.attribute.speakers import Resolved


class Said(Protocol):
    @property
    def who(self) -> Resolved: ...
    @property
    def said(self) -> tuple[int, int] | None: ...


class Read(Protocol):
    @property
    def registry(self) -> Registry: ...
    @property
    def entries(self) -> Sequence[Said]: ...


def only_inside(timeline: Read, lo: int, hi: int, by: str | None = None) -> set[str]:
    """The names of the people mentioned between ``lo`` and ``hi`` only inside words another
    said (``by`` that one, when given), never outside them there; ``timeline``: the
    article's, whose entries hold where each speaker's words are."""
    spans = [(e.said, e.who.name) for e in timeline.entries
             if e.said is not None and e.said[0] < hi and lo < e.said[1]
             and (by is None or e.who.name == by)]
    if not spans:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for at, person in timeline.registry.mentions:
        if lo <= at < hi:
            said = any(a <= at < b and name != person.name for (a, b), name in spans)
            (inside if said else outside).add(person.name)
    return inside - outside
