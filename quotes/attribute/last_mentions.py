"""Where a name was last mentioned before an offset, read from a name -> mentions map built
once per cast: descriptions and pronouns ask it for every person before them, and a scan of
all the article's mentions each time grows with the square of the article."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from quotes.nlp.doc import MENTIONS_BY_NAME as _KEY

if TYPE_CHECKING:
    from quotes.attribute.cast import Person, Registry



def last_mention(registry: Registry, name: str, before: int,
                 person: Person | None = None) -> int | None:
    """The offset of the last mention of ``name`` before offset ``before`` (of ``person``
    itself, the very object, when given); None when there is none."""
    rows = _by_name(registry).get(name, ())
    for at, who in reversed(rows[: bisect_left(rows, before, key=lambda row: row[0])]):
        if person is None or who is person:
            return at
    return None


def _by_name(registry: Registry) -> dict[str, list[tuple[int, Person]]]:
    """Each name's mentions, in text order; built again only for another cast."""
    built = registry.doc.user_data.get(_KEY)
    if built is None or built[0] is not registry.mentions:
        by_name: dict[str, list[tuple[int, Person]]] = {}
        for at, who in registry.mentions:
            by_name.setdefault(who.name, []).append((at, who))
        built = registry.doc.user_data[_KEY] = (registry.mentions, by_name)
    return built[1]
