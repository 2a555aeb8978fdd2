"""A speaker as one mention resolves it: name, role, kind and how (``speakers.classify``)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from quotes.attribute.cast import Person, Role
from quotes.attribute.role_extent import merged
from quotes.model import Resolution, SpeakerKind


@dataclass(frozen=True)
class Resolved:
    name: str | None
    role: str | None
    kind: SpeakerKind
    resolution: Resolution
    number: str = "s"
    gender: str | None = None
    roles: tuple[Role, ...] = ()  # every role the article gives this speaker
    owned: bool = False  # a description of someone's ("son avocat"): not that someone
    described: str | None = None  # the words of a description that gives no role ("le retraité")
    latter: bool = False  # « ce dernier »: the one named last before it (``latter``)
    # « son mari », « la fille de X »: (the relation, whose: X's name, None for « son »/« sa »)
    kin: tuple[str, str | None] | None = None
    issued: bool = False  # the issuer of the text it names (``sources.author_before``)


def of_person(person: Person, r: Resolved) -> Resolved:
    """``r`` completed from the cast: the person's name, gender and roles."""
    return replace(r, name=person.name, gender=person.gender or r.gender,
                   roles=merged(tuple(person.roles), r.roles))


UNKNOWN = Resolved(None, None, "unknown", "unresolved")
