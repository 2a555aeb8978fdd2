"""One gender for a person whose mentions disagree, weighed over the article.

A title, a role or an agreement beside each mention (``casting``), the first name, and each
pronoun that introduces one of their quotes (« a-t-elle déclaré ») is one vote; the gender with
more votes is the person's (« La vice-présidente Ana Roy … « … », a-t-elle dit … Roy s'est
engagé »: a woman), for every quote of theirs, marked ``gender-weighed``; a tie leaves it unknown
for every one (unknown beats wrong), whatever one mention said.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from quotes.attribute.cast import Person
from quotes.attribute.names import first_name_gender
from quotes.attribute.resolved import Resolved


def weighed_genders(
    people: Iterable[Person], speakers: Iterable[Resolved]
) -> dict[str, str | None]:
    """The weighed gender of each person whose mentions disagree, by name; None for a tie."""
    disputed = {p.name: p for p in people if p.disputed}
    if not disputed:
        return {}
    votes = {name: Counter(p.disputed) for name, p in disputed.items()}
    for name, p in disputed.items():
        if (first := first_name_gender(p.parts.first)) is not None:
            votes[name][first] += 1
    for who in speakers:
        if who.resolution == "pronoun" and who.name in votes and who.gender in ("f", "m"):
            votes[who.name][who.gender] += 1
    return {name: (None if tally["f"] == tally["m"] else max(tally, key=lambda g: tally[g]))
            for name, tally in votes.items()}
