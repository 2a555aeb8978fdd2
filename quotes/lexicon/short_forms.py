"""Short forms of an office's name that the press writes after a determiner: the office's
initials (« la PM britannique », lexicon/short_forms.tsv) or its first word alone,
capitalised, when that word is no role noun (« la Première britannique », « le Premier
belge »). Neither is anyone's name: the words stand for the office of lexicon/periphrases.tsv
they shorten, and are read as that office. The initials an article writes for a role it writes
out (« le SG » after « le Secrétaire général X », attribute/role_initials.py) are read as that
role inside an ``article_initials`` block (``written_out``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType
from typing import NamedTuple

from quotes.lexicon import cached, fold, in_capitals, table
from quotes.lexicon.grammar import SINGULAR_LEADS, TENURE
from quotes.lexicon.roles import is_role_noun

# the initials the article being read writes for a role it writes out -> that role
_ARTICLE_INITIALS: ContextVar[Mapping[str, Written]] = ContextVar(
    "article_initials", default=MappingProxyType({}))
# the body a role's words are followed by, elided or not: « de l'ONU », « d'Airbus », « du
# groupe », « de la CFDT »; the body's first word
_BODY = re.compile(r"\s*(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]|de\s+)([^\W\d_][\w-]*)")


class Written(NamedTuple):
    """A role the article writes out: its words (« Secrétaire général »), the first word of
    the body written after them, folded (« onu »), or None; the first words of the bodies of
    every role of the article the initials spell (« ventis », « solvane »)."""

    words: str  # "" when unread: the bodies only
    body: str | None
    bodies: frozenset[str] = frozenset()  # of every role the initials spell: none holds them


def body_after(text: str) -> tuple[str | None, int]:
    """The folded first word of the body the text opens with (« de l'ONU, X » -> « onu ») and
    where the body's words end; (None, 0) when it opens with none."""
    m = _BODY.match(text)
    return (fold(m.group(1)), m.end()) if m else (None, 0)


@contextmanager
def article_initials(initials: Mapping[str, Written]) -> Iterator[None]:
    """Within the block, the ``initials`` (as written -> the role) are read as the role they
    shorten (``written_out``): those of the article being read."""
    token = _ARTICLE_INITIALS.set(MappingProxyType(dict(initials)))
    try:
        yield
    finally:
        _ARTICLE_INITIALS.reset(token)


def written_out(text: str) -> str:
    """The words with the initials the article being read writes for a role replaced by the
    role's words: « le DG » -> « le directeur général »; « le SG de l'ONU » -> « le Secrétaire
    général de l'ONU » when the role is written with that body. Other words after the initials
    leave them as written: another body (« le SG de l'UNSA », « le PDG d'Airbus ») says whose
    role it is, and « le DG par intérim » or « le DG adjoint » is someone else; a word of
    tenure (« le DG sortant ») is the one holding it."""
    initials = _ARTICLE_INITIALS.get()
    words = text.split(" ")
    at = next((i for i, w in enumerate(words) if w in initials and initials[w].words), None)
    if at is None:
        return text
    role = initials[words[at]]
    after = " ".join(words[at + 1:])
    body, end = body_after(after)
    if after and fold(after) not in TENURE and (
            body is None or body != role.body or after[end:].strip()):
        return text
    return " ".join([*words[:at], role.words, *words[at + 1:]])


def bare_written_out(role: str | None) -> str | None:
    """A role that is bare initials the article being read writes out (« DRH ») as it writes
    it (« directeur des ressources humaines »); any other role as it is."""
    written = _ARTICLE_INITIALS.get().get(role or "")
    return role if written is None or not written.words else written.words


def holds_initials(text: str) -> bool:
    """Do the words hold initials the article being read writes out for a role?"""
    initials = _ARTICLE_INITIALS.get()
    return any(initials[w].words for w in text.split(" ") if w in initials)


def initials_bodies(text: str) -> frozenset[str]:
    """The folded first words of the bodies of the roles whose initials, written out by the
    article being read, the text holds (« ventis » for « le DG » after « le directeur général
    de Ventis »)."""
    initials = _ARTICLE_INITIALS.get()
    return frozenset(b for w in text.split(" ") if w in initials for b in initials[w].bodies)


def unshortened(text: str) -> str:
    """The words with a short form right after their determiner written out as the office's
    phrase: « la PM britannique » -> « la Premier ministre britannique », « la Première
    britannique » -> « la Première ministre britannique »; other words as they are. A first word
    followed by a capitalised one is a name's (« la Premier League »), and one followed by the
    phrase's own next word is the phrase itself."""
    words = text.split()
    if len(words) < 2 or fold(words[0]) not in SINGULAR_LEADS:
        return text
    short, after = words[1], words[2:]
    phrase = _initials().get(short) if in_capitals(short) else None
    if phrase is None and short[:1].isupper() and not in_capitals(short):
        own = _openings().get(fold(short))
        next_word = after[0] if after else ""
        if own is not None and not next_word[:1].isupper() and (
                fold(next_word) != fold(own.split()[1])):
            phrase = own
    if phrase is None:
        return text
    return " ".join([words[0], phrase, *after])


@cached
def _initials() -> dict[str, str]:
    """lexicon/short_forms.tsv: the initials of an office -> its own name: « PM » ->
    « Premier ministre », « PR » -> « président de la République »."""
    return {short: office for short, office in table("short_forms")}


@cached
def _openings() -> dict[str, str]:
    """The folded first word of an office's phrase of two words that the list writes with a
    capital, as the press does, and that is no role noun -> the phrase (« premiere » ->
    « Première ministre »), when it opens one office only."""
    offices: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for phrase, office, *_ in table("periphrases"):
        words = phrase.split()
        if len(words) != 2 or not words[0][:1].isupper() or is_role_noun(words[0]):
            continue
        offices.setdefault(fold(words[0]), set()).add(office)
        first.setdefault(fold(words[0]), phrase)
    return {key: first[key] for key, held in offices.items() if len(held) == 1}
