"""The content words of a batch's quotes as integer ids, for paraphrase scoring
(``paraphrase.paraphrase_pairs``): each distinct word is cut once, and the words come split
once per distinct wording (``wordings.Wordings``), read as ids of that vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from quotes.group.candidates import sorted_unique
from quotes.group.similarity import STEM, content_stem, stop_words
from quotes.group.wordings import Wordings
from quotes.lexicon import bounded, cached, folded, lemmas, table

_PARTICIPLE = "ete"  # « été »: the participle of « être » (« a été annoncée »), or the season
_SEASON = frozenset({"l", "cet", "en", "un", "d", "chaque", "bel", "plein"})  # before it


@bounded(1 << 16)
def word_stem(w: str) -> str | None:
    """A word's content stem (``ContentWords``), None for a stop word: the same for every
    batch, so found once a word however many batches read it (a batch's description links
    group two articles at a time, ``attribute.batch_groups.Stories``)."""
    stop = _stop()
    stem = content_stem(w, stop)
    if stem is not None and (lemma := lemmas().get(w)) is not None:
        # « exclus » is « exclure »; a form of a stop word (« premiers ») stays itself
        stem = content_stem(lemma, stop) or stem
    if stem is not None and (act := _acts().get(w)) is not None:
        stem = content_stem(act, stop) or stem  # « exclure » says its « exclusion »
    if stem is not None and (own := _derived().get(w)) is not None:
        stem = own  # « présidentielle » is no « président »
    return stem


@cached
def _stop() -> frozenset[str]:
    """The stop words of content (``similarity.stop_words``) and lexicon/light_verbs.txt."""
    return stop_words() | folded("light_verbs")


@cached
def _acts() -> dict[str, str]:
    """lexicon/act_nouns.tsv: a form of a verb -> the noun of its act."""
    return {form: noun for form, noun in table("act_nouns")}


@cached
def _derived() -> dict[str, str]:
    """lexicon/derived_words.tsv: a word derived from a shorter noun -> its own cut."""
    return {form: own for form, own in table("derived_words")}


class ContentWords(dict[str, int]):
    """Content words as ids (``similarity.content_stem`` of the word's lemma, lexicon ``lemmas``;
    a word derived from a shorter noun of the same cut, lexicon ``derived_words``, by its own
    longer cut; a form of a verb by the noun of its act, lexicon ``act_nouns``: « décidé »
    is « décision »; lexicon ``light_verbs`` are stop words), -1 for the other words: each
    distinct word of a batch is cut once. A number of two digits or more (``numbers_in``) is
    a content word too; « été » the participle is none (``_participle``). Ids are given in the
    order the words are first met, text by text, each text's numbers after its words."""

    def __init__(self) -> None:
        super().__init__()
        self.when = folded("time_words")
        self.timely: set[int] = set()  # the ids of words of when (``when``)
        self.of_stem: dict[str, int] = {}
        self.numbers: set[int] = set()  # the ids of numbers, said anywhere in a quote

    def __missing__(self, w: str) -> int:
        stem = word_stem(w)
        if stem is None:
            made = self[w] = -1
        else:
            made = self[w] = self.of_stem.setdefault(stem, len(self.of_stem))
            if w in self.when:
                self.timely.add(made)
        return made

    def rows(self, texts: Sequence[str], wordings: Wordings | None = None,
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(quote, word id) of every content word of every text once, by quote then word,
        and the number of words of each text. The texts are read as ``wordings`` (split once
        for the whole batch; those it lacks are split and added to it)."""
        given = wordings if wordings is not None else Wordings([])
        of_text = given.add(texts)  # each text's wording
        kinds, first_at, back = np.unique(of_text, return_index=True, return_inverse=True)
        by_first = np.argsort(first_at, kind="stable")  # the distinct texts, first met first
        met = kinds[by_first]
        place = np.empty(len(met), dtype=np.int64)
        place[by_first] = np.arange(len(met), dtype=np.int64)
        of_text = place[back.reshape(-1)]  # each text's distinct text, in the order met
        token, size = given.said(met)
        start = np.cumsum(size) - size
        owner = np.repeat(np.arange(len(met), dtype=np.int64), size)
        # « été » the participle is no word met: it takes no id
        part = np.zeros(len(token), dtype=bool)
        if (ete := given.ids.get(_PARTICIPLE)) is not None:
            at = np.flatnonzero(token == ete)
            season = [i for w in _SEASON if (i := given.ids.get(w)) is not None]
            after = np.isin(token[np.maximum(at - 1, 0)], np.asarray(season, dtype=np.int64))
            part[at[(at == start[owner[at]]) | ~after]] = True
        kept = np.flatnonzero(~part)
        vocabulary = given.vocabulary
        first = np.full(len(vocabulary), len(token), dtype=np.int64)  # where each is first met
        np.minimum.at(first, token[kept], kept)
        types = np.flatnonzero(first < len(token))
        types = types[np.argsort(first[types], kind="stable")]
        first = first[types]
        spelled = [vocabulary[t] for t in types.tolist()]
        digits = np.zeros(len(vocabulary), dtype=bool)
        digits[types] = [w.isdigit() for w in spelled]  # a word of digits: maybe a number
        # the ids, given as the words are met, each text's numbers after its words
        numbered = sorted_unique(owner[digits[token]]).tolist()
        ends = [*(start + size)[numbered].tolist(), len(token) + 1]
        said = first_at[by_first].tolist()  # the first text of each distinct text
        figures: list[tuple[int, int]] = []
        ids: list[int] = []  # each distinct word's id, given as it is met
        j = 0
        for here, w in zip(first.tolist(), spelled, strict=True):
            while ends[j] <= here:
                figures += self._numbers(numbered[j], texts[said[numbered[j]]])
                j += 1
            ids.append(self[w])
        for k in numbered[j:]:
            figures += self._numbers(k, texts[said[k]])
        lookup = np.full(len(vocabulary), -1, dtype=np.int64)
        lookup[types] = ids
        word = lookup[token]
        word[part] = -1
        content = word >= 0
        extra = np.asarray(figures, dtype=np.int64).reshape(-1, 2)
        n = max(1, len(self.of_stem))
        rows = sorted_unique(np.concatenate((owner[content] * n + word[content],
                                             extra[:, 0] * n + extra[:, 1])))
        counts = np.bincount(rows // n, minlength=len(met))
        # each text takes the rows of its distinct text
        each = counts[of_text]
        total = int(each.sum())
        at_row = np.repeat((np.cumsum(counts) - counts)[of_text] - (np.cumsum(each) - each), each)
        picked = rows[at_row + np.arange(total, dtype=np.int64)] % n
        return (np.repeat(np.arange(len(texts), dtype=np.int64), each), picked,
                size[of_text])

    def _numbers(self, k: int, text: str) -> list[tuple[int, int]]:
        """(``k``, id) of each number of ``text``, given its id when new."""
        found = []
        for number in numbers_in(text):
            made = self.of_stem.setdefault(number, len(self.of_stem))
            self.numbers.add(made)
            found.append((k, made))
        return found

    def sequence(self, t: str) -> list[int]:
        """Each word of ``t`` as the id of its first six letters (-1 when no content word
        of the batch has them): a stop word that starts like a content word (« premier »,
        « premiers ») stands for it, as the cut words always did."""
        of_stem, split = self.of_stem, t.split()
        return [-1 if _participle(split, n) else i if (i := self[w]) >= 0
                else of_stem.get(w[:STEM], -1) for n, w in enumerate(split)]


def _participle(split: Sequence[str], n: int) -> bool:
    """Whether word ``n`` is « été » the participle (« a été annoncée »), not the season after
    a determiner (« l'été »): no content a rendering keeps, nor a rare word of a passive."""
    return split[n] == _PARTICIPLE and (n == 0 or split[n - 1] not in _SEASON)


_NUMBER_RUN = re.compile(r"\b\d+(?: \d+)*\b")


def numbers_in(t: str) -> set[str]:
    """The numbers of a normalised text of two digits or more (« 5,1 % » is "#5.1", « 12 000 »,
    « 2020 »): content words, and rare ones, since two renderings of one statement keep its
    figures when they change its words."""
    return {"#" + n.replace(" ", ".") for n in _NUMBER_RUN.findall(t)
            if len(n) - n.count(" ") >= 2}
