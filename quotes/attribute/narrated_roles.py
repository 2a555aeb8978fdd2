"""Roles the narration gives by a description of someone it does not name there, read by no
speaker nor subject: « le club a publié un message rédigé par l'entraîneur », « Le maire de
Brevin a été agressé lundi, rapporte le journal », « Ce spécialiste des volcans - un métier
rare - a été surpris », « il a fondé l'école et est devenu le directeur du lycée », « la
destitution du député de la Somme » (a noun's complement, its article contracted in « du » or
not). A definite or demonstrative role phrase is tied as a subject's description is
(``Timeline.resolve``: the person its words name, else the one the article is about, never one
its sentence names beside it); the predicate of « devenir » or of a copula to the person its
clause's subject stands for. The article's own description, so a quote after it shows it
before any role another article of the batch offers (``cast_roles`` keeps it for one given no
other role).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from quotes.attribute import speakers
from quotes.attribute.restated import names_someone, phrase_end, place_of_office
from quotes.attribute.role_extent import Role, role_span
from quotes.attribute.speaking import sentence_around
from quotes.attribute.timeline import Timeline
from quotes.lexicon import fold, reporting_verbs
from quotes.lexicon.grammar import (
    BECOME,
    DE_CONTRACTED,
    DEFINITE_SINGULAR,
    INFINITIVE_NEGATION,
    ROLE_COPULAS,
    SINGULAR_DEMONSTRATIVES,
)
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import text_of

_LEADS = DEFINITE_SINGULAR | SINGULAR_DEMONSTRATIVES  # one person: « le », « cette »
# described, not predicated: a subject, an agent, a noun's complement (« du goût de l'entraîneur »)
_ON_ITS_OWN = ("nsubj", "nsubj:pass", "obl:agent", "ROOT", "nmod")


def narrated_roles(
    doc: Doc, timeline: Timeline, covered: Iterable[tuple[int, int]],
    outside: Callable[[int], bool],
) -> dict[str, tuple[Role, ...]]:
    """Each such role phrase by the name of the person it describes; none inside the marks
    (not ``outside``) or inside a span already read (``covered``: speakers' and subjects'
    mentions), none followed by a name (a title or an apposition, the cast's own)."""
    spans = list(covered)
    text = text_of(doc)
    out: dict[str, tuple[Role, ...]] = {}
    for tok in doc:
        if not (is_role_noun(tok.text) and outside(tok.idx) and tok.ent_type_ != "PER") or (
                "Plur" in tok.morph.get("Number", [])):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None) or next(
            (c for c in tok.children if c.dep_ == "case" and c.lower_ == "du" and c.i < tok.i
             and tok.dep_ == "nmod"), None)  # « la destitution du député »: « de » + « le »
        if det is None or ("le" if det.lower_ == "du" else det.lower_) not in _LEADS or any(
                lo <= tok.idx < hi for lo, hi in spans):
            continue
        hi = phrase_end(doc, tok, _stops)
        lo = det.i + (det.lower_ == "du")  # the role from the noun, not the preposition
        role = role_span(doc, lo, hi)
        if role is None or names_someone(doc, hi, role):
            continue
        own = tok.dep_ in _ON_ITS_OWN
        name = _described(doc, timeline, (doc[lo].idx, role[2]), text) if own else _predicated(
            tok, timeline)
        if name is not None:
            out[name] = (*out.get(name, ()), role)
    return out


def _described(doc: Doc, timeline: Timeline, mention: tuple[int, int], text: str) -> str | None:
    """The person a description stands for, as a subject's is read."""
    who = speakers.classify(doc, *mention, timeline.registry)
    if who.kind != "person" or who.resolution != "description" or not who.role:
        return None
    found, _ = timeline.resolve(who, mention[0], sentence=sentence_around(text, *mention),
                                mention=mention)
    return found.name if found.kind == "person" and found.number == "s" else None


def _predicated(noun: Token, timeline: Timeline) -> str | None:
    """The person the subject of the role noun's copula or « devenir » stands for (« il a
    fondé l'école et est devenu le directeur du lycée »: the one « il » is), as the article
    read that subject."""
    verb = noun.head
    if not (noun.dep_ in ("obj", "xcomp") and verb.lower_ in ROLE_COPULAS | BECOME):
        if not any(c.dep_ == "cop" for c in noun.children):
            return None
        verb = noun  # « il est le directeur »: the noun heads its copula
    subject = _subject(verb)
    if subject is None or any(c.lower_ in INFINITIVE_NEGATION for c in verb.children):
        return None  # « il n'est pas le maire », « il n'est plus le directeur »: not what he is
    lo = subject.left_edge.idx
    found = [e.who for e in timeline.entries if lo <= e.pos <= subject.idx]
    named = {w.name for w in found if w.kind == "person" and w.number == "s" and w.name}
    return named.pop() if len(named) == 1 else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with (« il a fondé … et est
    devenu … »)."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        found = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if found is not None:
            return found
    return None


def _stops(tok: Token) -> bool:
    """Where a narrated role phrase ends: a punctuation mark (a dash apart from the words: an
    aside), a name, a preposition other than « de » or the « à » of the office's place
    (``place_of_office``), a verb or a verb of saying the tagger took for an adjective."""
    return (
        (tok.is_punct and (tok.text != "-" or tok.whitespace_ != "")) or tok.ent_type_ == "PER"
        or tok.pos_ in ("VERB", "AUX", "PRON") or tok.lower_ in reporting_verbs()
        or (tok.pos_ == "ADP" and fold(tok.text) not in DE_CONTRACTED and not place_of_office(tok))
    )
