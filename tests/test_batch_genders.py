"""The gender a batch gives a speaker whose article shows none: the gender the batch shows of
the full name, else its first name's (``batch_genders.first_name_genders``)."""

from dataclasses import replace

import pytest
from test_batch import on, said, story

from quotes.attribute.batch import link_batch
from quotes.attribute.batch_names import joined_names
from quotes.model import Named


def described(qid, article, role):
    """A quote of a description (« le président du comité ») in ``article``."""
    return said(qid, article, None, role)


def bare(qid, article, surname):
    """A quote of a person ``article`` names by ``surname`` alone."""
    return said(qid, article, surname, None)


def shown(q, gender):
    """``q`` with the gender its text shows of its speaker (« M. », « s'est qualifié »)."""
    return replace(q, speaker=replace(q.speaker, gender=gender))


# (quotes, people each article names, the quote read, its gender, the evidence it gains): a
# description another article names, or a surname alone that a person its story quotes ends
# (a pair's member too), takes the gender the batch shows of that full name, else its first
# name's; never from two people of the surname, one the batch only names (a missing girl's
# surname is her father's too), another story (the same surname twenty months on), two
# genders shown, a first name of either sex, a word that may be a given name alone, a group's
# names, nor a name the article gave itself
FIRST_NAMED = [
    ([said("q-1", "a1", "Marc Ollier", "commissaire européen"),
      described("q-2", "a2", "commissaire européen")], story("a1", "a2"), 1, "male",
     ("batch-first-name:a1",)),
    ([said("q-1", "a1", "Claire Ollier", "commissaire européenne"),
      described("q-2", "a2", "commissaire européenne")], story("a1", "a2"), 1, "female",
     ("batch-first-name:a1",)),
    ([said("q-1", "a1", "A. Ollier", "commissaire européen"),
      described("q-2", "a2", "commissaire européen")], story("a1", "a2"), 1, None, ()),
    ([said("q-1", "a1", "Marc Delorme", None), bare("q-2", "a2", "Delorme")], {}, 1, "male",
     ("batch-first-name:a1",)),
    ([said("q-1", "a1", "Randall Rivet", None), bare("q-2", "a2", "Rivet")], {}, 1, "male",
     ("batch-first-name:a1", "gender-name-model")),
    ([said("q-1", "a1", "Léa Blanc et Marc Delorme", None), bare("q-2", "a2", "Delorme")],
     story("a1", "a2"), 1, "male", ("batch-first-name:a1",)),
    # a pair's member: the people list's gender read from the pair's words is none of his
    ([said("q-1", "a1", "Léa Blanc et Marc Delorme", None), bare("q-2", "a2", "Delorme")],
     {"a1": [Named("Anne Roy"), Named("Marc Delorme", gender="female")],
      "a2": [Named("Anne Roy")]}, 1, "male", ("batch-first-name:a1",)),
    ([said("q-1", "a1", "Marc Delorme", None), said("q-2", "a3", "Julie Delorme", None),
      bare("q-3", "a2", "Delorme")], {}, 2, None, ()),
    # the missing girl: named, never quoted; the one the batch quotes takes her gender
    ([bare("q-1", "a2", "Rousseau")], {"a1": [Named("Léa Rousseau")]}, 0, None, ()),
    ([said("q-1", "a1", "Marc Roy", None), bare("q-2", "a2", "Rousseau")],
     {"a1": [Named("Léa Rousseau")]}, 1, None, ()),
    ([said("q-1", "a1", "Léa Rousseau", None), bare("q-2", "a2", "Rousseau")], {}, 1,
     "female", ("batch-first-name:a1",)),
    # a hospital's director, and a football coach of the surname twenty months on
    ([on(said("q-1", "a1", "Isabelle Guillot", "directrice de l'hôpital"), "2023-01-10"),
      on(bare("q-2", "a2", "Guillot"), "2024-09-30")], {}, 1, None, ()),
    ([on(said("q-1", "a1", "Isabelle Guillot", "directrice de l'hôpital"), "2023-01-10"),
      on(bare("q-2", "a2", "Guillot"), "2023-01-12")], {}, 1, "female",
     ("batch-first-name:a1",)),
    # « M. Kelly Brunet », « Kelly Brunet s'est qualifié »: the text's gender, not the first
    # name's; two genders shown, none
    ([shown(said("q-1", "a1", "Kelly Brunet", "surfeur"), "male"),
      bare("q-2", "a2", "Brunet")], {}, 1, "male", ("batch-gender:a1",)),
    ([said("q-1", "a1", "Kelly Brunet", "surfeur"), bare("q-2", "a2", "Brunet")],
     {"a1": [Named("Kelly Brunet", gender="male")]}, 1, "male", ("batch-gender:a1",)),
    ([shown(said("q-1", "a1", "Kelly Brunet", "surfeur"), "male"),
      bare("q-2", "a2", "Brunet")], {"a3": [Named("Kelly Brunet", gender="female")]}, 1, None,
     ()),
    ([said("q-1", "a1", "Kelly Brunet", "surfeur"), bare("q-2", "a2", "Brunet")], {}, 1,
     "female", ("batch-first-name:a1",)),
    ([said("q-1", "a1", "Camille Ollier", None), bare("q-2", "a2", "Ollier")], {}, 1, None, ()),
    ([said("q-1", "a1", "Anne Martin", None), bare("q-2", "a2", "Martin")], {}, 1, None, ()),
    ([said("q-1", "a1", "Marc Ollier", None)], {}, 0, None, ()),
    ([said("q-1", "a1", "Marc et Claire Ollier", "commissaires européens"),
      described("q-2", "a2", "commissaires européens")], story("a1", "a2"), 1, None, ()),
]


@pytest.mark.parametrize(("quotes", "named", "read", "gender", "gained"), FIRST_NAMED)
def test_a_speaker_takes_the_gender_of_the_full_name_the_batch_gives(quotes, named, read,
                                                                        gender, gained):
    before, q = quotes[read], link_batch(quotes, named)[read]
    assert q.speaker.gender == gender
    new = tuple(e for e in q.evidence if e not in before.evidence)
    assert tuple(e for e in new if e.startswith(("batch-first", "batch-gender", "gender-"))) \
        == gained


def test_a_gender_the_text_shows_is_kept():
    here = shown(bare("q-2", "a2", "Delorme"), "female")
    out = link_batch([said("q-1", "a1", "Marc Delorme", None), here], {})
    assert out[1].speaker.gender == "female"


@pytest.mark.parametrize(("name", "names"), [
    ("Paul Morel, Anne Roy et Léa Blanc", ["Paul Morel", "Anne Roy", "Léa Blanc"]),
    ("Marc et Claire Ollier", ["Marc", "Claire Ollier"]),
    ("Jean-Etienne Morel", ["Jean-Etienne Morel"]),
])
def test_the_names_a_group_joins(name, names):
    assert joined_names(name) == names
