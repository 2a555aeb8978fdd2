"""A role headed by a relational noun (« homologue français », « collègue de l'Industrie »,
« successeur »: lexicon/relational_nouns.txt) says whom its holder stands beside, not the
function held: it gives way to a function the article gives the same person (``over_relations``)
and, when the article gives none, to one another article of the batch gives (attribute/batch.py);
alone, it is the role (GUIDELINES « Roles, as a function »). Another article never lends one:
there it says whom the holder stood beside in that story.
"""

from __future__ import annotations

from quotes.lexicon import listed
from quotes.model import Span as Place


def relational(role: str | None) -> bool:
    """Is ``role`` headed by a relational noun (« homologue français », « collègues »)?"""
    words = (role or "").split()
    return bool(words) and listed(words[0], "relational_nouns")


def over_relations(given: tuple[Place, ...]) -> tuple[Place, ...]:
    """The roles ``given`` without the relational ones, when a function is among them: « son
    homologue français, Paul Roux » never over « ministre des Affaires étrangères » given him."""
    functions = tuple(r for r in given if not relational(r.text))
    return functions or given
