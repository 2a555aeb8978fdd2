"""One person across a batch's outlets when one names them by one word of the full name another
gives (``speakers.link_speakers``, through ``names.inner_word``): « Ndiro » and « Ndiro da Costa »
are one speaker, so their words group; a known first name (« Paul »), a word of two full names
(« Odiaka »), a father's name after « ben » join no one. And a chain through a record that holds two
passages of one speaker: the two statements alone never group.

Each row is a batch of made-up articles, extracted and read as one run; the quote is found by its
words in each article, and the rows say whether the two group and the one name the batch gives
the person."""

import pytest

from quotes.api import Extractor, link_and_group
from quotes.group.speakers import link_speakers

SAID = "Nous dirons au monde entier que notre pays est de retour"


def _batch(nlp, texts):
    ex = Extractor(nlp=nlp)
    quotes = [q for n, t in enumerate(texts) for q in ex.text(t, id=f"a{n}")]
    grouped, _ = link_and_group(quotes)
    return grouped


def _said(quotes, article, words):
    (q,) = [q for q in quotes if q.article.id == article and words in q.span.text]
    return q


ROWS = [
    # must group: the first word of a full name, no first name the lexicon knows
    ("a one-word name that opens the full name",
     [f"« {SAID} », a lancé le président Ndiro devant la foule.",
      f"« {SAID} », a déclaré Ndiro da Costa devant ses partisans."],
     ("Ndiro", "Ndiro da Costa"), "Ndiro da Costa"),
    # ... a word inside it, neither the first nor the last
    ("a one-word name inside the full name",
     [f"« {SAID} », a affirmé le ministre Alemu lors du sommet.",
      f"« {SAID} », a affirmé Tsegay Alemu Berhane lors du sommet."],
     ("Alemu", "Tsegay Alemu Berhane"), "Tsegay Alemu Berhane"),
    # ... titled: the title is set aside
    ("a one-word name after a title",
     [f"« {SAID} », a dit M. Tsegay à Genève.",
      f"« {SAID} », a dit Tsegay Alemu Berhane à Genève."],
     ("Tsegay", "Tsegay Alemu Berhane"), "Tsegay Alemu Berhane"),
    # the surname rule, as before, beside it
    ("the surname alone, as before",
     [f"« {SAID} », a lancé M. Costa devant la foule.",
      f"« {SAID} », a déclaré Ndiro da Costa devant ses partisans."],
     ("Costa", "Ndiro da Costa"), "Ndiro da Costa"),
    # must not: a known first name alone (a son, a father of one surname)
    ("must not: a known first name alone",
     [f"« {SAID} », a lancé le président Paul devant la foule.",
      f"« {SAID} », a déclaré Paul Morel devant ses partisans."],
     ("Paul", "Paul Morel"), None),
    # ... a word two full names of the batch share
    ("must not: a word of two full names",
     [f"« {SAID} », a lancé le président Odiaka devant la foule.",
      f"« {SAID} », a déclaré Tamsir Odiaka Berhane devant ses partisans. « Nous tiendrons », a "
      "ajouté Ouldi Odiaka Haddou."],
     ("Odiaka", "Tamsir Odiaka Berhane"), None),
    # ... the father's name after « ben »
    ("must not: the father's name after « ben »",
     [f"« {SAID} », a lancé le président Bakri devant la foule.",
      f"« {SAID} », a déclaré Ouldi ben Bakri Haddou devant ses partisans."],
     ("Bakri", "Ouldi ben Bakri Haddou"), None),
]


@pytest.mark.parametrize(("case", "texts", "names", "linked"), ROWS, ids=[r[0] for r in ROWS])
def test_one_word_of_a_full_name_links_the_person(nlp, case, texts, names, linked):
    quotes = _batch(nlp, texts)
    a, b = _said(quotes, "a0", "notre pays"), _said(quotes, "a1", "notre pays")
    # each record keeps its own article's naming
    assert (a.speaker.name, b.speaker.name) == names
    if linked:
        assert a.speaker.linked == b.speaker.linked == linked
        assert a.group_id == b.group_id is not None
    else:
        assert a.speaker.linked != b.speaker.linked
        assert a.group_id is None or a.group_id != b.group_id


@pytest.mark.parametrize(("names", "expected"), [
    (["Ndiro", "Ndiro da Costa"], {"Ndiro": "Ndiro da Costa"}),
    (["M. Tsegay", "Tsegay Alemu Berhane"], {"M. Tsegay": "Tsegay Alemu Berhane"}),
    (["Costa", "Ndiro", "Ndiro da Costa"], {"Costa": "Ndiro da Costa", "Ndiro": "Ndiro da Costa"}),
    (["Paul", "Paul Morel"], {"Paul": "Paul"}),
    (["Odiaka", "Tamsir Odiaka Berhane", "Ouldi Odiaka Haddou"], {"Odiaka": "Odiaka"}),
    (["Bakri", "Ouldi ben Bakri Haddou"], {"Bakri": "Bakri"}),
    # a list of people, a description naming someone: no one person's full name
    (["Roy", "Anne Roy et Luc Vidal"], {"Roy": "Roy"}),
    (["Kawa", "avocats de Pedro Kawa da Fonseca"], {"Kawa": "Kawa"}),
    # an initialled full name holds no word to join
    (["Ndiro", "N. da Costa"], {"Ndiro": "Ndiro"}),
])
def test_link_speakers_joins_an_inner_word(names, expected):
    linked = link_speakers(names)
    assert {n: linked[n] for n in expected} == expected


# two statements of one speaker, other words, another moment
_STAB = ("« C'est un coup de poignard dans le dos de notre pays », a dénoncé le ministre Hervé "
         "Dallier.")
_ANSWER = "Le ministre Hervé Dallier a promis une réponse « implacable »."


@pytest.mark.parametrize(("case", "texts", "one"), [
    ("must not: two statements of one speaker, two outlets", [_STAB, _ANSWER], False),
    ("must not: and a third outlet that gives them apart",
     [_STAB, _ANSWER, "Hervé Dallier a dénoncé un « coup de poignard dans le dos », avant de "
      "promettre une réponse « implacable »."], False),
    # GUIDELINES « Group »: a record that holds two passages merges their groups
    ("fires: a record that holds both passages",
     [_STAB, _ANSWER, "Le ministre Hervé Dallier promet une réponse « implacable » après un "
      "« coup de poignard dans le dos »."], True),
])
def test_two_statements_join_only_through_a_record_holding_both(nlp, case, texts, one):
    quotes = _batch(nlp, texts)
    stab, answer = _said(quotes, "a0", "poignard"), _said(quotes, "a1", "implacable")
    assert stab.speaker.name == answer.speaker.name == "Hervé Dallier"
    assert (stab.group_id == answer.group_id is not None) == one
    if len(texts) == 3:  # the third outlet's words join the one they render
        third = [q for q in quotes if q.article.id == "a2"]
        assert third and all(q.group_id is not None for q in third)
