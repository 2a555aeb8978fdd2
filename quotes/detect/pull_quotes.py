"""Pull quotes: a paragraph of someone's words in no marks, signed by their name.

"Nous avons tout perdu, mais nous reconstruirons.\\n\\nLucie Vernet, maire de Castelroc" and
"Nous avons tout perdu. Lucie Vernet, sur France Inter": the words above the name (the
paragraph before a line holding only the name, or the sentences before a name closing the
paragraph) are Lucie Vernet's, a direct quote with no cue. The signature is a person's name
as the recogniser reads it, opening its sentence, then at most a comma and a role or a
channel (``MAX_TAIL_WORDS`` words, no verb); the words above it speak in the first or second
person (the narrator's sentence above a caption does not), hold no quotation marks, no word
of the signer's name, no quote already found, and stand before more of the article (a name
on the last line is a byline: an article signed by its writer is no one's quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.detect.context import Context
from quotes.lexicon import fold
from quotes.lexicon.grammar import FIRST_SECOND_PERSON
from quotes.nlp.doc import entities

MIN_WORDS = 3  # fewer words are a heading, no quote to keep
MAX_TAIL_WORDS = 8  # "ministre de l'Économie et des Finances", "sur France Inter"
_MARKS = re.compile(r"[«»\"“”„]")
_SENTENCE_END = ".!?…"
_DASHES = "—–-"


@dataclass(frozen=True)
class Pull:
    """One pull quote: its words, its paragraph and the name that signs it."""

    start: int
    end: int
    para: tuple[int, int]
    name: tuple[int, int]


def pull_quotes(ctx: Context, taken: list[tuple[int, int]]) -> list[Pull]:
    """The pull quotes of an article, in text order; ``taken`` are the spans of the quotes
    already found (a paragraph holding one is the narrator's report)."""
    text, paras = ctx.text, ctx.paras
    found: list[Pull] = []
    for k, (lo, hi) in enumerate(paras[:-1]):  # the last paragraph signs as a byline
        name = _signature(ctx, lo, hi)
        if name is not None and k > 0:
            body = paras[k - 1]  # the name on a line of its own
        else:
            cut = _last_sentence(text, lo, hi)
            name = _signature(ctx, cut, hi) if cut is not None else None
            if name is None or cut is None:
                continue
            body = (lo, cut)
        start, end = body[0], len(text[: body[1]].rstrip())
        if _own_words(ctx, start, end, name) and not any(
                a < end and start < b for a, b in taken):
            found.append(Pull(start, end, body, name))
    return found


def _last_sentence(text: str, lo: int, hi: int) -> int | None:
    """Where the last sentence of the paragraph from ``lo`` to ``hi`` starts, when another
    sentence ends before it; None for a paragraph of one sentence."""
    body = text[lo:hi].rstrip()
    for k in range(len(body) - 2, 0, -1):
        if body[k] == " " and body[k - 1] in _SENTENCE_END:
            return lo + k + 1
    return None


def _signature(ctx: Context, lo: int, hi: int) -> tuple[int, int] | None:
    """The name that the text from ``lo`` to ``hi`` holds and nothing else but a comma and a
    short role or channel after it (« Lucie Vernet, maire de Castelroc »): a person's name the
    recogniser reads, opening it; None for anything else (a sentence, a caption with a verb)."""
    text = ctx.text
    start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(" \t" + _DASHES))
    end = len(text[:hi].rstrip(" \t.\n"))
    if end <= start:
        return None
    name = next((e for e in entities(ctx.doc) if e.label_ == "PER" and e.start_char == start
                 and e.end_char <= end and len(e.text.split()) >= 2), None)
    if name is None:
        return None
    tail = text[name.end_char : end].strip()
    if tail and (not tail.startswith(",") or len(tail.split()) > MAX_TAIL_WORDS + 1
                 or _MARKS.search(tail) or any(c in tail for c in _SENTENCE_END + ";:")):
        return None
    span = ctx.doc.char_span(name.end_char, end, alignment_mode="expand")
    if span is not None and any("Fin" in t.morph.get("VerbForm", []) for t in span):
        return None  # « Lucie Vernet, qui a signé … »: a clause, the narrator's
    return name.start_char, name.end_char


def _own_words(ctx: Context, lo: int, hi: int, name: tuple[int, int]) -> bool:
    """May the text from ``lo`` to ``hi`` be the words of ``name``: at least ``MIN_WORDS``
    words, a first or second person among them, no quotation marks, no word of the name?"""
    text = ctx.text
    words = text[lo:hi].split()
    if len(words) < MIN_WORDS or _MARKS.search(text, lo, hi):
        return False
    span = ctx.doc.char_span(lo, hi, alignment_mode="expand")
    if span is None or not {t.lower_ for t in span} & FIRST_SECOND_PERSON:
        return False
    signer = {fold(w) for w in text[name[0] : name[1]].split() if len(w) > 2}
    return not any(fold(w.strip(".,;:!?")) in signer for w in words)
