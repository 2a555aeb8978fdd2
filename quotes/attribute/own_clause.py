"""Whom a subject pronoun cannot stand for: the people named inside its own clause before it,
in the adjuncts and complements of the verb it is the subject of, set before the pronoun
(« Accompagnée de Léa Roy, elle a dit … », « Après avoir salué Paul Roux, il a dit … »,
« Face à Anne Roy, elle … »). A clause with a subject of its own is left open (« Quand Léa Roy
est arrivée, elle a dit … »: the pronoun may stand for that subject), and so are the clauses
coordinated with the verb or set beside it. Only names before the pronoun and in its paragraph
count: a parse may run a sentence on across a paragraph's break, either way, and the names of
another paragraph are no complement of the verb (« … la plaidoirie de Paul Roux. ¶ « … »,
avait-il plaidé »: Paul Roux goes on)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.attribute.cast import Registry
from quotes.detect.governing import SUBJECT_DEPS
from quotes.nlp.doc import text_of

_APART = ("conj", "parataxis", "punct")  # clauses beside the verb's own, not inside it


def own_clause(registry: Registry, pos: int) -> set[str]:
    """The names of the people mentioned before ``pos`` inside the clause whose subject is
    the pronoun placed before its verb at ``pos``; none when no such pronoun is there."""
    doc = registry.doc
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return set()
    pronoun = span[0]
    verb = pronoun.head
    if pronoun.pos_ != "PRON" or pronoun.dep_ not in SUBJECT_DEPS or pronoun.i > verb.i:
        return set()
    inside = {t.i for c in verb.children if c.dep_ not in SUBJECT_DEPS + _APART
              for t in _without_clauses(c)}
    if not inside:
        return set()
    first = min(inside)  # mentions from the end of the word before the clause's first on
    lo = doc[first - 1].idx + len(doc[first - 1].text) if first > 0 else 0
    lo = max(lo, text_of(doc).rfind("\n", 0, pos) + 1)
    out: set[str] = set()
    for at, person in registry.mentions_after(lo - 1, pos - lo):  # lo <= at < pos
        named = doc.char_span(at, at + 1, alignment_mode="expand")
        if named is not None and len(named) and named[0].i in inside:
            out.add(person.name)
    return out


def _without_clauses(tok: Token) -> list[Token]:
    """The words ``tok`` heads, save those of a clause with a subject of its own."""
    if any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return []
    return [tok, *(t for c in tok.children for t in _without_clauses(c))]
