"""Whose « ses »: the owner of a possessive group (« Ses avocats ont annoncé »).

« ses » has no gender and names no one; the owner is read from the syntax and the article's
cast, never as « the person named last » (that is as often the other party, the interviewer or
the judge):

1. the subject of the previous sentence's main clause, or of its cue when the clause is a
   quotation (« « … », a déclaré Paul Rivet, interrogé par … »), when that subject names a
   person; a subject « il » / « elle », or none, goes back to the sentence before (up to four: « X
   arrive au tribunal. Il ressort soulagé. Pour ses avocats, … »);
2. no one when that subject is a body (« La société Valtor a été condamnée … Ses avocats »:
   the company's counsel, not the judge's);
3. else the one person the article has named so far, if it has named exactly one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotes.lexicon import is_org_noun

if TYPE_CHECKING:
    from quotes.attribute.cast import Person, Registry

_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")
_GOES_ON = frozenset({"il", "elle"})  # a subject pronoun: the topic goes on
_REACH = 4  # sentences read back for the owner


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def subjects_before(doc: Doc, at: int, registry: Registry) -> Iterator[list[Token]]:
    """The subjects of the main clause (or, in a quotation, of its cue) of each sentence
    before the one holding character offset ``at``, nearest sentence first, up to ``_REACH``
    sentences (« Fatigué, Paul Rivet arrive »: the parse may give two)."""
    found = doc.char_span(at, at + 1, alignment_mode="expand")
    here = found[0] if found else None
    sent = here.sent if here is not None and here.idx <= at < here.idx + max(len(here), 1) else None
    reach = _REACH
    while sent is not None and sent.start > 0 and reach > 0:
        sent = doc[sent.start - 1].sent
        if not any(t.is_alpha for t in sent):
            continue  # a paragraph break read as a sentence
        reach -= 1
        subjects = [t for t in sent if t.dep_ in _SUBJECTS and registry.outside(t.idx)
                    and registry.outside(t.head.idx)]
        top = min((_depth(t.head) for t in subjects), default=0)
        yield [t for t in subjects if _depth(t.head) == top]


def _names_body(subject: Token) -> bool:
    return (is_org_noun(subject.text) or subject.ent_type_ == "ORG"
            or (subject.pos_ == "PROPN" and subject.ent_type_ not in ("PER", "")))


def _named(subject: Token, registry: Registry) -> Person | None:
    lo = subject.left_edge.idx
    hi = subject.right_edge.idx + len(subject.right_edge)
    return next((p for _, p in registry.mentions_after(lo - 1, hi - lo)), None)


def owner(doc: Doc, at: int, registry: Registry) -> Person | None:
    """The person « ses » at character offset ``at`` belongs to, or None (see the module)."""
    for subjects in subjects_before(doc, at, registry):
        named = [p for t in subjects if (p := _named(t, registry)) is not None]
        if named:
            return named[0]
        if any(_names_body(t) for t in subjects if t.pos_ != "PRON"):
            return None
        if subjects and not any(t.lower_ in _GOES_ON and t.nbor(1).lower_ != "y"
                                for t in subjects):  # « Il y aura »: no one
            break  # a subject that is no one (« La voiture … »)
        # « Il vient d'écoper … », or no subject: the one named before goes on
    people = registry.people_before(at)
    return people[0] if len(people) == 1 else None
