"""The names an article's whole text gives: what grouping asks two events' articles to share.

Read from the parse of the whole article, not from its quotes' sentences: a same-event article
may name the town or the person only in its body. The names are the model's entities (people,
places, bodies) and the people of the article's cast, as folded words that open on a capital
in the text (« Brescourt », « malbec » for « Corentin Malbec »); which of them tell an event
apart (no news agency, no country) is grouping's choice (``group.acquainted``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from quotes.lexicon import capitalised, fold
from quotes.nlp.doc import entities

_KINDS = ("PER", "LOC", "ORG")  # the model's MISC is titles, events and stray capitals
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*")  # « l’Élysée »: the elided article apart


def name_words(texts: Iterable[str]) -> frozenset[str]:
    """The folded words of ``texts`` (names) that open on a capital, two letters or more."""
    return frozenset(fold(m.group()) for text in texts for m in _WORD.finditer(text)
                     if capitalised(m.group()) and len(m.group()) >= 2)


def article_names(doc: Doc, people: Iterable[str]) -> frozenset[str]:
    """The name words (``name_words``) of ``doc``'s people, places and bodies, and of the
    names of its cast's ``people``."""
    return name_words([*(e.text for e in entities(doc) if e.label_ in _KINDS), *people])
