"""Where worker processes start to pay: one process against every core, on growing inputs.

Takes the first N articles of seeds/ and ../shared/corpus (N growing), and for each size times
``extract`` in this process (jobs=1) and in as many worker processes as there are cores, in
the same run, best of --repeat. The smallest input where the processes win is what
``parallel_min_chars`` in quotes/settings.py is set from (``--jobs auto`` runs one process
below it).

    .venv/bin/python scripts/bench_auto_jobs.py [--sizes 2 4 8 16 24 32 48] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "articles"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2, 4, 8, 16, 24, 32, 48])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from quotes.io.readers import read_articles
    from quotes.model import Article
    from quotes.nlp import load_pipeline
    from quotes.pipeline import extract
    from quotes.scale import cores
    from quotes.settings import Settings

    nlp = load_pipeline()
    found = read_articles([str(src) for src in SOURCES if src.is_dir()])
    articles = [a for a in found if isinstance(a, Article)]
    list(extract(articles[:4], nlp, settings=Settings(jobs=1)))  # warm-up
    n_cores = cores()

    def best(arts: list[Article], jobs: int) -> float:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            for _ in extract(arts, nlp, settings=Settings(jobs=jobs)):
                pass
            times.append(time.perf_counter() - t)
        return min(times)

    print(f"{n_cores} cores; best of {args.repeat}")
    print(f"{'articles':>8} {'chars':>8} {'1 process':>10} {f'{n_cores} processes':>12} "
          f"{'speed-up':>9}")
    for n in args.sizes:
        arts = articles[:n]
        chars = sum(len(a.text) for a in arts)
        one, many = best(arts, 1), best(arts, n_cores)
        print(f"{len(arts):>8} {chars:>8} {one:>9.2f}s {many:>11.2f}s {one / many:>8.2f}x")


if __name__ == "__main__":
    main()
