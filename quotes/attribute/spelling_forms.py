"""Whether two names of a batch may be spellings of one (``batch_spellings``): as many words, all
the same but one, a single edit apart (``near``), an inner word two edits apart (``inner``), or
a surname a letter doubled or two letters swapped (``doubled``); a name's folded words
(``name_keys``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA, Levenshtein

from quotes.attribute.names import parse, respelled_surname
from quotes.lexicon import capitalised, fold, folded, folded_table

# the letters a word must have for one letter added, dropped or changed to leave the same
# name: shorter words so changed are another name as often as not (« Dupont », « Dupond »;
# « Lamine », « Amine »), where the misspellings a run gives are of longer words (7 to 9
# letters), and never two edits (« Martinaud », « Martineau » are two names, whoever bears them)
LONG = 7
# the letters a word must have for two of its letters swapped side by side to leave the same
# name (« Aminata Dioubaté », « Diuobaté »): a swap of typing rarely makes another name
SWAP = 5
# the words a name must have for an inner word two edits from another's to leave the same name
# (``inner``): the given name and the surname around it the same, two people are rarely named so
INNER = 3
_SPLIT = re.compile(r"[\s'’-]+")  # « Abdul-Malak » and « Abdul Malak » have the same words


def near(a: str, b: str) -> bool:
    """Are two names spellings of one (see ``batch_spellings``): as many words, all the same
    but one, and that one a single edit apart (``LONG``, ``SWAP``); never a name of fewer than
    ``LONG`` letters, a word in lower case or with a digit, nor two given names the lists
    know."""
    if (apart := _one_word_apart(a, b)) is None:
        return False
    _, one, other, x, y = apart
    if min(len("".join(one)), len("".join(other))) < LONG or OSA.distance(x, y) != 1:
        return False
    swapped = Levenshtein.distance(x, y) == 2
    return min(len(x), len(y)) >= (SWAP if swapped else LONG) and not (
        given_word(x) and given_word(y))


def inner(a: str, b: str) -> bool:
    """Are two names of ``INNER`` words or more the same but for one word inside them, of
    ``LONG`` letters or more and two edits from the other (« Dorji Wangmonam Tshering »,
    « Dorji Wangmo Tshering »), not two given names the lists know? The given name and the
    surname both the same, a typing slip may double a syllable."""
    if (apart := _one_word_apart(a, b)) is None:
        return False
    at, one, _, x, y = apart
    return (len(one) >= INNER and at not in (0, len(one) - 1) and min(len(x), len(y)) >= LONG
            and OSA.distance(x, y) == 2 and not (given_word(x) and given_word(y)))


def _one_word_apart(a: str, b: str
                    ) -> tuple[int, tuple[str, ...], tuple[str, ...], str, str] | None:
    """Where two names of as many words (``name_keys``) differ in one word only, in letters and
    written with a capital in both: its index, the two names' words, the two words; else None."""
    one, other = name_keys(a), name_keys(b)
    if len(one) != len(other):
        return None
    differ = [i for i, (x, y) in enumerate(zip(one, other, strict=True)) if x != y]
    if len(differ) != 1:
        return None
    x, y = one[differ[0]], other[differ[0]]
    written = all(capitalised(w) for w in _SPLIT.split(f"{a} {b}") if fold(w) in (x, y))
    return (differ[0], one, other, x, y) if x.isalpha() and y.isalpha() and written else None


def name_keys(name: str) -> tuple[str, ...]:
    """A name's folded words, hyphens and apostrophes as spaces (« Kate Middleton »: « kate »,
    « middleton »; « Abdul-Malak » as « Abdul Malak »)."""
    return tuple(w for w in _SPLIT.split(fold(name)) if w)


def given_word(word: str) -> bool:
    """Is a folded word a given name some list knows?"""
    return (word in folded_table("first_names") or word in folded_table("given_names")
            or word in folded("epicene_names"))


def doubled(a: str, b: str) -> bool:
    """Are two people's names one name whose surname a letter doubled or two letters swapped
    tell apart, the given name the same and written out (« François Rufin », « François
    Ruffin »; ``names.respelled_surname``), under ``LONG`` letters where ``near`` reads none?"""
    one, other = parse(a), parse(b)
    return one is not None and other is not None and respelled_surname(one, other)
