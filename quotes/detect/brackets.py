"""What ends the reported words before a postposed cue, past an aside of the narrator's.

Web articles set an aside between the reported words and their cue with paired dashes or
brackets: « L'enquête ne vise personne — du moins pour l'instant —, a indiqué X », « Il n'y a
pas de piège (l'agence le répète), a assuré Y ». The aside is the narrator's, not the
speaker's: the cue is looked for past it and the reported words end before it. A single dash
(a list, a dialogue line) is no aside, nor are dashes or brackets inside the marks.
"""

from __future__ import annotations

import re

from quotes.detect.context import CLOSING, SENT_END, Context, visible_end

# the closing sign of an aside, and the sign that opens it
_OPENER = {"—": "—", "–": "–", ")": "("}
_LONGEST = 240  # characters: an aside is a few words, not a paragraph
_WORDS = 3  # an aside in brackets says something: "(l'agence le répète)"


def _aside_start(ctx: Context, lo: int, j: int) -> int | None:
    """Where the aside that closes right before ``j`` opens, or None when none does."""
    text = ctx.text
    k = j - 1
    if k <= lo or text[k] not in _OPENER or ctx.inside_marks(k) is not None:
        return None
    opener, depth = _OPENER[text[k]], 0
    for o in range(k - 1, max(lo, k - _LONGEST) - 1, -1):
        c = text[o]
        if ctx.inside_marks(o) is not None:
            continue
        if c in SENT_END or c == "\n":
            return None
        if c == text[k] and opener != c:
            depth += 1
        elif c == opener:
            if depth:
                depth -= 1
                continue
            if c != "(" and not (o > lo and text[o - 1].isspace()):
                return None  # "Jean–Pierre": a dash inside a word
            if c == "(" and len(re.findall(r"[^\W\d_]{2,}", text[o:k])) < _WORDS:
                return None  # "la Sûreté (SQ)", "(+ 6 %)": a gloss of the words, no aside
            before = visible_end(text, o, lo)
            return o if before > lo else None  # a dash that opens the line: a dialogue
    return None


def before_cue(ctx: Context, lo: int, first_idx: int) -> tuple[int, str]:
    """End of the text a postposed cue reports, and what separates them (',' or a mark, or
    'aside' for a bare aside in dashes: « A — qui vise X — a martelé Y »)."""
    text = ctx.text
    j = visible_end(text, first_idx, lo)  # "…\na-t-elle déclaré": a line broken before it
    aside = False
    comma = j > lo and text[j - 1] == ","
    o = _aside_start(ctx, lo, visible_end(text, j - 1, lo) if comma else j)
    if o is not None:
        j, aside = visible_end(text, o, lo), True
        comma = comma or (j > lo and text[j - 1] == ",")
    if comma:
        if text[j - 1] == ",":
            j = visible_end(text, j - 1, lo)
        return j, ","
    if j > lo and text[j - 1] in CLOSING:
        return j, "mark"
    return j, "aside" if aside else ""
