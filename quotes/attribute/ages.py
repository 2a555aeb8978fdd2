"""An age given beside the words naming a speaker: « le Suisse de 41 ans », « La Rémoise, 33
ans ». The age says no more who speaks than the words before it; ``speakers.classify`` reads
those words alone, as someone the article names, never as a country or a body.
"""

from __future__ import annotations

import re

_AGED = re.compile(r",? (?:âgée?|âgés|âgées)? ?de \d+ ans\b")  # "le Suisse de 41 ans"
_APPOSED_AGE = re.compile(r"((?:[Ll][ae] |[Ll]['’])[\w-]+), \d+ ans")  # « La Rémoise, 33 ans »


def apposed_age(text: str, start: int, end: int) -> int:
    """Where the words ``text[start:end]`` end without an age apposed to two words (« La
    Rémoise, 33 ans », « Le Grec, 50 ans »): the two words alone say who, the age apposed to
    them as « de 33 ans » would be; ``end`` when no such age ends them."""
    aged = _APPOSED_AGE.fullmatch(text, start, end)
    return end if aged is None else aged.end(1)


def aged(text: str) -> bool:
    """Do the words ``text`` give an age as « de 41 ans » (« le Suisse de 41 ans »)?"""
    return _AGED.search(text) is not None


def without_age(words: str) -> str:
    """The words without the age they give (« Suisse de 41 ans »: « Suisse »)."""
    return _AGED.sub("", words)
