"""Role nouns as the rules read them: the listed nouns and trades, their other gender by
their ending, after a prefix (« ex- », « vice- »), the kinds of function, and the nouns the
article being read makes roles of (``article_roles``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from quotes.lexicon import bounded, cached, fold, folded, singular, table, written_singular
from quotes.lexicon.grammar import FEMININE_ARTICLES, MASCULINE_ARTICLES

# folded nouns the article being read makes roles of (``article_roles``)
_ARTICLE_ROLES: ContextVar[frozenset[str]] = ContextVar("article_roles", default=frozenset())


@cached
def role_lemmas() -> frozenset[str]:
    """Folded nouns that head a role: functions and titles (``role_nouns``), trades
    (``occupations``: « l'éleveur », « la boulangère ») and titles of standing
    (``standing_nouns``: « la princesse », « le buteur »)."""
    return written_role_lemmas() | folded("standing_nouns")


@cached
def written_role_lemmas() -> frozenset[str]:
    """``role_lemmas`` a capitalised word is read by: without the titles of standing, which
    capitalised are a given name (« Prince Kouadio », « Marquis Johnson »), a surname
    (« a déclaré Baron, le maire de Dole ») or a place's name (« le Prince de Galles », a pub)."""
    return folded("role_nouns") | folded("occupations")


@cached
def gender_endings() -> tuple[tuple[str, str], ...]:
    """lexicon/gender_endings.tsv: (feminine, masculine) endings of a role noun, folded."""
    return tuple((fem, masc) for fem, masc in table("gender_endings"))


def counterparts(w: str) -> Iterator[str]:
    """The folded noun as the other gender would write it: "enqueteur" -> "enquetrice", …"""
    return (other for other, _ in gendered_counterparts(w))


def gendered_counterparts(w: str) -> Iterator[tuple[str, str]]:
    """``counterparts`` of a folded noun by lexicon/gender_endings.tsv, each with the gender
    the noun's own ending shows ("f" or "m"): "enqueteur" -> ("enquetrice", "m"), …"""
    for fem, masc in gender_endings():
        if w.endswith(fem):
            yield w[: -len(fem)] + masc, "f"
        if w.endswith(masc):
            yield w[: -len(masc)] + fem, "m"


def noun_gender(word: str) -> str | None:
    """The gender a role noun's form shows when the lexicon has its pair: "présidente" is
    "f", "président" is "m", and so by the endings of lexicon/gender_endings.tsv: "chanteuse"
    "f", "chanteur" "m"; an epicene noun ("ministre", "diplomate") or any other word says
    nothing."""
    w, roles = fold(word), role_lemmas()
    if w not in roles:
        return None
    if w.endswith("e") and w[:-1] in roles:
        return "f"
    if w + "e" in roles:
        return "m"
    return next((gender for other, gender in gendered_counterparts(w) if other in roles), None)


def distinct_gender(word: str) -> str | None:
    """The gender a role noun's form shows that no one of the other gender is written with: any
    feminine form (« présentatrice », « avocate »), a masculine one whose feminine is another
    word (« animateur »: « animatrice »), not the masculine French also writes for a woman
    (« professeur », « procureur », « avocat », « adjoint », « préfet »: its feminine, a role
    noun of the lexicon, adds an « e »). Past a prefix of lexicon/role_prefixes.txt
    (« ex-animateur »)."""
    w = role_prefix(word)[1]
    said = noun_gender(w)
    if said == "m" and w + "e" in role_lemmas():  # « professeure », « adjointe », « préfète »
        return None
    return said


def article_gender(article: str) -> str | None:
    """ "la", "une", "cette": "f"; "le", "un", "ce": "m"; "l'" or "les": nothing."""
    if article in FEMININE_ARTICLES:
        return "f"
    return "m" if article in MASCULINE_ARTICLES else None


@cached
def role_form(w: str, *, written: bool = False) -> bool:
    """Is the folded noun, in the singular, a role noun of the lexicon or the other gender of
    one by its ending (« mairesse » of the listed « maire »)? ``written``: of a capitalised
    word, no title of standing (``written_role_lemmas``)."""
    roles = written_role_lemmas() if written else role_lemmas()
    return w in roles or any(c in roles for c in counterparts(w))


def is_role_noun(word: str) -> bool:
    """A role noun of the lexicon, in the plural too, or the other gender of one by its
    ending ("l'enquêteur" for the listed "enquêtrice"); one of those after a prefix of
    lexicon/role_prefixes.txt ("l'ex-patron", "le vice-capitaine"); or, inside an
    ``article_roles`` block, a noun the article being read teaches, in the plural too."""
    if _listed_role(word):
        return True
    learned = learned_roles()
    if not learned:
        return False
    w = fold(word)
    return w in learned or singular(w) in learned


@bounded(1 << 16)
def _listed_role(word: str) -> bool:
    """``is_role_noun`` by the lexicon alone: asked of every word of an article, many times."""
    prefix, rest = role_prefix(word)
    forms = (fold(word), rest) if prefix else (rest,)
    cap = word[:1].isupper()  # « Prince Kouadio »: a title of standing only written lowercase
    return any(role_form(f, written=cap) or role_form(singular(f), written=cap)
               or role_form(written_singular(f), written=cap) for f in forms)  # « généraux »


def learned_roles() -> frozenset[str]:
    """The nouns the enclosing ``article_roles`` block makes roles of (none outside one)."""
    return _ARTICLE_ROLES.get()


@contextmanager
def article_roles(nouns: Iterable[str]) -> Iterator[None]:
    """Within the block, the folded ``nouns`` are role nouns too: those the article being
    read gives a person as a role (``attribute.apposed``)."""
    token = _ARTICLE_ROLES.set(frozenset(nouns))
    try:
        yield
    finally:
        _ARTICLE_ROLES.reset(token)


@cached
def role_kinds() -> dict[str, frozenset[str]]:
    """lexicon/role_kinds.tsv: a role noun naming a kind of function, folded -> the role
    nouns it covers, folded ("elu" -> "maire", "depute", …)."""
    return {fold(noun): frozenset(fold(w) for w in covered.split())
            for noun, covered in table("role_kinds")}


def role_prefix(word: str) -> tuple[str, str]:
    """The folded word split past a prefix of lexicon/role_prefixes.txt and its hyphen
    (« vice-procureure »: « vice », « procureure »); ("", the folded word) without one."""
    w = fold(word)
    prefix, _, rest = w.partition("-")
    return (prefix, rest) if rest and prefix in folded("role_prefixes") else ("", w)
