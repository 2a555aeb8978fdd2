"""« la mère », « le père » alone: the relative the article names in that relation.

A definite kin noun with no complement (« selon la mère endeuillée », « a confié le père »)
stands for the one person the article gives that relation beside a name (« Sa maman, Anne
Roy, … »: ``kin_ties.relations``), whoever's relative she is; no one when it names none or
several in it (unresolved beats a guess), and never the one whose relative she is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import fold
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE_SINGULAR
from quotes.lexicon.kin import relatives

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotes.attribute.cast import Person, Registry


def bare_relative(registry: Registry, first: Token, head: Token) -> Person | None:
    """The one person named in the relation of ``head`` (« mère »), when ``first`` is a
    definite singular article and nothing after the noun says whose (« de X »)."""
    one = relatives().get(fold(head.text))
    if one is None or first.lower_ not in DEFINITE_SINGULAR or "Plur" in head.morph.get(
            "Number", []):
        return None
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and after.lower_ in DE_CONTRACTED:
        return None
    named = {p for p, relation, _ in registry.relations if relation == one[0]}
    return next(iter(named)) if len(named) == 1 else None
