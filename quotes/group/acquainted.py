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
``name_stops``: news agencies, countries, months, a party every story names, the state's
institutions; the titles are read apart, from lexicon ``titles``). A speaker's name is not
read: a description one article gets from another's name (``attribute.batch``) would make the
two articles share it. An article with no names (records of schema 1.2 carry none) keeps no
pair apart.

Names are compared whole (``Named``): the same name of several words (« jean-dupuis »), the
same name of one word in both (« valmorin », « sncf »), the surname alone in one article of a
person the other names in full (« M. Dupuis » after « Jean Dupuis »), or a name that opens a
longer name of the other's (« Valmorin » and « Valmorin Plage »), unless it is a given name
(« Jean » alone is not « Jean Dupuis »). A person's full name opens on a given name or a title;
its words are its parts only: two people who share a given name (« Jean Dupuis », « Jean
Martin »; « Jean-Pierre », « Pierre d'Aubarède ») or a surname (« Paul Roux », « Marie Roux »)
are no one alike. A body's or a place's name counts its first word as a part only
(« Confédération paysanne », « Confédération générale du travail »), and each other word it
writes apart, with a space, as a name of its own (« Lorvenne » of « Hôpital de Lorvenne » meets
« Radio Lorvenne »); a word glued by hyphens is none (« M. Bois » is not
« Saint-Aubin-des-Bois »). The cost: a given name alone is no one (« la petite Lucie » and
« Lucie Fontanel » stay apart), and a full name whose given name the list lacks reads as a
place's (« Corentin Roux » gives « Roux » alone).
"""

from __future__ import annotations

import functools
import operator
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from quotes.attribute.article_names import name_words
from quotes.attribute.names import first_name_gender
from quotes.group.similarity import shares_run, stop_words
from quotes.lexicon import cached, fold, folded, titles
from quotes.model import Quote


@cached
def name_stops() -> frozenset[str]:
    """lexicon/name_stops.txt, folded, and the stop words (« Le » of « Le Parisien »)."""
    return folded("name_stops") | stop_words()


@cached
def _titles() -> frozenset[str]:
    """The titles as names give them (« M. », « Dr »: ``mme-roux`` is Mme Roux)."""
    return frozenset(fold(t.rstrip(".")) for t in titles())


@cached
def _edges() -> frozenset[str]:
    """What opens or closes a name without being one: the stop list and the titles."""
    return name_stops() | _titles()


class Named(NamedTuple):
    """What a set of articles names, as whole names: ``whole``, its names of several words
    that open no longer one it gives (« jean-dupuis », « saint-aubin-des-bois »); ``bare``, its
    names of one word that are no word of a person's full name nor the head of a longer name
    (« dupuis » of an article that writes only « M. Dupuis », « lorvenne » beside « Hôpital de
    Lorvenne »); ``heads``, what opens its names of several words (a given name, « Hôpital »,
    « Jean-Pierre » of « Jean-Pierre Dauvergne »); ``tails``, the words after the given name
    or the title of a person's full name (« dupuis »)."""

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
        name of one word, a surname alone the other gives after a given name, or a name the
        other's longer name opens with, unless it is a given name (« Jean » is not « Jean
        Dupuis »)."""
        return bool(self.whole & other.whole or self.bare & other.bare) or \
            self.within(other) or other.within(self)

    def same_event(self, other: Named) -> bool:
        """Whether the two name one event (``one_event``): a name of several words both give,
        or a surname one gives alone of a person the other names in full."""
        return bool(self.whole & other.whole or self.bare & other.tails
                    or other.bare & self.tails)

    def within(self, other: Named) -> bool:
        """Whether a name of ours is the surname of a person ``other`` names in full, or opens
        a longer name of ``other``'s and is no given name."""
        return bool(self.bare & other.tails) or any(
            first_name_gender(w) is None for w in (self.bare | self.whole) & other.heads)


NOTHING: frozenset[str] = frozenset()
NO_NAMES = Named(NOTHING, NOTHING, NOTHING, NOTHING)


def named(names: Iterable[str]) -> Named:
    """An article's names (``ArticleRef.names``: its name words and names joined by hyphens)
    as whole names (``Named``), the stop list and the titles at their ends taken off (« mme-roux »
    is « roux »), a name made of them alone dropped (« le-parisien »), and so is a word left
    alone that the article gives as no name of its own (« nationale » of « assemblee-nationale »,
    a body's name whose other words are in lower case).

    What opens a name of several words is its head: the longest name the article gives that
    opens it (« jean-pierre » of « jean-pierre-dauvergne »), else its first word. A head that
    is a given name, or a title taken off, makes it a person's full name: its words are parts
    of it, never names of one word of their own (two people who share a given name or a
    surname are no one alike). Another is a body's or a place's name: its head counts only as
    a part of it (« Confédération », « Hôpital »), its other words stay names of their own when
    the article's names hold them alone, as they do each word written apart, with a space
    (« Lorvenne » of « Hôpital de Lorvenne »); a word glued by hyphens is not (« Bois » of
    « Saint-Aubin-des-Bois »)."""
    given = set(names)
    several: dict[str, bool] = {}  # a name of several words: whether a title opened it
    one: set[str] = set()
    for name in given:
        words_, titled = _trimmed(name)
        if len(words_) > 1:
            joined = "-".join(words_)
            several[joined] = titled or several.get(joined, False)
        elif words_ and (words_[0] == name or words_[0] in given):
            one.add(words_[0])
    if not several:  # most articles: no set built for nothing (a batch holds many)
        return Named(NOTHING, frozenset(one), NOTHING, NOTHING) if one else NO_NAMES
    heads: set[str] = set()
    tails: set[str] = set()
    parts: set[str] = set()
    known = several.keys() | one  # what may head a name of several words
    for name, titled in several.items():
        head = _head(name, known)
        rest = name[len(head) + 1:].split("-")
        if titled or first_name_gender(head) is not None:
            parts.update(head.split("-"), rest)
            tails.update(rest)
        else:
            parts.update(head.split("-"))
        heads.add(head)
    return Named(frozenset(several.keys() - heads), frozenset(one - parts),
                 frozenset(heads), frozenset(tails))


def _trimmed(name: str) -> tuple[list[str], bool]:
    """The words of ``name`` less the stop list and the titles at its ends (none when it is a
    stop word), and whether a title opened it."""
    if name in name_stops():
        return [], False
    edges, titled = _edges(), False
    words_ = name.split("-")
    while words_ and words_[0] in edges:
        if words_.pop(0) in _titles():  # « dr-de-gaulle »: each edge word taken off
            titled = True
    while words_ and words_[-1] in edges:
        words_.pop()
    return words_, titled


def _head(name: str, names: Iterable[str]) -> str:
    """The longest of ``names`` that opens ``name`` (of several words) and is shorter, else its
    first word."""
    found = [n for n in names if name.startswith(n + "-")]
    return max(found, key=len) if found else name.split("-", 1)[0]


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

    @functools.cached_property
    def cast(self) -> dict[str, frozenset[str]]:
        """``cast_words``, by article id, read the first time a pair asks."""
        return cast_words(self.quotes)


def cast_words(quotes: Sequence[Quote]) -> dict[str, frozenset[str]]:
    """Each article's cast by id: the name words (``article_names.name_words``, hyphens split)
    of the people and bodies its quotes' speakers name (« direction d'Auchan »: « auchan »;
    « Lucas Perrin »); an anonymous source or a body in common nouns names none."""
    found: dict[str, set[str]] = defaultdict(set)
    said = dict.fromkeys((q.article.id, q.speaker.name) for q in quotes  # each name once
                         if q.speaker.kind in ("person", "organization") and q.speaker.name)
    for article, name in said:
        for w in name_words([name]):
            found[article].update(w.split("-"))
    return {a: frozenset(w) for a, w in found.items()}


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
    a, b = _all(names, ours), _all(names, theirs)
    return bool(a) and bool(b) and not a.meets(b)


def acquainted(names: ArticleNames, ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of articles (by id) name someone alike (``Named.meets``) that is a
    person or a body their quotes' speakers name (``cast_words``): « Auchan » of a speaker
    « direction d'Auchan ». A place both name (« Grenoble », « Isère ») is what two events
    of one town share, and no speaker names it; a side with no names names no one alike
    (``strangers`` lets it pass: this does not)."""
    ours, theirs = set(ours), set(theirs)
    a, b = _all(names, ours), _all(names, theirs)
    cast = frozenset().union(*(names.cast.get(i, NOTHING) for i in ours | theirs))
    return _cast_only(a, cast).meets(_cast_only(b, cast))


def _cast_only(found: Named, cast: frozenset[str]) -> Named:
    """The names of ``found`` that hold a word of ``cast`` (hyphens split)."""
    return Named(*(frozenset(n for n in part if cast.intersection(n.split("-")))
                   for part in found))


def one_event(names: ArticleNames, ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of articles (by id) name one event: a name of several words both give
    (« Jean Dupuis », « Saint-Aubin-des-Bois », « Hôpital de Lorvenne »), or a surname one
    gives alone of a person the other names in full. A name of one word (« Lyon »,
    « Bretagne », a town or a region) is shared by many stories of it: it is no event; nor is
    a side with no names (``strangers`` lets it pass: this does not)."""
    return _all(names, ours).same_event(_all(names, theirs))


def _all(names: ArticleNames, ids: Iterable[str]) -> Named:
    """What the articles ``ids`` name, together."""
    return functools.reduce(operator.or_, (names[i] for i in ids), NO_NAMES)
