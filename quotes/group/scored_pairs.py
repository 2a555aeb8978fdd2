"""What two matched wordings' scores tell besides the thresholds: a veto and an order.

Two wordings that match whole but say opposite ends of a scale are no variant of each other
(``one_end_each``); a part found whole in two quotes goes to the one that shares more of its
words (``shared_words``, the order ``grouping.cluster`` places matches in)."""

from __future__ import annotations

from quotes.group.similarity import Ends, opposed
from quotes.settings import Settings


def one_end_each(scores: tuple[float, float], a: Ends, b: Ends, options: Settings) -> bool:
    """Whether two wordings that match as a whole or as a fragment (``scores``) say opposite
    ends of a scale (``similarity.opposed``): « les ventes sont en baisse » is no variant of
    « les ventes sont en forte hausse ». Two passages that only overlap may each go on to
    say what the other does not."""
    whole = scores[0] >= options.threshold or scores[1] >= options.fragment_threshold
    return whole and (opposed(a, b) or opposed(b, a))


def shared_words(scores: tuple[float, float], a: list[str], b: list[str]) -> int:
    """For a part found whole in the other quote (``scores``: partial_ratio 100), how many
    words the two quotes themselves share (the first of their wordings, ``quote_texts``; their
    marks left out): of two quotes that hold a part whole, it goes to the one that shares more
    of its words."""
    return len(set(a[0].split()) & set(b[0].split())) if scores[1] >= 100 else 0
