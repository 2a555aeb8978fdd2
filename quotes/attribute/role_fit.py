"""Whether a description fits a person of the cast by the roles the article gives them: one it
names, or a kind noun covering its own (``holds``: "le préfet" and the "préfet de l'Aude", "le
réalisateur" and the "cinéaste"), or one that says something else
(``other_role``: "le ministre" and a person given only as "président")."""

from __future__ import annotations

from quotes.attribute import role_words
from quotes.attribute.cast import Person
from quotes.attribute.offices import fit, office, office_heads, other_nation, other_office
from quotes.attribute.representatives import represents
from quotes.attribute.role_words import (
    founding,
    head_key,
    heads,
    kind_heads,
    kinds_of,
    schooling,
    serves,
    stems,
)
from quotes.detect.nominal import adjective_born
from quotes.lexicon import cached, fold
from quotes.lexicon.nominal import nominal_role
from quotes.lexicon.roles import role_kinds


def other_role(description: str, person: Person, *, joint: bool = True) -> bool:
    """Do the person's roles say something else than the description's role noun ("le
    ministre" and a person given only as "président")? ``joint``: a second role held beside
    one of its kind says nothing else (``role_words.joint``: « la défenseure » and the
    « capitaine de l'équipe »)."""
    held = office(description)
    if held is not None and held.exact:
        # "le garde des Sceaux" is no "ministre de l'Intérieur": another office the list knows
        # says otherwise
        listed = [o for r in person.role_texts() if (o := office(r, role=True)) is not None]
        if listed:
            return not any(fit(held, o) for o in listed)
        # a role it does not know says nothing of a home office (the "président des LR" is
        # also the "ministre de l'Intérieur démissionnaire"), but says otherwise of another
        # country's when no role noun of it is the office's: the "chef de l'alliance" is no
        # "Premier ministre britannique"
        nouns = {h for name in held.names for h in heads(name)}
        unknown = [r for r in person.role_texts() if not founding(r)]
        return held.abroad and bool(nouns and unknown) and not any(
            nouns & _words(r) for r in unknown
        )
    own = kind_heads(description)  # "l'élu" is a "maire", a "député", …, never a "PDG"
    if own is None:  # "le responsable": any role
        return False
    # a founding is what they once did, a student's standing held beside other functions
    held_now = [r for r in person.role_texts() if not (founding(r) or schooling(r))]
    kinds = kinds_of(description)  # « le réalisateur » and the one given as « cinéaste »
    mates = _teammates(description)
    return other_office(description, person.role_texts()) or (bool(own) and bool(held_now) and (
        not any(own & _words(r) or kinds & heads(r) or mates & heads(r) or serves(description, r)
                or represents(description, r) or (
                    joint and role_words.joint(description, r)) for r in held_now)))


def holds(description: str, person: Person, *, backwards: bool = True) -> bool:
    """Does the article give the person a role the description names ("le préfet" and the
    "préfet de l'Aude"; "le chef de la diplomatie" and the "ministre des Affaires étrangères")?
    ``backwards``: a kind noun given them covering a bare description's (``kinds_of``) too."""
    held = office(description)
    if held is not None and held.exact:
        return any(fit(held, office(r, role=True)) for r in person.role_texts())
    own = kind_heads(description) or set()
    # « le président français » holds no « président américain »: another country's
    roles = [r for r in person.role_texts() if not other_nation(description, [r])]
    # a kind noun given them covers the description's noun: « le réalisateur » is held by
    # the one the article gives as « cinéaste », « la procureure » by « la magistrate »
    kinds = kinds_of(description) if own and backwards else set()
    # « la représentante du parquet » by the one given as « vice-procureure »: ``represents``
    return bool(own) and any(own & _words(r) or kinds & heads(r) or serves(description, r)
                             or represents(description, r) for r in roles)


def _words(role: str) -> set[str]:
    """Role nouns, a listed office's too (the "garde des Sceaux" is a "ministre"), and other
    words, cut to five letters ("la syndicaliste" is the "déléguée syndicale")."""
    return heads(role) | stems(role) | office_heads(role)


@cached
def _teammates(description: str) -> frozenset[str]:
    """The heads of the roles a description an adjective made a noun heads (« l'international
    malien », detect.nominal ``adjective_born``) is held beside: the nouns of its kind
    (lexicon/role_kinds.tsv « joueur »: « attaquant », « gardien », …) and the kind noun. An
    international is one of the team's players, not another post: « L'attaquant X … a déclaré
    l'international malien » is X."""
    if not adjective_born(description):
        return frozenset()
    born = {fold(w) for w in description.split() if nominal_role(w)}
    return frozenset(head_key(c) for kind, covered in role_kinds().items() if born & covered
                     for c in (*covered, kind))


def teammate(description: str, person: Person) -> bool:
    """Does the article give ``person`` a role of the kind of a description an adjective made
    a noun heads (« l'international » and « l'attaquant X », ``_teammates``)?"""
    mates = _teammates(description)
    return any(mates & heads(r) for r in person.role_texts())
