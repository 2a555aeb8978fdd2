"""One or two words a speaker's marks give, said verbatim in a quote in marks of the same speaker
in another article (``group.few_marks``): a fragment of that statement, so the two group. The
words in marks only (never the narrator's), said as such and together, by the same person named
with confidence, one statement an article; a stop word, another form, another speaker, a reported
quote, a negation join nothing.

The rows of the first table are batches of made-up articles, extracted and grouped as one run;
each names the two quotes by words of theirs and says whether they group. The second table
calls ``few_marked_pairs`` on normalised wordings."""

import pytest
from test_group_inner_names import _batch, _said

from quotes.group.few_marks import few_marked_pairs
from quotes.group.similarity import normalize

KERN_SAID = "« Cette ville a besoin de paix et d'unité », a déclaré Paul Kern dimanche à Valmorin."


GROUP = [
    # must group: one marked word, said verbatim in the other's direct quote
    ("one marked word",
     ["Le maire Paul Kern a dénoncé jeudi une « trahison » des élus de l'opposition.",
      "« Ce vote est une trahison de nos électeurs », a déclaré Paul Kern jeudi soir à Valmorin."],
     "trahison »", "Ce vote", True),
    # ... two content words in one mark, an elision changed (« l'unité », « d'unité »)
    ("two marked words, another elision",
     ["Le maire Paul Kern a prôné la « paix et l'unité » après le scrutin de Valmorin.", KERN_SAID],
     "paix et", "Cette ville", True),
    # ... two marks, each one word, said side by side
    ("two marks of one word each",
     ["Le maire Paul Kern a salué « l'engagement » et le « courage » des pompiers de Valmorin.",
      "« Je salue l'engagement et le courage des pompiers », a déclaré Paul Kern à Valmorin."],
     "engagement", "Je salue", True),
    # must not: the other quote says the word in another form
    ("must not: another form of the word",
     ["Le maire Paul Kern a dénoncé jeudi une « trahison » des élus de l'opposition.",
      "« Nos électeurs ont été trahis par ce vote », a déclaré Paul Kern jeudi soir à Valmorin."],
     "trahison »", "électeurs", False),
    # ... another person says it
    ("must not: another speaker",
     ["Le maire Paul Kern a dénoncé jeudi une « trahison » des élus de l'opposition.",
      "« Ce vote est une trahison de nos électeurs », a déclaré Anne Roy jeudi soir à Valmorin."],
     "trahison »", "Ce vote", False),
    # ... the other outlet reports it in its own words, without marks
    ("must not: a reported quote",
     ["Le maire Paul Kern a dénoncé jeudi une « trahison » des élus de l'opposition.",
      "Paul Kern a estimé jeudi soir que ce vote était une trahison de ses électeurs."],
     "trahison »", "ce vote", False),
    # ... the marked words stand far apart in the other quote
    ("must not: the words scattered",
     ["Le maire Paul Kern a prôné la « paix et l'unité » après le scrutin de Valmorin.",
      "« La paix est revenue dans les rues depuis des mois, et je souhaite que l'unité du "
      "conseil suive », a déclaré Paul Kern dimanche à Valmorin."],
     "paix et", "La paix", False),
    # ... the other denies it
    ("must not: a negation",
     ["Le maire Paul Kern a dénoncé jeudi une « trahison » des élus de l'opposition.",
      "« Ce vote n'est pas une trahison de nos électeurs », a déclaré Paul Kern jeudi soir à "
      "Valmorin."],
     "trahison »", "Ce vote", False),
    # ... marks of stop words only
    ("must not: stop words only in the marks",
     ["Le maire Paul Kern n'est « pas du tout » d'accord avec le projet de Valmorin.",
      "« Je ne suis pas du tout certain de ce projet », a déclaré Paul Kern jeudi à Valmorin."],
     "pas du tout »", "certain", False),
]


@pytest.mark.parametrize(("case", "texts", "one", "other", "together"), GROUP,
                         ids=[r[0] for r in GROUP])
def test_few_marked_words_group(nlp, case, texts, one, other, together):
    quotes = _batch(nlp, texts)
    a, b = _said(quotes, "a0", one), _said(quotes, "a1", other)
    assert a.type == "mixed"
    if together:
        assert a.group_id == b.group_id is not None
    else:
        assert a.group_id is None or a.group_id != b.group_id


def test_one_statement_an_article(nlp):
    """Two statements of the speaker in one article say the marked word: the one that says the
    marks' words closest together joins, never both."""
    quotes = _batch(nlp, [
        "Le maire Paul Kern a prôné la « paix et l'unité » après le scrutin de Valmorin.",
        "« Cette ville a besoin de paix et d'unité », a déclaré Paul Kern dimanche à Valmorin. « "
        "La paix viendra, et l'unité des quartiers prendra du temps », a-t-il ajouté."])
    a = _said(quotes, "a0", "paix et")
    near, far = _said(quotes, "a1", "Cette ville"), _said(quotes, "a1", "viendra")
    assert a.group_id == near.group_id is not None
    assert far.group_id != a.group_id


def _pairs(marks, spoken, names, articles, sure=None, max_share=100):
    return few_marked_pairs([[normalize(m) for m in ms] for ms in marks],
                            [normalize(s) if s else None for s in spoken], names, articles,
                            sure or [True] * len(names), max_words=3, max_share=max_share)


PAIRS = [
    # quote 0 is the mixed one, quote 1 the direct one, in two articles, one speaker
    ("one word", [["trahison"], []], [None, "C'est une trahison"], None, [(0, 1)]),
    ("a stop word and a content word", [["la paix"], []], [None, "Nous voulons la paix"], None,
     [(0, 1)]),
    ("two marks side by side", [["l'engagement", "courage"], []],
     [None, "Je salue son engagement, son courage"], None, [(0, 1)]),
    ("must not: stop words only", [["pas du tout"], []], [None, "Je ne suis pas du tout prêt"],
     None, []),
    ("must not: a stem only", [["trahison"], []], [None, "Nous avons été trahis"], None, []),
    ("must not: one mark of two unsaid", [["trahison", "mensonge"], []],
     [None, "C'est une trahison"], None, []),
    ("must not: scattered", [["paix et unité"], []],
     [None, "La paix revient dans nos rues, et pour tous les quartiers l'unité aussi"], None, []),
    ("must not: the other in no marks", [["trahison"], []], [None, None], None, []),
    ("must not: a weak speaker", [["trahison"], []], [None, "C'est une trahison"],
     [True, False], []),
    ("must not: a number the other does not give", [["40 écoles"], []],
     [None, "Nous fermerons 12 écoles"], None, []),
    ("must not: three content words, a rendering's", [["fermer les écoles maternelles"], []],
     [None, "Nous allons fermer les écoles maternelles"], None, []),
]


@pytest.mark.parametrize(("case", "marks", "spoken", "sure", "expected"), PAIRS,
                         ids=[r[0] for r in PAIRS])
def test_few_marked_pairs(case, marks, spoken, sure, expected):
    assert _pairs(marks, spoken, ["kern", "kern"], ["a0", "a1"], sure) == expected


def test_same_article_and_other_speaker_pair_nothing():
    marks, spoken = [["trahison"], []], [None, "C'est une trahison"]
    assert _pairs(marks, spoken, ["kern", "kern"], ["a0", "a0"]) == []
    assert _pairs(marks, spoken, ["kern", "roy"], ["a0", "a1"]) == []


def test_tightest_statement_of_an_article():
    marks = [["paix et unité"], [], []]
    # both say them within four words: the nearer wording joins
    spoken = [None, "La paix, puis l'unité", "Il faut la paix et l'unité"]
    assert _pairs(marks, spoken, ["kern"] * 3, ["a0", "a1", "a1"]) == [(0, 2)]
    # in two articles, one each
    assert _pairs(marks, spoken, ["kern"] * 3, ["a0", "a1", "a2"]) == [(0, 1), (0, 2)]


def test_a_word_of_the_speakers_is_no_evidence():
    marks = [["trahison"]] + [[]] * 3
    spoken = [None] + ["C'est une trahison"] * 3
    assert _pairs(marks, spoken, ["kern"] * 4, ["a0", "a1", "a2", "a3"], max_share=2) == []
