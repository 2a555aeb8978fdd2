"""Full names the recogniser tagged once and missed elsewhere: « Marine Le Pen, condamnée …,
était l'invitée de TF1 » opening the text, the first name read as a noun, is the same person
as the « Marine Le Pen » it tags further on. The same words outside quotation marks, on word
boundaries, where it saw no name, are a mention of that person."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from quotes.attribute.names import Name, parse
from quotes.nlp.doc import text_of


def unseen_full_names(
    doc: Doc, names: list[tuple[Span, Name]], outside: Callable[[int], bool]
) -> list[tuple[Span, Name]]:
    """Every other place the text writes a full name of ``names`` (a first name and a
    surname, no initial), outside the marks, on tokens no name of ``names`` holds."""
    text = text_of(doc)
    taken = {t.i for e, _ in names for t in e}
    full = {e.text for e, n in names if n.first and not n.initialled and " " in e.text}
    found: list[tuple[Span, Name]] = []
    for written in sorted(full):
        for m in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or not outside(m.start()) or taken & {t.i for t in span}:
                continue
            name = parse(span.text)
            if name is not None:
                found.append((span, name))
                taken |= {t.i for t in span}
    return found
