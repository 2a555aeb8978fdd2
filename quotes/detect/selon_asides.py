"""« selon X » set off by commas inside a clause, around its verb: between an auxiliary and the
participle (« Ils auraient, selon Y, planifié … »), between « être » and its attribute
(« La panne est, selon Y, la cause du retard ») or right after the verb, its own object or
argument after the source (« Le maire a signé, selon Y, la convention »). The clause runs on
around the aside and is the source's whole; selon.py reads its frames with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.lexicon import is_time_word
from quotes.lexicon.grammar import COPULA_BE, SOURCE_RELATIVES


def set_off_aside(ctx: Context, first: Token, after: int, s_hi: int) -> bool:
    """ "Ils auraient, selon Y, planifié …", "Il devrait, selon Y, démissionner": « selon Y »
    set off by commas between an auxiliary and the participle (or a modal and the infinitive)
    it serves, or right after the clause's verb, its own argument after it (``_after_verb``);
    the clause runs on around it."""
    doc = ctx.doc
    if first.i < 2 or doc[first.i - 1].text != ",":
        return False
    rest = ctx.text[after:s_hi]
    nxt = ctx.token_at(after + len(rest) - len(rest.lstrip(" \t,")))
    if doc[first.i - 2].lower_ in COPULA_BE and _attribute_after(nxt, rest):
        return True  # « La panne est, selon Y, la cause du retard »: « est » alone says nothing
    if doc[first.i - 2].pos_ != "AUX":
        return _after_verb(doc[first.i - 2], nxt, rest)
    return rest.lstrip(" \t")[:1] == "," and nxt is not None and nxt.pos_ in ("VERB", "AUX") and (
        bool({"Part", "Inf"} & set(nxt.morph.get("VerbForm", []))))


def _attribute_after(nxt: Token | None, rest: str) -> bool:
    """After « être » and « , selon Y, »: the attribute goes on (« la cause », « fermé »,
    « à Paris », « « très clair » »), not the clause's end, a conjunction or the source's
    relative (« Le pont est, selon les pompiers, qui … »). The parse of such a clause is
    unsure (« est » is often read as the root), so the words are read, not the tree."""
    if nxt is None or rest.lstrip(" \t")[:1] != ",":
        return False
    return not (nxt.pos_ in ("CCONJ", "SCONJ") or nxt.lower_ in SOURCE_RELATIVES
                or (nxt.is_punct and not nxt.is_quote))


def _after_verb(verb: Token, nxt: Token | None, rest: str) -> bool:
    """ "Cette baisse a permis, selon Y, à la plupart des pays de …", "Le maire a signé, selon
    Y, la convention": « selon Y » set off by commas right after the clause's verb, the verb's
    own object or argument going on after it: the clause runs on around it. Not a time or a
    place after it (« Le maire a été élu, selon Y, le 3 mai »: the clause before stands alone),
    nor a clause that ends there, the source's relative or another clause."""
    if verb.pos_ != "VERB" or nxt is None or rest.lstrip(" \t")[:1] != ",":
        return False
    if nxt.is_punct or nxt.pos_ in ("CCONJ", "SCONJ") or nxt.lower_ in SOURCE_RELATIVES:
        return False
    top = nxt
    while top.head != verb and top.head != top and top.head.i > verb.i:
        top = top.head
    return top.head == verb and top.dep_ in _ARGUMENTS and not is_time_word(top.text)


_ARGUMENTS = frozenset({"obj", "obl:arg", "iobj", "xcomp"})
