"""One of a group: « l'un des soignants », « une de ses voisines », « un de nos avocats », the
plural noun after them saying what its one member is (``one_of``, read in a mention's words,
``one_of_mention``, or in a document's, ``past_one_of``, ``one_of_group``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.lexicon.grammar import DE_CONTRACTED, ELIDED_ARTICLE, GROUP_POSSESSIVES, ONE


def one_of(tokens: Doc | Span | list[Token], i: int) -> tuple[int, str | None] | None:
    """« un de ses proches », « une des voisines », « un de nos avocats »: the pronoun « un » or
    « une » at ``i`` (the tagger may read it as a determiner), a « de » and a word after it.
    Where, in ``tokens``, the plural noun it is one of starts, and the possessive before that
    noun (« ses », « leurs », « nos ») if there is one; None when the words from ``i`` read
    otherwise."""
    if i + 2 >= len(tokens) or tokens[i].lower_ not in ONE \
            or tokens[i + 1].lower_ not in DE_CONTRACTED:
        return None
    possessive = tokens[i + 2].lower_ if tokens[i + 2].lower_ in GROUP_POSSESSIVES else None
    k = i + 2 + (possessive is not None)
    # « l'un des deux avocats », « une de ses trois filles »: how many they are, no noun
    if k + 1 < len(tokens) and tokens[k].like_num and not tokens[k + 1].like_num:
        k += 1
    return k, possessive


def one_of_mention(
    tokens: Span | list[Token],
) -> tuple[int, tuple[int, str | None] | None]:
    """Where a mention's own words start, past an elided article (« l'une de ses voisines »:
    1, else 0), and ``one_of`` read from there."""
    i = int(len(tokens) > 0 and tokens[0].text in ELIDED_ARTICLE)
    return i, one_of(tokens, i)


def past_one_of(doc: Doc, k: int) -> int:
    """Where the noun starts when the words from token ``k`` read « un des », « l'une des »,
    « l'une de ses » or « un de leurs » (``one_of``: « Pierre, l'un des soignants des
    urgences », « Anne, l'une de ses avocates »: one of the group, whose plural noun says what
    she is), else ``k``."""
    at, one = one_of_mention(doc[k : k + 5])  # « l'un des deux avocats »
    if one is None or (one[1] is None and doc[k + at + 1].lower_ != "des"):
        return k  # « l'un d'entre eux », « un de plus »: no noun of the group
    return k + one[0]


def one_gender(word: str) -> str | None:
    """The gender the « un » or « une » of a group's one says, written alone or elided (« une
    amie de », « l'une de ses proches »: a woman, whose noun may not show it; GUIDELINES,
    Gender); None for « un », « l'un » (anyone) or any other word."""
    return "f" if word in ONE and word.endswith("une") else None


def one_of_group(doc: Doc, noun: int) -> bool:
    """Is token ``noun`` the plural noun of the group « l'un des », « l'une de ses » put
    before it says its holder is one of (« l'une de ses |avocates »)?"""
    return any(past_one_of(doc, k) == noun for k in range(max(noun - 5, 0), noun))
