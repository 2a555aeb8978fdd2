"""Where a name was last mentioned before an offset, read from the cast's name -> mentions
map (``Registry.mentions_by_name``, built once per cast): descriptions and pronouns ask it
for every person before them, and a scan of all the article's mentions each time grows with
the square of the article."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.attribute.cast import Person, Registry


def last_mention(registry: Registry, name: str, before: int,
                 person: Person | None = None) -> int | None:
    """The offset of the last mention of ``name`` before offset ``before`` (of ``person``
    itself, the very object, when given); None when there is none."""
    rows = registry.mentions_by_name.get(name, ())
    for at, who in reversed(rows[: bisect_left(rows, before, key=lambda row: row[0])]):
        if person is None or who is person:
            return at
    return None

