"""Whether the article shows a body it names acting or speaking, or names it only in passing.

« a annoncé la préfecture du Cantal », « la préfecture du Cantal a indiqué », « selon la
préfecture du Cantal », « annoncé par la préfecture du Cantal »: the body acts. « parti de la
préfecture de Lyon », « reçu à la mairie de Vernac », « a quitté la préfecture de Lyon »: a
place or a thing the sentence passes by. ``orgs.org_name`` reads this when a body is said by
its kind alone and the article named several of that kind.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import reporting_verbs
from quotes.lexicon.grammar import SELON

_SUBJECTS = ("nsubj", "obl:agent")  # « la préfecture a dit », « annoncé par la préfecture »


def acting_at(doc: Doc, offset: int) -> bool:
    """Is the body whose noun starts at character ``offset`` a clause's subject or agent, the
    source of « selon » / « d'après », or the subject a reporting verb inverts after it (parsed
    as its object: « a annoncé la préfecture du Cantal »)?"""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and acting(span[0])


def acting(noun: Token) -> bool:
    """``acting_at`` for the noun's token."""
    if noun.dep_.split(":")[0] == "nsubj" or noun.dep_ in _SUBJECTS:
        return True
    if any(c.dep_ == "case" and c.lower_ in SELON for c in noun.children):
        return True
    verb = noun.head
    return (noun.dep_ == "obj" and verb.i < noun.i and verb.pos_ == "VERB"
            and verb.lower_ in reporting_verbs()
            and not any(c.dep_.startswith("nsubj") for c in verb.children))
