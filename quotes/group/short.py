"""Wordings of one speaker said word for word in another article: two or three words that
another of their quotes says, or a telling run of words two of their quotes share.

« acharnement judiciaire » in one outlet, « Cet acharnement judiciaire contre mes proches doit
cesser » in another: under ``min_fragment_words`` words a fuzzy score cannot place a
wording (too many quotes of a story share two words), and the two share no trigram to meet
on. Word for word, by the same named speaker, in another article, it is a fragment of that
quote. Each speaker's short wordings are looked for in one string of that speaker's own texts, so
the cost is the length of the texts of speakers who have any.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate

import numpy as np
from rapidfuzz import fuzz

from quotes.group.similarity import content_stem, stop_words


def short_wording_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                        articles: Sequence[str], *, max_words: int) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b: quotes of one named speaker in two articles where one says a
    wording of the other's (the quote or a quoted fragment, normalised) of two words up to
    ``max_words`` (excluded), with a word that is not a stop word, word for word."""
    stop = stop_words()
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for n, name in enumerate(names):
        if name is not None:
            by_speaker[name].append(n)
    found: set[tuple[int, int]] = set()
    for said in by_speaker.values():
        shorts: set[tuple[int, str]] = set()
        for n in said:
            if len(texts[n][0].split(maxsplit=max_words - 1)) >= max_words:
                continue  # a longer quote's few marked words (« d'hydrocarbures ») are no quote
            for t in texts[n]:
                words = t.split()
                if len(words) >= 2 and any(w not in stop for w in words):
                    shorts.add((n, f" {t} "))
        if not shorts:
            continue
        # the speaker's wordings, padded, on one line each of one string: a short wording
        # (which holds no line break) found in it lies inside one of them
        owner = [m for m in said for _ in texts[m]]
        joined = "\n".join(f" {t} " for m in said for t in texts[m])
        starts = list(accumulate((len(t) + 3 for m in said for t in texts[m]), initial=0))
        for n, short in sorted(shorts):
            at = joined.find(short)
            while at != -1:
                m = owner[bisect_right(starts, at) - 1]
                if articles[n] != articles[m]:
                    found.add((min(n, m), max(n, m)))
                at = joined.find(short, at + 1)
    return sorted(found)


def shared_run_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                     articles: Sequence[str], reported: Sequence[bool], *, words: int,
                     content: int, max_share: int) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b: quotes of one named speaker in two articles whose wordings (the
    quote, then its quoted fragments, normalised) share a run of ``words`` words in a row,
    ``content`` of them content words (``similarity.content_stem``). Two outlets that cut one
    statement differently, or that put the rest of it in their own words (« Le chantier du
    nouveau pont reprendra bientôt, mais … » for « … Le chantier du nouveau pont reprendra en
    septembre »), still give a passage of it word for word that no fuzzy score over the whole
    wordings sees. A run that
    more than ``max_share`` quotes of the speaker say is a phrase of theirs, no evidence. A
    ``reported`` quote (indirect) and a quote in marks are left to the paraphrase, which names
    what the one is of the other; two reported quotes, or two in marks, pair here."""
    stop = stop_words()
    # (hash of the speaker and the run, quote) rows: 16 bytes each, not a tuple of words each
    keys, owners = array("q"), array("q")
    telling: dict[str, int] = {}  # a batch repeats its words: each one judged once
    for n, name in enumerate(names):
        if name is None:
            continue
        for t in texts[n]:
            split = t.split()
            if len(split) < words:
                continue
            for w in split:
                if w not in telling:
                    telling[w] = content_stem(w, stop) is not None
            ahead = list(accumulate((telling[w] for w in split), initial=0))
            for i in range(len(split) - words + 1):
                if ahead[i + words] - ahead[i] >= content:
                    keys.append(hash((name, *split[i:i + words])))
                    owners.append(n)
    if not keys:
        return []
    rows = np.unique(np.stack((np.frombuffer(keys, dtype=np.int64),
                               np.frombuffer(owners, dtype=np.int64)), axis=1), axis=0)
    _, first, count = np.unique(rows[:, 0], return_index=True, return_counts=True)
    found: set[tuple[int, int]] = set()
    for at, size in zip(first.tolist(), count.tolist(), strict=True):
        if 1 < size <= max_share:
            held = rows[at:at + size, 1].tolist()  # in order
            found.update((a, b) for i, a in enumerate(held) for b in held[i + 1:]
                         if articles[a] != articles[b] and reported[a] == reported[b])
    return sorted(found)


def run_scores(a: Sequence[str], b: Sequence[str]) -> tuple[float, float]:
    """(ratio, partial_ratio) of two quotes' wordings that share a run (``shared_run_pairs``):
    the best of their first wordings, for the group records."""
    short, long_ = sorted((a[0], b[0]), key=len)
    return fuzz.ratio(a[0], b[0]), fuzz.partial_ratio(short, long_)
