"""Extraction spread over worker processes (``--jobs``) or a Dask cluster (``--dask``).

In: articles, the settings. Out: the same ``Result`` per article, in input order, as one process
gives. What the two executors share lives here: articles cut into partitions by size, at most a
window of partitions in flight, results collected in input order, and a partition that fails
twice reported as error problems naming each of its articles while the rest goes on.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Generic, TypeVar

from quotes.model import Article, Problem
from quotes.pipeline import Result
from quotes.settings import Settings

F = TypeVar("F")


def cores() -> int:
    """The cores this process may run on (a container's or taskset's share, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_jobs(articles: Iterable[Article], opts: Settings) -> tuple[Iterator[Article], int]:
    """The articles (unchanged, in order) and the processes to run them in: every core, or 1
    when the whole input is under ``opts.parallel_min_chars``, where starting processes costs
    more than they save. Only that much text is read ahead to tell."""
    stream = iter(articles)
    n = cores()
    if n == 1:
        return stream, 1
    ahead: list[Article] = []
    chars = 0
    for art in stream:
        ahead.append(art)
        chars += len(art.text)
        if chars >= opts.parallel_min_chars:
            return chain(ahead, stream), n
    return iter(ahead), 1


def partitions(articles: Iterable[Article], opts: Settings) -> Iterator[list[Article]]:
    """Consecutive articles, cut when a partition holds ``opts.batch_size`` articles or
    ``opts.partition_chars`` characters, so that one long article does not hold up a worker
    while the others wait, and short ones travel together."""
    part: list[Article] = []
    chars = 0
    for art in articles:
        part.append(art)
        chars += len(art.text)
        if len(part) >= opts.batch_size or chars >= opts.partition_chars:
            yield part
            part, chars = [], 0
    if part:
        yield part


def lost(part: list[Article], why: str) -> list[Result]:
    """One error problem per article of a partition that failed twice; the run goes on."""
    message = f"extraction failed: {why}, twice; the rest of the run went on"
    return [Result(art, problems=[Problem(art.source or art.id, message, art.id, "extract",
                                          severity="error")]) for art in part]


class Ordered(Generic[F]):
    """Partitions submitted elsewhere, results yielded in input order; at most ``window``
    partitions wait at once, so memory stays bounded however long the input.

    A subclass says how a partition is submitted (``submit``) and how its results come back
    (``result``, which turns a partition that failed twice into ``lost`` results)."""

    def __init__(self, window: int) -> None:
        self.window = max(1, window)
        self.pending: deque[tuple[list[Article], F]] = deque()

    def submit(self, part: list[Article]) -> F:
        raise NotImplementedError

    def result(self, part: list[Article], handle: F) -> list[Result]:
        raise NotImplementedError

    def run(self, parts: Iterable[list[Article]]) -> Iterator[Result]:
        for part in parts:
            self.pending.append((part, self.submit(part)))
            while len(self.pending) > self.window:
                yield from self._next()
        while self.pending:
            yield from self._next()

    def _next(self) -> list[Result]:
        part, handle = self.pending.popleft()
        return self.result(part, handle)
