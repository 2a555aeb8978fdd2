"""Paraphrase: two quotes of one speaker in two articles that say the same content words.

An outlet that renders a statement in its own words ("elle quitte la présidence du club" for
« je quitte aujourd'hui la présidence de notre club »), or two translations of one statement,
share few runs of words but most of their content words: the words that are not stop words,
cut to six letters (``similarity.content_stems``). Each word weighs its rarity in the batch,
``log(1 + quotes / quotes saying it)``, so that what every quote of a story says (the club,
the decision) counts for little and a rare word for much.

Pairs come from an index of each speaker's content words, not from every pair of their
quotes: a word that more than ``max_shingle_share`` quotes of one speaker say is no evidence
and is not expanded, so the cost stays near the number of pairs that share rare words.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from quotes.group.similarity import content_stems
from quotes.settings import Settings

_NUMBER = re.compile(r"\d+")


def paraphrase_score(a: set[str], b: set[str], weight: dict[str, float]) -> float:
    """The weighted share of the content words of the quote that has fewer of them (the
    rendering) that the other quote says too."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    total = sum(weight[w] for w in small)
    return sum(weight[w] for w in small & big) / total if total else 0.0


def paraphrase_pairs(texts: Sequence[str], names: Sequence[str | None],
                     articles: Sequence[str], groups: Sequence[int],
                     options: Settings) -> list[tuple[int, int, float]]:
    """(rendering, other, score), best first: two quotes (their normalised ``texts``) of one
    named speaker (``names``) in two ``articles`` and not yet in one of the ``groups`` (one
    id per quote), that share at least
    ``paraphrase_min_words`` content words and whose weighted share (``paraphrase_score``)
    reaches ``paraphrase_threshold``; the rendering is the one with fewer content words, and
    every number it gives the other gives too."""
    stems = [content_stems(t) for t in texts]
    df: Counter[str] = Counter()
    for s in stems:
        df.update(s)
    weight = {w: math.log(1 + len(texts) / c) for w, c in df.items()}
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)  # (speaker, word) -> quotes
    for n, name in enumerate(names):
        if name is not None:
            for w in stems[n]:
                postings[(name, w)].append(n)
    share = options.paraphrase_threshold
    seen: set[tuple[int, int]] = set()
    found = []
    for n, name in enumerate(names):
        own = stems[n]
        if name is None or len(own) < options.paraphrase_min_words:
            continue
        # the rendering (n, the one with fewer words) shares at least one of its rarest words,
        # those that weigh more than the (1 - share) it may leave out: only they probe
        left = (1 - share) * sum(weight[w] for w in own)
        for w in sorted(own, key=lambda w: (-weight[w], w)):
            holders = postings[(name, w)]
            if len(holders) <= options.max_shingle_share:
                for m in holders:
                    pair = (n, m)
                    if (groups[m] == groups[n] or len(stems[m]) < len(own)
                            or articles[m] == articles[n] or pair in seen):
                        continue
                    seen.add(pair)
                    if len(own & stems[m]) < options.paraphrase_min_words:
                        continue
                    score = paraphrase_score(own, stems[m], weight)
                    if score >= share and set(_NUMBER.findall(texts[n])) <= set(
                            _NUMBER.findall(texts[m])):
                        found.append((n, m, score))
            left -= weight[w]
            if left < 0:
                break
    return sorted(found, key=lambda t: (-t[2], t[0], t[1]))
