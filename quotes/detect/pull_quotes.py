"""Pull quotes without marks, signed by the name of who said them.

A page lifts a sentence of someone's into a line of its own and signs it, in no marks: « On
s'est fait avoir - Paul Morel » (a dash and the name at the end of the line, maybe after a
closing mark whose opening the page lost), « Cela montre la qualité de nos formations. Anne
Vidal, sur RTL » (a line with no verb after the last sentence),
or the words alone and the name on the next line (« Nous sommes déconcertés. » then « Anne
Vidal, présidente de l'association »; their stop may be lost when they hold a verb). The
annotation guidelines count such a pull quote as a direct quote of the name, cue null.

Taken only when the words are a speaker's (a first or second person, or « on », in them, in
each sentence when the signature follows the last one; no quotation marks, which are the
narrator's quoting; not a question the next line answers), the signature holds no verb but a
participle, opens on a person's whole name (no « Par », no list of names), gives no newsroom
role (« envoyé spécial », ``lexicon/newsroom_roles.txt``), and that whole name is written
elsewhere in the article too, not only on a byline or a dateline: a byline (« Par Jean Roux »)
or a caption's credit names no one the story speaks of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.detect.incises import has_verb
from quotes.detect.sentence_stops import sentence_ends_in
from quotes.lexicon import fold, folded, quote_marks
from quotes.lexicon.grammar import TITLE_WORDS
from quotes.lexicon.grammatical_person import FIRST_SECOND_PERSON

MIN_WORDS = 4  # fewer words signed by a name are a caption or a heading, no one's sentence
SIGNATURE_TOKENS = 12  # « Anne Vidal, présidente de l'association des maires de Vernac »
NAME_TOKENS = 4  # the name before any comma: « Anne Vidal », « M. Paul de Roux »
# the words, a dash, the name: one line (a handle after it is a post's, ``posts``)
_DASHED = re.compile(r"(?P<words>\S.*?\S)\s+[-–—]\s+(?P<name>[^\s@(\-–—][^@()\-–—]*?)\s*")
_STOP = re.compile(r"[.!?…]+")
# a word, an elided one with its apostrophe (« j' », « qu' »): « J'ai », « avez-vous » are two
_WORDS = re.compile(r"\w+['’]?")
_SPEAKERS_WORDS = FIRST_SECOND_PERSON | {"on"}
_CIVILITY = frozenset(w.rstrip(".") for w in TITLE_WORDS)
# a byline or a dateline: the name on it is the reporter's, no one the story speaks of
_BYLINE = re.compile(r"[ \t]*(?:par|de (?:notre|nos)|propos recueillis par)\s", re.IGNORECASE)
BYLINE_CHARS = 80


@dataclass(frozen=True)
class Pulled:
    """A pull quote: its words, the paragraph they stand in, and the name signing them."""

    start: int
    end: int
    para: tuple[int, int]
    name: tuple[int, int]


def pull_quotes(ctx: Context, taken: list[tuple[int, int]]) -> list[Pulled]:
    """The signed pull quotes of an article, in text order, but those over words ``taken`` by
    another record (a cue's, a post's, an interview's turn)."""
    text, paras = ctx.text, ctx.paras
    out: list[Pulled] = []
    for n, (lo, hi) in enumerate(paras):
        m = _DASHED.fullmatch(text, lo, hi)
        if m is not None and _signs(ctx, m.span("name"), words := _lost_opening(
                ctx, m.span("words"), paras[n - 1] if n else None), every=False):
            out.append(Pulled(*words, (lo, hi), m.span("name")))
            continue
        trailed = _trailed(text, lo, hi)
        if trailed is not None and _signs(ctx, trailed[1], trailed[0]):
            out.append(Pulled(*trailed[0], (lo, hi), trailed[1]))
            continue
        if n + 1 < len(paras):
            a, b = stripped(text, lo, hi)
            name = stripped(text, *paras[n + 1])
            # a question the next line answers is an interviewer's, the name a header
            if a < b and (text[b - 1] in ".!…" or _unstopped(ctx, a, b)) and _signs(
                    ctx, name, (a, b)):
                out.append(Pulled(a, b, (lo, hi), name))
    return [p for p in out if not any(p.start < hi and lo < p.end for lo, hi in taken)]


def _unstopped(ctx: Context, a: int, b: int) -> bool:
    """Do the words at ``a``..``b`` end on a word, no stop, as a clause with its verb (« Je veux
    bien faire confiance, mais il faut des actes »)? A page may drop a pull quote's stop; a
    line with no verb is a heading (« Nos propositions pour la ville »)."""
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    return ctx.text[b - 1].isalnum() and span is not None and has_verb(span)


def _lost_opening(ctx: Context, words: tuple[int, int],
                  above: tuple[int, int] | None) -> tuple[int, int]:
    """« Ça fait long" - Anne Vidal »: words that end on the only quotation mark in them, its
    opening lost with the paragraph break before: the paragraph ``above`` opens marks that do
    not close before its end (they close at its end, or never). The words inside it. Any other
    mark, or no marks opened one paragraph up (« Nous avons contacté la fédération" - X » after
    a paragraph whose marks closed, or none), keeps them whole (the narrator's quoting)."""
    text, (lo, hi) = ctx.text, words
    marks = quote_marks()
    if text[hi - 1] not in marks or any(ch in marks for ch in text[lo : hi - 1]):
        return words
    if above is None or not any(above[0] <= m.open < above[1] and (
            m.close is None or m.close >= stripped(text, *above)[1] - 1) for m in ctx.outer):
        return words
    return lo, lo + len(text[lo : hi - 1].rstrip())


def stripped(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The stretch ``lo``..``hi`` without the spaces at its two ends."""
    a = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    return a, a + len(text[a:hi].rstrip())


def _ends(text: str, lo: int, hi: int) -> list[int]:
    """Where the sentences between ``lo`` and ``hi`` end (after their stops), not at the point
    of « M. » or an initial."""
    return [m.end() for m in _STOP.finditer(text, lo, hi) if sentence_ends_in(text, *m.span())]


def _trailed(text: str, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The words up to their last sentence's end, and the line after it with no end (the
    signature): « … de sécurité. M. Henri Dufresne, directeur de l'usine »."""
    a, b = stripped(text, lo, hi)
    ends = [e for e in _ends(text, a, b) if e < b]
    if not ends or not text[ends[-1]].isspace():
        return None
    name = stripped(text, ends[-1], b)
    return (a, ends[-1]), name


def _signs(ctx: Context, name: tuple[int, int], words: tuple[int, int], every: bool = True) -> bool:
    """Does the line at ``name`` sign the ``words`` before it as a speaker's? With ``every``,
    each sentence of the words holds a speaker's word (the narrator's sentence before a
    heading's name holds none)."""
    text, marks = ctx.text, quote_marks()
    said = text[words[0] : words[1]]
    if any(ch in marks for ch in said) or len(_WORDS.findall(said)) < MIN_WORDS:
        return False
    cuts = [words[0], *_ends(text, *words), words[1]] if every else [words[0], words[1]]
    for lo, hi in pairwise(cuts):
        found = {fold(w) for w in _WORDS.findall(text[lo:hi])}
        if found and not _SPEAKERS_WORDS & found:
            return False
    span = ctx.doc.char_span(*name, alignment_mode="contract")
    if span is None or not 0 < len(span) <= SIGNATURE_TOKENS or has_verb(span):
        return False
    if any(ch in marks for ch in span.text) or span.text.rstrip()[-1:] in ".!?…:":
        return False
    head = [t for t in span if t.text != "." and fold(t.text).rstrip(".") not in _CIVILITY]
    cut = next((k for k, t in enumerate(head) if t.text == ","), len(head))
    if not 2 <= cut <= NAME_TOKENS or not all(t.text[:1].isupper() for t in head[:cut]):
        return False
    if head[0].ent_type_ != "PER" or head[0].pos_ in ("ADP", "DET", "NOUN"):
        return False  # « Par Thomas Morel », « Photo Jérôme Faure »: no name opens the line
    if _listed(head[cut + 1 :]) or _newsroom(head[cut + 1 :]):
        return False
    return _written_elsewhere(ctx, head[0].idx, head[cut - 1].idx + len(head[cut - 1]), name,
                              words)


def _listed(after: list[Token]) -> bool:
    """« Gérard Lenoir, Odile Fabre, Pierre Lambert », « Paul Morel, maire de Vernac, et Anne
    Vidal, députée »: another person's name after the comma, a list of signatories, no one's
    words."""
    return any(t.ent_type_ == "PER" and t.text[:1].isupper() for t in after)


def _newsroom(after: list[Token]) -> bool:
    """« Julien Marchand, envoyé spécial à Kherson »: a role of the paper's own."""
    role = fold(" ".join(t.text for t in after))
    return any(role == r or role.startswith(r + " ") for r in folded("newsroom_roles"))


def _written_elsewhere(ctx: Context, lo: int, hi: int, name: tuple[int, int],
                       words: tuple[int, int]) -> bool:
    """Is the whole name at ``lo``..``hi`` written outside the words and their signature, on
    a line that is no byline or dateline (« Par X », « De notre envoyé spécial X »)?"""
    text = ctx.text
    parts = text[lo:hi].split()
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, parts)) + r"(?!\w)")
    for a, b in ctx.paras:
        if b - a <= BYLINE_CHARS and _BYLINE.match(text, a, b):
            continue
        for m in pattern.finditer(text, a, b):
            if not (words[0] <= m.start() < name[1]):
                return True
    return False
