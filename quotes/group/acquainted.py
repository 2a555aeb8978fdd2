"""Whether two groups' articles name someone or somewhere in common: the guard on a pair the
text alone decides.

A short or generic wording (« Nous allons faire appel », « C'est un moment difficile pour nous
tous ») is what many events say. When one of two quotes has a speaker that does not vote (a
pronoun, a description, no one) and the words they share in a row are fewer than
``text_first_words`` (two wordings that match whole: the shorter has fewer words), nothing
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

from quotes.group.similarity import shares_run, stop_words
from quotes.lexicon import cached, fold, words
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
        self.update({a: frozenset(w for w in n if w not in stop and not set(w.split("-")) <= stop)
                     for a, n in found.items()})  # « Le Parisien »: each word a stop
        return self.setdefault(article, frozenset())


def text_alone(a: Sequence[str], b: Sequence[str], words: int) -> bool:
    """Whether no wording of one quote and none of the other (normalised, ``quote_texts``)
    share a run of ``words`` words: little text ties them, counted as ``similarity.shares_run``
    counts a passage (« c'est » is two words, « c est »)."""
    return not any(shares_run(x, y, words) for x in a for y in b)


def short(texts: Sequence[str], words: int) -> bool:
    """Whether every wording of a quote (normalised) is shorter than ``words`` words: it shares
    no such run with any other (``text_alone``), however alike."""
    return all(len(x.split()) < words for x in texts)


def strangers(names: ArticleNames, ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of articles (by id: the articles of two groups) both name someone
    and name no one in common. A side with no names at all is no stranger."""
    a = set().union(*(names[i] for i in ours))
    b = set().union(*(names[i] for i in theirs))
    return bool(a) and bool(b) and not a & b
