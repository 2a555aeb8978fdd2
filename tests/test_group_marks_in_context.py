"""A mixed quote's few marked words, all said by the speaker's own words in another article,
join that quote when the outlet's words around the marks name what it is about
(``group.marks_in_context``); a word alone, a name alone, words of the outlet's or of another
person join nothing. Sentences made up."""

from __future__ import annotations

import pytest

from quotes.group.grouping import group_quotes
from quotes.group.marks_in_context import marks_in_context_pairs
from quotes.group.quote_texts import quote_texts
from quotes.model import ArticleRef, Quote, Span, Speaker


def rec(qid: str, article: str, text: str, speaker: str = "Paul Marin",
        marks: tuple[str, ...] = (), kind: str | None = None) -> Quote:
    span = Span(0, len(text), text)
    who = Speaker(speaker, None, None, "person", "explicit", confidence=0.93)
    fragments = tuple(Span(text.index(m), text.index(m) + len(m), m) for m in marks)
    return Quote(id=qid, article=ArticleRef(article, article),
                 type=kind or ("mixed" if marks else "direct"), span=span, sentence=span,
                 cue=None, speaker=who, fragments=fragments)


def together(a: Quote, b: Quote) -> bool:
    grouped, _ = group_quotes([a, b])
    return grouped[0].group_id == grouped[1].group_id is not None


# (the mixed quote and its marks, the other quote: text, marks, type; its speaker; joins)
MARKS_IN_CONTEXT = [
    # one adjective marked; the outlet's « discours » is what the other quote speaks of
    (("Elle a jugé le discours « injuste »", ("injuste",)),
     ("Ce discours était injuste et je le maintiens devant le conseil", (), None),
     "Paul Marin", True),
    # a negated verb marked, the other says it in a longer sentence
    (("Cette décision « ne change rien » pour les riverains", ("ne change rien",)),
     ("Je le redis : la décision ne change rien, et les riverains garderont leur accès",
      (), None), "Paul Marin", True),
    # a participle, the marks of a mixed quote as the other's own words
    (("Il a salué une victoire « méritée »", ("méritée",)),
     ("Pour lui, c'est « une victoire méritée, arrachée ce soir »",
      ("une victoire méritée, arrachée ce soir",), "mixed"), "Paul Marin", True),
    # the noun the mark is said of only in the outlet's words of the other, not in its marks
    (("le club a « gagné » trois points précieux samedi", ("gagné",)),
     ("Nous avons « gagné ce soir » et ces points comptent", ("gagné ce soir",), "mixed"),
     "Paul Marin", False),
    # an adverb marked; the other outlet marks it inside a longer mark
    (("la cérémonie s'est déroulée « sereinement » à Vernac", ("sereinement",)),
     ("la cérémonie de dimanche s'est tenue « sereinement et dans le recueillement »",
      ("sereinement et dans le recueillement",), "mixed"), "Paul Marin", True),
    # two marks, both said, in another order
    (("le projet est « coûteux » et « inutile » selon lui", ("coûteux", "inutile")),
     ("Inutile et coûteux : voilà ce qu'est ce projet de rocade", (), None),
     "Paul Marin", True),
    # near misses. The word alone: the outlet's words around it name another thing
    (("le « mépris » de la direction après la fermeture du site", ("mépris",)),
     ("Le gouvernement montre son mépris des régions rurales depuis dix ans", (), None),
     "Paul Marin", False),
    # one of the two marks is not said
    (("une « faute » et un « mensonge » sur le budget", ("faute", "mensonge")),
     ("Ce budget est une faute que nous paierons pendant dix ans", (), None),
     "Paul Marin", False),
    # another person named with confidence says the words
    (("Elle a jugé le discours « injuste »", ("injuste",)),
     ("Ce discours était injuste et je le maintiens devant le conseil", (), None),
     "Anne Roy", False),
    # an indirect quote is the outlet's words, not the speaker's
    (("Elle a jugé le discours « injuste »", ("injuste",)),
     ("il a estimé que ce discours était injuste pour les agents", (), "indirect"),
     "Paul Marin", False),
    # the marks in the outlet's words of a mixed quote, not in its marks
    (("Elle a jugé le discours « injuste »", ("injuste",)),
     ("ce discours injuste l'a « profondément blessé »", ("profondément blessé",), "mixed"),
     "Paul Marin", False),
]


@pytest.mark.parametrize(("mixed", "other", "speaker", "joins"), MARKS_IN_CONTEXT)
def test_marks_in_context(mixed, other, speaker, joins):
    text, marks = mixed
    said, its_marks, kind = other
    assert together(rec("q1", "a1", text, "Paul Marin", marks),
                    rec("q2", "a2", said, speaker, its_marks, kind)) is joins


# (the mixed quote and its marks, the other quote, whether the rule pairs them): the
# outlet's words around the marks, names of people and places aside
AROUND_THE_MARKS = [
    (("le maire dénonce la « trahison » de la majorité", ("trahison",)),
     "Cette majorité a commis une trahison envers ses propres électeurs", True),
    # only a person's name around the mark, said by both: two statements about one person
    (("la « trahison » de Julien Morvan", ("trahison",)),
     "Julien Morvan a commis une trahison envers ses propres électeurs", False),
    (("la « trahison » de Julien Morvan", ("trahison",)),
     "Ce que Julien Morvan a fait est une trahison, une trahison de la majorité", False),
    # every mark must be said word for word: one of two is not (« très dangereux »)
    (("Il a dénoncé un budget « injuste » et « très dangereux »",
      ("injuste", "très dangereux")),
     "Ce budget est injuste, et dangereux aussi pour les familles de la commune", False),
    (("Il a dénoncé un budget « injuste » et « dangereux »", ("injuste", "dangereux")),
     "Ce budget est injuste et dangereux pour les familles de la commune", True),
    # the noun the mark qualifies, and its complement, not any word of the outlet's: another
    # reform (« pour les agriculteurs » / « du code du travail … pour les salariés »)
    (("Le député a dénoncé une réforme « brutale » pour les agriculteurs", ("brutale",)),
     "La réforme du code du travail est brutale pour les salariés", False),
    (("Le député a dénoncé une réforme « brutale » pour les agriculteurs", ("brutale",)),
     "Cette réforme est brutale pour les agriculteurs de la vallée", True),
    # a word of the outlet's sentence the marked verb is not said of (« crise du logement »)
    (("Le ministre a dit vouloir « agir vite » face à la crise du logement", ("agir vite",)),
     "Il faut agir vite sur les prisons, la crise est là", False),
    # the outlet's figure against another (« 12 % » / « 30 % »)
    (("La syndicaliste a évoqué une hausse « inacceptable » de 12 % des loyers",
      ("inacceptable",)), "Une hausse de 30 % des loyers est inacceptable", False),
    (("La syndicaliste a évoqué une hausse « inacceptable » de 12 % des loyers",
      ("inacceptable",)), "Une hausse de 12 % des loyers est inacceptable", True),
    # a place both name is the story, not the statement
    (("un « scandale » lors du conseil municipal de Vernac", ("scandale",)),
     "Ce qui se passe à Vernac est un scandale pour toutes les familles", False),
    (("Il a dénoncé un « scandale » lors du conseil municipal de Vernac", ("scandale",)),
     "Ce conseil municipal a été un scandale pour toutes les familles", True),
]


@pytest.mark.parametrize(("mixed", "other", "pairs"), AROUND_THE_MARKS)
def test_the_words_around_the_marks(mixed, other, pairs):
    a = rec("q1", "a1", mixed[0], marks=mixed[1])
    b = rec("q2", "a2", other)
    quotes = [a, b]
    found = marks_in_context_pairs([quote_texts(q) for q in quotes], ["paul marin"] * 2, quotes)
    assert found == ([(0, 1)] if pairs else [])


def test_marks_in_one_article_are_no_fragment_of_another_outlet():
    a = rec("q1", "a1", "Elle a jugé le discours « injuste »", marks=("injuste",))
    b = rec("q2", "a1", "Ce discours était injuste et je le maintiens devant le conseil")
    quotes = [a, b]
    texts = [quote_texts(q) for q in quotes]
    assert marks_in_context_pairs(texts, ["paul marin"] * 2, quotes) == []
    moved = rec("q2", "a2", b.span.text)
    assert marks_in_context_pairs(texts, ["paul marin"] * 2, [a, moved]) == [(0, 1)]


@pytest.mark.parametrize(("marks", "pairs"), [
    (("pour nous",), False),  # stop words alone: nothing of the speaker's own
    (("écrit pour nous",), True),
])
def test_marks_of_stop_words_alone_say_nothing(marks, pairs):
    a = rec("q1", "a1", "le discours a été écrit pour nous", marks=marks)
    b = rec("q2", "a2", "Ce discours a été écrit pour nous et pour nos enfants")
    quotes = [a, b]
    found = marks_in_context_pairs([quote_texts(q) for q in quotes], ["paul marin"] * 2, quotes)
    assert found == ([(0, 1)] if pairs else [])


def test_marks_are_a_fragment_of_one_quote_an_article_gives():
    """Two quotes of the other article say the mark and the noun: the closest only, so that
    the second statement (the defence budget) does not join through the mark."""
    a = rec("q1", "a1", "Le sénateur a jugé le budget « irresponsable »", marks=("irresponsable",))
    b = rec("q2", "a2", "Ce budget est irresponsable")
    c = rec("q3", "a2", "Le budget de la défense, lui, est irresponsable aussi mais pour "
                        "d'autres raisons")
    quotes = [a, b, c]
    found = marks_in_context_pairs([quote_texts(q) for q in quotes], ["paul marin"] * 3, quotes)
    assert found == [(0, 1)]
    grouped, _ = group_quotes(quotes)
    assert grouped[0].group_id == grouped[1].group_id is not None
    assert grouped[2].group_id != grouped[0].group_id
