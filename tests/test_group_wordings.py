"""The one pass over a batch's wordings (``group.wordings``): each distinct wording split
once, its words as ids, which candidates and shared runs read; what they find does not
depend on the order in which the ids were given."""

import random

import numpy as np
import pytest

from quotes.group.candidates import candidate_pairs
from quotes.group.short import shared_run_pairs
from quotes.group.wordings import Wordings


def test_each_wording_is_split_once_and_read_back_whole():
    texts = [["le pont sera rouvert", "pont sera"], [""], ["le pont sera rouvert"],
             ["nous le ferons"]]
    w = Wordings(texts)
    assert w.owner.tolist() == [0, 0, 1, 2, 3]
    assert w.rank.tolist() == [0, 1, 0, 0, 0]
    assert w.length.tolist() == [4, 2, 0, 4, 3]
    assert w.start[0] == w.start[3]  # the same words again: no second split
    assert len(w.words) == 4 + 2 + 3
    read = w.stream(np.arange(len(w.owner)))
    assert " ".join(w.vocabulary[i] for i in read) == (
        "le pont sera rouvert pont sera le pont sera rouvert nous le ferons")
    assert w.stream(np.array([1, 4])).tolist() == [w.vocabulary.index(x) for x in
                                                    ["pont", "sera", "nous", "le", "ferons"]]
    assert Wordings([]).stream(np.zeros(0, dtype=np.int64)).tolist() == []


def renumbered(w: Wordings, seed: int) -> Wordings:
    """The same wordings with their word ids given in another order."""
    perm = np.random.default_rng(seed).permutation(len(w.vocabulary))
    vocabulary = [""] * len(perm)
    for old, new in enumerate(perm.tolist()):
        vocabulary[new] = w.vocabulary[old]
    w.words, w.vocabulary = perm[w.words], vocabulary
    return w


@pytest.mark.parametrize("seed", range(4))
def test_pairs_do_not_depend_on_the_order_of_word_ids(seed):
    rng = random.Random(seed)
    vocab = ["le", "chantier", "pont", "reprendra", "ville", "travaux"]
    texts = [[" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 12)))
              for _ in range(rng.choice([1, 1, 2]))] for _ in range(300)]
    names = [rng.choice(["anne", "paul", None]) for _ in texts]
    articles = [f"a{rng.randrange(40)}" for _ in texts]
    reported = [rng.random() < 0.2 for _ in texts]
    runs = shared_run_pairs(texts, names, articles, reported, words=5, content=3, max_share=100)
    assert len(runs) > 5
    assert shared_run_pairs(texts, names, articles, reported, words=5, content=3, max_share=100,
                            wordings=renumbered(Wordings(texts), seed)) == runs
    a, b = candidate_pairs(texts, prefix_share=0.7, max_share=20)
    assert len(a) > 5
    x, y = candidate_pairs(texts, prefix_share=0.7, max_share=20,
                           wordings=renumbered(Wordings(texts), seed))
    assert (x.tolist(), y.tolist()) == (a.tolist(), b.tolist())
