"""A candidate quote: a record-to-be, before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from quotes.detect.frames import Frame


@dataclass(frozen=True)
class Candidate:
    """A quote before its speaker is resolved."""

    type: str  # direct | indirect | mixed
    start: int
    end: int
    sentence: tuple[int, int]
    frame: Frame | None
    fragments: tuple[tuple[int, int], ...] = ()
    evidence: tuple[str, ...] = ()
    chain: int | None = None  # opening offset of a multi-paragraph quote's first part
