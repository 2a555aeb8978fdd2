"""A role headed by a relational noun (« homologue français », « collègue de l'Industrie »,
« successeur »: lexicon/relational_nouns.txt) says whom its holder stands beside, not the
function held: it gives way to a function the article gives the same person (``over_relations``)
and, when the article gives none, to one another article of the batch gives (attribute/batch.py);
alone, it is the role (GUIDELINES « Roles, as a function »). Another article never lends one:
there it says whom the holder stood beside in that story.
"""

from __future__ import annotations

from quotes.attribute.role_words import former
from quotes.lexicon import fold, listed
from quotes.lexicon.grammar import FORMER, NEW
from quotes.model import Span as Place


def relational(role: str | None) -> bool:
    """Is ``role`` headed by a relational noun (« homologue français », « collègues »), past a
    word of time before it (« ancien homologue allemand », « ex-collègue », « nouvelle
    consœur »)?"""
    words = (role or "").split()
    if words and fold(words[0]) in _BEFORE_HEAD:
        words = words[1:]
    if words and fold(words[0]).startswith("ex-"):
        words[0] = words[0][3:]
    return bool(words) and listed(words[0], "relational_nouns")


# folded: before the relational noun, the time of the relation, not another head
_BEFORE_HEAD = FORMER | NEW


def held(role: str) -> bool:
    """Is ``role`` a function its holder holds now: no relational noun, not one that is over
    (« ancien ministre de l'Agriculture »)? GUIDELINES: a role is the function held when the
    words are said; a relational noun only gives way to such a function."""
    words = role.split()
    return not relational(role) and not (words and former(words[0]))


def over_relations(given: tuple[Place, ...]) -> tuple[Place, ...]:
    """The roles ``given`` without the relational ones, when a function held is among them:
    « son homologue français, Paul Roux » never over « ministre des Affaires étrangères » given
    him, but over « ancien ministre de l'Agriculture », an office that is over."""
    if not any(held(r.text) for r in given):
        return given
    return tuple(r for r in given if not relational(r.text))
