"""The gender a batch gives a speaker whose article shows none: the first name another article
gives them (``batch_genders.first_name_genders``)."""

from dataclasses import replace

import pytest
from test_batch import said, story

from quotes.attribute.batch import link_batch
from quotes.model import Named


def described(qid, article, role):
    """A quote of a description (« le président du comité ») in ``article``."""
    return said(qid, article, None, role)


def bare(qid, article, surname):
    """A quote of a person ``article`` names by ``surname`` alone."""
    return said(qid, article, surname, None)


# (quotes, people each article names, the quote read, its gender, told by the name model):
# a description another article names, or a surname alone another article gives in full,
# takes the first name's gender; never from two people of the surname, a first name of
# either sex, a word that may be a given name alone, a group's names, nor a name the article
# gave itself
FIRST_NAMED = [
    ([said("q-1", "a1", "Marc Ollier", "commissaire européen"),
      described("q-2", "a2", "commissaire européen")], story("a1", "a2"), 1, "male", False),
    ([said("q-1", "a1", "Claire Ollier", "commissaire européenne"),
      described("q-2", "a2", "commissaire européenne")], story("a1", "a2"), 1, "female", False),
    ([bare("q-1", "a2", "Delorme")], {"a1": [Named("Marc Delorme")]}, 0, "male", False),
    ([bare("q-1", "a2", "Rivet")], {"a1": [Named("Randall Rivet")]}, 0, "male", True),
    ([bare("q-1", "a2", "Delorme")],
     {"a1": [Named("Marc Delorme")], "a3": [Named("Julie Delorme")]}, 0, None, False),
    ([bare("q-1", "a2", "Ollier")], {"a1": [Named("Camille Ollier")]}, 0, None, False),
    ([bare("q-1", "a2", "Martin")], {"a1": [Named("Anne Martin")]}, 0, None, False),
    ([said("q-1", "a1", "Marc Ollier", None)], {}, 0, None, False),
    ([said("q-1", "a1", "Marc et Claire Ollier", "commissaires européens"),
      described("q-2", "a2", "commissaires européens")], story("a1", "a2"), 1, None, False),
]


@pytest.mark.parametrize(("quotes", "named", "read", "gender", "guessed"), FIRST_NAMED)
def test_a_speaker_takes_the_first_name_the_batch_gives(quotes, named, read, gender, guessed):
    q = link_batch(quotes, named)[read]
    assert q.speaker.gender == gender
    assert ("gender-name-model" in q.evidence) is guessed


def test_a_gender_the_text_shows_is_kept():
    shown = bare("q-1", "a2", "Delorme")
    shown = replace(shown, speaker=replace(shown.speaker, gender="female"))
    out = link_batch([shown], {"a1": [Named("Marc Delorme")]})
    assert out[0].speaker.gender == "female"
