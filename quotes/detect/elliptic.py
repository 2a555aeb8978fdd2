"""Elliptic speakers: « un second », « une autre », « une troisième » stand for one more of the
noun said before them (« un premier avocat … un second », « une maman … une autre »): an
anonymous speaker whose noun the text leaves out. An ordinal or « autre » after « un » or
« une », and nothing after it in the noun phrase (« un autre avocat » has its noun)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

ONE = ("un", "une")
_ORDINALS = ("premier", "première", "second", "seconde")  # not in « -ième »


def elliptic(tokens: Sequence[Token]) -> bool:
    """Are the tokens « un autre », « une seconde », « un troisième », nothing after them?"""
    if len(tokens) != 2 or tokens[0].lower_ not in ONE:
        return False
    word = tokens[1].lower_
    return word in ("autre", *_ORDINALS) or (word.endswith("ième") and word != "ième")


def elliptic_before(tok: Token, floor: int) -> tuple[int, int] | None:
    """« Une autre ajoute : », « Un second a renchéri : »: the token range of the elliptic
    subject that opens the sentence of the verb ``tok``, the parse having hung it elsewhere."""
    lead = ("CCONJ", "ADV", "PUNCT", "SPACE")  # « Mais », « Puis », a newline
    k = floor
    while k < tok.i and tok.doc[k].pos_ in lead:
        k += 1
    words = list(tok.doc[k : verb_start(tok)])
    if not elliptic(words):
        return None
    return words[0].i, words[1].i + 1


def verb_start(tok: Token) -> int:
    """Where the verb group of ``tok`` starts: its first auxiliary before it, or itself."""
    aux = [c.i for c in tok.children if c.dep_.startswith("aux") and c.i < tok.i]
    return min(aux, default=tok.i)


def ellided(span: Span, person: Callable[[Token], bool]) -> Span | None:
    """The noun phrase an elliptic mention stands one more of: the nearest « un(e) NOUN » with
    its determiner before it whose noun is a ``person``'s (« une maman » for « une autre », not
    « une équipe » nor « un enfant » in the words said, between « and »), within the same
    paragraph or the one before; None for any other mention."""
    if not elliptic([t for t in span if not t.is_punct]):
        return None
    det, doc, breaks, quoted = span[0].lower_, span.doc, 0, 0
    for k in range(span.start - 1, 0, -1):
        breaks += doc[k].text.count("\n\n") or ("\n" in doc[k].text)
        if breaks > 2:
            return None
        quoted += (doc[k].text == "»") - (doc[k].text == "«")  # read backwards: » opens
        if quoted <= 0 and doc[k - 1].lower_ == det and doc[k].pos_ == "NOUN" and person(doc[k]):
            return doc[k - 1 : k + 1]
        quoted = max(quoted, 0)
    return None
