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

Names are compared whole (``Named``): the same name of several words (« jean-dupuis »), the
same name of one word in both (« valmorin », « sncf »), or one article's name of one word
that is a word of a longer name of the other's (« M. Dupuis » after « Jean Dupuis », « Valmorin »
and « Radio Valmorin »), unless a given name opens that name (« Jean » alone is not « Jean
Dupuis »). A word that is only a part of longer names in both articles ties nothing: two
people who share a given name (« Jean Dupuis », « Jean Martin ») or a surname (« Paul Roux »,
« Marie Roux »), two bodies that share a word (« Confédération paysanne », « Confédération
générale du travail »).
"""

from __future__ import annotations

import functools
import operator
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from quotes.attribute.names import first_name_gender
from quotes.group.similarity import shares_run, stop_words
from quotes.lexicon import cached, fold, titles, words
from quotes.model import Quote


@cached
def name_stops() -> frozenset[str]:
    """lexicon/name_stops.txt, folded, and the stop words (« Le » of « Le Parisien »)."""
    return frozenset(fold(w) for w in words("name_stops")) | stop_words()


@cached
def _edges() -> frozenset[str]:
    """What opens or closes a name without being one: the stop list, and the titles
    (« M. », « Dr »: ``m-dupuis`` is « dupuis »)."""
    return name_stops() | {fold(t.rstrip(".")) for t in titles()}


class Named(NamedTuple):
    """What a set of articles names, as whole names: ``whole``, its names of several words
    (« jean-dupuis », « saint-aubin-des-bois »); ``bare``, its names of one word that are no
    part of a longer one it gives (« dupuis » of an article that writes only « M. Dupuis »);
    ``heads`` and ``tails``, the first words of its names of several words (where a given
    name stands) and their other words (a surname, a town: « valmorin » of « radio-valmorin »)."""

    whole: frozenset[str]
    bare: frozenset[str]
    heads: frozenset[str]
    tails: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.whole or self.bare)

    def __or__(self, other: object) -> Named:
        if not isinstance(other, Named):
            return NotImplemented
        return Named(*(a | b for a, b in zip(self, other, strict=True)))

    def meets(self, other: Named) -> bool:
        """Whether the two name someone or somewhere alike: one name of several words, one
        name of one word, or a name of one word the other gives inside a longer name, unless
        it opens that name and is a given name (« Jean » is not « Jean Dupuis »)."""
        return bool(self.whole & other.whole or self.bare & other.bare) or \
            self.within(other) or other.within(self)

    def within(self, other: Named) -> bool:
        """Whether a name of one word of ours is a word of a longer name of ``other``'s,
        no given name opening it."""
        return bool(self.bare & other.tails) or any(
            first_name_gender(w) is None for w in self.bare & other.heads)


NOTHING: frozenset[str] = frozenset()
NO_NAMES = Named(NOTHING, NOTHING, NOTHING, NOTHING)


def named(names: Iterable[str]) -> Named:
    """An article's names (``ArticleRef.names``: its name words and names joined by hyphens)
    as whole names, the stop list and the titles at their ends taken off (« mme-roux » is
    « roux »), a name made of them alone dropped (« le-parisien »)."""
    edges, stop = _edges(), name_stops()
    whole: set[str] = set()
    one: set[str] = set()
    parts: set[str] = set()
    for name in names:
        if name in stop:
            continue
        words_ = name.split("-")
        while words_ and words_[0] in edges:
            words_.pop(0)
        while words_ and words_[-1] in edges:
            words_.pop()
        if len(words_) > 1:
            whole.add("-".join(words_))
            parts.update(words_)
        elif words_ and words_[0] not in stop:
            one.add(words_[0])
    if not whole:  # most articles: no set built for nothing (a batch holds many)
        return Named(NOTHING, frozenset(one), NOTHING, NOTHING) if one else NO_NAMES
    return Named(frozenset(whole), frozenset(one - parts),
                 frozenset(w.split("-", 1)[0] for w in whole),
                 frozenset(t for w in whole for t in w.split("-")[1:]))


class ArticleNames(dict[str, Named]):
    """Each article's names by article id, its stretches' together, as whole names
    (``named``); built the first time a pair asks (few pairs ever do)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        super().__init__()
        self.quotes = quotes

    def __missing__(self, article: str) -> Named:
        found: dict[str, set[str]] = defaultdict(set)
        for q in self.quotes:
            found[q.article.id] |= q.article.names
        self.update({a: named(n) for a, n in found.items()})
        return self.setdefault(article, NO_NAMES)


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
    and name no one alike (``Named.meets``). A side with no names at all is no stranger."""
    a = functools.reduce(operator.or_, (names[i] for i in ours), NO_NAMES)
    b = functools.reduce(operator.or_, (names[i] for i in theirs), NO_NAMES)
    return bool(a) and bool(b) and not a.meets(b)
