"""One person across a batch's outlets when one names them by their first name alone (« la
princesse Maud », « Maud ») and another by their full name (« Maud Ferrand »): the first name is
the batch's full name when exactly one person of the batch bears it, the records show both names
one gender (not the name model's guess from the first name itself) and the roles do not tell two
people, within one story (``one_story``: the same words in two articles). Each record keeps its
own article's naming; ``speaker.linked`` gives the batch's one name.

Each row is a batch of made-up articles, extracted and read as one run; the quote is found by its
words in each article."""

import pytest
from test_group_inner_names import _batch, _said

from quotes.group.one_story import _same_words
from quotes.group.speakers import link_speakers

SAID = "Les examens pratiqués après l'intervention ont montré une tumeur bénigne"


ROWS = [
    # must link: a sovereign title and a first name, her full name in the other outlet; the
    # outlets open the statement at different words (« Toutefois, les examens… », « des examens… »)
    ("a princess by her first name",
     [f"« Toutefois, les {SAID[4:]} », a déclaré la princesse Maud dans une vidéo. Elle s'est "
      "dite confiante.",
      f"« Des {SAID[4:]} », a expliqué Maud Ferrand dans une vidéo. Elle s'est dite confiante."],
     ("Maud", "Maud Ferrand"), "Maud Ferrand"),
    # ... a man, the cue before the quote, a past tense
    ("a prince by his first name, the cue first",
     [f"Le prince Anselme avait annoncé : « {SAID}. » Il a remercié les médecins.",
      f"Anselme Dervaux avait annoncé : « {SAID}. » Il a remercié les médecins."],
     ("Anselme", "Anselme Dervaux"), "Anselme Dervaux"),
    # ... the first name alone, a pronoun showing her gender
    ("a first name alone, her gender shown by a pronoun",
     [f"Maud a parlé lundi. « {SAID} », a-t-elle précisé.",
      f"Maud Ferrand a parlé lundi. « {SAID} », a-t-elle précisé."],
     ("Maud", "Maud Ferrand"), "Maud Ferrand"),
    # must not: two people of the batch bear the first name
    ("must not: two full names share the first name",
     [f"« {SAID} », a déclaré la princesse Maud dans une vidéo. Elle s'est dite confiante.",
      f"« {SAID} », a expliqué Maud Ferrand dans une vidéo. Elle s'est dite confiante. « Nous "
      "serons là », a ajouté sa cousine Maud Vasseur. Elle a souri."],
     ("Maud", "Maud Ferrand"), None),
    # ... the genders the records show differ
    ("must not: two genders",
     [f"« {SAID} », a déclaré Dominique, la patiente, dans une vidéo. Elle s'est dite confiante.",
      f"« {SAID} », a expliqué le chirurgien Dominique Ferrand. Il s'est dit confiant."],
     ("Dominique", "Dominique Ferrand"), None),
    # ... another story: a few words alike only
    ("must not: another story's words",
     ["« Je ne m'attendais pas à cela », a avoué la princesse Maud lors de sa visite à Lunel.",
      "« Je ne m'attendais pas à une telle victoire », a avoué Maud Ferrand après la finale."],
     ("Maud", "Maud Ferrand"), None),
]


@pytest.mark.parametrize(("case", "texts", "names", "linked"), ROWS, ids=[r[0] for r in ROWS])
def test_a_first_name_alone_is_the_batchs_full_name(nlp, case, texts, names, linked):
    quotes = _batch(nlp, texts)
    words = "montré" if "montré" in texts[0] else "attendais"
    a, b = _said(quotes, "a0", words), _said(quotes, "a1", words)
    assert (a.speaker.name, b.speaker.name) == names  # each article's own naming stays
    if linked:
        assert a.speaker.linked == b.speaker.linked == linked
    else:
        assert a.speaker.linked != b.speaker.linked


@pytest.mark.parametrize(("names", "genders", "expected"), [
    (["Maud", "Maud Ferrand"], {"Maud": "female", "Maud Ferrand": "female"}, "Maud Ferrand"),
    (["Maud", "Maud Ferrand"], {"Maud": "female", "Maud Ferrand": "male"}, "Maud"),
    # a gender unknown: the first name says no more than the text
    (["Maud", "Maud Ferrand"], {"Maud Ferrand": "female"}, "Maud"),
    (["Maud", "Maud Ferrand", "Maud Vasseur"],
     {"Maud": "female", "Maud Ferrand": "female", "Maud Vasseur": "female"}, "Maud"),
    # the first name of a compound first name is no one's first name alone
    (["Anne", "Marie-Anne Ferrand"], {"Anne": "female", "Marie-Anne Ferrand": "female"}, "Anne"),
])
def test_link_speakers_joins_a_first_name(names, genders, expected):
    linked = link_speakers(names, lambda form, full: True, genders)  # all of one story
    assert linked[names[0]] == expected


@pytest.mark.parametrize(("one", "other", "same"), [
    # one statement, the outlets opening it at different words: a word that says nothing
    ("des examens pratiqués après l'intervention ont montré une tumeur",
     "cependant les examens pratiqués après l'intervention ont montré une tumeur", True),
    # ... a word of content opens the shorter: another statement
    ("scanners pratiqués après l'intervention ont montré une tumeur",
     "les examens pratiqués après l'intervention ont montré une tumeur bénigne", False),
    # ... six words past the opening word: a slogan's length, no tie
    ("et nous ne lâcherons jamais rien", "mais nous ne lâcherons jamais rien", False),
])
def test_same_words_past_an_opening_word(one, other, same):
    assert _same_words(one.lower().split(), other.lower().split()) is same
