"""Paragraphs in no marks that a paragraph ending with a colon introduces as someone's words:
« Il revient ensuite sur la défaite. Extrait: ¶ Il y a eu tellement de faits de jeu … Je
comprends la frustration des joueurs. »

A page that gives long extracts of a press conference may drop the marks and let the colon
say that what follows is the speaker's. Taken only when the paragraph before ends with the
colon and speaks of someone who can speak in the third person (a name, a role, a body, a noun of
people, « il », « elle », « ce dernier » as a subject; not a thing: « Le texte prévoit : », « Les
étapes … sont les suivantes : »), whose verb reads out no document (« a lu un communiqué de la
direction : », « a donné lecture de la lettre » : the words are the document's author's), in no
first person of its own (a columnist's « Je me suis demandé : » introduces the
columnist's own words); and when the paragraph after holds no quotation marks, is a sentence
(a line of a list or a table has no stop at its end, « - 12 millions ») that ends with no
question (« … pouvez-vous nous le dire ce soir ? »: an interviewer's), says « je », « nous »
or their forms (a narrative paragraph in the third person is the narrator's), and no reporting
verb of its own ends it. A narrator's aside in brackets at its end (« (il s'interrompt) ») is
no part of the words. The speaker is the voice the text carries to the paragraph (the subject
before the colon), the cue none.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.detect.candidate import Candidate
from quotes.detect.context import Context, names_someone
from quotes.detect.pull_quotes import stripped
from quotes.lexicon import cached, fold, noun_genders, quote_marks, singular, table, words
from quotes.lexicon.grammar import SUBJECT_PRONOUNS
from quotes.lexicon.grammatical_person import FIRST_PERSON, FIRST_PERSON_PLURAL
from quotes.model import NO_CUE, Evidence

MIN_WORDS = 8  # fewer words after a colon are a caption or a line of a list
_WORDS = re.compile(r"\w+['’]?")
_FIRST = frozenset(fold(w) for w in FIRST_PERSON | FIRST_PERSON_PLURAL)
_ASIDE = re.compile(r"\s*\([^()]*\)[.!…]?$")  # « … courageux (il s'interrompt, ému). »
_LIST = re.compile(r"[-–—•*·]|\d+[.)]\s")
_SUBJECTS = ("nsubj", "nsubj:pass")
_OWN_NAME = ("appos", "flat", "flat:name")  # « le porte-parole, Julien Arnaud »: his name
_DEMONSTRATIVES = ("ce", "cette", "ces")  # « ce dernier », « cette dernière »
_SPEAKING = ("person", "organization")  # the kinds of lexicon/noun_kinds.tsv that speak
EVIDENCE = (NO_CUE, Evidence.COLON_EXTRACT)


def colon_extracts(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """``out`` and the paragraphs in no marks a colon introduces as someone's words, each a
    direct quote with no cue and no frame (its speaker the voice carried to it)."""
    text, paras = ctx.text, ctx.paras
    taken = [(c.start, c.end) for c in out]
    found = []
    for k in range(1, len(paras)):
        lo, hi = stripped(text, *paras[k])
        if lo >= hi or any(a < hi and lo < b for a, b in taken):
            continue
        if not _introduced(ctx, *paras[k - 1]) or not _words_said(ctx, lo, hi):
            continue
        aside = _ASIDE.search(text, lo, hi)
        end = aside.start() if aside is not None and aside.start() > lo else hi
        found.append(Candidate("direct", lo, end, (lo, hi), None, evidence=EVIDENCE))
    return out + found


def _introduced(ctx: Context, lo: int, hi: int) -> bool:
    """Does the paragraph at ``lo``..``hi`` end with a colon and speak of someone who can speak
    in the third person as a subject of its last sentence that has one, outside marks, with no
    verb reading out a document and no first person of its own?"""
    text = ctx.text
    a, b = stripped(text, lo, hi)
    if b <= a or text[b - 1] != ":":
        return False
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return False
    outside = [t for t in span if ctx.inside_marks(t.idx) is None]
    if any(fold(t.text) in _FIRST for t in outside):
        return False
    # the subjects of the last sentence that has one (« Il revient sur la défaite. Extrait: »)
    found = [t for t in outside if t.dep_ in _SUBJECTS]
    subjects = [t for t in found if t.sent == found[-1].sent] if found else []
    return any(_can_speak(t) for t in subjects) and not any(
        _reads_out(t.head) for t in found)


def _can_speak(subject: Token) -> bool:
    """Is the subject someone who can speak: a pronoun of the third person, « ce dernier », a
    name, a role or a body (``names_someone``: « le sélectionneur », « Paul Roux », « la
    Fédération »), a noun of people (lexicon/noun_genders.tsv, the persons' and bodies' seeds
    of noun_kinds.tsv: « un homme de 32 ans »); not a thing (« le texte », « les étapes »)?"""
    if subject.lower_ in SUBJECT_PRONOUNS:
        return True
    if subject.pos_ == "ADJ":  # « ce dernier », « Ce-dernier » (the parse may hang « ce » apart)
        before = [t for t in subject.doc[max(0, subject.i - 2) : subject.i] if t.text != "-"]
        return any(t.lower_ in _DEMONSTRATIVES for t in [*subject.children, *before[-1:]])
    own = [subject, *(c for c in subject.children if c.dep_ in _OWN_NAME)]
    return names_someone(own) or singular(subject.lower_) in _people_nouns()


@cached
def _people_nouns() -> frozenset[str]:
    """The nouns of people and of bodies of the word lists, singular: lexicon/noun_genders.tsv
    and the persons' and bodies' seeds of lexicon/noun_kinds.tsv."""
    seeds = (noun for noun, kind in table("noun_kinds") if kind in _SPEAKING)
    return frozenset(singular(n) for n in [*noun_genders(), *seeds])


def _reads_out(verb: Token) -> bool:
    """Does the colon's verb read out a document (« a lu un communiqué », « lit la lettre »,
    « a donné lecture de la déclaration »: lexicon/reading_out.txt)?"""
    reading = words("reading_out")
    return verb.lower_ in reading or any(
        c.dep_ == "obj" and c.lower_ in reading for c in verb.children)


def _words_said(ctx: Context, lo: int, hi: int) -> bool:
    """Is the paragraph at ``lo``..``hi`` someone's words in no marks: a sentence that ends
    with a stop, not a question (« … pouvez-vous nous le dire ce soir ? »: an interviewer's), of
    some length, with a first person in it and no quotation mark?"""
    text = ctx.text
    said = text[lo:hi]
    if _LIST.match(said) or said.rstrip(")")[-1:] not in ".!…" or any(
            ch in quote_marks() for ch in said):
        return False
    found = [fold(w) for w in _WORDS.findall(said)]
    return len(found) >= MIN_WORDS and any(w in _FIRST for w in found)
