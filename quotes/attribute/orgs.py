"""The organisations an article names, by their head noun, and the fullest name of each.

"le tribunal judiciaire de Paris" is kept under "tribunal", so a later bare "le tribunal"
reads as it; "l'institut" after "l'Insee" is the body named just before; "le ministère
public" after "le parquet de Nanterre" is that parquet (lexicon/org_aliases.tsv). Words
inside quotation marks are speech and left out.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from quotes.lexicon import cached, fold, folded, is_org_noun, singular, table
from quotes.lexicon.grammar import ELIDED_ARTICLE, NAME_LINKS
from quotes.nlp.doc import entities, text_of


def org_names(doc: Doc, outside: Callable[[int], bool]) -> dict[str, str]:
    """Folded head noun -> the longest phrase the article names an organisation by."""
    orgs: dict[str, str] = {}
    for tok in doc:
        if is_org_noun(tok.text) and tok.pos_ in ("NOUN", "PROPN") and outside(tok.idx):
            name_text = org_phrase(tok)
            key = singular(tok.text)
            if len(name_text) > len(orgs.get(key, "")):
                orgs[key] = name_text
    return orgs


def org_name(orgs: dict[str, str], head: Token, offset: int) -> str | None:
    """Fullest name of an organisation: the longest phrase with the same head noun, or,
    for a bare "l'institut", "l'alliance", the organisation named just before."""
    if head.pos_ == "PROPN" and not head.is_lower:  # "l'institut" tagged PROPN is a noun
        return None
    doc = head.doc
    if fold(head.text) in folded("anaphoric_org_nouns"):
        for ent in reversed(entities(doc)):  # "l'institut" -> the Insee named before
            if (
                (ent.label_ == "ORG" or ent.text.isupper())
                and ent.end_char <= offset
                and ent.start != head.i
            ):
                name = without_article(ent.text)
                # "Conseil" of "le Conseil constitutionnel": the phrase its noun heads
                fuller = orgs.get(singular(ent[-1].text), "")
                return fuller if fuller.startswith(name) else name
    found = orgs.get(singular(head.text))
    return found if found and len(found) > len(head.text) else None


def alias_of(orgs: dict[str, str], phrase: str) -> str | None:
    """The body a text named before under another name: "le ministère public" after "le
    parquet de Nanterre" (lexicon/org_aliases.tsv)."""
    head = _aliases().get(fold(phrase))
    return orgs.get(singular(head)) if head else None


@cached
def _aliases() -> dict[str, str]:
    """lexicon/org_aliases.tsv, folded once: every mention of every article asks it."""
    return {fold(alias): body for alias, body in table("org_aliases")}


def without_article(name: str) -> str:
    """"l'Otan" -> "Otan": the elided article only."""
    for det in ELIDED_ARTICLE:
        if name.startswith(det):
            return name[len(det) :]
    return name


def org_phrase(head: Token) -> str:
    """"tribunal judiciaire de Paris": the organisation noun and what names it on its right."""
    doc = head.doc
    end = head.i + 1
    j = end
    while j < len(doc) and j - head.i <= 6:
        t = doc[j]
        # "Seine-Maritime" comes cut in three by the tokenizer
        linked = doc[j - 1].lower_ in NAME_LINKS or doc[j - 1].text == "-"
        if t.pos_ in ("ADJ", "PROPN") or (t.pos_ == "NOUN" and linked):
            j += 1
            end = j
        elif (
            (t.lower_ in NAME_LINKS or (t.lower_ == "et" and end > head.i + 1))
            and j + 1 < len(doc)
            and (doc[j + 1].pos_ in ("NOUN", "PROPN", "DET") or doc[j + 1].lower_ in NAME_LINKS)
        ):
            j += 1  # "dirigeants de l'OTAN et du G7"
        else:
            break
    return text_of(doc)[head.idx : doc[end - 1].idx + len(doc[end - 1].text)]
