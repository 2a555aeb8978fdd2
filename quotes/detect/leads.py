"""The marked stretches a postposed cue reports: those that open its words (« « A », un village
du port, puis « B » où …, a expliqué X ») and those reopened after its subject (« A »,
a-t-il plaidé, « B »). Offsets in, offsets out."""

from __future__ import annotations

from quotes.detect.context import Context, outer_end, skip_blank


def tail_after_subject(ctx: Context, subj_end: int, s_hi: int) -> tuple[int, int] | None:
    """The marks reopened right after a postposed cue's subject: « A », a-t-il plaidé, « B »."""
    text = ctx.text
    j = subj_end
    while j < s_hi and text[j] in " \t,":
        j += 1
    if text[subj_end - 1] == "." and "," not in text[subj_end:j]:
        return None  # "…, a commenté l'avocate d'Amélie K. « C'est … »": a new sentence
    m = ctx.opening_at(j)
    return (m.open, outer_end(m)) if m is not None else None


def marked_leads(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """What a postposed cue reports, from ``start`` to ``end``: one stretch, or, when it opens
    with marks set off by a comma and more marks follow (« « A », un village du port, puis
    « B » où …, a expliqué X »), each such marked stretch alone and the rest from the last
    marks on; the narrator's words between them are in none."""
    text, out = ctx.text, []
    m = ctx.opening_at(start)
    while m is not None and m.close is not None and m.close < end:
        j = skip_blank(text, m.close + 1, end)
        nxt = next((o for o in ctx.outer if j < o.open < end), None)
        if j >= end or text[j] != "," or nxt is None:
            break
        out.append((start, m.close + 1))
        start, m = nxt.open, nxt
    return [*out, (start, end)]
