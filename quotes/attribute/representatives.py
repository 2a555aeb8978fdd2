"""Who speaks for a body: « la représentante du parquet » is the one the article or the batch
gives an office heading the parquet (« la vice-procureure de la République de Colmar »),
« le représentant de la préfecture » the « préfet de l'Aude ». The description's noun is a
representative's (lexicon/representative_nouns.txt), its first complement names the body by its
head noun (lexicon/office_holders.tsv: « parquet », « préfecture », « mairie »; « ministère
public » read as the parquet, lexicon/org_aliases.tsv), and the role's first role noun, a
prefix aside (« vice- »), is a noun of those heading that body. A body the holder list lacks
(« le représentant de l'association ») ties no one here.
"""

from __future__ import annotations

from quotes.attribute.role_words import words_of
from quotes.lexicon import bounded, cached, fold, folded, table
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE
from quotes.lexicon.roles import is_role_noun, role_prefix

_DE = frozenset(fold(w) for w in DE_CONTRACTED) | {"d"}
_ARTICLES = frozenset(fold(w) for w in DEFINITE) | {"l"}


@bounded(4096)
def represents(description: str, role: str) -> bool:
    """Does the description name a body's representative (« la représentante du parquet de
    Brenac ») and the role an office heading that body (« vice-procureure de Brenac »)?"""
    body = _body(description)
    if body is None:
        return False
    noun = next((w for w in _words(role) if is_role_noun(w)), None)
    return noun is not None and role_prefix(noun)[1] in _holders().get(body, frozenset())


def _body(description: str) -> str | None:
    """The body the representative's noun names in its first complement, folded (« parquet »),
    when the holder list knows it; None for another noun or another body."""
    ws = [fold(w) for w in _words(description)]
    at = next((i for i, w in enumerate(ws) if w in folded("representative_nouns")), None)
    if at is None or at + 1 >= len(ws) or ws[at + 1] not in _DE:
        return None
    rest = ws[at + 2:]
    while rest and rest[0] in _ARTICLES:
        rest = rest[1:]
    holders = _holders()
    for size in (2, 1):  # « ministère public » before « ministère »
        name = " ".join(rest[:size])
        if len(rest) >= size and (body := _aliases().get(name, name)) in holders:
            return body
    return None


def _words(text: str) -> list[str]:
    """The words of ``text``, split at apostrophes, without the punctuation around them."""
    return [w for w in (w.strip(",.;:()«»") for w in words_of(text)) if w]


@cached
def _holders() -> dict[str, frozenset[str]]:
    """lexicon/office_holders.tsv, folded: a body's head noun -> the nouns of those heading it."""
    return {fold(body): frozenset(fold(n) for n in nouns.split())
            for body, nouns in table("office_holders")}


@cached
def _aliases() -> dict[str, str]:
    """lexicon/org_aliases.tsv, folded: another name of a body -> the name the holder list
    uses (« ministère public » -> « parquet »)."""
    return {fold(row[0]): fold(row[1]) for row in table("org_aliases") if len(row) > 1}
