"""Initials an article writes for a role it writes out: « le SG de l'ONU » after « le
Secrétaire général de l'ONU, X », « la DRH » after « la directrice des ressources humaines, Y ».

A word in capitals after a singular definite or demonstrative determiner is the initials of a
role when its letters are, in order, the first letters of the content words (a compound's
parts each: « président-directeur général ») of a phrase of the same article that opens with
a listed role noun. Read so, it is a role noun for that article and is written out as the
phrase where a description is matched to the cast (lexicon.short_forms ``written_out``). Two
phrases of different words spelled by the same letters leave it unread: no one's initials.
Out: the initials as written -> the phrase as the article writes it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotes.lexicon import fold, in_capitals
from quotes.lexicon.grammar import DEFINITE_SINGULAR, NAME_LINKS, SINGULAR_DEMONSTRATIVES, A
from quotes.lexicon.roles import is_role_noun

# a word, its hyphenated parts together (« président-directeur »); apostrophes split
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# folded determiners initials follow (« le SG », « cette DRH »), apostrophe cut (« l »)
_LEADS = frozenset(fold(d).rstrip("'’") for d in DEFINITE_SINGULAR | SINGULAR_DEMONSTRATIVES)
# folded words no initial stands for: the links inside a role (« des », « de la », « à »)
_LINKS = frozenset(fold(w).rstrip("'’") for w in NAME_LINKS | A) | {"et"}
_MAX = 5  # letters of the longest initials read (« PDG », « DRH », « SG »)


def role_initials(text: str) -> dict[str, str]:
    """The initials the article writes after a determiner that spell the content words of
    one role phrase it writes out -> that phrase: « SG » -> « Secrétaire général »."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    wanted = {w for (lead, *_), (w, *_) in pairwise(words)
              if fold(lead) in _LEADS and in_capitals(w) and w.isalpha() and len(w) <= _MAX}
    found: dict[str, str] = {}
    for short in sorted(wanted):
        phrases = {_phrase(text, words, i, short) for i in range(len(words))} - {None}
        # « directeur général » and « directrice générale »: one role; other words, two
        if len({_key(p) for p in phrases if p}) == 1:
            found[short] = min(p for p in phrases if p)
    return found


def _phrase(text: str, words: list[tuple[str, int, int]], i: int, short: str) -> str | None:
    """The phrase from word ``i`` whose content words' first letters are ``short``, when a
    listed role noun opens it; None otherwise."""
    first = words[i][0]
    if in_capitals(first) or not is_role_noun(first.split("-")[0]):
        return None
    letters = ""
    for word, _, end in words[i:]:
        if fold(word) in _LINKS:
            if not letters:
                return None
            continue
        if in_capitals(word):
            return None  # « secrétaire général de l'ONU »: the body is no part of the role
        letters += "".join(part[0] for part in word.split("-")).upper()
        if letters == short:
            return text[words[i][1]:end]
        if not short.startswith(letters):
            return None
    return None


def _key(phrase: str) -> tuple[str, ...]:
    """A phrase as two genders of one role compare: its words cut to four letters."""
    return tuple(fold(w)[:4] for w in _WORD.findall(phrase))
