"""A body and the one person of the batch who speaks for it: one speaker when grouping.

« L'Agence des forêts » in one outlet and « Lina Morel, porte-parole de l'Agence des forêts »
in another give one statement; so do « l'Organisation mondiale de la santé » and « Tom Vasseur,
directeur général de l'OMS ». A person whose role opens with a noun of speaking for a body
(lexicon ``speaking_roles``: a spokesperson, a director, a head of a unit) and names, after
« de », « du », « des », « d' », « à », « au » or « aux », a body another quote of the batch
gives as its speaker (its name whole, or its acronym either way) speaks for that body: the
body's quotes take the person's key, as a body named by its office takes its holder's
(``speakers.offices``). Two people of the batch speaking for one body, or a name with a given
name (a person, not a body: « porte-parole de Marine Roux »), keep the body apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from quotes.lexicon import cached, fold, folded, folded_table
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, TO_CONTRACTED

# folded, « d' » cut off: what opens the complement naming the body
_OF = frozenset(fold(w.rstrip("'’")) for w in DE_CONTRACTED | TO_CONTRACTED)
_ARTICLE = frozenset(fold(w.rstrip("'’")) for w in DEFINITE)
_LIGHT = _OF | _ARTICLE | {"et"}  # no initial of an acronym


def _words(text: str) -> list[str]:
    """Folded words, an elided article or « de » apart (« l'oms » is « l », « oms »)."""
    return fold(text).replace("'", "' ").replace("’", "' ").replace("-", " ").replace(
        "' ", " ").split()


def acronym(words: list[str]) -> str | None:
    """The initials of a body's name (its words but articles, « de » and « et »), two
    letters or more: « organisation mondiale de la sante » → « oms »."""
    initials = "".join(w[0] for w in words if w not in _LIGHT and w[0].isalpha())
    return initials if len(initials) >= 2 else None


def _bare(words: list[str]) -> list[str]:
    return words[1:] if words and words[0] in _ARTICLE else words


@cached
def _heads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_words(e)) for e in sorted(folded("speaking_roles")))


@cached
def _given() -> frozenset[str]:
    return frozenset(folded_table("first_names"))


def bodies_named(role: str) -> list[str]:
    """What a speaking role names after each « de », « à »…, bare, as a key and as an
    acronym: « directeur du bureau de Lyon de l'OMS » → « bureau de lyon de oms », « lyon de
    oms », « oms ». Nothing for a role no speaking noun opens."""
    words = _words(role)
    if not any(tuple(words[:len(h)]) == h for h in _heads()):
        return []
    out: list[str] = []
    for n, w in enumerate(words):
        if w in _OF and (rest := _bare(words[n + 1:])):
            out.append(" ".join(rest))
    return out


def is_body(key: str) -> bool:
    """A speaker's key that names no person: its first word is no given name."""
    words = key.split()
    return bool(words) and fold(words[0]) not in _given()


def voiced_by(bodies: Iterable[str], roles: dict[str, set[str]]) -> dict[str, str]:
    """Map each body's key (``bodies``: speaker keys, ``speakers.speaker_key``) to the key of
    the one person of the batch (``roles``: each person's key -> their roles as written)
    whose speaking role names it, by its name or its acronym either way."""
    named: dict[str, set[str]] = defaultdict(set)
    for person, said in roles.items():
        for role in said:
            for body in bodies_named(role):
                named[body].add(person)
                if (short := acronym(body.split())) and " " in body:
                    named[short].add(person)  # « Agence des forêts » for the « ADF »
    if not named:
        return {}
    out: dict[str, str] = {}
    for key in sorted(set(bodies)):
        words = _bare(_words(key))
        if not words or not is_body(key):
            continue
        short = acronym(words) if len(words) >= 2 else None
        forms = {" ".join(words), *([short] if short else [])}
        people = set().union(*(named.get(f, set()) for f in forms))
        if len(people) == 1 and (person := people.pop()) != key:
            out[key] = person
    return out
