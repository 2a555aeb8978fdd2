"""How grouping reads a wording: its words, typography set aside.

``normalize`` is the one reading that candidate keys, scores and marks share: case, accents,
quote marks, apostrophes, ligatures, punctuation and cut marks set aside, and a prefix an
outlet writes apart or hyphenated joined to its word (lexicon ``compound_prefixes``: « néo
libéral », « néo-libéral » and « néolibéral » read alike).
"""

from __future__ import annotations

import re
import unicodedata

from quotes.lexicon import cached, fold, folded

_MARKS = "«»“”„‹›\"'’‘`´"
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


class _Fold(dict[int, str]):
    """A str.translate table filled on demand: a character -> itself without accents;
    marks -> space."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _MARKS:
            out = " "
        elif ch in "œæ":
            out = {"œ": "oe", "æ": "ae"}[ch]
        else:
            out = fold(ch)  # the text is lower case already
        self[code] = out
        return out


_FOLD = _Fold()


class _Words(dict[str, str]):
    """Each run of text between spaces -> its words, folded, marks and punctuation aside: every
    step keeps to what spaces bound, so a run at a time, on demand (a batch repeats its runs)."""

    def __missing__(self, run: str) -> str:
        if len(self) >= 1 << 20:
            self.clear()  # bounded, for a long-lived process
        s = unicodedata.normalize("NFKC", run).lower()
        out = _SPACES.sub(" ", _NON_WORD.sub(" ", s.translate(_FOLD))).strip()
        self[run] = out
        return out


_WORDS = _Words()


@cached
def _apart() -> re.Pattern[str]:
    """A prefix of lexicon ``compound_prefixes`` standing apart before a word, folded: joined
    to it (« neo liberal » -> « neoliberal »), the spelling of an outlet writing « néolibéral »
    for one writing « néo-libéral » or « néo libéral »."""
    return re.compile(r"\b({}) (?=\w)".format("|".join(sorted(folded("compound_prefixes")))))


@cached
def _spaced() -> tuple[str, ...]:
    """Each prefix of lexicon ``compound_prefixes`` and a space: the cheap test, four times
    faster than ``_apart`` on a wording that says none (most)."""
    return tuple(f"{p} " for p in sorted(folded("compound_prefixes")))


def normalize(text: str) -> str:
    """Compare wordings, not typography: case, accents, quote marks, apostrophes, elisions,
    ellipses and cut marks « (…) », punctuation and spacing are all set aside, and a prefix
    written apart is joined to its word (``_apart``: « néo-libéral » as « néolibéral »)."""
    words = " ".join(filter(None, map(_WORDS.__getitem__, text.split())))
    return _apart().sub(r"\1", words) if any(p in words for p in _spaced()) else words
