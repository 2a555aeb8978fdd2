"""A connector of the narrator's opening the words a postposed cue reports
(lexicon/narrator_links.txt): « Toutefois, « … », a-t-il ajouté » reports the marks alone."""

from __future__ import annotations

from quotes.detect.content import trim_start
from quotes.detect.context import Context
from quotes.lexicon import cached, fold, folded


def past_link(ctx: Context, start: int, end: int) -> int:
    """Where the words start after a connector at ``start`` set off by a comma or right before
    an opening mark (« Par ailleurs, la mairie … », « Car « … » »); ``start`` when none is."""
    text = ctx.text
    for entry in _links():
        j = start + len(entry)
        if fold(text[start:j]).replace("’", "'") != entry or (
                j < end and (text[j].isalnum() or text[j] in "'’")):
            continue  # another word, or one the entry only begins (« carte », « car'… »)
        k = j + len(text[j:end]) - len(text[j:end].lstrip(" \t"))
        if k < end and text[k] == ",":
            k += 1
        elif ctx.opening_at(k) is None:
            return start  # « Pourtant la mairie … »: no comma, the words may run on from it
        after = trim_start(text, k, end)
        return after if after < end else start
    return start


@cached
def _links() -> tuple[str, ...]:
    """The connectors folded, longest first, so « de plus » is tried whole."""
    return tuple(sorted(folded("narrator_links"), key=len, reverse=True))
