"""What describes the source of « selon X » set off by commas before its words: a relative
clause, a participle, a role or words with no article (« selon X, habitant du quartier, … »);
and a name after the source's comma that is the subject of its words, no part of the source.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.clitics import preverbal
from quotes.detect.content import trim_start
from quotes.detect.context import OPENING, Context, visible_end
from quotes.detect.forms import conjugated, past_participle
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DESCRIBING_RELATIVES, JOINING_CONJUNCTIONS, NEGATION_START
from quotes.lexicon.roles import is_role_noun


def after_description(ctx: Context, start: int, end: int) -> int:
    """Where the content starts after a relative clause, a past participle, a role
    (``_apposed``) or words with no article (``_described``) set off by commas that describe
    the source ("selon le journal X, qui a révélé l'information, …", "d'après des sources,
    citées par l'AFP, …", "selon un proche, et qui préfère rester anonyme, …"): after its
    closing comma."""
    tok = ctx.token_at(start)
    if tok is not None and tok.lower_ in JOINING_CONJUNCTIONS and tok.i + 1 < len(ctx.doc) and (
            ctx.doc[tok.i + 1].lower_ in DESCRIBING_RELATIVES):
        tok = ctx.doc[tok.i + 1]  # « , et qui … , »: the relative, joined to the source
    if tok is None or not (tok.lower_ in DESCRIBING_RELATIVES or (
            tok.pos_ in ("VERB", "ADJ") and past_participle(tok)) or _apposed(ctx, tok, end)
            or _described(ctx, tok, end)):
        return start
    comma = ctx.comma_after(start, end)
    return start if comma is None else trim_start(ctx.text, comma + 1, end)


def clause_subject(
    ctx: Context, source: tuple[int, int], start: int
) -> tuple[tuple[int, int], int]:
    """ "D'après le ministre, Paul Roux, proche du maire, « joue la provocation »": when the
    words of « selon X » open on a finite verb (after its clitics and « ne »), the name after
    the source's first comma is that verb's subject, not an apposition of the source; not
    when a subject pronoun opens them (« … Karim Belmadi, « nous avons … » »). So is a
    name or a noun phrase with its article right before marked words, with no comma
    between, whatever the parse makes of their first word (« Selon elle, l'architecte Paul
    Roux « ment depuis le début »): what the source says something about, never who says
    it. The source stops at that comma; words in no marks start at the name (the clause
    keeps its subject), marked ones stay the marks. The source and the start, unchanged
    otherwise."""
    doc, text = ctx.doc, ctx.text
    comma = ctx.comma_after(source[0], source[1])
    name = ctx.token_at(trim_start(text, comma + 1, source[1])) if comma is not None else None
    if comma is None or name is None:
        return source, start
    marked = text[start : start + 1] in OPENING
    if marked and not text[source[1] : start].strip() and (
            name.ent_type_ == "PER" or name.pos_ in ("PROPN", "DET")):
        return (source[0], visible_end(text, comma, source[0])), start
    if not (name.ent_type_ == "PER" or name.pos_ == "PROPN"):
        return source, start
    first = ctx.token_at(start)
    i = first.i if first is not None else len(doc)
    while i < len(doc) and (doc[i].text in OPENING or doc[i].lower_ in NEGATION_START
                            or (preverbal(doc[i]) and not doc[i].dep_.startswith("nsubj"))):
        i += 1  # « nous » as subject is no clitic: « selon X, Y, « nous avons … » »
    if i >= len(doc) or not conjugated(doc[i]):
        return source, start
    return (source[0], visible_end(text, comma, source[0])), start if marked else name.idx


def _described(ctx: Context, tok: Token, end: int) -> bool:
    """ "selon X, habitant de l'immeuble, …", "selon X, légèrement blessée, …": words that
    describe the source, set off with no article (an adjective, a participle, after adverbs or
    not), no verb after it up to their comma, a clause with a finite verb after it."""
    doc, i = ctx.doc, tok.i
    while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].idx < end:
        i += 1
    if i + 1 >= len(doc) or doc[i].idx >= end:
        return False
    # a present participle with an object is a phrase of its own: « concernant les travaux »
    if not (doc[i].pos_ == "ADJ" or past_participle(doc[i]) or (
            "Part" in doc[i].morph.get("VerbForm", []) and doc[i + 1].pos_ == "ADP")):
        return False
    return _set_off(ctx, i + 1, end)


def _set_off(ctx: Context, i: int, end: int) -> bool:
    """From token ``i``: a comma with no verb before it, a finite verb after it."""
    doc = ctx.doc
    stop = token_end(doc, i, end)
    comma = next((t.i for t in doc[i:stop] if t.text == "," and ctx.inside_marks(t.idx) is None),
                 None)
    return comma is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[i:comma]) and any(
        "Fin" in t.morph.get("VerbForm", []) for t in doc[comma:stop])


def _apposed(ctx: Context, tok: Token, end: int) -> bool:
    """ "selon Anne Roy, présidente du club, …", "…, à la tête du club, …": a role set off after
    the source (a role noun, lexicon/lead_phrases.txt) with no verb up to its comma, a clause
    with a finite verb after it."""
    doc, i = ctx.doc, tok.i + (tok.pos_ == "DET")
    led = any(fold(doc[i : i + k].text) in folded("lead_phrases") for k in (2, 3))
    if i >= len(doc) or not (is_role_noun(doc[i].text) or led):
        return False
    return _set_off(ctx, i, end)


def token_end(doc: Doc, i: int, end: int) -> int:
    """The first token from ``i`` on that starts at or after the character ``end``."""
    while i < len(doc) and doc[i].idx < end:
        i += 1
    return i
