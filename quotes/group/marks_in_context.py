"""A mixed quote's few marked words, all said by its speaker in another article, where the
outlet's words around the marks say what that quote is about.

« Elle juge le discours « injuste » » in one outlet, « Ce discours était injuste et je le dis
sans détour » in another: one marked word is too little for a fuzzy score, a run or a
rendering of three content words (``marked``, ``said_marks``), and a speaker says one word
of many things (« "inacceptable" » of a blockade and of an injury): the word alone is no
evidence. When every mark of the quote lies word for word in the speaker's own words of the
other (a direct quote, or a mark of a mixed one), and the outlet's words around the marks give
a content word that quote says too (« discours »), not a name (two statements of one story
name its people and places both), the marks are a fragment of that quote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from quotes.group.marked import person_words
from quotes.group.similarity import content_stems, normalize
from quotes.model import Quote

_CAPITALISED = re.compile(r"\b[^\W\d_a-zà-ÿ][\w-]*")  # a word that opens on a capital


def marks_in_context_pairs(texts: Sequence[Sequence[str]], names: Sequence[str | None],
                           quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """(a, b), a < b: quotes of one named speaker (``names``: the batch's keys) in two
    articles, one a mixed quote whose marks (normalised, a word alone too) each lie word for
    word in the other's own words (``_own_words``), with a content word of its outlet's
    words around the marks (not a mark's, not of a name: ``_names``) the other quote says
    (``texts``: each quote's wordings, ``quote_texts``, the whole first)."""
    wanted: list[tuple[int, list[str], set[str], set[str]]] = []
    for n, q in enumerate(quotes):
        if names[n] is None or q.type != "mixed" or not q.fragments:
            continue
        marks = [f" {normalize(f.text)} " for f in q.fragments]
        marked = set().union(*(content_stems(m) for m in marks))
        if not marked:
            continue  # marks of stop words alone (« "pour nous" ») say nothing of their own
        around = content_stems(texts[n][0]) - marked - _names(q.span.text)
        if around:
            wanted.append((n, marks, marked, around))
    if not wanted:  # most batches: no marks to look for
        return []
    speakers = {names[n] for n, _, _, _ in wanted}
    own: dict[int, list[str]] = {}
    holding: dict[tuple[str, str], list[int]] = defaultdict(list)  # (speaker, stem): quotes
    for m, name in enumerate(names):
        if name is not None and name in speakers and (said := _own_words(quotes[m], texts[m])):
            own[m] = said
            for stem in set().union(*(content_stems(w) for w in said)):
                holding[(name, stem)].append(m)
    found: set[tuple[int, int]] = set()
    for n, marks, marked, around in wanted:
        name = names[n] or ""
        # the quotes of the speaker's that say the rarest marked word: few to look at
        for m in min((holding.get((name, stem), []) for stem in marked), key=len):
            if quotes[m].article.id != quotes[n].article.id and all(
                    any(mark in w for w in own[m]) for mark in marks) and (
                    around & content_stems(texts[m][0])):
                found.add((min(n, m), max(n, m)))
    return sorted(found)


def _names(text: str) -> set[str]:
    """The content words (``content_stems``) of the names a text gives, capitalised words
    (« Corlay », « Vernac »), with a person's title (``marked.person_words``): the story the
    outlets tell, which two statements of it share."""
    return content_stems(normalize(" ".join(_CAPITALISED.findall(text)))) | content_stems(
        " ".join(person_words(text)))


def _own_words(q: Quote, texts: Sequence[str]) -> list[str]:
    """The speaker's own words of a quote, normalised and padded with a space: a direct
    quote's wording, a mixed quote's marks (a word alone too); none of an indirect quote,
    which is the outlet's words."""
    if q.type == "direct":
        return [f" {texts[0]} "]
    if q.type == "mixed":
        return [f" {normalize(f.text)} " for f in q.fragments]
    return []
