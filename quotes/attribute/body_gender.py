"""The grammatical gender of a body's name: what « il » or « elle » standing for it agrees with.

French agrees a pronoun with the noun that names a body, not with the people in it: « la CGT …
elle », « le parquet … il », « l'OMS » (« l'Organisation mondiale de la santé ») … « elle ». The
determiner the article writes before the name says it (« la », « le », « du », « au », « une »,
« cette »…); an elided « l' » leaves it to the name's first word when the parse gives that noun
a gender (« l'État »), else to the adjective agreeing with it (« l'Union européenne »). A name
the article writes with both genders, or with neither (« Sanofi », « l'OMS » alone), has none:
every pronoun agrees with it, as with a person of unknown gender.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotes.lexicon import fold
from quotes.lexicon.grammar import ELIDED_ARTICLE
from quotes.nlp.doc import text_of

# the determiners that show a gender before a body's name (« son », « leur » do not: « son
# agence »); « du » and « au » are « de le », « à le »
_SHOWN = {"la": "f", "une": "f", "cette": "f", "sa": "f",
          "le": "m", "un": "m", "ce": "m", "cet": "m", "du": "m", "au": "m"}
_GENDERS = {"Fem": "f", "Masc": "m"}
_KEY = "body_genders"


def body_gender(doc: Doc, name: str | None) -> str | None:
    """« f » or « m »: the gender every naming of the body ``name`` in the article shows, None
    when none shows one or they disagree. Kept per name for the document."""
    if not name:
        return None
    known = doc.user_data.setdefault(_KEY, {})
    if name not in known:
        shown = {g for at in _namings(doc, name) if (g := _shown(doc, at)) is not None}
        known[name] = shown.pop() if len(shown) == 1 else None
    gender: str | None = known[name]
    return gender


def _namings(doc: Doc, name: str) -> list[Token]:
    """The first token of each place the article writes ``name``, as a whole word."""
    text = text_of(doc)
    found = []
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.IGNORECASE):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            found.append(span[0])
    return found


def _shown(doc: Doc, first: Token) -> str | None:
    """The gender the word before the naming at ``first`` shows, or past an elided article
    the name's own noun or the adjective after it."""
    if first.i == 0:
        return None
    before = doc[first.i - 1]
    if before.text in ELIDED_ARTICLE:
        own = _gender(first)
        if own is not None or first.is_upper:  # an acronym's gender is its full name's
            return own
        after = doc[first.i + 1] if first.i + 1 < len(doc) else None
        if after is not None and after.pos_ == "ADJ":
            return _gender(after)
        return None
    return _SHOWN.get(fold(before.text))


def _gender(tok: Token) -> str | None:
    """The gender the parse gives the word, if one."""
    shown = tok.morph.get("Gender", [])
    return _GENDERS.get(shown[0]) if shown else None
