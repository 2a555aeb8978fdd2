"""Pair quotation marks on the raw text, before any parsing.

Handles « » ‹ › “ ” „ and straight " (spaced as « » too: " mot "), French spacing, nesting,
French multi-paragraph quotes (each paragraph reopens with «, only the last closes), marks
misused in scraped text (« Orechnik« , a quote opened by " and closed by ”), and unclosed
marks, which end at their paragraph end and are reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from quotes.lexicon import cached, capitalised, quote_marks

_LINE = re.compile(r"[^\r\n]*")
_SPACE = " \t\u00a0\u202f\u2009\u200b\ufeff"
_OPEN_CONTEXT = "([{/-–—'’"
_AFTER_CLOSE = ".,;:!?…)]"  # what follows a closing mark, never the first of a quote


@dataclass(frozen=True)
class Marked:
    """Text between a pair of marks; ``start``/``end`` bound the inner text, spaces trimmed."""

    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when it never closes
    start: int
    end: int
    family: str
    depth: int  # 0 for the outermost marks
    continues: bool = False  # runs on into the next paragraph, which reopens it
    continued: bool = False  # reopens a quote from the previous paragraph


@dataclass(frozen=True)
class MarkIssue:
    """An unbalanced or unclosed mark, by offset, for a problem record."""

    offset: int
    message: str


@cached
def _roles() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    family = {char: fam for char, (_, _, fam) in quote_marks().items()}
    rows = set(quote_marks().values())
    # a char may open in one row and close in another ("„ “" closes with “): both roles
    return family, frozenset(o for o, _, _ in rows), frozenset(c for _, c, _ in rows)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty line; every line break ends a paragraph."""
    for m in _LINE.finditer(text):
        if m.group().strip(_SPACE):
            yield m.start(), m.end()


# a photo's credit on a line of its own: « © Anne Roy », « Photo : AFP », « Crédits photo : X »
_CREDIT = re.compile(r"[\s(]*(?:©|(?:photos?|crédits?(?: photos?)?)\s*:)", re.IGNORECASE)
_CREDIT_CHARS = 80  # a credit line is shorter: a longer one is prose that opens so


def prose_starts(text: str, paras: list[tuple[int, int]]) -> list[int]:
    """Where the paragraphs a speaker carries over start: a short line with a photo's credit
    is none, so the words after it are still the next paragraph of the narration before."""
    return [lo for lo, hi in paras if hi - lo > _CREDIT_CHARS or not _CREDIT.match(text, lo, hi)]


def _is_space(ch: str) -> bool:
    return ch == "" or ch in _SPACE or ch.isspace()


def _role(text: str, i: int, lo: int, hi: int, stack: list[tuple[int, str]]) -> str | None:
    """Decide whether the mark at ``i`` opens or closes, from its kind and its neighbours."""
    family, openers, closers = _roles()
    ch = text[i]
    fam = family[ch]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    open_flank = (_is_space(prev) or prev in _OPEN_CONTEXT or prev in family) and not _is_space(nxt)
    close_flank = not _is_space(prev) and (_is_space(nxt) or not nxt.isalnum())
    open_in_family = any(f == fam for _, f in stack)
    can_open, can_close = ch in openers, ch in closers
    if can_open and can_close:  # straight " or a “ that also closes „
        rest = text[i + 1 : hi].lstrip(_SPACE)
        if rest[:1] and rest[0] in _AFTER_CLOSE:
            # spaced as « »: the stop or comma after it is the narrator's (jamais ". ; priori ",)
            if open_in_family:
                return "close"
            if not rest.startswith(("…", "...")):  # a quote may open on one (" …et après ")
                return None
        if open_flank and not close_flank:
            return "open"
        if close_flank and not open_flank:
            return "close" if open_in_family else None
        return "close" if open_in_family else "open"
    if can_open:
        # « glued after a word and followed by no word closes a misused pair: (appelé « Orechnik« )
        if open_in_family and prev.isalnum() and not nxt.isalnum():
            return "close"
        # a “ used as a closer: “peu probable“
        if open_in_family and close_flank and not open_flank and fam != "guillemet":
            return "close"
        return "open"
    if can_close:
        if not open_in_family and open_flank and not close_flank and fam != "guillemet":
            return "open"  # ” used as an opener
        if not open_in_family and fam == "guillemet":
            # a reversed » that opens a quote ("Entendez: » À mes frères"), or one glued to the
            # word after it, a space before it, that a later » or « closes in its paragraph
            # (« a affirmé : »Notre engagement … » », « »plusieurs ministres …« »; not a link
            # line « »Lire aussi … »)
            after = text[i + 1 : hi].lstrip(_SPACE)
            before = text[lo:i].rstrip(_SPACE)
            if capitalised(after) and before.endswith(":"):
                return "open"
            closing = any(family.get(c) == fam for c in text[i + 1 : hi])
            if _is_space(prev) and nxt.isalpha() and closing:
                return "open"
        return "close"
    return None


def _run_on(
    text: str, paras: list[tuple[int, int]], n: int, fam: str, most: int = 6
) -> dict[int, int] | None:
    """A quote left open at the end of paragraph ``n`` that runs on over paragraphs without
    any mark and closes in a later one ("« … \n\n … \n\n … »"): each paragraph's start ->
    the offset of the mark that closes the quote in it (-1 where none does), or None."""
    family, _, _ = _roles()
    found: dict[int, int] = {}
    for lo, hi in paras[n + 1 : n + 1 + most]:
        marks = [i for i in range(lo, hi) if text[i] in family]
        if not marks:
            found[lo] = -1
            continue
        i = marks[0]
        if family[text[i]] == fam and _role(text, i, lo, hi, [(lo, fam)]) == "close" and i > lo:
            found[lo] = i
            return found
        return None
    return None


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _is_space(text[start]):
        start += 1
    while end > start and _is_space(text[end - 1]):
        end -= 1
    return start, end


def find_marked(
    text: str, paras: list[tuple[int, int]] | None = None
) -> tuple[list[Marked], list[MarkIssue]]:
    """Every quoted stretch of ``text`` with its nesting depth, and the marks that did not pair.

    ``paras`` are the paragraphs of ``text`` when the caller has them already.
    """
    family, openers, _ = _roles()
    spans: list[Marked] = []
    issues: list[MarkIssue] = []
    if paras is None:
        paras = list(paragraphs(text))
    reopened: set[int] = set()  # offsets of opening marks that continue a quote
    runs: dict[int, int] = {}  # paragraph start -> its closing mark, for a quote run on unmarked
    for n, (lo, hi) in enumerate(paras):
        stack: list[tuple[int, str]] = []
        if lo in runs and runs[lo] < 0:  # a paragraph inside a quote run on without marks
            s, e = _inner(text, lo, hi)
            spans.append(Marked(lo, None, s, e, "", 0, continues=True, continued=True))
            continue
        for i in range(lo, hi):
            ch = text[i]
            if ch not in family:
                continue
            role = _role(text, i, lo, hi, stack)
            if role == "open":
                stack.append((i, family[ch]))
            elif role == "close":
                fam = family[ch]
                depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == fam), None)
                if depth is None and runs.get(lo) == i:  # the end of a quote run on
                    s, e = _inner(text, lo, i)
                    spans.append(Marked(lo, i, s, e, fam, 0, continued=True))
                    continue
                if depth is None:
                    issues.append(MarkIssue(i, f"closing {ch} with no opening mark"))
                    continue
                while len(stack) > depth + 1:
                    j, _ = stack.pop()
                    issues.append(MarkIssue(j, f"{text[j]} not closed before {ch}"))
                    s, e = _inner(text, j + 1, i)
                    spans.append(Marked(j, None, s, e, family[text[j]], len(stack)))
                j, _ = stack.pop()
                s, e = _inner(text, j + 1, i)
                spans.append(Marked(j, i, s, e, fam, len(stack), continued=j in reopened))
        # what is still open at the paragraph end
        nxt_open = None
        if n + 1 < len(paras):
            nlo, nhi = paras[n + 1]
            first = text[nlo:nhi].lstrip(_SPACE)[:1]
            if first in openers:
                nxt_open = (nhi - len(text[nlo:nhi].lstrip(_SPACE)), family[first])
        while stack:
            j, fam = stack.pop()
            s, e = _inner(text, j + 1, hi)
            goes_on = not stack and nxt_open is not None and nxt_open[1] == fam
            run = _run_on(text, paras, n, fam) if not stack and nxt_open is None else None
            if goes_on and nxt_open is not None:
                reopened.add(nxt_open[0])
            elif run is not None:
                runs.update(run)
                goes_on = True
            else:
                issues.append(
                    MarkIssue(j, f"{text[j]} never closed: the quote ends at its paragraph end")
                )
                if (cut := _sentence_before_opening(text, j, hi, fam, spans)) is not None:
                    s, e = _inner(text, j + 1, cut)
                    _lift(spans, cut, len(stack))
            spans.append(Marked(j, None, s, e, fam, len(stack), goes_on, j in reopened))
    spans.sort(key=lambda m: (m.open, m.depth))
    return spans, issues


_SENTENCE_END = ".!?…"


def _sentence_before_opening(text: str, j: int, hi: int, fam: str,
                             spans: list[Marked]) -> int | None:
    """Where a mark opened at ``j`` and never closed ends when its sentence ends, outside any
    pair inside it, right before another mark of its family opens a sentence
    (« indigné, « piégé » et « trahi ». « Il y a de la tristesse », a-t-il dit): a new quote
    cannot open a sentence inside a quote left open, so that mark was never closed; None when
    no sentence of it ends so."""
    family, openers, _ = _roles()
    inside = {m.open: m.close for m in spans if m.open > j and m.close is not None}
    i = j + 1
    while i < hi:
        if (pair := inside.get(i)) is not None:
            i = pair + 1
            continue
        if text[i] in _SENTENCE_END:
            k = i + 1
            while k < hi and text[k] in _SENTENCE_END:
                k += 1
            after = k
            while after < hi and _is_space(text[after]):
                after += 1
            if (after > k and after < hi and text[after] in openers
                    and family[text[after]] == fam):
                # the stop after a closing mark is the narrator's; one inside, the quote's
                return i if i - 1 in inside.values() else k
        i += 1
    return None


def _lift(spans: list[Marked], cut: int, depth: int) -> None:
    """The pairs after ``cut`` that a mark left open seemed to hold are one level up."""
    for n, m in enumerate(spans):
        if m.open > cut and m.depth > depth:
            spans[n] = replace(m, depth=m.depth - 1)


def chain_start(text: str, opening: int, closing_at: Callable[[int], Marked | None]) -> int:
    """Where the chain of marks ending with those opening at ``opening`` starts: past the marks
    set side by side before them, a comma or a blank between (« « A ! », « B ! » »);
    ``closing_at`` gives the marks a closing mark at an offset ends."""
    start = opening
    while True:
        lead = text[:start].rstrip(" \t")
        lead = lead[:-1].rstrip(" \t") if lead.endswith(",") else lead
        earlier = closing_at(len(lead) - 1) if lead else None
        if earlier is None:
            return start
        start = earlier.open
