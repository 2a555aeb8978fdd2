"""Roles the text gives a name: apposed ("Oana Lungescu, porte-parole de l'OTAN",
``role_apposition``), or a title before it ("le président américain Joe Biden",
``role_title``), each cut to its words by ``role_extent``; a title shared by names joined by
« et » and a role stacked before a title.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from quotes.attribute.bracketed import bracketed_role
from quotes.attribute.listed_roles import listed_with
from quotes.attribute.role_apposition import apposed_role
from quotes.attribute.role_bounds import gender_of
from quotes.attribute.role_extent import Role
from quotes.attribute.role_number import one_person
from quotes.attribute.role_title import title_before
from quotes.attribute.shared_titles import shared_title
from quotes.attribute.stacked_roles import stacked_role, title_words
from quotes.lexicon.roles import article_gender, noun_gender
from quotes.settings import DEFAULT

# the genders of nouns and determiners, read here by the stages that weigh roles
__all__ = ["article_gender", "gender_of", "noun_gender", "role_near", "roles_near",
           "written_genders"]


def written_genders(text: str, roles: Iterable[tuple[str, int, int]]) -> set[str]:
    """The genders the determiners right before the ``roles`` (text, start, end) show in
    ``text`` (« la ministre de la Santé X »: "f"); none for an elided one (« l'ambassadeur »),
    which a woman may be written."""
    before = (text[max(0, lo - 6) : lo].split() for _, lo, _ in roles)
    return {g for words in before if words and (g := article_gender(words[-1].lower())) is not None}


def roles_near(ent: Span, window: int = DEFAULT.role_window) -> tuple[Role, ...]:
    """Every role the text gives right next to a name: the apposition after it, the title
    before it ("le cardinal Paul Morel, archevêque de Lyon") or its share of a plural title
    before names joined by « et » (``shared_title``: "les ministres des Sports et de la
    Culture, Anne Roy et Paul Morel"), and a role apposed before that title ("le chef du
    Comité militaire, l'amiral néerlandais Jan de Vries")."""
    title = role_near(ent, window, before=True) or shared_title(ent, window)
    found = [r for r in dict.fromkeys((role_near(ent, window), title)) if r]
    stacked = stacked_role(ent, title_words(ent, title), window)
    one = stacked is not None and one_person(ent.doc, stacked)
    return tuple(found + ([stacked] if stacked and one else []))


def role_near(
    ent: Span, window: int = DEFAULT.role_window, *, before: bool = False
) -> Role | None:
    """A role the text gives right next to a name: apposition, else title before it
    (``before``: the title only)."""
    if before:
        return title_before(ent, window)
    # « Paul Morel et Jean Dutel, les avocats de Z »: the apposition after the list is each one's
    listed = listed_with(ent)
    if role := apposed_role(ent, listed, window):
        return role
    if listed is None and (bracketed := bracketed_role(ent.doc, ent, window)):
        return bracketed
    return title_before(ent, window)
