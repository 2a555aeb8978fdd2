"""Who a heading names as its subject: the person whose words follow it with no cue.

A heading (``unquoted.heading``) that opens on a person's name followed by its topic
(« Paul Morel sur son arrivée », lexicon/heading_topics.txt), by a verb in the present
(« Paul Morel remercie Luc Fabre ») or by a colon (« Paul Morel : les débuts ») names who
speaks in the uncued quotes under it. A heading that names someone only after its first word
(« Hommage à Luc Fabre ») names no subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.detect.unquoted import heading
from quotes.lexicon import fold, folded


def heading_subjects(ctx: Context) -> list[tuple[int, int]]:
    """Where the names that open headings as their subject are (character ranges)."""
    out = []
    for lo, hi in ctx.paras:
        if not heading(ctx, lo, hi) or not ctx.text[hi:].strip():
            continue  # a text's last words with no stop: cut short, no heading
        span = ctx.doc.char_span(lo, hi, alignment_mode="expand")
        tokens = [t for t in span if not t.is_space] if span is not None else []
        size = next((k for k, t in enumerate(tokens) if t.ent_type_ != "PER" or (
            k and t.ent_iob_ == "B")), len(tokens))
        if 2 <= size < len(tokens) and _goes_on(tokens[size:]):
            out.append((tokens[0].idx, tokens[size - 1].idx + len(tokens[size - 1].text)))
    return out


def _goes_on(rest: list[Token]) -> bool:
    """Do the words after the name make it the heading's subject: a colon, a topic, a verb?"""
    first = rest[0]
    if first.text == ":" or _topic(rest):
        return True
    form = first.morph
    return first.pos_ in ("VERB", "AUX") and "Fin" in form.get("VerbForm", []) and (
        "Pres" in form.get("Tense", [])) and "Plur" not in form.get("Number", [])


def _topic(rest: list[Token]) -> bool:
    return fold(rest[0].text) in folded("heading_topics")
