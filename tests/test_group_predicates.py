"""A quote that opens on a subject pronoun and its verb is a fragment of another quote of its
speaker, in another article, that says the rest of it word for word (``short.predicate_pairs``):
the pronoun and the verb stand for what the other outlet names and says of it."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.group.marked import person_words
from quotes.group.short import predicate_pairs
from quotes.group.similarity import normalize
from quotes.model import ArticleRef, Quote, Span, Speaker
from quotes.settings import Settings


def rec(qid: str, article: str, text: str, speaker: str = "Observatoire des loyers",
        kind: str = "organization", start: int = 0) -> Quote:
    """An indirect quote of ``speaker`` in ``article``, named at its cue."""
    span = Span(start, start + len(text), text)
    return Quote(id=qid, article=ArticleRef(article, article), type="indirect", span=span,
                 sentence=span, cue=None,
                 speaker=Speaker(speaker, None, None, kind, "explicit", confidence=0.93),
                 evidence=("postposed", "cue-after"))


# (a quote opening on a pronoun, another outlet's quote, the other's speaker, one utterance)
PREDICATES = [
    # the rest, with its figure, said word for word by the same speaker: one
    ("elle est à 3,2 % sur un an",
     "La hausse des loyers a nettement ralenti en avril, à 3,2 % sur un an, après 4,6 % en mars",
     "Observatoire des loyers", True),
    # a rest of content words, with no figure: one
    ("elle restera fermée tout l'été",
     "La piscine municipale, où des fissures ont été découvertes, sera fermée tout l'été, "
     "pour des travaux", "Observatoire des loyers", True),
    # another figure: the rest is not said, two statements
    ("elle est à 3,2 % sur un an",
     "La hausse des loyers a nettement ralenti en avril, à 3,9 % sur un an, après 4,6 % en mars",
     "Observatoire des loyers", False),
    # the rest said by another body named with confidence: no one speaker
    ("elle est à 3,2 % sur un an",
     "La hausse des loyers a nettement ralenti en avril, à 3,2 % sur un an, après 4,6 % en mars",
     "Fédération des agences immobilières", False),
    # the other negates what the rest says: two statements
    ("elle est à 3,2 % sur un an",
     "Contrairement à ce qui a été écrit, la hausse n'est pas à 3,2 % sur un an mais bien plus "
     "forte dans les grandes villes",
     "Observatoire des loyers", False),
]


@pytest.mark.parametrize(("pronoun", "other", "speaker", "one"), PREDICATES)
def test_a_pronoun_quote_joins_the_quote_that_says_its_rest(pronoun, other, speaker, one):
    a, b = rec("q1", "a1", pronoun), rec("q2", "a2", other, speaker)
    grouped, _ = group_quotes([a, b], options=Settings(prefix_share=1.0))
    assert (grouped[0].group_id == grouped[1].group_id is not None) is one


# (a quote, another quote of its speaker in another article, a predicate pair)
RESTS = [
    ("elle est à 3,2 % sur un an", "les loyers sont à 3,2 % sur un an", True),
    ("c'est une réforme injuste et brutale", "Je le redis : une réforme injuste et brutale", True),
    # no pronoun opens it: « ce » is a determiner as often
    ("ce chiffre est à 3,2 % sur un an", "la hausse est à 3,2 % sur un an", False),
    ("la hausse est à 3,2 % sur un an", "Les loyers, eux, sont à 3,2 % sur un an", False),
    # a rest of small words says nothing of its own, however many
    ("elle est de ceux qui le font", "Nos bénévoles sont de ceux qui le font sans rien attendre",
     False),
    # a rest shorter than a fragment: too common to place
    ("il est de 12 %", "le loyer moyen est de 12 % plus cher", False),
    # the rest said in other words
    ("elle est à 3,2 % sur un an", "la hausse atteint 3,2 % en un an", False),
]


@pytest.mark.parametrize(("quote", "other", "pair"), RESTS)
def test_the_rest_after_a_pronoun_and_its_verb(quote, other, pair):
    texts = [[normalize(quote)], [normalize(other)]]
    found = predicate_pairs(texts, ["anne", "anne"], ["a1", "a2"],
                            min_words=Settings().min_fragment_words)
    assert (found == [(0, 1)]) is pair


def test_a_predicate_pair_needs_two_articles_and_one_speaker():
    texts = [[normalize("elle est à 3,2 % sur un an")],
             [normalize("la hausse est à 3,2 % sur un an")]]
    options = Settings()
    assert predicate_pairs(texts, ["anne", "anne"], ["a1", "a1"],
                           min_words=options.min_fragment_words) == []
    assert predicate_pairs(texts, ["anne", "paul"], ["a1", "a2"],
                           min_words=options.min_fragment_words) == []
    assert predicate_pairs(texts, [None, None], ["a1", "a2"],
                           min_words=options.min_fragment_words) == []


# (a quote opening on a pronoun and its verb, another of its speaker, a predicate pair): the
# names of persons the quote says are no content of the rest (``marked.person_words``)
@pytest.mark.parametrize(("quote", "other", "pair"), [
    # must not: the rest is a person's name and title alone, which many statements name
    ("elle soutient la députée Claire Moreau",
     "Nous avons voulu une transition calme, conduite par la députée Claire Moreau", False),
    ("il remercie le sénateur Paul Girard",
     "Ce soir, je salue le sénateur Paul Girard et tous les élus présents", False),
    # the name and words of its own: the rest is said
    ("elle veut voir Claire Moreau lui succéder à la mairie",
     "Je veux voir Claire Moreau lui succéder à la mairie dès l'an prochain", True),
])
def test_a_name_is_no_rest_of_its_own(quote, other, pair):
    texts = [[normalize(quote)], [normalize(other)]]
    named = [person_words(quote), person_words(other)]
    found = predicate_pairs(texts, ["anne", "anne"], ["a1", "a2"],
                            min_words=Settings().min_fragment_words, persons=named.__getitem__)
    assert (found == [(0, 1)]) is pair
