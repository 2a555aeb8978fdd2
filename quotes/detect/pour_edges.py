"""« pour X » as a source inside a sentence: at a clause's edge, set off by commas.

At a sentence's start « Pour X, … » is read by ``pour.opinion_holder``. Inside a sentence the same
« pour X » holds a view only where a clause of X's starts there (GUIDELINES, « X, pour qui … » has
the cue `pour`):
- after a comma and a coordinator: « …, et pour lui, « le texte est un recul » »;
- in a sentence with no finite verb before it: « Un soulagement, pour l'avocate, « qui … » »;
- as the relative « X, pour qui … », whose antecedent X is the holder.
Inside a sentence « pour X » is mostly whom something is for, so X's words must be marked: in the
first two, marks holding a clause (a finite verb) right after X's comma (« et pour les enfants,
« des jouets en bois » » is whom the toys are for, « et pour sa mère, il a choisi des roses »
what he did for her); in the relative, marks in a clause of its own (« à Paul Vidal, pour qui ils
ont voté » is whom they voted for).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.context import OPENING, Context
from quotes.detect.pour import opinion_holder, relative_end
from quotes.detect.skips import skip
from quotes.detect.subjects import antecedent, speaker_like
from quotes.lexicon.grammar import JOINING_CONJUNCTIONS, PREPOSED_RELATIVES


def edge_holder(ctx: Context, lo: int, tok: Token, stop: int) -> tuple[int, int] | None:
    """The token range of X when ``tok`` (« pour », inside the sentence ``lo``–``stop``) opens
    a view X holds at a clause's edge (see the module), or None."""
    doc = ctx.doc
    k = tok.i - 1
    if k <= lo:
        return None
    if doc[k].lower_ in JOINING_CONJUNCTIONS:  # « …, et pour lui, »
        joined = True
        k -= 1
    else:
        joined = False
    if doc[k].text != ",":
        return None
    if tok.i + 1 < stop and doc[tok.i + 1].lower_ in PREPOSED_RELATIVES:
        return None if joined else _relative_holder(ctx, lo, k, tok, stop)
    if not joined and not _verbless_phrase(doc[lo:k]):
        return None  # « Le club a reçu un chèque, pour les victimes, « … » »: the narrator's
    holder = opinion_holder(doc, tok, stop)
    if holder is None:
        return None
    comma = skip(doc, holder[1], stop)
    if comma + 1 >= stop or doc[comma].text != "," or doc[comma + 1].text not in OPENING:
        return None  # « Il a acheté des fleurs, et pour sa mère, il a choisi des roses »
    marks = ctx.opening_at(doc[comma + 1].idx)
    if marks is None or marks.close is None:
        return None
    said = doc.char_span(marks.start, marks.end, alignment_mode="expand")
    return holder if said is not None and any(_finite(t) for t in said) else None


def _relative_holder(
    ctx: Context, lo: int, comma: int, tok: Token, stop: int
) -> tuple[int, int] | None:
    """« explique le procureur, pour qui « … » n'étaient « pas réunies » »: the noun phrase
    before the comma, when it names someone and a clause with marks follows « qui » (« Le maire
    a pris la parole, pour qui … » names no one; « à Paul Vidal, pour qui ils ont voté » holds
    no marks)."""
    doc = ctx.doc
    noun = doc[comma - 1]
    if comma - 1 < lo or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_.startswith("flat") and lo <= noun.head.i < noun.i:
        noun = noun.head  # « le préfet Jean Morel »: the name's first word heads it
    rng = antecedent(noun, comma)
    if rng[0] < lo or not speaker_like(doc, rng):
        return None
    end = relative_end(ctx, lo, rng, tok, stop)
    rest = doc[tok.i + 2 : end]
    marked = any(t.text in OPENING for t in rest)
    return rng if marked and any(_finite(t) for t in rest) else None


def _verbless_phrase(lead: Span) -> bool:
    """A noun phrase with no finite verb and no conjunction: « Un soulagement », not « Si »
    (« Si, pour le maire, « … », il devra le dire »: a condition, nobody said it)."""
    return any(t.pos_ in ("NOUN", "PROPN") for t in lead) and not any(
        _finite(t) or t.pos_ == "SCONJ" for t in lead)


def _finite(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", [])
