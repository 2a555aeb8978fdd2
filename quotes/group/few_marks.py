"""A few marked words of a speaker found in their words in marks in another article.

« Paul Kern a dénoncé une « trahison » » in one outlet, « « C'est une trahison de nos
électeurs », a déclaré Paul Kern » in another: the outlet marks as his a word of the statement
the other gives whole. One or two content words in marks are too few for a fuzzy score
(``grouping``) or for a rendering (``marked.marked_pairs``, three words or more), yet said
verbatim by the same speaker, named with confidence, in another article of the batch, they are
a fragment of that statement. What keeps it a fragment and no coincidence of a story's words:
every content word of every one of the mixed quote's marks (never the narrator's words around
them; a stop word never counts) is said as such, not in another form, by the other quote, which
gives the speaker's words whole (a direct quote), and all of them together, within twice as many
words as the marks hold content words. An article that gives several such statements of the
speaker gives one of them only: the one whose words lie closest together, else the one whose
wording is nearest the marks (``fuzz.partial_ratio``), never both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from quotes.group.similarity import content_stem, figures, says_more, stop_words

_SPREAD = 2  # the marked words lie within twice their number of words in the other quote


def few_marked_pairs(marks: Sequence[Sequence[str]], spoken: Sequence[str | None],
                     names: Sequence[str | None], articles: Sequence[str],
                     sure: Sequence[bool], *, max_words: int, max_share: int
                     ) -> list[tuple[int, int]]:
    """Pairs (a, b): a quote ``a`` whose marked words (``marks[a]``, each normalised) say
    content words, fewer than ``max_words`` (more render a quote: ``marked.marked_pairs``), and
    numbers, every one of which a quote ``b`` in marks whole (``spoken[b]``: its
    words, normalised; None for a quote of another type) says word for word, within
    ``_SPREAD`` times their number of words; both of the same speaker (``names``, both
    ``sure``: a person named with confidence), in two articles; one ``b`` an article (the
    tightest, then the nearest wording). A word that more than ``max_share`` quotes of the
    speaker say is a word of theirs, no evidence."""
    stop = stop_words()
    wanted: list[tuple[int, frozenset[str]]] = []
    for n, fragments in enumerate(marks):
        if not fragments or not sure[n] or names[n] is None:
            continue
        words = frozenset(w for f in fragments for w in f.split()
                          if content_stem(w, stop) is not None)
        if 0 < len(words) < max_words:
            wanted.append((n, words))
    if not wanted:
        return []
    speakers = {names[n] for n, _ in wanted}
    holders: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for m, text in enumerate(spoken):
        if text is not None and sure[m] and names[m] in speakers:
            for w in set(text.split()):
                holders[(names[m], w)].append(m)
    found: list[tuple[int, int]] = []
    for n, words in wanted:
        postings = sorted((holders.get((names[n], w), []) for w in words), key=len)
        if len(postings[-1]) > max_share:
            continue
        best: dict[str, tuple[int, float, int]] = {}  # article -> (spread, -likeness, quote)
        for m in set(postings[0]).intersection(*postings[1:]):
            if articles[m] == articles[n] or says_more(
                    figures(" ".join(marks[n])), figures(spoken[m] or "")):
                continue  # the marks quote the speaker: their numbers are the other's too
            text = spoken[m] or ""
            spread = _spread(words, text.split())
            if spread > _SPREAD * len(words):
                continue
            rank = (spread, -fuzz.partial_ratio(" ".join(marks[n]), text), m)
            if articles[m] not in best or rank < best[articles[m]]:
                best[articles[m]] = rank
        found.extend((n, m) for _, _, m in best.values())
    return sorted(found)


def _spread(words: frozenset[str], text: Sequence[str]) -> int:
    """The fewest words of ``text`` in a row that say all ``words`` (a length past the text's
    when it does not)."""
    last: dict[str, int] = {}
    best = len(text) + 1
    for i, w in enumerate(text):
        if w in words:
            last[w] = i
            if len(last) == len(words):
                best = min(best, i - min(last.values()) + 1)
    return best
