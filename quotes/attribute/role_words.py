"""The words of a role as roles are compared: its role nouns (« heads »), the content words
beside them (« stems »), the heads a kind noun covers (« l'élu »: « maire », « député » …), an
acronym against the words it stands for.
"""

from __future__ import annotations

from quotes.lexicon import cached, capitalised, fold, in_capitals, is_role_noun, role_kinds, table
from quotes.lexicon.grammar import NAME_LINKS


def stems(text: str) -> set[str]:
    """Content words of a role, role nouns and function words left out, cut to five letters."""
    return {fold(w)[:5] for w in _content_words(text)}


def heads(text: str) -> set[str]:
    """Role nouns of a role, cut to five letters; "ex-ministre" is a "ministre" of before, a
    "sapeur-pompier" a "pompier", a "médecin-urgentiste" both a "médecin" and an "urgentiste"."""
    return {n[:5] for n in head_nouns(text)}


def head_nouns(text: str) -> set[str]:
    """Role nouns of a role, whole, folded and without « ex- » (``heads`` before the cut)."""
    found = set()
    for w in words_of(text):
        nouns = [w] if is_role_noun(w) else [p for p in w.split("-") if is_role_noun(p)]
        found |= {fold(n).removeprefix("ex-") for n in nouns}
    return found


def head_key(noun: str) -> str:
    """A role noun as ``heads`` compares it: folded, without « ex- », cut to five letters."""
    return fold(noun).removeprefix("ex-")[:5]


def kind_heads(text: str) -> set[str] | None:
    """The heads of a role with those its kind nouns cover ("l'élu": "maire", "député", …;
    lexicon/role_kinds.tsv); None when a noun of it covers any role ("le responsable")."""
    own = heads(text)
    for w in words_of(text):
        covered = role_kinds().get(fold(w), frozenset())
        if "*" in covered:
            return None
        own |= {head_key(c) for c in covered}
    return own


def served(role: str) -> set[str]:
    """The heads of the function kinds whose bodies a role names after its first word
    (« secrétaire général de la CGT-Cheminots »: « syndicaliste »; lexicon/function_bodies.tsv),
    cut like ``heads``: the name as written, or its part before a hyphen."""
    found = set()
    for w in words_of(role)[1:]:
        for name in {w.strip(",.;:()"), w.strip(",.;:()").split("-")[0]}:
            found |= {head_key(n) for n in _function_bodies().get(name, ())}
    return found


@cached
def _function_bodies() -> dict[str, frozenset[str]]:
    """lexicon/function_bodies.tsv: a body's name as written -> the kind nouns it serves."""
    out: dict[str, set[str]] = {}
    for noun, names in table("function_bodies"):
        for name in names.split():
            out.setdefault(name, set()).add(noun)
    return {name: frozenset(nouns) for name, nouns in out.items()}


def words_of(text: str) -> list[str]:
    """The words of a text, split at apostrophes too ("l'élu": "l", "élu")."""
    return text.replace("’", " ").replace("'", " ").split()


def _content_words(text: str) -> list[str]:
    """The words of a role, as written, that are neither role nouns nor function words."""
    return [w for w in words_of(text)
            if len(w) > 2 and fold(w) not in NAME_LINKS and not is_role_noun(w)]


def acronym_match(a: str, b: str) -> int:
    """ "président de la FFF" and "président de la Fédération française de football"."""

    def initials(text: str) -> str:
        return "".join(w[0] for w in _content_words(text)).upper()

    caps = {w for w in (a + " " + b).split() if in_capitals(w)}
    return int(any(c in (initials(a), initials(b)) for c in caps))


def names_place(text: str) -> bool:
    """Does a role name its body or place ("présidente du FN", "préfet du Var"), rather than
    leave it to the context ("présidente du parti", "préfet")? A capitalised word after the
    first says so."""
    words = words_of(text)[1:]
    return any(capitalised(w) for w in words)
