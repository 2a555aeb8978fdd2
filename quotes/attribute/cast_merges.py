"""Two drafts of one article's cast that name one person, made one (``merge``), and which full
names spelled two ways are one person (``respelled_people``).

One first name and a surname with two letters swapped or one doubled (« François Astorg », «
François Astrog ») are one person the article misspells once, unless the text keeps them apart:
both written in one sentence (« Pierre Chevalier, maire de Salers, et Pierre Chevallier, maire
de Murat »: two people the sentence sets side by side), one of them a relative's (« sa fille
Marie Perin ») or led by a possessive (« sa voisine Nadia Lecmote »), or each given a role of
their own that is not one office (« le capitaine Lucas Mathieu », « le défenseur Lucas Matthieu
»). Unresolved beats wrong: apart, a surname alone is no one's rather than the wrong one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from quotes.attribute.names import respelled_surname
from quotes.attribute.spelling_evidence import agree
from quotes.lexicon import fold
from quotes.lexicon.grammar import POSSESSIVES

if TYPE_CHECKING:
    from quotes.attribute.casting import Casting, Draft


def merge(cast: Casting, other: Draft, *, into: Draft) -> None:
    """Two names of one person: every mention of ``other`` is ``into``'s from now on."""
    cast.mentions = [(pos, into if p is other else p) for pos, p in cast.mentions]
    cast.at = {pos: into if p is other else p for pos, p in cast.at.items()}
    into.roles = sorted(into.roles + other.roles, key=lambda r: r[1])
    into.held = sorted(into.held + other.held, key=lambda r: r[1])
    into.mentions += other.mentions
    into.gender = into.gender or other.gender
    into.votes += other.votes
    into.beside |= other.beside
    into.aliases += [other.parts, *other.aliases]
    cast.people.remove(other)


def respelled_people(doc: Doc, cast: Casting) -> list[tuple[Draft, Draft]]:
    """The pairs (other, into) of people named in full so far whose names are one name with the
    surname respelled (``names.respelled_surname``) and whom the text does not keep apart: no
    sentence names both, neither is a relative's nor led by a possessive (``related``), and
    their roles, when each has some, hold one office (``spelling_evidence.agree``) or are
    written alike. ``into`` is the one named first."""
    people = [p for p in cast.people if p.parts.first and not p.parts.initialled]
    pairs: list[tuple[Draft, Draft]] = []
    joined: set[int] = set()
    for n, other in enumerate(people):
        for one in people[:n]:
            if id(one) in joined or not respelled_surname(one.parts, other.parts):
                continue
            if one.kin or other.kin or _one_sentence(doc, cast, one, other) or related(
                    doc, cast, one) or related(doc, cast, other):
                continue
            if one.roles and other.roles and not any(
                    agree(r[0], s[0]) or fold(r[0]) == fold(s[0])
                    for r in one.roles for s in other.roles):
                continue  # « le docteur X », « Y, chef des urgences »: two, or unknown
            pairs.append((other, one))
            joined.add(id(other))
            break
    return pairs


def _one_sentence(doc: Doc, cast: Casting, a: Draft, b: Draft) -> bool:
    """Does one sentence give both names, one of them a mention of its person (the recogniser
    may miss the other: « le chef d'entreprise Alain Duffour »)?"""
    return any(other.parts.text in span.sent.text
               for one, other in ((a, b), (b, a)) for span in _spans(doc, cast, one))


def related(doc: Doc, cast: Casting, person: Draft) -> bool:
    """Is a mention of the person led by a possessive and its noun (« sa voisine Nadia X », «
    son adjoint Yves X »): someone related to another person, no other spelling of them."""
    for span in _spans(doc, cast, person):
        k = span.start - 1
        while k >= 0 and k >= span.start - 3 and doc[k].pos_ in ("NOUN", "ADJ"):
            k -= 1
        if k < span.start - 1 and k >= 0 and doc[k].lower_ in POSSESSIVES:
            return True
    return False


def _spans(doc: Doc, cast: Casting, person: Draft) -> list[Span]:
    """The tokens of each mention of the person, in the order the cast holds them."""
    return [span for pos, p in cast.mentions if p is person
            if (span := doc.char_span(pos, cast.ends[pos], alignment_mode="expand")) is not None]
