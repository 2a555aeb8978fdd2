"""What « et » joins inside a role read past the reading window: one more field of the same
function (« chef du service de cardiologie |et de médecine| du sport »), never another
person's function or a relative.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DE_CONTRACTED, DETERMINERS
from quotes.lexicon.roles import is_role_noun


def field_after(doc: Doc, c: int) -> bool:
    """Does the « et » at token ``c`` open one more field of the role before it (« et de
    médecine », « et d'obstétrique », « et de la recherche »), not another person's function
    (« et du directeur », « et de la ministre ») nor a relative (« et de sa mère »)?"""
    k = c + 1
    if k >= len(doc) or doc[k].lower_ not in DE_CONTRACTED:
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in DETERMINERS:
        k += 1
    while k < len(doc) and doc[k].pos_ == "ADJ" and not is_role_noun(doc[k].text):
        k += 1
    return k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower and not (
        is_role_noun(doc[k].text) or fold(doc[k].text) in folded("kin_nouns"))
