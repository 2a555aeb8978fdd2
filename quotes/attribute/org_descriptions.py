"""An organisation said by its kind (« la chaîne qatarie », « le collectif écologiste ») stands
for the one organisation the article names with that kind noun before its name: « la chaîne
arabe Al-Barqa », « un collectif appelé « Terre Vive » ». The adjectives of the description are
not matched: the article says what the organisation is by the noun it names it with, not by
where the description puts it. Two organisations of that kind named, or none: the description
stays as written. A company noun (« le constructeur ») is left to attribute.companies, a body's
kind (« le lycée ») to attribute.bodies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.attribute.bodies import kind_at
from quotes.lexicon import capitalised, fold, folded, is_org_noun, quote_marks, singular, words
from quotes.lexicon.grammar import DEFINITE_SINGULAR
from quotes.lexicon.outlets import is_press_noun


def described_org(span: Span) -> str | None:
    """The organisation a definite description of its kind stands for (``span``: a singular
    definite article, a kind noun of lexicon/press_nouns.txt or org_nouns.txt, not of
    company_nouns.txt, lower-case adjectives at most): the only name the article gives after
    that noun (``_named``), as written; else None."""
    if len(span) < 2 or fold(span[0].text) not in DEFINITE_SINGULAR or not span[1].is_lower:
        return None
    noun = span[1]
    if "Plur" in noun.morph.get("Number", []) or not _kind_noun(noun.text) or any(
            not (t.is_lower and t.pos_ == "ADJ") for t in span[2:]):
        return None
    doc = span.doc
    if kind_at(doc, noun.i) is not None:
        return None  # « le lycée »: the body of that kind, its noun with it (attribute.bodies)
    if span.end < len(doc) and capitalised(doc[span.end].text):
        return None  # « la chaîne Al-Barqa »: its own name follows
    names = {fold(n): n for n in _named(doc, singular(noun.text))}
    return next(iter(names.values())) if len(names) == 1 else None


def _kind_noun(word: str) -> bool:
    # a company noun (« le constructeur ») is the company named last (attribute.companies)
    return (is_press_noun(word) or is_org_noun(word)) and fold(word) not in folded(
        "company_nouns")


def _named(doc: Doc, kind: str) -> list[str]:
    """Each name the article gives right after the noun ``kind`` (folded, singular), its
    lower-case adjectives and a naming participle aside (« la chaîne arabe Al-Barqa », « un
    collectif appelé « Terre Vive » »): the capitalised words there, a hyphen joining them."""
    found = []
    for tok in doc:
        if not tok.is_lower or singular(tok.text) != kind:
            continue
        j = tok.i + 1
        while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j += 1
        if j < len(doc) and doc[j].lower_ in words("naming_cues"):
            j += 1
        if j < len(doc) and doc[j].text in quote_marks():
            if (closed := _closing(doc, j)) is not None and capitalised(doc[j + 1].text):
                found.append(doc[j + 1 : closed].text)  # « Terre vive »: all its words
            continue
        k = j
        while k < len(doc) and (capitalised(doc[k].text) or (
                doc[k].text == "-" and k + 1 < len(doc) and capitalised(doc[k + 1].text))):
            k += 1
        if k > j:  # the parser may open a sentence at the name: « la chaîne arabe | Al-Barqa »
            found.append(doc[j:k].text)
    return found


def _closing(doc: Doc, j: int, most: int = 5) -> int | None:
    """The closing mark of the opening one at token ``j``, ``most`` words or less after it,
    with no punctuation between: a name in marks, not a quotation."""
    closing = quote_marks()[doc[j].text][1]
    for k in range(j + 1, min(len(doc), j + most + 2)):
        if doc[k].text == closing:
            return k if k > j + 1 else None
        if doc[k].is_punct:
            return None
    return None
