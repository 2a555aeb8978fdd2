"""Whether two articles speak of someone in common: the guard on a short wording that a weak
speaker's quote shares with another article's quote.

A short predicate (« ne savait pas nager ») is what many stories say. When one of two quotes
has a speaker that does not vote (a pronoun, a description, no one) and all the words they
share in a row are fewer than ``text_first_words`` (or, for two wordings that match whole,
the shorter has fewer words), nothing but the text ties them, and a
short text ties two events as well as one: such a pair joins only when the two articles name
someone or somewhere in common. Almost every two articles of one gold group do (419 of 421
pairs, corpus to f25); two drowning stories of two towns name no one alike.

What an article names is read from its quotes alone (records read back from a file carry no
article text): the capitalised words of the sentences around its quotes and of its title
(``capitalised_words``), its speakers' names and roles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from quotes.group.similarity import stop_words
from quotes.lexicon import fold
from quotes.model import Quote

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*")  # an elided « l’ » apart
# a word after one of these opens a sentence or a quotation: its capital says nothing
_OPENERS = frozenset(".!?…:«\"“—–-(")


def capitalised_words(text: str) -> set[str]:
    """The capitalised words of ``text`` (three letters or more, folded) that do not open a
    sentence or a quotation and are no stop word: names of people, places, bodies."""
    stop = stop_words()
    out: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group()
        if not word[:1].isupper() or len(word) < 3:
            continue
        before = text[:m.start()].rstrip()
        if not before or before[-1] in _OPENERS:
            continue
        key = fold(word)
        if key not in stop:
            out.add(key)
    return out


class ArticleNames(dict[str, frozenset[str]]):
    """Each article's names (by article id), read from its quotes the first time they are
    asked for (few pairs ever need them): ``capitalised_words`` of the sentences around its
    quotes and of its title, and the words of their speakers' names and roles."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        super().__init__()
        self.quotes = quotes
        self.at: dict[str, list[int]] | None = None

    def __missing__(self, article: str) -> frozenset[str]:
        if self.at is None:
            self.at = defaultdict(list)
            for n, q in enumerate(self.quotes):
                self.at[q.article.id].append(n)
        texts: set[str] = set()
        for n in self.at.get(article, ()):
            q = self.quotes[n]
            texts.update((q.sentence.text, q.article.title or ""))
            texts.update(" " + t for t in (q.speaker.name, q.speaker.linked, q.speaker.role) if t)
        found = self[article] = frozenset().union(*map(capitalised_words, texts))
        return found


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """The most words in a row that any wording of one quote and any of the other share."""
    best = 0
    for x in a:
        for y in b:
            xs, ys = x.split(), y.split()
            if min(len(xs), len(ys)) <= best:
                continue
            m = SequenceMatcher(None, xs, ys, autojunk=False).find_longest_match(
                0, len(xs), 0, len(ys))
            best = max(best, m.size)
    return best


def strangers(names: ArticleNames, ours: str | Iterable[str],
              theirs: str | Iterable[str]) -> bool:
    """Whether two articles (by id), or two sets of articles (the articles of two groups:
    the event's people), name no one and nowhere in common (``names``: ``article_names``)."""
    def of(ids: str | Iterable[str]) -> set[str]:
        return set().union(*(names[i] for i in ([ids] if isinstance(ids, str)
                                                                   else ids)))
    return not (of(ours) & of(theirs))
