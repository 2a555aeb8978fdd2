"""« selon X » inside a relative clause: the record is what follows it.

"un conflit qui, selon le syndicat, serait mal supporté", "des horaires qui sont selon eux trop
imprévisibles", "ce qui, selon X, n'a fait qu'envenimer la situation": the relative pronoun
links the narrator's noun; X's words are the rest of the relative clause after « selon X »
(GUIDELINES, « selon X » inside a clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import trim_start
from quotes.detect.context import Context
from quotes.detect.source_asides import after_description
from quotes.lexicon.grammar import (
    DESCRIBING_RELATIVES,
    INFINITIVE_CLITICS,
    LINKING_RELATIVES,
    NEGATION_START,
    QUE,
)

# words that may sit between the relative pronoun and « selon »: the relative clause's own
# verb, its negation or clitics (« qui sont », « qui ne sont », « qui en seraient »), no
# subject of its own (« dont un est blessé, selon X »: the clause is whole before it)
_BETWEEN = frozenset({"AUX", "VERB", "ADV"})
_CLITICS = INFINITIVE_CLITICS | NEGATION_START
_MAX_BETWEEN = 3


def relative_pronoun(first: Token) -> Token | None:
    """The relative pronoun (lexicon ``LINKING_RELATIVES``) that opens the clause « selon »
    (``first``) sits in: right before it, its comma aside, or with at most the clause's verb and
    its clitics between (no punctuation)."""
    doc = first.doc
    k = first.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    between = 0
    while k >= first.sent.start and between <= _MAX_BETWEEN:
        tok = doc[k]
        if tok.lower_ in LINKING_RELATIVES and (
                tok.lower_ not in QUE or "Rel" in tok.morph.get("PronType", [])):
            return tok if k > first.sent.start else None  # a noun (or « ce ») before it
        if (tok.pos_ not in _BETWEEN and tok.lower_ not in _CLITICS) or (
                tok.lower_ in LINKING_RELATIVES):
            return None
        between += 1
        k -= 1
    return None


def relative_words(ctx: Context, first: Token, after: int, s_hi: int) -> int | None:
    """Where X's words start when « selon X » (its source ending at ``after``) sits in a
    relative clause: after the source, its comma and what describes it set off by commas
    (« ce qui, selon Sud-Rail, troisième syndicat, n'a … »); None elsewhere, or when nothing
    of the clause follows but the source's own relative."""
    if relative_pronoun(first) is None:
        return None
    text = ctx.text
    rest = text[after:s_hi]
    if rest.lstrip(" \t")[:1] == ",":
        start = after_description(ctx, trim_start(text, after + rest.index(",") + 1, s_hi), s_hi)
    else:
        start = trim_start(text, after, s_hi)
    words = text[start:s_hi].strip(" \t.!?…").split()
    if not words or words[0].lower() in DESCRIBING_RELATIVES or words[0].lower() in QUE:
        return None  # « …, selon le préfet, qui … »: the source's own relative, after the clause
    return start
