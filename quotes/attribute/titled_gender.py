"""Whether a description's gender rules a person out.

A description's determiner shows a gender (« la ministre », « le maire »), and one of the other
gender is someone else; but French writes a title's masculine for a woman too (« le maire », « le
ministre », « le docteur »): when the article itself titles her so (« Le maire Thérèse Martin »),
« le maire » later is her again. A role noun's form shows a gender too when the other gender
has a word of its own (« l'ex-animateur » is no woman named beside it, « la présentatrice » no man).
Where the text shows no gender of a person, their given name may (``name_model.name_guess``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.name_model import name_guess
from quotes.lexicon import fold
from quotes.lexicon.roles import distinct_gender, is_role_noun

if TYPE_CHECKING:
    from quotes.attribute.cast import Person


def of_gender(gender: str | None, person: Person, noun: str) -> bool:
    """Is ``person`` of ``gender`` (what a description headed by ``noun`` shows), or of no gender
    known, or a woman the article titles with that very noun when ``gender`` is the masculine?"""
    return gender in (None, person.gender) or person.gender is None or (
        gender == "m" and any(fold(r).split()[:1] == [fold(noun)] for r in person.role_texts()))


def form_fits(words: str, person: Person) -> bool:
    """Can the description ``words`` be ``person`` by the form of its first role noun
    (``distinct_gender``: « l'ex-animateur » is no woman, « la présentatrice » no man), unless
    the article titles her with that very noun (``of_gender``)?"""
    noun = next((w for w in words.split() if is_role_noun(w)), None)
    return noun is None or of_gender(distinct_gender(noun), person, noun)


def agrees(gender: str | None, person: Person) -> bool:
    """Is ``person`` of ``gender``, or of none the text shows and none the other way by their
    given name (``name_guess``: « l'avocat » is no Fanny Roux the text gives no gender)?"""
    return gender in (None, person.gender) or (
        person.gender is None and name_guess(person.name) in (None, gender))
