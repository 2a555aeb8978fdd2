"""Clitic pronouns the parse takes for what they are not."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon.grammar import (
    DATIVE_LEADS,
    DATIVES,
    INCISE_OBJECTS,
    INFINITIVE_CLITICS,
)
from quotes.lexicon.grammatical_person import OWN_VERB_ENDINGS


def dative_taken_for_subject(tok: Token) -> bool:
    """ "Il s'est arrêté et leur a demandé de partir": a dative clitic the parse gave as the
    second verb's subject. « leur » never is a subject; « lui » is one only where it stands
    alone ("Lui a tout vu"), not right after « et », « puis », « mais » before its verb. Nor
    is a clitic right after the verb's own subject ("Le collectif |nous| rappelle que …"), but
    « nous », « vous » with their own verb form ("Les élus et nous demandons")."""
    if tok.pos_ != "PRON":
        return False
    if incise_object(tok) and any(
        c.dep_.startswith("nsubj") and c.i < tok.i and c.right_edge.i == tok.i - 1
        and c.pos_ in ("NOUN", "PROPN") for c in tok.head.children
    ):
        return True
    if tok.lower_ not in DATIVES:
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > tok.sent.start else ""
    return tok.lower_ == "leur" or before in DATIVE_LEADS


def incise_object(tok: Token) -> bool:
    """Is ``tok`` whom an incise's speaker tells, in its cue group ("« … », lui a répondu X",
    "…, nous a-t-il confié", "…, vous explique le maire")? « nous » and « vous » are only when
    the verb after them is not theirs as a subject ("…, nous confions", "vous dites")."""
    low = tok.lower_
    if low in INCISE_OBJECTS:
        return True
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    own = OWN_VERB_ENDINGS.get(low)
    return own is not None and bool(nxt) and not nxt.endswith(own)


def preverbal(tok: Token) -> bool:
    """Is ``tok`` a clitic pronoun of the verb right after it, which the parse may hang on the
    subject's noun before it ("Le syndicat |lui| rappelle", "la direction |le lui| a dit"); not
    a stressed pronoun set off by a comma ("Les syndicats, eux, …")?"""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.pos_ == "PRON" and tok.lower_ in INFINITIVE_CLITICS and tok.i > 0
        and doc[tok.i - 1].text != "," and nxt is not None
        and (nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in INFINITIVE_CLITICS)
    )
