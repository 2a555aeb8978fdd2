"""A body and the one person of the batch who speaks for it: one speaker when grouping.

« L'Agence des forêts » in one outlet and « Lina Morel, porte-parole de l'Agence des forêts »
in another give one statement; so do « l'Organisation mondiale de la santé » and « Tom Vasseur,
directeur général de l'OMS ». A person whose role opens with a noun of speaking for a body
(lexicon ``speaking_roles``: a spokesperson, a director, a head of communication; not a rank
or another office, ``speaking_roles_not``) and whose first complement, right after it, names a
body another quote of the batch gives as its speaker (its name whole, or its acronym either
way) speaks for that body: the body's quotes take the person's key, as a body named by its
office takes its holder's (``speakers.offices``). Only the first complement: « responsable de
la CGT de Valmor » names the CGT, « représentant de la France à l'ONU » France; a body named
inside it counts only when it heads a part of a body (lexicon ``org_parts``: « directeur du
bureau de Pittsburgh du FBI » speaks for the FBI). Two people of the batch speaking for one
body, or a speaker no record nor body noun gives as a body (« porte-parole de Camille
Tellier »: a person, whatever their first name), keep the body apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from quotes.lexicon import cached, fold, folded, listed
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, TO_CONTRACTED

# folded, « d' » cut off: what opens the complement naming the body
_OF = frozenset(fold(w.rstrip("'’")) for w in DE_CONTRACTED | TO_CONTRACTED)
_ARTICLE = frozenset(fold(w.rstrip("'’")) for w in DEFINITE)
_TO = frozenset(fold(w) for w in TO_CONTRACTED)  # « à l'ONU » after « de la France »
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
    """The speaking roles, longest first (« responsable de la communication » before any)."""
    return tuple(sorted((tuple(_words(e)) for e in folded("speaking_roles")),
                        key=lambda h: (-len(h), h)))


@cached
def _not_heads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_words(e)) for e in sorted(folded("speaking_roles_not")))


def _opens(words: list[str], head: tuple[str, ...]) -> bool:
    return tuple(words[:len(head)]) == head


def bodies_named(role: str) -> list[str]:
    """The body a speaking role names: its first complement, right after the speaking noun,
    bare, up to an « à » or « au » after it (« représentant de la France à l'ONU » names
    France); inside it, the bodies its own complements name only when it opens with a part
    of a body (lexicon ``org_parts``): « directeur du bureau de Lyon de l'OMS » → « bureau
    de lyon de l oms », « lyon de l oms », « oms »; « responsable de la communication de
    Valmor » → « valmor ». Nothing for a role no speaking noun opens, a rank or another
    office (« directeur de recherche au CNRS », « directeur de cabinet du ministre »), or a
    speaking noun no complement follows."""
    words = _words(role)
    head = next((h for h in _heads() if _opens(words, h)), None)
    if head is None or any(_opens(words, h) for h in _not_heads()):
        return []
    rest = words[len(head):]
    if not rest or rest[0] not in _OF:
        return []
    rest = rest[1:]
    first = _bare(rest[:next((n for n, w in enumerate(rest) if w in _TO), len(rest))])
    if not first:
        return []
    out = [" ".join(first)]
    if first[0] in folded("org_parts"):  # a part of a body speaks for the body
        for n, w in enumerate(rest):
            if w in _OF and (inner := _bare(rest[n + 1:])):
                out.append(" ".join(inner))
    return out


def is_body(key: str) -> bool:
    """A speaker's key extraction gave as a person's that names a body all the same: a word of
    it is a noun of a body, a company or a part of one (« agence regionale de sante »,
    « groupe valmor »). Never a name of given name and surname, listed or not (« camille
    tellier », « tedros ghebreyesus »)."""
    return any(listed(w, "org_nouns") or listed(w, "company_nouns") or fold(w) in folded(
        "org_parts") for w in key.split())


def voiced_by(bodies: Iterable[str], roles: dict[str, set[str]]) -> dict[str, str]:
    """Map each body's key (``bodies``: speaker keys, ``speakers.speaker_key``, of bodies only:
    an organisation's, or a person's that ``is_body``) to the key of
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
        if not words:
            continue
        short = acronym(words) if len(words) >= 2 else None
        forms = {" ".join(words), *([short] if short else [])}
        people = set().union(*(named.get(f, set()) for f in forms))
        if len(people) == 1 and (person := people.pop()) != key:
            out[key] = person
    return out
