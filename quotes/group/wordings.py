"""One pass over a batch's wordings: each distinct normalised wording split once, its words
as integer ids, which the candidates (``candidates.candidate_pairs``) and the shared runs
(``short.shared_run_pairs``) read instead of each splitting every text and looking each word
up in a table of its own. Outlets carry one wording many times: it is split the first time.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np


class _Ids(dict[str, int]):
    """Each distinct word -> its id, in the order the words are first met."""

    def __missing__(self, word: str) -> int:
        made = self[word] = len(self)
        return made


class Wordings:
    """The wordings of a batch's items (each item's normalised texts: the quote, then its
    marks), by wording: ``owner`` (the item), ``rank`` (0 for the quote, then its marks),
    ``length`` (its words) and ``start`` in ``words``, the word ids of each distinct wording
    once; ``vocabulary`` is each id's word."""

    def __init__(self, texts: Sequence[Sequence[str]]) -> None:
        sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        index: dict[str, int] = {}  # each distinct wording -> its number, first met first
        seen = np.fromiter((index.setdefault(t, len(index)) for item in texts for t in item),
                           dtype=np.int64, count=int(sizes.sum()))
        ids = _Ids()
        word = ids.__getitem__
        flat, ends = array("q"), array("q", [0])
        for t in index:
            flat.extend(map(word, t.split()))
            ends.append(len(flat))
        bounds = np.frombuffer(ends, dtype=np.int64)
        self.vocabulary = list(ids)
        self.words = np.frombuffer(flat, dtype=np.int64)
        self.start, self.length = bounds[:-1][seen], np.diff(bounds)[seen]
        self.owner = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)
        self.rank = np.arange(len(seen), dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes,
                                                                     sizes)

    def stream(self, chosen: np.ndarray) -> np.ndarray:
        """The word ids of the ``chosen`` wordings (indices, in order), one after the other."""
        size = self.length[chosen]
        total = int(size.sum())
        if not total:
            return np.zeros(0, dtype=np.int64)
        ends = np.cumsum(size)
        return self.words[np.repeat(self.start[chosen] - (ends - size), size)
                          + np.arange(total, dtype=np.int64)]
