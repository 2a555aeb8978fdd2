"""Whether a description's gender rules a person out.

A description's determiner shows a gender (« la ministre », « le maire »), and one of the other
gender is someone else; but French writes a title's masculine for a woman too (« le maire », « le
ministre », « le docteur »): when the article itself titles her so (« Le maire Thérèse Martin »),
« le maire » later is her again. A role noun's form shows a gender too when the other gender
has a word of its own (« l'ex-animateur » is no woman named beside it, « la présentatrice » no man).
Where the text shows no gender of a person, their given name may (``name_model.name_guess``),
but not against a title only its determiner marks (« le ministre » may be Oksana Lysenko).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.name_model import name_guess
from quotes.lexicon import fold, noun_genders
from quotes.lexicon.roles import distinct_gender, is_role_noun, noun_gender, role_prefix

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


def agrees(gender: str | None, person: Person, words: str) -> bool:
    """Is ``person`` of ``gender``, or of none the text shows and none the other way by their
    given name (``name_guess``: « l'avocat » is no Fanny Roux the text gives no gender), unless
    the description ``words`` is a title only its determiner marks (``epicene_title``: « le
    ministre » may be Oksana Lysenko)?"""
    return gender in (None, person.gender) or (person.gender is None and (
        epicene_title(words) or name_guess(person.name) in (None, gender)))


def epicene_title(words: str) -> bool:
    """Is the first noun of a description that names a sex or a role a role noun French writes
    the same for a woman, only its determiner marking the gender (« ministre », « juge »,
    « maire », « capitaine », « secrétaire »), not one the other gender spells differently
    (``noun_gender``: avocat/avocate, chercheur/chercheuse, fondateur/fondatrice) nor a noun
    naming a sex (lexicon/noun_genders.tsv: « père », « homme »)?"""
    for w in words.split():
        if noun_genders().get(w.lower()) in ("m", "f"):
            return False
        if is_role_noun(w):
            return noun_gender(role_prefix(w)[1]) is None
    return False
