"""The role a definite description says its holder has now (« la pilote d'essai, désormais
astronaute »): only the role after a word of now (lexicon/now_markers.txt), never one that is
over (« ancienne astronaute », « ex-astronaute »: grammar.FORMER)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.resolved import Resolved, of_person
from quotes.attribute.role_extent import Role, role_span
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import FORMER
from quotes.lexicon.roles import is_role_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotes.attribute.cast import Person


def held_role(span: Span, head: Token) -> Role | None:
    """The role the words of a description hold past its noun after a word of now
    (« désormais astronaute »: `astronaute`): the phrase of the first role noun after that
    word, to the mention's end; None without one, or when it is a former one (« ancienne »)."""
    now = folded("now_markers")
    after = span[head.i - span.start + 1 :]
    marker = next((t.i for t in after if fold(t.text) in now), None)
    if marker is None:
        return None
    for t in span.doc[marker + 1 : span.end]:
        if is_role_noun(t.text):
            before = fold(span.doc[t.i - 1].text)
            if before in FORMER or fold(t.text).startswith("ex-") or before == "-":
                return None
            return role_span(span.doc, t.i, span.end)
    return None


def held_description(holder: Person, span: Span, head: Token, gender: str | None,
                     described: str) -> Resolved:
    """The description ``span`` (head ``head``, words ``described``) as its one ``holder``
    (``descriptions.holder``), with the role it says she holds now, shown (``held_role``)."""
    held = held_role(span, head)
    return of_person(holder, Resolved(
        None, held[0] if held else None, "person", "description", "s", gender,
        described=described, roles=(held,) if held else ()))
