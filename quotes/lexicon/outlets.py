"""The names of news outlets the lexicon knows: those it lists (outlet_names.txt), those whose
name opens with a press noun (outlet_heads.txt: « La Gazette de Lens »), and the press nouns that
name one (press_nouns.txt: « le quotidien », « l'hebdomadaire »)."""

from __future__ import annotations

import re

from quotes.lexicon import fold, folded

_ARTICLE = re.compile(r"^(?:l['’]\s*|les?\s+|la\s+)", re.IGNORECASE)


def bare(name: str) -> str:
    """The name without its article: « Le Parisien » is "Parisien", « l’Équipe » "Équipe"."""
    return _ARTICLE.sub("", name.strip())


def listed_outlet(name: str) -> bool:
    """Is ``name`` an outlet the lexicon lists (lexicon/outlet_names.txt), or one whose name
    opens with a press noun (« Le Journal de Lens », lexicon/outlet_heads.txt)?"""
    said = fold(bare(name))
    return said in folded("outlet_names") or said.split(" ", 1)[0] in folded("outlet_heads")


def is_press_noun(word: str) -> bool:
    """A noun for the press (lexicon/press_nouns.txt: « journal », « quotidien »)?"""
    return fold(word) in folded("press_nouns")
