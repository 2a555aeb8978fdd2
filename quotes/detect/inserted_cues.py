"""A cue inserted in its sentence after a lead that is no clause of its own: « De manière
inédite, rapporte l'AFP, les juges ont rendu … », « C'est pourquoi, explique le journal, le
parquet a ouvert … ». The lead is the narrator's (an adverbial phrase with no verb, or a
connector of ``lexicon/narrator_links.txt``); the reported words are the clause after the
inverted subject and its comma, its own subject opening it, up to where content ends. A lead
with a verb or marks is words of its own (« Le projet est abandonné, indique X, … »), and
words after the subject that open no clause (« …, indique X, ce mardi ») report nothing.
"""

from __future__ import annotations

from quotes.detect.content import content_end, trim_end, trim_start
from quotes.detect.context import Context, skip_blank
from quotes.detect.narrator_links import is_link, past_link
from quotes.detect.narrator_resumes import clause_opens


def clause_after(
    ctx: Context, lead: tuple[int, int], subject_end: int, sent: tuple[int, int], stop: int
) -> tuple[int, int] | None:
    """The clause after the inverted subject that ends at ``subject_end`` when the words
    ``lead`` before the cue hold no verb and no marks, or only a connector; else None. ``stop``
    is the token index where the sentence ends."""
    text, doc = ctx.text, ctx.doc
    start = past_link(ctx, *lead)
    words = text[start : lead[1]].strip(" \t,")
    said = doc.char_span(start, lead[1], alignment_mode="expand")
    if words and not is_link(words + ",") and (said is None or any(
            t.pos_ in ("VERB", "AUX") for t in said)):
        return None
    if any(lead[0] <= m.open < lead[1] for m in ctx.outer):
        return None
    comma = skip_blank(text, subject_end, sent[1])
    if comma >= sent[1] or text[comma] != ",":
        return None
    begin = trim_start(text, comma + 1, sent[1])
    tok = ctx.token_at(begin)
    if tok is None or not clause_opens(ctx, tok.i, stop):
        return None
    end = trim_end(text, begin, content_end(ctx, begin, sent[1], []))
    return (begin, end) if begin < end else None
