"""Records of one article that cross (``quotes.group.crossed``): grouping reads the earlier up
to where the later opens, the words the later gives with a cue of its own."""

from dataclasses import replace

import pytest
from conftest import assert_groups, with_marks

from quotes.group.crossed import cut
from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker

FEAR = "une peur immense pour toute la famille"
FALLING = "sont sur le point de tomber"
# the mayor's two statements, given apart by one outlet
FEAR_LINE = f"J'ai eu {FEAR}, les meubles sont tombés dans la cuisine."
TOWERS_LINE = f"Les deux tours de l'église « {FALLING} » et la salle des fêtes est fermée"
# another outlet's record that runs on from the first statement into the second, which the same
# article gives again from its opening with a cue of its own (« Selon le maire, … »)
RUN_ON = f"assure avoir eu « {FEAR} », les deux tours de l'église « {FALLING} » et la salle"
TOWERS = f"les deux tours de l'église « {FALLING} » et la salle des fêtes est fermée"

AT_HOME = "ce qui se passait à Valbrune"
WORRIED = f"s'être inquiétée très tôt de « {AT_HOME} »"
WARNED = f"« {AT_HOME} », et avoir tenté d'alerter le maire"


def rec(qid: str, article: str, text: str, start: int, marks: tuple[str, ...] = (),
        speaker: str = "Lucien Ferrand") -> Quote:
    span = Span(start, start + len(text), text)
    who = Speaker(speaker, None, "maire", "person", "explicit", confidence=0.93)
    return with_marks(Quote(id=qid, article=ArticleRef(article, article), type="direct",
                            span=span, sentence=span, cue=None, speaker=who,
                            evidence=("postposed", "cue-after")), marks)


def _batch(run_on: str = RUN_ON, towers_at: int | None = None) -> list[Quote]:
    at = run_on.index("les deux tours") if towers_at is None else towers_at
    return [rec("q0", "a1", FEAR_LINE, 0), rec("q1", "a1", TOWERS_LINE, 400, (FALLING,)),
            rec("q2", "a2", run_on, 100, (FEAR, FALLING)),
            rec("q3", "a2", TOWERS, 100 + at, (FALLING,))]


def _past_end(q: Quote) -> Quote:
    """``q`` with one more fragment that opens in its last words and ends 20 characters after
    it: ``records.checked`` reads only ``end - start == len(text)``."""
    start = q.span.end - 5
    return replace(q, fragments=(*q.fragments, Span(start, start + 20, "x" * 20)))


@pytest.mark.parametrize(("quotes", "together", "apart"), [
    # the record that runs on joins the statement it opens with; the second statement joins
    # the record that gives it whole: two groups, as the first article gives them
    (_batch(), [(0, 2), (1, 3)], [(0, 1), (0, 3), (1, 2)]),
    # must not fire: no record of its article crosses it, and its two stretches of marks hold
    # one passage each of the first article (``passages._stretch_apart``): one statement
    (_batch()[:3], [(0, 1), (0, 2), (1, 2)], []),
    # a record cut before its marks (the next opens on the outlet's words ahead of them) is
    # read as the outlet's words it keeps: it joins neither statement, and nothing fails
    ([rec("q0", "a1", TOWERS_LINE, 0, (FALLING,)),
      rec("q1", "a2", f"il a dit que les deux tours de l'église « {FALLING} »", 0, (FALLING,)),
      rec("q2", "a2", TOWERS, len("il a dit que "), (FALLING,))],
     [(0, 2)], [(0, 1), (1, 2)]),
])
def test_a_record_that_runs_into_the_next_joins_its_own_statement(quotes, together, apart):
    assert_groups(group_quotes(quotes)[0], together, apart)


@pytest.mark.parametrize(("quotes", "expected"), [
    # a record another opens inside of and ends after: read up to where the other opens,
    # with the marks it holds there
    (_batch()[2:], {0: (f"assure avoir eu « {FEAR} »,", (FEAR,))}),
    # a fragment that runs past the end of its record (the record checks only its own
    # length): cut all the same, the fragment dropped with the others after the cut, no error
    ([_past_end(_batch()[2]), _batch()[3]], {0: (f"assure avoir eu « {FEAR} »,", (FEAR,))}),
    # must not fire: a record inside another (its marks given again), nor one opening where
    # the other does
    ([rec("q0", "a1", RUN_ON, 0, (FEAR, FALLING)), rec("q1", "a1", FEAR, RUN_ON.index(FEAR))],
     {}),
    ([rec("q0", "a1", RUN_ON, 0, (FEAR, FALLING)), rec("q1", "a1", TOWERS, 0)], {}),
    # must not fire: the two share one marked phrase, the first ending on it and the next
    # opening on it; the first runs on into no other words
    ([rec("q0", "a1", WORRIED, 0, (AT_HOME,)),
      rec("q1", "a1", WARNED, WORRIED.index("« "), (AT_HOME,))], {}),
    # must not fire: two articles' records at the same offsets
    ([rec("q0", "a1", RUN_ON, 0), rec("q1", "a2", TOWERS, 20)], {}),
    # must not fire: a cut that would leave no words
    ([rec("q0", "a1", " « x", 0), rec("q1", "a1", "x » et la suite", 3)], {}),
])
def test_cut(quotes, expected):
    found = cut(quotes)
    assert {n: (q.span.text, tuple(f.text for f in q.fragments)) for n, q in found.items()} == (
        expected)
    for n, q in found.items():  # the span still points into the article
        assert q.span.start == quotes[n].span.start
        assert q.span.end == q.span.start + len(q.span.text)
