"""One cast of roles for an article: every role a person is given anywhere in it reaches each
of their quotes, which then shows the one closest before it (``shown.role_at``): the roles
beside their name, a description tied to them (« selon le préfet », « le chef de la
diplomatie »), and a role phrase of the narration that restates one of theirs (« perçue par le
président de la 3F », ``restated``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from quotes.attribute import speakers
from quotes.attribute.capacity import restating
from quotes.attribute.cast import Registry, Role
from quotes.attribute.restated import restated


def cast_roles(
    doc: Doc, registry: Registry, people: Iterable[speakers.Resolved],
    outside: Callable[[int], bool],
) -> dict[str, tuple[Role, ...]]:
    """Each person's roles, by name, from the speakers and narrator-level subjects the article
    resolved (``people``) and the role phrases of its narration (``outside`` the marks)."""
    named: dict[str, tuple[Role, ...]] = {}
    described: dict[str, tuple[Role, ...]] = {}
    for who in people:
        if who.kind == "person" and who.name:
            by_name = who.resolution in ("explicit", "title")
            into = named if by_name else described
            into[who.name] = speakers.merged(into.get(who.name, ()), who.roles)
    # a description the article ties to one person (« a déclaré le Premier ministre ») restates
    # no one else's role
    tied = {r[1:]: name for name, given in (named | described).items() for r in given}
    for name, more in restated(doc, registry.people, outside).items():  # "par le président"
        more = tuple(r for r in more if tied.get(r[1:], name) == name)
        described[name] = speakers.merged(described.get(name, ()), more)
    roles = {name: restating(named.get(name, ()), more) for name, more in described.items()}
    roles.update({name: speakers.merged(r, roles.get(name, ())) for name, r in named.items()})
    return roles
