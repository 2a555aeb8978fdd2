"""A fragment is the quoted words: a short one (three content words or fewer) found in another
quote by ``partial_ratio`` must say each of its words there, in some form
(``short.word_swapped``), and a part found whole in several quotes goes with the one that
shares most of its words (``scored_pairs.shared_words``)."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.group.short import around, word_swapped
from quotes.group.similarity import normalize
from quotes.model import ArticleRef, Quote, Span, Speaker
from quotes.settings import Settings


def rec(qid: str, article: str, text: str, start: int = 0, marks: tuple[str, ...] = (),
        speaker: str = "Claire Vidal") -> Quote:
    """A quote of ``speaker`` in ``article`` at ``start``, mixed when it has ``marks``."""
    span = Span(start, start + len(text), text)
    fragments = tuple(Span(start + text.index(m), start + text.index(m) + len(m), m)
                      for m in marks)
    return Quote(id=qid, article=ArticleRef(article, article),
                 type="mixed" if marks else "direct", span=span, sentence=span, cue=None,
                 speaker=Speaker(speaker, None, None, "person", "explicit", confidence=0.93),
                 evidence=("postposed", "cue-after"), fragments=fragments)


def _wordings(q: Quote) -> list[str]:
    return [normalize(q.span.text)] + [normalize(f.text) for f in q.fragments]


# (a mixed quote, its marks, another outlet's direct quote, one utterance)
FRAGMENTS = [
    # the participle of the marks swapped for another in the same frame: two statements
    ("la maire juge que sa ville « n'a pas été suffisamment consultée »",
     "n'a pas été suffisamment consultée",
     "La commune n'a pas été suffisamment écoutée par la région sur ce dossier", False),
    ("il a salué « nous avons été profondément choqués » au soir du vote",
     "nous avons été profondément choqués",
     "Nous avons été profondément touchés par ces messages de soutien", False),
    ("le maire a parlé d'« un choix vraiment très courageux »",
     "un choix vraiment très courageux",
     "C'était un choix vraiment très coûteux pour la ville", False),
    # another verb that differs in its first letters only (« vendre », « rendre »): two
    ("la famille explique « ils veulent vendre la maison »", "ils veulent vendre la maison",
     "Ils veulent rendre la maison à la commune avant l'hiver", False),
    ("la rectrice estime qu'« il faut fermer les classes »", "il faut fermer les classes",
     "Il faut former les classes au numérique dès la rentrée", False),
    # the same verb in another person (« jouez », « jouer »): one
    ("l'entraîneur a lancé « jouez collectif ce soir »", "jouez collectif ce soir",
     "Il faut jouer collectif ce soir face à Lyon", True),
    # the same words in another form (an agreement): one
    ("elle évoque « une décision mûrement réfléchie »", "une décision mûrement réfléchie",
     "C'est une décision mûrement réfléchi avec mon équipe", True),
    # marks that leave out words of the passage they quote: the words left next to it say them
    ("elle dénonce « son mépris et son manque de respect »",
     "son mépris et son manque de respect",
     "Le club a trahi ses supporters par son mépris, par son silence et son manque de respect",
     True),
    # a long fragment may lose a word to the outlet's rewording and stay one
    ("elle a annoncé qu'« une minute de silence sera observée au moment du départ de la "
     "course »", "une minute de silence sera observée au moment du départ de la course",
     "Une minute de silence sera observée lors du départ de la course dimanche à Rennes", True),
]


@pytest.mark.parametrize(("mixed", "marks", "direct", "one"), FRAGMENTS)
def test_a_short_fragment_says_its_words(mixed, marks, direct, one):
    a, b = rec("q1", "a1", mixed, marks=(marks,)), rec("q2", "a2", direct)
    assert word_swapped(_wordings(a), _wordings(b), Settings()) is not one
    # every trigram probes: two quotes alone share only their commonest ones
    grouped, _ = group_quotes([a, b], options=Settings(prefix_share=1.0))
    assert (grouped[0].group_id == grouped[1].group_id is not None) is one


def test_a_part_found_whole_twice_goes_where_more_words_are_shared():
    # one article gives two passages that both end on the marked words; the mixed quote of
    # another outlet reports the one that also says « parents »
    first = rec("q1", "a1", "Défendre nos écoles, encore et encore", 0)
    second = rec("q2", "a1", "J'appelle tous nos parents à défendre nos écoles devant le rectorat",
                 200)
    mixed = rec("q3", "a2", "elle a appelé les « parents » à « défendre nos écoles »", 0,
                marks=("parents", "défendre nos écoles"))
    grouped, _ = group_quotes([first, second, mixed])
    assert grouped[2].group_id is not None
    assert grouped[2].group_id == grouped[1].group_id != grouped[0].group_id


@pytest.mark.parametrize(("start", "end", "reach", "words"), [
    # more words asked before than there are: all of them, none lost to a negative slice
    (22, 25, 5, "un deux trois quatre cinq six sept huit neuf dix"),
    (22, 25, 6, "un deux trois quatre cinq six sept huit neuf dix"),
    (22, 25, 2, "trois quatre cinq six sept"),
    (0, 2, 1, "un deux"),
])
def test_the_words_around_a_passage_near_the_start(start, end, reach, words):
    text = "un deux trois quatre cinq six sept huit neuf dix"
    assert around(text, start, end, reach) == words.split()
