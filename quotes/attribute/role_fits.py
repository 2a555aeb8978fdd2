"""Does another article's role fit a description (« la ministre », « le procureur de Lyon »)? The
batch step (batch.py) asks it of every role against every description it would give away."""

from __future__ import annotations

from quotes.attribute.functions import town_again
from quotes.attribute.offices import fit, office, state_title
from quotes.attribute.representatives import represents
from quotes.attribute.role_words import kind_heads, kinds_of, own_heads, stems
from quotes.lexicon import cached


@cached  # asked for every role of the batch against every description: few distinct pairs
def fits(description: str, role: str) -> bool:
    """A role fits a description when they share the role noun (or one is a kind noun covering
    the other's: ``of_kind``) and, if the description says
    more ("de Mayotte"), a word of that too, or one of them is a title that names no place
    ("le procureur de Lyon" and "procureur de la République"); a periphrasis when the role
    holds its office ("le chef de la diplomatie" and "ministre des Affaires étrangères"); a
    body's representative when the role heads that body (« la représentante du parquet » and
    « vice-procureure de Brenac »: ``representatives``)."""
    held = office(description)
    if held is not None and held.exact:
        return fit(held, office(role, role=True)) > 0
    if represents(description, role):  # « la représentante du parquet », the « procureure »
        return True
    # the noun of the function, not of its complement: « le pompier » is no « porte-parole des
    # pompiers », « le maire » no « adjoint au maire »
    if not own_heads(description) & own_heads(role) and not of_kind(description, role):
        return False
    # « le préfet du département » for « préfet de l'Aude »: the town or département named again
    # says no more than its noun where the role names a place by its name
    more = set() if town_again(description, role) else stems(description)
    return not more or state_title(description) or state_title(role) or bool(more & stems(role))


@cached
def fits_named(description: str, role: str) -> bool:
    """``fits``, or a role of the description's noun that says nothing more (« journaliste »
    for « l'ex-journaliste de Radio Vernac »): for a person the description's own article names,
    whom a bare role sets in no other body or place."""
    return fits(description, role) or (
        not stems(role) and bool(own_heads(description) & own_heads(role))
        and office(role) is None)


def of_kind(description: str, role: str) -> bool:
    """Is one a kind noun covering the other's role noun (lexicon/role_kinds.tsv: « le
    magistrat » and the « procureur de Lyon », « le réalisateur » and the « cinéaste »), the
    role naming no office of the list (a court's « président » is a magistrat, the « président
    de la République » is not)?"""
    if office(role, role=True) is not None:
        return False
    return bool(((kind_heads(description) or set()) | kinds_of(description)) & own_heads(role))
