"""Train the speaker ranker (quotes/attribute/ranking.py) and rewrite ranking.json.

Each development quote the extractor finds gives one row: its candidates (no one, and each of
the article's cast) with their features, and which of them the gold names (no one when the
gold's speaker is not among them). A conditional logit over the candidates is fitted by
gradient descent with an L2 penalty. Sets: the seeds, ../shared/corpus (the ids of the corpus
and second-batch gold only) and any ``--set NAME GOLD ARTICLES`` given; the check set
(fixtures/gold/check.jsonl) is never read.

    .venv/bin/python scripts/train_ranker.py                # rewrite ranking.json
    .venv/bin/python scripts/train_ranker.py --report       # leave-one-set-out figures only
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes import evaluate as ev  # noqa: E402
from quotes.attribute import ranking  # noqa: E402
from quotes.io.readers import read_articles  # noqa: E402
from quotes.model import Article  # noqa: E402
from quotes.nlp import load_pipeline  # noqa: E402
from quotes.pipeline import extract  # noqa: E402
from quotes.settings import Settings  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
GOLD = ROOT / "fixtures" / "gold"
WEIGHTS = ROOT / "quotes" / "attribute" / "ranking.json"
SETS = [
    ("seeds", GOLD / "seeds.jsonl", ROOT / "seeds"),
    ("corpus", GOLD / "corpus.jsonl", CORPUS),
    ("batch2", GOLD / "batch2.jsonl", CORPUS),
]


@dataclass
class Row:
    """One quote: its candidates' features, the gold's choice, the rules' speaker."""

    set: str
    features: list[tuple[float, ...]]
    names: list[str]  # the candidates' names, normalised ("" for no one)
    gold: int  # index of the gold's speaker among the candidates (0: no one / not there)
    gold_name: str
    rules: str  # the rules' speaker, normalised
    rule_conf: float  # how often the rules' path is right on the development gold
    settled: bool  # the ranker never chooses (``ranking.Ranked.settled``)
    present: bool  # the gold's speaker is among the candidates


def rows_of(name: str, gold_path: Path, folder: Path) -> list[Row]:
    """The rows of one set: its articles extracted, matched to its gold; each row keeps the
    speaker the rules gave before the ranker (``Ranked.rule``)."""
    gold = ev.load_gold(gold_path)
    ids = {g.article for g in gold}
    paths = [str(p) for p in sorted(folder.glob("*.txt")) if p.stem in ids]
    arts = [a for a in read_articles(paths) if isinstance(a, Article)]
    out = []
    for res in extract(arts, load_pipeline(), settings=Settings(ranker=True)):
        by_span = {(r.start, r.end): r for r in res.ranked}
        pred = ev.from_records(res.quotes)
        mine = [g for g in gold if g.article == res.article.id]
        for g, p in ev.match(mine, pred, ev.LENIENT, False):
            r = by_span.get((p.start, p.end))
            if r is None:
                continue
            names = [ev.norm_name(c.who.name) for c in r.choices]
            want = ev.norm_name(g.speaker)
            present = bool(want) and want in names[1:]
            index = names.index(want, 1) if present else 0
            out.append(Row(name, [c.features for c in r.choices], names, index, want,
                           ev.norm_name(r.rule), r.rule_conf, r.settled, present))
    return out


def fit(rows: list[Row], l2: float = 0.01, steps: int = 2000, rate: float = 0.5) -> list[float]:
    """Weights of the conditional logit, by full-batch gradient descent (candidates padded to
    the longest row and masked)."""
    width = max(len(r.features) for r in rows)
    n = len(ranking.FEATURES)
    x = np.zeros((len(rows), width, n))
    mask = np.full((len(rows), width), -np.inf)
    y = np.zeros((len(rows), width))
    for i, row in enumerate(rows):
        x[i, : len(row.features)] = row.features
        mask[i, : len(row.features)] = 0.0
        y[i, row.gold] = 1.0
    w = np.zeros(n)
    for _ in range(steps):
        scores = x @ w + mask
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        grad = np.einsum("rc,rcf->f", p - y, x) / len(rows) + l2 * w
        w -= rate * grad
    return [float(v) for v in w]


def decided(row: Row, w: list[float], below: float, threshold: float) -> str:
    """The speaker a row ends with: the ranker's where the rules' path is weak and it prefers
    someone surely enough (``ranking.overrule``), else the rules'."""
    r = ranking.Ranked(0, 0, tuple(ranking.Choice(ranking.NO_ONE, f) for f in row.features),
                       row.rule_conf, row.settled)
    k = ranking.preferred(r, lambda: w, below, threshold)
    return row.rules if k is None else row.names[k]


def report(rows: list[Row], w: list[float], label: str) -> None:
    """Speakers right: by the rules, by the ranker alone, and by the rules overruled where
    their path is right less often than 0.5, 0.7, 0.9 by a choice of probability 0.3, 0.5."""
    def right(how: Callable[[Row], str]) -> int:
        return sum(r.gold_name == how(r) for r in rows)

    figures = {"rules": right(lambda r: r.rules),
               "ranker": right(lambda r: decided(r, w, 2.0, 0.0))}
    for below in (0.5, 0.7, 0.9):
        for threshold in (0.3, 0.5):
            figures[f"<{below}@{threshold}"] = right(
                lambda r, b=below, t=threshold: decided(r, w, b, t))
    shown = " ".join(f"{k} {v}" for k, v in figures.items())
    present = sum(r.present for r in rows)
    print(f"{label}: {len(rows)} quotes, gold among candidates {present}; right: {shown}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--report", action="store_true", help="print figures, write nothing")
    ap.add_argument("--set", nargs=3, action="append", default=[],
                    metavar=("NAME", "GOLD", "ARTICLES"), help="another development set")
    ap.add_argument("--measure", nargs=3, action="append", default=[],
                    metavar=("NAME", "GOLD", "ARTICLES"),
                    help="a set only measured with the weights trained on the others")
    args = ap.parse_args()
    sets = SETS + [(n, Path(g), Path(a)) for n, g, a in args.set]
    rows = [row for name, g, a in sets for row in rows_of(name, g, a)]
    names = [s[0] for s in sets]
    below, threshold = Settings().ranker_below, Settings().ranker_threshold
    taken = right = 0
    for held in names:  # leave one set out: trained on the others, measured on it
        train, test = [r for r in rows if r.set != held], [r for r in rows if r.set == held]
        w = fit(train)
        report(test, w, f"{held} (left out)")
        for r in test:
            mine = decided(r, w, below, threshold)
            if mine != r.rules:
                taken, right = taken + 1, right + (mine == r.gold_name)
    print(f"left out, at the settings (below {below}, threshold {threshold}): the ranker "
          f"changed {taken} speakers, {right} to the gold's")
    w = fit(rows)
    report(rows, w, "all (trained on all)")
    for name, g, a in args.measure:
        report(rows_of(name, Path(g), Path(a)), w, f"{name} (measured)")
    print(" ".join(f"{f}={x:+.2f}" for f, x in zip(ranking.FEATURES, w, strict=True)))
    if not args.report:
        weights = {f: round(x, 4) for f, x in zip(ranking.FEATURES, w, strict=True)}
        out = {"sets": names, "quotes": len(rows), "weights": weights,
               "left_out": {"changed": taken, "right": right}}
        WEIGHTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
