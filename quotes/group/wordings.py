"""One pass over a batch's wordings: each distinct normalised wording split once, its words
as integer ids, which the candidates (``candidates.candidate_pairs``) and the shared runs
(``short.shared_run_pairs``) and the paraphrase scoring (``content.ContentWords``) read
instead of each splitting every text and looking each word up in a table of its own. Outlets
carry one wording many times: it is split the first time.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Sequence

import numpy as np

_CHUNK = 4096  # texts split at a time (``Wordings.add``)


class _Ids(dict[str, int]):
    """Each distinct word -> its id, in the order the words are first met."""

    def __missing__(self, word: str) -> int:
        made = self[word] = len(self)
        return made


class Wordings:
    """The wordings of a batch's items (each item's normalised texts: the quote, then its
    marks), by wording: ``owner`` (the item), ``rank`` (0 for the quote, then its marks),
    ``length`` (its words) and ``start`` in ``words``, the word ids of each distinct wording
    once; ``vocabulary`` is each id's word, ``ids`` each word's id, ``index`` each distinct
    wording's number, whose words ``size`` and ``first`` in ``words`` give; ``add`` reads
    more texts into them (the paraphrase scoring's, most of them wordings already split)."""

    def __init__(self, texts: Sequence[Sequence[str]]) -> None:
        sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        self.index: dict[str, int] = {}  # each distinct wording -> its number, first met first
        self.ids = _Ids()
        self.vocabulary: list[str] = []
        self.words = np.zeros(0, dtype=np.int64)
        self.first = self.size = np.zeros(0, dtype=np.int64)  # each distinct wording's words
        seen = self.add([t for item in texts for t in item])
        self.start, self.length = self.first[seen], self.size[seen]
        self.owner = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)
        self.rank = np.arange(len(seen), dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes,
                                                                     sizes)

    def add(self, texts: Sequence[str]) -> np.ndarray:
        """Each text's distinct wording (its number), those not met before split and added."""
        index, known = self.index, len(self.index)
        seen = np.fromiter((index.setdefault(t, len(index)) for t in texts), dtype=np.int64,
                           count=len(texts))
        if len(index) > known:
            word = self.ids.__getitem__
            flat, sizes = array("q"), array("q", [0])
            new = itertools.islice(index, known, None)
            # a few thousand texts split at a time, each by one call over all of them: a
            # Python step a text cost more than its split, and all at once would hold every
            # word of a million quotes
            while split := list(map(str.split, itertools.islice(new, _CHUNK))):
                flat.extend(map(word, itertools.chain.from_iterable(split)))
                sizes.extend(map(len, split))
            bounds = np.cumsum(np.frombuffer(sizes, dtype=np.int64))
            self.vocabulary.extend(itertools.islice(self.ids, len(self.vocabulary), None))
            self.first = np.concatenate((self.first, bounds[:-1] + len(self.words)))
            self.size = np.concatenate((self.size, np.diff(bounds)))
            self.words = np.concatenate((self.words, np.frombuffer(flat, dtype=np.int64)))
        return seen

    def said(self, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The word ids of the ``chosen`` distinct wordings (numbers, in order), one after the
        other, and the number of words of each."""
        return _stream(self.words, self.first[chosen], self.size[chosen]), self.size[chosen]

    def stream(self, chosen: np.ndarray) -> np.ndarray:
        """The word ids of the ``chosen`` wordings (indices, in order), one after the other."""
        return _stream(self.words, self.start[chosen], self.length[chosen])


def _stream(words: np.ndarray, start: np.ndarray, size: np.ndarray) -> np.ndarray:
    """The runs of ``words`` that start at ``start`` and have these ``size``, in order."""
    total = int(size.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(size)
    return words[np.repeat(start - (ends - size), size) + np.arange(total, dtype=np.int64)]
