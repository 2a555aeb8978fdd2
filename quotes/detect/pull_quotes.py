"""Pull quotes without marks, signed by the name of who said them.

A page lifts a sentence of someone's into a line of its own and signs it, in no marks: « On
s'est fait avoir - Paul Morel » (a dash and the name at the end of the line), « Cela montre la
qualité de nos formations. Anne Vidal, sur RTL » (a line with no verb after the last sentence),
or the words alone and the name on the next line (« Nous sommes déconcertés. » then « Anne
Vidal, présidente de l'association »). The annotation guidelines count such a pull quote as a
direct quote of the name, cue null.

Taken only when the words are a speaker's (a first or second person, or « on », in them; no
quotation marks, which are the narrator's quoting), the signature holds no verb but a participle,
opens on a person's name, and that name is written elsewhere in the article too: a byline
(« — Jean Roux ») or a caption's credit names no one the story speaks of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.detect.context import Context
from quotes.detect.incises import has_verb
from quotes.lexicon import fold
from quotes.lexicon.grammatical_person import FIRST_SECOND_PERSON

MIN_WORDS = 4  # fewer words signed by a name are a caption or a heading, no one's sentence
SIGNATURE_TOKENS = 12  # « Anne Vidal, présidente de l'association des maires de Vernac »
NAME_TOKENS = 4  # the name before any comma: « Anne Vidal », « M. Paul de Roux »
_MARKS = re.compile(r"[«»\"“”„‹›]")
# the words, a dash, the name: one line (a handle after it is a post's, ``posts``)
_DASHED = re.compile(r"(?P<words>\S.*?\S)\s+[-–—]\s+(?P<name>[^\s@(\-–—][^@()\-–—]*?)\s*")
# the words up to their last sentence's end, then a line with no end (the signature)
_TRAILED = re.compile(r"(?P<words>\S.*[.!?…])\s+(?P<name>[^\s.!?…][^.!?…]*?)\s*")
_WORDS = re.compile(r"[\w’'-]+")
_SPEAKERS_WORDS = FIRST_SECOND_PERSON | {"on"}
_CIVILITY = frozenset({"m", "mme", "mlle", "me", "mgr", "dr", "pr"})


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
        m = _DASHED.fullmatch(text, lo, hi) or _TRAILED.fullmatch(text, lo, hi)
        if m is not None and _signs(ctx, m.span("name"), m.span("words")):
            out.append(Pulled(*m.span("words"), (lo, hi), m.span("name")))
            continue
        if n + 1 < len(paras):
            a, b = _stripped(text, lo, hi)
            name = _stripped(text, *paras[n + 1])
            if a < b and text[b - 1] in ".!?…" and _signs(ctx, name, (a, b)):
                out.append(Pulled(a, b, (lo, hi), name))
    return [p for p in out if not any(p.start < hi and lo < p.end for lo, hi in taken)]


def _stripped(text: str, lo: int, hi: int) -> tuple[int, int]:
    a = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    return a, a + len(text[a:hi].rstrip())


def _signs(ctx: Context, name: tuple[int, int], words: tuple[int, int]) -> bool:
    """Does the line at ``name`` sign the ``words`` before it as a speaker's?"""
    text = ctx.text
    said = text[words[0] : words[1]]
    found = [fold(w) for w in _WORDS.findall(said)]
    if _MARKS.search(said) or len(found) < MIN_WORDS or not _SPEAKERS_WORDS & set(found):
        return False
    span = ctx.doc.char_span(*name, alignment_mode="contract")
    if span is None or not 0 < len(span) <= SIGNATURE_TOKENS or has_verb(span):
        return False
    if _MARKS.search(span.text) or span.text.rstrip()[-1:] in ".!?…:":
        return False
    head = [t for t in span if t.text != "." and fold(t.text) not in _CIVILITY]
    cut = next((k for k, t in enumerate(head) if t.text == ","), len(head))
    head = head[:cut]
    if not 2 <= len(head) <= NAME_TOKENS or not all(t.text[:1].isupper() for t in head):
        return False
    if not any(t.ent_type_ == "PER" for t in head):
        return False
    surname = head[-1].text
    elsewhere = text[: words[0]] + " " + text[name[1] :]
    return re.search(r"\b" + re.escape(surname) + r"\b", elsewhere) is not None
