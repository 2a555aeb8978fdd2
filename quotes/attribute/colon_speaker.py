"""The one a colon hands the words to: « La capitaine, Anne Roy, n'a pas digéré l'arbitrage :
« Elles ont marqué contre leur camp, peste la joueuse. … » »: the description of an incise inside
the marks the colon opens describes the subject of the clause before the colon, who speaks them;
that subject is no other person of the sentence the description cannot be (``people_beside``).
Not when the clause names another person besides its subject, an object or a complement (« La
ministre, Anne Roy, a reçu une joueuse : « …, sourit la Lyonnaise. » », « …, a relayé les mots
de son attaquant : »): the words may be that one's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.noun_kinds import human_noun
from quotes.detect.context import CLOSING, OPENING
from quotes.detect.governing import SUBJECT_DEPS
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from quotes.attribute.cast import Person, Registry

def colon_speaker(registry: Registry, sentence: tuple[int, int],
                  mention: tuple[int, int]) -> Person | None:
    """The one person the subject of the clause before a colon names, when that colon opens
    marks (« … : « ») that the ``mention`` of the ``sentence`` stands inside, no mark closed
    before it; None otherwise, or when the subject names no one or two."""
    text, doc = text_of(registry.doc), registry.doc
    lo, at = sentence[0], mention[0]
    colon = text.rfind(":", lo, at)
    if colon < 0:
        return None
    after = text[colon + 1 : at]
    opened = after.lstrip(" \u00a0")
    if not opened or opened[0] not in OPENING or any(c in CLOSING for c in opened[1:]):
        return None
    clause = doc.char_span(lo, colon, alignment_mode="contract")
    if clause is None:
        return None
    named: set[Person] = set()
    held: set[int] = set()  # the subjects' words
    for tok in clause:
        if tok.dep_ in SUBJECT_DEPS and clause.start <= tok.head.i < clause.end:
            last = doc[tok.right_edge.i]
            named |= registry.people_between(doc[tok.left_edge.i].idx, last.idx + len(last.text))
            held |= set(range(tok.left_edge.i, tok.right_edge.i + 1))
    if any(t.i not in held and (t.ent_type_ == "PER" or (t.pos_ == "NOUN" and human_noun(t)))
           for t in clause):
        return None  # another person the words may be, the one the clause's verb reaches
    return next(iter(named)) if len(named) == 1 else None
