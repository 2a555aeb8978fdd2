"""The offices the press names by a periphrasis (lexicon/periphrases.tsv): « le chef de
l'État » for the président de la République, « la cheffe de la diplomatie » for the ministre
des Affaires étrangères; a short form of one (« la PM britannique ») is read written out. The
occupant of a seat of power (« le maître du Kremlin », lexicon/seat_offices.tsv) holds the
office sitting there, of the seat's country (``occupied``; the holder's country against it:
``offices.seat_fit``), never with words no office has after the seat (« l'hôte de Matignon d'un
jour », « de l'époque »: ``bygone``, lexicon/bygone_words.txt). This module reads the words;
whom they name, and the role shown for that person, is attribution's (attribute/described.py).
"""

from __future__ import annotations

from quotes.lexicon import cached, endings, fold, folded, marked_rows, table
from quotes.lexicon.short_forms import unshortened


def phrase_key(text: str) -> str:
    """Folded, one kind of apostrophe, single spaces, a hyphen as a space (« le Saint Père »
    for « le Saint-Père », « quai d'Orsay » for « Quai d’Orsay »): how listed phrases are
    compared."""
    return " ".join(fold(text).replace("’", "'").replace("-", " ").split())


@cached
def periphrases() -> dict[str, str]:
    """lexicon/periphrases.tsv: each phrase, folded, -> the office it stands for."""
    return {phrase_key(phrase): office for phrase, office, *_ in table("periphrases")}


@cached
def offices_of_state() -> frozenset[str]:
    """The offices lexicon/periphrases.tsv marks « État » (« Premier ministre », « ministre de
    la Justice »), not the « maire » nor the « pape »."""
    return frozenset(office for _, office, *_ in marked_rows("periphrases.tsv", "État"))


_LEADS = ("le ", "la ", "l'", "ce ", "cet ", "cette ")  # folded determiners before a phrase


def _bare(key: str) -> str:
    """A folded phrase (``phrase_key``) without the determiner it opens with."""
    return next((key[len(d) :] for d in _LEADS if key.startswith(d)), key)


@cached
def _phrases() -> tuple[str, ...]:
    """The phrases of lexicon/periphrases.tsv, the longest first."""
    return tuple(sorted(periphrases(), key=len, reverse=True))


def periphrasis(text: str) -> tuple[str, str] | None:
    """The office a description opens with, by its own name or a periphrasis of the press
    (lexicon/periphrases.tsv), and the rest of the words, folded: "la cheffe de la diplomatie
    américaine" -> ("ministre des Affaires étrangères", "americaine")."""
    key = _bare(phrase_key(unshortened(text)))  # « la PM britannique »: the Premier ministre
    for phrase in _phrases():
        if key == phrase or key.startswith((phrase + " ", phrase + ",")):
            return periphrases()[phrase], key[len(phrase) :].strip(" ,")
    return None


def occupied(text: str) -> str | None:
    """The office a description names by its seat's occupant (« le maître du Kremlin »,
    lexicon/seat_offices.tsv), written as its own phrase with the seat's country and the
    description's other words: « président de la République russe »; None for any other
    words."""
    key = _bare(phrase_key(text))
    found = _occupant(key)
    return None if found is None else f"{found[0]} {found[1]}".strip()


_OF = ("du ", "de la ", "de l'", "de ")  # folded, longest first: « du Kremlin », « de Matignon »


def past_office(text: str) -> bool:
    """Does a description name an office (a periphrasis, a seat's occupant) as held then or
    for a day (``bygone``): « le locataire de l'Élysée de l'époque », « l'hôte de Matignon
    d'un jour »?"""
    key = _bare(phrase_key(text))
    found = periphrasis(text)
    if found is not None:
        return bygone(found[1])
    noun, _, rest = key.partition(" ")
    return noun in folded("seat_occupants") and any(
        f" {m}" in f" {rest}" for m in endings("bygone_words"))


def bygone(rest: str) -> bool:
    """Do the words after an office (folded, as ``periphrasis`` gives them) say it was held
    then or for a day (« de l'époque », « d'un jour »): whoever holds it now is not meant."""
    return rest.replace("’", "'").startswith(endings("bygone_words"))


def _occupant(key: str) -> tuple[str, str] | None:
    """The office of a seat's occupant (« chef du kremlin ») and the rest of the words, the
    seat's country first: ("président de la République", "russe"); None for any other words.
    ``key``: the description as ``phrase_key`` folds it, its determiner off."""
    noun, _, rest = key.partition(" ")
    if noun not in folded("seat_occupants"):
        return None
    seat = next((rest[len(of) :] for of in _OF if rest.startswith(of)), None)
    if seat is None:
        return None
    for name in _seat_names():
        if seat == name or seat.startswith((name + " ", name + ",")):
            office, country = _seat_offices()[name]
            tail = seat[len(name) :]
            # « l'hôte de Matignon d'un jour », « de l'époque »: a complement no office has
            # (a guest, a past holder): no occupant reading
            if tail.lstrip().startswith((*_OF, "d'", "des ")) or bygone(tail.strip(" ,")):
                return None
            return office, f"{country} {tail.strip(' ,')}".strip()
    return None


@cached
def _seat_names() -> tuple[str, ...]:
    """The seats of lexicon/seat_offices.tsv, folded, the longest first."""
    return tuple(sorted(_seat_offices(), key=len, reverse=True))


@cached
def _seat_offices() -> dict[str, tuple[str, str]]:
    """lexicon/seat_offices.tsv: each seat, folded -> (the office held there, the folded
    adjective of its country, « français » for the home country's)."""
    return {phrase_key(seat): (office, fold(country))
            for seat, office, country in table("seat_offices")}
