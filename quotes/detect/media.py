"""Phrases the narrator adds beside reported words to say where or to whom they were given:
"sur RTL", "dans un communiqué, jeudi,", "à l'AFP", "auprès de Reuters"
(lexicon/media_words.txt). They are no part of what is reported."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.lexicon import cached, reporting_verbs, words
from quotes.lexicon.grammar import ARTICLES_POSSESSIVES, INDEFINITE, MEDIUM_PREPOSITIONS

# the last words of reported content: "… à l'AFP", "… sur son compte Instagram"
# (« auprès » only with its « de »: "auprès de Reuters", "auprès d'un proche")
_PREPOSITIONS = "|".join(r"auprès\s+d[eu'’]" if p == "auprès" else p
                         for p in sorted(MEDIUM_PREPOSITIONS))
_DETERMINERS = "|".join(sorted(ARTICLES_POSSESSIVES | INDEFINITE))
_TAIL = re.compile(
    rf"\s+(?:{_PREPOSITIONS})\s+"
    rf"(?:(?:{_DETERMINERS})\s+|l['’]\s*)?([\w-]+)(?:\s+[\w-]+)?$",
    re.IGNORECASE,
)


@cached
def _speaking() -> tuple[str, ...]:
    """Stems of verbs whose place of speech is their own content: "vouloir s'exprimer sur
    RTL" (lexicon/speaking_stems.txt), as a tuple for ``str.startswith``."""
    return tuple(sorted(words("speaking_stems")))


def medium(words_: list[Token]) -> bool:
    """Do these words, opened by a preposition, say where or to whom words were given?"""
    if not words_ or words_[0].lower_ not in MEDIUM_PREPOSITIONS:
        return False
    return any(t.lower_ in words("media_words") for t in words_[1:4])


def medium_tail(ctx: Context, start: int, end: int) -> int:
    """Where content from ``start`` to ``end`` stops before a last phrase that says where or
    to whom its words were given ("être sous le choc à l'AFP"): its start, or ``end``. Not
    when the content speaks of speaking ("vouloir s'exprimer sur RTL"), nor inside marks."""
    m = _TAIL.search(ctx.text, start, end)
    if m is None or m.start() <= start or ctx.inside_marks(m.start() + 1) is not None:
        return end
    named = re.split(r"[\s'’]+", m.group(0).lower().strip())
    if not any(w in words("media_words") for w in named[1:]):
        return end
    span = ctx.doc.char_span(start, m.start(), alignment_mode="expand")
    if span is None or any(t.lower_ in reporting_verbs() or (
            t.pos_ in ("VERB", "AUX") and t.lower_.startswith(_speaking())) for t in span):
        return end
    return m.start()
