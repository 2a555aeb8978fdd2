"""Who a heading names as its subject: the person whose words in the first person follow it
with no cue.

A heading (``unquoted.heading``) that opens on a person's name followed by its topic
(« Paul Morel sur son arrivée », lexicon/heading_topics.txt) or by a colon (« Anne Roy : les
débuts ») may name who speaks in the uncued quotes right under it (``attribute.headed``). A
heading that names someone only after its first word (« Hommage à Luc Fabre ») names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.detect.unquoted import heading
from quotes.lexicon import fold, folded

# a heading's start and end, and where the name it opens on as its subject is, or None
Heading = tuple[int, int, tuple[int, int] | None]


def heading_subjects(ctx: Context) -> list[Heading]:
    """Each heading (where it starts and ends) and where the name it opens on as its subject
    is (a character range), or None."""
    out: list[Heading] = []
    for lo, hi in ctx.paras:
        if not heading(ctx, lo, hi) or not ctx.text[hi:].strip():
            continue  # a text's last words with no stop: cut short, no heading
        span = ctx.doc.char_span(lo, hi, alignment_mode="expand")
        tokens = [t for t in span if not t.is_space] if span is not None else []
        size = next((k for k, t in enumerate(tokens) if t.ent_type_ != "PER" or (
            k and t.ent_iob_ == "B")), len(tokens))
        named = 2 <= size < len(tokens) and _goes_on(tokens[size:])
        last = tokens[size - 1] if named else None
        out.append((lo, hi, (tokens[0].idx, last.idx + len(last.text)) if last else None))
    return out


def _goes_on(rest: list[Token]) -> bool:
    """Do the words after the name make it the heading's subject: a colon or a topic?"""
    return rest[0].text == ":" or fold(rest[0].text) in folded("heading_topics")
