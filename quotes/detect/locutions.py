"""Preposition locutions made of « à » and an infinitive: « à partir de jeudi », « à compter du
3 mars ». Their infinitive is no verb, so no cue reports it (« ont appelé à une grève à partir de
jeudi » reports no « partir de jeudi »)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.lexicon import fold, folded, is_time_word, singular, words
from quotes.lexicon.grammar import (
    CONTRACTED_SINGULAR,
    DE_CONTRACTED,
    DE_DU,
    DEFINITE,
    DEMONSTRATIVES,
    MONTHS,
)

# a time word after one of these is a date: « à partir de ce jeudi », « de la nuit de
# dimanche », « à compter du lendemain » (« du »: the article is in it); « des » is no lead:
# « à partir des heures creuses », « à compter des jours ouvrés » are no date of one's own
_TIME_LEADS = DEFINITE | DEMONSTRATIVES
_WITH_ARTICLE = CONTRACTED_SINGULAR & DE_DU  # « du »: the article is in it
_YEAR = re.compile(r"^(1[89]|2[01])\d\d$")  # « à partir de 2027 »
_CLOCK = re.compile(r"^\d{1,2}h(\d\d)?$")  # « à partir de 14h », « 8h30 »


def time_locution(doc: Doc, j: int) -> bool:
    """Is the token at ``j`` the infinitive of a locution of time (lexicon/time_locutions.txt)
    after « à », before « de » and a date (``locution_end``)?"""
    return locution_end(doc, j) is not None


def locution_end(doc: Doc, j: int) -> int | None:
    """Where the date ends (the index after it) when the token at ``j`` is the infinitive of a
    locution of time (lexicon/time_locutions.txt) after « à », before « de » and a date; else
    None. A date: a day of the week or an adverb of time (« à partir de jeudi », « d'aujourd'hui
    »), a month, a number that is a day, an hour or a year (before a month or a unit of time,
    « à compter du 5 octobre », « à partir de 22 heures »; four digits, « de 2027 »), or a word of
    time after an article or a demonstrative (« à partir de ce lundi », « de la nuit de
    dimanche »). « à partir de deux principes », « des 2 000 témoignages », « de nuit » (a
    manner), « de leurs maisons »: the verb stays one."""
    if j < 1 or j + 2 >= len(doc) or doc[j - 1].lower_ != "à":
        return None
    if fold(doc[j].text) not in folded("time_locutions") or doc[j + 1].lower_ not in DE_CONTRACTED:
        return None
    k = j + 2
    lead = doc[j + 1].lower_ in _WITH_ARTICLE
    if doc[k].lower_ in _TIME_LEADS and k + 1 < len(doc):
        k, lead = k + 1, True
    date = doc[k]
    if date.lower_ in MONTHS or fold(date.text) in folded("bare_dates") or (
            _YEAR.match(date.text) or _CLOCK.match(date.lower_)):
        return k + 1
    if time_noun(date.text):
        return k + 1 if lead else None
    if date.like_num or date.text[:1].isdigit():
        m = k + 1
        while m < len(doc) and re.fullmatch(r"\d{3}", doc[m].text):  # « 2 000 »
            m += 1
        if m < len(doc) and (doc[m].lower_ in MONTHS or doc[m].lower_ in words("hour_marks") or (
                time_noun(doc[m].text))):
            return m + 1
    return None


def time_noun(word: str) -> bool:
    """A word of time or a unit of time, in the singular or the plural: « nuit », « heures »."""
    w = fold(word)
    return is_time_word(word) or w in folded("time_units") or singular(w) in folded("time_units")
