"""Cues the writer or the parse bent out of their usual shape: an inverted pronoun written
with a hyphen missing (« a t-il indiqué », « a-t il dit », « explique t-il »), and a verb the
parse hung as an adjective on the noun before it (« Un conseiller au ministère parle de … »).
Every rule that reads an inverted pronoun or a cue's form asks here."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import reporting_verbs
from quotes.lexicon.grammar import DE_CONTRACTED, INVERTED, QUE

# an inverted pronoun whose hyphen the writer left out (« a-t il »): the bare pronoun
_BARE_INVERTED = frozenset(p.lstrip("-") for p in INVERTED)


def euphonic(t: Token) -> bool:
    """The « t » of « a-t-il », written « -t » or, its hyphen left out, « t » right before an
    inverted pronoun (« a t-il indiqué »)."""
    low = t.lower_
    if low == "-t":
        return True
    doc = t.doc
    return low == "t" and t.i + 1 < len(doc) and doc[t.i + 1].lower_.lstrip("-") in _BARE_INVERTED


def inverted_pronoun(t: Token) -> bool:
    """An inverted subject pronoun: « -il », « -elle », « -on » …, or one whose hyphen the
    writer left out right after its « -t » (« a-t il dit »). A bare « il » anywhere else is the
    subject of its own clause."""
    low = t.lower_
    if low in INVERTED:
        return True
    return low in _BARE_INVERTED and t.i > 0 and t.doc[t.i - 1].lower_ in ("-t", "t")


def hung_on_noun(tok: Token) -> bool:
    """Is ``tok``, a listed form of a reporting verb, the verb of a sentence the parse read as
    one noun phrase: hung as a modifier on a noun before it, right after that phrase's last
    noun, and followed by its complement (« de », « du », « que »)? A participle is not (« les
    propos tenus », « une phrase prononcée de … »)."""
    low, doc = tok.lower_, tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        low in reporting_verbs() and tok.dep_ in ("amod", "acl")
        and tok.head.pos_ == "NOUN" and tok.head.i < tok.i
        and prev is not None and prev.pos_ in ("NOUN", "PROPN")
        and nxt is not None and (nxt.lower_ in DE_CONTRACTED or nxt.lower_ in QUE)
        and not low.endswith(("é", "ée", "és", "ées", "ant", "ants", "ante", "antes"))
        and "Part" not in tok.morph.get("VerbForm", [])
    )


def pronoun_range(t: Token) -> tuple[int, int]:
    """The characters of an inverted pronoun without its hyphen: « il » of « -il » and of
    « a-t il »."""
    lead = 1 if t.text.startswith("-") else 0
    return t.idx + lead, t.idx + len(t.text)
