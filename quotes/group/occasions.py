"""Two occasions: articles published far apart report two events, not one.

An astronaut back on Earth says « Ça va très bien ! » at his landing, four years after a first
landing where he said « Ça va très bien. Le retour… »; he speaks of the smells after both.
Outlets of one event write within days of it (no group of the development gold spans more
than 49 days), so two articles more than ``occasion_days`` apart report two occasions: a part
of a quote (a fragment, an overlap), a few words in marks or a rendering in other words joins
nothing across them. Whole wordings still do (ratio from ``threshold``): an outlet that quotes
again, years later, a statement word for word gives that statement, and a short line said
whole at both landings is one wording. Groups are compared by the earliest and latest day of
their articles (``apart``), not only the two quotes matched. Dates are read as ISO
(year-month-day first; a month alone, « 2024-04 », is its first day); any other form counts
as undated.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.model import Quote, day_number


def day_numbers(quotes: Sequence[Quote]) -> list[int | None]:
    """Each quote's article date as a day number (``date.toordinal``), None when its article
    gives no date, or one that does not read as a date (year-month-day first; a month alone,
    « 2024-04 », is its first day)."""
    days: dict[str | None, int | None] = {None: None}
    out: list[int | None] = []
    for q in quotes:
        given = q.article.date
        if given not in days:
            days[given] = day_number(given)
        out.append(days[given])
    return out


Days = tuple[int, int] | None  # the earliest and latest day a quote's or a group's articles give


def dated(quotes: Sequence[Quote]) -> list[Days]:
    """Each quote's article day as a range of one day (``day_numbers``), None when undated."""
    return [None if d is None else (d, d) for d in day_numbers(quotes)]


def spanning(x: Days, y: Days) -> Days:
    """The days two groups' dated articles cover together (None when neither has a date)."""
    return y if x is None else x if y is None else (min(x[0], y[0]), max(x[1], y[1]))


def apart(x: Days, y: Days, limit: int) -> bool:
    """Whether two quotes, or two groups (the earliest and latest day of their dated articles),
    lie more than ``limit`` days apart: every article of one more than ``limit`` days before
    every article of the other. Undated articles are near any other, and take the days of the
    group they join: an undated quote joined to a quote of 2017 is as far from one of 2021."""
    return x is not None and y is not None and (y[0] - x[1] > limit or x[0] - y[1] > limit)
