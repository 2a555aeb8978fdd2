"""Short marked words whose source the text makes clear: the narrator's clause has someone
who can speak as its subject (« Il s'est réfugié derrière des « trous noirs » »), or the
sentence just before names its source (« …, a annoncé la préfecture. Quatre personnes sont
en « urgence absolue ». »). Those marks are that source's words, cue null (GUIDELINES, « Short
marks with a source »); with no such source they stay scare quotes.

Precision comes first, so the marks must look like someone's words, not a term:
- two or three words (``settings.sourced_mark_words``; a single marked word is most often a
  term or a label), starting in lower case (a capital opens a title, a name, a nickname:
  « pour « Anatomie d'un été » », « le « Big 4 » »), outside brackets;
- the subject: the subject of the main clause the marks sit in (through nouns, prepositions
  and coordinated verbs; not a relative, a participle or a gerund clause: « le préfet, qui
  fera office de maire « par intérim » »), written before the marks, a person or a body
  (a name, a role, an organisation, « il »/« elle »: ``subjects.speaker_like``), not a thing
  (« la fermeture », « le bilan »), in a clause that says what it does, not what it is or has
  (« être », « avoir » as the clause's verb, which the parse tags AUX, or a copula: « Le
  cinéaste avait de « graves ennuis » », someone else's words about him);
- the marks no noun of speech (« a livré « quelques mots émus » »: what the words are), no
  noun phrase with its article inside (« partage « la scène » »: borrowed whole) and not whom
  the subject addresses (« a rendu hommage à un « ami fidèle » »);
- the previous sentence: when the marks' clause has no such subject, the sentence just
  before, in the same paragraph, closes on its source, a cue and its subject after the
  words (« …, a annoncé la préfecture. »).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.detect.context import Context, Frame
from quotes.detect.subjects import speaker_like
from quotes.lexicon import is_speech_noun
from quotes.lexicon.grammar import SUBJECT_PRONOUNS, TO_WHOM
from quotes.model import Evidence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotes.detect.marks import Marked

# how the marks hang on their clause's verb: nouns, their words, prepositions, coordination
_NOMINAL = frozenset({"obj", "obl", "obl:arg", "obl:mod", "obl:agent", "iobj", "nmod", "amod",
                      "det", "case", "fixed", "flat", "flat:name", "compound", "nummod",
                      "advmod", "conj", "cc", "appos"})
_CLOSING_SOURCE = frozenset({"postposed", "incise"})  # « …, a annoncé la préfecture. »


def sourced_mark(ctx: Context, m: Marked, sent: tuple[int, int], before: list[Frame],
                 before_end: int) -> tuple[Frame | None, str] | None:
    """The source of short marks ``m`` in the narrator's sentence ``sent``: a frame naming the
    clause's subject (no cue), or None with the evidence when the sentence before, whose
    frames are ``before`` and which ends at ``before_end``, gives it in the same paragraph;
    None when the marks have no source the text makes clear."""
    text = ctx.text
    words = text[m.start : m.end].split()
    low, high = ctx.settings.sourced_mark_words
    if not low <= len(words) <= high or not text[m.start].islower() or m.depth or (
            m.close is None or text.count("(", sent[0], m.open) > text.count(")", sent[0], m.open)):
        return None
    inner = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if inner is None or is_speech_noun(inner.root.text):
        return None  # « a livré « quelques mots émus » »: what the words are, not the words
    if inner[0].pos_ == "DET" or any(c.dep_ in ("case", "mark") and c.lower_ in TO_WHOM
                                     for c in inner.root.children):
        # « partage « la scène » avec … »: a noun phrase borrowed whole, its article inside;
        # « a rendu hommage à un « ami fidèle » »: whom the subject addresses
        return None
    tok = ctx.token_at(m.start)
    main, subject = _main_subject(tok) if tok is not None else (False, None)
    if not main:
        return None  # « après qu'elles ont été informées de deux « … » »: another clause's
    if subject is not None and any(c.dep_ == "case" for c in subject.children):
        subject = None  # « Deux d'entre elles sont en « … » »: « elles » is no subject
    if subject is not None and (subject.head.pos_ == "AUX" or any(
            c.dep_ == "cop" for c in subject.head.children)):
        subject = None  # « Le cinéaste avait de « graves ennuis » »: what he has, not his words
    if subject is not None:
        lo, hi = subject.left_edge.i, subject.right_edge.i + 1
        if subject.idx < m.open and ctx.inside_marks(subject.idx) is None and (
                subject.lower_ in SUBJECT_PRONOUNS
                or (subject.pos_ in ("NOUN", "PROPN") and speaker_like(ctx.doc, (lo, hi)))):
            span = (ctx.doc[lo].idx, ctx.doc[hi - 1].idx + len(ctx.doc[hi - 1]))
            frame = Frame(Evidence.UNCUED, None, "", span, ((m.start, m.end),),
                          (Evidence.CLAUSE_SUBJECT_SOURCE,))
            return frame, Evidence.CLAUSE_SUBJECT_SOURCE
        if subject.pos_ == "PRON" and subject.lower_ not in SUBJECT_PRONOUNS:
            return None  # « ce qui … », « on … »: no source the text gives
    if "\n" not in text[before_end : m.open] and any(
            f.kind in _CLOSING_SOURCE and f.cue is not None and f.subject is not None
            for f in before):
        return None, Evidence.PREVIOUS_SENTENCE_SOURCE
    return None


def _main_subject(tok: Token) -> tuple[bool, Token | None]:
    """Does ``tok`` sit in the main clause, through nouns and prepositions (not in a clause of
    its own: a relative, a participle, a gerund, a subordinate clause), and that clause's
    subject, if it has one."""
    t = tok
    for _ in range(len(tok.doc)):
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            return _main(t), subject
        if t.dep_ == "ROOT":
            return True, None
        if t.dep_ in ("nsubj", "nsubj:pass"):  # « des « odeurs âcres » vont persister »
            return _main(t.head), None
        if t.dep_ not in _NOMINAL:
            return False, None
        t = t.head
    return False, None


def _main(verb: Token) -> bool:
    """Is ``verb`` the sentence's main verb, or one coordinated with it?"""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"
