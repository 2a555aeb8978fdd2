"""Grouping at scale gives what the plain definitions give: the word-at-a-time ``normalize``,
the candidate pairs (all pairs sharing a trigram, speakers named apart left out), and the
cycle collector left as grouping found it."""

import gc
import itertools
import random
import re
import unicodedata

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.group.candidates import _members, candidate_pairs, unique_hashes
from quotes.group.grouping import group_quotes
from quotes.group.normal import _FOLD
from quotes.group.similarity import normalize, relation
from quotes.model import ArticleRef, Quote, Span, Speaker


def by_definition(text: str) -> str:
    """``normalize`` as its steps are defined, on the whole text at once (cut marks, « (…) »,
    « [...] », are punctuation the second step blanks); with no evidence from a run, a listed
    prefix (« néo », « anti », « ultra- ») stays apart (``normal.compounds``)."""
    s = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]+", " ", s)).strip()


PIECES = ["Élysée", "l’Otan", "qu'il", "cœur", "ŒUVRE", "«", "»", "“", "”", '"', "`", "´",
          "(…)", "[...]", "…", "...", ",", ";", "!", "?", "-", "_", " ", "  ", "\t", "\n",
          "\u00a0", "\u202f", "\u2028", "\u3000", "\u200b", "ﬁ", "①", "²", "ΣΑΣ", "İ",
          "e\u0301", "\u0301", "\u0327c", "42", "x", "néo", "Anti", "ultra-"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=14))
def test_normalize_is_its_definition(pieces):
    text = "".join(pieces)
    assert normalize(text) == by_definition(text)


def sharing_pairs(texts: list[list[str]]) -> set[tuple[int, int]]:
    """Every pair of items with a word trigram in common, by brute force."""
    def trigrams(t: str) -> set[tuple[str, ...]]:
        w = t.split()
        return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}

    grams = [set().union(*map(trigrams, item)) for item in texts]
    return {(a, b) for a, b in itertools.combinations(range(len(texts)), 2)
            if grams[a] & grams[b]}


def random_texts(seed: int, n: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(12)]
    return [[" ".join(rng.choice(vocab) for _ in range(rng.randint(5, 9)))] for _ in range(n)]


@pytest.mark.parametrize("seed", range(5))
def test_every_pair_sharing_a_trigram_is_a_candidate(seed):
    texts = random_texts(seed, 40)
    a, b = candidate_pairs(texts, prefix_share=1.0, max_share=10**6)
    found = list(zip(a.tolist(), b.tolist(), strict=True))
    assert found == sorted(sharing_pairs(texts))  # ordered, each pair once, a < b
    assert found  # the texts do share trigrams


def test_speakers_named_apart_are_never_candidates():
    texts = random_texts(7, 40)
    every = candidate_pairs(texts, prefix_share=1.0, max_share=10**6)
    apart = [i % 3 if i % 2 else -1 for i in range(40)]  # even: unset; odd: one of 3 keys
    kept = candidate_pairs(texts, exclusive=apart, prefix_share=1.0, max_share=10**6)
    pairs = set(zip(*(x.tolist() for x in every), strict=True))
    expected = {(x, y) for x, y in pairs
                if apart[x] < 0 or apart[y] < 0 or apart[x] == apart[y]}
    assert expected != pairs  # some pairs were of two different keys
    assert set(zip(*(x.tolist() for x in kept), strict=True)) == expected


def test_items_probe_with_their_rarest_trigrams():
    # seven trigrams each, more than the six every item probes with at least
    texts = [[f"a b c u{i} v{i} w{i} x{i} y{i} z{i}"] for i in range(8)]
    texts += [["a b c r s t f g h"], ["e r s t f g h"]]
    a, b = candidate_pairs(texts, prefix_share=0.5, max_share=10**6)
    # "a b c", held by nine items, is no item's rarest six: only "r s t" … brings a pair
    assert list(zip(a.tolist(), b.tolist(), strict=True)) == [(8, 9)]


def test_a_common_trigram_meets_the_longest_items_holding_it():
    texts = [["a b c " + " ".join(f"x{i}" for i in range(k))] for k in range(1, 7)]
    a, b = candidate_pairs(texts, prefix_share=1.0, max_share=2, hubs=1)
    found = set(zip(a.tolist(), b.tolist(), strict=True))
    longest = 5
    # "a b c" is held by 6 items (> 2): each meets only the longest one through it
    assert {(n, longest) for n in range(longest)} <= found
    assert (0, 1) not in found


def quote(n: int, text: str) -> Quote:
    span = Span(0, len(text), text)
    who = Speaker("Anne Lindqvist", None, None, "person", "explicit", confidence=0.93)
    return Quote(f"q{n}", ArticleRef(f"a{n}"), "direct", span, span, None, who)


@pytest.mark.parametrize("enabled", [True, False])
def test_grouping_leaves_the_cycle_collector_as_it_found_it(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        _, groups = group_quotes([quote(1, "Nous ne voulions pas interrompre l’ovation"),
                                  quote(2, "nous ne voulions pas interrompre l'ovation")])
        assert len(groups) == 1
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


@pytest.mark.parametrize("seed", range(4))
def test_unique_hashes_is_numpys_unique(seed):
    rng = np.random.default_rng(seed)
    h = rng.integers(0, 2**63, 5000, dtype=np.int64).astype(np.uint64) << np.uint64(1)
    h[::4] = h[1::4][: len(h[::4])]  # repeats
    # top bits in common, low bits apart: sorted by position first, then put right
    h[300:600] = (h[:300] & ~np.uint64(0x1FFF)) | rng.integers(0, 0x1FFF, 300).astype(np.uint64)
    h[600:610] = h[300]
    got = unique_hashes(h)
    for mine, theirs in zip(got, np.unique(h, return_inverse=True, return_counts=True),
                            strict=True):
        assert mine.tolist() == theirs.tolist()
    assert len(got[0]) < len(h)


@pytest.mark.parametrize("seed", range(4))
def test_members_is_numpys_isin(seed):
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, 2**63, 20000, dtype=np.int64).astype(np.uint64)
    few = np.unique(np.concatenate((keys[rng.integers(0, len(keys), 300)],
                                    rng.integers(0, 2**63, 300).astype(np.uint64))))
    # low bits in common, high bits apart: the table lets them through, the search does not
    keys[:200] = (rng.integers(0, 2**40, 200).astype(np.uint64) << np.uint64(24)) | (
        few[:200] & np.uint64(0xFFFFFF))
    got = _members(keys, few)
    assert got.tolist() == np.flatnonzero(np.isin(keys, few)).tolist()
    assert len(got) >= 250 and got.min() >= 200  # the lookalikes are not members


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["la", "page", "temps", "de", "moi", "a", "tourner", "e"]),
                min_size=1, max_size=12), st.data())
def test_relation_of_a_wording_inside_the_longest_is_rapidfuzz(words, data):
    """A wording found inside the longest skips rapidfuzz's search for its best passage:
    the result is the one that search gives."""
    from rapidfuzz import fuzz

    reference = " ".join(words)
    i = data.draw(st.integers(0, len(reference) - 1))
    j = data.draw(st.integers(i + 1, len(reference)))
    text = reference[i:j]
    rel, ratio, partial = relation(text, reference)
    assert (ratio, partial) == (fuzz.ratio(text, reference), fuzz.partial_ratio(text, reference))
    assert rel == ("same" if text == reference else
                   "fragment" if partial > ratio + 10 else "variant")


@pytest.mark.parametrize("n", [50, 1 << 60])
def test_by_key_orders_by_key_then_owner(n):
    """Packed in one integer where it fits (n = 50), by lexsort where it does not."""
    from quotes.group.paraphrase import _by_key

    rng = np.random.default_rng(n % 97)
    key = rng.integers(0, 40, 500)
    owner = rng.integers(0, 50, 500)
    got = _by_key(key, owner, n)
    want = sorted(zip(key.tolist(), owner.tolist(), strict=True))
    assert list(zip(got[0].tolist(), got[1].tolist(), strict=True)) == want


def test_a_marked_fragment_probes_with_all_its_trigrams():
    # "a b c" is no item's rarest six in its quote: said again as three marked words (an
    # item's second text), it probes all the same; a quote that only says it does not
    texts = [[f"a b c u{i} v{i} w{i} x{i} y{i} z{i}"] for i in range(8)]
    texts += [["p q r s a b c t u", "a b c"], ["k l m n a b c o v"]]
    a, b = candidate_pairs(texts, prefix_share=0.5, max_share=10**6)
    found = set(zip(a.tolist(), b.tolist(), strict=True))
    assert {(n, 8) for n in range(8)} | {(8, 9)} <= found
    assert not any((n, 9) in found for n in range(8))


def grams_pairs(texts: list[str]) -> set[tuple[int, int]]:
    """Every pair of texts indexed by one key in common, by brute force: its word trigrams,
    its bigrams too under five words, a text of one word by that word."""
    def grams(t: str) -> set[tuple[str, ...]]:
        w = t.split()
        out = {tuple(w[i : i + 3]) for i in range(len(w) - 2)}
        if len(w) < 5:
            out |= {tuple(w[i : i + 2]) for i in range(len(w) - 1)}
        return out | ({tuple(w)} if len(w) == 1 else set())

    of = [grams(t) for t in texts]
    return {(a, b) for a, b in itertools.combinations(range(len(texts)), 2) if of[a] & of[b]}


EDGES = ["", "oui", "oui", "non merci", "non merci", "nous ferons appel", "nous ferons appel",
         "nous ferons appel de la décision", "appel de la décision", "la décision", "décision",
         "le club ne fera pas appel de cette décision",
         "le club ne fera pas appel de cette décision"]


@pytest.mark.parametrize("texts", [[], [""], ["oui"], ["nous ferons appel de la décision"],
                                   ["", ""], ["oui", "oui"], EDGES, EDGES[::-1]])
def test_every_pair_sharing_a_key_is_a_candidate_edge_cases(texts):
    """No quote, one, quotes with no trigram (empty, one word, two), the same text twice."""
    items = [[t] for t in texts]
    a, b = candidate_pairs(items, prefix_share=1.0, max_share=10**6)
    assert list(zip(a.tolist(), b.tolist(), strict=True)) == sorted(grams_pairs(texts))


@pytest.mark.parametrize("seed", range(3))
def test_rarest_probes_are_each_items_own(seed):
    """An item probes with its own rarest trigrams whatever the items around it: the pairs
    found among items of several lengths are the pairs each item's ``_MIN_PROBES`` rarest
    trigrams share with another item (here every item has at most six, so all of them)."""
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(8)]
    texts = [" ".join(rng.choice(vocab) for _ in range(rng.randint(0, 8))) for _ in range(60)]
    a, b = candidate_pairs([[t] for t in texts], prefix_share=0.1, max_share=10**6)
    assert list(zip(a.tolist(), b.tolist(), strict=True)) == sorted(grams_pairs(texts))


@pytest.mark.parametrize("rows, keys", [([], [3]), ([1, 4, 9], []), ([1, 4, 9], [0, 4, 10]),
                                        ([2, 3, 5, 7, 11], [11, 2, 2, 6, -1, 12])])
def test_among_is_numpys_isin(rows, keys):
    from quotes.group.paraphrase import _among

    r, k = np.asarray(rows, dtype=np.int64), np.asarray(keys, dtype=np.int64)
    assert _among(r, k).tolist() == np.isin(r, k).tolist()


def test_content_rows_count_each_texts_words():
    """The paraphrase reads two quotes in marks only when the shorter has enough words: the
    count ``rows`` gives is the words ``str.split`` gives."""
    from quotes.group.content import ContentWords

    texts = ["", "oui", "nous ferons appel", "nous ferons appel", "  la   décision  ", "été"]
    *_, length = ContentWords().rows(texts)
    assert length.tolist() == [len(t.split()) for t in texts]
