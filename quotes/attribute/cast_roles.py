"""One cast of roles for an article: every role a person is given anywhere in it reaches each
of their quotes, which then shows the one closest before it (``shown.role_at``): the roles
beside their name, a description tied to them (« selon le préfet », « le chef de la
diplomatie »), and a role phrase of the narration that restates one of theirs (« jugée par le
président de la 3F », ``restated``), and a description no speaker or subject read (« un
message rédigé par l'entraîneur », ``narrated_roles``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc

from quotes.attribute import speakers
from quotes.attribute.capacity import restating
from quotes.attribute.cast import Role
from quotes.attribute.narrated_roles import narrated_roles
from quotes.attribute.outlets import outlet
from quotes.attribute.restated import restated
from quotes.attribute.role_extent import merged
from quotes.attribute.timeline import Timeline
from quotes.lexicon import fold
from quotes.model import NAMED_AT_CUE
from quotes.nlp.doc import text_of


def cast_roles(
    doc: Doc, timeline: Timeline, people: Iterable[speakers.Resolved],
    outside: Callable[[int], bool], covered: Iterable[tuple[int, int]] = (),
    said: Iterable[tuple[int, int, speakers.Resolved]] = (),
) -> dict[str, tuple[Role, ...]]:
    """Each person's roles, by name, from the speakers and narrator-level subjects the article
    resolved (``people``, read at the ``covered`` spans) and the role phrases of its narration
    (``outside`` the marks): those restating a role of the cast, and the descriptions no
    speaker or subject read of someone the article gives no other role (``narrated_roles``),
    outside the words of the quotes (``said``: start, end, speaker) but for a news outlet's,
    which are the narration's (« Le maire de … a été agressé, rapporte le journal »)."""
    registry = timeline.registry
    named: dict[str, tuple[Role, ...]] = {}
    described: dict[str, tuple[Role, ...]] = {}
    for who in people:
        if who.kind == "person" and who.name:
            by_name = who.resolution in NAMED_AT_CUE
            into = named if by_name else described
            into[who.name] = merged(into.get(who.name, ()), who.roles)
    # a description the article ties to one person (« a déclaré le Premier ministre ») restates
    # no one else's role
    tied = {r[1:]: name for name, given in (named | described).items() for r in given}
    found = restated(doc, registry.people, outside)  # "par le président"
    # a role a described speaker or subject was read with (« L'artiste a admis … ») is restated
    # by a fuller form of it (« le talent de l'artiste biennois »), never a barer one (« a
    # remplacé le maire » is not « le nouveau maire »). A second reading of the narration, with
    # the whole cast: a phrase that fits two people restates neither, so only what it gives
    # the described is kept; with no one described by a role it gives nothing, and is skipped.
    if any(described.values()):
        cast = [replace(p, roles=merged(p.roles, described[p.name])) if p.name in described
                else p for p in registry.people]
        # a bare office only a description gave says no country: its country's form is it
        uncountried = frozenset(name for name, given in described.items()
                                if given and not named.get(name))
        for name, more in restated(doc, cast, outside, uncountried=uncountried).items():
            own = described.get(name, ())
            fuller = tuple(r for r in more if any(_holds_words(r[0], d[0]) for d in own))
            found[name] = merged(found.get(name, ()), fuller)
    for name, more in found.items():
        more = tuple(r for r in more if tied.get(r[1:], name) == name)
        described[name] = merged(described.get(name, ()), more)
    places = [r[1:] for given in (named | described).values() for r in given]
    text = text_of(doc)
    spoken = [(a, b) for a, b, who in said if not outlet(text, who.name or "")]

    def narrated(pos: int) -> bool:
        return outside(pos) and not any(a <= pos < b for a, b in spoken)

    given = named | described  # each name below is looked up once, before its own update
    for name, more in narrated_roles(doc, timeline, covered, narrated).items():
        if named.get(name) or ((p := registry.person(name)) and p.roles):
            continue  # of one given a role, a description says as much as it restates (above)
        if given.get(name):  # described only (« le ministre »): its fuller form (« la décision
            # du ministre de l'Éducation »), which the bare noun then shows (``fuller_role``)
            more = tuple(r for r in more if any(_holds_words(r[0], d[0]) for d in given[name]))
        # one place, one role: what the cast reads there already, it reads
        more = tuple(r for r in more if not any(a < r[2] and r[1] < b for a, b in places))
        described[name] = merged(described.get(name, ()), more)
    roles = {name: restating(named.get(name, ()), more) for name, more in described.items()}
    roles.update({name: merged(r, roles.get(name, ())) for name, r in named.items()})
    return roles


def _holds_words(role: str, other: str) -> bool:
    """Does ``role`` hold every word of ``other`` (« artiste régional » those of « artiste »)?"""
    return set(fold(other.replace("’", "'")).split()) <= set(fold(role.replace("’", "'")).split())
