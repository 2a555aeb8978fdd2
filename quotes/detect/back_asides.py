"""An aside that points back to the subject it follows: « Paul Morel, de son côté, indique »,
« le ministre, pour sa part, », « Anne Roy, quant à elle, », « les élus, eux aussi, ».

Set off by commas right after the subject, a possessive after a preposition (« de son côté »,
« à son tour ») or a stressed pronoun (« quant à lui », « elle aussi ») stands for that subject
again: the aside is an adverbial of the clause, neither part of the subject's words nor the
subject itself, though the parse may hang it on the subject's noun or make it the verb's subject.
An apposition with no preposition (« Paul Morel, son avocat, ») names someone and is no such aside.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotes.lexicon.grammar import STRESSED


def _leads(tok: Token) -> bool:
    """A preposition, or the adverb of one (« quant » of « quant à »)."""
    return tok.pos_ in ("ADP", "ADV") or tok.dep_ == "case"


def back_aside(toks: list[Token]) -> bool:
    """Do ``toks`` (between two commas) point back to the subject before them: a preposition,
    a possessive determiner and its noun (« de son côté », « pour sa part »); or a stressed
    pronoun, with a preposition before it or an adverb after it (« quant à lui », « lui aussi »)?"""
    if not toks:
        return False
    possessive = [i for i, t in enumerate(toks) if t.pos_ == "DET" and "Yes" in t.morph.get(
        "Poss", [])]
    if possessive:
        k = possessive[0]
        return (len(possessive) == 1 and 0 < k == len(toks) - 2 and toks[-1].pos_ == "NOUN"
                and all(_leads(t) for t in toks[:k]))
    stressed = [i for i, t in enumerate(toks) if t.pos_ == "PRON" and t.lower_ in STRESSED]
    if len(stressed) != 1:
        return False
    k = stressed[0]  # alone, it may be the verb's subject (« Accompagnée de X, elle a dit »)
    return len(toks) > 1 and all(_leads(t) for t in toks[:k]) and all(
        t.pos_ == "ADV" for t in toks[k + 1:])


def is_back_aside(doc: Doc, lo: int, hi: int) -> bool:
    """Is the range [lo, hi) such an aside, set off by commas (« …, de son côté, »)?"""
    return 0 < lo < hi < len(doc) and doc[lo - 1].text == "," and doc[hi].text == "," and (
        back_aside(list(doc[lo:hi])))


def without_back_aside(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """The subject range [lo, hi) without such an aside at its end (« le président du parti,
    Paul Morel, de son côté » -> « le président du parti, Paul Morel »)."""
    commas = [i for i in range(lo + 1, hi) if doc[i].text == ","]
    if not commas or not back_aside(list(doc[commas[-1] + 1 : hi])):
        return lo, hi
    end = commas[-1]
    while end > lo and doc[end - 1].is_punct and doc[end - 1].text != ".":
        end -= 1
    return (lo, end) if end > lo else (lo, hi)


def past_back_aside(doc: Doc, rng: tuple[int, int] | None,
                    before: Callable[[int], tuple[int, int] | None]) -> tuple[int, int] | None:
    """A cue's subject ``rng`` without such an aside at its end; where the parse made the aside
    itself the subject, the phrase ``before`` finds before its comma (given the comma's index)."""
    if rng is None:
        return None
    if is_back_aside(doc, *rng):
        return before(rng[0] - 1)
    return without_back_aside(doc, *rng)
