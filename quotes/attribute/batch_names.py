"""Which names of a batch are one person's: the same name, or a surname alone that ends the
full one ("Sall" and "Macky Sall", "De Wever" and "Bart De Wever"), as articles of one run
write them; a group's names joined ("Jean et Anne") are no one person's, nor a group named after
someone (« avocats de Paul Rivet »).
"""

from __future__ import annotations

from collections.abc import Iterable

from quotes.lexicon.grammar import NAME_PARTICLES


def one_person(a: str, b: str) -> bool:
    """Two names of one person: the same, or a surname that ends the other ("Sall", "Macky
    Sall"; "De Wever", "Bart De Wever")."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    return ends_with(full, short.strip())


def ends_with(name: str, surname: str, *, folded: bool = True) -> bool:
    """Is ``surname`` the last word or words of the longer ``name`` ("Sall" of "Macky Sall"),
    in any case; ``folded=False``: as written. ``names.parse`` joins a name's words by single
    spaces, so the words after one space are the last ones; a group's names joined ("Jean et
    Anne") are no one person's, nor a group named by its noun and whose it is (« avocats de Paul
    Rivet »: its first word in lower case, no particle)."""
    first = name.split(" ", 1)[0]
    if first.islower() and first.casefold() not in NAME_PARTICLES:
        return False
    if folded:
        name, surname = name.casefold(), surname.casefold()
    return name.endswith(" " + surname) and " et " not in name


def forms(name: str, names: Iterable[str]) -> set[str]:
    """The names of the batch that are this person's: the name, the surname it ends with, and
    the one full name ending with it (none when two full names do: "Le Pen")."""
    fuller = {n for n in names if n != name and one_person(n, name) and len(n) > len(name)}
    return {n for n in names if one_person(n, name) and len(n) <= len(name)} | (
        fuller if len(fuller) == 1 else set()) | {name}


def written(name: str, cast: set[str]) -> str | None:
    """The name as the article writes it: the name itself, or the one shorter form it gives
    that the name ends with ("De Wever" for "Bart De Wever"); None when it gives neither."""
    if name in cast:
        return name
    shorter = [c for c in cast if ends_with(name, c, folded=False)]
    return shorter[0] if len(shorter) == 1 else None
