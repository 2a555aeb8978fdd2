"""The names of persons a quote says carry no paraphrase alone (``marked.person_words``):
two statements of one speaker about one person both name that person."""

from dataclasses import replace

import pytest
from conftest import whole_article_quote

from quotes.group.grouping import group_quotes
from quotes.group.marked import person_words
from quotes.group.paraphrase import paraphrase_pairs
from quotes.group.similarity import normalize
from quotes.model import Quote
from quotes.settings import Settings


def said(qid: str, article: str, text: str, kind: str = "direct") -> Quote:
    """A quote of Sylvie Brun (a woman), the whole text of its article."""
    return whole_article_quote(qid, article, text, kind, "Sylvie Brun", "f")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("il veut voir la députée Claire Moreau lui succéder",
         {"deputee", "claire", "moreau"}),  # the title just before the name goes with it
        ("Marc Le Gall et Hélène Roy-Martin sont venus", {"marc", "le", "gall", "helene", "roy",
                                                          "martin"}),
        ("J'ai parlé à Louis. Demain, tout ira mieux", set()),  # a first name alone: no surname
        ("Claire a tout dit. Ensuite, nous verrons", set()),  # a sentence's end stops a name
        ("nous irons à Florence en mai", set()),  # no first name then a surname
    ],
)
def test_person_words(text, words):
    assert person_words(text) == words


# two statements of one speaker about one person: the reported one backs her, the direct one
# thanks her for a calm transition
_WANTS = "elle soutient la députée Claire Moreau"
_THANKS = ("Nous avons voulu une transition calme, conduite par la députée Claire Moreau, "
           "une amie fidèle")
# a rendering of what she said of that person: words of its own besides the name
_WILL = "elle veut voir Claire Moreau lui succéder"
_SAYS = "Mon souhait, c'est que Claire Moreau puisse me succéder et continuer notre travail"


@pytest.mark.parametrize(
    ("reported", "direct", "one"),
    [
        (_WANTS, _THANKS, False),  # the name and its title only: two statements
        (_WILL, _SAYS, True),  # « succéder » and the name: one statement
    ],
)
def test_a_name_carries_no_paraphrase_alone(reported, direct, one):
    quotes, groups = group_quotes([said("q1", "a1", reported, "indirect"),
                                   said("q2", "a2", direct)])
    assert all(q.speaker.name == "Sylvie Brun" and q.speaker.gender == "f"
               and q.speaker.role == "maire" for q in quotes)
    assert (quotes[0].group_id == quotes[1].group_id is not None) == one
    if one:
        (g,) = groups
        assert {a.quote_id: a.relation for a in g.appearances}["q1"] == "paraphrase"


def test_the_names_alone_would_score_a_paraphrase():
    """Without the names set aside, the two statements about one person score as one: the
    rule, not the score, keeps them apart."""
    texts = [normalize(_WANTS), normalize(_THANKS)]
    args = (texts, ["sylvie brun"] * 2, ["a1", "a2"], [0, 1], Settings())
    assert [(a, b) for a, b, _ in paraphrase_pairs(*args, reported=[True, False])] == [(0, 1)]
    persons = [person_words(_WANTS), person_words(_THANKS)]
    assert paraphrase_pairs(*args, reported=[True, False], persons=persons.__getitem__) == []


def test_a_third_statement_does_not_join_on_the_name():
    """A batch with a third statement of the speaker: the name still tells nothing alone."""
    quotes, _ = group_quotes([said("q1", "a1", _WANTS, "indirect"), said("q2", "a2", _THANKS),
                              replace(said("q3", "a3", "elle ne sera pas candidate en 2030"),
                                      type="indirect")])
    assert quotes[0].group_id is None or quotes[0].group_id != quotes[1].group_id
