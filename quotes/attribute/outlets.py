"""News outlets and agencies: they carry the words of others and are never who a pronoun
stands for (« Le Parisien a publié son témoignage. « … », a-t-il confié » is not the paper's).

An organisation is an outlet when its name is one the lexicon lists (lexicon/outlet_names.txt,
"AFP", "Le Parisien"), or when the article names it as one: after a press noun (« le quotidien
X », « l'agence X », lexicon/press_nouns.txt), or as who words were given to or passed on by
(« a confié au Parisien », « a réagi auprès de l'AFP », « interrogé par X », « dans les
colonnes du Monde », « au micro de RTL », « des propos rapportés par X »), or when its own
name opens with a press noun (« La Gazette de Lens », lexicon/outlet_heads.txt). A name that
only opens an outlet's longer name (« France » of « au micro de France Inter ») is none.
"""

from __future__ import annotations

import re

from quotes.lexicon import (
    bounded,
    cached,
    capitalised,
    fold,
    folded,
    reporting_verbs,
    table,
    words,
)
from quotes.lexicon.outlets import bare, listed_outlet, network_kind

_THE = r"(?:l['’]\s*|la\s+|le\s+|les\s+)?"  # an article at most, before the name
_NEXT_WORD = re.compile(r"[ \u00a0]+(\w+)")  # the word after a name, on its line
# who words were given to: after a reporting verb ("a réagi auprès de l'"), or « confier »
# ("s'est confié au"); « a écrit à la mairie », « a déclaré à Paris » name no outlet
_TO = r"(à|au|aux|auprès\s+d[eu'’]|auprès\s+des)\s*" + _THE + "$"
_GIVEN_TO = re.compile(r"([\w’'-]+)\s+" + _TO, re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(La|Le|Les)\s+$")  # « La » of « La Libre Belgique »
_REACH = 60  # characters before a name where the words that carry it are read


@cached
def _carried() -> re.Pattern[str]:
    """Where words were read or heard, or who passed them on, whatever comes before: the
    words of lexicon/outlet_carriers.tsv, each of its kind."""
    kinds: dict[str, list[str]] = {"at": [], "by": [], "to": []}
    for kind, said in table("outlet_carriers"):
        kinds[kind].append(r"\s+".join(re.escape(w).replace("'", "['’]") for w in said.split()))
    at, by, to = ("|".join(kinds[k]) for k in ("at", "by", "to"))
    return re.compile(
        rf"(?:{at})\s+d[eu'’]\s*" + _THE + "$"
        rf"|\b(?:{by})(?:é|ée|és|ées)\s+par\s+" + _THE + "$"
        rf"|\b(?:{to})\s+(?:accordée?\s+)?" + _TO,
        re.IGNORECASE,
    )


@cached
def _press_noun() -> re.Pattern[str]:
    """« le quotidien X », « l'agence américaine X »: a press noun, an adjective at most."""
    nouns = "|".join(sorted(words("press_nouns")))
    return re.compile(
        rf"\b(?:{nouns})(?:\s+de\s+presse)?(?:\s+(?!d[eu]s?\b)[\w-]+)?\s+"
        + _THE + "$",
        re.IGNORECASE)


@bounded(256)
def outlet(text: str, name: str) -> bool:
    """Is the organisation ``name`` a news outlet or agency in the article ``text``?"""
    if listed_outlet(name):
        return True
    key = bare(name)
    if len(key) < 2 or not capitalised(key):  # « interrogé par la police » names no outlet
        return False
    at = text.find(key)
    while at >= 0:
        before = _words_before(text, at)
        if not _goes_on(text[at + len(key) : at + len(key) + 40]) and (
                _given_to(before) or _carried().search(before) or _press_noun().search(before)):
            return True
        at = text.find(key, at + len(key))
    return False


def _words_before(text: str, at: int) -> str:
    """The ``_REACH`` characters of ``text`` before ``at``, less a word the reach cuts."""
    lo = max(0, at - _REACH)
    if lo and not text[lo - 1].isspace():
        lo = next((k for k in range(lo, at) if text[k].isspace()), at)
    return text[lo:at]


def _goes_on(after: str) -> bool:
    """Do the words ``after`` a name carry it on, so that it is part of another name: « France »
    of « France Inter », « Europe » of « Europe 1 », « Var » of « Var-Matin » or « Varsovie »?"""
    if after[:1].isalnum() or after[:1] == "-":
        return True
    spaced = _NEXT_WORD.match(after)
    return spaced is not None and (capitalised(spaced[1]) or spaced[1][:1].isdigit())


def _given_to(before: str) -> bool:
    """Do the words ``before`` a name end by giving words to it: « a réagi auprès de l' »
    (a reporting verb), « s'est confiée au »?"""
    given = _GIVEN_TO.search(before)
    verb = reporting_verbs().get(given.group(1).lower()) if given else None
    return given is not None and verb is not None and (
        given.group(2).lower().startswith("auprès") or verb.lemma == "confier")


def outlet_name(text: str, start: int, end: int) -> str | None:
    """The name of the outlet that ``text[start:end]`` names as the lexicon lists it with its
    article (« La Libre Belgique », the capitalised article just before the words taken in), or
    of a network's station (« France Bleu Vallonie », lexicon.outlets.network_kind); None for
    any other words, read as any mention is (« Le Parisien »)."""
    said = text[start:end].strip()
    lo = start  # the article ends before the blanks that end ``text[:start]``: read only there
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    article = _ARTICLE_BEFORE.search(text, max(0, lo - 3), start)
    if article is not None and fold(f"{article[1]} {said}") in folded("outlet_names"):
        return f"{article[1]} {said}"
    if fold(said) in folded("outlet_names"):
        return said
    return bare(said) if network_kind(said) is not None else None
