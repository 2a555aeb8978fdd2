"""Verbs of speaking about something (lexicon/topic_verbs.txt: « parler »): the marked words
right after their preposition are what is said (« parle de « coup dur » »); marks inside a
longer object are only the topic (« parle du projet avec ses « amis » »), no quote."""

from __future__ import annotations

from quotes.detect.context import Context, Rejected, outer_end
from quotes.detect.marks import Marked
from quotes.lexicon.grammar import DE


def topic_object(ctx: Context, a: int, b: int, spoken: list[Marked]) -> Marked | None:
    """The one marked stretch that is the whole content from ``a`` to ``b`` after its « de »,
    or None."""
    if len(spoken) != 1:
        return None
    m, text = spoken[0], ctx.text
    lead = text[a : m.open].strip().lower()
    rest = text[outer_end(m) : b].strip(" \t,.;:!?…")
    return m if lead in DE and not rest else None


def topic_marks(spoken: list[Marked]) -> list[Rejected]:
    return [Rejected(m.start, m.end, "marked words in what a verb speaks of, not its "
                     "object: a topic") for m in spoken]
