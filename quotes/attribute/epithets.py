"""Epithets: words that describe a person without a function (« l'homme de droit », « la
sexagénaire », « le libéral flamand ») stand for the person named last, in the same paragraph
or the one before, whose known facts they fit, never by default for the one the article is
about. A fact is the gender, or a role of the domain the epithet's words name (« droit »:
« avocat », « juge », lexicon/epithet_domains.tsv) that the article gives the person: of the
people within reach, the one such a role fits is the one meant, and two it fits leave the
epithet unresolved (``AMBIGUOUS``); no role fitting, the one of its gender named last. Names
listed three or more in a row (« Marie Curie (1903), Maria Goeppert Mayer (1963) et Andrea
Ghez (2020) ») are background: none of them is the one an epithet stands for. A noun
of an age (« le septuagénaire », lexicon/age_nouns.tsv) is also told by the age the article
apposes to a name (« Paul Morel, 72 ans, »): the one whose age is of its decade, never one
whose age is of another.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from quotes.attribute.functions import PEOPLE
from quotes.attribute.role_words import words_of
from quotes.detect.sentence_stops import sentence_ends_in
from quotes.lexicon import age_nouns, cached, fold, folded, table
from quotes.lexicon.grammar import DE_BARE
from quotes.lexicon.nominal import person_adjective, public_trait
from quotes.lexicon.roles import is_role_noun
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
    ``AMBIGUOUS`` when two hold a role of its domain. A team's epithet (« la Bleue »,
    lexicon/team_epithets.txt), a trait or a party made a noun (« le gaucher », « la
    socialiste »: lexicon/nominal_adjectives.tsv) stands only for someone the article gives a
    role (the athlete, not her mother); a trait or a party, ``AMBIGUOUS`` when two or more
    of a gender within reach fit it, whatever roles they are given (the text does not say
    which is the left-hander or the socialist)."""
    text = text_of(registry.doc)
    within: list[Person] = []
    said = _folded_words(words)
    # « la socialiste »: a party or a trait may single out one of a list (« Paul Roux (LR), Anne
    # Valois (PS) et Marc Petit (RN) »); a list is background only for other epithets
    trait = public_trait(_head(said) or "")
    listed = set() if trait else _background(registry, lambda p: p.name not in apart and fits(p))
    for at, p in reversed(registry.mentions):
        if at >= pos or at in listed:
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
    # « la Bleue », « le gaucher », « la socialiste »: a public figure's (lexicon.nominal)
    team = bool(folded("team_epithets") & set(said[-1:])) or trait
    gendered = [p for p in within if p.gender is not None and (p.role_texts() or not team)]
    if trait and sum(1 for p in within if p.gender is not None) > 1:
        # « Le tennisman X a battu le joueur Y … le gaucher », « X, Y et Z … le socialiste »:
        # the text does not say which; not the one given a role, the sentence's subject, nor
        # the one named last
        return AMBIGUOUS
    decades = {age_nouns()[w] for w in said if w in age_nouns()}
    if not decades:
        return gendered[0] if gendered else None
    ages = {p: _age(registry, p, pos) for p in gendered}  # « X, 72 ans »: a septuagénaire
    fitting = [p for p in gendered if (age := ages[p]) is None or age // 10 * 10 in decades]
    aged = [p for p in fitting if ages[p] is not None]
    if len(aged) == 1:  # « Paul Morel, 72 ans, et Luc Roux, 45 ans » : « le septuagénaire »
        return aged[0]
    return fitting[0] if fitting else None  # an age that says otherwise rules the person out


# what joins two names of a list: a comma or « et », an aside in brackets before it (« (1963) »)
_LIST_LINK = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|et\b)\s*")
_LISTED = 3  # names in a row that are a list, not a pair (« X et Y » may be the two meant)


def _background(registry: Registry, fits: Callable[[Person], bool]) -> set[int]:
    """Where the names start that the article lists, three or more in a row joined by commas and
    « et » (« Marie Curie (1903), Maria Goeppert Mayer (1963) et Andrea Ghez (2020) »): named
    together as background, none of them singled out for an epithet to stand for; unless the
    epithet fits exactly one of a list (its gender: « Paul Roux, Marc Petit et Anne Valois »
    for « la lauréate »), who stays within its reach."""
    person = dict(registry.mentions)
    found: set[int] = set()
    for run in _lists(registry):
        fitting = {person[at].name for at in run if at in person and fits(person[at])}
        found |= {at for at in run if len(fitting) != 1 or at not in person
                  or person[at].name not in fitting}
    return found


def _lists(registry: Registry) -> list[list[int]]:
    """The starts of the names the article lists, three or more in a row joined by commas and
    « et », a list a run."""
    text = text_of(registry.doc)
    starts = sorted(registry.ends)
    runs: list[list[int]] = []
    run = starts[:1]
    for before, at in pairwise(starts):
        if _LIST_LINK.fullmatch(text, registry.ends[before], at):
            run.append(at)
            continue
        runs.append(run)
        run = [at]
    runs.append(run)
    return [r for r in runs if len(r) >= _LISTED]


def _head(said: list[str]) -> str | None:
    """The head of an epithet's folded words, before any « de »: its first word that is a
    person's noun (a role noun, grammar.PERSON_NOUNS) or a word a determiner makes one
    (lexicon.nominal), past the adjectives before it (« ancienne socialiste », « jeune
    socialiste »: « socialiste »; « député socialiste »: « député »)."""
    for w in said:
        if w in DE_BARE:  # « de », « du », « des », « d' » split off as « d »
            return None
        if person_adjective(w) or is_role_noun(w) or w in PEOPLE:
            return w
    return None


_AGE = re.compile(r",\s*(\d{1,3})\s+ans\b")  # « Paul Morel, 72 ans, »
# the room past the name's own length in which ``_age`` looks for a mention's last word
_NAME_SLACK = 40


def _age(registry: Registry, person: Person, pos: int) -> int | None:
    """The age apposed to ``person``'s own name before ``pos`` (« Paul Morel, 72 ans, »), in the
    sentence of the mention and with no one else named between: not « Paul Morel, dont le père
    a 74 ans », nor « Paul Morel et Luc Roux, 45 ans »."""
    text = text_of(registry.doc)
    last = person.name.split()[-1]
    for at, p in registry.mentions:
        if p is not person or at >= pos:
            continue
        end = text.find(last, at, at + len(person.name) + _NAME_SLACK)
        found = _AGE.match(text, end + len(last)) if end >= 0 else None
        if found is None or found.end() > pos or sentence_ends_in(text, at, end) or (
                registry.people_between(at, found.end()) - {person}):
            continue
        return int(found.group(1))
    return None


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
