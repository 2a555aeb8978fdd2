"""The grammatical gender of a body's name: what « il » or « elle » standing for it agrees with.

French agrees a pronoun with the noun that names a body, not with the people in it: « la CGT …
elle », « le parquet … il », « l'Organisation mondiale de la santé » … « elle ». The determiner
the article writes before the name says it (grammar's FEMININE_ARTICLES, MASCULINE_ARTICLES);
an elided « l' » leaves it to the common noun heading the name (lexicon/elided_body_nouns.tsv:
« l'Institut Pasteur » is « un institut »), else to an adjective agreeing with that noun
(« l'Union européenne »). A proper noun or an acronym shows none by itself (« l'Élysée »,
« l'ONU », « l'Unédic »: the parse's gender there is a guess). A name the article writes with
both genders, or with neither (« Sanofi », « l'OMS » alone), has none: every pronoun agrees with
it, as with a person of unknown gender. The mention a pronoun follows shows its own gender first
(« Le Medef … La fédération patronale a réclamé … Elle »: ``mention_gender``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.lexicon import cached, fold, table
from quotes.lexicon.grammar import ELIDED_ARTICLE
from quotes.lexicon.roles import article_gender
from quotes.nlp.doc import written_spans

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


def mention_gender(doc: Doc, pos: int) -> str | None:
    """The gender the mention starting at character ``pos`` shows by its determiner or its
    elided noun (« la fédération patronale », « le parquet »), None if none."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    if first.pos_ == "DET" and first.i + 1 < len(doc):
        first = doc[first.i + 1]  # the mention starts at its determiner
    return _shown(doc, first)


def _namings(doc: Doc, name: str) -> list[Token]:
    """The first token of each place the article writes ``name`` as written, a whole word
    (« Le total des ventes » is no naming of « Total »)."""
    return [span[0] for span in written_spans(doc, name)]


def _shown(doc: Doc, first: Token) -> str | None:
    """The gender the word before the naming at ``first`` shows, or past an elided article
    the common noun heading the name or the adjective agreeing with it."""
    if first.i == 0:
        return None
    before = doc[first.i - 1]
    if before.text not in ELIDED_ARTICLE:
        return article_gender(fold(before.text))
    own = _elided_nouns().get(first.lower_)
    if own is not None:
        return own
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "ADJ":  # « l'Union européenne »
        shown = after.morph.get("Gender", [])
        return _GENDERS.get(shown[0]) if shown else None
    return None


@cached
def _elided_nouns() -> dict[str, str]:
    """lexicon/elided_body_nouns.tsv: noun -> « f » or « m »."""
    return {noun: gender for noun, gender in table("elided_body_nouns")}
