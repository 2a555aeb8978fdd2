"""Quotations inside a quote: words its speaker gives as someone else's.

A statement that quotes another (« Nous sommes d'accord avec le ministre, à une nuance près :
'il faut savoir conclure… quand on a gagné' ») holds, inside its own marks, a wording other
outlets give on its own, from its first speaker. A part of that inner quotation (« il faut
savoir conclure ») found in another article is that speaker's words, not a fragment of the
statement that quotes them: grouping (``grouping.cluster``) lets a part join such a statement
only through the statement's own words (``own_part``), or when the other quote gives the inner
quotation whole (``quoted_whole``: the same quoting, its frame cut by another outlet).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import fuzz

from quotes.group.similarity import score_pair, shares_run
from quotes.lexicon import cached, fold, quote_marks, reporting_verbs
from quotes.lexicon.normal_forms import NORMAL_CLAUSE_OPENERS
from quotes.model import Quote
from quotes.settings import Settings

_SINGLE = {"'": "'’", "‘": "’'", "’": "’'"}  # a single mark closes with either form
_LEADS = " \t\n(:[—–-"  # what may stand before a mark the same both ways that opens
_INNER_WORDS = 4  # a shorter inner quotation is a title or a term (« le "Samouraï" »)
_FIRST_PERSON = frozenset({"je", "j"})  # the speaker as a subject, normalised
_CLAUSE = re.compile(r"[.!?;,…]")  # where a clause before an inner quotation starts


def _closing(text: str, i: int) -> tuple[str, bool] | None:
    """The closing marks of a mark opening at ``i`` and whether the mark is the same both
    ways (« ' », « " »), or None when the mark at ``i`` opens nothing: such a mark opens only
    before a letter or a digit and never after one (« d'accord » is an apostrophe)."""
    c = text[i]
    mark = quote_marks().get(c)
    closers = _SINGLE.get(c) or (mark[1] if mark and c == mark[0] else None)
    if closers is None:
        return None
    symmetric = c in _SINGLE or c in closers
    if symmetric and ((i > 0 and text[i - 1] not in _LEADS)
                      or i + 1 >= len(text) or not text[i + 1].isalnum()):
        return None
    return closers, symmetric


def _closes(text: str, k: int, closers: str, symmetric: bool) -> bool:
    """Whether the mark at ``k`` closes a quotation: a mark the same both ways only after a
    word or a stop and before no letter."""
    return text[k] in closers and (not symmetric or (
        not text[k - 1].isspace() and (k + 1 >= len(text) or not text[k + 1].isalnum())))


@cached
def _opener() -> re.Pattern[str]:
    """A mark ``_closing`` finds to open a quotation: one of a pair (« « », « “ ») anywhere,
    one the same both ways (« ' », « " ») at the start or after a lead and before a letter or
    a digit. Most quotes hold apostrophes only (« l'État », « qu'il »): none opens."""
    marks = quote_marks()
    paired = "".join(c for c, (o, close, _) in marks.items()
                     if c == o and c not in _SINGLE and c not in close)
    same = "".join([*_SINGLE, *(c for c, (o, close, _) in marks.items()
                                if c == o and c not in _SINGLE and c in close)])
    # one class of marks first, which a search skips to, then what each needs around it
    alone = rf"(?<=[{re.escape(paired)}])|" if paired else ""
    return re.compile(rf"[{re.escape(paired + same)}]"
                      rf"(?:{alone}(?<![^{re.escape(_LEADS)}].)(?=[^\W_]))")


def inner_spans(text: str) -> list[tuple[int, int]]:
    """The character ranges (inside their marks) of the quotations a quote's words hold, of
    ``_INNER_WORDS`` words or more: a pair of marks inside the quote, a single mark (« ' »)
    told from an apostrophe by what stands around it. The marks that open are found by
    ``_opener``, each one's closing mark by looking for its closers alone: a quote's
    apostrophes (« l'État », « qu'il ») are never read one by one, except after a single mark
    that opens, whose closing mark is looked for among them."""
    spans: list[tuple[int, int]] = []
    opener = _opener()
    closed_at = _closings(text)
    found = opener.search(text)
    while found is not None:
        i = found.start()
        j = closed_at(i)
        if j is None:
            found = opener.search(text, i + 1)
            continue
        if len(text[i + 1:j].split()) >= _INNER_WORDS:
            spans.append((i + 1, j))
        found = opener.search(text, j + 1)
    return spans


def _closings(text: str) -> Callable[[int], int | None]:
    """Where the quotation the mark at ``i`` opens closes (``_closing``, ``_closes``): the
    first of its closing marks after it that closes, or None. Whether a mark closes does not
    depend on where the quotation opened: the first one after a place is found once for each
    kind of mark, and a later mark of that kind that opens before it shares the answer (a text
    of many single marks that open and apostrophes is read once, not once a mark)."""
    known: dict[tuple[str, bool], tuple[int, int | None]] = {}  # from where, the first there

    def closed_at(i: int) -> int | None:
        if (opening := _closing(text, i)) is None:
            return None
        k = i + 1
        seen = known.get(opening)
        if seen is not None and seen[0] <= k and (seen[1] is None or k <= seen[1]):
            return seen[1]
        first = _first_close(text, k, *opening)
        known[opening] = k, first
        return first
    return closed_at


def _first_close(text: str, k: int, closers: str, symmetric: bool) -> int | None:
    """The first mark at or after ``k`` that closes a quotation of these ``closers``."""
    marks = _any_of(closers)
    while (at := marks.search(text, k)) is not None:
        k = at.start()
        if _closes(text, k, closers, symmetric):
            return k
        k += 1
    return None


@functools.cache
def _any_of(closers: str) -> re.Pattern[str]:
    """Any one of the closing marks: one scan finds the next of them."""
    return re.compile(f"[{re.escape(closers)}]")


class Quoting(NamedTuple):
    """What a quote quotes (``split_inner``)."""

    inner: list[str]  # its inner quotations, normalised
    own: str  # its words, those cut out, normalised
    mine: list[str]  # the inner quotations the speaker reports as their own words


def split_inner(q: Quote, said: str, normal: Callable[[str], str]) -> Quoting:
    """A direct quote's inner quotations (normalised), its words (``said``) with them cut out
    (normalised), and those it reports as the speaker's own (``_speaker_reports``), or
    ``([], "", [])`` when it quotes no one. A mixed quote's span holds the marks of its own
    fragments: none of its marks is an inner quotation."""
    spans = inner_spans(said) if q.type == "direct" else []
    if not spans:
        return Quoting([], "", [])
    kept, last = [], 0
    for a, b in spans:
        kept.append(said[last:a - 1])
        last = b + 1
    kept.append(said[last:])
    if len(spans) == 1 and not kept[0].strip() and not kept[1].strip():
        # the whole quote in marks: its marks and spaces normalise to nothing, so the inner
        # quotation normalises as the quote itself does (found once, ``normal``'s cache)
        return Quoting([normal(said)], normal(" … ".join(kept)), [])
    inner = [normal(said[a:b]) for a, b in spans]
    return Quoting(inner, normal(" … ".join(kept)), [
        w for w, before in zip(inner, kept, strict=False) if _speaker_reports(before, normal)])


def _speaker_reports(before: str, normal: Callable[[str], str]) -> bool:
    """Whether the words before an inner quotation end in a clause where the speaker reports
    words of their own: a first-person subject, then a reporting verb (« je lui ai dit en
    face », « j'ai répondu : », « j'ai lancé aux joueurs »), not another voice's (« et Léa m'a
    répondu »)."""
    words = normal(_CLAUSE.split(before.rstrip(" :\u00a0\u202f—–-"))[-1]).split()
    first = next((i for i, w in enumerate(words) if w in _FIRST_PERSON), len(words))
    rest = words[first + 1:]  # up to another clause: « je sais qu'il a dit » is his words
    rest = rest[:next((i for i, w in enumerate(rest) if w in NORMAL_CLAUSE_OPENERS), len(rest))]
    return not _reporting_forms().isdisjoint(rest)


@cached
def _reporting_forms() -> frozenset[str]:
    """The forms of the reporting verbs, folded as a normalised wording writes them."""
    return frozenset(fold(form) for form in reporting_verbs())


def quoted_whole(a: tuple[list[str], Quoting | None], b: tuple[list[str], Quoting | None],
                 options: Settings) -> float:
    """The best ``ratio`` (``threshold`` or more, else 0) of a wording of one quote against an
    inner quotation of the other, each given as (its wordings, what it quotes): an outlet that
    gives the quoted words whole (« Il faut savoir conclure… quand on a gagné ») reports the
    statement that quotes them, its frame cut. An inner quotation of fewer than
    ``inner_quote_words`` words (normalised words: « n'y » counts two) may be another voice's
    (« Elle m'a répondu « viens, on s'en va » »: a reply, a slogan): it counts only when the
    speaker reports it as their own words (``Quoting.mine``: « je lui ai dit « … » ») or when
    the other quote is that inner quotation all in marks; not because the other outlet gives it
    to the same speaker (a reply in a statement is often given to the statement's speaker)."""
    (ta, qa), (tb, qb) = a, b
    best = max((fuzz.ratio(t, q) for texts, quoting, own in ((ta, qb, tb), (tb, qa, ta))
                if quoting for t in texts for q in quoting.inner
                if q in own or q in quoting.mine
                or len(q.split()) >= options.inner_quote_words), default=0.0)
    return best if best >= options.threshold else 0.0


def own_part(a: list[str], b: list[str], options: Settings, run: bool = False) -> bool:
    """Whether two quotes' own wordings (a quote's inner quotations cut out, ``split_inner``)
    still match as a part (``similarity.score_pair``), or share a run of ``run_words`` words
    when a shared run joined them (``run``)."""
    if not all(a) or not all(b):
        return False  # a quote that is all quotation has no words of its own
    return score_pair(a, b, options) is not None or (
        run and any(shares_run(x, y, options.run_words) for x in a for y in b))
