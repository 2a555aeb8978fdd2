"""Who else a description may be when the article's main person is taken for it for want of a
better one: one of its gender the description's paragraph names outside the words someone said
there, where the main person is neither named nor a subject.

« La lauréate Claire Roy enseigne à Lund. ¶ Les félicitations sont venues d'Anne Morel. « … »,
a commenté la Première ministre »: the description was taken for Claire Roy, the person the
article is about, though she is given no role of its words; Anne Morel, named in the
description's own paragraph, where Claire Roy is not, fits it as well. Two fit: no one
(``described``). Where the paragraph names the main person too (« Paul Roux et Marc Petit se
sont affrontés, le président exigeant … »), the article goes on about them: the main person;
one named only inside another's words (« X a salué « la performance » de Léa Roy ») is whom
those words speak of, no rival.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from quotes.attribute import quoted
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from quotes.attribute.cast import Person
    from quotes.attribute.timeline import Timeline


def named_apart(timeline: Timeline, chosen: str, others: Iterable[Person], pos: int,
                fits: Callable[[Person], bool]) -> bool:
    """Is one of ``others`` (not ``chosen``), whose gender the article shows and ``fits``,
    named in the paragraph of the description at ``pos``, before it and outside words another
    said there (one named only inside them is whom they speak of: ``quoted.only_inside``),
    where ``chosen`` is neither named nor a subject or a speaker of the timeline?"""
    registry = timeline.registry
    lo = text_of(registry.doc).rfind("\n", 0, pos) + 1
    if any(lo <= e.pos < pos for e in timeline.entries if e.who.name == chosen) or any(
            lo <= at < pos and p.name == chosen for at, p in registry.mentions):
        return False
    spoken = quoted.only_inside(timeline, lo, pos)
    return any(p.name != chosen and p.gender is not None and fits(p) and p.name not in spoken
               and any(p is q and lo <= at < pos for at, q in registry.mentions)
               for p in others)
