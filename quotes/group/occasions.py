"""Two occasions: articles published far apart report two events, not one.

An astronaut back on Earth says « Ça va très bien » at his landing, and again at his next
landing four years later; he speaks of the smells after both. Outlets of one event write
within days of it (no group of the development gold spans more than 49 days), so two articles
more than ``occasion_days`` apart report two occasions: a part of a quote (a fragment, an
overlap), a few words in marks or a rendering in other words joins nothing across them. Whole
wordings still do (ratio from ``threshold``): an outlet that quotes again, years later, a
statement word for word gives that statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from quotes.model import Quote


def day_numbers(quotes: Sequence[Quote]) -> list[int | None]:
    """Each quote's article date as a day number (``date.toordinal``), None when its article
    gives no date, or one that does not read as a date (year-month-day first)."""
    days: dict[str | None, int | None] = {None: None}
    out: list[int | None] = []
    for q in quotes:
        given = q.article.date
        if given not in days:
            days[given] = _day(given or "")
        out.append(days[given])
    return out


def _day(given: str) -> int | None:
    try:
        return date.fromisoformat(given[:10]).toordinal()
    except ValueError:
        return None


def apart(days: Sequence[int | None], a: int, b: int, limit: int) -> bool:
    """Whether quotes ``a`` and ``b`` come from articles dated more than ``limit`` days apart
    (an undated article is near any other)."""
    da, db = days[a], days[b]
    return da is not None and db is not None and abs(da - db) > limit
