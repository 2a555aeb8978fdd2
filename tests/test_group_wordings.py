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


def test_a_wording_met_again_is_not_split_again_and_a_new_one_is_added():
    w = Wordings([["le pont sera rouvert", "pont sera"]])
    before = len(w.words)
    found = w.add(["pont sera", "la digue tiendra", "le pont sera rouvert", "la digue tiendra"])
    assert found.tolist() == [1, 2, 0, 2]
    assert len(w.words) == before + 3  # only the new wording, once
    token, size = w.said(found)
    assert size.tolist() == [2, 3, 4, 3]
    assert " ".join(w.vocabulary[i] for i in token.tolist()) == (
        "pont sera la digue tiendra le pont sera rouvert la digue tiendra")
    assert w.stream(np.array([0])).tolist() == w.said(np.array([0]))[0].tolist()


# paraphrase scoring reads the shared wordings: the same content word ids, given in the
# order the words are met, as when it splits its texts alone (« été » the participle takes
# none, a number takes one after its text's words, a text said twice is split once)
PARAPHRASED = [
    "la fermeture de l'usine a été décidée en 2021",
    "nous avons décidé la fermeture de l'usine après 12 000 suppressions",
    "la fermeture de l'usine a été décidée en 2021",
    "les travaux dureront tout l'été à Vire",
    "été comme hiver le marché de Vire reste ouvert",
    "",
]


@pytest.mark.parametrize("shared", [[], [[t] for t in reversed(PARAPHRASED[1:4])],
                                    [["un autre propos sur le marché de Rouen", "le marché"]]])
def test_paraphrase_reads_the_shared_wordings_as_its_own_split(shared):
    from quotes.group.content import ContentWords
    from quotes.group.paraphrase import paraphrase_pairs
    from quotes.group.similarity import normalize
    from quotes.settings import Settings

    texts = [normalize(t) for t in PARAPHRASED]
    alone, read = ContentWords(), ContentWords()
    expected = alone.rows(texts)
    got = read.rows(texts, Wordings([[normalize(t) for t in item] for item in shared]))
    assert all(np.array_equal(x, y) for x, y in zip(got, expected, strict=True))
    assert list(read.of_stem.items()) == list(alone.of_stem.items())
    # first met, first given; the first text's number after its words
    assert [alone[w] for w in ("fermeture", "usine", "decidee")] == [0, 1, 2]
    assert alone.of_stem["#2021"] == 3 and 3 in alone.numbers
    assert "ete" in alone.of_stem  # the season, said in the fourth text
    assert (read.numbers, read.timely, dict(read)) == (alone.numbers, alone.timely, dict(alone))
    names, articles = ["paul morel"] * len(texts), [f"a{n}" for n in range(len(texts))]
    assert paraphrase_pairs(texts, names, articles, list(range(len(texts))), Settings(),
                            wordings=Wordings([[normalize(t) for t in item] for item in shared])
                            ) == paraphrase_pairs(texts, names, articles,
                                                  list(range(len(texts))), Settings())
