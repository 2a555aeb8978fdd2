"""A plural noun of people written in full: « ses avocats » as the article writes them once.

« Ses avocats ont annoncé … » and later « les avocats de Paul Morel »: the possessive group is
the one the article writes with its complement, when it writes that noun so once
(``in_full``): the group's name when « ses » names no one, and its role
(``avocats du mari`` for « ses avocats, Mes Roux et Petit »), as the fullest form of a person's
function is. One of them (« l'un de ses avocats, Me Roux ») has that role in the singular
(``one_in_full``: `avocat de Paul Morel`). Two complements that differ (« les avocats de la
défense », « les avocats de la partie civile »): none, never a guess.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotes.attribute.one_of import one_of
from quotes.lexicon import fold, written_singular
from quotes.lexicon.grammar import DE_CONTRACTED

# before a plural description that writes its noun in full; a possessive's owner is read
# elsewhere (attribute.possessor)
_WRITTEN = frozenset({"les", "des", "ces"})
_CLOSES = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ"})  # where its complement ends


def in_full(doc: Doc, noun: str) -> str | None:
    """The one complemented plural description of ``noun`` the article gives
    (« les avocats du mari », « des avocats de Paul Morel »), without its determiner: what a
    possessive or bare plural of that noun (« ses avocats ») is written in full. None when the
    article gives none, or two that differ (« les avocats de la défense » and « les avocats de
    la partie civile »: which?)."""
    word, found = fold(noun), set()
    for t in doc:
        if (t.pos_ != "NOUN" or fold(t.text) != word or t.i + 2 >= len(doc)
                or t.i == 0 or doc[t.i - 1].lower_ not in _WRITTEN
                or doc[t.i + 1].lower_ not in DE_CONTRACTED):
            continue
        end = t.i + 2
        while end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in _CLOSES
                                      or "\n" in doc[end].text):
            end += 1
        if end > t.i + 2:
            found.add(doc[t.i : end].text)
    return found.pop() if len(found) == 1 else None


def one_in_full(doc: Doc, span: Span, role: str) -> str | None:
    """The role of one of a possessive group (« l'un de ses avocats, Me Roux »: ``role``
    `avocat`) in full, the singular of the group's noun with the complement the article gives
    that noun once (« les avocats de Paul Morel »: `avocat de Paul Morel`); None otherwise."""
    for i in range(len(span)):
        found = one_of(span, i)
        if found is None or found[1] is None or found[0] >= len(span):
            continue
        noun = span[found[0]]
        if fold(written_singular(noun.text)) != fold(role):
            continue
        full = in_full(doc, noun.text)
        if full is None:
            return None
        first, _, rest = full.partition(" ")
        return f"{written_singular(first)} {rest}"
    return None
