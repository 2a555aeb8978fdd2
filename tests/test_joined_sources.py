"""Two sources of one sentence coordinated in a cue's subject (quotes/attribute/joined_sources.py):
one speaker, their namings joined (GUIDELINES, « Two sources of one sentence »): a name and an
unnamed source (`Paul Morel et une source judiciaire`, no role), two people whose apposition
the other rules read as the first alone (`Paul Morel et Claire Dumas`). A side that is no name
nor source (« ses alliés », « plus de 800 agents », a second function) leaves the speaker as it
was. One row: text -> the quote, the speaker, its kind and role."""

import pytest
from conftest import ANY, assert_speaker_fields


def row(case, text, said, speaker, kind, role=ANY):
    return pytest.param(text, said, speaker, kind, role, id=case)


ROWS = [
    row("fires: a lawyer and an unnamed source",
        "Anne Roy sera jugée en mai, ont indiqué son avocat Me Paul Morel et une source "
        "judiciaire.", "Anne Roy sera jugée en mai", "Paul Morel et une source judiciaire",
        "person", None),
    row("fires: two lawyers, an apposition naming their client",
        "« Nous espérons un procès serein », ont réagi Mes Paul Morel et Claire Dumas, avocats "
        "d'Anne Roy.", "Nous espérons un procès serein", "Paul Morel et Claire Dumas", "person"),
    row("kept: two people the other rules joined already",
        "Paul Morel et Claire Dumas ont déclaré que le projet était abandonné.",
        "le projet était abandonné", "Paul Morel et Claire Dumas", "person"),
    row("must not: a person and a group that is no source",
        "« Nous tiendrons bon », a déclaré le président Paul Morel et ses alliés.",
        "Nous tiendrons bon", "Paul Morel", "person"),
    row("must not: a body and a crowd",
        "« Le courant revient », ont annoncé Enedis et plus de 800 agents.",
        "Le courant revient", "Enedis", "organization"),
    row("must not: a second function",
        "« Le tram arrivera en mai », a déclaré Claire Dumas, maire de Valbrune et présidente "
        "de la métropole.", "Le tram arrivera en mai", "Claire Dumas", "person"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role"), ROWS)
def test_two_coordinated_sources_are_one_speaker(nlp, text, said, speaker, kind, role):
    assert_speaker_fields(nlp, text, said, speaker, kind, role)
