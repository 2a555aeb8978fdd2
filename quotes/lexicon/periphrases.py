"""The offices the press names by a periphrasis (lexicon/periphrases.tsv): « le chef de
l'État » for the président de la République, « la cheffe de la diplomatie » for the ministre
des Affaires étrangères; a short form of one (« la PM britannique ») is read written out.
"""

from __future__ import annotations

from quotes.lexicon import cached, fold, marked_rows, table
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


def periphrasis(text: str) -> tuple[str, str] | None:
    """The office a description opens with, by its own name or a periphrasis of the press
    (lexicon/periphrases.tsv), and the rest of the words, folded: "la cheffe de la diplomatie
    américaine" -> ("ministre des Affaires étrangères", "americaine")."""
    key = phrase_key(unshortened(text))  # « la PM britannique »: the Premier ministre
    key = next((key[len(d) :] for d in _LEADS if key.startswith(d)), key)
    for phrase in sorted(periphrases(), key=len, reverse=True):
        if key == phrase or key.startswith((phrase + " ", phrase + ",")):
            return periphrases()[phrase], key[len(phrase) :].strip(" ,")
    return None
