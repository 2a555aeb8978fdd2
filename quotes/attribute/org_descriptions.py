"""An organisation said by its kind (« la chaîne qatarie », « le collectif écologiste ») stands
for the one organisation the article named before with that kind noun and its own name: « la
chaîne arabe Al-Barqa », « un collectif appelé « Terre Vive » » (``orgs.own_name``). A press
noun's adjectives are not matched: the article says what the outlet is by the noun it names
it with, not by where the description puts it. A nationality on another noun names the body
itself (« l'armée russe » is not « l'armée Rouge »); a noun of eponymous_org_nouns.txt is
named after a person (« la commission Sauvé »), no body's own name. Two organisations of that
kind named, or none: the description stays as written. A body's kind (« le lycée ») is left
to attribute.bodies.
"""

from __future__ import annotations

from spacy.tokens import Span

from quotes.attribute.bodies import kind_at
from quotes.attribute.orgs import own_name
from quotes.lexicon import fold, folded, is_org_noun, singular
from quotes.lexicon.grammar import DEFINITE_SINGULAR
from quotes.lexicon.outlets import is_press_noun


def described_org(span: Span) -> str | None:
    """The organisation a definite description of its kind stands for (``span``: a singular
    definite article, a kind noun of lexicon/press_nouns.txt or org_nouns.txt, lower-case
    adjectives at most, no nationality among them for a noun that is not the press's, not of
    eponymous_org_nouns.txt): the only own name the article gives that noun before ``span`` or
    right after it (« le journal « Le Courrier » »: ``orgs.own_name``), as written; else None."""
    if len(span) < 2 or fold(span[0].text) not in DEFINITE_SINGULAR or not span[1].is_lower:
        return None
    noun = span[1]
    if "Plur" in noun.morph.get("Number", []) or any(
            not (t.is_lower and t.pos_ == "ADJ") for t in span[2:]):
        return None
    press = is_press_noun(noun.text)
    if not (press or is_org_noun(noun.text)):
        return None
    if not press and any(fold(t.text) in folded("nationalities") for t in span[2:]):
        return None  # « l'administration américaine »: the body its adjective says
    doc = span.doc
    if kind_at(doc, noun.i) is not None:
        return None  # « le lycée »: the body of that kind, its noun with it (attribute.bodies)
    if fold(noun.text) in folded("eponymous_org_nouns"):
        return None  # « la commission Sauvé »: the name after it is a person's, no body's
    kind = singular(noun.text)
    names = {fold(n): n for tok in doc[: span.end] if tok.is_lower and singular(tok.text) == kind
             and (n := own_name(tok)) is not None}
    return next(iter(names.values())) if len(names) == 1 else None
