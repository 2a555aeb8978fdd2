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


def _at(quote: Quote, start: int) -> Quote:
    """``quote`` placed at ``start`` in its article (another passage of it)."""
    from dataclasses import replace

    span = Span(start, start + len(quote.span.text), quote.span.text)
    return replace(quote, span=span, sentence=span)


# the second statement first: an article that gives them as two passages, in this order
CLEAR = "Il faut de la clarté pour nos électeurs, donc je maintiens ma démission ce soir."
GLAD = ("Je quitte cette maison avec regret. J'ai pris beaucoup de plaisir à diriger ces "
        "équipes pendant quatre ans.")
BOTH = ("avoir « pris beaucoup de plaisir à diriger ces équipes », tout en voulant « de la "
        "clarté pour nos électeurs, donc je maintiens ma démission ce soir »")


# the same record, its first mark two words of the first statement only (« "avec regret" »)
BOTH_SHORT = ("partir « avec regret », tout en voulant « de la clarté pour nos électeurs, donc je "
              "maintiens ma démission ce soir »")


@pytest.mark.parametrize(("apart", "text", "glad_mark", "joins_glad"), [
    # another outlet gives the first statement alone: the marks of the mixed quote place it
    (False, BOTH, "pris beaucoup de plaisir à diriger ces équipes", True),
    # an article gives both statements as two passages, and the mixed quote holds words of
    # each in a stretch of marks of its own: a record that holds two passages merges their
    # groups (the guidelines), whatever order the outlet's words set the stretches in
    (True, BOTH, "pris beaucoup de plaisir à diriger ces équipes", True),
    # must not fire: its marks of the first statement are two words, too few to place that
    # passage (« "avec regret" »): the record joins the second statement only, and the two
    # statements the article gives apart stay apart
    (True, BOTH_SHORT, "avec regret", False),
])
def test_marks_of_two_statements_an_article_gives_apart(apart, text, glad_mark, joins_glad):
    mixed = rec("q1", "a1", text, marks=(
        glad_mark, "de la clarté pour nos électeurs, donc je maintiens ma démission ce soir"))
    quotes = [mixed, rec("q3", "a3", CLEAR)]
    if apart:
        quotes += [rec("q2", "a2", CLEAR), _at(rec("q4", "a2", GLAD), 300)]
    else:
        quotes += [rec("q4", "a2", GLAD)]
    grouped, _ = group_quotes(quotes)
    group = {q.id: q.group_id for q in grouped}
    assert (group["q1"] == group["q4"]) is joins_glad
    if apart:  # the second statement is still one utterance of the three outlets
        assert group["q1"] == group["q2"] == group["q3"] is not None
        assert (group["q4"] == group["q2"]) is joins_glad


STORY = "Si le groupe vend toujours plus qu'il n'achète hors d'Europe, "

# (one mixed quote's marked words, another's, whether they join): both tell the story in the
# wire's words, around marks of their own; they share a run of words (the story), no wording
TOLD_AROUND_MARKS = [
    # each marks words the other never says: two statements, the story's words in common
    ("« nos usines tournent à moitié vides depuis deux ans »",
     "« la concurrence des autres marques est devenue déloyale »", False),
    ("« nos usines tournent à moitié vides depuis deux ans »",
     "« il faudra fermer plusieurs sites en France avant la fin de l'année »", False),
    # the second marks words the first says: one statement, marked in two ways
    ("« nos usines tournent à moitié vides depuis deux ans »",
     "nos usines « tournent à moitié vides »", True),
]


@pytest.mark.parametrize(("first", "second", "joins"), TOLD_AROUND_MARKS)
def test_mixed_quotes_sharing_only_the_story_are_two_statements(first, second, joins):
    def mixed(qid: str, article: str, said: str) -> Quote:
        text = STORY + said
        mark = said[said.index("«") + 2:said.index("»") - 1]
        return rec(qid, article, text, marks=(mark,))

    assert together(mixed("q1", "a1", first), mixed("q2", "a2", second)) is joins


@pytest.mark.parametrize(("a", "b", "apart"), [
    (["si le groupe vend plus nos usines tournent a moitie vides", "nos usines tournent a "
      "moitie vides"], ["si le groupe vend plus la concurrence est deloyale",
                        "la concurrence est deloyale"], True),
    # one of them marks a word the other says
    (["si le groupe vend plus nos usines sont vides", "nos usines sont vides"],
     ["si le groupe vend plus des usines vides et une concurrence deloyale",
      "une concurrence deloyale"], False),
    # one of them marks nothing: its words are a rendering of the other's, or not
    (["si le groupe vend plus nos usines tournent a moitie vides", "nos usines tournent a "
      "moitie vides"], ["si le groupe vend plus la concurrence est deloyale"], False),
])
def test_marks_apart(a, b, apart):
    from quotes.group.marked import marks_apart

    assert marks_apart(a, b) is apart
    assert marks_apart(b, a) is apart


def test_statements_told_around_marks_stay_two_when_an_article_gives_both():
    """Two outlets tell the story in one clause, each around the marks of another statement,
    and each gives the other statement apart: neither mixed quote renders the other."""
    story = ("Si le groupe vend toujours bien plus de pneus qu'il n'en achète depuis l'Europe "
             "entière, ")
    hard = "Ce n'est plus tenable pour nos ouvriers comme pour nos clients"
    full = "on a une concurrence féroce, des surcapacités massives dans toute l'Asie"
    quotes = [rec("q1", "a1", hard), _at(rec("q2", "a1", story + f"« {full} »",
                                             marks=(full,)), 300),
              rec("q3", "a2", story + f"« {hard.lower()} »", marks=(hard.lower(),)),
              _at(rec("q4", "a2", full.capitalize()), 300)]
    grouped, _ = group_quotes(quotes)
    group = {q.id: q.group_id for q in grouped}
    assert group["q1"] == group["q3"] is not None
    assert group["q2"] == group["q4"] is not None
    assert group["q1"] != group["q2"]


# (a mixed quote, its marks, another outlet's quote in marks, whether they join): a quote in
# marks is all the speaker's words; one that says fewer than half of the mixed quote's marked
# words shares with it only the outlet's words around them (a day, a place, a visit)
MARKS_UNSAID = [
    ("des « propos honteux » jeudi 14 mars à Lorient", "propos honteux",
     "Le consul a été reçu jeudi 14 mars à Lorient par le préfet", False),
    ("ses « propos honteux » tenus jeudi 14 mars à Lorient", "propos honteux",
     "Sur décision du maire, le consul a été reçu jeudi 14 mars à Lorient", False),
    # it says one of three marked words and shares with it only a run of the outlet's words,
    # word for word: it would give the marks too, were it the passage they quote
    ("avoir convoqué le consul de Norvège pour lui remettre « une lettre de protestation "
     "officielle »", "une lettre de protestation officielle",
     "Nous avons convoqué le consul de Norvège, puis réuni les maires du littoral et les "
     "pêcheurs inquiets de la protestation", False),
    # the quote in marks says the marked words, or most of them: one statement
    ("il dénonce des « propos honteux » jeudi 14 mars à Lorient", "propos honteux",
     "Ce sont des propos honteux, je le redirai jeudi 14 mars à Lorient", True),
    ("avoir convoqué le consul de Norvège pour lui remettre « une lettre de protestation "
     "officielle »", "une lettre de protestation officielle",
     "Nous avons convoqué le consul de Norvège, puis réuni les maires du littoral et les "
     "pêcheurs inquiets de la lettre officielle", True),
]


@pytest.mark.parametrize(("mixed", "marks", "direct", "joins"), MARKS_UNSAID)
def test_a_quote_in_marks_that_says_none_of_the_marks_is_another_statement(
        mixed, marks, direct, joins):
    from quotes.group.marked import marks_apart
    from quotes.group.similarity import normalize

    a, b = rec("q1", "a1", mixed, marks=(marks,)), rec("q2", "a2", direct)
    assert together(a, b) is joins
    wordings = [normalize(mixed), normalize(marks)], [normalize(direct)]
    # word for word on a run: half the marked words or more; else one of them
    assert marks_apart(*wordings, (False, True), run=True) is not joins
    assert marks_apart(*reversed(wordings), (True, False), run=True) is not joins
    assert not marks_apart(*wordings)  # a reported quote is the outlet's words: it tells nothing


@pytest.mark.parametrize(("said", "run", "apart"), [
    ("nous avons dit notre protestation au consul", False, False),  # one marked word of three
    ("nous avons dit notre protestation au consul", True, True),  # … on a run: too few
    ("nous lui avons remis une lettre officielle", True, False),  # two of three
    ("nous avons recu le consul", False, True),  # none
])
def test_marks_a_quote_in_marks_says(said, run, apart):
    from quotes.group.marked import marks_apart

    mixed = ["avoir recu le consul pour une lettre de protestation officielle",
             "une lettre de protestation officielle"]
    assert marks_apart(mixed, [said], (False, True), run=run) is apart
    # marks with no content word tell nothing
    assert not marks_apart(["il a dit que pour nous", "pour nous"], [said], (False, True), run=run)


# one word (or a common pair) a speaker marks in one article, said by them in other articles
# of one story about other things (review of round 62, W1–W5 and W7): the words alone are no
# evidence of one utterance. Each row: the speaker's quotes (article, text, marks), the pairs
# of them that must not group, and those that must (the paraphrase that places them).
ONE_WORD_OF_TWO_THINGS = [
    ("W1 « inacceptable »: the blockade and the injured police officers",
     [("a0", "une situation « inacceptable » sur la rocade de Brelanges, bloquée depuis lundi "
       "par les grévistes", ("inacceptable",)),
      ("a1", "Le blocage de la rocade est inacceptable", ()),
      ("a2", "Il est inacceptable que des policiers soient blessés par des jets de pierres", ())],
     [(0, 2), (1, 2)], []),
    ("W2 « honte »: the closure and the police charge",
     [("a0", "une « honte » après l'annonce de la fermeture de l'usine Tarvel, qui emploie 300 "
       "salariés", ("honte",)),
      ("a1", "C'est une honte que la police ait chargé les grévistes devant les grilles", ()),
      ("a2", "La fermeture de l'usine Tarvel est un choc pour toute la vallée", ())],
     [(0, 1), (1, 2)], [(0, 2)]),
    ("W3 « mépris »: the management's and the government's",
     [("a0", "le « mépris » de la direction de Tarvel, qui a annoncé la fermeture du site de "
       "Brelanges", ("mépris",)),
      ("a1", "Le gouvernement montre son mépris des régions rurales depuis dix ans", ())],
     [(0, 1)], []),
    ("W4 « colère »: the shopkeepers' and the parents'",
     [("a0", "la « colère » des commerçants après la fermeture du pont de Brelanges",
       ("colère",)),
      ("a1", "Je comprends la colère des parents d'élèves privés de cantine", ())],
     [(0, 1)], []),
    ("W5 « scandale »: the hospital, not the match the same article gives first",
     [("a0", "un « scandale » après la révélation des surfacturations à l'hôpital de "
       "Brelanges", ("scandale",)),
      ("a1", "C'est un scandale, ce match de dimanche a été arbitré n'importe comment", ()),
      ("a1", "Les surfacturations de l'hôpital sont un scandale pour les patients", ())],
     [(0, 1), (1, 2)], [(0, 2)]),
    ("W7 « faute grave »: the hospital's management and the late rescue",
     [("a0", "une « faute grave » de la direction de l'hôpital de Brelanges dans la gestion des "
       "surfacturations", ("faute grave",)),
      ("a1", "Le retard des secours lors de l'incendie est une faute grave", ())],
     [(0, 1)], []),
]


@pytest.mark.parametrize(("case", "said", "apart", "joined"), ONE_WORD_OF_TWO_THINGS,
                         ids=[r[0] for r in ONE_WORD_OF_TWO_THINGS])
def test_one_marked_word_of_two_things_joins_neither(case, said, apart, joined):
    quotes = [_at(rec(f"q{n}", article, text, "Luc Harmel", marks), 100 * n)
              for n, (article, text, marks) in enumerate(said)]
    grouped, _ = group_quotes(quotes)
    assert [q.id for q in grouped] == [q.id for q in quotes]  # every record is there
    group = [q.group_id for q in grouped]
    for a, b in apart:
        assert group[a] is None or group[a] != group[b], (a, b)
    for a, b in joined:
        assert group[a] == group[b] is not None, (a, b)
