"""A plural description for the group of people the batch names with its noun.

« Les enfants de la défunte », « ses enfants », « les avocats du maire » said by an article that
names no one of them go to the one group (« Paul et Anne ») an article of the same story names
with that noun (« ses enfants, Paul et Anne », « leurs avocats, Me Roy et Me Vidal »): its
noun, in the plural, and a word of its complement when both say one (« de la défunte » and
« de Jeanne Roy » say nothing against each other only when one of them is left out). Two
groups fit, or the quote's sentence joins two names itself (its own group, left unread): none.
No group named, and the description's complement a person its story names, the members named
one by one by the noun's singular and the same complement (« Me Roy, avocate de Paul Morel »,
« Me Vidal, avocat de Paul Morel ») make it (``_members``); a body's or a place's people (« les
élus de l'opposition », « les médecins de l'hôpital de Brest ») are a group open to more than
the ones the story names, none.
The group gets no gender (GUIDELINES.md: groups) and keeps the role its own article gives it
(« ses avocats »: `avocat`, as « son avocat » gives one; « les avocats de l'élu »: none), and
its name is its members' names, the fullest naming the batch gives, as for one person.

A quote with no cue and no speaker in the sentence right after one the batch named
(``goes_on``) is that speaker's, as the quote before's speaker goes on in an article.

The articles of one story (``Stories``): the ones naming someone an article names (the same
person, or a surname alone that ends the full name) or quoting a body it quotes (« parquet de
Nantes », a capital in its name), or reporting an utterance it reports (grouped); then the
articles reached from one such article to the next; never two articles dated more than
``story_days`` apart (a hearing of March and a vote of January are two events, whoever both
name). A place two roles name ties nothing (« maire de Paris », « procureur de Paris »). An
undated article is near any date, so a name shared alone ties it. A batch of many stories
gives each story what it alone gives: a description looks for its holder in its own story
first (``attribute.batch``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from quotes.attribute.batch_names import one_person
from quotes.attribute.role_words import covers, words_of
from quotes.lexicon import cached, capitalised, fold, plural_shaped, singular, titles
from quotes.lexicon.grammar import NAME_LINKS
from quotes.lexicon.roles import counterparts
from quotes.model import Evidence, Named, Quote, day_number
from quotes.settings import DEFAULT

# the quotes (by index) that report one utterance: ``group.grouping.utterances``
Utterances = Callable[[list[Quote]], list[list[int]]]

_NUMBERS = frozenset({"deux", "trois", "quatre", "cinq", "plusieurs"})


def to_group(
    q: Quote, holders: dict[str, set[tuple[str, str]]], stories: Stories
) -> tuple[Quote, str] | None:
    """The quote given to the one named group whose noun the speaker's plural description has,
    named by this article or one of its story, and the article that names the group; None when
    the speaker is no such description or no group, or two, fit."""
    sp = q.speaker
    said = _noun(sp.name or "")
    if sp.kind not in ("person", "unknown") or said is None:
        return None
    noun, more = said
    if _joined(q.sentence.text):
        return None  # the article names a group there itself, as the speaker's apposition
    found = {
        (name, article)
        for name, given in holders.items() if _group(name)
        for role, article in given
        if (of := _noun(role, held=True)) is not None and (of[0] == noun or covers(noun, of[0]))
        and _agree(more, of[1])
        and stories.told(q.article.id, article)
    }
    names = {name for name, _ in found}
    if not names and (members := _members(sp.name or "", holders, q.article.id, stories)):
        found = set(members)
        *most, last = dict.fromkeys(name for name, _ in members)
        names = {f"{', '.join(most)} et {last}"}  # « Anne Roy, Luc Vidal et Marc Dumas »
    if len(names) != 1:  # one group only: never a guess between two
        return None
    name = names.pop()
    source = min(a for _, a in found)
    speaker = replace(sp, name=name, kind="person", roles=(), gender=None,
                      resolution="description")
    evidence = (*q.evidence, f"{Evidence.BATCH_DESCRIPTION}:{source}")
    return replace(q, speaker=speaker, evidence=evidence), source


def _members(
    description: str, holders: dict[str, set[tuple[str, str]]], article: str, stories: Stories,
) -> list[tuple[str, str]]:
    """The group a plural description whose complement is a person its story names (« les
    avocats de Paul Morel », « ses avocats » read as his) names when the story names no group
    but its members one by one, each by the singular of its noun, of either gender, and the
    same complement (« Me Roy, avocat de Paul Morel », « Me Vidal, avocate de Paul Morel »):
    (name, article) of each, in the batch's order; none when fewer than two. A complement left
    out, longer or another (« Me Roy, avocat », « avocat de la mère de Paul Morel », « avocat de
    Paul Girard »), says another's: no member."""
    words = words_of(description)
    whose = _person(words)
    if whose is None or not any(
            one_person(whose, p) for a, people in stories.people.items()
            if stories.told(article, a) for p in _named(people)):
        return []
    noun, more = singular(words[0]), _complement(words)
    kinds = {noun, *counterparts(noun)}
    found = [
        (name, source)
        for name, given in holders.items() if capitalised(name) and not _group(name)
        for role, source in sorted(given)
        if (words := words_of(role)) and words[0].islower() and fold(words[0]) in kinds
        and _complement(words) == more and stories.told(article, source)
    ]
    people = list(dict.fromkeys(name for name, _ in found))
    # « Roy » and « Anne Roy »: one member
    people = [p for p in people if not any(o != p and one_person(p, o) and len(o) > len(p)
                                           for o in people)]
    return [(n, a) for n, a in found if n in people] if len(people) > 1 else []


def _person(words: list[str]) -> str | None:
    """The name a noun's complement is, past its links (« avocats de Paul Morel », « d'Yves
    Morin »: capitals only); None for a body's, a place's or a relative's (« de la commune de
    Bron », « de la mère de Paul Morel »)."""
    rest = words[1:]
    while rest and (fold(rest[0]) in NAME_LINKS or fold(rest[0]) == "d"):
        rest = rest[1:]
    return " ".join(rest) if rest and all(capitalised(w) for w in rest) else None


def _complement(words: list[str]) -> set[str]:
    """The words of a role noun's complement (five letters, function words left out)."""
    return {f[:5] for w in words[1:] if len(w) > 2 and (f := fold(w)) not in NAME_LINKS}


def _noun(text: str, *, held: bool = False) -> tuple[str, set[str]] | None:
    """A described speaker's or a role's noun, singular and folded, when it is a plural one
    (« avocats », « enfants »), with the words of its complement (five letters, function words
    left out); None for a name (a capital first), a singular noun or an empty text. ``held``:
    the role a group holds, which is each one's, singular (« Me Roy et Me Vidal »: `avocat`)."""
    words = words_of(text)
    if words and fold(words[0]) in _NUMBERS:
        words = words[1:]
    if not words or not words[0].islower() or not (held or plural_shaped(fold(words[0]))):
        return None
    return singular(words[0]), _complement(words)


def _joined(sentence: str) -> bool:
    """Does a sentence join two capitalised words by « et » (« ses enfants, Paul et Anne »)?"""
    return _joining().search(sentence) is not None


@cached
def _joining() -> re.Pattern[str]:
    """Two capitalised words joined by « et », the second maybe after a title
    (lexicon/titles.txt: « M. Roy et Mme Vidal »)."""
    titled = "|".join(re.escape(t) + " " for t in sorted(titles(), key=len, reverse=True))
    return re.compile(rf"\b[A-ZÀ-Ý][\w-]+ et (?:{titled})?[A-ZÀ-Ý][\w-]+")


def _agree(said: set[str], given: set[str]) -> bool:
    """Do two complements agree: one of them left out, or a word they share."""
    return not said or not given or bool(said & given)


def _group(name: str) -> bool:
    """A group's name: the names of its members joined (« Paul et Anne »)."""
    parts = name.split(" et ")
    return len(parts) > 1 and all(capitalised(p) for p in parts)


def _named(people: set[str]) -> set[str]:
    """The names among the people a story names, descriptions (« enfants ») left out."""
    return {p for p in people if capitalised(p) and not _group(p)}


def goes_on(q: Quote, before: Quote) -> bool:
    """Does a quote with no cue, left with no speaker, open the sentence right after the quote
    before it in its article (« "…", a-t-elle dit. "…" »): extraction gives such a quote the
    speaker before it, which the batch only now knows."""
    return (q.speaker.name is None and q.cue is None and Evidence.NO_SPEAKER in q.evidence
            and before.article.id == q.article.id
            and 0 <= q.sentence.start - before.sentence.end <= 2)


class Stories:
    """The people each article names or quotes (``people``, by article id), and which
    articles tell one story: an article naming someone another names or a body it quotes, or
    reporting an utterance it reports (``utterances``: the grouping,
    asked only of the two articles' quotes, when names tie nothing), never two articles dated
    more than ``story_days`` apart (``apart``)."""

    def __init__(self, quotes: list[Quote], named: dict[str, list[Named]],
                 utterances: Utterances | None = None, *,
                 story_days: int = DEFAULT.story_days) -> None:
        self.people: dict[str, set[str]] = defaultdict(set)
        # the bodies each article quotes, folded
        self._bodies: dict[str, set[str]] = defaultdict(set)
        self._quotes: dict[str, list[Quote]] = defaultdict(list)
        self._days: dict[str, int | None] = {}
        self._limit = story_days
        for q in quotes:
            self._quotes[q.article.id].append(q)
            if q.article.id not in self._days:
                self._days[q.article.id] = day_number(q.article.date)
            name = q.speaker.name
            if q.speaker.kind == "person" and name:
                self.people[q.article.id].add(name)
            elif q.speaker.kind == "organization" and name and any(map(capitalised, name.split())):
                self._bodies[q.article.id].add(fold(name))
        for article, people in named.items():
            self.people[article].update(p.name for p in people)
        self._utterances = utterances
        self._told: dict[tuple[str, str], bool] = {}
        self._reached: dict[str, set[str]] = {}
        self._reached_near: dict[str, set[str]] = {}  # ``_reached`` less those dated apart
        self._keys: dict[str, set[str]] = defaultdict(set)
        self._names: dict[str, set[str]] = {}  # ``_named`` of each article's people, once
        self._shared: dict[tuple[str, str], bool] = {}

    def _named_by(self, article: str) -> set[str]:
        """The names an article's people hold (``_named``), computed once per article: the
        people are all known when the stories are made."""
        if article not in self._names:
            self._names[article] = _named(self.people.get(article, set()))
        return self._names[article]

    def _gap(self, a: str, b: str) -> int | None:
        """How many days apart articles ``a`` and ``b`` are dated; None when either has no
        date here (it is read from an article's quotes: one only naming people has none)."""
        x, y = self._days.get(a), self._days.get(b)
        return None if x is None or y is None else abs(x - y)

    def apart(self, a: str, b: str) -> bool:
        """Are articles ``a`` and ``b`` dated more than ``story_days`` apart: two events,
        not one? An article with no date (or one naming people only) is near any other."""
        gap = self._gap(a, b)
        return gap is not None and gap > self._limit

    def near(self, a: str, b: str) -> bool:
        """Are articles ``a`` and ``b`` both dated, at most ``story_days`` apart?"""
        gap = self._gap(a, b)
        return gap is not None and gap <= self._limit

    def shares(self, a: str, b: str) -> bool:
        """Does article ``b``, not dated apart from ``a`` (``apart``), name someone article
        ``a`` names (« Roy » and « Anne Roy »), descriptions and groups left out, or quote a
        body it quotes?"""
        key = (a, b)
        if key not in self._shared:
            self._shared[key] = self.shares_beside(a, b, ())
        return self._shared[key]

    def shares_beside(self, a: str, b: str, skip: tuple[str, ...]) -> bool:
        """``shares``, the people ``skip`` names left out: do articles ``a`` and ``b`` name
        someone else in common, or quote one body?"""
        mine, theirs = ([x for x in self._named_by(c) if not any(one_person(x, s) for s in skip)]
                        for c in (a, b))
        return not self.apart(a, b) and (
            any(one_person(x, y) for x in mine for y in theirs)
            or bool(self._bodies.get(a, set()) & self._bodies.get(b, set())))

    def reached(self, a: str) -> set[str]:
        """The articles reached from ``a`` by names or bodies shared, one article to the next
        (« Nuñez » ties a to b, « parquet de Nantes » b to c)."""
        if not self._keys:  # a last word, a body -> the articles naming it, made once
            for article in {*self.people, *self._bodies}:
                for name in self._named_by(article):
                    self._keys[fold(name.split()[-1])].add(article)
                for body in self._bodies.get(article, set()):
                    self._keys[body].add(article)
        keys = self._keys
        if a not in self._reached:
            seen, todo = {a}, [a]
            while todo:
                at = todo.pop()
                near = {b for n in self._named_by(at)
                        for b in keys.get(fold(n.split()[-1]), ())}
                near |= {b for body in self._bodies.get(at, set()) for b in keys.get(body, ())}
                for b in near - seen:
                    if self.shares(at, b):
                        seen.add(b)
                        todo.append(b)
            for b in seen:
                self._reached[b] = seen
        if a not in self._reached_near:
            # one article to the next may go from one year to another: none dated apart from
            # ``a``, kept once per article (every description of it asks)
            self._reached_near[a] = {b for b in self._reached[a] if not self.apart(a, b)}
        return self._reached_near[a]

    def told(self, a: str, b: str) -> bool:
        """Do articles ``a`` and ``b`` tell one story: the same article, or, when not dated
        apart, one naming someone the other names, or a quote of each reporting one
        utterance?"""
        if a == b or self.shares(a, b):
            return True
        return self._uttered(a, b)

    def _uttered(self, a: str, b: str) -> bool:
        """Does a quote of each of articles ``a`` and ``b``, not dated apart, report one
        utterance?"""
        if a == b or self._utterances is None or self.apart(a, b):
            return False
        key = (min(a, b), max(a, b))
        if key not in self._told:
            both = [*self._quotes.get(a, []), *self._quotes.get(b, [])]
            self._told[key] = any(
                len({both[n].article.id for n in members}) == 2
                for members in self._utterances(both))
        return self._told[key]

    def one_event(self, a: str, b: str) -> bool:
        """Do articles ``a`` and ``b`` surely tell one event, enough to put one's person in
        place of the other's reading: a quote of each reporting one utterance, or two people
        both name (one shared name may be a public figure two events both speak of, « le
        garde des Sceaux Éric Dumont » of two trials)?"""
        if self.apart(a, b):
            return False
        theirs = self._named_by(b)
        both = [x for x in self._named_by(a) if any(one_person(x, y) for y in theirs)]
        return len(both) > 1 or self._uttered(a, b)
