"""Clitic pronouns the parse takes for what they are not."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon.grammar import DATIVE_LEADS, DATIVES


def dative_taken_for_subject(tok: Token) -> bool:
    """ "Il s'est arrêté et leur a demandé de partir": a dative clitic the parse gave as the
    second verb's subject. « leur » never is a subject; « lui » is one only where it stands
    alone ("Lui a tout vu"), not right after « et », « puis », « mais » before its verb."""
    if tok.pos_ != "PRON" or tok.lower_ not in DATIVES:
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > tok.sent.start else ""
    return tok.lower_ == "leur" or before in DATIVE_LEADS
