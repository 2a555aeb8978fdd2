"""How grouping reads a wording: its words, typography set aside.

``normalize`` is the one reading that candidate keys and scores share: case, accents, quote
marks, apostrophes, ligatures, punctuation and cut marks set aside. A prefix of lexicon
``compound_prefixes`` that one outlet writes apart or hyphenated (« néo libéral »,
« néo-libéral ») is joined to its word only where the grouping run holds the evidence: another
quote says the joined form (« néolibéral ») as one word (``compounds``); elsewhere the text
reads as written.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Sequence
from itertools import accumulate

from quotes.lexicon import cached, fold, folded

_MARKS = "«»“”„‹›\"'’‘`´"
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


class _Fold(dict[int, str]):
    """A str.translate table filled on demand: a letter -> itself without accents (« œ »,
    « æ » spelt out); ``marks`` -> space; any other character folded too (``every``) or kept
    (a wording folded, its punctuation still there)."""

    def __init__(self, marks: str = "", every: bool = False) -> None:
        super().__init__()
        self.marks, self.every = marks, every

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in self.marks:
            out = " "
        elif ch in "œæ":
            out = {"œ": "oe", "æ": "ae"}[ch]
        else:
            out = fold(ch) if self.every or ch.isalpha() else ch  # the text is lower case already
        self[code] = out
        return out


_FOLD = _Fold(_MARKS, every=True)


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


def normalize(text: str, joined: Collection[str] = ()) -> str:
    """Compare wordings, not typography: case, accents, quote marks, apostrophes, elisions,
    ellipses and cut marks « (…) », punctuation and spacing are all set aside; and a listed
    prefix the text writes apart or hyphenated before a word is joined to it when the joined
    form is among ``joined`` (the run's evidence, ``compounds``: « néo-libéral » as
    « néolibéral » where another quote writes « néolibéral »)."""
    if joined:
        text = _split().sub(lambda m: m[1] + m[2] if m[1] + m[2] in joined else m[0],
                            _letters(text))
    return " ".join(filter(None, map(_WORDS.__getitem__, text.split())))


_LETTER = _Fold()


def _letters(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().translate(_LETTER)


@cached
def _split() -> re.Pattern[str]:
    """A prefix of lexicon ``compound_prefixes`` opening a word, then a hyphen (a line break
    may follow it) or one space, then a word: one run of words, no punctuation between
    (« néo-libéral », « néo libéral »; not « anti, et », « pseudo » », « ultra (sic) »)."""
    prefixes = "|".join(sorted(folded("compound_prefixes")))
    return re.compile(rf"(?<!\w)({prefixes})(?:-\s*| )(\w+)")


def _near(texts: Sequence[Sequence[str]]) -> list[int]:
    """The quotes whose normalised wordings hold a listed prefix's letters (most hold none):
    each prefix looked for once in all the run's wordings, end to end."""
    lines = list(map(" ".join, texts))
    ends = list(accumulate(len(line) + 1 for line in lines))
    run, found = "\n".join(lines), set()
    for prefix in folded("compound_prefixes"):
        at = run.find(prefix)
        while at >= 0:
            n = bisect_right(ends, at)
            found.add(n)
            at = run.find(prefix, ends[n])  # the next quote's wordings
    return sorted(found)


def compounds(written: Sequence[Sequence[str]], texts: Sequence[Sequence[str]]
              ) -> dict[int, frozenset[str]]:
    """For each quote (its wordings as ``written``, as normalised ``texts``) that writes a
    listed prefix apart or hyphenated before a word (``_split``), the joined forms that ANOTHER
    quote of the run says as one word: the batch's evidence that both spellings are one word
    (« néolibéral » in one outlet, « néo libéral » in another). A form no other quote says
    stays as written (« un pseudo pour », « l'ultra droite » alone), and so does one only its
    own quote also writes joined."""
    near = _near(texts)
    offered = {n: forms for n in near
               if (forms := frozenset(m[1] + m[2] for w in written[n]
                                      for m in _split().finditer(_letters(w))))}
    wanted = frozenset().union(*offered.values())
    said: dict[str, set[int]] = {}
    for n in near:
        for word in wanted.intersection(w for t in texts[n] for w in t.split()):
            said.setdefault(word, set()).add(n)
    return {n: joined for n, forms in offered.items()
            if (joined := frozenset(f for f in forms if said.get(f, set()) - {n}))}
