"""Extraction spread out: partitions, --jobs auto, and a real Dask LocalCluster of 2 workers
that gives exactly the records of one process, even when a worker dies mid-run."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import sys
from contextlib import closing

import pytest
from conftest import CORPUS, SEEDS
from distributed import WorkerPlugin
from typer.testing import CliRunner

from quotes import scale
from quotes.cli import app
from quotes.errors import InputError
from quotes.io.readers import read_articles
from quotes.model import Article
from quotes.pipeline import extract
from quotes.scale.cluster import LOCAL_CLUSTER, LOCAL_CONFIG
from quotes.settings import Settings

runner = CliRunner()
SAID = "« Nous verrons bien la suite des événements », a déclaré Jens Stoltenberg."
CORPUS_ARTICLES = CORPUS / "articles"


def articles_of(folder) -> list[Article]:
    return [a for a in read_articles([str(folder)]) if isinstance(a, Article)]


def records(results):
    return [(r.article.id, r.quotes, r.problems, r.rejected) for r in results]


@pytest.fixture(autouse=True)
def no_test_hangs():
    """A test that waits on a cluster longer than this fails instead of hanging the suite."""

    def expired(*_):
        raise TimeoutError("test took longer than 600 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(600)  # minutes when other work shares the 2 cores; seconds on its own
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_partitions_are_cut_by_count_and_by_size():
    arts = [Article(f"a{n}", "x" * size) for n, size in enumerate([10, 10, 10, 100, 10, 10])]
    parts = list(scale.partitions(arts, Settings(batch_size=3, partition_chars=50)))
    assert [[a.id for a in p] for p in parts] == [["a0", "a1", "a2"], ["a3"], ["a4", "a5"]]


def test_auto_jobs_reads_ahead_only_what_it_needs(monkeypatch):
    monkeypatch.setattr(scale, "cores", lambda: 2)
    opts = Settings(parallel_min_chars=100)
    read = []

    def stream(n):
        for i in range(n):
            read.append(i)
            yield Article(f"a{i}", "x" * 40)

    small, jobs = scale.auto_jobs(stream(2), opts)
    assert jobs == 1 and [a.id for a in small] == ["a0", "a1"]
    read.clear()
    large, jobs = scale.auto_jobs(stream(10), opts)
    assert jobs == 2 and read == [0, 1, 2]  # 120 characters were enough to decide
    assert [a.id for a in large] == [f"a{i}" for i in range(10)]
    monkeypatch.setattr(scale, "cores", lambda: 1)
    assert scale.auto_jobs(stream(10), opts)[1] == 1


def test_jobs_flag_takes_auto_or_a_number():
    assert runner.invoke(app, ["extract", str(SEEDS), "--jobs", "0"]).exit_code == 2
    result = runner.invoke(app, ["extract", str(SEEDS), "--jobs", "many"])
    assert result.exit_code == 2 and "'many': a number of processes or auto" in result.output


def test_missing_dask_is_one_line_and_exit_2(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    result = runner.invoke(app, ["extract", str(SEEDS), "--dask", "local"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: --dask needs Dask on this machine: pip install 'quotes[dask]'"]


def test_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    import dask

    out = tmp_path / "out.jsonl"
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = runner.invoke(app, ["extract", str(SEEDS), "--dask", "tcp://127.0.0.1:9",
                                     "-o", str(out)])
    assert result.exit_code == 2
    assert "--dask tcp://127.0.0.1:9: cannot reach a Dask scheduler" in result.output
    assert not out.exists()


# ---- a real cluster: 2 worker processes on 127.0.0.1, started and stopped here


@pytest.fixture(scope="module")
def cluster():
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(LOCAL_CONFIG):  # as --dask local runs it
        local = LocalCluster(n_workers=2, **LOCAL_CLUSTER)
    client = Client(local)
    try:
        yield client
    finally:
        client.close(timeout=30)
        local.close(timeout=30)


@pytest.fixture(scope="module")
def corpus(corpus_results):
    arts, results = corpus_results  # the whole corpus in one process, as the gate scores it
    return arts, records(results)


def on_cluster(client, arts, nlp, **opts):
    settings = Settings(dask=client.scheduler.address, **opts)
    return records(extract(arts, nlp, settings=settings))


def test_local_workers_keep_the_system_allocator_and_run_no_profiler(cluster):
    # Dask's default MALLOC_TRIM_THRESHOLD_ and profiler cost the workers 9% more CPU
    # (scripts/bench_extract.py --dask-defaults)
    import dask

    assert set(cluster.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()) == {None}
    profiling = cluster.run(dask.config.get, "distributed.worker.profile.enabled")
    assert list(profiling.values()) == [False, False]


def test_cluster_gives_the_records_of_one_process_on_seeds(cluster, nlp):
    arts = articles_of(SEEDS)
    one = records(extract(arts, nlp, settings=Settings(jobs=1)))
    assert sum(len(quotes) for _, quotes, _, _ in one) > 50
    assert on_cluster(cluster, arts, nlp, batch_size=2) == one


def test_cluster_gives_the_records_of_one_process_on_the_corpus(cluster, nlp, corpus):
    arts, one = corpus
    assert len(arts) == len(list(CORPUS_ARTICLES.glob("*.txt"))) >= 87
    assert sum(len(quotes) for _, quotes, _, _ in one) > 400
    assert on_cluster(cluster, arts, nlp) == one


def rows(db):
    """Every table of a database, schema and rows, as SQL statements in order."""
    with closing(sqlite3.connect(db)) as conn:
        return list(conn.iterdump())


@pytest.mark.parametrize("out", ["quotes.jsonl", "quotes.csv", "grouped.jsonl", "quotes.db"])
def test_cli_output_is_the_same_in_every_format(cluster, tmp_path, out):
    one, many = tmp_path / "one" / out, tmp_path / "many" / out
    one.parent.mkdir()
    many.parent.mkdir()
    grouped = ["--group"] if out.startswith("grouped") else []  # on the client, after
    base = ["extract", str(SEEDS), *grouped, "-o"]
    assert runner.invoke(app, [*base, str(one), "--jobs", "1"]).exit_code == 0
    result = runner.invoke(app, [*base, str(many), "--dask", cluster.scheduler.address])
    assert result.exit_code == 0, result.output
    if out.endswith(".db"):  # the same rows, whatever pages SQLite wrote them in
        dumped = rows(one)
        assert sum(line.startswith('INSERT INTO "quotes"') for line in dumped) > 50
        assert rows(many) == dumped
    else:
        assert one.read_bytes() == many.read_bytes()
    assert one.stat().st_size > 10_000


def test_a_worker_killed_mid_run_loses_nothing(cluster, nlp, corpus):
    arts, one = corpus
    arts, one = arts[:30], one[:30]
    before = cluster.run(os.getpid)
    settings = Settings(dask=cluster.scheduler.address, batch_size=2)
    got = []
    for result in extract(arts, nlp, settings=settings):
        if not got:  # the first partition is back, the next ones are running
            busy = next(w for w, keys in cluster.processing().items() if keys)
            killed = before[busy]
            os.kill(killed, signal.SIGKILL)
        got.append(result)
    assert records(got) == one
    assert not any(p.severity == "error" for r in got for p in r.problems)
    assert killed not in cluster.run(os.getpid).values()  # it did die (its nanny restarts it)


class KillOnBoom(WorkerPlugin):
    """A worker plugin: the worker process kills itself (SIGKILL, as the out-of-memory killer
    does) when it gets a partition holding the article ``boom``; set again on every restart."""

    name = "kill-on-boom"

    def setup(self, worker):
        from quotes import pipeline

        real = pipeline._extract_serial
        self.real = real

        def deadly(articles, nlp_, opts):
            if any(a.id == "boom" for a in articles):
                os.kill(os.getpid(), signal.SIGKILL)
            yield from real(articles, nlp_, opts)

        pipeline._extract_serial = deadly

    def teardown(self, worker):
        from quotes import pipeline

        pipeline._extract_serial = self.real


def test_a_partition_that_kills_its_worker_twice_is_reported_and_the_rest_completes(
    cluster, nlp
):
    cluster.register_plugin(KillOnBoom())
    try:
        arts = [Article("a", SAID), Article("boom", SAID), Article("c", SAID)]
        got = list(extract(arts, nlp, settings=Settings(dask=cluster.scheduler.address,
                                                        batch_size=1)))
    finally:
        cluster.unregister_worker_plugin(KillOnBoom.name)
    assert [r.article.id for r in got] == ["a", "boom", "c"]
    assert got[0].quotes and got[2].quotes and not got[1].quotes
    (problem,) = got[1].problems
    assert problem.severity == "error" and problem.article_id == "boom"
    assert "Dask worker running it died" in problem.message and "twice" in problem.message


def test_dask_local_starts_and_stops_its_own_cluster(tmp_path, monkeypatch):
    from quotes.scale import cluster as dask_cluster

    monkeypatch.setattr(dask_cluster, "cores", lambda: 1)  # one worker is enough to tell
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(one), "--jobs", "1"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(many), "--dask", "local"])
    assert result.exit_code == 0, result.output
    assert one.read_bytes() == many.read_bytes()
    kinds = {json.loads(line)["record_type"] for line in many.read_text().splitlines()}
    assert kinds == {"quote", "problem"}


def test_bad_settings_for_scale():
    with pytest.raises(InputError, match="at least 1"):
        Settings(partition_chars=0)


def test_a_worker_with_another_model_stops_the_run(nlp):
    from quotes.errors import ModelNotAvailable
    from quotes.scale.cluster import _partition

    with pytest.raises(ModelNotAvailable, match=re.escape("the client fr_core_news_md-0.0.1")):
        _partition([Article("a", SAID)], "fr_core_news_md-0.0.1", Settings())
