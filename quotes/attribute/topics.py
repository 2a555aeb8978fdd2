"""The person a pronoun's sentence names as its topic: « Quant à Kervella, elle a promis que
… » (lexicon/grammar.py ``TOPIC_MARKERS``). ``timeline`` reads it before any antecedent."""

from __future__ import annotations

from quotes.attribute.cast import Person, Registry
from quotes.attribute.speakers import Resolved
from quotes.lexicon.grammar import TOPIC_MARKERS
from quotes.nlp.doc import text_of


def topic_person(registry: Registry, r: Resolved, pos: int) -> Person | None:
    """ "Quant à Kervella, elle a promis que …": the person named as the topic of the
    pronoun's sentence, when they agree."""
    text = text_of(registry.doc)
    lo = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    said = text[lo:pos].lower()
    for marker in TOPIC_MARKERS:
        at = said.find(marker + " ")
        if at < 0 or r.number != "s" or "," not in said[at:]:
            continue
        start = lo + at + len(marker) + 1
        person = registry.person(text[start:pos].split(",")[0].strip(), start)
        if person is not None and r.gender in (None, person.gender):
            return person
    return None
