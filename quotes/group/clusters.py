"""What clustering finds and what a cluster root holds while it runs (``grouping.cluster``).

``Match``: two quotes found to be one utterance; ``Clusters``: the batch's linked names, its
clusters and what grouping read to find them; ``PerRoot``: each cluster root's own sets, made
from its quote the first time they are asked for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True)
class Match:
    """Two quotes (by id) found to be one utterance, with their best similarities."""

    a: str
    b: str
    ratio: float
    partial: float


@dataclass(frozen=True)
class Clusters:
    """What grouping found: the batch's linked names, the clusters (indices into the
    quotes, in input order, two or more each), every pair that matched, and the normalised
    texts of each quote (the quote, then its quoted fragments), the reported quotes joined
    as a paraphrase of a direct one, the quotes that give again words their article
    reports as said (``passages.repeated``), and whose speakers vote (``consensus.votes``)."""

    linked: dict[str, str]
    members: list[list[int]]
    matches: list[Match]
    texts: list[list[str]]
    paraphrased: set[str] = field(default_factory=set)
    repeated: set[int] = field(default_factory=set)
    voice: list[bool] = field(default_factory=list)


class PerRoot(dict[int, _T]):
    """What a cluster root holds (its confident names, its passages by article), from the root's own
    quote the first time it is asked for: most quotes of a million never join anything."""

    def __init__(self, make: Callable[[int], _T]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, n: int) -> _T:
        made = self[n] = self.make(n)
        return made
