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

A tie is read for the rendering of a pair (the quote of fewer content words), among all its
pairs. The longer quote of two pairs with one score is rendered by two statements, each of whose
words it says as much: two parts of one interview that one article gives apart, which
another article quotes as one long passage holding both, is a record that holds two passages
and merges their groups, so both pairs stand.

It sees only ties between paraphrase pairs: a quote its wording (the loop before paraphrase)
already joined to one of two statements has no paraphrase pair with it, so its pair with the
other is no tie and stands (« la gare SNCF de Tulle sera transformée », joined by its wording
to « la gare SNCF de Tulle sera rénovée », still joins « la gare SNCF de Tulle accueillera un
guichet » given apart from it). A tie with a quote of the rendering's own group is no tie
between two groups either: that group it renders already, by a pair as good or better (so
the second of two tied pairs stands when the first was taken before its two groups were
given apart).
Scores tie with ``==``: ``paraphrase.paraphrase_pairs`` rounds each to 12 decimals, so one
share summed in two orders gives one score, and marked parts score 1.0 exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

from quotes.group.passages import given_apart

_WHOLE = 1.0  # every content word of the rendering said in the other quote


def untorn(pairs: Sequence[tuple[int, int, float]], find: Callable[[int], int],
           articles: Mapping[int, dict[str, int]]) -> Iterator[tuple[int, int, float]]:
    """The paraphrase ``pairs`` (rendering, other, score), best first, but those whose
    rendering has another pair (either side) of the same score, below a whole rendering,
    into a group (not its own) that one article gives apart from the other's (``articles``:
    a group's passage in each of its articles, by the root ``find`` gives). Read lazily: the groups
    are those the pairs already yielded have joined, so a tie found once two statements
    have their groups is seen."""
    of: defaultdict[int, list[tuple[int, float]]] = defaultdict(list)
    for a, b, score in pairs:
        of[a].append((b, score))
        of[b].append((a, score))

    def rival(n: int, other: int, score: float) -> bool:
        mine, theirs = find(n), find(other)
        return any(s == score and (r := find(c)) not in (mine, theirs)
                   and given_apart(articles[r], articles[theirs]) for c, s in of[n])

    for a, b, score in pairs:
        if score < _WHOLE and rival(a, b, score):
            continue
        yield a, b, score
