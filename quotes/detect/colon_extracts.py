"""Paragraphs in no marks that a paragraph ending with a colon introduces as someone's words:
« Il revient ensuite sur la défaite. Extrait: ¶ Il y a eu tellement de faits de jeu … Je
comprends la frustration des joueurs. »

A page that gives long extracts of a press conference may drop the marks and let the colon
say that what follows is the speaker's. Taken only when the paragraph before ends with the
colon and speaks of someone in the third person (a name, a noun, « il », « elle », « ce dernier »
as a subject), in no first person of its own (a columnist's « Je me suis demandé : » introduces the
columnist's own words); and when the paragraph after holds no quotation marks, is a sentence
(a line of a list or a table has no stop at its end, « - 12 millions »), says « je », « nous »
or their forms (a narrative paragraph in the third person is the narrator's), and no reporting
verb of its own ends it. A narrator's aside in brackets at its end (« (il s'interrompt) ») is
no part of the words. The speaker is the voice the text carries to the paragraph (the subject
before the colon), the cue none.
"""

from __future__ import annotations

import re

from quotes.detect.candidate import Candidate
from quotes.detect.context import Context
from quotes.detect.pull_quotes import stripped
from quotes.lexicon import fold, quote_marks
from quotes.lexicon.grammar import SUBJECT_PRONOUNS
from quotes.lexicon.grammatical_person import FIRST_PERSON, FIRST_PERSON_PLURAL
from quotes.model import NO_CUE, Evidence

MIN_WORDS = 8  # fewer words after a colon are a caption or a line of a list
_WORDS = re.compile(r"\w+['’]?")
_FIRST = frozenset(fold(w) for w in FIRST_PERSON | FIRST_PERSON_PLURAL)
_ASIDE = re.compile(r"\s*\([^()]*\)[.!…]?$")  # « … courageux (il s'interrompt, ému). »
_LIST = re.compile(r"[-–—•*·]|\d+[.)]\s")
_SUBJECTS = ("nsubj", "nsubj:pass")
_NOMINAL = ("NOUN", "PROPN", "ADJ")  # « le sélectionneur », « Paul Roux », « ce dernier »
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
    """Does the paragraph at ``lo``..``hi`` end with a colon and speak of someone in the third
    person as a subject, outside marks, with no first person of its own?"""
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
    return any(t.dep_ in _SUBJECTS and (t.lower_ in SUBJECT_PRONOUNS or t.pos_ in _NOMINAL)
               for t in outside)


def _words_said(ctx: Context, lo: int, hi: int) -> bool:
    """Is the paragraph at ``lo``..``hi`` someone's words in no marks: a sentence that ends
    with a stop, of some length, with a first person in it and no quotation mark?"""
    text = ctx.text
    said = text[lo:hi]
    if _LIST.match(said) or said.rstrip(")")[-1:] not in ".!?…" or any(
            ch in quote_marks() for ch in said):
        return False
    found = [fold(w) for w in _WORDS.findall(said)]
    return len(found) >= MIN_WORDS and any(w in _FIRST for w in found)
