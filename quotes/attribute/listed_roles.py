"""One role for each of several people the article names together.

A plural role set off after a list of names (« Paul Morel et Jean Dutel, les avocats de Marc
Fabre », « Anne Roy et Luc Varin, deux enquêteurs de la brigade ») is each one's in the
singular (GUIDELINES « A bare plural noun of a role »: `avocat de Marc Fabre`), and so is the
role of the pair speaking as one. Kin nouns are no role noun (« les parents de Z »: none), and
a plural role with no list of names before it (« les avocats de la défense ») names no one.
"""

from __future__ import annotations

from spacy.tokens import Span

from quotes.attribute.role_extent import written_singular
from quotes.lexicon import fold
from quotes.lexicon.grammar import DE_CONTRACTED, NOT_ROLE_ADJECTIVES, NUMBER_WORDS, TOUT
from quotes.lexicon.roles import is_role_noun, role_lemmas

# the joins of a list of names: « A, B et C »
_JOINS = frozenset({",", "et"})


def one_holder(role: str) -> str:
    """A plural role as one holder's: the count before it goes (« deux enquêteurs »), the role
    noun and the words that agree with it before its complement are read in the singular
    (« avocats généraux de Vernac » -> « avocat général de Vernac »), the complement as written
    (« candidates aux municipales » -> « candidate aux municipales »).
    A role with no plural role noun is returned as it is."""
    words = role.split(" ")
    while len(words) > 1 and fold(words[0]) in NUMBER_WORDS | TOUT:
        words = words[1:]  # « deux enquêteurs », « toutes deux candidates »: how many
    head = next((k for k, w in enumerate(words) if is_role_noun(w)), None)
    if head is None or not _plural(words[head]):
        return role
    out = []
    for k, word in enumerate(words):
        # its complement opens on « de », « aux », « en », … or a name
        w = fold(word).split("'")[0].split("’")[0]
        opens = w in DE_CONTRACTED | NOT_ROLE_ADJECTIVES | {"d"} or word[:1].isupper()
        if k > head and opens:
            out += words[k:]
            break
        out.append(written_singular(word) if _plural(word) else word)
    return " ".join(out)


def _plural(word: str) -> bool:
    """Is the word a plural as written (-s, -x) that is not a listed singular (« commis »)?"""
    w = fold(word)
    return w.endswith(("s", "x")) and w not in role_lemmas() and len(w) > 3


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
    """Are names ``a`` and ``b`` next in one list: only a comma or « et » between them?"""
    gap = a.doc[a.end : b.start]
    return 1 <= len(gap) <= 2 and all(t.lower_ in _JOINS for t in gap) and not (
        len(gap) == 2 and gap[0].lower_ == "et")
