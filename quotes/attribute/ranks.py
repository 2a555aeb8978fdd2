"""What a description says of a person beside their function: a rank among others ("la
seule plaignante", "le premier pape né aux États-Unis") or a state ("présente à l'audience",
"né à Chicago"). The role is the function alone; a rank with a state, or with what the
person was first to do (« le premier maire à avoir signé »), is a distinction or a record, whose
function is its role noun alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import fold, listed
from quotes.lexicon.grammar import DE_CONTRACTED, DETERMINERS, ONLY, RANKS, STATES, SUPERLATIVES, A


def function_only(doc: Doc, lo: int, hi: int, noun: int) -> tuple[int, int]:
    """Tokens [lo, hi) of a role whose role noun is ``noun``, without a state after the noun
    ("plaignante présente à l'audience": "plaignante") and without "seul(e)" before it; the
    role noun alone for a rank with a state ("premier évêque de l'Histoire né en Islande":
    "évêque") or with what the person was first to do ("premier maire de la région à avoir signé
    la charte": "maire"), a distinction that sets the person apart, whose function is the noun
    ("Premier ministre", "dernier président" with no state stay whole); without the span a
    superlative or a rank compares it over ("le plus jeune chef du gouvernement de l'histoire":
    "chef du gouvernement", ``compared_over``)."""
    state = next((t.i for t in doc[noun + 1 : hi] if fold(t.text) in STATES), hi)
    before = [fold(t.text) for t in doc[lo:noun]]
    if (state < hi or _record(doc, noun, hi)) and any(w in RANKS for w in before):
        return noun, noun + 1
    hi = compared_over(doc, noun, hi)
    state = min(state, hi)
    while lo < noun and fold(doc[lo].text) in ONLY:
        lo += 1
    return lo, state


def _record(doc: Doc, noun: int, hi: int) -> bool:
    """Does a rank's « à » and infinitive follow the role noun, in the role or right after it
    ("le premier maire de la région |à avoir signé la charte"): what the person was first to do,
    a record?"""
    return any(
        t.lower_ in A and t.i + 1 < len(doc) and "Inf" in doc[t.i + 1].morph.get("VerbForm", [])
        for t in doc[noun + 1 : min(hi + 1, len(doc))]
    )


def compared_over(doc: Doc, noun: int, hi: int) -> int:
    """Where a role noun's complements end before the span a superlative or a rank before the
    noun compares its holder over: « de », its determiners and a noun of
    lexicon/superlative_scopes.txt (« le plus jeune maire |de l'histoire de la ville| »,
    « la préfète |la plus jeune de l'histoire| », set after the noun, from its article on;
    « la première présidente du club |de son histoire| », « la moins connue des ministres de
    l'époque »); ``hi`` when no degree grades the noun (« professeure d'histoire de l'art »,
    « maire de l'époque » keep theirs) or no such complement follows."""
    for t in doc[noun + 1 : hi - 1]:
        if t.lower_ in DETERMINERS and doc[t.i + 1].lower_ in SUPERLATIVES:
            return t.i  # « la préfète |la plus jeune …| »: a superlative after the noun, no office
    graded = any(
        t.dep_ == "amod" and (fold(t.text) in RANKS or any(
            c.lower_ in SUPERLATIVES for c in t.children))
        for t in doc[noun].lefts
    )
    if not graded:
        return hi
    for t in doc[noun + 1 : hi]:
        if t.lower_ not in DE_CONTRACTED and t.lower_.replace("’", "'") != "d'":
            continue
        k = t.i + 1
        while k < hi and (doc[k].lower_ in DETERMINERS or fold(doc[k].text) in _ALL):
            k += 1
        if k < hi and listed(doc[k].text, "superlative_scopes"):
            return t.i
    return hi


_ALL = frozenset({"tout", "tous", "toute", "toutes"})  # « de tous les temps »
