"""Whom a description's country points to: the countries the article gives a person of the
cast, by a nationality noun right before their name (« la Française Justine Roy ») or an
adjective in one of their roles (« cinéaste néo-zélandaise »); a description that says one
(« la cinéaste française ») goes to the one person named before it whose country agrees, and
never to one whose country conflicts.
"""

from __future__ import annotations

from collections.abc import Callable

from quotes.attribute.cast import Person, Registry
from quotes.attribute.offices import nations
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DEFINITE_SINGULAR
from quotes.nlp.doc import text_of


def countries(registry: Registry, person: Person, before: int) -> frozenset[str]:
    """The countries (``offices.nations``) the article gives ``person`` before offset
    ``before``: a nationality noun (lexicon/nationalities.txt) after a definite article right
    before one of their names (« la Française Justine Roy »), an adjective in a role."""
    text = text_of(registry.doc)
    found: set[str] = set()
    for at, who in registry.mentions:
        if who is not person or at >= before:
            continue
        words = text[max(0, at - 40) : at].split()
        if len(words) > 1 and fold(words[-2]) in DEFINITE_SINGULAR and fold(
                words[-1]) in folded("nationalities") and words[-1][:1].isupper():
            found |= nations(words[-1])
    for role in person.role_texts():
        found |= nations(role)
    return frozenset(found)


def national(
    registry: Registry, description: str, pos: int, fits: Callable[[Person], bool],
    apart: set[str],
) -> tuple[Person | None, set[str]]:
    """The one person named before ``pos`` whose country agrees with the one the description
    says (« « … », a dénoncé la Française Justine Roy. « … », a ajouté la cinéaste
    française »: her, over the New Zealander the article is about), of its gender and none of
    ``apart``; None for none or several. With it, the names of those whose country conflicts:
    the description is never theirs."""
    own = nations(description)
    if not own:
        return None, set()
    agree, conflict = [], set()
    for person in registry.people_before(pos):
        theirs = countries(registry, person, pos)
        if not theirs:
            continue
        if not own & theirs:
            conflict.add(person.name)
        elif fits(person) and person.name not in apart:
            agree.append(person)
    return (agree[0] if len(agree) == 1 else None), conflict
