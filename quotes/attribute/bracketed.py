"""A role in a bracket right after a name: « Paul Morel (capitaine de l'équipe) : », a
speaker's line before their words, is the name's apposition as one set off by commas is
(``roles.role_near``); a bracket that holds anything else is no role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.attribute.relations import apposed_function
from quotes.attribute.role_extent import Role
from quotes.attribute.role_number import one_person


def bracketed_role(doc: Doc, ent: Span, window: int) -> Role | None:
    """The role a bracket right after the name holds whole (« Paul Morel (capitaine de
    l'équipe) : », a speaker's line before their words), as an apposition set off by commas
    is; None for any other bracket: a handle, years, a place, an acronym, words of another
    kind (« (@handle) », « (2012-2017) », « (France) », « (41 sélections) »)."""
    lo = ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return None
    close = next((t.i for t in doc[lo : lo + window] if t.is_punct and t.text not in "-'’"),
                 None)
    if close is None or close == lo or doc[close].text != ")":
        return None
    role = apposed_function(doc, lo, close)
    return role if role and role[2] == doc[close - 1].idx + len(doc[close - 1].text) \
        and role[1] == doc[lo].idx and one_person(doc, role) else None
