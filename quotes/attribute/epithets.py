"""Epithets: words that describe a person without a function (« l'homme de droit », « la
sexagénaire », « le libéral flamand ») stand for the person named last, in the same paragraph
or the one before, whose known facts they fit, never by default for the one the article is
about. A fact is the gender, or a role of the domain the epithet's words name (« droit »:
« avocat », « juge », lexicon/epithet_domains.tsv) that the article gives the person: of the
people within reach, the one such a role fits is the one meant, and two it fits leave the
epithet unresolved (``AMBIGUOUS``); no role fitting, the one of its gender named last.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from quotes.attribute.role_words import words_of
from quotes.lexicon import cached, fold, table
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from quotes.attribute.cast import Person, Registry

AMBIGUOUS = "ambiguous"  # two people fit the epithet's domain: no one


@cached
def _domains() -> dict[str, frozenset[str]]:
    """lexicon/epithet_domains.tsv: a folded word of an epithet -> its domain's role nouns."""
    return {fold(word): frozenset(fold(n) for n in nouns.split()) for word, nouns in
            table("epithet_domains")}


def domain(words: str) -> frozenset[str]:
    """The role nouns (folded) of the domain an epithet's words name: « homme de droit »
    gives « avocat », « juge », …; nothing for an epithet of no domain (« le retraité »)."""
    return frozenset().union(*(_domains().get(w, frozenset()) for w in _folded_words(words)))


def _folded_words(text: str) -> list[str]:
    """The words of ``text`` folded, apostrophes splitting them (« l'homme »: « l », « homme »)."""
    return words_of(fold(text))


def named_last(
    registry: Registry, words: str, pos: int, fits: Callable[[Person], bool], apart: set[str]
) -> Person | str | None:
    """The person the epithet ``words`` stands for, named before ``pos`` in the same or the
    previous paragraph: the one a role of its domain fits, else (the epithet of no domain, or
    no one within reach holding one of its roles) the one of its gender named last;
    ``AMBIGUOUS`` when two hold a role of its domain."""
    text = text_of(registry.doc)
    within: list[Person] = []
    for at, p in reversed(registry.mentions):
        if at >= pos:
            continue
        if sum(1 for line in text[at:pos].split("\n") if line.strip()) > 2:
            break
        if p.name not in apart and fits(p) and p not in within:
            within.append(p)
    nouns = domain(words)
    titled = _titled(registry) if nouns else {}  # the titles count only for a domain
    held = [p for p in within if nouns and _holds_one([*p.role_texts(), *titled.get(p, [])],
                                                       nouns)]
    if len(held) > 1:
        return AMBIGUOUS
    if held:
        return held[0]
    gendered = [p for p in within if p.gender is not None]
    told = [p for p in gendered if _told(registry, words, pos, p, gendered)]
    if len(told) == 1:  # « le natif de Rennes »: the one the article said born in Rennes
        return told[0]
    return gendered[0] if gendered else None


_FACT = 4  # letters a place's name and its inhabitants' share: « Rennes », « le Rennais »


def _told(registry: Registry, words: str, pos: int, person: Person, others: list[Person]) -> bool:
    """Do the epithet's words repeat what the article said of ``person`` in a sentence naming
    no one else of ``others``, before ``pos``: a number (« le phénomène de 2,24 m » after
    « X a sauté 2,24 m »), a capitalised word, a place its inhabitants' name is made on
    (« le Rennais » after « X, né à Rennes »), an age (« le septuagénaire »: « X, 71 ans »)?"""
    written = words.replace("'", " ").replace("’", " ").split()
    facts = [w for w in written if any(c.isdigit() for c in w) or w[:1].isupper()]
    decades = [_ages()[fold(w)] for w in written if fold(w) in _ages()]
    said: list[str] = []
    for at, p in registry.mentions:
        span = registry.doc.char_span(at, at + 1, alignment_mode="expand")
        if p is not person or at >= pos or span is None:
            continue
        sent = span.sent
        if not registry.people_between(sent.start_char, sent.end_char) & (set(others) - {person}):
            said += [t.text for t in sent if t.idx < pos and not registry.at.get(t.idx)]
    aged = any(w.isdigit() and nxt == "ans" and int(w) // 10 * 10 in decades
               for w, nxt in pairwise(said))  # « X, 71 ans »: septuagénaire
    return aged or any(f == w or (len(f) >= _FACT and w[:1].isupper() and f[:_FACT] == w[:_FACT]
                                  and not f[0].isdigit()) for f in facts for w in said)


@cached
def _ages() -> dict[str, int]:
    """lexicon/age_nouns.tsv: a noun of a person's age, folded -> the first year of its decade."""
    return {fold(noun): int(decade) for noun, decade in table("age_nouns")}


def _titled(registry: Registry) -> dict[Person, list[str]]:
    """The roles the titles before the cast's names give them (« Me Jean Roux »: « avocat »,
    lexicon/title_roles.tsv)."""
    text = text_of(registry.doc)
    titles = _title_roles()
    found: dict[Person, list[str]] = {}
    for at, p in registry.mentions:
        before = text[max(0, at - 10) : at].split()[-1:] + text[at : at + 10].split()[:1]
        for title in (t for t in before if t in titles):  # before the name, or opening it
            found.setdefault(p, []).append(titles[title])
    return found


@cached
def _title_roles() -> dict[str, str]:
    """lexicon/title_roles.tsv: a title as written -> the role it gives."""
    return {row[0]: row[1] for row in table("title_roles")}


def _holds_one(roles: list[str], nouns: frozenset[str]) -> bool:
    """Does one of the roles hold one of the role nouns (any word of « avocats de la
    défense », « avocate », without a plural « s »)?"""
    wanted = {n.removesuffix("s") for n in nouns}
    for role in roles:
        said = {w.removesuffix("s") for w in _folded_words(role)}
        if said & wanted:
            return True
    return False
