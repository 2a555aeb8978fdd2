"""People named only inside the words someone said: « X a annoncé qu'elle partait tant que Y
resterait » speaks of Y, whom a pronoun or a description after it stands for less than X
(``timeline``, ``described``). Quotation marks already keep their names out of the cast;
this reads the words of every quote, reported ones too, from where the timeline holds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from quotes.attribute.cast import Registry
from quotes.attribute.speakers import Resolved
from quotes.nlp.doc import climb

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


def only_inside(timeline: Read, lo: int, hi: int, by: str | None = None, *,
                subjects: bool = True) -> set[str]:
    """The names of the people mentioned between ``lo`` and ``hi`` only inside words another
    said (``by`` that one, when given), never outside them there; ``timeline``: the
    article's, whose entries hold where each speaker's words are. Without ``subjects``, not
    the subject of the words' own clause, whom they are about (« X a annoncé que Y partait »)."""
    spans = [(e.said, e.who.name) for e in timeline.entries
             if e.said is not None and e.said[0] < hi and lo < e.said[1]
             and (by is None or e.who.name == by)]
    if not spans:
        return set()
    doc = timeline.registry.doc
    inside: set[str] = set()
    outside: set[str] = set()
    for at, person in timeline.registry.mentions_after(lo - 1, hi - lo):  # lo <= at < hi
        said = any(a <= at < b and name != person.name and (
            subjects or not _subject(doc, at, a, b)) for (a, b), name in spans)
        (inside if said else outside).add(person.name)
    return inside - outside


def _subject(doc: Doc, at: int, lo: int, hi: int) -> bool:
    """Is the name at ``at`` the subject of the clause that heads the words between ``lo`` and
    ``hi`` (« … que |Léa Brun| quitterait Vernay », not « … qu'elle partait tant que |Léa
    Brun| resterait »)?"""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if not span:  # None, or no token at that character (as own_clause guards)
        return False
    tok = climb(span[0], ("flat:name", "flat", "appos"))
    verb = tok.head
    return tok.dep_.startswith("nsubj") and (verb.head == verb or not lo <= verb.head.idx < hi)
