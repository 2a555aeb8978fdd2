"""Whom a description's country points to: the countries the article gives a person of the
cast before the description, by a nationality noun right before their name, in the same
sentence (« la Française Justine Roy », « l'Américaine Jane Cooper »), or an adjective that
qualifies a role's noun (« cinéaste néo-zélandaise », not « professeur de littérature
italienne »). A description that says one (« la cinéaste française ») whose role words fit no
one goes to the one person named before it whose country agrees, and never to one whose
country conflicts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from quotes.attribute.cast import Person, Registry
from quotes.attribute.offices import nations
from quotes.attribute.role_words import words_after
from quotes.lexicon import capitalised, fold, folded
from quotes.lexicon.grammar import (
    DEFINITE_SINGULAR,
    IN_TEXT,
    MEDIUM_PREPOSITIONS,
    NAME_LINKS,
    PURPOSE,
    ROLE_LINKS,
    A,
)
from quotes.nlp.doc import token_starts

# the words that open a complement of a role's noun: an adjective after one qualifies it
_COMPLEMENT = NAME_LINKS | A | ROLE_LINKS | MEDIUM_PREPOSITIONS | IN_TEXT | PURPOSE | {"en"}


def countries(registry: Registry, person: Person, before: int) -> frozenset[str]:
    """The countries (``offices.nations``) the article gives ``person`` before offset
    ``before``: a nationality noun (lexicon/nationalities.txt) after a definite article right
    before one of their names, in its sentence (« la Française Justine Roy »), an adjective
    that qualifies the noun of a role given before it (« cinéaste néo-zélandaise »)."""
    found: set[str] = set()
    for at, who in registry.mentions:  # in the text's order
        if at >= before:
            break
        if who is person:
            found |= _noun_before(registry, at)
    for text, lo, _ in person.roles:
        if lo < before:
            found |= nations(" ".join(_qualifying(text)))
    return frozenset(found)


def _noun_before(registry: Registry, at: int) -> frozenset[str]:
    """The country a nationality noun names right before the name at offset ``at``, after a
    definite article, all three in one sentence and no line between (« la Française Justine
    Roy », « l'Américaine Jane Cooper »)."""
    doc = registry.doc
    i = bisect_left(token_starts(doc), at)
    if i < 2 or i >= len(doc):
        return frozenset()
    det, noun, name = doc[i - 2], doc[i - 1], doc[i]
    if (fold(det.text) not in DEFINITE_SINGULAR or not capitalised(noun.text)
            or fold(noun.text) not in folded("nationalities")
            or "\n" in det.text_with_ws + noun.text_with_ws
            or not det.sent.start == noun.sent.start == name.sent.start):
        return frozenset()
    return nations(noun.text)


def _qualifying(role: str) -> list[str]:
    """The words right after a role's first noun, up to the first that opens a complement:
    what qualifies the noun (« cinéaste néo-zélandaise »: néo-zélandaise; « professeur de
    littérature italienne »: none)."""
    out = []
    for w in words_after(role):
        if fold(w) in _COMPLEMENT:
            break
        out.append(w)
    return out


def national(
    registry: Registry, description: str, pos: int, fits: Callable[[Person], bool],
    apart: set[str],
) -> tuple[Person | None, set[str]]:
    """The one person named before ``pos`` whose country agrees with the one the description
    says (« « … », a dénoncé la Française Justine Roy. « … », a ajouté la cinéaste
    française »: her, over the New Zealander the article is about), ``fits`` (its gender, no
    role that says otherwise) and none of ``apart``; None for none or several. With it, the
    names of those whose country conflicts: the description is never theirs."""
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
