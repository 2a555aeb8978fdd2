"""A heading's words follow their speaker when the batch moves them.

A heading in marks with no name (« « On a tout donné » ») takes the speaker of the article's quote
that says the same words again (``headings``, ``HEADING_SAME_WORDS``). When the batch then gives
that quote to someone else (``batch-description:ID``: « a confié le capitaine », first taken for
the coach the article is about, is the captain another article names), the heading goes with
it: its words are that quote's. Only when every such quote of the article went to one person;
a heading whose words two quotes say, moved to two people, stays as it was.
"""

from __future__ import annotations

from dataclasses import replace

from quotes.detect.headlines import repeats
from quotes.detect.unquoted import content_words
from quotes.model import Evidence, Quote

_MOVED = f"{Evidence.BATCH_DESCRIPTION}:"


def headings_moved(given: list[Quote], out: list[Quote]) -> list[Quote]:
    """``out`` (the batch's quotes, ``given`` as read, in the same order) with each heading
    that took the words of a quote the batch moved given that quote's new speaker."""
    done = list(out)
    of_article: dict[str, list[int]] = {}  # read once, not the whole batch for each heading
    for m, g in enumerate(given):
        of_article.setdefault(g.article.id, []).append(m)
    for n, q in enumerate(out):
        if Evidence.HEADING_SAME_WORDS not in q.evidence or any(
                e.startswith(_MOVED) for e in q.evidence):
            continue
        own = content_words(q.span.text)
        # the quotes of its article that say its words and spoke, as read, with its speaker
        said = [m for m in of_article.get(q.article.id, [])
                if m != n and Evidence.HEADING not in given[m].evidence
                and given[m].speaker.name == q.speaker.name and repeats(own, given[m].span.text)]
        moved = [out[m] for m in said if any(e.startswith(_MOVED) for e in out[m].evidence)]
        names = {m.speaker.name for m in moved}
        if not moved or len(moved) != len(said) or len(names) != 1:
            continue
        to = moved[0]
        source = next(e for e in to.evidence if e.startswith(_MOVED))
        speaker = replace(to.speaker, mention=None, confidence=q.speaker.confidence,
                          resolution=q.speaker.resolution)
        done[n] = replace(q, speaker=speaker, evidence=(*q.evidence, source))
    return done
