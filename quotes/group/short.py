"""Short wordings of one speaker: two or three words that another of their quotes says.

« acharnement judiciaire » in one outlet, « Cet acharnement judiciaire contre mes proches doit
cesser » in another: under ``min_fragment_words`` words a fuzzy score cannot place a
wording (too many quotes of a story share two words), and the two share no trigram to meet
on. Word for word, by the same named speaker, in another article, it is a fragment of that
quote. Each speaker's short wordings are looked up by their first two words in a scan of
that speaker's own texts, so the cost is the length of the texts of speakers who have any.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from quotes.group.similarity import stop_words


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
        probes: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        for n in said:
            if len(texts[n][0].split()) >= max_words:
                continue  # a longer quote's few marked words (« d'hydrocarbures ») are no quote
            for t in texts[n]:
                words = t.split()
                if len(words) >= 2 and any(w not in stop for w in words):
                    probes[(words[0], words[1])].append((n, f" {t} "))
        if not probes:
            continue
        for m in said:
            for t in texts[m]:
                words = t.split()
                padded = f" {t} "
                for pair in pairwise(words):
                    for n, short in probes.get(pair, ()):
                        if articles[n] != articles[m] and short in padded:
                            found.add((min(n, m), max(n, m)))
    return sorted(found)
