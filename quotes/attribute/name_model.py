"""A guess at the gender of a given name that lexicon/first_names.tsv does not list.

French news names people from every country, so many first names are not in the list. Their
endings often tell: « -ette », « -ella », « -ana » are women's, « -ien », « -ard » men's.
lexicon/name_endings.tsv, written by scripts/make_name_endings.py from first_names.tsv, counts
the women's and men's names of the list that end in each of one to five letters (``^`` marks a
name's start, so "^leo" is a whole name; ``*`` counts them all). The share of women is read
from the shortest ending to the longest, each ending's counts weighed against the share of the
one before it with the weight ``WEIGHT`` (so an ending seen in few names says little). The
guess is the gender whose share reaches its bar (``WOMEN``, ``MEN``), else none; none too for a
name of two letters or fewer, an initial, and a name given to both (lexicon/epicene_names.txt:
Camille, Dominique, Andrea). The weight and the two bars are chosen by cross-validation over
the list (``scripts/make_name_endings.py --cv``) for an accuracy of 0.97 or more on the names
answered, each gender apart: a man's name is rarely told by its ending alone, so that guess is
all but off, and the model answers for women's names mostly (« Oksana », « Ornella »,
« Armelle »). The text and the list stay the main sources; the guess fills few genders.

Before the ending, a wider list: lexicon/given_names.tsv, the given names of one sex that
scripts/make_given_names.py takes by rule from public lists (the Moby given-name lists, checked
against the dictionary first_names.tsv's later names were checked against), names the project
list lacks (« Elton », « Liza »). It is read only here, for a person named in full whose gender
nothing else gives: never to tell a name from a word, as first_names.tsv is.

Text evidence always comes first: the guess only fills a person's gender the text, the list
and the other articles of the batch leave empty, and the record says so (``NAME_MODEL``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from quotes.attribute.names import first_name_gender, parse
from quotes.lexicon import cached, capitalised, fold, folded, folded_table, in_capitals, table
from quotes.model import Evidence

NAME_MODEL = Evidence.GENDER_NAME_MODEL  # evidence: the speaker's gender is the name model's guess
LONGEST = 5  # letters of an ending at the most
WEIGHT = 8.0  # how many names the share of a shorter ending counts for against a longer one's
# the share of women's (men's) names a guess of a woman (a man) needs: consonant endings are
# men's mostly, but not enough (Carmen, Jennifer, Kerstin are women's)
WOMEN, MEN = 0.96, 0.98
Counts = Mapping[str, tuple[int, int]]  # ending -> (women's names, men's names)


def endings_of(key: str) -> list[str]:
    """A folded name's endings, shortest first: "leo" -> "o", "eo", "leo", "^leo"."""
    marked = "^" + key
    return [marked[-k:] for k in range(1, min(LONGEST, len(marked)) + 1)]


def women_share(key: str, counts: Counts, weight: float = WEIGHT) -> float:
    """The share of women's names among those ending like ``key``, each ending's counts
    smoothed towards the share of the ending one letter shorter (all names' for the last)."""
    f, m = counts.get("*", (1, 1))
    share = f / (f + m)
    for end in endings_of(key):
        f, m = counts.get(end, (0, 0))
        share = (f + weight * share) / (f + m + weight)
    return share


def guess_from(
    key: str, counts: Counts, weight: float = WEIGHT, shares: tuple[float, float] = (WOMEN, MEN)
) -> str | None:
    """"f", "m" or None for a folded given name."""
    women = women_share(key, counts, weight)
    return "f" if women >= shares[0] else "m" if 1 - women >= shares[1] else None


@cached
def _counts() -> dict[str, tuple[int, int]]:
    return {row[0]: (int(row[1]), int(row[2])) for row in table("name_endings")}


def given_name(first: str | None) -> str | None:
    """The folded given name a name model can read, or None: not an initial ("J.", "JD"), not
    a name given to both; of a compound ("Anne-Kathrin", "Kevin Joseph") its first part."""
    if not first:
        return None
    word = re.split(r"[- ]", first.strip())[0]
    if "." in word or in_capitals(word) or not capitalised(word, letters=True):
        return None
    key = fold(word)
    if len(key) <= 2 or key in folded("epicene_names") or fold(first) in folded("epicene_names"):
        return None
    return key


def guessed_gender(first: str | None) -> str | None:
    """The name model's "f" or "m" for a given name not in the list, else None."""
    key = given_name(first)
    return guess_from(key, _counts()) if key is not None else None


def listed_gender(first: str | None) -> str | None:
    """The wider list's "f" or "m" for a given name (lexicon/given_names.tsv), else None; of a
    compound its first part, as ``given_name`` reads it."""
    key = given_name(first)
    return folded_table("given_names").get(key) if key is not None else None


def name_guess(name: str | None) -> str | None:
    """The guess for a person named in full ("Oksana Marchenko"): its first name's, when the
    list does not know it, from the wider list, else the ending; never a bare surname's
    ("Marchenko" may be anyone's)."""
    parts = parse(name) if name else None
    if parts is None or parts.first is None or parts.initialled:
        return None
    if first_name_gender(parts.first):
        return None
    return listed_gender(parts.first) or guessed_gender(parts.first)
