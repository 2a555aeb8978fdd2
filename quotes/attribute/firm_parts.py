"""The company a definite company noun or a part of a firm said alone stands for.

« la société », « le groupe »: the company the article named last before it
(``companies.company_before``); « le fabricant de pneumatiques »: the company the article is
about (``companies.company_about``), no one when there is none or no one company is (a firm
all the same, never a person named before).
« la direction », « le management », « la direction du groupe » (lexicon/firm_parts.txt): that
part of the company the article named last before it, « direction de Voltaris », an
organisation; never a named body whose own name starts with the noun (« Direction régionale
des entreprises »). Left to the other rules when the article named the part with its owner
before (« la direction de Voltaris », then « la direction »), when a body that is no company
was named after that company (« l'hôpital Saint-Roch », its direction), and when the article
named no company before the mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute import companies
from quotes.attribute.cast import Registry
from quotes.attribute.descriptions import of
from quotes.attribute.mentions import without_determiner
from quotes.lexicon import cached, fold, folded, is_org_noun, singular
from quotes.lexicon.grammar import DEFINITE
from quotes.model import Resolution

_OWNER_LINKS = ("du", "de la", "de l'", "de cette", "de cet")  # folded, « ’ » read as « ' »


def company_speaker(
    span: Span, head: Token, registry: Registry, start: int, words: int
) -> tuple[str | None, Resolution] | None:
    """The speaker's name and how it was found, for « la société » (its words when two and no
    company was named), « le fabricant de pneumatiques » (no name when the article is about
    no one company) or « la direction »; None when none applies."""
    if companies.traded(span, head):  # « le fabricant de pneumatiques »: the article's company
        company = companies.company_about(registry.companies, start)
        return (company, "explicit") if company else (None, "unresolved")
    if companies.referring(span, head):  # « détaille la société »: the company named before
        company = companies.company_before(registry.companies, start)
        if company or words == 2:  # « le groupe socialiste », no company named: its words
            return company, "explicit" if company else "unresolved"
        return None
    part = firm_part(span)
    if part is None or _owned_before(registry, head, start):
        return None
    owner = _owner(span, registry, start)
    return (f"{part} {of(owner)}", "explicit") if owner else None


def firm_part(span: Span) -> str | None:
    """« direction » of « la direction » or « la direction du groupe »: the part of a firm the
    definite mention names, as written; None for any other mention."""
    if span[0].lower_ not in DEFINITE or span[0].lower_ == "les":
        return None
    said = without_determiner(span.text.strip(" ,"))
    low = fold(said).replace("’", "'")
    for part in _firm_parts():
        rest = low[len(part):].strip() if low.startswith(part) else None
        if rest == "" or (rest is not None and _of_the_firm(rest)):
            return said[: len(part)]
    return None


@cached
def _firm_parts() -> tuple[str, ...]:
    """lexicon/firm_parts.txt folded, the longest first: « direction générale » before
    « direction »."""
    return tuple(sorted(folded("firm_parts"), key=len, reverse=True))


def _of_the_firm(rest: str) -> bool:
    """« du groupe », « de l'entreprise »: the firm named by its company noun."""
    for link in _OWNER_LINKS:
        if rest.startswith(link):
            noun = rest[len(link):].strip().split()
            return len(noun) == 1 and companies.company_noun(noun[0])
    return False


def _owned_before(registry: Registry, head: Token, start: int) -> bool:
    """Did the article name this part with its owner before (« la direction de Voltaris »),
    in lower case, not a body's own name (« Direction régionale … »)?"""
    named = registry.orgs.get(singular(head.text), [])
    return any(at < start and name[:1].islower() and len(name) > len(head.text) + 3
               for at, name in named)


def _owner(span: Span, registry: Registry, start: int) -> str | None:
    """The company named last before ``start`` as a subject or an apposition, unless a body
    that is no company (« l'hôpital », « le ministère ») was named after it."""
    doc = span.doc
    found = [c for c in registry.companies if c.start < start and c.free and _own(doc, c)]
    if not found:
        return None
    last = found[-1]
    for key, named in registry.orgs.items():
        if key in folded("org_parts") or companies.company_noun(key):
            continue
        if any(last.start < at < start and is_org_noun(key) for at, _ in named):
            return None  # « la direction » of the hospital named since
    return companies.full_name(registry.companies, last.name)


def _own(doc: Doc, company: companies.Company) -> bool:
    """Is the run a name of its own, not a noun's complement (« délégué Solidaires »), save a
    company noun's (« le groupe Voltaris »)?"""
    first = next((t for t in doc if t.idx == company.start), None)
    if first is None or first.i == 0:
        return first is not None
    before = doc[first.i - 1]
    return before.pos_ != "NOUN" or companies.company_noun(before.text)
