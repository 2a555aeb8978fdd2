"""Extraction speed against the bare parser, measured in one run.

Builds a corpus from seeds/ and ../shared/corpus articles, repeated to at least --megabytes of
text, then measures, in this process, in rounds (each round runs every measurement once, so
that a change of load on a shared machine hits them all; the least time of each counts):

  bare   nlp.pipe over the texts with the full model (the baseline: the parse alone)
  whole  read_articles -> extract -> JSONL records, end to end, from files on disk, as quotes
         ran before it parsed less: the model's attribute ruler run, every article parsed
  quotes the same as quotes runs now (``load_pipeline``: no lemmatizer, ``quotes_spaces`` in
         place of the attribute ruler; an article that cannot hold a quote is not parsed)
  jobs   the same with --jobs processes
  dask   the same on a Dask LocalCluster of --jobs worker processes, as --dask local makes it,
         started once and warmed (each worker has loaded the model and parsed every text once,
         as this process has before the --jobs workers fork from it: a model's vocabulary grows
         with the words it meets); the time that start and that load take is printed apart,
         since --dask local pays it once per run; with --dask-defaults, also on a cluster
         with Dask's own worker settings (its allocator threshold MALLOC_TRIM_THRESHOLD_ and
         profiler, which --dask local turns off)

and prints the least wall and CPU seconds of each (CPU: this process, plus its worker
processes or the Dask workers), chars/s, the ratios to the baseline, how much more CPU the
slowest round of each took (the machine's noise), Dask's speed against --jobs (memory:
scripts/bench_memory.py). Records
of ``whole`` and ``quotes`` are compared: the number of articles whose records differ is
printed. With --components, each pipe of the model is timed (CPU) over the texts, and the
share of sentences and characters that hold a trigger (``passages.may_quote``: a quotation
mark, a reporting-verb form, selon / d'après, pour before a comma), alone and with the
sentences beside them, is printed: what parsing only those would skip.

    .venv/bin/python scripts/bench_extract.py [--megabytes 2] [--jobs 2] [--repeat 2]
        [--no-dask] [--dask-defaults] [--components]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "articles"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


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


class Runs:
    """Measurements run in rounds; each keeps its least wall time and its least CPU time, and
    how far its slowest round's CPU time was above that (the noise of the machine)."""

    def __init__(self) -> None:
        self.runs: dict[str, Callable[[], float]] = {}
        self.best: dict[str, tuple[float, float]] = {}
        self.most_cpu: dict[str, float] = {}

    def add(self, name: str, fn: Callable[[], float]) -> None:
        """``fn`` runs once and returns the CPU seconds its other processes used."""
        self.runs[name] = fn

    def rounds(self, repeat: int) -> None:
        for _ in range(repeat):
            for name, fn in self.runs.items():
                t, c = time.perf_counter(), cpu()
                others = fn()
                wall, used = time.perf_counter() - t, cpu() - c + others
                least = self.best.get(name, (wall, used))
                self.best[name] = (min(least[0], wall), min(least[1], used))
                self.most_cpu[name] = max(self.most_cpu.get(name, used), used)

    def spread(self, name: str) -> str:
        """The slowest round's CPU time above the least, as a percentage."""
        return f"+{100 * (self.most_cpu[name] / self.best[name][1] - 1):.0f}%"


def whole_plan(real: Callable[..., list[tuple[int, int]]]) -> Callable[..., list[tuple[int, int]]]:
    """``passages.plan`` as it was: every article up to ``max_chars`` parsed whole."""

    def plan(text: str, *, max_chars: int) -> list[tuple[int, int]]:
        if len(text) <= max_chars:
            return [(0, len(text))] if text.strip() else []
        return real(text, max_chars=max_chars)

    return plan


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--megabytes", type=float, default=2.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2,
                    help="rounds of every measurement; the fastest of each counts")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask measurement")
    ap.add_argument("--dask-defaults", action="store_true",
                    help="also a cluster with Dask's own worker settings (allocator, profiler)")
    ap.add_argument("--components", action="store_true",
                    help="also time each pipe and count the sentences that hold a trigger")
    args = ap.parse_args()

    from quotes.detect import passages
    from quotes.io.readers import read_articles
    from quotes.io.records import dumps
    from quotes.nlp import load_pipeline
    from quotes.nlp.spaces import NAME, RULER
    from quotes.pipeline import extract
    from quotes.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n_articles, n_chars = build_corpus(folder, args.megabytes)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        rss0 = peak_mb()
        t = time.perf_counter()
        nlp = load_pipeline(exclude=())  # the full model: the bare parse is the baseline
        load = time.perf_counter() - t
        rss_model = peak_mb()
        # one model in memory, three ways of running it (as quotes's Dask workers load it:
        # load_pipeline(), the same pipes as "quotes" here)
        nlp.add_pipe(NAME, after=RULER)
        as_bare, as_before, as_now = [NAME], ["lemmatizer", NAME], ["lemmatizer", RULER]
        list(nlp.pipe(texts[:20], batch_size=16))  # warm-up

        def bare() -> float:
            with nlp.select_pipes(disable=as_bare):
                for _ in nlp.pipe(texts, batch_size=16):
                    pass
            return 0.0

        def quotes(jobs: int = 1, dask: str = "", keep: list | None = None) -> float:
            children = cpu(resource.RUSAGE_CHILDREN)
            with open(os.devnull, "w", encoding="utf-8") as sink:
                articles = read_articles([str(folder)])
                for res in extract(articles, nlp, settings=Settings(jobs=jobs, dask=dask)):
                    lines = [dumps(q) for q in res.quotes]
                    sink.writelines(lines)
                    if keep is not None:
                        keep.append(lines)
            return cpu(resource.RUSAGE_CHILDREN) - children  # the --jobs workers, once joined

        lean_plan = passages.plan
        before: list[list[str]] = []
        after: list[list[str]] = []

        def whole() -> float:
            passages.plan = whole_plan(lean_plan)
            try:
                with nlp.select_pipes(disable=as_before):
                    return quotes(keep=None if before else before)
            finally:
                passages.plan = lean_plan

        def now(jobs: int = 1, dask: str = "", keep: list | None = None) -> float:
            with nlp.select_pipes(disable=as_now):  # forked --jobs workers inherit it
                return quotes(jobs, dask, keep)

        runs = Runs()
        runs.add("bare nlp.pipe", bare)
        runs.add("quotes, whole parse", whole)
        runs.add("quotes extract", lambda: now(keep=None if after else after))
        if args.jobs > 1:
            runs.add(f"quotes --jobs {args.jobs}", lambda: now(args.jobs))
        start = None
        if args.no_dask:
            runs.rounds(args.repeat)
        else:
            start = on_dask(runs, lambda address: now(dask=address), args, texts)
        parts = components(nlp, texts) if args.components else None

    uptime = Path("/proc/loadavg").read_text().split()[:3]
    print(f"corpus: {n_articles} articles, {n_chars / 1e6:.2f} M characters; "
          f"{os.cpu_count()} cores; load average after the run {' '.join(uptime)}")
    print(f"model load: {load:.2f} s (RSS {rss0:.0f} -> {rss_model:.0f} MB); "
          f"best of {args.repeat} rounds")
    print(f"{'run':<42} {'wall s':>7} {'CPU s':>7} {'chars/s':>8} {'art/s':>6} {'vs bare':>8} "
          f"{'CPU vs bare':>11} {'CPU spread':>10}")
    t_bare, c_bare = runs.best["bare nlp.pipe"]
    for name, (secs, used) in runs.best.items():
        print(f"{name:<42} {secs:>7.2f} {used:>7.2f} {n_chars / secs:>8.0f} "
              f"{n_articles / secs:>6.1f} {t_bare / secs:>7.2f}x {c_bare / used:>10.2f}x "
              f"{runs.spread(name):>10}")
    differ = sum(a != b for a, b in zip(before, after, strict=True))
    t_whole, c_whole = runs.best["quotes, whole parse"]
    t_mine, c_mine = runs.best["quotes extract"]
    print(f"parse-less / whole parse: {t_whole / t_mine:.3f}x wall, {c_whole / c_mine:.3f}x CPU; "
          f"articles whose records differ: {differ} of {len(after)}")
    jobs = runs.best.get(f"quotes --jobs {args.jobs}")
    if start is not None:
        print(f"--dask local start-up (cluster and model load on every worker): {start:.1f} s")
    for name, (secs, used) in runs.best.items():
        if jobs and name.startswith("quotes --dask"):
            print(f"{name}: {jobs[0] / secs:.3f}x the speed of --jobs {args.jobs} (wall), "
                  f"{jobs[1] / used:.3f}x (CPU)")
    if parts is not None:
        print_components(*parts)


def on_dask(runs: Runs, run: Callable[[str], float], args: argparse.Namespace,
            texts: list[str]) -> float:
    """Add the Dask measurement (a warm LocalCluster made as --dask local makes it, its
    workers' CPU counted; with --dask-defaults a second one with Dask's own worker settings),
    run every round, and return the seconds the first one's start and model load took."""
    import dask
    from distributed import Client, LocalCluster

    from quotes.nlp import load_pipeline
    from quotes.scale.cluster import LOCAL_CLUSTER, LOCAL_CONFIG

    ours = ("", LOCAL_CONFIG)
    # Dask's defaults: its nannies set MALLOC_TRIM_THRESHOLD_ in this process's environment
    # for the workers they spawn, so this cluster starts after ours
    worker = ("distributed.nanny", "distributed.worker")
    defaults = (", Dask's defaults",
                {k: v for k, v in LOCAL_CONFIG.items() if not k.startswith(worker)})
    with ExitStack() as stack:
        start = 0.0
        for label, config in [ours, defaults] if args.dask_defaults else [ours]:
            t = time.perf_counter()
            with dask.config.set(config):
                cluster = stack.enter_context(LocalCluster(n_workers=args.jobs, **LOCAL_CLUSTER))
            client = stack.enter_context(Client(cluster))
            client.run(load_pipeline)
            start = start or time.perf_counter() - t
            client.run(warm, texts)
            runs.add(f"quotes --dask ({args.jobs} workers{label})", on(client, run))
        runs.rounds(args.repeat)
    return start


def warm(texts: list[str]) -> None:
    """On a worker: parse every text once with the worker's model, as this process did before
    the --jobs workers are forked from it; a model's vocabulary grows with the words it meets
    (a cost paid once per word in a long run), so every run is measured on a warm one."""
    from quotes.nlp import load_pipeline

    for _ in load_pipeline().pipe(texts, batch_size=16):
        pass


def on(client, run: Callable[[str], float]) -> Callable[[], float]:
    """``run`` on the cluster of ``client``; it returns the CPU seconds its workers used."""

    def measured() -> float:
        used = sum(client.run(cpu).values())
        run(client.scheduler.address)
        return sum(client.run(cpu).values()) - used

    return measured


def components(nlp, texts: list[str]) -> tuple[dict[str, float], dict[str, tuple[float, float]]]:
    """CPU seconds of each pipe over ``texts``, and the share of sentences and characters
    (sentences as the parser cuts them) that hold a trigger, alone and with their neighbours."""
    from quotes.detect.passages import may_quote

    spent: dict[str, float] = {}
    c = cpu()
    docs = [nlp.make_doc(text) for text in texts]
    spent["tokenizer"] = cpu() - c
    for name, proc in nlp.pipeline:
        c = cpu()
        docs = list(proc.pipe(docs, batch_size=16))
        spent[name] = cpu() - c
    counts = {"sentences": 0.0, "trigger": 0.0, "and neighbours": 0.0}
    chars = dict(counts)
    for doc in docs:
        sents = [s.text for s in doc.sents]
        hit = [may_quote(s) for s in sents]
        for i, sent in enumerate(sents):
            near = any(hit[max(0, i - 1) : i + 2])
            for key, on in (("sentences", True), ("trigger", hit[i]), ("and neighbours", near)):
                counts[key] += on
                chars[key] += len(sent) if on else 0
    shares = {k: (counts[k] / counts["sentences"], chars[k] / chars["sentences"])
              for k in ("trigger", "and neighbours")}
    return spent, shares


def print_components(spent: dict[str, float], shares: dict[str, tuple[float, float]]) -> None:
    total = sum(spent.values())
    print(f"{'pipe (full model)':<18} {'CPU s':>7} {'share':>6}")
    for name, secs in spent.items():
        print(f"{name:<18} {secs:>7.2f} {secs / total:>6.1%}")
    for key, (sents, chars) in shares.items():
        print(f"sentences with a trigger{'' if key == 'trigger' else ' ' + key}: "
              f"{sents:.1%} of sentences, {chars:.1%} of characters")


if __name__ == "__main__":
    main()
