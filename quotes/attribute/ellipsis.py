"""The noun an elliptic mention leaves out: « raconte un autre » after « témoigne un habitant »
is one more `habitant`, « une autre » after « une riveraine » one more `riveraine`
(``quotes.detect.elliptic``). The speaker's name is the mention with that noun
(`un autre habitant`), and its gender that of the noun (``gender.unnamed_gender``)."""

from __future__ import annotations

from spacy.tokens import Span

from quotes.attribute.descriptions import person_word
from quotes.detect.elliptic import ellided
from quotes.lexicon import noun_genders


def left_out(span: Span) -> Span | None:
    """« un habitant » for « un autre » said after it: the nearest « un(e) NOUN » of a person
    before an elliptic mention (``elliptic.ellided``); None for any other mention."""
    return ellided(span, lambda t: person_word(t.text) or t.lower_ in noun_genders())


def elliptic_name(span: Span, text: str) -> str:
    """The mention's words (``text``) with the noun they leave out after them (« un autre » →
    `un autre habitant`); the words as written when the text says no noun before them."""
    noun = left_out(span)
    return f"{text} {noun[-1].text}" if noun is not None else text
