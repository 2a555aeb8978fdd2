"""Bodies named by their seat: « selon la rue de Grenelle », « a fait savoir Matignon ».

A ministry or the presidency is often named by the street, square or palace it sits in
(lexicon/seats.txt). A mention that is such a seat as a whole names that body, written as the
text gives it, without its article; the same words as a complement (« un café de la rue de
Grenelle ») are an address and name no one, and are left to the other readings.
"""

from __future__ import annotations

from quotes.attribute.mentions import without_determiner
from quotes.lexicon import cached, words
from quotes.lexicon.periphrases import phrase_key


def seat(text: str) -> str | None:
    """The seat these words name, as written without their article (« la place Beauvau » ->
    « place Beauvau »), or None when they are not one of lexicon/seats.txt as a whole."""
    bare = without_determiner(text.strip())
    return bare if phrase_key(bare) in _seats() else None


@cached
def _seats() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in words("seats"))
