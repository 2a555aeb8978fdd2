"""``--jobs N``: partitions extracted in N forked worker processes of this machine.

Each worker inherits the loaded model (shared copy-on-write, nothing to load), parses and
extracts whole partitions and sends back only the results; no parsed document crosses between
processes.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language

from quotes import pipeline
from quotes.model import Article
from quotes.pipeline import Result
from quotes.scale import Ordered, lost, partitions
from quotes.settings import Settings

_WORKER: tuple[Language, Settings] | None = None  # what a forked worker inherited


def _work(part: list[Article]) -> list[Result]:
    assert _WORKER is not None
    nlp, settings = _WORKER
    return list(pipeline._extract_serial(part, nlp, settings))


class _Pool(Ordered["Future[list[Result]]"]):
    """A worker the system kills (out of memory, SIGKILL) breaks the whole pool: its partition
    is tried once more alone in a fresh pool, then reported as lost; the partitions that were
    waiting were not at fault and are submitted again to the fresh pool. Nothing hangs."""

    def __init__(self, jobs: int) -> None:
        super().__init__(2 * jobs)
        self.jobs = jobs
        self.pool = self._fresh()

    def _fresh(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("fork"))

    def _restart(self) -> None:
        self.pool.shutdown(cancel_futures=True)
        self.pool = self._fresh()

    def submit(self, part: list[Article]) -> Future[list[Result]]:
        return self.pool.submit(_work, part)

    def result(self, part: list[Article], handle: Future[list[Result]]) -> list[Result]:
        try:
            return handle.result()
        except BrokenProcessPool:
            self._restart()
            try:
                results = self.pool.submit(_work, part).result()  # once more, alone
            except BrokenProcessPool:
                self._restart()
                results = lost(part, "the worker process died (killed by the system or out "
                                     "of memory)")
            for n, (other, _) in enumerate(self.pending):
                self.pending[n] = (other, self.submit(other))
            return results


def extract_in_processes(
    articles: Iterable[Article], nlp: Language, opts: Settings, jobs: int
) -> Iterator[Result]:
    """Results of ``articles`` in input order, extracted in ``jobs`` worker processes."""
    global _WORKER
    _WORKER = (nlp, opts)  # inherited by the forked workers
    runner = _Pool(jobs)
    try:
        yield from runner.run(partitions(articles, opts))
    finally:
        runner.pool.shutdown(cancel_futures=True)
