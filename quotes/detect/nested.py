"""Cues nested in another cue's words: « X a déclaré qu'entre 70 et 90 % des agents auraient
déjà déclaré faire grève », « X déclare que Y a tort d'accuser Z de « … » »: the inner verb,
hedged in the conditional or an infinitive a word of the clause governs, tells what X says
of someone, inside X's clause; it is part of X's words, ends none of them and is no record of
its own (speech reported inside a quotation belongs to the quotation,
fixtures/gold/GUIDELINES.md). An inner verb in the indicative (« … que la ministre réclamait
« … » ») reports its own subject's words: a record of theirs."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.context import Frame
from quotes.detect.forms import present_participle
from quotes.lexicon.grammar import QUE
from quotes.model import Evidence

# how a word of the clause takes an infinitive as its complement (« a tort d'accuser »: the
# parse may hang it on the noun), not as an adverbial (« avant d'ajouter »)
_COMPLEMENTS = frozenset({"xcomp", "dep", "acl"})
# what parts a cue's clause from a clause of the narrator's after it
_BREAKS = frozenset({";", ":", ".", "!", "?", "(", "—", "–"})


def nested_cue(outer: Token, outer_frame: Frame, first: Token, inner: Token) -> bool:
    """Is the cue ``inner`` (its group opening at ``first``) part of the clause the cue
    ``outer`` reports after it (``outer_frame``, a que-clause or an infinitive): the parse
    hangs it on ``outer`` through that clause, no stop, no « , et » or « , mais » and no
    gerund parts them? A verb the parse coordinates with the cue (« a dit que A, et Y a
    estimé que B »), a gerund (« tout en condamnant « … » ») or a participle (« …,
    accusant X de « … » ») tells what the speaker did besides: a cue of its own."""
    if outer_frame.kind != "preposed" or outer_frame.evidence[-1:] not in (
            (Evidence.QUE_CLAUSE,), (Evidence.INFINITIVE,)) or first.i <= outer.i:
        return False
    doc = outer.doc
    if inner.lower_ == "en" or present_participle(inner) or "Ger" in inner.morph.get(
            "VerbForm", []) or doc[first.i - 1].lower_ == "en":
        return False
    if not (_hedged(inner) or _governed_infinitive(inner, outer)):
        return False  # « … que la ministre réclamait « … » »: her words, a record of hers
    between = doc[outer.i + 1 : first.i]
    if any(t.text in _BREAKS or (t.pos_ == "CCONJ" and doc[t.i - 1].text == ",")
           for t in between) or _juxtaposed(inner, between):
        return False
    # a conjunct with no subject of its own shares the cue's (« affirme que … et appelle à
    # … »), whatever clause the parse ties it to
    own = any(c.dep_.startswith("nsubj") for c in inner.children)
    tok = inner
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and not own:
            return False
        if tok.head.i == outer.i:
            return tok.dep_ != "conj"
        tok = tok.head
    return False


def _juxtaposed(verb: Token, between: Span) -> bool:
    """Does the verb open a clause of its own after a comma that ends a finite clause, its
    subject after the comma and no « que » between them (« … que le club était sauvé, les
    joueurs auraient demandé « … » »: the narrator's hedge beside the speaker's clause, not
    inside it; not « … que, selon lui, les joueurs auraient … »)?"""
    commas = [t.i for t in between if t.text == ","]
    if not commas:
        return False
    doc = verb.doc
    return any(c.dep_.startswith("nsubj") and c.i > commas[-1] for c in verb.children) and not any(
        t.lower_ in QUE or t.pos_ == "SCONJ" for t in doc[commas[-1] + 1 : verb.i]) and any(
        "Fin" in t.morph.get("VerbForm", []) for t in doc[between.start : commas[-1]])


def _hedged(verb: Token) -> bool:
    """Is the verb, or its auxiliary, in the conditional (« auraient déclaré »): the outer
    speaker's hearsay, not a saying the narrator vouches for?"""
    return any("Cnd" in t.morph.get("Mood", [])
               for t in (verb, *(c for c in verb.children if c.dep_.startswith("aux"))))


def _governed_infinitive(verb: Token, outer: Token) -> bool:
    """Is the verb an infinitive a word of the clause takes as its complement (« a tort
    d'accuser »), not the outer cue itself nor an adverbial (« a promis …, avant d'ajouter
    que … »: the speaker's next act)?"""
    return "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ in _COMPLEMENTS and (
        verb.head.i != outer.i)
