"""Articles published years apart report two occasions (``occasions``): a part of a quote, a
few marked words or a rendering in other words joins nothing across them; a whole wording
quoted again word for word still does."""

from dataclasses import replace
from datetime import date

import pytest
from conftest import assert_groups

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker, day_number
from quotes.settings import Settings

_WHOLE = ("Tout va bien, je suis heureuse d'être rentrée et j'ai hâte de revoir ma famille "
          "à Lorient")
_PART = "Tout va bien, je suis heureuse d'être rentrée"
_SAID = "Le retour sur Terre a été beaucoup plus doux que la première fois pour mon corps"
_RENDERED = "le retour sur Terre lui a semblé plus doux pour son corps que la première fois"
_FREE = "Sortir du vaisseau, c'était une bouffée de liberté pour nous tous"
_MARKS = "bouffée de liberté"
_MARKED = "elle a parlé d'une « bouffée de liberté »"


def rec(qid: str, day: str | None, text: str, type_: str = "direct",
        marks: tuple[str, ...] = ()) -> Quote:
    span = Span(0, len(text), text)
    frags = tuple(Span(text.index(m), text.index(m) + len(m), m) for m in marks)
    return Quote(id=qid, article=ArticleRef("a" + qid, "o" + qid, None, day), type=type_,
                 span=span, sentence=span, cue=None, fragments=frags,
                 speaker=Speaker("Maëlle Kerbrat", None, None, "person", "explicit",
                                 confidence=0.93))


@pytest.mark.parametrize(("case", "quotes", "grouped"), [
    # must not group: a part of a quote, four years on (the same words said at two landings)
    ("a fragment, years apart",
     [rec("1", "2017-06-06", _WHOLE), rec("2", "2021-11-09", _PART)], False),
    # ... nor one's rendering of the other's words
    ("a paraphrase, years apart",
     [rec("1", "2017-06-06", _SAID), rec("2", "2021-11-09", _RENDERED, "indirect")], False),
    # ... nor a few words in marks
    ("marked words, years apart",
     [rec("1", "2017-06-06", _FREE), rec("2", "2021-11-09", _MARKED, "mixed", (_MARKS,))],
     False),
    # must group: the same within days
    ("marked words, days apart",
     [rec("1", "2021-11-08", _FREE), rec("2", "2021-11-09", _MARKED, "mixed", (_MARKS,))],
     True),
    ("a fragment, days apart",
     [rec("1", "2021-11-08", _WHOLE), rec("2", "2021-11-09", _PART)], True),
    ("a paraphrase, days apart",
     [rec("1", "2021-11-08", _SAID), rec("2", "2021-11-09", _RENDERED, "indirect")], True),
    # ... a whole statement quoted again years later
    ("a whole wording, years apart",
     [rec("1", "2017-06-06", _WHOLE), rec("2", "2021-11-09", _WHOLE)], True),
    # ... and an undated article
    ("a fragment, one article undated",
     [rec("1", None, _WHOLE), rec("2", "2021-11-09", _PART)], True),
])
def test_years_apart_are_two_occasions(case, quotes, grouped):
    out, _ = group_quotes(quotes)
    assert (out[0].group_id == out[1].group_id is not None) == grouped, case


# (quotes, the pairs (by index) in one group, the pairs apart)
GROUPS = [
    # the undated article's part and the 2021 article's same part join word for word; the
    # 2017 whole wording stays apart from both (the group holds 2021, four years on)
    ([rec("1", "2017-06-06", _WHOLE), rec("2", None, _PART), rec("3", "2021-11-09", _PART)],
     [(1, 2)], [(0, 1), (0, 2)]),
    # a long-running story: each fragment within a year of the group it joins, all one group
    ([rec("1", "2022-01-10", _WHOLE), rec("2", "2022-09-12", _PART),
      rec("3", "2023-05-15", _PART)], [(0, 1), (0, 2)], []),
    # a whole wording quoted again years later, and a part of the later days: one group
    ([rec("1", "2017-06-06", _WHOLE), rec("2", "2021-11-08", _WHOLE),
      rec("3", "2021-11-09", _PART)], [(0, 1), (0, 2)], []),
]


@pytest.mark.parametrize(("quotes", "together", "apart"), GROUPS)
def test_a_group_keeps_its_days(quotes, together, apart):
    assert_groups(group_quotes(quotes)[0], together, apart)


def test_the_limit_is_a_setting():
    quotes = [rec("1", "2017-06-06", _WHOLE), rec("2", "2021-11-09", _PART)]
    out, _ = group_quotes(quotes, options=replace(Settings(), occasion_days=2000))
    assert out[0].group_id == out[1].group_id is not None


# a date as a day: ISO, a month alone as its first day (« 2024-04 » is no undated article,
# near any date), else undated
@pytest.mark.parametrize(("given", "day"), [
    ("2024-04-01", date(2024, 4, 1).toordinal()),
    ("2024-04-15T08:30:00", date(2024, 4, 15).toordinal()),
    ("2024-04", date(2024, 4, 1).toordinal()),
    ("2024-13", None),
    ("avril 2024", None),
    (None, None),
])
def test_a_date_reads_as_a_day_a_month_alone_as_its_first(given, day):
    assert day_number(given) == day
