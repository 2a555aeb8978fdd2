"""Which quotes to compare at all: prefix filtering on word trigrams, computed with numpy.

Every quote is indexed by all its word trigrams and probes the index with only its rarest
ones, so the cost grows with the number of similar pairs, not with the square of the number
of quotes.
"""

from __future__ import annotations

import zlib

import numpy as np

from quotes.group.wordings import Wordings

_BIGRAMS_UNDER = 5  # texts shorter than this many words are indexed by bigrams too
# a quote probes at least this many of its trigrams: all of them up to eight words, where a
# variant may share a single trigram with it ("nous saisirons la justice contre ce journal" /
# "nous allons saisir la justice dès demain contre le journal")
_MIN_PROBES = 6


def _code(word: str) -> int:
    """A word's stable 64-bit code (crc32 and adler32, the same in every run)."""
    data = word.encode()
    return ((zlib.crc32(data) << 32) | zlib.adler32(data)) & 0x7FFFFFFFFFFFFFFF


def _trigram_hashes(texts: Wordings
                    ) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """(owner, hash) of every distinct word trigram of every item, computed with numpy, and
    the hashes of the trigrams of its marked fragments (an item's texts after the first) of
    three or four words, by item: (owner, hash) again, which always probe.

    Each distinct word gets a stable 64-bit hash (crc32 and adler32, the same in every run,
    unlike Python's salted hash()); a trigram's hash mixes its three word hashes. A text of
    fewer than five words also counts its bigrams, and a text of one word that word.
    The words come split once, as ids (``wordings.Wordings``).
    """
    chosen = np.flatnonzero(texts.length > 0)
    size = texts.length[chosen]
    starts_of_text = np.cumsum(size) - size
    owner_of_text = texts.owner[chosen]
    marked = texts.rank[chosen] > 0
    codes = np.fromiter(map(_code, texts.vocabulary), dtype=np.int64,
                        count=len(texts.vocabulary))[texts.stream(chosen)]
    if not len(codes):
        none = np.zeros(0, dtype=np.int64)
        return none, np.zeros(0, dtype=np.uint64), (none, np.zeros(0, dtype=np.uint64))
    w = codes.astype(np.uint64)
    text_id = np.repeat(np.arange(len(size), dtype=np.int64), size)  # each word's text
    own = owner_of_text[text_id]
    lengths = size
    with np.errstate(over="ignore"):
        k1, k2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
        k3 = np.uint64(0x165667B19E3779F9)  # bigrams never take a trigram's hash
        if len(w) >= 3:
            tri = w[:-2] * k1 ^ (w[1:-1] * k2 + w[2:])
            same = (text_id[:-2] == text_id[2:])  # a trigram never spans two texts
            h, o = tri[same], own[:-2][same]
            few = same & marked[text_id[:-2]] & (
                lengths[text_id[:-2]] < _BIGRAMS_UNDER)
            forced = (own[:-2][few], tri[few])
        else:
            h, o = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
            forced = (o, h)
        if len(w) >= 2:
            # texts of two to four words also by their bigrams: "une issue logique" and
            # "issue logique" share no trigram, yet are one wording
            bi = w[:-1] * k1 ^ (w[1:] * k2 + k3)
            short = (text_id[:-1] == text_id[1:]) & (lengths[text_id[:-1]] < _BIGRAMS_UNDER)
            h, o = np.concatenate((h, bi[short])), np.concatenate((o, own[:-1][short]))
        # a text of one word: that word
        single = np.nonzero(lengths == 1)[0]
        if len(single):
            first = starts_of_text[single]
            h = np.concatenate((h, w[first] * k1))
            o = np.concatenate((o, own[first]))
    # one entry per (item, trigram): a mixed quote's fragments repeat its own trigrams, which
    # would otherwise look common and use up its probes. One combined key keeps this a 1-D unique.
    with np.errstate(over="ignore"):
        keys = h ^ (o.astype(np.uint64) * np.uint64(0xFF51AFD7ED558CCD))
    ordered = np.sort(keys)
    twice = ordered[1:][ordered[1:] == ordered[:-1]]  # few: most items repeat no trigram
    keep = np.ones(len(keys), dtype=bool)
    if len(twice):
        at = _members(keys, sorted_unique(twice))
        _, first = np.unique(keys[at], return_index=True)
        keep[at] = False
        keep[at[first]] = True
    return o[keep], h[keep], forced


def _members(keys: np.ndarray, few: np.ndarray) -> np.ndarray:
    """``np.flatnonzero(np.isin(keys, few))`` for many 64-bit ``keys`` and a few sorted,
    distinct ones: a table of the few's low bits sets aside nearly every key in one pass,
    and only the rest are searched (NumPy's ``isin`` sorts all of them: 15 s against 1 s
    for 30M keys)."""
    bits = min(26, max(10, len(few).bit_length() + 6))
    low = np.uint64((1 << bits) - 1)
    table = np.zeros(1 << bits, dtype=bool)
    table[(few & low).astype(np.int64)] = True
    maybe = np.flatnonzero(table[(keys & low).astype(np.int64)])
    at = np.minimum(np.searchsorted(few, keys[maybe]), len(few) - 1)
    return maybe[few[at] == keys[maybe]]


def sorted_unique(x: np.ndarray) -> np.ndarray:
    """``np.unique(x)`` for a 1-D integer array, by one sort: NumPy 2's ``unique`` hashes
    integers, tens of times slower on the tens of millions of values grouping makes."""
    s = np.sort(x)
    return s[np.concatenate(([True], s[1:] != s[:-1]))] if len(s) else s


def unique_hashes(h: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``np.unique(h, return_inverse=True, return_counts=True)`` for 64-bit hashes, several
    times faster where NumPy sorts values with SIMD but not indices: the positions come in
    order from one sort of values (each hash's top bits with its position in the low ones),
    then the few runs whose top bits tie but hashes differ are put in order."""
    n = len(h)
    low = np.uint64((1 << max(1, (n - 1).bit_length())) - 1)
    perm = (np.sort((h & ~low) | np.arange(n, dtype=np.uint64)) & low).astype(np.int64)
    hs = h[perm]
    wrong = np.flatnonzero(hs[1:] < hs[:-1])
    if len(wrong):
        top = hs & ~low
        run = np.cumsum(np.concatenate(([0], top[1:] != top[:-1])))
        tied = np.zeros(int(run[-1]) + 1, dtype=bool)
        tied[run[wrong]] = True
        at = np.flatnonzero(tied[run])
        again = np.lexsort((hs[at], run[at]))  # stable: one hash stays in position order
        perm[at], hs[at] = perm[at][again], hs[at][again]
    new = np.concatenate(([True], hs[1:] != hs[:-1]))
    inverse = np.empty(n, dtype=np.int64)
    inverse[perm] = np.cumsum(new) - 1
    return hs[new], inverse, np.diff(np.append(np.flatnonzero(new), n))


def candidate_pairs(
    texts: list[list[str]],
    *,
    speakers: list[int] | None = None,
    exclusive: list[int] | None = None,
    prefix_share: float = 0.7,
    max_share: int = 100,
    hubs: int = 10,
    wordings: Wordings | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of items (by index) that may be one utterance: prefix filtering on word trigrams.

    Every item is indexed by all its trigrams; it probes the index with only its rarest ones
    (the ``prefix_share`` of them, at least ``_MIN_PROBES``), so two wordings that share much
    of their text, or a fragment and the longer quote holding it, meet on a rare trigram while
    unrelated quotes of one story, which share only common ones, are never compared.

    A trigram shared by more than ``max_share`` items (a quote carried by thousands of
    articles has only such trigrams) is not expanded in full: the item meets the ``hubs``
    longest items holding it, and the ``hubs`` longest of those with its own speaker key
    (``speakers``, -1 for none). The longest wordings hold the fragments and variants alike,
    so the whole family still meets through them at a bounded cost per probe.

    Two items whose ``exclusive`` keys are different and both set (>= 0: speakers named with
    confidence, who can never be one group) are never a pair. Returns the pairs as two arrays
    of indices, ``a < b``, ordered by ``a`` then ``b``. ``wordings``: the ``texts`` already
    split (``wordings.Wordings``), when the caller has them.
    """
    none = np.zeros(0, dtype=np.int64)
    o, h, (forced_o, forced_h) = _trigram_hashes(wordings or Wordings(texts))
    if not len(h):
        return none, none
    apart = np.array(exclusive if exclusive is not None else [-1] * len(texts), dtype=np.int64)
    spk = np.array(speakers if speakers is not None else [-1] * len(texts), dtype=np.int64)
    n, sizes = len(texts), np.bincount(o, minlength=len(texts))
    distinct, inverse, counts = unique_hashes(h)
    u = len(counts)
    # each ordering below is one sort of packed values (keys never tie: each (item, trigram)
    # is there once), several times faster than an argsort. A trigram's rarity is its rank
    # by (count, hash); an item's rank is by length, the longest first.
    by_rarity = np.sort(counts * u + np.arange(u)) % u
    rarity = np.empty(u, dtype=np.int64)
    rarity[by_rarity] = np.arange(u)
    by_length = np.lexsort((np.arange(n), -sizes))
    longest = np.empty(n, dtype=np.int64)
    longest[by_length] = np.arange(n)
    # rarest trigrams first within each item: the probes
    key = np.sort(o * u + rarity[inverse])
    # sorted by item, each item's ``sizes`` rows in a block: its rank there, with no division
    first = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    want = np.maximum(_MIN_PROBES, np.ceil(sizes * prefix_share)).astype(np.int64)
    keep = np.arange(len(key)) - np.repeat(first, sizes) < np.repeat(want, sizes)
    who, probe = np.repeat(np.arange(n, dtype=np.int64), sizes)[keep], by_rarity[key[keep] % u]
    del key, keep
    if len(forced_h):
        # the few marked words of a mixed quote (« la lutte contre "le crime organisé" ») are
        # the speaker's, however common: they probe with all their trigrams
        who = np.concatenate((who, forced_o))
        probe = np.concatenate((probe, np.searchsorted(distinct, forced_h)))
    # the index: all trigrams by hash, the longest items first within one hash
    # (hashes in sorted order: a probe's postings start where its hash's count does)
    by_hash = by_length[np.sort(inverse * n + longest[o]) % n]
    lo = (np.cumsum(counts) - counts)[probe]
    hi = lo + counts[probe]
    common = (hi - lo) > max_share
    hi = np.where(common, np.minimum(hi, lo + hubs), hi)
    ranges = [(lo, hi, who, by_hash)]
    named = common & (spk[who] >= 0)
    if named.any():
        # a second index on (trigram, speaker) for the hubs that share the prober's speaker:
        # only common trigrams are looked up there
        hot = np.nonzero(counts[inverse] > max_share)[0]
        with np.errstate(over="ignore"):
            mix = np.uint64(0x9E3779B97F4A7C15)
            keyed = h[hot] ^ ((spk[o[hot]] + 1).astype(np.uint64) * mix)
            probe_key = distinct[probe[named]] ^ ((spk[who[named]] + 1).astype(np.uint64) * mix)
        by_key = np.lexsort((longest[o[hot]], keyed))
        sorted_k = keyed[by_key]
        klo = np.searchsorted(sorted_k, probe_key, side="left")
        khi = np.minimum(np.searchsorted(sorted_k, probe_key, side="right"), klo + hubs)
        ranges.append((klo, khi, who[named], o[hot][by_key]))
    found = []
    budget = 1 << 23  # expand at most this many postings at a time: memory stays bounded
    for all_lo, all_hi, all_who, postings in ranges:
        ends = np.cumsum(all_hi - all_lo)
        cuts = np.searchsorted(ends, np.arange(budget, int(ends[-1]) if len(ends) else 0, budget))
        for blo, bhi, bwho in zip(*(np.split(x, cuts) for x in (all_lo, all_hi, all_who)),
                                  strict=True):
            lengths = bhi - blo
            total = int(lengths.sum())
            if total == 0:
                continue
            starts = np.repeat(blo - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
            other = postings[np.arange(total) + starts]
            mine = np.repeat(bwho, lengths)
            # each side's key looked up once: per prober before the expansion, per posting
            mine_key, other_key = np.repeat(apart[bwho], lengths), apart[other]
            keep = (mine != other) & ((mine_key < 0) | (other_key < 0) | (mine_key == other_key))
            mine, other = mine[keep], other[keep]
            a, b = np.minimum(mine, other), np.maximum(mine, other)
            found.append(sorted_unique(a * len(texts) + b))
    # one sort at the end: merging into a growing set at every step sorted it again each time
    seen = sorted_unique(np.concatenate(found)) if found else none
    return seen // len(texts), seen % len(texts)


def with_pairs(pa: np.ndarray, pb: np.ndarray, pairs: list[tuple[int, int]],
               n: int) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs (``pa``, ``pb``, indices below ``n``) and ``pairs`` (a < b), each
    pair once, the lower index first."""
    x, y = np.array(pairs, dtype=np.int64).T
    key = np.unique(np.concatenate((np.minimum(pa, pb) * n + np.maximum(pa, pb), x * n + y)))
    return key // n, key % n
