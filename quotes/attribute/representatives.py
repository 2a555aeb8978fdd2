"""Who speaks for a body: « la représentante du parquet » is the one the article or the batch
gives an office heading the parquet (« la vice-procureure de Brenac »). The description's noun
is a representative's (lexicon/representative_nouns.txt), its first complement names the body
by its head noun, with no qualifier after it (« parquet général » is another body), « ministère
public » read as the parquet (lexicon/org_aliases.tsv); the body is one whose officers speak
for it (lexicon/represented_bodies.txt), and the role's first role noun, a prefix aside
(« vice- »), is a noun of those heading it (lexicon/office_holders.tsv). A place after the body
(« du parquet de Vernac ») must be the role's (never the « procureur de Brenac »). Another body
(« le représentant de l'association », « … de la présidence ») ties no one here.
"""

from __future__ import annotations

from quotes.attribute.role_words import words_of
from quotes.lexicon import bounded, cached, fold, folded, folded_table, table
from quotes.lexicon.grammar import DE_BARE, DEFINITE_BARE
from quotes.lexicon.roles import is_role_noun, role_prefix

_NO_PLACE = frozenset({"republique"})  # « procureur de la République » is of every town


@bounded(4096)
def represents(description: str, role: str) -> bool:
    """Does the description name a body's representative (« la représentante du parquet de
    Brenac ») and the role an office heading that body of the same place (« vice-procureure de
    Brenac »; not « procureur de Vernac »)?"""
    found = _body(description)
    if found is None:
        return False
    body, place = found
    words = _words(role)
    noun = next((w for w in words if is_role_noun(w)), None)
    if noun is None or role_prefix(noun)[1] not in _holders().get(body, frozenset()):
        return False
    # a place on both sides must be the same one (« de la République » names none)
    there = {fold(w) for w in words if w[:1].isupper()} - _NO_PLACE
    return not (place and there) or place <= there


def _body(description: str) -> tuple[str, frozenset[str]] | None:
    """The body the representative's noun names in its first complement, folded (« parquet »),
    when the holder list knows it, with the capitalised words of the place after it (« de
    Vernac »); None for another noun, another body, or the body with a qualifier that makes it
    another (« parquet général »)."""
    written = _words(description)
    ws = [fold(w) for w in written]
    at = next((i for i, w in enumerate(ws) if w in folded("representative_nouns")), None)
    if at is None or at + 1 >= len(ws) or ws[at + 1] not in DE_BARE:
        return None
    at += 2
    while at < len(ws) and ws[at] in DEFINITE_BARE:
        at += 1
    rest = ws[at:]
    holders = _holders()
    for size in (2, 1):  # « ministère public » is the parquet by its other name
        name = " ".join(rest[:size])
        body = fold(folded_table("org_aliases").get(name, name))  # « ministère public »
        # the body alone or followed by its place (« du parquet de Vernac »), no qualifier
        if len(rest) >= size and body in holders and (len(rest) == size or rest[size] in DE_BARE):
            place = frozenset(fold(w) for w in written[at + size:] if w[:1].isupper())
            return body, place - _NO_PLACE
    return None


def _words(text: str) -> list[str]:
    """The words of ``text``, split at apostrophes, without the punctuation around them."""
    return [w for w in (w.strip(",.;:()«»") for w in words_of(text)) if w]


@cached
def _holders() -> dict[str, frozenset[str]]:
    """lexicon/office_holders.tsv, folded: a body's head noun -> the nouns of those heading it,
    for the bodies whose officers speak for it (lexicon/represented_bodies.txt: « parquet »);
    the head of a ministry or the presidency is not its representative."""
    return {fold(body): frozenset(fold(n) for n in nouns.split())
            for body, nouns in table("office_holders")
            if fold(body) in folded("represented_bodies")}
