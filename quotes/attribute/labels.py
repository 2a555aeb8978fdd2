"""Who a name set alone on its line introduces: a list of reactions gives each person's name
on a line of its own, their words in marks on the paragraph below it (« Paul Roux\n\n« … »\n\n
Anne Morel\n\n« … », a écrit la chanteuse »). The words that open the paragraph right under
such a line are that person's, with no cue or with a cue whose subject only describes or
stands for them (« la chanteuse », « elle ») and agrees with them."""

from __future__ import annotations

from quotes.attribute.cast import Person, Registry
from quotes.nlp.doc import text_of

_OPENING = "«“\"‹„"
_SPACES = " \u00a0\u202f\t"


def label_above(registry: Registry, start: int) -> tuple[int, int, Person] | None:
    """The line right above the paragraph that the words at ``start`` open (their opening
    mark may come before), when that line holds one name of the cast and nothing else:
    where the name starts and ends, and its person; else None."""
    text = text_of(registry.doc)
    j = start
    while j > 0 and text[j - 1] in _OPENING + _SPACES:
        j -= 1
    if j == 0 or text[j - 1] != "\n":
        return None  # words before the quote in its paragraph: no list's entry
    end = j
    while end > 0 and text[end - 1] in "\n" + _SPACES:
        end -= 1
    lo = text.rfind("\n", 0, end) + 1
    while lo < end and text[lo] in _SPACES:
        lo += 1
    person = next((p for pos, p in registry.mentions if pos == lo), None)
    if person is None or registry.ends.get(lo) != end:
        return None  # the line says more than a name: a heading or a sentence of its own
    return lo, end, person
