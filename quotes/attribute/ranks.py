"""What a description says of a person beside their function: a rank among others ("la
seule plaignante", "le premier pape né aux États-Unis") or a state ("présente à l'audience",
"né à Chicago"). The role is the function alone; a rank with a state, or with what the
person was first to do (« le premier maire à avoir signé »), is a distinction or a record, whose
function is its role noun alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import fold
from quotes.lexicon.grammar import ONLY, RANKS, STATES, A


def function_only(doc: Doc, lo: int, hi: int, noun: int) -> tuple[int, int]:
    """Tokens [lo, hi) of a role whose role noun is ``noun``, without a state after the noun
    ("plaignante présente à l'audience": "plaignante") and without "seul(e)" before it; the
    role noun alone for a rank with a state ("premier évêque de l'Histoire né en Islande":
    "évêque") or with what the person was first to do ("premier maire de la région à avoir signé
    la charte": "maire"), a distinction that sets the person apart, whose function is the noun
    ("Premier ministre", "dernier président" with no state stay whole)."""
    state = next((t.i for t in doc[noun + 1 : hi] if fold(t.text) in STATES), hi)
    before = [fold(t.text) for t in doc[lo:noun]]
    if (state < hi or _record(doc, noun, hi)) and any(w in RANKS for w in before):
        return noun, noun + 1
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
