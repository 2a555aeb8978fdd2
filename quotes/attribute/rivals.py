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
those words speak of, no rival; nor one named in passing, where the act is another's (« annoncée
en présence d'Anne Vidal », « devant Anne Vidal », « avec Anne Vidal »): a rival is a subject of
the paragraph, or one its act is done to or comes from (« venues d'Anne Vidal »).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from quotes.attribute import quoted
from quotes.lexicon.grammar import DE_CONTRACTED, A
from quotes.nlp.doc import climb, text_of, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotes.attribute.cast import Person
    from quotes.attribute.timeline import Timeline

# the verb's own participants: its subject (a passive's agent too), whom it acts on, and, where
# « à » or « de » opens it, whom it goes to or comes from (« sont venues d'Anne Vidal »); not a
# circumstance (« devant », « avec ») nor a noun's complement (« en présence d'Anne Vidal »)
_IN_THE_ACT = ("nsubj", "nsubj:pass", "obl:agent", "obj", "iobj")
_TO_OR_FROM = "obl:arg"
# the parts of one name, an apposition (« le président Marc Petit »), the names joined to a first
_SAME_PLACE = ("flat", "flat:name", "flat:foreign", "appos", "conj")


def named_apart(timeline: Timeline, chosen: str, others: Iterable[Person], pos: int,
                fits: Callable[[Person], bool]) -> bool:
    """Is one of ``others`` (not ``chosen``), whose gender the article shows and ``fits``,
    named in the paragraph of the description at ``pos`` as one of an act's own participants
    (``_in_the_act``), before it and outside words another said there (one named only inside
    them is whom they speak of: ``quoted.only_inside``),
    where ``chosen`` is neither named nor a subject or a speaker of the timeline?"""
    registry = timeline.registry
    lo = text_of(registry.doc).rfind("\n", 0, pos) + 1
    named = registry.mentions_after(lo - 1, pos - lo)  # lo <= at < pos
    if any(lo <= e.pos < pos for e in timeline.entries if e.who.name == chosen) or any(
            p.name == chosen for _, p in named):
        return False
    spoken = quoted.only_inside(timeline, lo, pos)
    return any(p.name != chosen and p.gender is not None and fits(p) and p.name not in spoken
               and any(p is q and _in_the_act(registry.doc, at) for at, q in named)
               for p in others)


def _in_the_act(doc: Doc, at: int) -> bool:
    """Is the name at offset ``at`` one of its verb's own participants (``_IN_THE_ACT``)?"""
    i = bisect_left(token_starts(doc), at)
    if i >= len(doc):
        return False
    tok = climb(doc[i], _SAME_PLACE)
    return tok.dep_ in _IN_THE_ACT or (tok.dep_ == _TO_OR_FROM and any(
        c.dep_ == "case" and c.lower_ in A | DE_CONTRACTED for c in tok.children))
