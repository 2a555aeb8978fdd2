"""Where words in marks with no cue take a speaker of their own sentence, not the one before.

Uncued marked words go on with the voice before them (``Timeline.previous``). When the marks
open on the verb, in the active voice, of a clause whose subject the narrator wrote before them
(« Pour sa part, l'association Vernac Solidaire « salue le courage des bénévoles ». »), and
that subject is a body by its name, the body says them, whoever spoke in the sentence or the
paragraph before. The name is the subject's head with its own complements, or a name apposed
to it (« le club de Léo Marin, l'US Brenac, »: the US Brenac), never a name inside a
complement, a participle or a clause on it (« l'association fondée par Léo Marin »: no one).
A person as that subject keeps the carry: the acts of a suspect or a victim are most often
told by another (« le suspect, Marc Petit, « a pris la fuite » » after the prosecutor's quote,
or after « La procureure a détaillé les faits », a voice with no marks),
and so does a passive subject (« la mairie « a été prévenue » »: told about), a description,
a pronoun, and the subject of a clause another verb governs (« Le juge estime que Paul Roux
« a menti » »).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute import speakers
from quotes.attribute.cast import Registry
from quotes.detect import candidates as detect
from quotes.detect.cues import cue_verb
from quotes.detect.marks import paragraphs
from quotes.lexicon.grammar import INFINITIVE_CLITICS, NEGATION_START, QUE
from quotes.lexicon.roles import is_role_noun
from quotes.model import Evidence

if TYPE_CHECKING:
    from quotes.attribute.timeline import Timeline

_SUBJECT = "nsubj"  # the active voice only: a passive's subject (nsubj:pass) is told about
_PASSIVE = "aux:pass"
_HELPERS = ("aux", "cop")  # with their subtypes: aux:tense, aux:pass
# object clitics and a negation may come before the verb the marks open on
_BEFORE_VERB = (INFINITIVE_CLITICS - {"nous", "vous"}) | NEGATION_START
# what a subject's name is read without: a clause or a participle on it (« fondée par X »,
# « qui … »), an apposition (read on its own), a second subject, the commas
_OFF_NAME = ("acl", "advcl", "appos", "parataxis", "conj", "cc", "punct")
BODY = "organization"


def _opening_verb(doc: Doc, start: int) -> Token | None:
    """The verb the marked words at ``start`` open on, clitics and a negation before it; the
    verb an auxiliary or a copula there helps."""
    span: Span | None = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    t = span[0]
    while t.lower_ in _BEFORE_VERB and t.i + 1 < len(doc):
        t = doc[t.i + 1]  # conjugated: ``CLAUSE_BEGUN_OUTSIDE`` says so (begun_clauses)
    return t.head if t.dep_.split(":")[0] in _HELPERS else t


def _governed(doc: Doc, lo: int) -> bool:
    """Do the narrator's words of the sentence before ``lo`` open a clause another verb governs
    (« Le juge estime que Paul Roux « a menti » »: Paul Roux is whom the words speak of)?"""
    text = doc.text
    start = max(text.rfind(stop, 0, lo) for stop in (". ", "? ", "! ", "\n")) + 1
    span = doc.char_span(start, lo, alignment_mode="contract")
    return span is not None and any(t.pos_ == "SCONJ" or t.lower_ in QUE for t in span)


def _name_span(head: Token, lo: int) -> tuple[int, int]:
    """Where the name headed by ``head`` is, before ``lo``: its words and their own complements
    (« l'Union brenacoise des droits humains »), none of a clause, a participle or an
    apposition on it (« l'association fondée par Paul Garnier »: « l'association »)."""
    kept: set[int] = set()
    todo = [head]
    while todo:
        t = todo.pop()
        kept.add(t.i)
        todo.extend(c for c in t.children if c.dep_.split(":")[0] not in _OFF_NAME)
    first = last = head.i
    while first - 1 in kept:
        first -= 1
    doc = head.doc
    while last + 1 in kept and doc[last + 1].idx < lo:
        last += 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def clause_subject(doc: Doc, cand: detect.Candidate) -> list[tuple[Token, tuple[int, int]]]:
    """The names that may be the subject, before the marks, of the active clause whose verb a
    marked stretch of ``cand`` opens on (``CLAUSE_BEGUN_OUTSIDE``), each with the word that
    heads it: a name apposed to the subject first (« le club de Luc Mercier, l'AS Vernac »),
    then the subject's own head. Nothing when no stretch does, the verb is passive, the parse
    gives it no subject before the marks or two coordinated ones, or a subordinator before
    them makes the clause one another verb governs."""
    if Evidence.CLAUSE_BEGUN_OUTSIDE not in cand.evidence:
        return []
    for lo, _hi in cand.fragments:
        verb = _opening_verb(doc, lo)
        if verb is None or _governed(doc, lo) or any(c.dep_ == _PASSIVE for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == _SUBJECT and c.idx < lo), None)
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            continue
        # a label in brackets (« le maire Paul Morel (LR) »: his party) names no one speaking
        heads = [c for c in subject.children if c.dep_ == "appos" and c.idx < lo
                 and not _bracketed(c)] + [subject]
        return [(h, _name_span(h, lo)) for h in heads]
    return []


def own_speaker(doc: Doc, cand: detect.Candidate, registry: Registry,
                heard: tuple[Timeline, int] | None = None) -> speakers.Resolved | None:
    """The speaker of uncued marks whose active clause's subject before them is a body, by its
    name, the subject's head word in it; None for a person (whose acts are as often told by
    another: a prosecutor telling what a suspect did), a description, a pronoun, a name met only
    in the subject's complements, or no such subject. A person's name a role noun before it
    titles (« le maire Paul Morel (LR) », no comma between) is the voice, before a party in
    parentheses; past any other person apposed to the subject, the subject's head is still
    tried, never a party apposed after them. Given ``heard``, the timeline and the marks'
    paragraph, where no one is quoted in that paragraph or the one before and no one speaks
    there with no marks either (``_voiced_before``: no voice the marks might go on), a person
    by their name is the speaker too: « Le maire Paul Morel « a décidé de se battre » » opening
    the story."""
    set_off = False  # a person apposed to the subject: no party apposed after them speaks
    for head, found in clause_subject(doc, cand):
        if set_off and head.dep_ == "appos":
            continue
        who = speakers.classify(doc, *found, registry)
        if head.dep_ == "appos" and who.kind == "person" and who.name is not None:
            # « le maire Paul Morel (LR) « a décidé … » »: the holder the role noun before the
            # name titles, not his party; a name set off by a comma (« l'avocat, Me Paul
            # Roux, ») or after no role noun (« le suspect Paul Roux ») is no one's voice, nor
            # is the party after them: the subject's own head is tried next (a body by name)
            if head.head.i < head.i and is_role_noun(head.head.text) and (
                    doc[head.i - 1].text != ","):
                return who
            set_off = True
            continue
        if who.kind == "person" and who.name is not None and (
                who.resolution == "explicit" and who.name in doc.text[found[0] : found[1]]) and (
                _alone(doc, cand, registry, heard)):
            return who
        if who.kind != BODY or who.name is None:
            continue
        if who.name not in doc.text[found[0]:found[1]]:  # a name read on into the marks
            continue
        words = who.name.split()  # a name, not a noun alone (« l'association »: no one)
        if head.text.casefold() in who.name.casefold().split() and any(
                w[:1].isupper() for w in words):
            return who
    return None


def _alone(doc: Doc, cand: detect.Candidate, registry: Registry,
           heard: tuple[Timeline, int] | None) -> bool:
    """Given ``heard``, the timeline and the marks' paragraph: is no one quoted in that paragraph
    or the one before, and no one speaking there with no marks either (``_voiced_before``)?"""
    return heard is not None and not any(
        e.spoke and e.pos < cand.start and e.para >= heard[1] - 1 for e in heard[0].entries
    ) and not _voiced_before(doc, cand.start, registry)

def _bracketed(tok: Token) -> bool:
    """Is the apposition ``tok`` set in brackets: « (LR) », « (centre) »?"""
    doc = tok.doc
    return tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == "(" and (
        tok.right_edge.i + 1 < len(doc) and doc[tok.right_edge.i + 1].text == ")")


def _voiced_before(doc: Doc, start: int, registry: Registry) -> bool:
    """Does someone speak with no marks, outside marks, in the paragraph of ``start`` before it
    or in the one before: a reporting verb with its subject (« La procureure de Grenoble a
    détaillé les faits. ¶ Le suspect, Yanis Morel, « a frappé la victime » »: hers to tell)?"""
    paras = [p for p in paragraphs(doc.text) if p[0] <= start]
    if not paras:
        return False
    lo = paras[-2][0] if len(paras) > 1 else paras[-1][0]
    span = doc.char_span(lo, start, alignment_mode="contract")
    return span is not None and any(
        registry.outside(t.idx) and cue_verb(t) is not None
        and any(c.dep_.startswith("nsubj") for c in t.children) for t in span)
