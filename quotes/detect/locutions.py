"""Preposition locutions made of « à » and an infinitive: « à partir de jeudi », « à compter du
3 mars ». Their infinitive is no verb, so no cue reports it (« ont appelé à une grève à partir de
jeudi » reports no « partir de jeudi »)."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import fold, folded, is_time_word
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, DEMONSTRATIVES, MONTHS

_TIME_LEADS = DEFINITE | DEMONSTRATIVES  # « à partir de ce jeudi », « à compter du 1er »


def time_locution(doc: Doc, j: int) -> bool:
    """Is the token at ``j`` the infinitive of a locution of time (lexicon/time_locutions.txt)
    after « à », before « de » and a date: a word of time, a month or a number, maybe after an
    article or a demonstrative? « à partir de jeudi », « à compter du 3 mars », not « à partir
    de leurs maisons »."""
    if j < 1 or j + 2 >= len(doc) or doc[j - 1].lower_ != "à":
        return False
    if fold(doc[j].text) not in folded("time_locutions") or doc[j + 1].lower_ not in DE_CONTRACTED:
        return False
    k = j + 2
    if doc[k].lower_ in _TIME_LEADS and k + 1 < len(doc):
        k += 1
    date = doc[k]
    return is_time_word(date.text) or date.lower_ in MONTHS or date.like_num or (
        date.text[:1].isdigit())
