"""A mixed quote's few marked words said in a row by a direct quote of its speaker.

An outlet marks two words of a statement (« la « paix et l'unité » », « "l'engagement" et le
"courage" »), another gives the statement whole in marks (« Ce pays a besoin de paix et
d'unité », « … son engagement, son courage »): the marked words are too few for a fuzzy score
or a rendering of three content words (``marked.marked_pairs``), and the marks hold an article
the speaker did not say. Said in order, one content word after the other, by a direct quote of
the same named speaker in another article, and by no other statement of theirs, the marks are
a fragment of that quote, when they pair words (two marks, or a mark of three words, « paix et
l'unité »): one mark of two words (« faute grave ») is a phrase many say of many things.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from itertools import pairwise

from rapidfuzz import fuzz

from quotes.group.similarity import content_stem, figures, says_more, stop_words
from quotes.lexicon.grammar import ARTICLE_WORDS, DE_CONTRACTED

_LIGHT = ARTICLE_WORDS | {w.rstrip("'’") for w in DE_CONTRACTED}  # normalised: « d' » is « d »
_PAIRED_WORDS = 3  # one mark of this many words, articles aside, pairs words of the speaker's


def said_marks_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                     articles: Sequence[str], direct: Sequence[bool],
                     marks: Mapping[int, Sequence[str]], *, min_words: int = 2,
                     alike: float = 75.0) -> list[tuple[int, int]]:
    """(a, b), a < b: a mixed quote whose marks (``marks[a]``, normalised, a word alone
    too, for the quotes that have any; ``texts``: each quote's wordings, ``quote_texts``),
    taken together in their order, say ``min_words`` content words or more that a direct
    quote of the same named speaker in another article says in that order, one after the
    other (the other's stop words, an article, « de », a possessive, set aside), within twice
    the marks' words:
    « la « paix et l'unité » » for « Ce pays a besoin de paix et d'unité », « "l'engagement"
    et le "courage" » for « … son engagement, son courage ». Where the speaker's direct quotes
    of other articles that say them are two statements (one not alike to the next to
    ``alike``, ``ratio`` on the whole wordings), the marks are a phrase of theirs (« une "faute
    grave" » said of two things) and join neither. The words are counted in the other's
    wording as a whole, a sentence end no bound: « … besoin de calme. Et l'unité … » says
    « calme » and « unité » in a row."""
    stop = stop_words()
    wanted: list[tuple[int, str, Sequence[str], list[str]]] = []
    for n, held in marks.items():
        if held and not direct[n] and (name := names[n]) is not None and _paired(held):
            marked = [s for f in held for w in f.split()
                      if (s := content_stem(w, stop)) is not None]
            if len(marked) >= min_words:
                wanted.append((n, name, held, marked))
    if not wanted:  # most batches: no marks that pair words, nothing to index
        return []
    speakers = {name for _, name, _, _ in wanted}
    stems_of = functools.cache(lambda m: [content_stem(w, stop) for w in texts[m][0].split()])
    said: dict[tuple[str, str], list[int]] = {}
    for m, speaker in enumerate(names):
        if direct[m] and speaker in speakers:
            for c in {c for c in stems_of(m) if c is not None}:
                said.setdefault((speaker, c), []).append(m)
    found: set[tuple[int, int]] = set()
    for n, name, held, marked in wanted:
        postings = sorted((said.get((name, c), []) for c in marked), key=len)
        holders = [m for m in sorted(set(postings[0]).intersection(*postings[1:]))
                   if articles[m] != articles[n]
                   and _in_a_row(marked, stems_of(m), 2 * sum(len(f.split()) for f in held))
                   and not says_more(figures(" ".join(held)), figures(texts[m][0]))]
        if holders and all(_alike(texts[x][0], texts[y][0], alike)
                           for x, y in pairwise(holders)):
            found.update((min(n, m), max(n, m)) for m in holders)
    return sorted(found)


def _paired(marks: Sequence[str]) -> bool:
    """Whether an outlet's marks pair words of the speaker's: two marks or more (« "l'engagement"
    et le "courage" »), or one of three words or more, articles and « de » aside (« paix et
    l'unité »). One mark of two words (« faute grave », « pollution durable ») is a phrase many
    say of many things."""
    return len(marks) >= 2 or any(
        sum(w not in _LIGHT for w in m.split()) >= _PAIRED_WORDS for m in marks)


def _in_a_row(marked: list[str], words: Sequence[str | None], span: int) -> bool:
    """Whether ``words`` (content words or None) say ``marked`` in order, no other content
    word between them, within ``span`` words, across a sentence end too."""
    content = [(i, w) for i, w in enumerate(words) if w is not None]
    size = len(marked)
    return any([w for _, w in content[k:k + size]] == marked
               and content[k + size - 1][0] - content[k][0] < span
               for k in range(len(content) - size + 1))


def _alike(a: str, b: str, alike: float) -> bool:
    """Two wordings of one statement: near the same, whole string against whole string. Not
    one inside the other (``partial_ratio``): two short statements that share the marked
    phrase (« le dialogue social et la concertation restent notre méthode », « sans dialogue
    social, la concertation ne sert à rien ») would be one."""
    return fuzz.ratio(a, b) >= alike
