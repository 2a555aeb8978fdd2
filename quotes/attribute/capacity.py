"""Roles an article gives a speaker beside the one at their name: the capacity they speak
in (« il a prononcé ses premiers mots en tant que pape : « … » »), at that place; and the
functions descriptions tied to them give ("le patron de la FFF", ``restating``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotes.attribute.representatives import represents
from quotes.attribute.role_extent import Role, merged, role_span
from quotes.attribute.role_words import kind_heads
from quotes.attribute.speakers import Resolved
from quotes.lexicon import fold
from quotes.lexicon.grammar import DE_CONTRACTED
from quotes.nlp.doc import token_starts

_AS = ("en", "tant", "que")  # folded


def capacity(doc: Doc, start: int, outside: Callable[[int], bool]) -> tuple[Role, ...]:
    """The role « en tant que » gives in the sentence of the quote at ``start``, before it:
    not when a person other than the speaker is named before it in the sentence ("Il a reçu
    Anne Roy en tant que médiatrice" says what she is), nor in words quoted (``outside``
    says what is not)."""
    i = bisect_left(token_starts(doc), start)  # the first token at or after ``start``
    if i >= len(doc):
        return ()
    at = doc[i]
    sent = at.sent
    for t in doc[sent.start : at.i]:
        words = tuple(fold(w.text) for w in doc[t.i : t.i + 3])
        if words != _AS or t.i == 0 or not outside(t.idx):
            continue
        if any(w.ent_type_ == "PER" and not _subject(w) for w in doc[sent.start : t.i]):
            return ()
        hi = next((w.i for w in doc[t.i + 3 : at.i] if w.is_punct), at.i)
        role = role_span(doc, t.i + 3, hi)
        return (role,) if role else ()
    return ()


def _subject(tok: Token) -> bool:
    """Is the name the subject (or part of it) rather than a complement?"""
    head = tok.head if tok.dep_ == "flat:name" else tok
    return head.dep_.startswith("nsubj")


def with_capacity(
    doc: Doc, who: Resolved, start: int, outside: Callable[[int], bool]
) -> Resolved:
    """A person speaking with the role « en tant que » gives them in the quote's sentence."""
    if who.kind != "person" or who.number != "s":
        return who
    return replace(who, roles=merged(who.roles, capacity(doc, start, outside)))


def restating(named: tuple[Role, ...], described: tuple[Role, ...]) -> tuple[Role, ...]:
    """The roles descriptions give someone that count as their roles, for a quote to show the
    closest before it: all when the article names them with none, else each that names a
    function ("le ministre de l'Intérieur démissionnaire" of the "président des LR"), not a
    word that fits any role without a complement to say which ("le responsable russe", but
    "le patron de la FFF"; lexicon/role_kinds.tsv)."""
    if not named:
        return described
    # « la représentante du parquet » gives way to the office the article names her with
    # (« vice-procureure de la République »): ``representatives``
    return tuple(r for r in described if (kind_heads(r[0]) is not None or _of_a_body(r[0]))
                 and not any(represents(r[0], n[0]) for n in named))


def _of_a_body(role: str) -> bool:
    """Does a role say what it is a role of: "patron de la FFF", "responsable du club"."""
    words = role.replace("’", "' ").replace("'", "' ").split()
    return any(fold(w) in DE_CONTRACTED for w in words)
