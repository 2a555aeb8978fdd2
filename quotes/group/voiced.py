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
inside it counts only when it heads a part of a body (lexicon ``org_parts``), right after the
part or past a place's name (« directeur du bureau de Pittsburgh du FBI » speaks for the FBI;
« porte-parole du comité de défense des salariés de Valmor » not for Valmor). Two people of
the batch speaking for one body, or a speaker no record nor body noun opening its name gives
as a body (« porte-parole de Camille Tellier », « de Marc Bureau »: a person, whatever their
first name or surname), keep the body apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from quotes.attribute.names import given_names
from quotes.lexicon import cached, fold, folded, listed
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, A

# folded, « d' » cut off: what opens the complement naming the body
_OF = frozenset(fold(w.rstrip("'’")) for w in DE_CONTRACTED | A)
_ARTICLE = frozenset(fold(w.rstrip("'’")) for w in DEFINITE)
_TO = frozenset(fold(w) for w in A)  # « à l'ONU » after « de la France »
_LIGHT = _OF | _ARTICLE | {"et"}  # no initial of an acronym


def _words(text: str) -> list[str]:
    """Folded words, an elided article or « de » apart (« l'oms » is « l », « oms »)."""
    return [w for w, _, _ in _tokens(text)]


def _tokens(text: str) -> list[tuple[str, bool, bool]]:
    """``_words`` with, for each, whether it opens on a capital and whether a hyphen joins
    it to the word before (« Saint-Étienne »: one name of two words)."""
    out = []
    for raw in text.replace("'", "' ").replace("’", "' ").replace("' ", " ").split():
        parts = [w for w in raw.split("-") if w]
        out += [(fold(w), w[:1].isupper(), n > 0) for n, w in enumerate(parts)]
    return out


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
    France); inside it, when it opens with a part of a body (lexicon ``org_parts``), the
    body the part belongs to (``_owners``): « directeur du bureau de Lyon de l'OMS » →
    « bureau de lyon de l oms », « lyon de l oms », « oms »; « responsable de la communication de
    Valmor » → « valmor ». Nothing for a role no speaking noun opens, a rank or another
    office (« directeur de recherche au CNRS », « directeur de cabinet du ministre »), or a
    speaking noun no complement follows."""
    tokens = _tokens(role)
    words = [w for w, _, _ in tokens]
    head = next((h for h in _heads() if _opens(words, h)), None)
    if head is None or any(_opens(words, h) for h in _not_heads()):
        return []
    rest = words[len(head):]
    if not rest or rest[0] not in _OF:
        return []
    start = len(head) + 1
    rest = rest[1:]
    end = next((n for n, w in enumerate(rest) if w in _TO), len(rest))
    first = _bare(rest[:end])
    if not first:
        return []
    out = [" ".join(first)]
    if first[0] in folded("org_parts"):  # a part of a body speaks for the body after it
        part = start + end - len(first)  # the part's own word
        out += _owners(tokens[part + 1:start + end])
    return out


def _owners(after: list[tuple[str, bool, bool]]) -> list[str]:
    """The body a part of a body names (``after``: the words after the part's noun): the
    complement right after it (« service de police de Laval » → « police de laval »); past it
    only past a place's name, one word or hyphened, no article, where the part sits (« bureau de
    Pittsburgh du FBI » → « pittsburgh du fbi », « fbi »). Nothing for a noun or an adjective
    between (« comité d'entreprise de Valmor », « comité de défense des salariés de
    Valmor »: a body of people of Valmor, not Valmor)."""
    if not after or after[0][0] not in _OF:
        return []
    words = [w for w, _, _ in after[1:]]
    owner = _bare(words)
    if not owner:
        return []
    out = [" ".join(owner)]
    place = after[1:]
    if len(owner) == len(words) and place[0][1]:  # a name with no article, and all of it
        n = 1 + next((k for k, (_, _, joined) in enumerate(place[1:]) if not joined),
                     len(place) - 1)
        if n < len(place) and place[n][0] in _OF and (body := _bare(
                [w for w, _, _ in place[n + 1:]])):
            out.append(" ".join(body))
    return out


def is_body(key: str) -> bool:
    """A speaker's key extraction gave as a person's that names a body all the same: its
    first word is a noun of a body, a company or a part of one (« agence regionale de
    sante », « groupe valmor »), and no given name, listed or of both sexes. Never a name of
    given name and surname, listed or not (« camille tellier », « tedros ghebreyesus »), nor
    a surname that is a noun of a body (« marc bureau », « helene maison »)."""
    words = _bare(_words(key))
    if not words or words[0] in given_names():
        return False
    return (listed(words[0], "org_nouns") or listed(words[0], "company_nouns")
            or words[0] in folded("org_parts"))


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
