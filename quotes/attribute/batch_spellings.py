"""One spelling per person and per body across a batch: a name one outlet misspells is the name.

An outlet now and then misspells a name the others of the run write right (« Ousssama Ali »,
« Mayram Rajavi », « Hezebollah »), and one article may write it both ways: read as written, the
speaker is wrong and the quotes of the one person split into two groups. Two names of one kind
are spellings of one name (``near``) when they have as many words, all the same but one (case
and accents set aside), and that one differs by a single edit: a letter added, dropped or
changed in a word of ``LONG`` letters or more, two letters side by side swapped in one of
``SWAP`` or more; never a name of fewer than ``LONG`` letters, never two given names the lists
know (« Martine », « Martina »: two women), never a word in lower case (« ministère »,
« ministre ») or with a digit. Two records that tell the people apart keep them apart:
genders shown and different, roles that share no role noun (``role_nouns``).

The spelling most articles write (quoting or naming the person), then the one written most
often (at a cue or in a description that gives the name), then the one whose differing word
is a given name the lists know and the others' is not, is every one's ``speaker.name``
(``speaker.mention`` keeps what the article wrote), with ``batch-spelling:ID`` in ``evidence``
(ID: the first article writing it). A tie leaves each article its own spelling. A name a
people file pinned (``people-file``) is never respelled; it is the spelling of its name, and
two pinned names are two people.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations

from rapidfuzz.distance import OSA, Levenshtein

from quotes.attribute.name_model import NAME_MODEL
from quotes.attribute.offices import office_heads
from quotes.attribute.role_words import kind_heads
from quotes.lexicon import capitalised, fold, folded, folded_table
from quotes.model import Evidence, Named, Quote

# the letters a word must have for one letter added, dropped or changed to leave the same
# name: shorter words so changed are another name as often as not (« Dupont », « Dupond »;
# « Lamine », « Amine »), where the misspellings a run gives are of longer words (« Oussama »,
# « Khamenei », « Hezbollah »: 7 to 9 letters), and never two edits (« Martinaud »,
# « Martineau » are two names, whoever bears them)
LONG = 7
# the letters a word must have for two of its letters swapped side by side to leave the same
# name (« Maryam », « Mayram »): a swap of typing rarely makes another name, as a change does
SWAP = 5
_SPLIT = re.compile(r"[\s'’-]+")  # « Abdul-Malak » and « Abdul Malak » have the same words
_EDGES = ",;:.!?«»\"“”()[]"  # what a mention's word may carry that is no part of a name
KINDS = ("person", "organization")  # a described or anonymous speaker names no one


@dataclass
class _Spelling:
    """What the batch says of one name as written: the articles writing it, how often it is
    written, the genders shown and the role nouns given (None: a role any role may be), and
    whether a people file pinned it."""

    articles: set[str] = field(default_factory=set)
    written: set[tuple[str, int]] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    roles: set[str] | None = field(default_factory=set)
    pinned: bool = False

    def role(self, text: str | None) -> None:
        if not text or self.roles is None:
            return
        nouns = kind_heads(text)
        self.roles = None if nouns is None else self.roles | nouns | office_heads(text)


def one_spelling(
    quotes: list[Quote], named: dict[str, list[Named]]
) -> tuple[list[Quote], dict[str, list[Named]]]:
    """The quotes and the people each article names (by article id), each name that is a
    spelling of another (``near``) written as the batch writes it (``_chosen``), its quotes
    with ``batch-spelling:ID``; a tie, or a name a people file pinned, as it was."""
    spellings = _spellings(quotes, named)
    respelled = {name: to for names in _linked(spellings)
                 if (to := _chosen(names, spellings)) is not None
                 for name in names if name[1] != to[1]}
    if not respelled:
        return quotes, named
    source = {to: min(spellings[to].articles) for to in respelled.values()}
    out = []
    for q in quotes:
        sp = q.speaker
        to = respelled.get((sp.kind, sp.name or ""))
        if to is None:  # a pinned name is the one its linked names take: never respelled
            out.append(q)
            continue
        out.append(replace(q, speaker=replace(sp, name=to[1]), evidence=(
            *q.evidence, f"{Evidence.BATCH_SPELLING}:{source[to]}")))
    people = {article: [replace(p, name=respelled.get(("person", p.name), ("", p.name))[1])
                        for p in given] for article, given in named.items()}
    return out, people


def _spellings(quotes: list[Quote], named: dict[str, list[Named]]
               ) -> dict[tuple[str, str], _Spelling]:
    """Each name of the batch by (kind, name as written), with what the batch says of it."""
    found: dict[tuple[str, str], _Spelling] = defaultdict(_Spelling)
    for q in quotes:
        sp = q.speaker
        if sp.kind not in KINDS or not sp.name:
            continue
        one = found[sp.kind, sp.name]
        one.articles.add(q.article.id)
        if sp.mention is not None and (form := _written_as(sp.name, sp.mention.text)):
            # the article's cast joined two spellings under one name: the mention says which
            # the article wrote there
            found[sp.kind, form].articles.add(q.article.id)
            found[sp.kind, form].written.add((q.article.id, sp.mention.start))
        if sp.gender and NAME_MODEL not in q.evidence:
            one.genders.add(sp.gender)
        for text in (sp.role, *(r.text for r in sp.roles)):
            one.role(text)
        one.pinned |= Evidence.PEOPLE_FILE in q.evidence
    for article, people in named.items():
        for p in people:
            one = found["person", p.name]
            one.articles.add(article)
            if p.gender:
                one.genders.add(p.gender)
            for text in p.roles:
                one.role(text)
    return found


def _written_as(name: str, mention: str) -> str | None:
    """The spelling of ``name`` a mention writes (« Ousmanou Keïta, maire de Vernac »): the
    name itself, or as many words of it that are a spelling of it (``near``); None for
    neither (a pronoun, a description)."""
    if fold(name) in fold(mention):
        return name
    words = [w.strip(_EDGES) for w in mention.split()]
    size = len(name.split())
    return next((form for i in range(len(words) - size + 1)
                 if near(form := " ".join(words[i:i + size]), name)), None)


def _linked(spellings: dict[tuple[str, str], _Spelling]) -> list[set[tuple[str, str]]]:
    """The sets of two names or more that are spellings of one (``near``) and whose records do
    not tell apart (``_apart``), from one to the next. Only names alike but for one word, whose
    first two or last two letters agree, are compared: a single edit leaves one end of a word
    of ``SWAP`` letters or more as it was."""
    blocks: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for kind, name in spellings:
        words = _words(name)
        for i, word in enumerate(words):
            rest = (kind, *words[:i], "", *words[i + 1:])
            blocks[(*rest, "<" + word[:2])].append((kind, name))
            blocks[(*rest, ">" + word[-2:])].append((kind, name))
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(x: tuple[str, str]) -> tuple[str, str]:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for names in blocks.values():
        for a, b in combinations(sorted(set(names)), 2):
            if near(a[1], b[1]) and not _apart(spellings[a], spellings[b]):
                parent[root(b)] = root(a)
    sets: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for child in parent:
        sets[root(child)].add(child)
    for top, linked in sets.items():
        linked.add(top)
    return list(sets.values())


def _chosen(names: set[tuple[str, str]], spellings: dict[tuple[str, str], _Spelling]
            ) -> tuple[str, str] | None:
    """The spelling of linked ``names`` every one takes: the one a people file pinned; else
    the one most articles write, then written most often, then the only one whose differing
    word is a given name the lists know. None for a tie, for two pinned names, or when one of
    the names is no spelling of the one chosen (linked through a third)."""
    pinned = [n for n in names if spellings[n].pinned]
    if len(pinned) > 1:
        return None
    if pinned:
        best = pinned[0]
    else:
        score = {n: (len(spellings[n].articles), len(spellings[n].written), _known(n[1], names))
                 for n in names}
        top = max(score.values())
        ahead = [n for n in names if score[n] == top]
        if len(ahead) != 1:
            return None
        best = ahead[0]
    if any(n != best and not near(n[1], best[1]) for n in names):
        return None
    return best


def _known(name: str, names: Iterable[tuple[str, str]]) -> bool:
    """Is the word where ``name`` differs from the other ``names`` a given name the lists know
    (lexicon/first_names.tsv, given_names.tsv), where theirs is not?"""
    own = _words(name)
    for _, other in names:
        theirs = _words(other)
        if theirs == own:
            continue
        if len(theirs) != len(own):
            return False
        for mine, its in zip(own, theirs, strict=True):
            if mine != its and (not _given(mine) or _given(its)):
                return False
    return True


def near(a: str, b: str) -> bool:
    """Are two names spellings of one (see the module): as many words, all the same but one,
    and that one a single edit apart (``LONG``, ``SWAP``); never a name of fewer than ``LONG``
    letters, a word in lower case or with a digit, nor two given names the lists know."""
    one, other = _words(a), _words(b)
    if len(one) != len(other) or min(len("".join(one)), len("".join(other))) < LONG:
        return False
    differ = [(x, y) for x, y in zip(one, other, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if not (x.isalpha() and y.isalpha()) or OSA.distance(x, y) != 1:
        return False
    if not all(capitalised(w) for w in _SPLIT.split(f"{a} {b}") if fold(w) in (x, y)):
        return False
    swapped = Levenshtein.distance(x, y) == 2
    return min(len(x), len(y)) >= (SWAP if swapped else LONG) and not (_given(x) and _given(y))


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in _SPLIT.split(fold(name)) if w)


def _given(word: str) -> bool:
    """Is a folded word a given name some list knows?"""
    return (word in folded_table("first_names") or word in folded_table("given_names")
            or word in folded("epicene_names"))


def _apart(a: _Spelling, b: _Spelling) -> bool:
    """Do the records tell two names' bearers apart: genders shown and different, or role
    nouns given each and none shared (« le député », « le joueur »)?"""
    if a.genders and b.genders and not a.genders & b.genders:
        return True
    return bool(a.roles and b.roles and not a.roles & b.roles)
