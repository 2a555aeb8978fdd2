"""One spelling per person and per body across a batch: a name one outlet misspells is the name.

An outlet now and then misspells a name the others of the run write right (« Ousmannou Keïta »
for « Ousmanou Keïta »), and one article may write it both ways: read as written, the speaker
is wrong and the quotes of the one person split into two groups. But many surnames are one
letter from another (« Castelbon », « Castelbou »; « Vernadet », « Vernadez »), and two people
so named are two people: a name is respelled only on evidence that the two
spellings name one person, never for want of evidence that they name two.

Two names of one kind may be spellings of one name (``near``) when they have as many words, all
the same but one (case and accents set aside), and that one differs by a single edit: a letter
added, dropped or changed in a word of ``LONG`` letters or more, two letters side by side
swapped in one of ``SWAP`` or more; never a name of fewer than ``LONG`` letters, never two
given names the lists know (« Martine », « Martina »: two women), never a word in lower case
(« ministère », « ministre ») or with a digit. Two such spellings name one person (``_linked``)
only when, from articles not dated more than ``story_days`` apart:

- (a) a role of each is one single office (``spelling_evidence.agree``): the same role noun
  and the same complement, determiners, case, accents and marks aside (« maire de Vernac »,
  « le maire de Vernac »), a complement « de » naming one body or place by a capitalised
  name, held by one person at a time; never a bare noun (« député » and « député »;
  « préfet » and « préfet du Cantal »), an adjective's role (« conseillère municipale »),
  « au barreau de Paris », nor a role noun many hold at once in one body
  (lexicon/shared_roles.txt: « joueur », « défenseur du Stade rennais », « avocat »); a
  person's name only, a body has no role to tell;
- (b) a quote of each reports one utterance (the grouping's wording test, ``utterances``, asked
  of their quotes alone as if both were the one spelling), the two sharing ``SAID_RUN`` words
  in a row, no stock phrase among them (lexicon/stock_phrases.txt: « aucun commentaire »,
  thanks): « C'est une honte », « Nous sommes très inquiets pour la suite » are anyone's;
- or one article's cast took the two for one person (a mention writes the other spelling).

Two names of three words or more, the given name and the surname the same, whose one inner word
of ``LONG`` letters or more is two edits from the other's (``inner``: « Samuel Kesangaga
Tshering », « Samuel Kesanga Tshering »), name one person when articles of one story (naming
someone else in common or quoting one body) give each a role with the same role noun
(``_one_role``: « directeur général », « directeur général de l'Agence des eaux »); so do two
people's names of one given name, written out, whose surnames of fewer letters a letter doubled
or two letters swapped tell apart (``spelling_forms.doubled``: « François Rufin », « François
Ruffin », each « député » in articles of one story);

and never when records tell them apart (``_apart``): an article whose cast holds both as two
people (« Marie Vidalenc et Marie Vidalenq, toutes deux candidates »), genders shown and
different, roles given each and none compatible (« maire de Salers », « maire de Murat »;
« avocat du prévenu », « avocat de la victime »), or every article of one dated more than
``story_days`` from every article of the other. A spelling with no role and no shared words
links to nothing, so no chain runs through it (« Paul Vernadet, maire » and « Paul Vernadez,
attaquant » through a role-less « Paul Vernades »): a spelling takes another only when linked
to it directly.

Of linked spellings, the one a people file pinned, else the one most articles write (quoting
or naming the person), then the one written most often (at a cue or in a description that
gives the name), then the one whose differing word is a given name the lists know and the
others' is not, is ``speaker.name`` of every one linked to it (``speaker.mention`` keeps what
the article wrote), with ``batch-spelling:ID`` in ``evidence`` (ID: the first article of the
batch writing it). A tie leaves each article its own spelling, and so do two pinned names; a
spelling linked by ``doubled`` alone takes only one strictly more articles write (« Sophie
Morin » in one article, « Sophie Mroin » twice in another: each its own). A pinned name is
never respelled, and takes a spelling only on the same evidence; a quote that takes it gets,
from the people file when one is given, its id, gender and role where the article gives none,
with ``people-file`` (``people.apply_people``), as the file's own quotes do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations, product
from typing import TYPE_CHECKING

from quotes.attribute.batch_groups import Stories, Utterances
from quotes.attribute.name_model import NAME_MODEL
from quotes.attribute.role_words import heads
from quotes.attribute.spelling_evidence import SAID_RUN, agree, compatible, shared_run
from quotes.attribute.spelling_forms import doubled, given_word, inner, name_keys, near
from quotes.model import Evidence, Named, Quote, day_number
from quotes.settings import DEFAULT

if TYPE_CHECKING:
    from quotes.attribute.people import People

_EDGES = ",;:.!?«»\"“”()[]"  # what a mention's word may carry that is no part of a name
KINDS = ("person", "organization")  # a described or anonymous speaker names no one

Name = tuple[str, str]  # (kind, name as written)


@dataclass
class _Spelling:
    """What the batch says of one name as written: the articles writing it, those whose cast
    holds it as one person (a speaker's or a named person's name), how often it is written,
    the genders shown, the roles each article gives, its quotes (by index), the names an
    article's cast gave where a mention wrote this one, and whether a people file pinned it."""

    articles: set[str] = field(default_factory=set)
    entries: set[str] = field(default_factory=set)
    written: set[tuple[str, int]] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    quotes: list[int] = field(default_factory=list)
    joined: set[Name] = field(default_factory=set)
    pinned: bool = False


def one_spelling(
    quotes: list[Quote], named: dict[str, list[Named]],
    utterances: Utterances | None = None, *, story_days: int = DEFAULT.story_days,
    people: People | None = None,
) -> tuple[list[Quote], dict[str, list[Named]]]:
    """The quotes and the people each article names (by article id), each name linked to
    another (``_linked``) written as the batch writes it (``_chosen``), its quotes with
    ``batch-spelling:ID``, and, when the spelling is a name ``people`` pins, the file's id,
    gender and role as the file's own quotes have them; a tie, or a name a people file
    pinned, as it was."""
    spellings = _spellings(quotes, named)
    order = {a: n for n, a in enumerate(dict.fromkeys(
        [q.article.id for q in quotes] + list(named)))}  # the batch's order of its articles
    days = {q.article.id: day_number(q.article.date) for q in quotes}

    def near_days(a: str, b: str) -> bool:
        x, y = days.get(a), days.get(b)
        return x is None or y is None or abs(x - y) <= story_days

    respelled: dict[Name, Name] = {}
    stories = Stories(quotes, named, utterances, story_days=story_days)
    for names, edges, doubled_only in _linked(spellings, quotes, utterances, near_days, stories):
        to = _chosen(names, spellings)
        if to is None:
            continue
        for name in names:  # only a spelling linked to the one chosen, never through a third
            if name != to and (name, to) in edges and not spellings[name].pinned and not (
                    (name, to) in doubled_only and not _more_articles(to, name, spellings)):
                respelled[name] = to
    if not respelled:
        return quotes, named
    source = {to: min(spellings[to].articles, key=order.__getitem__)
              for to in respelled.values()}
    out = []
    for q in quotes:
        sp = q.speaker
        to = respelled.get((sp.kind, sp.name or ""))
        if to is None:
            out.append(q)
            continue
        q = replace(q, speaker=replace(sp, name=to[1]), evidence=(
            *q.evidence, f"{Evidence.BATCH_SPELLING}:{source[to]}"))
        if people is not None and spellings[to].pinned:
            from quotes.attribute.people import apply_people

            q = apply_people([q], people)[0]
        out.append(q)
    respelled_people = {n: to for (kind, n), to in respelled.items() if kind == "person"}
    given = {article: [replace(p, name=respelled_people.get(p.name, ("", p.name))[1])
                       for p in them] for article, them in named.items()}
    return out, given


def _spellings(quotes: list[Quote], named: dict[str, list[Named]]) -> dict[Name, _Spelling]:
    """Each name of the batch by (kind, name as written), with what the batch says of it."""
    found: dict[Name, _Spelling] = defaultdict(_Spelling)
    for n, q in enumerate(quotes):
        sp = q.speaker
        if sp.kind not in KINDS or not sp.name:
            continue
        article = q.article.id
        one = found[sp.kind, sp.name]
        one.articles.add(article)
        one.entries.add(article)
        one.quotes.append(n)
        if sp.mention is not None and (form := _written_as(sp.name, sp.mention.text)):
            # the article's cast joined two spellings under one name: the mention says which
            # the article wrote there
            found[sp.kind, form].articles.add(article)
            found[sp.kind, form].written.add((article, sp.mention.start))
            if form != sp.name:
                found[sp.kind, form].joined.add((sp.kind, sp.name))
        if sp.gender and NAME_MODEL not in q.evidence:
            one.genders.add(sp.gender)
        one.roles[article].update(t for t in (sp.role, *(r.text for r in sp.roles)) if t)
        one.pinned |= Evidence.PEOPLE_FILE in q.evidence
    for article, people in named.items():
        for p in people:
            one = found["person", p.name]
            one.articles.add(article)
            one.entries.add(article)
            if p.gender:
                one.genders.add(p.gender)
            one.roles[article].update(t for t in p.roles if t)
    return found


def _written_as(name: str, mention: str) -> str | None:
    """The spelling of ``name`` a mention writes (« Ousmanou Keïta, maire de Vernac »): the
    name itself, its words standing whole in the mention's, or as many words of it that are a
    spelling of it (``near``); None for neither (a pronoun, a description)."""
    words = [w.strip(_EDGES) for w in mention.split()]
    size = len(name.split())
    spans = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    own = name_keys(name)
    if any(name_keys(span) == own for span in spans):
        return name
    return next((span for span in spans if near(span, name)), None)


def _linked(spellings: dict[Name, _Spelling], quotes: list[Quote],
            utterances: Utterances | None, near_days: Callable[[str, str], bool],
            stories: Stories
            ) -> list[tuple[set[Name], set[tuple[Name, Name]], set[tuple[Name, Name]]]]:
    """The sets of two names or more that are spellings of one (``near``) linked by evidence
    that they name one person (``_one``), from one to the next, each with its links (both
    ways) and those only ``doubled`` made (a short surname: ``_more_articles``). Only names
    alike but for one word, whose first two or last two letters agree, are compared: a single
    edit leaves one end of a word of ``SWAP`` letters or more as it was."""
    blocks: dict[tuple[str, ...], list[Name]] = defaultdict(list)
    for kind, name in spellings:
        words = name_keys(name)
        for i, word in enumerate(words):
            rest = (kind, *words[:i], "", *words[i + 1:])
            blocks[(*rest, "<" + word[:2])].append((kind, name))
            blocks[(*rest, ">" + word[-2:])].append((kind, name))
    parent: dict[Name, Name] = {}
    edges: set[tuple[Name, Name]] = set()
    doubled_only: set[tuple[Name, Name]] = set()

    def root(x: Name) -> Name:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    seen: set[tuple[Name, Name]] = set()
    for names in blocks.values():
        for a, b in combinations(sorted(set(names)), 2):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            by_near = near(a[1], b[1]) and _one(a, b, spellings, quotes, utterances, near_days)
            if by_near or (
                    (inner(a[1], b[1]) or (a[0] == "person" and doubled(a[1], b[1])))
                    and _one_role(a, b, spellings, stories)):
                edges |= {(a, b), (b, a)}
                if not (by_near or inner(a[1], b[1])):  # a short surname's link alone
                    doubled_only |= {(a, b), (b, a)}
                parent[root(b)] = root(a)
    sets: dict[Name, set[Name]] = defaultdict(set)
    for child in parent:
        sets[root(child)].add(child)
    for top, linked in sets.items():
        linked.add(top)
    return [(names, {e for e in edges if e[0] in names},
             {e for e in doubled_only if e[0] in names}) for names in sets.values()]


def _more_articles(to: Name, name: Name, spellings: dict[Name, _Spelling]) -> bool:
    """Do strictly more articles write ``to`` than ``name``? A short surname a letter doubled
    or two swapped (``doubled``) takes only such a spelling: of one article each, the typo may
    be written more often (« Sophie Mroin » at the cue and in the apposition) and each article
    keeps its own."""
    return len(spellings[to].articles) > len(spellings[name].articles)


def _one(a: Name, b: Name, spellings: dict[Name, _Spelling], quotes: list[Quote],
         utterances: Utterances | None, near_days: Callable[[str, str], bool]) -> bool:
    """Is there evidence that two spellings name one person or body, and nothing telling
    them apart (``_apart``)? An article's cast joined them; a role of each from articles of
    the same days is one office (``spelling_evidence.agree``: people only); or a quote of each
    reports one utterance (``_said``)."""
    one, other = spellings[a], spellings[b]
    if _apart(one, other, near_days):
        return False
    if a[0] == "person" and (b in one.joined or a in other.joined):
        return True
    if a[0] == "person" and any(
            near_days(x, y) and agree(r, s)
            for (x, rs), (y, ss) in product(one.roles.items(), other.roles.items())
            for r, s in product(rs, ss)):
        return True
    return _said(one, other, quotes, utterances, near_days, a[1])


def _one_role(a: Name, b: Name, spellings: dict[Name, _Spelling], stories: Stories) -> bool:
    """Two spellings of a person's name alike but for an inner word (``inner``) name one
    person when articles of one story, sharing someone else or a body (``Stories``), give each
    a role with the same role noun (« directeur général », « directeur général de l'Agence »)
    and nothing tells them apart."""
    one, other = spellings[a], spellings[b]
    return not _apart(one, other, lambda x, y: not stories.apart(x, y)) and any(
        stories.shares_beside(x, y, (a[1], b[1])) and heads(r) & heads(s)
        for (x, rs), (y, ss) in product(one.roles.items(), other.roles.items())
        for r, s in product(rs, ss))


def _said(one: _Spelling, other: _Spelling, quotes: list[Quote], utterances: Utterances | None,
          near_days: Callable[[str, str], bool], name: str) -> bool:
    """Does a quote of each spelling report one utterance (``utterances``), both of articles
    of the same days, read as if both were ``name``, the two sharing ``SAID_RUN`` words in a
    row, no stock phrase among them (``spelling_evidence.shared_run``)? « C'est une honte »,
    « Nous sommes très inquiets pour la suite » are said by many."""
    if utterances is None or not one.quotes or not other.quotes:
        return False
    both = [quotes[n] for n in (*one.quotes, *other.quotes)]
    both = [replace(q, speaker=replace(q.speaker, name=name)) for q in both]
    first = len(one.quotes)
    return any(near_days(both[x].article.id, both[y].article.id)
               and shared_run(both[x].span.text, both[y].span.text) >= SAID_RUN
               for members in utterances(both)
               for x in members if x < first for y in members if y >= first)


def _apart(a: _Spelling, b: _Spelling, near_days: Callable[[str, str], bool]) -> bool:
    """Do the records tell two names' bearers apart: an article whose cast holds both as two
    people, genders shown and different, roles given each and none compatible
    (``spelling_evidence.compatible``), or every article of one dated more than the days of a
    story from every article of the other?"""
    if a.entries & b.entries:
        return True
    if a.genders and b.genders and not a.genders & b.genders:
        return True
    mine = {r for rs in a.roles.values() for r in rs}
    theirs = {r for rs in b.roles.values() for r in rs}
    if mine and theirs and not any(compatible(r, s) for r, s in product(mine, theirs)):
        return True
    return not any(near_days(x, y) for x, y in product(a.articles, b.articles))


def _chosen(names: set[Name], spellings: dict[Name, _Spelling]) -> Name | None:
    """The spelling of linked ``names`` the others linked to it take: the one a people file
    pinned; else the one most articles write, then written most often, then the only one
    whose differing word is a given name the lists know. None for a tie or two pinned names."""
    pinned = [n for n in names if spellings[n].pinned]
    if len(pinned) > 1:
        return None
    if pinned:
        return pinned[0]
    score = {n: (len(spellings[n].articles), len(spellings[n].written), _known(n[1], names))
             for n in names}
    top = max(score.values())
    ahead = [n for n in names if score[n] == top]
    return ahead[0] if len(ahead) == 1 else None


def _known(name: str, names: Iterable[tuple[str, str]]) -> bool:
    """Is the word where ``name`` differs from the other ``names`` a given name the lists know
    (lexicon/first_names.tsv, given_names.tsv), where theirs is not?"""
    own = name_keys(name)
    for _, other in names:
        theirs = name_keys(other)
        if theirs == own:
            continue
        if len(theirs) != len(own):
            return False
        for mine, its in zip(own, theirs, strict=True):
            if mine != its and (not given_word(mine) or given_word(its)):
                return False
    return True
