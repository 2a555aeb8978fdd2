"""The roles a batch gives its people, and the role other articles give a speaker one article
gives none.

The roles each person is given, with the article giving each, as a speaker and as a person named
(``spoken_roles``, ``role_holders``), and those an article gives only as its guess at whom a
description stands for (``guessed_only``: another article's guess never overturns a guess). A
speaker given no role takes one from other articles: first the articles reporting the same
utterances of theirs (grouped, from article to article: the story this article tells, not
another event they spoke at), then those quoting them, then those only naming them, then those
giving the full name a surname alone ends; each role read as the function it says
(``function``), an office held once (its years given) only when no other is offered. Of the
roles offered, the one most articles give, between equals the most specific, with the article
giving it in ``evidence`` (``batch-role:ID``). A role that came from a description the batch
has given to someone else since is taken back (``unlent``, ``without_moved``); a bare title
takes the fuller form with a country's adjective its own article gives (``with_country``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Set
from dataclasses import replace

from quotes.attribute.batch_groups import Stories, Utterances
from quotes.attribute.batch_names import forms, full_names, one_person, spellings
from quotes.attribute.functions import function, held_once, tenure_over
from quotes.attribute.name_model import NAME_MODEL
from quotes.attribute.names import first_name_gender
from quotes.attribute.offices import office
from quotes.attribute.own_roles import GUESSED
from quotes.attribute.role_words import heads, kind_heads, names_place
from quotes.attribute.shown import plain
from quotes.detect.nominal import adjective_born
from quotes.model import Evidence, Named, Quote


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


def with_role(
    q: Quote, offered: set[tuple[str, str]], shown: Set[tuple[str, str]] = frozenset()
) -> Quote:
    """The quote with the role most articles offered give its speaker, each article once
    however often it quotes them, between equals one the offering article's own quotes show
    (``shown``: role, article; « astronaute » there over the « nouvelle astronaute » it names
    once), then one a noun heads over one an adjective made
    a noun heads (« attaquant parisien » over « international français » or « ancien
    international »: the press's second way of calling a player, detect.nominal
    ``adjective_born``), then the most specific: the one
    that names its body or place (``names_place``: « attaquant du PSG » over « attaquant
    parisien »), else the longest."""
    elsewhere = Counter(role for role, _ in offered)
    on_own = {r for r, a in offered if (r, a) in shown}  # roles an offering article's quotes show
    role = max(sorted(elsewhere), key=lambda r: (
        elsewhere[r], r in on_own, not adjective_born(r), names_place(r), len(r)))
    source = min(a for r, a in offered if r == role)
    return replace(q, speaker=replace(q.speaker, role=role),
                   evidence=(*q.evidence, f"{Evidence.BATCH_ROLE}:{source}"))


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


def spoken_roles(quotes: list[Quote]) -> dict[str, list[tuple[str, str]]]:
    """Each speaker's roles, with the article giving each: name -> (role, article id)."""
    roles: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for q in quotes:
        sp = q.speaker
        if sp.kind == "person" and sp.name:
            given = {r.text for r in sp.roles} | ({sp.role} if sp.role else set())
            roles[sp.name].extend((role, q.article.id) for role in sorted(given))
    return roles


def role_holders(
    roles: dict[str, list[tuple[str, str]]], named: dict[str, list[Named]]
) -> dict[str, set[tuple[str, str]]]:
    """Each person's roles with the article giving them: as speakers, and as people named."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, given in roles.items():
        out[name].update(given)
    for article, people in named.items():
        for p in people:
            out[p.name].update((role, article) for role in p.roles)
    return out


def guessed_only(quotes: list[Quote]) -> set[tuple[str, str, str]]:
    """The roles an article gives a person only as descriptions it took for them for want of a
    better one (``GUESSED``: « l'édile » taken for the president the article is about),
    whatever other roles it gives them, unless one of those is of the description's kind or
    it of theirs (« maire de Vireval » for « l'élu de la commune »: ``kind_heads``): (name,
    article id, role)."""
    guesses: dict[tuple[str, str], set[str]] = defaultdict(set)
    given: dict[tuple[str, str], set[str]] = defaultdict(set)
    for q in quotes:
        sp = q.speaker
        if sp.kind != "person" or not sp.name:
            continue
        key = (sp.name, q.article.id)
        given[key] |= {r.text for r in sp.roles} | ({sp.role} if sp.role else set())
        if GUESSED in q.evidence and sp.role:
            guesses[key].add(sp.role)
    return {(*key, role) for key, roles in guesses.items() for role in roles
            if not any(_of_kind(role, other) for other in given[key] - roles)}


def _of_kind(description: str, role: str) -> bool:
    """Is one of the two of the other's kind (lexicon/role_kinds.tsv: « l'élu de la commune »
    and the « maire de Vireval », the « magistrate » and « la procureure »), never by a noun
    that covers any role?"""
    return any(bool(kinds and kinds & heads(other))
               for kinds, other in ((kind_heads(description), role),
                                    (kind_heads(role), description)))


def unlent(q: Quote, taken: dict[tuple[str, str], set[str]]) -> Quote:
    """The quote without a role another article lent it (``batch-role:ID``) from a description
    that article took for the speaker and the batch has given to someone else since."""
    lent = [e for e in q.evidence if e.startswith(f"{Evidence.BATCH_ROLE}:")]
    name = q.speaker.name or ""
    if not any(q.speaker.role in taken.get((e.removeprefix(f"{Evidence.BATCH_ROLE}:"), name), set())
               for e in lent):
        return q
    kept = tuple(e for e in q.evidence if e not in lent)
    return replace(q, speaker=replace(q.speaker, role=None), evidence=kept)


def without_moved(q: Quote, moved: set[str]) -> Quote:
    """The quote without the roles that came from descriptions given to someone else since
    (« le chef de l'État » first taken for the singer an article is about is no role of his)."""
    sp = q.speaker
    if not moved or not ({r.text for r in sp.roles} | {sp.role}) & moved:
        return q
    kept = tuple(r for r in sp.roles if r.text not in moved)
    role = sp.role if sp.role not in moved else None
    return replace(q, speaker=replace(sp, role=role, roles=kept))


def with_country(quotes: list[Quote], holders: dict[str, set[tuple[str, str]]]) -> list[Quote]:
    """The quotes whose speaker's role is a bare title (« Premier ministre ») with the fuller
    form of it with a country's adjective (« Premier ministre belge ») that another quote of
    its own article gives the same person; never when it gives two countries. Another
    article's fuller form is none: a bare title stays bare when its article gives no fuller
    form of it (fixtures/gold/GUIDELINES.md, « Bare head nouns »)."""
    given: dict[str, set[tuple[str, str]]] = defaultdict(set, holders)
    for q in quotes:
        if q.speaker.kind == "person" and q.speaker.name and q.speaker.role:
            given[q.speaker.name] = given[q.speaker.name] | {(q.speaker.role, q.article.id)}
    out = []
    for q in quotes:
        sp, bare = q.speaker, office(q.speaker.role or "", role=True)
        if sp.kind != "person" or not sp.name or not sp.role or bare is None or bare.more:
            out.append(q)
            continue
        size = len(sp.role.split())
        fuller = {
            r for n in forms(sp.name, given) for r, a in given[n]
            if a == q.article.id
            and (o := office(r, role=True)) is not None and o.foreign and o.names & bare.names
            and " ".join(r.split()[:size]).casefold() == sp.role.casefold()
        }
        if len({r.casefold() for r in fuller}) != 1:
            out.append(q)
            continue
        out.append(replace(q, speaker=replace(sp, role=min(fuller)),
                           evidence=(*q.evidence, f"{Evidence.BATCH_ROLE}:{q.article.id}")))
    return out
