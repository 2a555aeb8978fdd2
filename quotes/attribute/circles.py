"""Someone's circle speaking as an unnamed source (fixtures/gold/GUIDELINES.md, « Someone's
circle »): « l'entourage du ministre », « a indiqué son entourage » after Paul Roux are
anonymous, written with the article and whose circle it is (lexicon/circle_nouns.txt); so are
some unnamed members of it, « un proche de Paul Roux », « l'un de ses proches »
(lexicon/circle_members.txt), never the one whose circle it is."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import of
from quotes.lexicon import fold, folded, listed, singular, words
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, ELIDED_ARTICLE, POSSESSIVES
from quotes.nlp.doc import sentence_case


def is_circle(head: Token) -> bool:
    """Is ``head`` a noun of someone's circle (« entourage »)?"""
    return fold(head.text) in folded("circle_nouns")


def circle_name(doc: Doc, i: int, text: str, head: Token, owner: str | None) -> str:
    """The anonymous source a circle is: « l’entourage de » the owner's full name when the
    article names the owner (« son entourage », « l'entourage de M. Roux »), else the mention
    ``text`` (starting at token ``i``) as written, a description kept (« l'entourage du
    président », « l'entourage présidentiel »)."""
    if owner is None:  # an article opening the sentence is lowered (« L’ » reads as capitals)
        return text[:1].lower() + text[1:] if doc[i].lower_ in DEFINITE | POSSESSIVES else text
    article = "l’" if fold(head.text)[:1] in "aeiouyh" else "le "
    return f"{article}{head.text.lower()} {of(owner)}"


@dataclass(frozen=True)
class Members:
    """Some unnamed members of someone's circle, as a mention gives them."""

    words: str  # what the owner's name completes: « un proche », « des proches », « une amie »
    owner: int | None  # where the owner's words start (« de | Paul Roux »); None: a possessive
    # « une amie de », « l'une de ses proches »: a feminine « une » before a noun of a person
    # says a woman (GUIDELINES, Gender), whose noun may not show it
    gender: str | None = None


def members(span: Span) -> Members | None:
    """« un proche de Paul Roux », « des proches du ministre », « un de ses proches », « l'un
    des proches de Paul Roux »: a noun of lexicon/circle_members.txt opened by a determiner of
    an unnamed source (lexicon/anonymous.txt) or by « un de », « l'un de ». None for any other
    mention, for a member of no one's (« un proche ») and for a name set off after the words
    (« un ami de la famille, Paul Roux »: Paul Roux)."""
    toks = [t for t in span if not t.is_punct]
    if any(t.text == "," for t in span) or len(toks) < 3:
        return None
    i = 1 if toks[0].text in ELIDED_ARTICLE else 0  # « l'un de ses proches »
    first = toks[i].lower_
    if first in ("un", "une") and toks[i + 1].lower_ in DE_CONTRACTED and i + 2 < len(toks):
        one, possessive = True, toks[i + 2].lower_ in POSSESSIVES
        if not possessive and toks[i + 1].lower_ != "des":  # « un de mes … »: no one's named
            return None
        k = i + 2 + possessive  # the noun: « un de ses | proches », « l'un des | proches »
    elif i == 0 and first in words("anonymous"):
        one = possessive = False
        k = 1 + sum(1 for _ in takewhile(lambda t: t.pos_ == "ADJ", toks[1:]))  # « un vieil ami »
    else:
        return None
    if k >= len(toks) or not listed(toks[k].text, "circle_members"):
        return None
    noun, rest = toks[k], toks[k + 1 :]
    if possessive and not rest:
        owner = None
    elif not possessive and len(rest) >= 2 and rest[0].lower_ in DE_CONTRACTED:
        owner = rest[1].idx  # « du ministre »: the article is folded into « du »
    else:
        return None
    gender = "f" if first == "une" else None
    if one:  # one member, written singular: « un proche », « une amie »
        said = noun.lower_[:-1] if singular(noun.text) != fold(noun.text) else noun.lower_
        return Members(f"{first} {said}", owner, gender)
    said = span.doc[toks[0].i : noun.i + 1].text
    return Members(said[:1].lower() + said[1:], owner, gender)


def members_name(doc: Doc, i: int, text: str, circle: Members, owner: str | None) -> str:
    """The anonymous source some members of a circle are: their words and « de » the owner's
    full name when the article names the owner (« un proche de M. Roux », « l'un de ses
    proches » after Paul Roux: `un proche de Paul Roux`), else the mention ``text`` (starting
    at token ``i``) as written (« un proche du ministre »)."""
    if owner is None:
        return sentence_case(doc, i, text)
    return f"{circle.words} {of(owner)}"
