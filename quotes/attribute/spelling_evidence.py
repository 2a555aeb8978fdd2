"""What tells two spellings of a name one person's (``batch_spellings``): one single office
held by both (``agree``), roles that may be one person's (``compatible``), and the words two
quotes share in a row (``shared_run``), a stock phrase's words (lexicon/stock_phrases.txt)
breaking a run.
"""

from __future__ import annotations

import re

from quotes.attribute.offices import office_heads
from quotes.attribute.role_words import heads, kind_heads
from quotes.lexicon import cached, capitalised, fold, folded
from quotes.lexicon import words as list_words
from quotes.lexicon.grammar import DE_BARE, DEFINITE_BARE, NOT_ROLE_ADJECTIVES, ROLE_WORD_LINKS

_WORD = re.compile(r"[^\W_]+")  # any sign parts two words: an apostrophe, a hyphen, a mark
_HYPHENED = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # a word, its hyphens kept (« porte-parole »)
_LEADS = ROLE_WORD_LINKS - DE_BARE  # before an office's role noun: « le », « un », « au »
_NOT_ADJECTIVES = DE_BARE | NOT_ROLE_ADJECTIVES  # what ends an office's adjectives
_ADJECTIVES = 2  # « directeur général de Vendimo », « procureur général adjoint de Paris »
# the words two quotes of two spellings share, in a row, for their one utterance to tell one
# person: two different gold utterances (seeds, corpus, batch2) share at most 7 words in a row
# (9 only the two renderings of one utterance, « des décisions « concrètes » à l'encontre de la
# Russie »), and a stock sentence of 8 is anyone's (« Nous ne ferons aucun commentaire à ce
# stade »); from ten, three more than any coincidence of the golds, the words are one's own
# (« Le marché couvert rouvrira en mai après deux ans de travaux », eleven)
SAID_RUN = 10


@cached
def _role_words(role: str) -> tuple[str, ...]:
    """A role's words as roles are compared: folded, without marks, determiners and « de »;
    a role noun cut as ``heads`` cuts it (« sénatrice », « sénateur »)."""
    out = []
    for w in _WORD.findall(fold(role)):
        if w in ROLE_WORD_LINKS:
            continue
        cut = heads(w)
        out.append(min(cut) if len(cut) == 1 else w)
    return tuple(out)


@cached
def _alike(a: str, b: str) -> bool:
    """Can two roles be one: the same words (``_role_words``), one the other with a complement
    after it (« directeur général », « directeur général de l'Agence »; not « directeur général
    adjoint »), or one a bare role noun that heads the other (« maire », « maire de Vernac »)?
    No evidence of one person (``agree``), only what keeps two roles from telling two people
    apart (``compatible``)."""
    x, y = _role_words(a), _role_words(b)
    if not x or not y:
        return False
    if x == y or _completed(a, b) or _completed(b, a):
        return True
    if len(x) == 1:
        return x[0] in heads(b) | office_heads(b)
    return len(y) == 1 and y[0] in heads(a) | office_heads(a)


def _completed(short: str, long: str) -> bool:
    """Is role ``long`` role ``short`` with a complement after it, a determiner before either
    aside (« le directeur général », « directeur général de l'Agence »)?"""
    x, y = _opening(short), _opening(long)
    return bool(x) and len(y) > len(x) and y[: len(x)] == x and y[len(x)] in DE_BARE


def _opening(role: str) -> list[str]:
    """A role's folded words, the determiners before it left out."""
    words = _WORD.findall(fold(role))
    while words and words[0] in _LEADS:
        words = words[1:]
    return words


@cached
def agree(a: str, b: str) -> bool:
    """Are two roles one single office, so that their holders are one person: the same words
    (``_role_words``), and each a single office (``_office``): « maire de Vernac », « le
    maire de Vernac »; never a bare noun (« député », « préfet » against « préfet du
    Cantal »), an adjective's role (« conseillère municipale »), nor a role many hold at once
    (« avocat au barreau de Paris », « défenseur du Stade rennais »)."""
    x, y = _role_words(a), _role_words(b)
    return len(x) > 1 and x == y and _office(a) and _office(b)


@cached
def _office(role: str) -> bool:
    """Is ``role`` an office one person holds at a time: a role noun no list gives to many at
    once (lexicon/shared_roles.txt: « joueur », « avocat »), a lower-case adjective or two
    aside, then « de » and a body or a place by a capitalised name (« maire de Vernac »,
    « préfet du Cantal », « porte-parole du Service de secours »); not « au barreau de
    Paris », « adjoint au maire de Lyon », « conseillère municipale »?"""
    toks = _HYPHENED.findall(role)
    i = 0
    while i < len(toks) and fold(toks[i]) in _LEADS:
        i += 1
    if i >= len(toks) or fold(toks[i]) in folded("shared_roles"):
        return False
    j = i + 1
    while j < len(toks) and j - i <= _ADJECTIVES and toks[j].islower() and (
            fold(toks[j]) not in _NOT_ADJECTIVES):
        j += 1
    if j >= len(toks) or fold(toks[j]) not in DE_BARE:
        return False
    j += 1
    while j < len(toks) and fold(toks[j]) in DEFINITE_BARE:
        j += 1
    return j < len(toks) and capitalised(toks[j])


@cached
def compatible(a: str, b: str) -> bool:
    """Can two roles be one person's: alike (``_alike``), or one a bare noun of a kind
    that covers the other's (« l'élu », « maire de Vernac »), or a noun that covers any role
    (« le responsable »)?"""
    if _alike(a, b):
        return True
    x, y = _role_words(a), _role_words(b)
    if len(x) > 1 and len(y) > 1:
        return False
    ka, kb = kind_heads(a), kind_heads(b)
    return ka is None or kb is None or bool(ka & kb)


@cached
def shared_run(a: str, b: str) -> int:
    """The most words two quotes' texts share in a row, as the grouping compares wordings
    (``said_words``), the words of a stock phrase (lexicon/stock_phrases.txt) breaking a run."""
    x, y = _unstocked(a), _unstocked(b)
    best, previous = 0, [0] * (len(y) + 1)
    for u in x:
        row = [0] * (len(y) + 1)
        for k, v in enumerate(y, 1):
            if u is not None and u == v:
                row[k] = previous[k - 1] + 1
                best = max(best, row[k])
        previous = row
    return best


def _unstocked(text: str) -> list[str | None]:
    """A quote's normalised words, each word of a stock phrase in it None."""
    out: list[str | None] = list(said_words(text))
    for phrase in _stock_phrases():
        size = len(phrase)
        for i in range(len(out) - size + 1):
            if tuple(out[i:i + size]) == phrase:
                out[i:i + size] = [None] * size
    return out


@cached
def _stock_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(said_words(p) for p in sorted(list_words("stock_phrases")))


def said_words(text: str) -> tuple[str, ...]:
    """A text's words as quotes are compared: lower case, accents and marks aside, an
    elision a word of its own (« l'été »: « l », « ete »)."""
    return tuple(_WORD.findall(fold(text).lower()))
