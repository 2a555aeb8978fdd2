"""Which names of a batch are one person's: the same name, written with or without its accents
("Éléonore Pattery", "Eléonore Pattery"), or a surname alone that ends the full one ("Sall" and
"Macky Sall", "De Wever" and "Bart De Wever"), as articles of one run write them; a group's names
joined ("Jean et Anne") are no one person's, nor a group named after someone (« avocats de Paul
Rivet »). A surname alone that an article's title gives in full (« Theresa May démissionne »)
is that full name in the article.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import combinations

from quotes.attribute.names import first_name_gender, parse, respelled_surname, same_person
from quotes.lexicon import capitalised, fold, folded, in_capitals
from quotes.lexicon.grammar import NAME_PARTICLES
from quotes.lexicon.roles import is_role_noun

_EDGES = ",;:.!?«»\"“”()[]"  # what a title's word may carry that is no part of a name


def joined_names(name: str) -> list[str]:
    """The names ``mentions.joined`` made one speaker's (« Paul Morel, Anne Roy et Léa Blanc »:
    three), or the name alone: a group's, when more than one."""
    return re.split(r", | et ", name)


def one_person(a: str, b: str) -> bool:
    """Two names of one person: the same, case and accents set aside (« Eléonore », « Éléonore »:
    a capital is often written without its accent), or a surname that ends the other ("Sall",
    "Macky Sall"; "De Wever", "Bart De Wever")."""
    if fold(a) == fold(b):
        return True
    short, full = sorted((a, b), key=len)
    return ends_with(full, short.strip())


def ends_with(name: str, surname: str, *, folded: bool = True) -> bool:
    """Is ``surname`` the last word or words of the longer ``name`` ("Sall" of "Macky Sall"),
    in any case and accents; ``folded=False``: as written. ``names.parse`` joins a name's words
    by single spaces, so the words after one space are the last ones; a group's names joined
    ("Jean et Anne") are no one person's, nor a group named by its noun and whose it is
    (« avocats de Paul Rivet »: its first word in lower case, no particle)."""
    first = name.split(" ", 1)[0]
    if first.islower() and fold(first) not in NAME_PARTICLES:
        return False
    if folded:
        name, surname = fold(name), fold(surname)
    return name.endswith(" " + surname) and " et " not in name


def spellings(name: str, names: Iterable[str]) -> list[str]:
    """The names of ``names`` that are ``name`` with or without its accents, itself included
    when there ("Eléonore Pattery" for "Éléonore Pattery")."""
    key = fold(name)
    return [n for n in names if fold(n) == key]


def alike(names: Collection[str]) -> bool:
    """Are full names one person's (``names.same_person``: with and without a middle name,
    "Theresa May" and "Theresa Mary May"; a first name respelled or initialled)? Two first
    names ("Paul Morel", "Lise Morel") are two people."""
    parsed = [parse(n) for n in names]
    return all(a is not None and b is not None and same_person(a, b)
               for a, b in combinations(parsed, 2))


def full_names(surname: str, names: Iterable[str]) -> set[str]:
    """The names of ``names`` that ``surname`` ends, when they are one person's (``alike``):
    "Theresa May" and "Theresa Mary May" for "May"; none when two people's do ("Paul Morel",
    "Lise Morel")."""
    fuller = {n for n in names if ends_with(n, surname)}
    return fuller if alike(fuller) else set()


def forms(name: str, names: Iterable[str]) -> set[str]:
    """The names of the batch that are this person's: the name, its other spellings, the
    surname it ends with, and the full names ending with it when they are one person's (none
    when two people's do: "Le Pen")."""
    names = list(names)
    return {n for n in names if one_person(n, name) and len(n) <= len(name)} | full_names(
        name, names) | {name}


def written(name: str, cast: set[str]) -> str | None:
    """The name as the article writes it: the name itself, or the one shorter form it gives
    that the name ends with ("De Wever" for "Bart De Wever"), or the one full name it gives
    with the same first name and the surname respelled (« Line Bonnet-Mathis » for another
    outlet's « Line Bonet-Mathis »: ``names.respelled_surname``); None when it gives neither."""
    if name in cast:
        return name
    shorter = [c for c in cast if ends_with(name, c, folded=False)]
    if len(shorter) == 1:
        return shorter[0]
    parsed = parse(name)
    if shorter or parsed is None:
        return None
    respelled = [c for c in cast
                 if (other := parse(c)) is not None and respelled_surname(parsed, other)]
    return respelled[0] if len(respelled) == 1 else None


def titled(surname: str, title: str | None, cast: Iterable[str] = (),
           gender: str | None = None) -> str | None:
    """The full name an article's title gives a person its text names by a surname alone
    (« Mme May » under « Au bord des larmes, Theresa May démissionne »): the capitalised words
    before the surname from a first name on (lexicon/first_names.tsv), a middle name or a
    particle between, the name the subject of the title (``_subject``). None when the name has
    a first name itself, when the title gives it none, or two, or writes it in capitals
    (« CLAIRE DUMESNIL ANNONCE »), when the first name's gender is not the ``gender`` the text
    shows the person (« M. Dumesnil » under « Claire Dumesnil réélue »: her husband), or when the
    article's ``cast`` names someone else of that surname."""
    parsed = parse(surname)
    if not title or parsed is None or parsed.first is not None:
        return None
    words = [w.strip(_EDGES) for w in title.split()]
    ends = title.split()  # as written: a comma after a word ends a name there
    size = len(surname.split())
    key = fold(surname)
    found = set()
    for i in range(len(words) - size + 1):
        if fold(" ".join(words[i:i + size])) != key:
            continue
        start = i
        while start > 0 and ends[start - 1] == words[start - 1] and (
                capitalised(words[start - 1], letters=True)
                or fold(words[start - 1]) in NAME_PARTICLES):
            start -= 1
        opening = next((j for j in range(start, i)
                        if first_name_gender(words[j]) and not _act(words, j + 1)), None)
        if opening is None or not _subject(words, ends, opening):
            continue
        name = words[opening:i + size]
        sex = first_name_gender(name[0])
        if any(in_capitals(w) for w in name) or (gender and sex != gender[0]):
            continue
        found.add(" ".join(name))
    if len({fold(f) for f in found}) != 1:
        return None
    full = found.pop()
    others = {c for c in cast if ends_with(c, surname) and not alike({c, full})}
    return None if others else full


def _subject(words: list[str], ends: list[str], at: int) -> bool:
    """Does the title's name at word ``at`` name its subject: at the title's start, after
    « : », « , » or a dash, after a role noun (« La ministre Claire Dumesnil »), after a quote
    and its verb (« « Je pars », annonce Claire Dumesnil »), or after « de » following the noun
    of the person's own act (lexicon/title_acts.txt: « Démission de Claire Dumesnil »)? Not
    after a place's noun (« Rue Victor Hugo », « Collège Jules Ferry »), nor a relative's or a
    tribute's (« Le fils de Paul Dumesnil », « Mort de Pierre Lanvin », « Hommage à »)."""
    if at == 0 or ends[at - 1][-1] in ":,–—-" or is_role_noun(words[at - 1]):
        return True
    before = ends[at - 2].rstrip(",") if at > 1 else ""
    if words[at - 1].islower() and before.endswith(("»", '"', "”")):
        return True
    return at > 1 and _act(words, at - 1)


def _act(words: list[str], at: int) -> bool:
    """Is word ``at`` the « de » after the noun of a person's own act (lexicon/title_acts.txt:
    « Démission de », « Victoire de », no first name there)?"""
    return 0 < at < len(words) and fold(words[at]) == "de" and (
        fold(words[at - 1]) in folded("title_acts"))


def split_name(surname: str, cast: Iterable[str], names: Iterable[str], text: str,
               gender: str | None = None) -> str | None:
    """The full name of a person the article names by a surname alone that it also writes with
    the given names apart, an opening mark between them (« le président Recep Tayyip "Erdogan
    n'a pas … » then « M. Erdogan »: its cast holds « Recep Tayyip » and « Erdogan », its
    ``text`` writes them so, ``_marked_apart``), when another article of the batch writes the
    two as one name (« Recep Tayyip Erdogan », one of ``names``); None when it writes none, or
    two, when the text writes no mark between them (« M. Dupont … Son fils Jean »: a son), or
    the given name is of another gender than the ``gender`` the text shows (« Marie » and
    « M. Dupont »: his wife)."""
    parsed = parse(surname)
    if parsed is None or parsed.first is not None:
        return None
    known = {fold(n): n for n in sorted(names)}  # one spelling per key, the same every run
    found = {known[key] for given in cast if given != surname
             and (key := fold(f"{given} {surname}")) in known
             and _marked_apart(given, surname, text)}
    if len(found) != 1:
        return None
    full = found.pop()
    sex = first_name_gender(full.split()[0])
    return None if gender and sex and sex != gender[0] else full


def _marked_apart(given: str, surname: str, text: str) -> bool:
    """Does ``text`` write the given names right before an opening mark and the surname right
    after it (« Recep Tayyip "Erdogan », « Recep Tayyip « Erdogan »)?"""
    written = re.escape(given) + r'\s*["«“]\s*' + re.escape(surname)
    return re.search(written, text) is not None
