"""Grouping at scale: time, peak memory and recall for N synthetic quotes.

Quotes are built from the gold quotes of fixtures/gold and from sentences of the seed and
corpus articles, each with realistic variants (a fragment, re-punctuation and other quote
marks, elisions, one word changed, case), plus unrelated quotes. For every N it prints the
time, the peak memory, and the recall of the true variant pairs; for the smaller N it also
prints the recall against exhaustive matching (every pair scored with the same scorer and
thresholds), which is what blocking may lose. Where scoring every pair is out of reach (a
million quotes), ``--sample-exhaustive S`` estimates that recall: S random quotes, each
scored against every quote the exhaustive rule scores it with, with a 95% interval.

With ``--unresolved P``, a share P of the quotes has no speaker (unresolved), so that the
text alone decides for them; each family is then one event whose articles name its place, its
person or its body (each at random, the place most often) beside « AFP » and « France », and
the run is made twice: with the articles' names (grouping's guard on a weak speaker's short
wording, ``group.acquainted``) and without (no name: no guard). Exhaustive matching scores an
unresolved quote with the quotes of the speaker it hides.

    .venv/bin/python scripts/bench_group.py [--sizes 10000 100000 1000000] \
        [--exhaustive 10000 50000] [--sample-exhaustive 2000] [--unresolved 0.3]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import resource
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from quotes.group.grouping import group_quotes
from quotes.group.similarity import (
    figures,
    figures_differ,
    meaning_differs,
    normalize,
    score_pair,
)
from quotes.model import ArticleRef, Quote, Span, Speaker
from quotes.settings import Settings

UNRESOLVED = Speaker(None, None, None, "unknown", "unresolved", confidence=0.0)
COMMON = frozenset({"afp", "france"})  # what every story names (lexicon name_stops)

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "articles"]


def sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "fixtures" / "gold").glob("*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    for src in SOURCES:
        for p in sorted(src.glob("*.txt")) if src.is_dir() else []:
            parts = re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8"))
            out += [s.strip() for s in parts if len(s.split()) >= 6]
    return sorted(set(out))


def variant(rng: random.Random, text: str) -> str:
    words = text.split()
    kind = rng.choice(["fragment", "punct", "elision", "word", "case", "marks"])
    if kind == "fragment" and len(words) >= 10:
        n = rng.randint(max(5, len(words) // 2), len(words) - 2)
        i = rng.randint(0, len(words) - n)
        return " ".join(words[i : i + n])
    if kind == "punct":
        return re.sub(r"[,;:]", "", text) + rng.choice([".", " !", "…", ""])
    if kind == "elision":
        text = text.replace("l’", "l'").replace("d’", "d'").replace("qu’", "qu'")
        return text.replace(" (…)", "")
    if kind == "word" and len(words) >= 8:
        i = rng.randrange(len(words))
        words[i] = rng.choice(["aussi", "très", "bien", "encore", "déjà"])
        return " ".join(words)
    if kind == "marks":
        return f"« {text} »"
    return text.lower()


def event_names(rng: random.Random, fam: int) -> frozenset[str]:
    """What one article of event ``fam`` names: its place (9 times in 10), its person (7 in
    10), its body (half the time), beside what every story names."""
    kept = [w for w, p in ((f"lieu{fam}", 0.9), (f"personne{fam}", 0.7), (f"corps{fam}", 0.5))
            if rng.random() < p]
    return COMMON | frozenset(kept)


def build(n: int, pool: list[str], seed: int = 7, unresolved: float = 0.0,
          ) -> tuple[list[Quote], list[int], list[str | None]]:
    """``n`` quote records and, for each, the id of its true family and the speaker it hides
    when unresolved (a share ``unresolved`` of them; with any, articles carry names)."""
    rng = random.Random(seed)
    records, family, hidden = [], [], []
    fam = 0
    while len(records) < n:
        base = rng.choice(pool)
        words = base.split()
        rng.shuffle(words)  # a new base wording, so families do not repeat at large n
        base = " ".join(words) if rng.random() < 0.9 else base
        speaker = f"Personne {rng.randrange(5000)}"
        size = 1 if rng.random() < 0.5 else rng.randint(2, 5)
        for k in range(size):
            text = base if k == 0 else variant(rng, base)
            i = len(records)
            span = Span(0, len(text), text)
            who = Speaker(speaker, None, None, "person", "explicit", confidence=0.93)
            if unresolved and rng.random() < unresolved:
                who = UNRESOLVED
            names = event_names(rng, fam) if unresolved else frozenset()
            records.append(Quote(f"q{i}", ArticleRef(f"a{i}", names=names), "direct", span, span,
                                 None, who))
            family.append(fam)
            hidden.append(speaker)
        fam += 1
    return records[:n], family[:n], hidden[:n]


def pairs_recall(found: list, truth: list[int]) -> float:
    """Share of true same-family pairs put in one group."""
    by_fam: dict[int, list[int]] = {}
    for i, f in enumerate(truth):
        by_fam.setdefault(f, []).append(i)
    total = hit = 0
    for members in by_fam.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = members[x], members[y]
                total += 1
                hit += found[a] is not None and found[a] == found[b]
    return hit / total if total else 1.0


def false_pairs(found: list, truth: list[int]) -> int:
    """Pairs of quotes of two different families put in one group."""
    members: dict[str, list[int]] = {}
    for i, g in enumerate(found):
        if g is not None:
            members.setdefault(g, []).append(truth[i])
    out = 0
    for fams in members.values():
        same = sum(c * (c - 1) // 2 for c in Counter(fams).values())
        out += len(fams) * (len(fams) - 1) // 2 - same
    return out


def by_speaker(hidden: list[str | None]) -> dict[str | None, list[int]]:
    """The quotes (indices) of each speaker, an unresolved one's hidden speaker: the only
    pairs exhaustive matching scores."""
    out: dict[str | None, list[int]] = {}
    for i, who in enumerate(hidden):
        out.setdefault(who, []).append(i)
    return out


def accepts(a: list[str], b: list[str], opts: Settings) -> bool:
    """Whether the grouping's rules take two normalised wordings for one: its scorer and
    thresholds, less numbers that differ, a statement and its negation (a variant that
    puts « déjà » for « pas » has lost its negation) and a word swapped for its alternative."""
    return (score_pair(a, b, opts) is not None
            and not figures_differ([figures(t) for t in a], [figures(t) for t in b])
            and not meaning_differs(a, b))


def exhaustive_edges(records: list[Quote], hidden: list[str | None],
                     opts: Settings) -> set[tuple[int, int]]:
    """Every pair the rules accept, found without blocking.

    Two quotes of different confidently named speakers can never match, so every pair within
    each speaker is scored (the synthetic quotes all have one, named at the cue with the
    confidence such a name gets): this is all pairs the rule could accept, by the same rules
    as the grouping (``accepts``).
    """
    texts = [[normalize(r.span.text)] for r in records]
    edges = set()
    for members in by_speaker(hidden).values():
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if accepts(texts[a], texts[b], opts):
                    edges.add((a, b))
    return edges


def sampled_recall(records: list[Quote], hidden: list[str | None], found: list, opts: Settings,
                   size: int, seed: int = 11) -> tuple[float, float, float, int, int]:
    """Recall against exhaustive matching, estimated from ``size`` random quotes: each is
    scored against every other quote of its speaker (all the pairs ``exhaustive_edges``
    scores that hold it, by the same rules), and a pair the rules accept counts as
    found when grouping put both quotes in one group. Returns (recall, low, high, pairs,
    quotes with a pair): a ratio over pairs clustered by quote, so its 95% interval is
    Wilson's at the effective number of pairs (their number over the design effect of the
    clustering; the number of quotes with a pair when no pair was missed, as if each
    quote's pairs were all found or all missed together)."""
    rng = random.Random(seed)
    sample = rng.sample(range(len(records)), min(size, len(records)))
    mates = by_speaker(hidden)
    text: dict[int, list[str]] = {}

    def norm(i: int) -> list[str]:
        if i not in text:
            text[i] = [normalize(records[i].span.text)]
        return text[i]

    per_quote = []  # (pairs, found) of each sampled quote
    for a in sample:
        pairs = hit = 0
        for b in mates[hidden[a]]:
            if b != a and accepts(norm(a), norm(b), opts):
                pairs += 1
                hit += found[a] is not None and found[a] == found[b]
        per_quote.append((pairs, hit))
    total = sum(p for p, _ in per_quote)
    units = sum(1 for p, _ in per_quote if p)
    if not total:
        return 1.0, 1.0, 1.0, 0, 0
    recall = sum(h for _, h in per_quote) / total
    var = (len(per_quote) / max(1, len(per_quote) - 1)
           * sum((h - recall * p) ** 2 for p, h in per_quote) / total**2)
    n_eff = min(total, recall * (1 - recall) / var) if var > 0 else units
    z = 1.96
    mid = (recall + z * z / (2 * n_eff)) / (1 + z * z / n_eff)
    half = z / (1 + z * z / n_eff) * math.sqrt(recall * (1 - recall) / n_eff
                                               + z * z / (4 * n_eff * n_eff))
    return recall, max(0.0, mid - half), min(1.0, mid + half), total, units


def run(n: int, pool: list[str], exhaustive: bool, opts: Settings, sample: int = 0,
        unresolved: float = 0.0) -> None:
    records, truth, hidden = build(n, pool, unresolved=unresolved)
    measure(records, truth, hidden, exhaustive, opts, sample, "")
    if unresolved:  # the same quotes, their articles naming no one: no guard
        unnamed = [replace(r, article=ArticleRef(r.article.id)) for r in records]
        measure(unnamed, truth, hidden, exhaustive, opts, sample, "  (no names)")


def measure(records: list[Quote], truth: list[int], hidden: list[str | None], exhaustive: bool,
            opts: Settings, sample: int, label: str) -> None:
    n = len(records)
    t, cpu = time.perf_counter(), time.process_time()
    grouped, groups = group_quotes(records, options=opts)
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    found = [q.group_id for q in grouped]
    line = (f"{n:>9,} quotes  {secs:>7.1f} s ({cpu:.1f} s CPU)  peak RSS {peak:>6.0f} MB  "
            f"{len(groups):>7,} groups  true-pair recall {pairs_recall(found, truth):.3f}  "
            f"false pairs {false_pairs(found, truth):,}")
    if exhaustive:
        edges = exhaustive_edges(records, hidden, opts)
        # a pair the rules accept is found when both quotes end in one group (directly or
        # through others: copies of one wording are matched to its first copy only)
        ours = {(a, b) for a, b in edges if found[a] is not None and found[a] == found[b]}
        recall = len(ours) / len(edges) if edges else 1.0
        line += (f"  recall vs exhaustive {recall:.4f} "
                 f"({len(ours)}/{len(edges)} matching pairs)")
    if sample:
        t = time.process_time()
        est, low, high, pairs, units = sampled_recall(records, hidden, found, opts, sample)
        line += (f"  sampled recall vs exhaustive {est:.4f} (95% {low:.4f}-{high:.4f}; "
                 f"{pairs:,} matching pairs of {units:,} of {sample:,} sampled quotes, "
                 f"{time.process_time() - t:.0f} s CPU)")
    print(line + label, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--exhaustive", type=int, nargs="*", default=[10_000, 50_000])
    ap.add_argument("--sample-exhaustive", type=int, default=0, metavar="S",
                    help="estimate the recall vs exhaustive matching from S random quotes")
    ap.add_argument("--unresolved", type=float, default=0.0, metavar="P",
                    help="a share P of unresolved speakers; runs with and without article names")
    ap.add_argument("--config", type=Path, help="a settings TOML (default: the defaults)")
    args = ap.parse_args()
    opts = Settings.from_toml(args.config) if args.config else Settings()
    pool = sentences()
    print(f"{len(pool)} base sentences; thresholds {opts}")
    for n in sorted(set(args.sizes) | set(args.exhaustive)):
        run(n, pool, exhaustive=n in args.exhaustive, opts=opts, sample=args.sample_exhaustive,
            unresolved=args.unresolved)


if __name__ == "__main__":
    main()
