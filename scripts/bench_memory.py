"""Peak memory of `quotes extract` as the number of articles grows (streaming in and out).

Writes N articles (first paragraphs of the seed and corpus articles, cycled) to a JSONL file
and runs `quotes extract FILE -o OUT` in a fresh process for each N, which reports its own
peak RSS. Memory should not grow with N: the articles stream from the file, through the
parser, to the output.

    .venv/bin/python scripts/bench_memory.py [--counts 1000 10000] [--jobs 1]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "articles"]
RUN = """
import resource, sys
from quotes.cli import main
sys.argv = ["quotes", "extract", sys.argv[1], "-o", sys.argv[2], "--jobs", sys.argv[3]]
try:
    main()
except SystemExit:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)
"""


def paragraphs() -> list[str]:
    out = []
    for src in SOURCES:
        for p in sorted(src.glob("*.txt")) if src.is_dir() else []:
            out += [
                x.strip()
                for x in p.read_text(encoding="utf-8").split("\n\n")
                if len(x.strip()) > 200
            ]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    paras = paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.counts:
            src, out = Path(tmp) / f"a{n}.jsonl", Path(tmp) / f"q{n}.jsonl"
            with src.open("w", encoding="utf-8") as fh:
                for i in range(n):
                    fh.write(
                        json.dumps(
                            {"id": f"a{i}", "text": paras[i % len(paras)]}, ensure_ascii=False
                        )
                        + "\n"
                    )
            t = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", RUN, str(src), str(out), str(args.jobs)],
                capture_output=True,
                text=True,
                check=True,
            )
            peak = int(done.stderr.strip().splitlines()[-1])
            quotes = sum(
                1 for line in out.open(encoding="utf-8") if '"record_type":"quote"' in line
            )
            chars = src.stat().st_size
            print(
                f"{n:>7,} articles ({chars / 1e6:.1f} MB)  {time.perf_counter() - t:>6.1f} s  "
                f"{quotes:>6,} quotes  peak RSS {peak:>5} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
