"""Where words in marks with no cue take a speaker of their own sentence, not the one before.

Uncued marked words go on with the voice before them (``Timeline.previous``). When the marks
open on the verb of a clause whose subject the narrator wrote before them (« Pour sa part,
l'association Vernac Solidaire « salue le courage des bénévoles ». »), that subject, a name
of the cast or a body, is who says them, whoever spoke in the sentence or the paragraph
before; a description (« L'homme « a frappé deux fois » ») or a pronoun is left to the carry,
whose words they most often are (a prosecutor telling what the man did), and so is the subject
of a clause another verb governs (« Le juge estime que Paul Roux « a menti » »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute import speakers
from quotes.attribute.cast import Registry
from quotes.detect import candidates as detect
from quotes.detect.forms import conjugated
from quotes.lexicon.grammar import INFINITIVE_CLITICS, NEGATION_START, QUE
from quotes.model import Evidence

_SUBJECTS = ("nsubj", "nsubj:pass")
_HELPERS = ("aux", "cop")  # with their subtypes: aux:tense, aux:pass
# object clitics and a negation may come before the verb the marks open on
_BEFORE_VERB = (INFINITIVE_CLITICS - {"nous", "vous"}) | NEGATION_START


def _opening_verb(doc: Doc, start: int) -> Token | None:
    """The conjugated verb the marked words at ``start`` open on, clitics and a negation
    before it; the verb an auxiliary or a copula there helps."""
    span: Span | None = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    t = span[0]
    while t.lower_ in _BEFORE_VERB and t.i + 1 < len(doc):
        t = doc[t.i + 1]
    if not conjugated(t):
        return None
    return t.head if t.dep_.split(":")[0] in _HELPERS else t


def _governed(doc: Doc, lo: int) -> bool:
    """Do the narrator's words of the sentence before ``lo`` open a clause another verb governs
    (« Le juge estime que Paul Roux « a menti » »: Paul Roux is whom the words speak of)?"""
    text = doc.text
    start = max(text.rfind(stop, 0, lo) for stop in (". ", "? ", "! ", "\n")) + 1
    span = doc.char_span(start, lo, alignment_mode="contract")
    return span is not None and any(t.pos_ == "SCONJ" or t.lower_ in QUE for t in span)


def clause_subject(doc: Doc, cand: detect.Candidate) -> tuple[int, int] | None:
    """Where the subject is, before the marks, of the clause whose verb a marked stretch of
    ``cand`` opens on (``CLAUSE_BEGUN_OUTSIDE``); None when no stretch does, the parse gives
    that verb no subject before them, or a subordinator before them makes the clause one
    another verb governs."""
    if Evidence.CLAUSE_BEGUN_OUTSIDE not in cand.evidence:
        return None
    for lo, _hi in cand.fragments:
        verb = _opening_verb(doc, lo)
        if verb is None or _governed(doc, lo):
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.idx < lo), None)
        if subject is None:
            continue
        words = [t for t in subject.subtree if t.idx < lo and not t.is_punct]
        if words:
            return words[0].idx, words[-1].idx + len(words[-1])
    return None


def own_speaker(doc: Doc, cand: detect.Candidate, registry: Registry) -> speakers.Resolved | None:
    """The speaker of uncued marks whose clause's subject is before them: a person the cast
    names, or a body, by its name; None for a description, a pronoun or no such subject."""
    found = clause_subject(doc, cand)
    if found is None:
        return None
    who = speakers.classify(doc, *found, registry)
    if who.resolution != "explicit" or who.name is None:
        return None
    if who.kind == "person" and registry.person(who.name, found[0]) is None:
        return None
    return who if who.kind in ("person", "organization") else None

