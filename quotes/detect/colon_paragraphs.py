"""Marks that open a paragraph after one ending in a colon whose sentence reports: « Le
cardinal a annoncé la nouvelle en ces termes : ¶ « … » ». The colon's clause is the quote's
cue, its subject who speaks, across the paragraph break.

Only where the colon's sentence is a clause of its own whose root is a finite verb of the
reporting lexicon (a participle on a noun, « Voici le texte de la star annonçant … : », or a
verb that reports nothing, « a choisi Paris : », stay the timeline's), with a subject that
names someone or a subject pronoun, no words in marks, no que-clause or infinitive of its own
(it already reported them) and no other reporting verb; and only where the marks open their
paragraph, hold a sentence, and no reporting verb follows them in it (their own cue,
« « … », a déclaré X »). A name and a colon with no verb (« Paul Roux (centre) : ¶ « … » »)
or a heading (« Les réactions : ») is ``attribute.intro``'s.

A subject pronoun carries only when one of the two sentences before names, as the subject
agreeing with it (the last such subject, past the same pronoun again),
a person or a body who can speak (« La ministre Anne Vidal … Elle a expliqué : »); not a thing
(« Le rapport … Il conclut : », « La loi … Elle précise : »): then nothing is carried and the
quote is attributed as it was. Nor does a verb carry when it says nothing (« ne dit rien : »,
« n'a pas dit un mot : ») or when its object is someone else's words (« a rappelé les mots de
son prédécesseur : », « a lu un extrait de Victor Hugo : », « a rappelé les revendications des
grévistes : »; lexicon/others_words.txt): those words are the other's. Nor does a subject of
someone's relatives whose clause names no one they are of (« Les parents ont applaudi : »):
whose they would be is a guess.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Span, Token

from quotes.detect.colon_verbs import is_sentence
from quotes.detect.context import Context, Frame, char_range, outer_end
from quotes.detect.cues import cue_group, cue_verb, finite
from quotes.detect.forms import shown_gender
from quotes.detect.marks import Marked
from quotes.detect.speaker_phrases import speaker_like
from quotes.detect.subjects import subject_before
from quotes.lexicon import words
from quotes.lexicon.grammar import (
    GROUP_POSSESSIVES,
    NEGATION_START,
    NOBODY,
    SUBJECT_GENDERS,
    SUBJECT_PRONOUNS,
)
from quotes.lexicon.grammatical_person import FIRST_PERSON_PLURAL
from quotes.model import Evidence

_SPACES = " \t\u00a0\u202f"
# « a déclaré que … : », « a tenu à dire … : », some of whose words stand before the colon;
# not the quote after it, which the parse may hang on the verb across the break
_OWN_CLAUSE = ("ccomp", "xcomp")
_SUBJECTS = ("nsubj", "nsubj:pass")
_WHOSE = ("nmod", "acl", "acl:relcl")  # « les mots de X », « le message envoyé par X »
_MORPH = {"m": "Masc", "f": "Fem"}  # SUBJECT_GENDERS' letters as the parse's Gender
_BACK = 2  # sentences read back for a pronoun's antecedent


def paragraph_colon_frame(ctx: Context, m: Marked) -> Frame | None:
    """The frame of the reporting clause that ends the paragraph before ``m`` with a colon,
    when ``m`` opens its paragraph and has no cue of its own; None otherwise."""
    text, doc = ctx.text, ctx.doc
    k = bisect_right(ctx.paras, m.open, key=lambda para: para[0]) - 1
    if k < 1 or text[ctx.paras[k][0] : m.open].strip(_SPACES) or not is_sentence(ctx, m):
        return None
    lo, hi = ctx.paras[k - 1]
    colon = lo + len(text[lo:hi].rstrip()) - 1
    if colon < lo or text[colon] != ":" or _cue_after(ctx, m, ctx.paras[k][1]):
        return None
    at = ctx.token_at(colon)
    if at is None:
        return None
    clause = doc.char_span(max(lo, at.sent.start_char), colon, alignment_mode="contract")
    if clause is None or any(ctx.inside_marks(t.idx) is not None for t in clause):
        return None
    cues = [t for t in clause if cue_verb(t) is not None]
    root = next((t for t in clause if t.dep_ == "ROOT"), None)
    verb = cue_verb(root) if root is not None else None
    if root is None or verb is None or cues != [root] or not _finite(root) or any(
            c.dep_ in _OWN_CLAUSE and c.left_edge.i < clause.end for c in root.children) or (
            _says_nothing(root, clause)) or _others_words(root):
        return None
    first, pron, last = cue_group(root, verb)
    rng = (pron.i, pron.i + 1) if pron is not None else subject_before(
        root, first, clause.start, ctx)
    if rng is None:
        return None
    if rng[1] - rng[0] == 1 and doc[rng[0]].lower_ in SUBJECT_PRONOUNS:
        if not _antecedent_speaks(ctx, doc[rng[0]], clause.start):
            return None
    elif not speaker_like(doc, rng) or _unowned_kin(doc[rng[0] : rng[1]]) or _ours(
            doc[rng[0] : rng[1]]):
        return None
    cue = (first.idx, last.idx + len(last.text))
    return Frame("preposed", cue, verb.lemma, char_range(doc, rng), ((m.open, outer_end(m)),),
                 (Evidence.CUE_BEFORE, Evidence.COLON, Evidence.COLON_PARAGRAPH))


def _finite(tok: Token) -> bool:
    """A finite verb, or a participle after its auxiliary (« a annoncé »)."""
    return finite(tok) or any(c.dep_ == "aux:tense" for c in tok.children)


def _unowned_kin(subject: Span) -> bool:
    """Is the subject someone's relatives with no one's named in the clause: « Les parents ont
    applaudi : » (the pupils' parents, not the last one named's), not « Les parents de Léa »,
    « Ses parents »?"""
    head = subject.root
    return head.lower_ in words("kin_nouns") and not any(
        c.dep_ == "nmod" or c.lower_ in GROUP_POSSESSIVES for c in head.children)


def _ours(subject: Span) -> bool:
    """Is the subject the outlet's own, « Notre journaliste lui a demandé : », no one of the
    cast (as « Nous lui avons demandé : », which names no one): its question is left to the
    carry, and the answer after it goes on with the one asked, as without the colon's cue?"""
    return any(c.lower_ in FIRST_PERSON_PLURAL for c in subject.root.children)


def _says_nothing(root: Token, clause: Span) -> bool:
    """A negated verb with « rien », « aucun » or « pas un mot » in its clause: « ne dit rien »,
    « n'a pas dit un mot », « n'a fait aucun commentaire »."""
    if not any(c.lower_ in NEGATION_START for c in root.children):
        return False
    return any(t.lower_ in NOBODY or (
        t.lower_ == "mot" and any(c.lower_ == "un" for c in t.children)) for t in clause)


def _others_words(root: Token) -> bool:
    """Is the verb's object words it gives as another's: « a rappelé les mots de son
    prédécesseur », « a cité le message envoyé par l'accusé », « a lu la lettre que lui a
    adressée une habitante », « un extrait de Victor Hugo »?"""
    others = words("others_words")
    return any(o.dep_ == "obj" and o.lower_ in others and any(c.dep_ in _WHOSE for c in o.children)
               for o in root.children)


def _antecedent_speaks(ctx: Context, pron: Token, start: int) -> bool:
    """Does the subject pronoun ``pron`` stand for a person or a body who can speak: the last
    subject of the same gender, outside marks, in the sentences just before the clause (from
    token ``start``), names someone (« La ministre Anne Vidal est arrivée. Elle … »), not a thing
    (« Le rapport … a été publié. Il … »)? No such subject: nothing is carried."""
    doc = ctx.doc
    gender = _pronoun_gender(pron)
    i = start
    for _ in range(_BACK):
        if i <= 0:
            return False
        sent = doc[i - 1].sent
        for subj in reversed([t for t in sent if t.dep_ in _SUBJECTS
                              and ctx.inside_marks(t.idx) is None]):
            if subj.lower_ in SUBJECT_PRONOUNS:
                continue  # the same pronoun again or the other: its antecedent is before it
            if subj.pos_ == "PRON":
                continue  # « qui », « on », « ce »: no one named here
            said = shown_gender(subj)
            if said and gender not in said:
                continue
            return speaker_like(doc, (subj.left_edge.i, subj.i + 1))  # « le rapport de … »: no
        i = sent.start
    return False


def _pronoun_gender(pron: Token) -> str:
    """The parse's Gender of a subject pronoun: « ils », « elles » that of « il », « elle »."""
    return _MORPH[SUBJECT_GENDERS[pron.lower_.removesuffix("s")]]


def _cue_after(ctx: Context, m: Marked, end: int) -> bool:
    """Does a reporting verb follow the marks in their paragraph, outside marks (« « … », a
    déclaré X »): their own cue?"""
    tail = ctx.doc.char_span(outer_end(m), end, alignment_mode="contract")
    return tail is not None and any(
        cue_verb(t) is not None and ctx.inside_marks(t.idx) is None for t in tail)


def chained(frame: Frame) -> Frame:
    """The frame the later paragraphs of a quote take from its first: the same speaker, and
    no cue when the cue stands in the paragraph before the first (it introduces that one)."""
    return replace(frame, cue=None) if Evidence.COLON_PARAGRAPH in frame.evidence else frame
