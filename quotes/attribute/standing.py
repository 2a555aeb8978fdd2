"""Titles of standing that are a figure of speech: a title held over a realm (« roi »,
« princesse », « baron »: lexicon/sovereign_titles.txt and the ``realm`` entries of
standing_nouns.txt) names a function with a place or a people after it (« princesse de Varne »,
« roi des Belges »), and none with a common noun (« le prince des poètes », « la reine du bal »,
« le roi du pétrole », « le baron de la drogue »): the person so called holds no office there.
The whole role phrase is read, with its modifiers before or after the title (« présumé baron de
la drogue », « baron présumé de la drogue », « Baron noir de la série »), and a few figures
are figures whatever surrounds them (« un vrai prince charmant »). A religious office over a
community written lowercase is an office (« le pape des coptes »): « pape », « saint » are no
realm titles here.
"""

from __future__ import annotations

import re

from quotes.lexicon import cached, fold, folded, marked, words
from quotes.lexicon.openers import TITLE_DETERMINERS

# the preposition and a determiner after a title (and its modifiers), then the complement
_COMPLEMENT = re.compile(r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(\S+)")
# words between the title and its preposition (« baron présumé de … », « Baron noir de … »)
_MODIFIERS = 2


@cached
def _figures() -> tuple[tuple[str, ...], ...]:
    """lexicon/title_figures.txt, each entry as its folded words."""
    return tuple(tuple(fold(w) for w in e.split()) for e in words("title_figures"))


@cached
def _historic() -> tuple[tuple[str, ...], ...]:
    """lexicon/historic_titles.txt, each entry as its folded words."""
    entries = words("historic_titles")
    return tuple(tuple(fold(w) for w in e.replace("'", "' ").split()) for e in entries)


def historic_title(phrase: str) -> bool:
    """Does the phrase open, past its determiner, on a title of the past or a name made of one
    (« le marquis de Sade », « le roi de Navarre »: lexicon/historic_titles.txt)? No one of the
    article's cast holds it."""
    ws = [fold(w) for w in phrase.replace("’", "'").replace("'", "' ").split()]
    while ws and ws[0] in TITLE_DETERMINERS:
        ws = ws[1:]
    return any(tuple(ws[: len(e)]) == e for e in _historic())


@cached
def realm_titles() -> frozenset[str]:
    """Folded titles held over a realm."""
    realm = marked("standing_nouns", "realm")
    offices = frozenset(fold(w) for w in marked("sovereign_titles", "office"))
    return (folded("sovereign_titles") - offices) | frozenset(fold(w) for w in realm)


def figurative_title(role: str) -> bool:
    """Is the role, as written, a figure of speech made of a title of a realm: an entry of
    lexicon/title_figures.txt anywhere in it (« vrai prince charmant de la télé-réalité »), or a
    title whose complement, after at most two modifiers, opens on a common noun (« reine du
    bal », « présumé baron de la drogue », « roi incontesté de la pop ») that names no office of
    the realm (lexicon/realm_offices.txt: « princesse héritière de la couronne »)? An age
    (« princesse de 42 ans ») or a proper name (« duc de la Roche-Varne ») after the preposition
    keeps the title a function."""
    text = role.replace("’", "'")
    words = [fold(w.strip(",;:")) for w in text.split()]
    if any(tuple(words[i : i + len(f)]) == f for f in _figures() for i in range(len(words))):
        return True
    titles = realm_titles()
    for i, w in enumerate(words):
        if w not in titles:
            continue
        rest = text.split()[i + 1 :]
        for skip in range(min(_MODIFIERS, len(rest)) + 1):
            m = _COMPLEMENT.match(" ".join(rest[skip:]))
            if m is not None:
                head = m.group(1)
                return head[:1].islower() and fold(head.strip(",;:")) not in \
                    folded("realm_offices")
            if skip < len(rest) and not rest[skip][:1].islower():
                break  # a name, a number or punctuation ends the title's phrase
        return False
    return False
