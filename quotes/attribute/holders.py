"""Who can hold the function a description names: never someone whose known functions all have
another role noun. « le ministre de l'Intérieur » is not the « procureur de Paris » the article
is about, nor « la ministre » its « juge d'instruction »; a party's leader (« président du
parti », lexicon/second_hats.txt) may hold an office beside, and someone with no known role
says nothing against it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.cast import other_role
from quotes.attribute.offices import office
from quotes.attribute.role_words import head_key, heads
from quotes.lexicon import cached, folded

if TYPE_CHECKING:
    from quotes.attribute.cast import Person


def says_otherwise(description: str, person: Person) -> bool:
    """Do the person's roles say something else than the description (``other_role``), or,
    for an office of state, does every role of theirs have a role noun of another function?"""
    if other_role(description, person):
        return True
    held = office(description)
    if held is None or not held.exact:
        return False
    nouns = {h for name in held.names for h in heads(name)} | heads(description)
    own = [heads(r) for r in person.role_texts()]
    return bool(nouns) and bool(own) and all(
        h and not h & nouns and not h & _second_hats() for h in own
    )


@cached
def _second_hats() -> frozenset[str]:
    """The heads of lexicon/second_hats.txt, cut by ``head_key``."""
    return frozenset(head_key(w) for w in folded("second_hats"))
