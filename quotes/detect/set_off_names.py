"""A name the parse hung on the phrase set before it, though it opens the clause after: « A
l'énoncé de la peine, Paul Roux, 65 ans, est resté calme »: the parse read « Paul Roux » as
coordinated with « l'énoncé », and the verb after it has no subject; the name is that subject."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.forms import conjugated
from quotes.detect.governing import SUBJECT_DEPS
from quotes.nlp.doc import entity_end
from quotes.settings import DEFAULT

# a subject of the verb's own: a person's or thing's, an impersonal « il » (« il faut »), a clause
_SUBJECTS = (*SUBJECT_DEPS, "expl", "expl:subj", "csubj")


def set_off_name(tok: Token, aside: int = DEFAULT.set_off_aside) -> bool:
    """Is ``tok`` the first word of a person's name set off after a comma, hung on a word
    before it, that the sentence's main verb follows (past one aside between commas with no
    verb: « , 65 ans, », at most ``aside`` tokens), that verb having no subject of its own?"""
    doc = tok.doc
    if tok.ent_type_ != "PER" or tok.ent_iob_ != "B" or tok.i == 0 or doc[tok.i - 1].text != ",":
        return False
    if tok.head.i >= tok.i:
        return False
    k = entity_end(doc, tok.i)
    if k < len(doc) and doc[k].text == ",":  # one aside with no verb: « , 65 ans, »
        stop = min(k + aside, len(doc))
        close = next((j for j in range(k + 1, stop) if doc[j].text == ","), None)
        if close is None or any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1 : close]):
            return False
        k = close + 1
    if k >= len(doc) or not conjugated(doc[k]):
        return False
    verb = doc[k].head if doc[k].dep_.startswith(("aux", "cop")) else doc[k]
    return verb.dep_ == "ROOT" and verb.sent == tok.sent and not any(
        c.dep_ in _SUBJECTS for c in verb.children)
