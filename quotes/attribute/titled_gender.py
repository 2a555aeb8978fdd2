"""Whether a description's gender rules a person out.

A description's determiner shows a gender (« la ministre », « le maire »), and one of the other
gender is someone else; but French writes a title's masculine for a woman too (« le maire », « le
ministre », « le docteur »): when the article itself titles her so (« Le maire Thérèse Martin »),
« le maire » later is her again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import fold

if TYPE_CHECKING:
    from quotes.attribute.cast import Person


def of_gender(gender: str | None, person: Person, noun: str) -> bool:
    """Is ``person`` of ``gender`` (what a description headed by ``noun`` shows), or of no gender
    known, or a woman the article titles with that very noun when ``gender`` is the masculine?"""
    return gender in (None, person.gender) or person.gender is None or (
        gender == "m" and any(fold(r).split()[:1] == [fold(noun)] for r in person.role_texts()))
