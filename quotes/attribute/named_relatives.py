"""« la mère », « le père » alone: the relative the article names in that relation.

A definite kin noun with no complement (« selon la mère endeuillée », « a confié le père »)
stands for the one person the article gives that relation beside a name (« Sa maman, Anne
Roy, … »: ``kin_ties.relations``), whoever's relative she is; no one when it names none or
several in it (unresolved beats a guess), and never the one whose relative she is. Only nouns
that alone still mean the relative (lexicon/kin_nouns.txt, column ``bare``: not « la femme »,
« la fille »), and not when the article writes the noun as a title before a name (« le père
Jacques Lenoir »: a priest).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.resolved import Resolved, of_person
from quotes.lexicon import fold
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE_SINGULAR
from quotes.lexicon.kin import bare_relatives, relatives

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotes.attribute.cast import Person, Registry


def named_relative(registry: Registry, first: Token, head: Token) -> Resolved | None:
    """The mention « la mère » (``first`` its determiner) resolved as ``bare_relative``: her,
    of the relative's sex; None when that finds no one."""
    relative = bare_relative(registry, first, head)
    if relative is None:
        return None
    return of_person(relative, Resolved(None, None, "person", "description", "s",
                                        relatives()[fold(head.text)][1]))


def bare_relative(registry: Registry, first: Token, head: Token) -> Person | None:
    """The one person named in the relation of ``head`` (« mère »), when ``first`` is a
    definite singular article and nothing says whose (« de X », « biologique de X »)."""
    word = fold(head.text)
    one = relatives().get(word)
    if one is None or word not in bare_relatives() or first.lower_ not in \
            DEFINITE_SINGULAR or "Plur" in head.morph.get("Number", []) or _says_whose(head) or \
            _titled(head):
        return None
    named = {p for p, relation, _ in registry.relations if relation == one[0]}
    return next(iter(named)) if len(named) == 1 else None


def _says_whose(head: Token) -> bool:
    """Does a « de » complement say whose relative ``head`` is, right after it or past an
    adjective (« la mère de Paul », « la mère biologique de l'enfant »)?"""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (after is not None and after.lower_ in DE_CONTRACTED) or any(
        c.i > head.i and c.dep_.startswith("nmod") and any(
            g.dep_ == "case" and g.lower_ in DE_CONTRACTED for g in c.children)
        for c in head.children)


def _titled(head: Token) -> bool:
    """Does the article write ``head``'s noun as a title before a name (« le père Jacques
    Lenoir », « la mère Teresa »)? Then the bare noun may be that person."""
    word = fold(head.text)
    doc = head.doc
    return any(doc[t.i - 1].lower_ in DEFINITE_SINGULAR and doc[t.i + 1].is_title
               and doc[t.i + 1].pos_ == "PROPN" and fold(t.text) == word for t in doc[1:-1])
