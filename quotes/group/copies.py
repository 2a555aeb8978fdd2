"""The same words of one speaker said again: copies, which look for no candidates of their own.

Outlets carry the same words of the same speaker many times: only the first of them looks for
candidate pairs (``grouping.cluster``), and each copy is matched to its first.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.group.acquainted import short


def first_wordings(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                   voices: Sequence[object], articles: Sequence[str], words: int
                   ) -> tuple[list[int], list[tuple[int, int]]]:
    """The quotes (by index) that look for candidates, and the (first, copy) pairs of the
    others: a copy says the same wordings (``texts``) as its first, with the same speaker's
    name (``names``). A short wording (``acquainted.short``, under ``words`` words) whose
    quote has no voice (``voices``, ``consensus.votes``) is a copy only in its own article
    (``articles``): in another it may be another event's, so it looks for its own matches."""
    first_of: dict[tuple[tuple[str, ...], str | None, str | None], int] = {}
    searched: list[int] = []
    copies: list[tuple[int, int]] = []
    for n, t in enumerate(texts):
        where = None if voices[n] or not short(t, words) else articles[n]
        first = first_of.setdefault((tuple(t), names[n], where), n) if t[0] else n
        if first == n:
            searched.append(n)
        else:
            copies.append((first, n))
    return searched, copies
