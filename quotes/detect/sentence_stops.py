"""Where a sentence ends in the text: a stop that is no decimal point, no title's or initial's
point (« M. Dupont », « J.-M. Roux »), and the marks that end on one before the narrator's next
sentence. Offsets in, booleans or offsets out.
"""

from __future__ import annotations

import re

from quotes.detect.context import OPENING, Context, name_like, skip_blank, visible_end

# a sentence end: not the point of "49.3", nor of "M." or "J.-M." before a name
_SENTENCE_END = re.compile(r"[!?…]|(?<!\d)\.|\.(?!\d)")
_TITLE = re.compile(r"(?:^|[\s(.-])(?:M|Mme|Mmes|Mlle|Dr|Pr|Me|MM|St|Ste)$")
_INITIAL = re.compile(r"(?:^|[\s(.-])[A-Z]$")  # "J.-M. Roux"; not "Julie K. « C'est … »"


def sentence_ends_in(text: str, start: int, end: int) -> bool:
    """Does a sentence end between ``start`` and ``end``? A decimal point ("l'article 49.3",
    "1.5 degré") ends none, nor does the point of an initial or a title ("M. Dupont",
    "J.-M. Roux")."""
    def abbreviation(at: int) -> bool:
        before = text[max(0, at - 5) : at]
        if _TITLE.search(before):
            return True
        return bool(_INITIAL.search(before)) and text[at + 1 : at + 3].strip()[:1] not in OPENING

    return any(m.group() != "." or not abbreviation(m.start())
               for m in _SENTENCE_END.finditer(text, start, end))


def stopped_marks(ctx: Context, start: int, sent_end: int) -> list[int]:
    """Where marks after ``start`` close on words that end a sentence and a capital or other
    marks follow (« a dit avoir « … exaucés. » Visiblement non, … », « … permanentes. » « Il
    y a … »): the next sentence, which the model, reading no stop outside the marks, runs on;
    reported words end at the mark. Not the point of a title or an initial (« la lettre de
    « M. » Lenoir », « signée « Marc L. » »), nor the « ? » or « ! » of a title the sentence goes
    on after (« l'émission « Qui veut gagner ? » France 2 l'avait … », context.name_like); a
    cry (« ont scandé « Démission ! » Marc X et Léa Y sont restés … ») still ends."""
    text = ctx.text
    out = []
    for m in ctx.outer:
        if m.close is None or not start < m.open or m.close + 1 >= sent_end:
            continue
        last = visible_end(text, m.close, m.open)
        nxt = skip_blank(text, m.close + 1, sent_end)
        if not (nxt > m.close + 1 and (text[nxt].isupper() or text[nxt] in OPENING)):
            continue
        if last <= m.open + 1 or not sentence_ends_in(text, last - 1, last):
            continue
        if text[last - 1] in "?!" and name_like(ctx, m) is not None:
            continue
        out.append(m.close + 1)
    return out
