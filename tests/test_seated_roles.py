"""A role naming its body as the form with its seat the article gave before the quote
(``seated_roles``): « de » and a place's name alone, one word of the office before them at most;
never a role naming no body, a form given after the quote, a body's complement after its
article, a second function, a year or a person's name. One row: the role shown, the roles given
(text, start), the quote's start -> the role.
"""

import pytest

from quotes.attribute.seated_roles import seated_before
from quotes.model import Span as Place


def _given(*roles: tuple[str, int]) -> tuple[Place, ...]:
    return tuple(Place(start, start + len(text), text) for text, start in roles)


@pytest.mark.parametrize(("role", "given", "start", "expected"), [
    ("procureur de la République", (("procureur de la République de Paris", 10),), 100,
     "procureur de la République de Paris"),
    ("procureur de la République", (("procureur de la République adjoint de Grenoble", 10),),
     100, "procureur de la République adjoint de Grenoble"),
    ("procureur de la République", (("procureur de la République d'Ajaccio", 10),), 100,
     "procureur de la République d'Ajaccio"),
    ("directrice de l'ARS", (("directrice de l'ARS de La Réunion", 10),), 100,
     "directrice de l'ARS de La Réunion"),
    # the closest of two
    ("procureur de la République", (("procureur de la République de Lyon", 10),
                                    ("procureur de la République de Paris", 50)), 100,
     "procureur de la République de Paris"),
    # must not: a role naming no body, a form given after the quote
    ("directrice générale", (("directrice générale de Norvia", 10),), 100, None),
    ("procureur de la République", (("procureur de la République de Paris", 200),), 100, None),
    # must not: a body's complement after its article, a second function, a number
    ("président de la Fédération", (("président de la Fédération de la Loire", 10),), 100,
     None),
    ("secrétaire de la CGT", (("secrétaire de la CGT et maire de Dole", 10),), 100, None),
    ("président du Sénat", (("président du Sénat de 2010", 10),), 100, None),
    # must not: a person's name (two words or more, the first a given name), the head of the
    # government the office serves under; a one-word place that is also a given name is a seat
    ("ministre de l'Intérieur", (("ministre de l'Intérieur de Gabriel Attal", 10),), 100, None),
    ("procureur de la République", (("procureur de la République de Nancy", 10),), 100,
     "procureur de la République de Nancy"),
])
def test_the_role_with_its_seat(role, given, start, expected):
    assert seated_before(role, _given(*given), start) == expected
