"""Descriptions of people by what they are or whose they are, rather than by name.

"le retraité", "l'habitante": nouns that can describe a person (``of_a_person``); "les
dirigeants" after "les dirigeants de l'OTAN et du G7" (``named_before``); "l'entourage du
ministre", "la famille de la victime": someone's circle, who speaks for them, not as them
(``kin_owner`` finds where the someone starts; ``of`` links the two: "entourage de Jean
Tissot", "enfants d'Alain Delon").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.attribute.orgs import org_phrase
from quotes.lexicon import fold, folded, is_org_noun, is_role_noun, words
from quotes.lexicon.grammar import DE_CONTRACTED, DETERMINERS, PERSON_ENDINGS, PERSON_NOUNS


def of_a_person(head: Token) -> bool:
    """Can this singular common noun describe a person: a noun of people ("l'homme"), a
    relative ("le père"), or a noun with an agent or origin ending ("le retraité",
    "l'habitante")? "Le communiqué", "le jury", "ce message" cannot."""
    low = head.lower_
    if head.pos_ != "NOUN" or "Plur" in head.morph.get("Number", []):
        return False
    if low in words("speech_nouns") or is_org_noun(low):
        return False
    return low in words("kin_nouns") | PERSON_NOUNS or low.endswith(PERSON_ENDINGS)


def complement(name: Span, lo: int) -> bool:
    """Is the name the complement of a noun before it, with « de » at token ``lo`` or after:
    « de » right before the name ("l'avocate d'Amélie K."), or before its title ("l'avocate
    de la boulangère Anne Petit", "ami de l'éleveur Paul Roux")? The one named is someone
    else's, not the speaker."""
    doc = name.doc
    i = name.start - 1
    titled = i
    while i >= lo and is_role_noun(doc[i].text):
        i -= 1
    if i == titled:  # no title: « de » must touch the name
        return i >= lo and doc[i].lower_ in DE_CONTRACTED
    while i >= lo and doc[i].lower_ in DETERMINERS:
        i -= 1
    return i >= lo and doc[i].lower_ in DE_CONTRACTED


def named_before(head: Token) -> str | None:
    """The fuller phrase a bare plural noun stands for, nearest before it: "les dirigeants"
    after "une déclaration des dirigeants de l'OTAN et du G7"."""
    for tok in reversed(head.doc[: head.i]):
        if tok.lower_ == head.lower_ and tok.pos_ == "NOUN":
            phrase = org_phrase(tok)
            if len(phrase) > len(tok.text):
                return phrase
    return None


def kin_owner(span: Span, head: Token | None) -> int | None:
    """Where the someone starts in "l'entourage du ministre", "la famille de la victime" (a
    kin noun, then « de »); None for any other mention, or when a name is apposed ("le fils
    de X, Marc, …": Marc)."""
    doc = span.doc
    if (
        head is None
        or fold(head.text) not in folded("kin_nouns")
        or head.i + 2 >= span.end
        or doc[head.i + 1].lower_ not in DE_CONTRACTED
        or any(t.text == "," for t in span)
    ):
        return None
    return int(doc[head.i + 2].idx)  # "du ministre": the article is folded into "du"


def of(name: str) -> str:
    """ "de Jean Tissot", "d’Alain Delon"."""
    return ("d’" if fold(name)[:1] in "aeiouyh" else "de ") + name
