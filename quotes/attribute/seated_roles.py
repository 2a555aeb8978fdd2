"""A role that names its body (« procureur de la République ») said again after the article gave
the person the same role with its seat (« procureur de la République de Paris », « … adjoint de
Grenoble »): the shorter form restates that office, and the quote shows it whole (GUIDELINES,
« the most specific the article gives »; a « de » and a place's name are part of the role).

A role that names no body (« directrice générale ») is the article's own form closest before
the quote, even after « directrice générale de Norvia »: only an office whose body is named
is cut from its seat by the shorter form.
"""

from __future__ import annotations

from quotes.attribute.names import given_names
from quotes.attribute.role_words import names_place
from quotes.lexicon import capitalised, fold
from quotes.lexicon.grammar import COORDINATORS, DE_CONTRACTED, FORMER, TENURE
from quotes.model import Span as Place

# a place's name alone, in words of ``_split``: « Saint-Étienne-du-Rouvray » is one, « La
# Roche-sur-Yon » two, « Ho Chi Minh-Ville » three
_MOST_NAME_WORDS = 3


def seated_before(role: str, given: tuple[Place, ...], start: int) -> str | None:
    """The role given before the quote at ``start`` that is ``role`` with its seat after it
    (``_seat``: « de Paris », « adjoint de Grenoble »), the closest; None when ``role`` names
    no body (« directrice générale ») or no such form is given before."""
    words = _split(role)
    if len(words) < 2 or not names_place(role):
        return None
    said = fold(" ".join(words))
    found = [
        r for r in given if r.start < start
        and fold(" ".join(other := _split(r.text))).startswith(said + " ")
        and _seat(other[len(words):])
    ]
    return max(found, key=lambda r: r.start).text if found else None


def _split(role: str) -> list[str]:
    """The words of a role, an elided « d' » or « l' » one of them (« d' », « Ajaccio »)."""
    return role.replace("’", "'").replace("'", "' ").split()


def _seat(more: list[str]) -> bool:
    """Are the words after a role its seat: « de » and a place's name alone (capitalised words,
    at most three, no number), with at most one word of the office before them (« adjoint »);
    not a tenure, a former office, a second function joined by « et », a body's name after
    an article (« de la CGT ») nor a person's name (two words or more, the first a given name:
    « ministre de l'Intérieur de Gabriel Attal »; a one-word place, « Florence », is a seat)?"""
    at = next((k for k, w in enumerate(more) if fold(w) in DE_CONTRACTED), None)
    if at is None or at > 1:
        return False
    before, name = more[:at], more[at + 1:]
    if len(name) > 1 and fold(name[0]) in given_names():
        return False  # the head of government or of state the office serves under
    if any(fold(w) in TENURE | FORMER | COORDINATORS or capitalised(w) for w in before):
        return False
    return 0 < len(name) <= _MOST_NAME_WORDS and all(
        capitalised(w, letters=True) and not any(c.isdigit() for c in w) for w in name)
