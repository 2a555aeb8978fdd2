"""The narrator's words after a quote's last closing mark: a last comma segment that says why
or how the words were reported (« … », pour que …; « … », mais sans …; lexicon/marked_tails.txt)
or where and when they were given (« … », dans un communiqué; « … », mardi sur Instagram).
A segment that goes on with the reported content (« … », des vents violents; « … », si …)
stays."""

from __future__ import annotations

import re

from quotes.detect.context import Context
from quotes.detect.media import medium
from quotes.lexicon import cached, words

_CLOSING = "»\"”"
_COMMA = re.compile(r"\s*,\s+")


def alternation(name: str) -> str:
    """The phrases of a lexicon list as one regex alternation, longest first, any spaces
    between their words and either apostrophe."""
    alternatives = sorted(words(name), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in a.split()).replace("'", "['’]")
                    + ("" if a.endswith("'") else r"\b") for a in alternatives)


@cached
def _openers() -> re.Pattern[str]:
    return re.compile(r"(?:" + alternation("marked_tails") + ")", re.IGNORECASE)


def closing_tail(ctx: Context, start: int, end: int) -> int:
    """Where content from ``start`` to ``end`` stops before the narrator's last comma segment
    after its last closing mark: just after that mark, or ``end``."""
    text = ctx.text
    last = max((k for k in range(start, end) if text[k] in _CLOSING), default=-1)
    if last <= start or ctx.inside_marks(last + 1) is not None:
        return end
    m = _COMMA.match(text, last + 1, end)
    if m is None or any(c in ",;:" for c in text[m.end() : end]):
        return end
    if _openers().match(text, m.end(), end) or _medium_at(ctx, m.end(), end):
        return last + 1
    return end


def _medium_at(ctx: Context, at: int, end: int) -> bool:
    """Does a phrase saying where the words were given open at ``at`` (after a day or time
    word: "mardi sur Instagram") and run to ``end``?"""
    span = ctx.doc.char_span(at, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    toks = list(span)
    if toks[0].lower_ in words("time_words") and len(toks) > 1:
        toks = toks[1:]
    return medium(toks)
