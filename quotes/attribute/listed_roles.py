"""One role for each of several people the article names together.

A plural role set off after a list of names (« Paul Morel et Jean Dutel, les avocats de Marc
Fabre », « Anne Roy et Luc Varin, deux enquêteurs de la brigade ») is each one's in the
singular, its complement kept (`avocat de Marc Fabre`, on each one's later quotes), and so is the
role of the pair speaking as one when « les » opens it. Kin nouns are no role noun on each one's
own quotes (« les parents de Z »; the pair speaking as one keeps `parents de Z` as before), and
a plural role with no list of names before it (« les avocats de la défense ») names no one.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from quotes.lexicon import fold, folded, plural_shaped, written_singular
from quotes.lexicon.grammar import (
    DE_CONTRACTED,
    NOT_ROLE_ADJECTIVES,
    NUMBER_WORDS,
    ONE,
    TOUT,
)
from quotes.lexicon.roles import is_role_noun, role_lemmas

# the joins of a list of names: « A, B et C »
_JOINS = frozenset({",", "et"})


def one_holder(role: str) -> str:
    """A plural role as one holder's: the count before it goes (« deux enquêteurs », « les deux
    porte-parole »: `porte-parole`), the role noun and the words that agree with it are read in
    the singular, before its complement (« avocats généraux de Vernac » -> « avocat général de
    Vernac », « généraux de l'armée » -> « général de l'armée ») and after it, the role's own
    participle of charge (« adjoints au maire chargés de la culture » -> « adjoint au maire
    chargé de la culture »); the rest of the complement as written (« candidates aux
    municipales » -> « candidate aux municipales »). A complement that names two bodies or more
    (« maires de Vernac et de Saint-Aubin », « présidents des deux clubs ») is no one's: the
    bare noun (`maire`, GUIDELINES « A bare plural noun of a role »). A role with no role noun
    is returned as it is."""
    words = role.split(" ")
    while len(words) > 1 and fold(words[0]) in NUMBER_WORDS | TOUT:
        words = words[1:]  # « deux enquêteurs », « toutes deux candidates »: how many
    head = next((k for k, w in enumerate(words) if _heads(w)), None)
    if head is None:
        return role
    if not (_plural(words[head]) or len(words) < len(role.split(" "))):
        return role  # no plural noun nor count: one holder's already
    out: list[str] = []
    for k, word in enumerate(words):
        if k > head and _opens(word):  # its complement: « de », « aux », « en », … or a name
            if _distributive(words[k:]):
                return " ".join(out)
            return " ".join(out + [written_singular(w) if _charge(w) and _plural(w) else w
                                   for w in words[k:]])
        out.append(written_singular(word) if _plural(word) else word)
    return " ".join(out)


def _heads(word: str) -> bool:
    """Can the word head a role: a role noun (« généraux » too) or a participle of charge
    (« chargées de communication »)?"""
    return is_role_noun(word) or _charge(word)


def _charge(word: str) -> bool:
    return fold(word) in folded("charge_openers")


def _opens(word: str) -> bool:
    """Does the word open a role noun's complement: « de », « aux », « en », … or a name?"""
    w = fold(word).split("'")[0].split("’")[0]
    return w in DE_CONTRACTED | NOT_ROLE_ADJECTIVES | {"d"} or word[:1].isupper()


def _distributive(complement: list[str]) -> bool:
    """Does the complement, up to a participle of charge, name two bodies or more: two joined
    by « et » (« de Vernac et de Saint-Aubin », « de la région et du département ») or a count
    (« des deux clubs »)?"""
    cut = next((k for k, w in enumerate(complement) if _charge(w)), len(complement))
    words = complement[:cut]
    return any(fold(w) in NUMBER_WORDS - ONE for w in words) or any(
        w == "et" and _opens(nxt) and not nxt[:1].isupper() for w, nxt in pairwise(words))


def _plural(word: str) -> bool:
    """Is the word a plural as written (``plural_shaped``) that is not a listed singular
    (« commis »)?"""
    w = fold(word)
    return plural_shaped(w) and w not in role_lemmas() and written_singular(word) != word


def listed_with(ent: Span) -> Span | None:
    """The list of people's names that ``ent`` is one of (« |Paul Morel et Jean Dutel|, les
    avocats »: names the recogniser tags, joined by commas and a last « et »), when an
    apposition follows the list (a comma after its last name); None otherwise."""
    doc = ent.doc
    names = [e for e in doc.ents if e.label_ == "PER"]
    at = next((k for k, e in enumerate(names) if e.start == ent.start), None)
    if at is None:
        return None
    lo = hi = at
    while lo > 0 and _joined(names[lo - 1], names[lo]):
        lo -= 1
    while hi + 1 < len(names) and _joined(names[hi], names[hi + 1]):
        hi += 1
    first, last = names[lo], names[hi]
    if lo == hi or doc[last.start - 1].lower_ != "et" or last.end >= len(doc) or (
            doc[last.end].text != ","):
        return None
    return doc[first.start : last.end]


def _joined(a: Span, b: Span) -> bool:
    """Are names ``a`` and ``b`` next in one list: only a comma or « et » between them (« , et »
    too)?"""
    gap = a.doc[a.end : b.start]
    return 1 <= len(gap) <= 2 and all(t.lower_ in _JOINS for t in gap)
