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

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import numpy as np

from quotes.group.candidates import sorted_unique
from quotes.group.content import ContentWords
from quotes.group.dates import gives_date, undated
from quotes.group.short import in_order
from quotes.group.similarity import opposed, scale_ends
from quotes.group.wordings import Wordings
from quotes.settings import Settings

_W = TypeVar("_W", bound=Hashable)
_X = TypeVar("_X", bound=Hashable)
_SPREAD = 2  # the shared words lie within twice the rendering's length in the other quote
_TOLD_WORDS = 2  # a reported quote that a direct one says all of renders it from two words
_FEW_WORDS = 3  # a rendering this short shares too few words to score: a word of its own tells
_IN_ORDER = 0.5, 6  # two quotes in marks: this share of the shorter's words, of this many, in order
_NUMBER = re.compile(r"\d+")


def said_together(shared: set[_W], words: Sequence[_W | None], span: int) -> bool:
    """Whether a text (its ``words``, as content words or None) says all the ``shared`` ones
    within ``span`` words in a row: a rendering takes its words from one passage of the other
    quote, while a few common words scattered over a long speech (« le moment », « l'équipe »,
    « le club ») are no rendering of it."""
    at = [(i, w) for i, w in enumerate(words) if w in shared]
    count: Counter[_W] = Counter()
    lo = 0
    for i, w in at:
        count[w] += 1
        while count[at[lo][1]] > 1:  # the window's first word is said again later in it
            count[at[lo][1]] -= 1
            lo += 1
        if len(count) == len(shared) and i - at[lo][0] < span:
            return True
    return False


def _by_key(key: np.ndarray, owner: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``key`` and ``owner`` (a quote, below ``n``) ordered by key, then owner: one sort of
    the two packed in one integer where they fit, several times faster than an argsort."""
    if not len(key) or (int(key.max()) + 1) * n >= 1 << 63:
        order = np.lexsort((owner, key))
        return key[order], owner[order]
    packed = np.sort(key * n + owner)
    return packed // n, packed % n


def _said_by_two(key: np.ndarray, group: np.ndarray) -> np.ndarray:
    """For each row, whether exactly two distinct ``group`` values hold its ``key``."""
    if not len(key):
        return np.zeros(0, dtype=bool)
    order = np.lexsort((group, key))
    k, g = key[order], group[order]
    first = np.concatenate(([True], k[1:] != k[:-1]))
    new = first | np.concatenate(([True], g[1:] != g[:-1]))
    run = np.cumsum(first) - 1
    found = np.empty(len(key), dtype=bool)
    found[order] = np.bincount(run, weights=new)[run] == 2
    return found


def _among(rows: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """``np.isin(rows, keys)`` for sorted, distinct ``rows`` and a few ``keys``: each key
    looked up in the rows, rather than every row among the keys."""
    found = np.zeros(len(rows), dtype=bool)
    if len(rows) and len(keys):
        at = np.minimum(np.searchsorted(rows, keys), len(rows) - 1)
        found[at[rows[at] == keys]] = True
    return found


def _numbered(keys: Iterable[_W]) -> dict[_W, int]:
    """Each distinct key -> its number, first met first."""
    return dict(zip(dict.fromkeys(keys), itertools.count()))


def _codes(numbers: Mapping[Any, int], keys: Sequence[Hashable | None]) -> np.ndarray:
    """Each key's number (``_numbered``), -1 for a key it lacks."""
    return np.fromiter(map(numbers.get, keys, itertools.repeat(-1)), dtype=np.int64,
                       count=len(keys))


def _starts(sizes: np.ndarray) -> np.ndarray:
    """Where each of consecutive runs of these ``sizes`` starts."""
    return np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)


def _one_order(x: Sequence[int], y: Sequence[int]) -> bool:
    """Whether two texts (``ContentWords.sequence``) first say the words they share in one order."""
    shared = set(x) & set(y) - {-1}
    return [w for w in dict.fromkeys(x) if w in shared] == [w for w in dict.fromkeys(y)
                                                              if w in shared]


def paraphrase_score(a: set[_W], b: set[_W], weight: Mapping[_W, float]) -> float:
    """The weighted share of the content words of the quote that has fewer of them (the
    rendering) that the other quote says too."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    total = sum(weight[w] for w in small)
    return sum(weight[w] for w in small & big) / total if total else 0.0


def paraphrase_pairs(texts: Sequence[str], names: Sequence[str | None],
                     articles: Sequence[str], groups: Sequence[int],
                     options: Settings, *, reported: Sequence[bool] = (),
                     voices: Sequence[str | None] = (),
                     persons: Callable[[int], frozenset[str]] | None = None,
                     wordings: Wordings | None = None,
                     ) -> list[tuple[int, int, float]]:
    """(rendering, other, score), best first: two quotes (their normalised ``texts``) of one
    named speaker (``names``) in two ``articles`` and not yet in one of the ``groups`` (one
    id per quote), that share at least ``paraphrase_min_words`` content words and whose
    weighted share (``paraphrase_score``) reaches ``paraphrase_threshold``; the rendering is
    the one with fewer content words, and every number it gives the other gives too. A
    ``reported`` quote (indirect or mixed; none when not given) of two content words or more
    that a quote in marks says all of also renders it: « il interjette appel » for « Nous
    allons interjeter appel », and so does one that another reported quote of three content
    words or fewer says all of: « il allait faire appel » and « faire appel de la
    condamnation » report one act. A reported rendering of three content words or fewer
    (not a direct quote: its words are the speaker's own) joins another quote of its speaker
    on a word no other statement (``groups``) of a batch of three or more says (« il partira à
    l'automne » for « je resterai jusqu'à l'automne »), or on two words, one of which no
    other statement of that speaker, who has a third, says. Two quotes whose speakers are one
    only through an office (``voices``: each quote's own speaker, before an organisation took
    the name of the person who heads or speaks for it; none when not given) pair only as a
    whole rendering, every content word of the rendering said by the other: the parquet's
    communiqué and its procureur's words to the press are most often two statements of one
    case, sharing its names and its facts. The names of persons a rendering says (``persons``:
    a quote's index to its normalised name words and titles, asked of renderings only; none
    when not given) carry no pair alone: the other quote must say one of its other words too,
    since two statements about one person name that person (« il veut voir le sénateur Jean
    Dupont lui succéder » is no rendering of « une transition portée par le sénateur Jean
    Dupont »). Two direct quotes (not ``reported``) that share two content words in one order
    pair, score 0, as a part of one another (``short.in_order``): half the shorter's words or
    more in that order in a passage. ``wordings``: the batch's wordings already split
    (``wordings.Wordings``), when the caller has them; the texts it lacks are added to it.

    Computed with numpy over (quote, word) rows: the rendering shares at least one of its
    rarest words, those that weigh more than the ``1 - paraphrase_threshold`` it may leave
    out, so only they probe the index of its speaker's words."""
    none: list[tuple[int, int, float]] = []
    words = ContentWords()
    owner, word, length = words.rows(texts, wordings)
    if not len(word):
        return none
    n_quotes, n_words = len(texts), len(words.of_stem)
    size = np.bincount(owner, minlength=n_quotes)
    weight = np.log1p(n_quotes / np.bincount(word, minlength=n_words))
    w = weight[word]
    total = np.bincount(owner, weights=w, minlength=n_quotes)
    quoted = Counter(names)  # a speaker quoted once has no other quote to render
    told = np.zeros(n_quotes, dtype=bool)
    told[[n for n, r in enumerate(reported) if r]] = True
    # the words said by only two statements of the batch (two of the ``groups``)
    grp = np.asarray(groups, dtype=np.int64)
    said_by = np.bincount(sorted_unique(word * n_quotes + grp[owner]) // n_quotes,
                          minlength=n_words)
    own = said_by[word] == 2
    few = size <= _FEW_WORDS
    least = np.where(told, _TOLD_WORDS, options.paraphrase_min_words)
    least[few] = 1
    who = _numbered(x for x, k in quoted.items() if x is not None and k > 1)
    spk = _codes(who, names)
    art = _codes(_numbered(articles), articles)
    # the index: (speaker, word) -> quotes
    named = spk[owner] >= 0
    key = spk[owner] * n_words + word
    index_key, index_owner = _by_key(key[named], owner[named], n_quotes)
    mine = _said_by_two(key, grp[owner]) & named  # no other statement of the speaker says it
    # a word no other statement says tells only where others are: a third one of the speaker
    statements = np.bincount(sorted_unique(spk[spk >= 0] * n_quotes + grp[spk >= 0])
                             // n_quotes, minlength=len(who))
    # the probes: each quote's rarest words, while the weight before them is at most the
    # share it may leave out. Rows come grouped by quote: one sort of (quote, the word's rank
    # by weight, heaviest first, then by id) puts each quote's words in that order.
    by_weight = np.lexsort((np.arange(n_words), -weight))
    rank = np.empty(n_words, dtype=np.int64)
    rank[by_weight] = np.arange(n_words)
    ranked = np.sort(owner * n_words + rank[word])
    word_r = by_weight[ranked % n_words]  # owner stays owner: the blocks keep their places
    when = np.zeros(n_words, dtype=bool)  # a date one rendering gives and the other not
    when[sorted(words.timely)] = True  # is left out of its score: no probe, no weight
    w_r = np.where(when[word_r], 0.0, weight[word_r])
    ahead = np.cumsum(w_r) - w_r  # the weight of every row before this one
    starts = _starts(size)
    before = ahead - ahead[starts[owner]]
    probe = (before <= (1 - options.paraphrase_threshold) * total[owner]) | few[owner]
    probe &= named & (size[owner] >= least[owner]) & (~when[word_r] | few[owner])
    # looked up in order of key: each search starts where the one before ended
    probe_key = spk[owner[probe]] * n_words + word_r[probe]
    probe_key, prober = _by_key(probe_key, owner[probe], n_quotes)
    lo = np.searchsorted(index_key, probe_key, side="left")
    hi = np.searchsorted(index_key, probe_key, side="right")
    hi = np.where(hi - lo > options.max_shingle_share, lo, hi)  # said everywhere: no evidence
    count = hi - lo
    if not count.sum():
        return none
    a = np.repeat(prober, count)
    b = index_owner[np.repeat(lo - _starts(count), count) + np.arange(count.sum())]
    keep = (size[b] >= size[a]) & (art[a] != art[b])  # equal sizes: either may render
    keep &= grp[a] != grp[b]
    pairs = sorted_unique(a[keep] * n_quotes + b[keep])
    a, b = pairs // n_quotes, pairs % n_quotes
    # verify each pair: the rendering's words (rows of a) that b says too
    of_a = np.repeat(np.arange(len(a)), size[a])
    row = np.repeat(starts[a] - _starts(size[a]), size[a])
    row += np.arange(len(of_a))
    said = owner * n_words + word  # the rows come in this order (``ContentWords.rows``)
    probe_key = b[of_a] * n_words + word[row]
    at = np.minimum(np.searchsorted(said, probe_key), len(said) - 1)
    hit = said[at] == probe_key
    shared = np.bincount(of_a, weights=hit, minlength=len(a))
    left = np.bincount(of_a, weights=(~hit & when[word[row]]) * w[row], minlength=len(a))
    score = np.bincount(of_a, weights=hit * w[row], minlength=len(a)) / np.maximum(
        total[a] - left, 1e-9)
    # sums of one set of weights in another order differ in the last bits: equal shares tie,
    # and ties go by quote order, whatever order the rows came in
    score = np.round(score, 12)
    good = (shared >= options.paraphrase_min_words) & (score >= options.paraphrase_threshold)
    whole = told[a] & (shared == size[a]) & (size[a] >= _TOLD_WORDS)
    good |= whole & (~told[b] | (few[a] & few[b]))
    # rarity means nothing among two statements: a word is rare in the batch where the batch
    # has a third statement, and among a speaker's words where the speaker has a third
    alone = (np.bincount(of_a, weights=hit & own[row], minlength=len(a)) > 0) & (
        len(sorted_unique(grp)) > 2)
    alone |= (shared >= 2) & (np.bincount(of_a, weights=hit & mine[row], minlength=len(a)) > 0) & (
        statements[spk[a]] > 2)
    good |= few[a] & alone & told[a]
    if len(reported):  # two quotes in marks: the speaker's words, cut or given with a few more
        verbatim = np.flatnonzero(~good & ~told[a] & ~told[b] & (shared >= 2))
        # ``length``: each text's words; only pairs whose shorter has enough are read
        long_enough = verbatim[np.minimum(length[a[verbatim]], length[b[verbatim]])
                               >= _IN_ORDER[1]]
        good[long_enough] = [in_order(texts[x], texts[y]) >= _IN_ORDER[0]
                             and _one_order(words.sequence(texts[x]), words.sequence(texts[y]))
                             for x, y in zip(a[long_enough].tolist(), b[long_enough].tolist(),
                                             strict=True)]
        score[verbatim] = 0.0  # a part, no whole rendering: passages given apart stay apart
    if persons is not None:  # a person's name is no content of its own: the other words must
        # tell; asked only of the renderings still kept (a million quotes: a few thousand)
        keys = [n * n_words + i for n in sorted_unique(a[good]).tolist() for x in persons(n)
                if (i := words.get(x, -1)) >= 0]
        name = _among(said, np.asarray(keys, dtype=np.int64))[row]
        good &= (np.bincount(of_a, weights=name, minlength=len(a)) == 0) | (
            np.bincount(of_a, weights=hit & ~name, minlength=len(a)) > 0)
    if len(voices):  # one speaker through an office only: a whole rendering
        own_id = _codes(_numbered(voices), voices)
        good &= (own_id[a] == own_id[b]) | (score >= 1.0)
    a, b, score = a[good], b[good], score[good]
    # the checks left, in Python, only where they can fail: numbers and the ends of a scale
    # (``similarity.opposed``) where the rendering gives some, the span of the shared words
    # where the other quote is longer than the span (else all hold: no number to miss, no
    # end of a scale to oppose, and any words of it lie within the span)
    numbers, ends = _Found(texts, _digit_runs), _Found(texts, scale_ends)
    numbered = np.zeros(n_quotes, dtype=bool)  # a number or a rise, a fall (``opposed``),
    renderings = sorted_unique(a).tolist()  # or a month (``dates``)
    dated = {n for n in renderings if gives_date(texts[n])}  # once per rendering, not per pair
    numbered[renderings] = [bool(numbers[n] or ends[n]) or n in dated for n in renderings]
    undated_of = functools.cache(lambda n: undated(texts[n], words))
    span = _SPREAD * length[a]
    check = numbered[a] | (length[b] > span)
    sequences: dict[int, list[int]] = {}
    found = [(x, y, s) for x, y, s in zip(a[~check].tolist(), b[~check].tolist(),
                                          score[~check].tolist(), strict=True)]
    for x, y, s, reach in zip(a[check].tolist(), b[check].tolist(), score[check].tolist(),
                              span[check].tolist(), strict=True):
        if not numbers[x] <= numbers[y] or opposed(ends[x], ends[y]):
            continue
        # a rendering moves the figures about: its words, not its numbers, lie together
        words_of = set(word[starts[x]:starts[x] + size[x]].tolist())
        words_of &= set(word[starts[y]:starts[y] + size[y]].tolist())
        words_of -= words.numbers
        if not words_of or (x in dated and not undated_of(x) & undated_of(y)):
            continue  # the date of one occasion is no statement (``dates``)
        if length[y] > reach:
            seq = sequences.get(y)
            if seq is None:
                seq = sequences[y] = words.sequence(texts[y])
            if not said_together(words_of, seq, reach):
                continue
        found.append((x, y, s))
    return sorted(found, key=lambda t: (-t[2], t[0], t[1]))


class _Found(dict[int, frozenset[_X]]):
    """What ``find`` finds in a quote (by index into ``texts``), found when first asked for."""

    def __init__(self, texts: Sequence[str], find: Callable[[str], frozenset[_X]]) -> None:
        super().__init__()
        self.texts, self.find = texts, find

    def __missing__(self, n: int) -> frozenset[_X]:
        made = self[n] = self.find(self.texts[n])
        return made


def _digit_runs(t: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(t))
