"""``--dask``: partitions extracted on a Dask cluster, a local one or one of many machines.

``local`` starts a ``LocalCluster`` of this machine's cores (one single-threaded worker process
each, on 127.0.0.1, no dashboard) and stops it at the end; an address (``tcp://host:8786``)
uses a running scheduler and its workers. Each worker loads the model once (``load_pipeline``
caches it per process) and sends back only the records. A worker that dies has its partitions
retried by Dask (the local cluster retries once; a remote scheduler as often as its
``distributed.scheduler.allowed-failures`` says); a partition that still fails is reported as
error problems naming its articles, and the run goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from quotes import pipeline
from quotes.detect.candidates import Rejected
from quotes.errors import InputError, ModelNotAvailable, QuotesError
from quotes.model import Article, Named, Problem, Quote
from quotes.nlp import load_pipeline, model_name
from quotes.pipeline import Result
from quotes.scale import Ordered, cores, lost, partitions
from quotes.settings import Settings

if TYPE_CHECKING:
    from distributed import Client, Future

INSTALL = "--dask needs Dask on this machine: pip install 'quotes[dask]'"
LOCAL_TRIES = 2  # a local partition runs again once after its worker dies, then is reported
LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": LOCAL_TRIES - 1,
    # a worker holds only the partition it runs, so that its death blames no other
    "distributed.scheduler.worker-saturation": 1.0,
    # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which turns off glibc's own
    # thresholds: the parser's arrays then come from the system and go back to it each time
    # (9% more CPU, scripts/bench_extract.py --dask-defaults); and a profiler that
    # samples the running task every 10 ms, for a dashboard that --dask local does not serve
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}
LOCAL_CLUSTER: dict[str, Any] = {
    "threads_per_worker": 1, "processes": True, "host": "127.0.0.1",
    # no dashboard; the scheduler's health page on a free port of 127.0.0.1, not 8787
    "dashboard_address": None,
    "scheduler_kwargs": {"dashboard": False, "dashboard_address": "127.0.0.1:0"},
    "silence_logs": logging.ERROR,
}

Records = tuple[list[Quote], list[Problem], list[Rejected], list[Named]]


def _partition(part: list[Article], expected: str, opts: Settings) -> list[Records]:
    """On a worker: the records of one partition, with the model this worker loaded once."""
    nlp = load_pipeline(opts.backend, opts.model)
    if model_name(nlp) != expected:  # other records than the client's own model would give
        raise ModelNotAvailable(f"a Dask worker has {model_name(nlp)}, the client {expected}: "
                                "install the same quotes and model on every machine")
    return [(r.quotes, r.problems, r.rejected, r.people)
            for r in pipeline._extract_serial(part, nlp, opts)]


class _Cluster(Ordered["Future[list[Records]]"]):
    def __init__(self, client: Client, nlp: Language, opts: Settings, tries: int) -> None:
        threads = sum(client.nthreads().values())
        super().__init__(max(4, 2 * threads))  # every worker busy, one more partition each
        self.client = client
        self.args = (model_name(nlp), opts)
        self.tries = tries

    def submit(self, part: list[Article]) -> Future[list[Records]]:
        # pure=False: two partitions of equal articles (a repeated input) are two tasks;
        # retries=1: an exception in the task (not a death) is tried once more too
        return self.client.submit(_partition, part, *self.args, pure=False, retries=1)

    def result(self, part: list[Article], handle: Future[list[Records]]) -> list[Result]:
        from distributed import KilledWorker

        try:
            records = handle.result()
        except QuotesError:
            raise  # the cluster cannot run this at all (no model): stop, one line
        except KilledWorker:
            times = "twice" if self.tries == 2 else f"{self.tries} times"
            return lost(part, f"the Dask worker running it died (killed by the system or out "
                              f"of memory), {times}")
        except Exception as exc:
            return lost(part, f"{type(exc).__name__}: {exc}")
        finally:
            handle.release()
        return [Result(art, quotes, problems, rejected, people)
                for art, (quotes, problems, rejected, people) in zip(part, records, strict=True)]

    def cancel(self) -> None:
        self.client.cancel([handle for _, handle in self.pending])


def require_dask() -> None:
    """Nothing if Dask's distributed scheduler can be imported, else an ``InputError``."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise InputError(INSTALL) from None


@contextmanager
def connect(address: str) -> Iterator[tuple[Client, int]]:
    """A client of the cluster at ``address`` (or of a new local one), and how many times a
    partition runs before a worker death counts against it."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(INSTALL) from None
    if address == "local":
        with dask.config.set(LOCAL_CONFIG):
            cluster = LocalCluster(n_workers=cores(), **LOCAL_CLUSTER)
        with cluster, Client(cluster) as client:
            yield client, LOCAL_TRIES
        return
    try:
        client = Client(address)
    except (OSError, ValueError) as exc:
        raise InputError(f"--dask {address}: cannot reach a Dask scheduler ({exc})") from None
    with client:
        allowed = client.run_on_scheduler(_allowed_failures)
        yield client, int(allowed) + 1


def _allowed_failures(dask_scheduler: Any) -> int:
    return int(dask_scheduler.allowed_failures)


def extract_on_cluster(
    articles: Iterable[Article], nlp: Language, opts: Settings
) -> Iterator[Result]:
    """Results of ``articles`` in input order, extracted on the Dask cluster ``opts.dask``."""
    with connect(opts.dask) as (client, tries):
        runner = _Cluster(client, nlp, opts, tries)
        try:
            yield from runner.run(partitions(articles, opts))
        finally:
            runner.cancel()
