"""A body named by what it is in charge of: « l'Éducation nationale » for « le ministère de
l'Education nationale » the article names too.

The press names a ministry by its portfolio alone, with its capital (« la Santé a confirmé
… »); where the article gives the body's full name, « ministère » and « de » before those same
words (accents and apostrophes aside), that full name is the speaker's, as the guidelines want
the fullest name the article gives. A portfolio without its capital is a common noun (« la
justice »: the courts; « la défense »: the lawyers). The heads that a portfolio stands for
are lexicon/portfolio_heads.txt; with no such body named, the words stay the name as written.
"""

from __future__ import annotations

import re

from quotes.lexicon import fold, words

# what parts the head from the portfolio: « de », « de la », « de l' », « des », « du »
_LINK = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)")


def portfolio_body(orgs: dict[str, list[tuple[int, str]]], phrase: str) -> str | None:
    """The body the article names as a head of lexicon/portfolio_heads.txt, then « de » and
    ``phrase`` (without its determiner): « Éducation nationale » -> « ministère de
    l'Education nationale »; None when it names none, or several different ones."""
    own = _folded(phrase)
    if not own or not _capital(phrase):
        return None  # « la justice », « la défense »: the courts, the lawyers, no ministry
    found = {name for head in words("portfolio_heads") for _, name in orgs.get(fold(head), ())
             if _portfolio(name, head) == own}
    return found.pop() if len(found) == 1 else None


def _portfolio(name: str, head: str) -> str | None:
    """The words after ``head`` and its « de » in ``name``, folded, or None."""
    if not fold(name).startswith(fold(head)):
        return None
    link = _LINK.match(name, len(head))
    if link is None or not _capital(name[link.end() :]):
        return None
    return _folded(name[link.end() :])


def _capital(words_: str) -> bool:
    """Is the portfolio written with a capital, as the press writes a ministry's (« la Santé »,
    « l'Intérieur »), not a common noun (« la justice »)?"""
    return words_.strip()[:1].isupper()


def _folded(words_: str) -> str:
    return " ".join(fold(words_).replace("’", "'").split())
