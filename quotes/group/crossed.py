"""Records of one article that cross: the words the later one gives are its own.

An extraction that reads a span twice may give a record that runs on into the next one of its
article (« qui assure avoir eu "la peur de (sa) vie", deux clochers du village "sont prêts à
tomber" … » beside « Selon le maire …, deux clochers du village "sont prêts à tomber" … »,
which opens inside it with a cue of its own). Read whole, the longer record holds two
statements and joins the groups of both; grouping reads it up to where the later record
opens (``cut``), and its span in the output stays what the article says.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from quotes.group.narration import words_said
from quotes.model import Quote, Span

_WORD = re.compile(r"\w")


def cut(quotes: Sequence[Quote]) -> dict[int, Quote]:
    """The records (by index) that another record of their article opens inside of and ends
    after, each as grouping reads it: its span up to where the other opens, the marks it
    holds there and no others. A record inside another (the marks of a mixed quote given
    again whole) crosses nothing; nor does one whose words from there on are all in its marks
    (``_runs_on_outside_marks``: a marked phrase both give); a cut that would leave no words
    is not made."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for n, q in enumerate(quotes):
        by_article[q.article.id].append(n)
    out: dict[int, Quote] = {}
    for members in by_article.values():
        if len(members) < 2:
            continue
        for n in members:
            q = quotes[n]
            opens = [o.span.start for m in members if m != n and (o := quotes[m]).span.start > (
                q.span.start) and o.span.start < q.span.end < o.span.end]
            if not opens or not _runs_on_outside_marks(q, at := min(opens)):
                continue  # the two give one marked phrase each: no words run on
            text = q.span.text[:at - q.span.start].rstrip()
            if _WORD.search(text):
                out[n] = replace(q, span=Span(q.span.start, q.span.start + len(text), text),
                                 fragments=tuple(f for f in q.fragments if f.end <= at))
    return out


def _runs_on_outside_marks(q: Quote, at: int) -> bool:
    """Whether the part of ``q`` from ``at`` on holds a word outside its marks: the outlet's
    words of the next statement, which the record has run on into. Two records that share one
    marked phrase, one ending on it and the next opening on it (« s'être inquiétée de « ce qui
    se passait en Chine » » and « « ce qui se passait en Chine », et avoir tenté d'alerter … »),
    each read it, and neither runs on."""
    text = list(q.span.text[at - q.span.start:])
    for f in q.fragments:
        for i in range(max(f.start, at), min(f.end, q.span.end)):  # a fragment past the end
            text[i - at] = " "
    return bool(_WORD.search("".join(text)))


def as_read(quotes: Sequence[Quote]) -> tuple[list[Quote], list[str]]:
    """Each quote as grouping reads it (``cut``: a record that runs into the next of its
    article, up to where that one opens), and the words it says (``narration.words_said``)."""
    shorter = cut(quotes)
    seen = [shorter.get(n, q) for n, q in enumerate(quotes)]
    return seen, [words_said(q) for q in seen]
