"""A connector of the narrator's opening the words a postposed cue reports
(lexicon/narrator_links.txt): « Toutefois, « … », a-t-il ajouté » reports the marks alone."""

from __future__ import annotations

from quotes.detect.content import trim_start
from quotes.detect.context import Context, skip_blank
from quotes.lexicon import cached, fold, folded
from quotes.lexicon.grammatical_person import FIRST_SECOND_PERSON


def past_link(ctx: Context, start: int, end: int) -> int:
    """Where the words start after a connector at ``start`` set off by a comma or right before
    an opening mark (« Par ailleurs, la mairie … », « Car « … » »); ``start`` when none is, or
    when the words after it are the speaker's own, in the first or second person (« Pour
    autant, je ne démissionnerai pas, a martelé X »: marks lost, the connector is X's)."""
    text = ctx.text
    for entry in _links():
        j = start + len(entry)
        if fold(text[start:j]).replace("’", "'") != entry:
            continue
        k = skip_blank(text, j, end)
        if k < end and text[k] == ",":
            k += 1
        elif ctx.opening_at(k) is None:
            return start  # « Pourtant la mairie … », « Carte … »: no comma, no marks
        after = trim_start(text, k, end)
        word = ctx.token_at(after) if after < end else None
        if word is None or word.lower_ in FIRST_SECOND_PERSON:
            return start
        return after
    return start


def is_link(lead: str) -> bool:
    """Is ``lead`` a connector of the list set off by its comma (« En effet, »)?"""
    return lead.endswith(",") and fold(lead[:-1].strip(" \t")).replace("’", "'") in _links()


@cached
def _links() -> tuple[str, ...]:
    """The connectors folded, longest first, so « de plus » is tried whole."""
    return tuple(sorted(folded("narrator_links"), key=len, reverse=True))
