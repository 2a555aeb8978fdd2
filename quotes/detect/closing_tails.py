"""The narrator's words at the end of reported content: a last comma segment that tells when or
where the words were said (« …, lors de son discours »); after a quote's last closing mark
(any of context.CLOSING), a last comma segment that says why or how the words were reported
(« … », pour que …; « … », mais sans …; lexicon/marked_tails.txt) or where and when they
were given (« … », dans un communiqué; « … », mardi sur Instagram), and with no comma, an
infinitive of the narrator's aim (« … » pour justifier …). A segment that goes on with the
reported content (« … », des vents violents; « … », si …) stays."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from quotes.detect.context import CLOSING, Context
from quotes.detect.marks import Marked
from quotes.detect.media import medium
from quotes.lexicon import cached, opens_circumstance, words
from quotes.lexicon.grammar import (
    AIMS_DE,
    DE,
    INFINITIVE_CLITICS,
    PURPOSE,
    REFLEXIVE,
)

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


def narrator_end(ctx: Context, start: int, end: int, trim: Callable[[str, int, int], int]) -> int:
    """Where content from ``start`` to ``end`` stops before the narrator's last comma segment,
    its end trimmed by ``trim`` (``content.trim_end``): first a segment that tells when or
    where the words were said (lexicon/narrator_tails.txt: "…, lors de son premier
    discours", "…, sur son compte Twitter"), cut at its comma; then, in what is left, one
    right after the last closing mark that says why or how they were reported or where and
    when they were given (see the module's docstring), cut after that mark. Only a last
    segment, outside the marks, counts: "…, lors du sommet, la France proposera …" goes on.
    Each looks back from the end to the last stop outside the marks, once."""
    text = ctx.text
    stop = _last_stop(ctx, start, end)
    cut = stop if stop is not None and stop > start and _tail_opener().match(
        text, stop, end) else end
    trimmed = trim(text, start, cut)
    if trimmed != end:  # what is left has its own last stop
        end, stop = trimmed, _last_stop(ctx, start, trimmed)
    if stop is None or text[stop] != ",":
        return end
    mark = stop - 1  # the closing mark right before the comma
    while mark > start and text[mark].isspace():
        mark -= 1
    if mark <= start or text[mark] not in CLOSING or ctx.inside_marks(mark + 1) is not None:
        return end
    m = _COMMA.match(text, mark + 1, end)
    if m is None or any(c in ",;:" for c in text[m.end() : end]):
        return end
    if any(c in CLOSING for c in text[stop:end]):
        return end  # a later closing mark is the last one, with no comma right after it
    if _openers().match(text, m.end(), end) or _medium_at(ctx, m.end(), end):
        return mark + 1
    return end


def _last_stop(ctx: Context, start: int, end: int) -> int | None:
    """The last comma, semicolon or colon outside the marks between ``start`` and ``end``."""
    text = ctx.text
    return next((k for k in range(end - 1, start - 1, -1)
                 if text[k] in ",;:" and ctx.inside_marks(k) is None), None)


@cached
def _tail_opener() -> re.Pattern[str]:
    return re.compile(r",\s+(?:" + alternation("narrator_tails") + ")", re.IGNORECASE)


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


def aim(ctx: Context, words_: list[Token], spoken: list[Marked]) -> bool:
    """Do the words after a quote's last marks say what the narrator's verb was for, what came
    next, or when it was said? With no comma between, an infinitive after « pour », « sans »,
    « afin de » or « avant de » (met en avant « une baisse des ventes » pour justifier …; a
    évoqué « un échec » avant de quitter la salle), only after marks that hold no finite verb, a
    noun phrase the narrator's verb takes: after a clause in marks, the infinitive can be its
    own (« les garanties n'étaient plus réunies » pour rester en poste). After a comma, the time
    or the occasion of the saying (a salué « un immense artiste », après la mort de …)."""
    if _occasion(ctx, words_[0]):
        return _noun_marks(ctx, spoken)
    first, rest = words_[0].lower_, words_[1:]
    if first in AIMS_DE:
        if not rest or rest[0].lower_ not in DE:
            return False
        rest = rest[1:]
    elif first not in PURPOSE:
        return False
    while rest and rest[0].lower_ in INFINITIVE_CLITICS | REFLEXIVE:
        rest = rest[1:]
    if not rest or "Inf" not in rest[0].morph.get("VerbForm", []):
        return False
    return _noun_marks(ctx, spoken)


def _noun_marks(ctx: Context, spoken: list[Marked]) -> bool:
    """Do the marked stretches hold no finite verb: a noun phrase the narrator's verb takes?"""
    for m in spoken:
        inside = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if inside is None or any("Fin" in t.morph.get("VerbForm", []) for t in inside):
            return False
    return True


def _occasion(ctx: Context, first: Token) -> bool:
    """Does a time or an occasion of the narrator's open at ``first``, after a comma
    (« …, après la mort de X », « …, lors de la cérémonie »: grammar.CIRCUMSTANCES)?"""
    if not ctx.text[: first.idx].rstrip().endswith(","):
        return False
    after = ctx.text[first.idx : first.idx + 24].lower().replace("’", "'")
    return opens_circumstance(after)
