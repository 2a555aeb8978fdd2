"""Cues the writer bent out of their usual shape: an inverted pronoun written with a hyphen
missing (« a t-il indiqué », « a-t il dit », « explique t-il »). The incise and postposed-cue
rules ask here; frames.py, names.py and narrator_subjects.py read inverted pronouns their own
way still."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon.grammar import INVERTED

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


def pronoun_range(t: Token) -> tuple[int, int]:
    """The characters of an inverted pronoun without its hyphen: « il » of « -il » and of
    « a-t il »."""
    lead = 1 if t.text.startswith("-") else 0
    return t.idx + lead, t.idx + len(t.text)
