"""Whether two groups' articles name someone or somewhere in common: the guard on a pair the
text alone decides.

A short or generic wording (« Nous allons faire appel », « C'est un moment difficile pour nous
tous ») is what many events say. When one of two quotes has a speaker that does not vote (a
pronoun, a description, no one) and the words they share in a row are fewer than
``text_first_words`` (for two wordings that match whole, the shorter has fewer words), nothing
but the text ties them, and a short text ties two events as well as one: such a pair joins
only when the two groups' articles name someone or somewhere alike.

What an article names is read from its whole text at extraction (``ArticleRef.names``:
``attribute.article_names``), the names every story gives set aside (lexicon
``name_stops``: news agencies, countries, months, the state's institutions). A speaker's name
is not read: a description one article gets from another's name (``attribute.batch``) would
make the two articles share it. An article with no names (records read back from a file carry
none) keeps no pair apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from quotes.group.similarity import stop_words
from quotes.lexicon import cached, fold, words
from quotes.lexicon.grammar import ELIDED_WORDS
from quotes.model import Quote


@cached
def name_stops() -> frozenset[str]:
    """lexicon/name_stops.txt, folded, and the stop words (« Le » of « Le Parisien »)."""
    return frozenset(fold(w) for w in words("name_stops")) | stop_words()


class ArticleNames(dict[str, frozenset[str]]):
    """Each article's names by article id, its stretches' together, the stop list aside;
    built the first time a pair asks (few pairs ever do)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        super().__init__()
        self.quotes = quotes

    def __missing__(self, article: str) -> frozenset[str]:
        found: dict[str, set[str]] = defaultdict(set)
        for q in self.quotes:
            found[q.article.id] |= q.article.names
        stop = name_stops()
        self.update({a: frozenset(n - stop) for a, n in found.items()})
        return self.setdefault(article, frozenset())


def written(words: Sequence[str]) -> int:
    """How many words normalised ``words`` are as written: « c est » is one, « c'est »."""
    return sum(w not in ELIDED_WORDS for w in words)


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """The most words in a row, as written (``written``), that any wording of one quote and
    any of the other share."""
    best = 0
    for x in a:
        for y in b:
            xs, ys = x.split(), y.split()
            if min(len(xs), len(ys)) <= best:
                continue
            m = SequenceMatcher(None, xs, ys, autojunk=False).find_longest_match(
                0, len(xs), 0, len(ys))
            best = max(best, written(xs[m.a:m.a + m.size]))
    return best


def strangers(names: ArticleNames, ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of articles (by id: the articles of two groups) both name someone
    and name no one in common. A side with no names at all is no stranger."""
    a = set().union(*(names[i] for i in ours))
    b = set().union(*(names[i] for i in theirs))
    return bool(a) and bool(b) and not a & b
