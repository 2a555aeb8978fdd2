"""The names of news outlets the lexicon knows: those it lists (outlet_names.txt), those whose
name opens with a press noun (outlet_heads.txt: « La Gazette de Lens ») or with a network before
a place (outlet_networks.tsv: « France Bleu Vallonie »), and the press nouns that name one
(press_nouns.txt: « le quotidien », « l'hebdomadaire »)."""

from __future__ import annotations

import re

from quotes.lexicon import cached, fold, folded, table

ARTICLE = r"(?:l['’]\s*|les?\s+|la\s+)"  # « l' », « le », « la », « les » before a name
_ARTICLE = re.compile("^" + ARTICLE, re.IGNORECASE)


def bare(name: str) -> str:
    """The name without its article: « Le Parisien » is "Parisien", « l’Équipe » "Équipe"."""
    return _ARTICLE.sub("", name.strip())


def listed_outlet(name: str) -> bool:
    """Is ``name`` an outlet the lexicon lists (lexicon/outlet_names.txt, with its article when
    the article is part of the name: « La Libre Belgique »), one whose name opens with a press
    noun (« Le Journal de Lens », lexicon/outlet_heads.txt), or a network's station (« France
    Bleu Vallonie », lexicon/outlet_networks.tsv)?"""
    said = fold(bare(name))
    return (listed_name(name) or said.split(" ", 1)[0] in folded("outlet_heads")
            or _network(said) is not None)


def listed_name(name: str) -> bool:
    """Is ``name``, with its article or without, an outlet lexicon/outlet_names.txt lists?"""
    names = folded("outlet_names")
    return fold(bare(name)) in names or fold(name.strip()) in names


def network_kind(name: str) -> str | None:
    """The press noun of the network whose station ``name`` is (« France Bleu Vallonie »:
    "radio"), None when it names none: a network's name must go on with a place."""
    return _network(fold(bare(name)))


def _network(said: str) -> str | None:
    """``network_kind`` of a name already folded, without its article."""
    return next((kind for net, kind in _networks() if said.startswith(net + " ")), None)


@cached
def _networks() -> tuple[tuple[str, str], ...]:
    """lexicon/outlet_networks.tsv: each network's folded name and the press noun of its kind."""
    return tuple((fold(net), kind) for net, kind in table("outlet_networks"))


def is_press_noun(word: str) -> bool:
    """A noun for the press (lexicon/press_nouns.txt: « journal », « quotidien »)?"""
    return fold(word) in folded("press_nouns")
