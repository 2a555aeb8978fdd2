"""Other names of one person beside the one the recogniser found: an alias ("Marc Dubreuil,
alias Mowgli"), a name taken on ("Matteo Ravelli, devenu Pie XIII"), a name said to be chosen,
and a birth name apposed to a stage or chosen one ("Léon XIV, l'Américain Robert Prévost, a …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from quotes.attribute.names import Name, parse
from quotes.lexicon import cached, words
from quotes.nlp.doc import text_of

# "Matteo Ravelli, devenu Pie XIII": a name given later, the one the person bears now
_RENAMED = re.compile(r",?\s+(?:devenue?|élue? sous le nom de)\s+")
# "X, puisque tel est le nom que Y s'est choisi": the name a person took on
_CHOSEN = re.compile(
    r",\s+(?:puisque\s+|car\s+)?(?:tel est|c['’]est)\s+le nom\s+(?:qu['’]|que\s)[^.,;!?]{0,60}?"
    r"(?:s['’]est\s+choisi|a\s+choisi|a\s+pris)\b"
)


def renamed(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Is name ``b`` the one the person named ``a`` took on ("Matteo Ravelli, devenu Pie XIII
    lors du conclave", "X, devenue Y par son mariage")?"""
    return _RENAMED.fullmatch(text_of(doc), a[1], b[0]) is not None


_CAPITALISED = r"[A-ZÉÈÀÂÎ][\w-]*(?:\s+[A-ZÉÈÀÂÎ][\w-]*)*"
_NOT_NAME = ("ADP", "DET", "ADV", "CCONJ", "SCONJ", "PRON", "VERB", "AUX")


@cached
def _alias_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    links = "|".join(sorted((re.escape(w).replace("\\ ", r"\s+").replace("'", "['’]")
                             for w in words("alias_links")), key=len, reverse=True))
    return (re.compile(rf",\s*(?:{links})\s+({_CAPITALISED})"),  # after a name
            re.compile(rf"({_CAPITALISED}),\s*(?:{links})\s+$"))  # before it


def alias_names(
    doc: Doc, names: list[Span], outside: Callable[[int], bool]
) -> list[tuple[Span, Name]]:
    """The other names of the people ``names`` name that the recogniser missed, each beside
    a name it found: "Marc Dubreuil, alias Mowgli", "Kenzo, de son vrai nom Kevin Marlot"."""
    text, (after, before) = text_of(doc), _alias_patterns()
    found: dict[int, tuple[Span, Name]] = {}
    starts = {n.start_char for n in names}
    for n in names:
        lead = text[max(0, n.start_char - 80) : n.start_char]
        for m, lo in ((after.match(text, n.end_char), 0),
                      (before.search(lead), n.start_char - len(lead))):
            if m is None or not outside(lo + m.start(1)):
                continue
            span = doc.char_span(lo + m.start(1), lo + m.end(1), label="PER")
            while span is not None and len(span) > 1 and span[0].pos_ in _NOT_NAME:
                span = span[1:]  # "Selon Kenzo, de son vrai nom …"
            name = parse(span.text) if span is not None else None
            if span is not None and name is not None and span.start_char not in starts:
                found[span.start_char] = (span, name)
    return list(found.values())


def aliased(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Is name ``b`` another name of the person named ``a`` just before ("Marc Dubreuil, alias
    Mowgli", "Kenzo, de son vrai nom Kevin Marlot"; lexicon/alias_links.txt)?"""
    between = " ".join(text_of(doc)[a[1] : b[0]].replace("’", "'").lower().split())
    return between.startswith(",") and between[1:].strip() in words("alias_links")


def chosen(doc: Doc, b: tuple[int, int]) -> bool:
    """Is the name ``b`` said to be the one someone chose ("X, puisque tel est le nom que Y
    s'est choisi", "X, c'est le nom qu'il a pris")?"""
    return _CHOSEN.match(text_of(doc), b[1]) is not None


# ", l'Américain ", ", la Tourangelle ": a determiner and one capitalised word between two names
_APPOSED = re.compile(r",\s+(?:l['’]|le |la )[A-ZÉÈÀÂÎ][\w-]+\s+")


def apposed(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two names one after the other name one person, the second apposed to the first:
    "Le pape Léon XIV, l'Américain Robert Prévost, a …" (a stage or chosen name and the
    birth name)? A list ("Paul Morel, Anne Roy, …") has no determiner between the names, and
    one with them ("Emmanuel Macron, l'Allemand Olaf Scholz, et …", "réunissait Joe Biden, le
    Canadien Justin Trudeau, le …") is no subject of one singular verb: two names are one
    person only when a finite verb in the singular follows the second one's comma, clitics
    and « ne » aside."""
    text = text_of(doc)
    if _APPOSED.fullmatch(text, a[1], b[0]) is None or text[b[1] : b[1] + 1] != ",":
        return False
    comma = doc.char_span(b[1], b[1] + 1)
    if comma is None:
        return False
    for tok in doc[comma.end : comma.end + 4]:
        if tok.pos_ in ("PRON", "ADV") and tok.is_lower:
            continue  # « s'est », « n'a », « lui a »
        return tok.pos_ in ("AUX", "VERB") and tok.morph.get("VerbForm", []) == ["Fin"] and (
            tok.morph.get("Number", []) == ["Sing"])
    return False
