"""A name alone on the line above a quote that opens its paragraph, as press round-ups of
reactions lay them out (« Marc Tissier\\n\\n« … » », « * HUGO FERRAND, MAIRE DE VERNAY, SUR
X\\n\\n"…" »): the one named there says the words below, whoever spoke before."""

from __future__ import annotations

import re

from quotes.attribute.cast import Registry
from quotes.attribute.names import first_name_gender
from quotes.attribute.speakers import Resolved, of_person
from quotes.lexicon import words

_OPENING = "«\"“'‘ \t"
_BULLETS = "*-•–— \t"
_LINE_MAX = 120  # a heading's length, never a sentence's paragraph
_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*){0,3}")


def named_above(text: str, start: int, registry: Registry) -> Resolved | None:
    """The person named alone (or with their function after a comma) on the line above the
    quote starting at ``start``, when the quote opens its paragraph and that line is no
    sentence; a name in capitals is written as a name (« HUGO FERRAND »: Hugo Ferrand)."""
    j = start
    while j > 0 and text[j - 1] in _OPENING:
        j -= 1
    if j == 0 or text[j - 1] != "\n":
        return None
    end = len(text[:j].rstrip())
    if text.count("\n", end, j) > 3:
        return None
    line = text[text.rfind("\n", 0, end) + 1 : end].strip(_BULLETS)
    if not line or len(line) > _LINE_MAX or line[-1] in ".!?:;»\"”…":
        return None
    head = line.split(",")[0].strip()
    capitals = head.isupper()
    name = head.title() if capitals else head
    if not _NAME.fullmatch(name):
        return None
    bare = Resolved(None, None, "person", "explicit")
    person = registry.person(name)
    if person is not None and person.name.split()[-1] == name.split()[-1]:
        return of_person(person, bare)
    first = name.split()[0]
    gender = first_name_gender(first)
    if not capitals or " " not in name or gender is None:
        return None  # « Situation d'instabilité », « Des joueurs assommés »: a heading
    return Resolved(name, _function(line), "person", "explicit", "s", gender)


def _function(line: str) -> str | None:
    """The function a line in capitals gives after the name (« HUGO FERRAND, MAIRE DE VERNAY,
    SUR X »: « maire de vernay »), not where the words were given (« SUR X », « DANS UN
    COMMUNIQUÉ », « À L'ASSEMBLÉE »): words of no span of the article, in lower case."""
    parts = line.split(",")
    said = parts[1].strip() if len(parts) > 1 else ""
    if not said or said.split()[0].lower() in words("name_line_places"):
        return None
    return said.lower()
