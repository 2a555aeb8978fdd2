"""A mixed quote's marks are the speaker's own words: an outlet that marks three of them
(« la lutte contre "le crime organisé" ») quotes what another outlet gives in full, and two
outlets that mark one word in two forms (« "totalement inacceptables" », « une "menace
purement inacceptable" ») quote one utterance. Neither joins what another person said, a
single word of content, or a statement and its negation. Sentences made up."""

from __future__ import annotations

import pytest

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker


def rec(qid: str, article: str, text: str, speaker: str | None = "Paul Marin",
        marks: tuple[str, ...] = ()) -> Quote:
    span = Span(0, len(text), text)
    who = (Speaker(speaker, None, None, "person", "explicit", confidence=0.93) if speaker
           else Speaker(None, None, None, "unknown", "unresolved"))
    fragments = tuple(Span(text.index(m), text.index(m) + len(m), m) for m in marks)
    return Quote(id=qid, article=ArticleRef(article, article),
                 type="mixed" if marks else "direct", span=span, sentence=span, cue=None,
                 speaker=who, fragments=fragments)


def together(a: Quote, b: Quote) -> bool:
    grouped, _ = group_quotes([a, b])
    return grouped[0].group_id == grouped[1].group_id is not None


LONG = ("Nous continuerons à mener la lutte contre la fraude fiscale, avec des moyens "
        "renforcés et des équipes nouvelles dans chaque région.")
SHOPS = ("Je défendrai les petits commerces partout où je pourrai le faire, car ce sont eux "
         "qui font vivre nos rues le soir.")

# (a mixed quote and its marks, the other quote, its speaker, whether they join)
MARKED_ON_THEIR_OWN = [
    # three marked words, two of content, word for word in the other outlet's quote
    (("sa volonté de poursuivre le combat contre la fraude fiscale", "la fraude fiscale"),
     LONG, None, True),
    (("il a promis de défendre les petits commerces du centre-ville", "les petits commerces"),
     SHOPS, "Paul Marin", True),
    # another person named with confidence says them
    (("sa volonté de poursuivre le combat contre la fraude fiscale", "la fraude fiscale"),
     LONG, "Anne Roy", False),
    # three marked words, one of content: what anyone says
    (("il a parlé de la colère des éleveurs du plateau", "de la colère"),
     "Il y a de la colère chez nos riverains depuis des mois, et nous devons y répondre "
     "avant l'été.", "Paul Marin", False),
    # two marked words: too few to place
    (("il assure qu'il n'y a pas de pollution durable", "pollution durable"),
     "Les mesures faites dans tout le quartier depuis lundi ne montrent aucune trace, sans "
     "pollution durable pour les habitants.", "Paul Marin", False),
]


@pytest.mark.parametrize(("mixed", "other", "speaker", "joins"), MARKED_ON_THEIR_OWN)
def test_marked_words_on_their_own(mixed, other, speaker, joins):
    text, mark = mixed
    assert together(rec("q1", "a1", text, None if speaker is None else "Paul Marin", (mark,)),
                     rec("q2", "a2", other, speaker or "Paul Marin")) is joins


# (one mixed quote and its marks, another and its marks, the second's speaker, joins)
MARKS_IN_OTHER_FORMS = [
    # one word marked in two forms, words of degree aside, the rest said by the first
    (("Les attaques contre la maire sont « absolument intolérables »",
      "absolument intolérables"),
     ("des « attaques vraiment intolérables »", "attaques vraiment intolérables"),
     "Paul Marin", True),
    (("Les retards répétés du chantier sont « parfaitement inadmissibles »",
      "parfaitement inadmissibles"),
     ("des « retards inadmissibles »", "retards inadmissibles"), "Paul Marin", True),
    # the second marks a word the first never says: another statement
    (("Les menaces reçues par les élus sont « totalement inacceptables »",
      "totalement inacceptables"),
     ("une « décision inacceptable »", "décision inacceptable"), "Paul Marin", False),
    # said by another person named with confidence
    (("Les attaques contre la maire sont « absolument intolérables »",
      "absolument intolérables"),
     ("des « attaques vraiment intolérables »", "attaques vraiment intolérables"),
     "Anne Roy", False),
    # a statement and its negation
    (("Ces hausses ne sont « pas acceptables »", "pas acceptables"),
     ("des « hausses acceptables »", "hausses acceptables"), "Paul Marin", False),
]


@pytest.mark.parametrize(("first", "second", "speaker", "joins"), MARKS_IN_OTHER_FORMS)
def test_marks_in_other_forms(first, second, speaker, joins):
    assert together(rec("q1", "a1", first[0], "Paul Marin", (first[1],)),
                    rec("q2", "a2", second[0], speaker, (second[1],))) is joins


def test_marks_in_one_article_are_no_second_outlet():
    """Two quotes of one article join no other way than their own: marks in other forms in
    one article are the article saying it again."""
    first = rec("q1", "a1", "Les retards répétés du chantier sont « parfaitement "
                "inadmissibles »", marks=("parfaitement inadmissibles",))
    second = rec("q2", "a1", "des « retards inadmissibles »", marks=("retards inadmissibles",))
    assert not together(first, second)
