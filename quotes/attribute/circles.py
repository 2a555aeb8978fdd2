"""Someone's circle speaking as an unnamed source (fixtures/gold/GUIDELINES.md, « Someone's
circle »): « l'entourage du ministre », « a indiqué son entourage » after Paul Roux are
anonymous, written with the article and whose circle it is (lexicon/circle_nouns.txt); so are
some unnamed members of it, « un proche de Paul Roux », « l'un de ses proches »
(lexicon/circle_members.txt), never the one whose circle it is."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import of
from quotes.attribute.one_of import one_gender, one_of_mention
from quotes.attribute.resolved import Resolved
from quotes.lexicon import fold, folded, listed, words, written_singular
from quotes.lexicon.grammar import DE_CONTRACTED, OWNER_POSSESSIVES
from quotes.nlp.doc import sentence_case

if TYPE_CHECKING:
    from quotes.attribute.cast import Person


def is_circle(head: Token) -> bool:
    """Is ``head`` a noun of someone's circle (« entourage »)?"""
    return fold(head.text) in folded("circle_nouns")


def circle_name(doc: Doc, i: int, text: str, said: str, owner: str | None) -> str:
    """The anonymous source a circle or some of its members are: their words ``said``
    (``whole``, ``Members.words``) and « de » the owner's full name when the article names the
    owner (« son entourage », « l'entourage de M. Roux »: `l’entourage de Paul Roux`; « l'un de
    ses proches » after Paul Roux: `un proche de Paul Roux`), else the mention ``text``
    (starting at token ``i``) as written, a description kept (« l'entourage du président »,
    « l'entourage présidentiel », « un proche du ministre »)."""
    if owner is None:
        return sentence_case(doc, i, text)
    return f"{said} {of(owner)}"


def circle_source(doc: Doc, span: Span, text: str, head: Token, owner: Person | None) -> Resolved:
    """Someone's circle as an anonymous source (``circle_name``)."""
    name = circle_name(doc, span.start, text, whole(head), owner.name if owner else None)
    return Resolved(name, None, "anonymous", "explicit", "s")


def whole(head: Token) -> str:
    """A whole circle's words before its owner's name: « l’entourage », « le cabinet »."""
    article = "l’" if fold(head.text)[:1] in "aeiouyh" else "le "
    return f"{article}{head.text.lower()}"


@dataclass(frozen=True)
class Members:
    """Some unnamed members of someone's circle, as a mention gives them."""

    words: str  # what the owner's name completes: « un proche », « un ami d'enfance »
    owner: int | None  # where the owner's words start (« de | Paul Roux »); None: « ses »
    gender: str | None = None  # « une amie de », « l'une de ses proches »: female


def members(span: Span) -> Members | None:
    """« un proche de Paul Roux », « des proches du ministre », « un de ses proches », « l'un
    des proches de Paul Roux »: a noun of lexicon/circle_members.txt opened by a determiner of
    an unnamed source (lexicon/anonymous.txt) or by « un de », « l'un de ». None for any other
    mention, for a member of no one's (« un proche »), of a possessive whose owner may be
    several (« un de leurs proches ») and for a name set off after the words (« un ami de la
    famille, Paul Roux »: Paul Roux)."""
    toks = [t for t in span if not t.is_punct]
    if any(t.text == "," for t in span) or len(toks) < 3:
        return None
    i, one_of_them = one_of_mention(toks)  # « l'un de ses proches »
    first = toks[i].lower_
    if one_of_them is not None:
        # k, the noun: « un de ses | proches », « l'un des | proches »
        one, (k, owner) = True, one_of_them
        possessive = owner is not None
        if owner not in (None, *OWNER_POSSESSIVES):  # « un de leurs … »: maybe several people's
            return None
        if not possessive and toks[i + 1].lower_ != "des":  # « un de mes … », « un du … »
            return None
    elif i == 0 and first in words("anonymous"):
        one = possessive = False
        k = 1 + sum(1 for _ in takewhile(lambda t: t.pos_ == "ADJ", toks[1:]))  # « un vieil ami »
    else:
        return None
    if k >= len(toks) or not listed(toks[k].text, "circle_members"):
        return None
    noun, rest = toks[k], toks[k + 1 :]
    if possessive and not rest:
        return Members(f"{first} {written_singular(noun.lower_)}", None, one_gender(first))
    if possessive or (de := _owners_de(rest)) is None:
        return None
    doc = span.doc
    said = doc[noun.i + 1 : rest[de].i].text  # « un ami | d'enfance | de Hugo Ferrand »
    if one:  # one member, written singular: « un proche », « une amie »
        said = f"{first} {written_singular(noun.lower_)} {said}"
    else:
        said = doc[toks[0].i : rest[de].i].text
        said = said[:1].lower() + said[1:]
    # the owner's words start after the « de »: « du ministre » folds the article into it
    return Members(said.rstrip(), rest[de + 1].idx, one_gender(first))


def _owners_de(rest: list[Token]) -> int | None:
    """Where, in the words after a member's noun, the « de » before whose circle it is: the
    one before a name (« un ami de longue date | de | Claire Vautrin »; the particle inside
    « Jean de Villaret » follows the name's start), else the first, after adjectives (« un
    ami proche | de | Paul Roux », « un proche | du | ministre »); None without one."""
    lead = sum(1 for _ in takewhile(lambda t: t.pos_ == "ADJ", rest))
    des = [j for j in range(lead, len(rest) - 1) if rest[j].lower_ in DE_CONTRACTED]
    if not des or des[0] != lead:
        return None
    return next((j for j in des if rest[j + 1].text[:1].isupper()), lead)
