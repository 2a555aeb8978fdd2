"""Extraction speed against the bare parser, measured in one run.

Builds a corpus from seeds/ and ../shared/corpus articles, repeated to at least --megabytes of
text, then measures, in this process and in this order:

  load   spaCy model load time
  bare   nlp.pipe over the texts (the baseline: the parse alone)
  quotes read_articles -> extract -> JSONL records, end to end, from files on disk, with the
         pipeline as quotes loads it (``load_pipeline``: no lemmatizer)
  jobs   the same with --jobs processes
  dask   the same on a Dask LocalCluster of --jobs worker processes, as --dask local makes it,
         started once and warmed (each worker has loaded the model); the time that start and
         that load take is printed apart, since --dask local pays it once per run

and prints chars/s, articles/s, the ratio to the baseline and peak memory (RSS, this
process: the workers' own memory is not in it).

    .venv/bin/python scripts/bench_extract.py [--megabytes 2] [--jobs 2] [--repeat 2] [--no-dask]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "articles"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    texts = [p.read_text(encoding="utf-8")
             for src in SOURCES if src.is_dir() for p in sorted(src.glob("*.txt"))]
    if not texts:
        raise SystemExit("no articles found in seeds/ or ../shared/corpus/articles")
    n = chars = 0
    while chars < megabytes * 1_000_000:
        text = texts[n % len(texts)]
        (folder / f"a{n:06d}.txt").write_text(text, encoding="utf-8")
        n, chars = n + 1, chars + len(text)
    return n, chars


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--megabytes", type=float, default=2.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2,
                    help="runs of each measurement; the fastest counts")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask measurement")
    args = ap.parse_args()

    from quotes.io.readers import read_articles
    from quotes.io.records import dumps
    from quotes.pipeline import extract
    from quotes.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n_articles, n_chars = build_corpus(folder, args.megabytes)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        rss0 = peak_mb()

        from quotes.nlp import load_pipeline

        t = time.perf_counter()
        nlp = load_pipeline(exclude=())  # the full model: the bare parse is the baseline
        load = time.perf_counter() - t
        rss_model = peak_mb()
        list(nlp.pipe(texts[:20], batch_size=16))  # warm-up

        def bare() -> None:
            for _ in nlp.pipe(texts, batch_size=16):
                pass

        from quotes.nlp import load_pipeline

        mine = load_pipeline()  # as quotes runs it (no lemmatizer), as its Dask workers load it

        def quotes(jobs: int, dask: str = "") -> None:
            with open(os.devnull, "w", encoding="utf-8") as sink:
                articles = read_articles([str(folder)])
                for res in extract(articles, mine, settings=Settings(jobs=jobs, dask=dask)):
                    for q in res.quotes:
                        sink.write(dumps(q))

        t_bare = best(bare, args.repeat)
        rss_bare = peak_mb()
        t_quotes = best(lambda: quotes(1), args.repeat)
        rss_quotes = peak_mb()
        t_jobs = best(lambda: quotes(args.jobs), args.repeat) if args.jobs > 1 else None
        rss_jobs = peak_mb()
        t_dask = start = None
        if not args.no_dask:
            t_dask, start = on_dask(lambda address: quotes(1, address), args)

    print(f"corpus: {n_articles} articles, {n_chars / 1e6:.2f} M characters; "
          f"{os.cpu_count()} cores")
    print(f"model load: {load:.2f} s (RSS {rss0:.0f} -> {rss_model:.0f} MB)")
    print(f"{'run':<22} {'seconds':>8} {'chars/s':>10} {'articles/s':>11} {'vs bare':>8} "
          f"{'peak RSS':>9}")
    rows = [("bare nlp.pipe", t_bare, rss_bare), ("quotes extract", t_quotes, rss_quotes)]
    if t_jobs is not None:
        rows.append((f"quotes --jobs {args.jobs}", t_jobs, rss_jobs))
    if t_dask is not None:
        rows.append((f"quotes --dask ({args.jobs} workers)", t_dask, peak_mb()))
    for name, secs, rss in rows:
        print(f"{name:<22} {secs:>8.2f} {n_chars / secs:>10.0f} {n_articles / secs:>11.1f} "
              f"{t_bare / secs:>7.2f}x {rss:>7.0f} MB")
    if t_dask is not None and start is not None:
        print(f"--dask local start-up (cluster and model load on every worker): {start:.1f} s; "
              f"dask / jobs {t_jobs / t_dask if t_jobs else float('nan'):.3f}")


def on_dask(run, args: argparse.Namespace) -> tuple[float, float]:
    """The best time of ``run(address)`` on a warm LocalCluster made as --dask local makes
    it, and the seconds its start and the workers' model load took."""
    import dask
    from distributed import Client, LocalCluster

    from quotes.nlp import load_pipeline
    from quotes.scale.cluster import LOCAL_CLUSTER, LOCAL_CONFIG

    t = time.perf_counter()
    with dask.config.set(LOCAL_CONFIG):
        cluster = LocalCluster(n_workers=args.jobs, **LOCAL_CLUSTER)
    with cluster, Client(cluster) as client:
        client.run(load_pipeline)
        start = time.perf_counter() - t
        return best(lambda: run(cluster.scheduler_address), args.repeat), start


if __name__ == "__main__":
    main()
