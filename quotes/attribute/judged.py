"""The ones an article's trial judges, and the officers of that trial no one of them is.

A person is judged where a word of lexicon/judged_words.txt stands beside one of their
mentions in the parse: the participle they are the passive subject of (« X a été condamné »,
« X et Y ont été condamnés »), one that qualifies them (« X, accusé de … »), the noun they are
apposed to (« l'accusé, X ») or complete (« le meurtre de X »: whose death is judged), or a
word of a participle clause before their clause, which describes its subject (« Assis dans le
box des accusés, X … »). A description whose words name an officer of the trial
(lexicon/court_functions.txt: « la greffière », « le juré », « la présidente du tribunal ») is
never one so judged who does not hold it: the court is not its defendant nor its victim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.attribute.role_fit import holds
from quotes.attribute.role_words import words_of
from quotes.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotes.attribute.cast import Person, Registry

_CHAINED = ("conj", "appos", "flat:name", "flat")  # « X et Y », « l'accusé, X »: up to the first
_BESIDE = ("nsubj:pass", "nmod")  # « X a été condamné », « le meurtre de X »


def court_officer(description: str) -> bool:
    """Does a word of the description name an officer of a trial or its court?"""
    return any(w.lower() in words("court_functions") for w in words_of(description))


def officer_not_judged(description: str, person: Person, registry: Registry) -> bool:
    """Is the description a trial's officer (``court_officer``) the person does not hold,
    while the article names the person as one the trial judges (``judged``)?"""
    return (court_officer(description) and not holds(description, person)
            and judged(person, registry))


def judged(person: Person, registry: Registry) -> bool:
    """Does the article name the person as one its trial judges, at any mention of theirs?"""
    doc = registry.doc
    for pos, who in registry.mentions:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand") if who is person else None
        if span is not None and len(span) and _judged_at(span[0]):
            return True
    return False


def _judged_at(tok: Token) -> bool:
    wanted = words("judged_words")
    while tok.dep_ in _CHAINED and tok.head.i != tok.i:
        if tok.dep_ == "appos" and tok.head.lower_ in wanted:  # « l'accusé, X »
            return True
        tok = tok.head
    if tok.head.lower_ in wanted and tok.dep_ in _BESIDE:
        return True
    if any(c.dep_ == "acl" and c.lower_ in wanted for c in tok.children):  # « X, accusé de »
        return True
    if tok.dep_ != "nsubj":
        return False
    fronted = (c for c in tok.head.children if c.dep_ == "advcl" and c.i < tok.i)
    return any(t.lower_ in wanted for c in fronted for t in c.subtree)
