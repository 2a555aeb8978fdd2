"""Torn renderings: a quote that renders two statements one article gives apart, each as well
as the other, renders neither.

An article that gives two quotes of one speaker as two passages (``passages.given_apart``)
reports two things said. A quote of another article whose content words render each of them
with one score cannot say which one it renders: it shares the words that run through both
statements (the names of the story, its subject), not the words of one. Joining it to both
would merge the two statements through it; joining it to one is a guess. It joins neither by
paraphrase and keeps any group its wordings gave it. A quote that renders one of them better
joins that one, and a whole rendering of each (every content word it says, said in each) is
a record that holds words of both passages, which merges their groups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

from quotes.group.passages import given_apart

_WHOLE = 1.0  # every content word of the rendering said in the other quote


def untorn(pairs: Sequence[tuple[int, int, float]], find: Callable[[int], int],
           articles: Mapping[int, dict[str, int]]) -> Iterator[tuple[int, int, float]]:
    """The paraphrase ``pairs`` (a, b, score), best first, but those of a quote that has
    another pair of the same score, below a whole rendering, into a group one article gives
    apart from the first's (``articles``: a group's passage in each of its articles, by the
    root ``find`` gives). Read lazily: the groups are those the pairs already yielded have
    joined, so a tie found once two statements have their groups is seen."""
    of: defaultdict[int, list[tuple[int, float]]] = defaultdict(list)
    for a, b, score in pairs:
        of[a].append((b, score))
        of[b].append((a, score))

    def rival(n: int, other: int, score: float) -> bool:
        mine, theirs = find(n), find(other)
        return any(s == score and (r := find(c)) not in (mine, theirs)
                   and given_apart(articles[r], articles[theirs]) for c, s in of[n])

    for a, b, score in pairs:
        if score < _WHOLE and (rival(a, b, score) or rival(b, a, score)):
            continue
        yield a, b, score
