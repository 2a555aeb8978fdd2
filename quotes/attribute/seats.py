"""Bodies named by their seat: « selon la rue de Grenelle », « a fait savoir Matignon ».

A ministry or the presidency is often named by the street, square or palace it sits in
(lexicon/seats.txt). A mention that is such a seat as a whole names that body, written as the
text gives it, without its article; the same words as a complement (« un café de la rue de
Grenelle ») are an address and name no one, and are left to the other readings.
"""

from __future__ import annotations

from quotes.attribute.mentions import without_determiner
from quotes.lexicon import cached, capitalised, fold, folded, words
from quotes.lexicon.grammar import NAME_LINKS
from quotes.lexicon.periphrases import phrase_key


def seat(text: str) -> str | None:
    """The seat these words name, as written without their article (« la place Beauvau » ->
    « place Beauvau »), or None when they are not one of lexicon/seats.txt as a whole."""
    bare = without_determiner(text.strip())
    return bare if phrase_key(bare) in _seats() or _palace(bare) else None


def _palace(bare: str) -> bool:
    """Is ``bare`` a palace's noun (lexicon/seat_nouns.txt) and its proper name as a whole,
    after « de » or not (« palais de Vernoy », « château du Montel », « palais Vidal »)? A
    common noun after it (« le palais des sports ») names a building, no one."""
    noun, _, rest = phrase_key(bare).partition(" ")
    if noun not in folded("seat_nouns") or not rest:
        return False
    name = bare.split(maxsplit=1)[1]
    for link in _LINKS:
        if name.startswith(link):
            name = name[len(link):]
            break
    said = name.replace("'", "' ").replace("’", "’ ").split()
    return any(capitalised(w) for w in said) and all(
        capitalised(w) or fold(w) in NAME_LINKS for w in said)


_LINKS = ("de ", "du ", "d'", "d’")  # the palace's name after its noun


@cached
def _seats() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in words("seats"))
