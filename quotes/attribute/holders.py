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
from quotes.attribute.role_words import head_nouns, heads
from quotes.lexicon import cached, counterparts, folded, singular

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
    own = [(heads(r), _second_hat(r)) for r in person.role_texts()]
    return bool(nouns) and bool(own) and all(
        h and not h & nouns and not hat for h, hat in own
    )


def _second_hat(role: str) -> bool:
    """Has the role a noun of lexicon/second_hats.txt, in the plural or the other gender too
    (« présidente », « conseillers »)? The noun itself, not its first letters: « présidentiable »
    is no « président »."""
    return any(singular(n) in _second_hats() for n in head_nouns(role))


@cached
def _second_hats() -> frozenset[str]:
    """The nouns of lexicon/second_hats.txt, folded, with their other gender's form."""
    listed = folded("second_hats")
    return frozenset(listed) | {c for w in listed for c in counterparts(w)}
