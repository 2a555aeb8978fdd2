"""« selon X » inside a noun phrase, not set off by commas: « motive sa demande par la clarté
due selon lui aux Français », « une aide réservée selon elle aux plus riches ». Right
after an adjective or a participle that describes a noun, the adjective's complement going on
after X, the phrase is X's words, whole, from the noun's determiner to the phrase's first comma
(GUIDELINES, « selon X » inside a clause: « la clarté due selon lui aux Français » leaves the
phrase whole). Set off by commas, or after the noun itself (« la réforme selon le ministre »), it
is read by selon.py as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import trim_start
from quotes.detect.context import Context
from quotes.detect.forms import past_participle

_DESCRIBED = ("amod", "acl")  # the adjective or participle hangs on its noun
_LEADING = ("det", "amod", "nummod")  # what opens the noun's phrase before it


def phrase_start(ctx: Context, first: Token, source: tuple[int, int], s_hi: int) -> int | None:
    """Where the noun phrase starts when « selon » (``first``), its source at ``source``, sits
    right after an adjective or a participle of that phrase, no comma between, and a preposition
    goes on after the source (its complement); else None."""
    doc = ctx.doc
    if first.i < 2:
        return None
    word = doc[first.i - 1]
    if word.dep_ not in _DESCRIBED or not (word.pos_ == "ADJ" or past_participle(word)):
        return None
    noun = word.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= word.i:
        return None
    nxt = ctx.token_at(trim_start(ctx.text, source[1], s_hi))
    if nxt is None or nxt.pos_ != "ADP" or ctx.inside_marks(nxt.idx) is not None:
        return None  # « la clarté due selon lui. »: the source ends the sentence
    k = noun.i
    while k - 1 > first.sent.start and doc[k - 1].head.i == noun.i and doc[k - 1].dep_ in _LEADING:
        k -= 1
    return doc[k].idx


def phrase_stop(ctx: Context, after: int, s_hi: int) -> int:
    """The first comma outside marks after ``after``, or ``s_hi``: where the phrase ends."""
    for k in range(after, s_hi):
        if ctx.text[k] == "," and ctx.inside_marks(k) is None:
            return k
    return s_hi
