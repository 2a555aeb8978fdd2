"""The clause a source named inside it speaks for (« Une barque, à bord de laquelle se
trouvaient dix pêcheurs selon la police, a coulé »): the relative clause that holds the source,
not the whole sentence; the clause a postposed cue speaks for after another cue's que-clause
(« X reconnaît que A, mais rien ne montrait que B, affirme-t-il »); and the words a fronted
source gives, which a postposed cue only relays (« Selon X, A, rapporte Le Parisien »)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.detect.forms import participle
from quotes.lexicon import folded, singular, words
from quotes.lexicon.grammar import ARTICLE_WORDS, DEMONSTRATIVES, SET_OFF_RELATIVES, STRESSED

_FRONTED = re.compile(r"(?:selon|d['’]\s*après)\s+$", re.IGNORECASE)
_SOURCE = re.compile(r"([^\s,]+)[^,]*,")
_ASIDE = re.compile(r"\s*([^\s,][^,]*),")  # words set off by commas, the first comma read
_PRONOUNS = STRESSED | {"moi", "toi", "nous", "vous", "soi"}  # « selon nous »: who speaks
_WORD_BREAKS = re.compile(r"[\s'’,]+")
_DETERMINERS = ARTICLE_WORDS | DEMONSTRATIVES  # « la loi », « ce décret »: the text is the noun


def last_clause(ctx: Context, start: int, end: int, source: int) -> int:
    """Where the words a source that starts at ``source`` speaks for start: with no comma
    before the source, it sits inside a relative clause on the noun before the last comma
    outside the marks (« Une barque, | à bord de laquelle se trouvaient les migrants selon X,
    flottait », « un passant, | qui portait un sac selon X »); else ``start``. After a comma
    (« …, qui a crié …, selon X ») it may speak for the whole sentence."""
    if "," in ctx.text[end:source]:
        return start
    doc = ctx.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start
    commas = [t for t in span if t.text == "," and ctx.inside_marks(t.idx) is None]
    if not commas or commas[-1].i + 2 >= span.end:
        return start
    nxt = doc[commas[-1].i + 1]
    return nxt.idx if nxt.lower_ in SET_OFF_RELATIVES or _relative_phrase(nxt, span.end) else start


def fronted_source(text: str, start: int, end: int) -> bool:
    """Do the words from ``start`` (right after « selon » or « d'après ») to a postposed cue at
    ``end`` open on a source set off by a comma (« Selon les enquêteurs, … », « D'après
    l'autopsie, … »)? They are that source's: the cue after them (« …, rapporte Le Parisien »)
    relays them. Not « selon lui », « selon nous », which restate who speaks, nor a text that
    states a rule (``rule_source``): the one the cue names reads it."""
    m = _fronted(text, start, end)
    return m is not None and m[1].lower() not in _PRONOUNS and not rule_text(m[0])


def _fronted(text: str, start: int, end: int) -> re.Match[str] | None:
    """The source a « selon » or « d'après » right before ``start`` names, up to its comma
    before ``end``; None when none does."""
    if _FRONTED.search(text, max(0, start - 12), start) is None:
        return None
    return _SOURCE.match(text, start, end)


def rule_source(ctx: Context, start: int, end: int) -> int | None:
    """Where the words start after a fronted source (from ``start``, right after « selon ») that
    is a text stating a rule (``rule_text``), set off by a comma before a postposed cue at
    ``end``: after that comma (« Selon la loi sur les bars, | un mineur …, a rappelé X »), and
    after a relative clause or a participle set off by commas that says more of the text
    (« Selon la loi, votée en 2019, | un mineur … »)."""
    text = ctx.text
    m = _fronted(text, start, end)
    if m is None or not rule_text(m[0]):
        return None
    aside = _ASIDE.match(text, m.end(), end)
    first = ctx.token_at(aside.start(1)) if aside is not None else None
    if aside is None or first is None or text[aside.end() : end].strip() == "":
        return m.end()
    if first.lower_ in SET_OFF_RELATIVES:
        return aside.end()  # « Selon le texte, qui a été adopté hier, … »
    words_ = ctx.doc.char_span(aside.start(1), aside.end(1), alignment_mode="expand")
    described = (first.pos_ == "ADJ" or participle(first)) and (
        words_ is not None and not any("Fin" in t.morph.get("VerbForm", []) for t in words_))
    return aside.end() if described else m.end()  # « Selon la loi, votée en 2019, … »


def rule_text(source: str) -> bool:
    """Does the source a « selon » names open on a text that states a rule, a law or a decree
    (« la loi cantonale sur les débits de boissons », « le règlement »; lexicon/rule_texts.txt)?
    It speaks for no one: a cue after the words names who reads it (« Selon la loi, A, a
    rappelé la procureure »: hers)."""
    said = [w for w in _WORD_BREAKS.split(source.lower()) if w]
    said = said[1:] if said and said[0] in _DETERMINERS else said
    return bool(said) and singular(said[0]) in folded("rule_texts")


def _relative_phrase(first: Token, stop: int) -> bool:
    """« à bord de laquelle », « au sein duquel »: a preposition's phrase ending on a relative
    pronoun within four words."""
    if first.pos_ != "ADP":
        return False
    doc = first.doc
    for t in doc[first.i + 1 : min(stop, first.i + 5)]:
        if t.lower_ in words("relative_pronouns"):
            return True
        if t.pos_ not in ("ADP", "NOUN", "DET"):
            return False
    return False


def after_coordination(ctx: Context, start: int, end: int) -> int | None:
    """Where the clause coordinated after a comma (« …, mais rien ne montrait que B ») starts
    in the words from ``start`` (another cue's que-clause) to ``end`` (a postposed cue): the
    other cue's words end at the conjunction, and the clause after it, with a verb of its own,
    is what the postposed cue reports; None when there is no such clause."""
    said = ctx.doc.char_span(start, end, alignment_mode="expand")
    if said is None:
        return None
    links = [t for t in said[1:] if t.pos_ == "CCONJ" and t.nbor(-1).text == ","
             and t.i + 1 < said.end]
    if not links or not any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[links[-1].i + 1 : said.end]):
        return None
    return ctx.doc[links[-1].i + 1].idx
