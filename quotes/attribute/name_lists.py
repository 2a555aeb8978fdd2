"""Names listed as one: « Movo, Kiro et Zeta Mobility » said to speak together.

Two or more runs of capitalised words joined by commas and a last « et » (no comma before it:
« A, et B a ajouté » is two clauses) are one list. A list of companies (a sign of one: a body
the recogniser tags, a description of companies; and no part opens on a first name, follows a
title, or is a person of the cast's with one) is one organisation named as written
(GUIDELINES.md: a group's name is its members' names joined as written), a group of the article
(``groups``). A list of people is left to the cast (``mentions.coordinated``), and so are
surnames alone (« Macron et Scholz ») and a person and a company (« Anne Roy et Movo »).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.attribute.companies import company_noun
from quotes.attribute.names import first_name_gender
from quotes.lexicon import titles
from quotes.nlp.doc import text_of


@dataclass(frozen=True)
class Listed:
    """Names the article lists as one: the list as written and each name's offsets."""

    name: str  # "Movo, Kiro et Zeta Mobility"
    parts: tuple[tuple[int, int], ...]
    start: int
    end: int


def _capital(t: Token) -> bool:
    """A word of a name: capitalised, a noun or a name to the tagger, no title (« M. »)."""
    return (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "X", "ADJ")
            and any(c.isalpha() for c in t.text) and t.text not in titles())


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalised words in a row."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if _capital(doc[i]):
            j = i
            while j < len(doc) and _capital(doc[j]):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def name_lists(doc: Doc) -> tuple[Listed, ...]:
    """Every list of names of the article, in text order."""
    text, out = text_of(doc), []
    runs = _runs(doc)
    k = 0
    while k < len(runs):
        chain = [runs[k]]
        gaps: list[str] = []
        while k + 1 < len(runs):
            gap = [t.lower_ for t in doc[chain[-1][1] : runs[k + 1][0]]]
            if gap not in ([","], ["et"]):
                break
            gaps.append(gap[0])
            chain.append(runs[k + 1])
            k += 1
        k += 1
        while gaps and gaps[-1] != "et":  # « A, B et C, D a dit »: the list ends at C
            gaps.pop()
            chain.pop()
        if len(chain) >= 2:
            parts = tuple((doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in chain)
            out.append(Listed(text[parts[0][0] : parts[-1][1]], parts, parts[0][0], parts[-1][1]))
    return tuple(out)


def companies_of(
    doc: Doc, listed: Listed, people: Mapping[int, object], noun: str
) -> bool:
    """Is the list one of companies? It must show one: a name in it the recogniser tags a
    body or a brand (ORG, MISC), or a description around it (``noun``: its head, "" for none)
    that names companies (« les trois loueurs », lexicon/company_nouns.txt); surnames alone
    (« Macron et Scholz ») are people's. And no name in it is a person's: after a title
    (« Mmes Roux et Petit »), on a first name, or a person the cast gives a first name
    (``people``: the cast's person at each offset of a name)."""
    text = text_of(doc)
    spans = [doc.char_span(lo, hi) for lo, hi in listed.parts]
    tagged = any(t.ent_type_ in ("ORG", "MISC") for s in spans if s is not None for t in s)
    if not (tagged or (noun and company_noun(noun))):
        return False
    for (lo, hi), first in zip(listed.parts, spans, strict=True):
        full = getattr(people.get(lo), "name", None) or text[lo:hi]
        if first_name_gender(full.split()[0]) is not None or (
                first is not None and first.start > 0 and doc[first.start - 1].text in titles()):
            return False
    return True
