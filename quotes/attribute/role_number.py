"""The number a role is written in: one person's (« avocate de la famille », « l'un des
soignants ») or several people's (« trois policiers », « deux porte-parole »), which no one
name takes (``roles.role_near``, ``bracketed``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.attribute.one_of import one_of_group
from quotes.attribute.role_bounds import charge_opener
from quotes.lexicon import fold
from quotes.lexicon.grammar import NUMBER_WORDS, ONE
from quotes.lexicon.roles import is_role_noun


def one_person(doc: Doc, role: tuple[str, int, int]) -> bool:
    """Can the role be one person's: its role noun is not plural ("accompagné de trois
    policiers, Patrick Balkany"), unless it is one of them (« l'un des soignants »)."""
    span = doc.char_span(role[1], role[2], alignment_mode="expand")
    if span is not None and span[0].pos_ == "ADP":
        return True  # "à la tête de la fédération des artisans": the body's members are many
    noun = next((t for t in span or () if is_role_noun(t.text) or charge_opener(doc, t.i)),
                None)  # « chargées de communication »
    if noun is not None and one_of_group(doc, noun.i):
        return True  # « l'un des soignants »: one of them
    counted = noun is not None and noun.i > 0 and fold(doc[noun.i - 1].text) in NUMBER_WORDS - ONE
    return noun is None or not (counted or "Plur" in noun.morph.get("Number", []))  # « deux
    # porte-parole »: the count says how many
