"""Marked words and names: what a quote quotes of its speaker, and whom it names.

A mixed quote's marked words that another quote of its speaker says all of render it
(``marked_pairs``); the names of persons a quote says (``person_words``) are no content it
alone shares with another quote: two statements of one speaker about one person name them.
Two mixed quotes that each mark words the other says none of, or a mixed quote and a quote in
marks that says none of its marked words (fewer than half, where a run of words is all they
share), share only the outlets' words around the marks (``marks_apart``): no rendering of one
statement.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from quotes.group.paraphrase import _SPREAD, said_together
from quotes.group.similarity import (
    content_stem,
    content_stems,
    figures,
    normalize,
    says_more,
    stop_words,
)
from quotes.lexicon import cached, capitalised, fold, folded, table

_TOKEN = re.compile(r"[^\W\d_][\w-]*|[^\w\s'’]")  # a word, or a mark that ends a name


@cached
def _first_names() -> frozenset[str]:
    return frozenset(fold(name) for name, _ in table("first_names"))


def person_words(text: str) -> frozenset[str]:
    """The words (normalised) of the persons' names a text says, with the titles just before
    them (lexicon/role_nouns.txt): a capitalised first name of lexicon/first_names.tsv followed
    by capitalised words, the surname (« le sénateur Jean Dupont », « Marine Le Pen »); a first
    name alone could be a place or a word (« Florence »)."""
    words = _TOKEN.findall(text)
    found: set[str] = set()
    titles = folded("role_nouns")
    for n, w in enumerate(words):
        if not capitalised(w) or fold(w.split("-")[0]) not in _first_names():
            continue
        start, end = n, n + 1
        while end < len(words) and capitalised(words[end]):
            end += 1
        while start > 0 and fold(words[start - 1]) in titles:
            start -= 1
        if end > n + 1:
            found.update(normalize(" ".join(words[start:end])).split())
    return frozenset(found)


def marked_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                 articles: Sequence[str], *, min_words: int) -> list[tuple[int, int]]:
    """(a, b): a mixed quote ``a`` whose marked words (a quoted fragment of ``texts[a]``, which
    holds the quote, then its fragments, normalised) say ``min_words`` content words or more,
    every one of which another quote ``b`` of the same named speaker in another article says
    within twice the fragment's length: « une "décision personnelle, qu'il respecte" » for
    « une décision personnelle que le président respecte ». An outlet that cuts a few words
    out of the marks (« qu'il » for « que le président ») leaves no run of words to match,
    yet says the speaker's words and no others."""
    stop = stop_words()
    wanted: list[tuple[int, set[str], int, frozenset[str]]] = []
    for n, t in enumerate(texts):
        if names[n] is not None and len(t) > 1:
            for f in t[1:]:
                words = content_stems(f)
                if len(words) >= min_words:
                    wanted.append((n, words, _SPREAD * len(f.split()), figures(f)))
    if not wanted:
        return []
    speakers = {names[n] for n, _, _, _ in wanted}
    said: dict[tuple[str | None, str], list[int]] = {}
    stems: dict[int, list[str | None]] = {}
    for m, t in enumerate(texts):
        if names[m] in speakers:
            stems[m] = [content_stem(w, stop) for w in t[0].split()]
            for c in {c for c in stems[m] if c is not None}:
                said.setdefault((names[m], c), []).append(m)
    found: set[tuple[int, int]] = set()
    figures_of = functools.cache(lambda m: figures(texts[m][0]))  # a holder of many wanted
    for n, words, span, marked in wanted:
        postings = sorted((said.get((names[n], c), []) for c in words), key=len)
        holders = set(postings[0]).intersection(*postings[1:])
        # the marks quote the speaker: every number in them is one the other quote gives
        found.update((n, m) for m in holders
                     if articles[m] != articles[n] and not says_more(marked, figures_of(m))
                     and said_together(words, stems[m], span))
    return sorted(found)


def marks_apart(a: Sequence[str], b: Sequence[str], direct: tuple[bool, bool] = (False, False),
                run: bool = False) -> bool:
    """Whether two mixed quotes (their normalised wordings: the quote, then its marks) each
    mark words the other says none of: what they share is the outlets' own words around the
    marks (the story both tell), not what the speaker said, and no rendering joins them
    (« s'il exporte plus, "ce n'est plus tenable" » and « s'il exporte plus, "on a des
    surcapacités" »). A quote in marks whole (``direct``: for ``a``, for ``b``) is all the
    speaker's words: one that says none of the content words of a mixed quote's marks shares
    with it the outlet's words around them only (« ses "propos honteux" jeudi 14 mars à
    Lorient » and « le consul a été reçu jeudi 14 mars à Lorient »); one that meets it on a
    ``run`` of words only (``short.shared_run_pairs``), word for word, would give its marks
    too, and must say half the content words of one of them or more."""
    for x, y, whole in ((a, b, direct[1]), (b, a, direct[0])):
        if whole and len(x) >= 2 and len(y) == 1:
            said = content_stems(y[0])
            marked = [m for f in x[1:] if (m := content_stems(f))]
            if run:  # word for word: half the words of one of its marks or more
                return bool(marked) and all(2 * len(m & said) < len(m) for m in marked)
            return bool(marked) and not any(m & said for m in marked)
    if len(a) < 2 or len(b) < 2:
        return False
    said_a, said_b = content_stems(a[0]), content_stems(b[0])
    return not any(content_stems(f) & said_b for f in a[1:]) and not any(
        content_stems(f) & said_a for f in b[1:])
