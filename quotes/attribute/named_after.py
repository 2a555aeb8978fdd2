"""Whether an origin's word no one named before (« la Française ») restates a person the article
names after it: that person given no role, no other country, and named as the subject of a
clause (``heads_a_clause``), not as a complement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.detect.governing import SUBJECT_DEPS
from quotes.lexicon import fold
from quotes.lexicon.nominal import inhabitant_word
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from spacy.tokens import Span

    from quotes.attribute.cast import Person, Registry


def restates(registry: Registry, person: Person, word: str, pos: int) -> bool:
    """Can an origin's word (« la Française ») no one named before restate ``person``, named
    after it: given no role (« la ministre, Claire Duval »: another), no other country (« la
    Croate Ana Kovac »), and named after ``pos`` as the subject of a clause (« Aujourd'hui
    Léa Fontaine veut … »), not by a complement (« remportée par Chloé Martin, qui devance
    la Lyonnaise »: another)."""
    if person.roles:
        return False
    subject = False
    for at, who in registry.mentions_after(pos, len(text_of(registry.doc))):
        span = registry.doc.char_span(at, registry.ends.get(at, at), alignment_mode="expand")
        if who is not person or span is None or not len(span):
            continue
        # the parser may end a sentence between « la Croate » and her name: the word before
        before = registry.doc[span.start - 1] if span.start else None
        if before is not None and inhabitant_word(before.text) and fold(before.text) != fold(word):
            return False
        subject = subject or heads_a_clause(span)
    return subject


def heads_a_clause(span: Span) -> bool:
    """Is the name ``span`` the subject of a clause? Its head is a subject; or the parser hung
    the hyphen of a compound name on a verb outside it as its subject and left the first name
    a root of its own (« Aujourd'hui Léa Fontaine-Roux veut … »: « - » the subject of
    « veut »): every word of the name that hangs outside it hangs there as a subject. A name
    one of whose words hangs on a noun is its complement, whatever other word of it the
    parser made a subject (« La sœur de Léa Fontaine-Roux était … »)."""
    if span.root.dep_ in SUBJECT_DEPS:
        return True
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    return bool(outside) and all(t.dep_ in SUBJECT_DEPS for t in outside)
