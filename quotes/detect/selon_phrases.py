"""« selon X » inside a noun phrase, not set off by commas: « motive sa demande par la clarté
due selon lui aux Français », « une aide réservée selon elle aux plus riches ». Right
after an adjective or a participle that describes a noun, the adjective's complement going on
after X, the phrase is X's words, whole, from the noun's determiner to the phrase's first comma,
or to the noun's last word when the noun is its clause's subject (« Une aide réservée selon elle
aux plus riches a été votée … »: the verb is the narrator's) (GUIDELINES, « selon X » inside a
clause: « la clarté due selon lui aux Français » leaves the phrase whole). Set off by commas, or
after the noun itself (« la réforme selon le ministre »), it is read by selon.py as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import trim_start
from quotes.detect.context import Context
from quotes.detect.forms import past_participle

_DESCRIBED = ("amod", "acl")  # the adjective or participle hangs on its noun
_LEADING = ("det", "amod", "nummod")  # what opens the noun's phrase before it
_SUBJECTS = ("nsubj", "nsubj:pass")  # the noun is its clause's subject, the verb after it


def phrase_bounds(
    ctx: Context, first: Token, source: tuple[int, int], s_hi: int
) -> tuple[int, int] | None:
    """Where the noun phrase starts and where it stops when « selon » (``first``), its source at
    ``source``, sits right after an adjective or a participle of that phrase, no comma between,
    and a preposition goes on after the source (its complement); else None. It starts at the
    noun's determiner, the sentence's first word too (« Une aide réservée selon elle … »), and
    stops at the noun's last word when the noun is the subject of its clause, else at the first
    comma after the source."""
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
    while k > first.sent.start and doc[k - 1].head.i == noun.i and doc[k - 1].dep_ in _LEADING:
        k -= 1
    last = noun.right_edge  # « … aux plus riches a été votée hier »: up to « riches »
    if noun.dep_ in _SUBJECTS and source[1] <= last.idx < s_hi:
        return doc[k].idx, last.idx + len(last.text)
    return doc[k].idx, ctx.comma_after(source[1], s_hi) or s_hi
