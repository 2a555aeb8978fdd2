"""Which stretches of an article to parse (pure, no model).

An ordinary article is parsed whole, and an article that cannot hold a quote (no quotation
mark, no reporting-verb form, no "selon" / "d'après", no "pour" with a comma after it on its
line, as "Pour X, …" has, no line that an interview's turn could be, "Anne Vidal : …" or a
question, no line that could sign a pull quote, "… - Paul Morel": a stock-market brief) is not
parsed at all. A very long one (a book, a dump, a scraping accident) is cut at paragraph
breaks into pieces the parser accepts, and only the paragraphs that can hold a quote are
parsed, each with the paragraph before it for context. Memory and time then follow the
quoted material, not the size of the file.
"""

from __future__ import annotations

import re

from quotes.detect.marks import paragraphs
from quotes.lexicon import cached, quote_marks, reporting_verbs
from quotes.lexicon.grammar import SELON
from quotes.settings import DEFAULT

_WORD = re.compile(r"\w+(?:-\w+)*")  # "sous-entend" is one form, "dit-il" holds one
_VIEW = re.compile(r"\bpour\b[^\r\n]*,", re.IGNORECASE)  # "Pour X, …" (frames: the view of X)
# a turn of an interview: "Anne Vidal : J'ai …", "Vous vous y attendiez ?" (interviews)
_TURN = re.compile(r"^\s*[A-ZÀ-Ý][^:\n.!?]{0,59} ?: +\S|\?\s*$", re.MULTILINE)
# a pull quote signed by a name (pull_quotes): « … - Paul Morel » ending its line, or a short
# line opening on a capital, with no end, after a sentence's end (« … déçus. » ¶ « Marie Roux,
# présidente », « … réforme. Claire Fontaine, sur RTL »)
_SIGNED = re.compile(
    r"\s[-–—]\s+[A-ZÀ-Ý][^\n.!?…]{0,80}$|[.!?…]\s*[A-ZÀ-Ý][^\n!?…:]{0,80}(?<![.!?…])$",
    re.MULTILINE)


@cached
def _triggers() -> tuple[frozenset[str], frozenset[str]]:
    # a cue of several words is looked up at its first ("met" of "met en avant")
    words = {form.split()[0] for form in reporting_verbs()} | SELON
    return frozenset(words), frozenset(quote_marks())


def _forms(word: str) -> list[str]:
    """The word, and each run of its hyphened parts: "sous-entend-il" -> "sous-entend", ..."""
    if "-" not in word:
        return [word]
    parts = word.split("-")
    return ["-".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]


def may_quote(paragraph: str) -> bool:
    """Could this text hold a quote or a reported claim? False only when no rule can find
    one in it: it has no quotation mark and no word a cue is read at."""
    words, marks = _triggers()
    if any(ch in marks for ch in paragraph) or _VIEW.search(paragraph) or _TURN.search(paragraph):
        return True
    if _SIGNED.search(paragraph):
        return True
    return any(f in words for w in _WORD.findall(paragraph.lower()) for f in _forms(w))


def _split(text: str, lo: int, hi: int, limit: int) -> list[tuple[int, int]]:
    """Cut [lo, hi) into pieces of at most ``limit`` characters, at spaces where possible."""
    pieces = []
    while hi - lo > limit:
        cut = text.rfind(" ", lo + limit // 2, lo + limit)
        cut = cut if cut > lo else lo + limit
        pieces.append((lo, cut))
        lo = cut
    pieces.append((lo, hi))
    return pieces


def plan(text: str, *, max_chars: int = DEFAULT.max_passage_chars) -> list[tuple[int, int]]:
    """(start, end) of each stretch to parse, in order; together they cover every quote (none
    for a text that cannot hold one)."""
    if len(text) <= max_chars:
        return [(0, len(text))] if may_quote(text) else []
    paras = list(paragraphs(text))
    keep: set[int] = set()
    for i, (lo, hi) in enumerate(paras):
        if may_quote(text[lo:hi]):
            keep.update((i - 1, i) if i else (i,))
    chunks: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for i in sorted(keep):
        lo, hi = paras[i]
        if run is not None and i - 1 in keep and hi - run[0] <= max_chars:
            run = (run[0], hi)
            continue
        if run is not None:
            chunks.extend(_split(text, *run, max_chars))
        run = (lo, hi)
    if run is not None:
        chunks.extend(_split(text, *run, max_chars))
    return chunks
