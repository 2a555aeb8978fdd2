"""The role other articles of a batch give a speaker one article gives none.

First the articles reporting the same utterances of theirs (grouped, from article to article:
the story this article tells, not another event they spoke at), then those quoting them, then
those only naming them, then those giving the full name a surname alone ends; each role read
as the function it says (``function``), an office held once (its years given) only when no
other is offered. Of the roles offered, the one most articles give,
between equals the most specific, with the article giving it in ``evidence``
(``batch-role:ID``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from quotes.attribute.batch_groups import Stories, Utterances
from quotes.attribute.batch_names import full_names, one_person, spellings
from quotes.attribute.functions import function, held_once, tenure_over
from quotes.attribute.name_model import NAME_MODEL
from quotes.attribute.names import first_name_gender
from quotes.attribute.role_words import names_place
from quotes.attribute.shown import plain
from quotes.model import Quote


def roles_offered(
    name: str, q: Quote, quotes: list[Quote], roles: dict[str, list[tuple[str, str]]],
    holders: dict[str, set[tuple[str, str]]], stories: Stories,
    alike: dict[str, dict[str, set[str]]], utterances: Utterances | None, dated: int | None,
) -> set[tuple[str, str]]:
    """The functions other articles of its story give a speaker given no role, with the
    article giving each: first the articles reporting the same utterances, then those quoting
    them, then those only naming them ("le président du club, Florentino Pérez"), then the
    ones giving the full name a surname alone ends; never one dated apart from it
    (``Stories.apart``: a role of another year's event). An office's years are read against
    the year the article is written, or the batch's latest (``dated``: ``latest``) when it
    gives none."""
    article, year = q.article.id, written(q.article.date) or dated

    def offered(given: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        return _functions(((r, a) for r, a in given if not stories.apart(article, a)),
                          article, year)

    return (
        offered(_said_alike(name, article, quotes, holders, alike, utterances))
        or offered(r for n in spellings(name, roles) for r in roles[n])
        or offered(r for n in spellings(name, holders) for r in holders[n])
        or offered(_full_name(name, holders, stories.people, article,
                              None if NAME_MODEL in q.evidence else q.speaker.gender))
    )


def written(day: str | None) -> int | None:
    """The year an article is written, from its date (« 2023-08-30 »); None when it gives none
    or none that reads as one."""
    year = (day or "")[:4]
    return int(year) if year.isdigit() else None


def latest(quotes: Iterable[Quote]) -> int | None:
    """The year the latest dated article of the batch is written (``written``), for an article
    that gives no date: the batch is read as of then, never as of the day it is run; None when
    no article is dated."""
    return max((y for q in quotes if (y := written(q.article.date)) is not None), default=None)


def with_role(q: Quote, offered: set[tuple[str, str]]) -> Quote:
    """The quote with the role most articles offered give its speaker, each article once
    however often it quotes them, between equals the most specific: the one that names its
    body or place (``names_place``: « attaquant du PSG » over « attaquant parisien »), else
    the longest."""
    elsewhere = Counter(role for role, _ in offered)
    role = max(sorted(elsewhere), key=lambda r: (elsewhere[r], names_place(r), len(r)))
    source = min(a for r, a in offered if r == role)
    return replace(q, speaker=replace(q.speaker, role=role),
                   evidence=(*q.evidence, f"batch-role:{source}"))


def _said_alike(
    name: str, article: str, quotes: list[Quote], holders: dict[str, set[tuple[str, str]]],
    alike: dict[str, dict[str, set[str]]], utterances: Utterances | None,
) -> set[tuple[str, str]]:
    """The roles the articles reporting the same utterances of the person as this one give
    them (the grouping of their quotes, from article to article: the story this article
    tells, not another event they spoke at); none when no other article reports one."""
    if utterances is None:
        return set()
    if name not in alike:
        own = [q for q in quotes
               if q.speaker.kind == "person" and q.speaker.name
               and one_person(q.speaker.name, name)]
        linked: dict[str, set[str]] = defaultdict(set)
        for members in utterances(own):
            together = {own[n].article.id for n in members}
            for a in together:
                linked[a] |= together
        alike[name] = _reached(linked)
    near = alike[name].get(article, set()) - {article}
    return {(r, a) for other, given in holders.items() if one_person(other, name)
            for r, a in given if a in near}


def _reached(linked: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each article with every article it reaches from one shared utterance to the next."""
    out: dict[str, set[str]] = {}
    for start in linked:
        if start in out:
            continue
        seen, todo = {start}, [start]
        while todo:
            for other in linked[todo.pop()] - seen:
                seen.add(other)
                todo.append(other)
        for a in seen:
            out[a] = seen
    return out


def _full_name(
    surname: str, holders: dict[str, set[tuple[str, str]]], story: dict[str, set[str]],
    article: str, gender: str | None = None,
) -> set[tuple[str, str]]:
    """The roles of the one person whose full name a name of one word ends ("Trump" for the
    "Donald Trump" of another article, or its "Donald John Trump": ``full_names``), given by
    articles of the same story (one that names someone this article names too, not the person
    alone); none when two people's full names end so, nor when the full names give it
    different roles (« Marie Morel, maire », « Marie Claire Morel, infirmière »: two people as
    well): only a role every one of them gives; never one whose first name is of the other
    ``gender`` than the text shows the speaker (« M. Dumesnil » is not « Claire Dumesnil »)."""
    if " " in surname.strip():
        return set()
    near = story.get(article, set()) - {surname}
    fuller = {n for n in full_names(surname, holders) if not gender or (
        (sex := first_name_gender(n.split()[0])) is None or sex == gender[0])}
    common = set.intersection(*({r for r, _ in holders[n]} for n in fuller)) if fuller else set()
    return {(r, a) for name in fuller for r, a in holders[name]
            if r in common and story.get(a, set()) & near - fuller}


def _functions(
    given: Iterable[tuple[str, str]], article: str, year: int | None
) -> set[tuple[str, str]]:
    """The functions the roles other articles give say (``function``: no distinction, one
    role of two joined, no years), with the article giving each; an office given with the
    years it was held, ended before ``year`` (« maire de Nantes de 1995 à 2012 »; any years when
    no year is known), only when no other is offered: what the person was, not what they are
    now."""
    said = [(f, a, tenure_over(r, year) if year is not None else held_once(r)) for r, a in given
            if a != article and (f := function(plain(r)))]
    now = {(f, a) for f, a, over in said if not over}
    return now or {(f, a) for f, a, _ in said}
