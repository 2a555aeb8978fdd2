"""The person a description may stand for before the article names them: the one first named
as the speaker of the words that open the next sentence (« Le chef des sénateurs a salué un
« grand moment ». « … », a déclaré Luc Morin »: Luc Morin, not the person the article is about).
``described`` reads it when no role of the cast says who the description is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from quotes.attribute.intro import SENTENCE_END
from quotes.lexicon import reporting_verbs

if TYPE_CHECKING:
    from spacy.tokens import Span

    from quotes.attribute.cast import Person, Registry

# the next sentence opens with words in marks: spaces, then the opening mark
_OPENS = re.compile(r"[ \u00a0\u202f\t]*([«“\"])")
_CLOSING = {"«": "»", "“": "”", '"': '"'}
_MARK = re.compile(r"[«“\"]")  # words the description's own sentence gives it: it speaks
# between the closing mark and the name, a few words and no other mark: « , a déclaré », « , a
# déclaré mardi à la presse »
_CUE = re.compile(r"[\s,]*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,5}\s+")


def named_next(registry: Registry, pos: int, fits: Callable[[Person], bool]) -> Person | None:
    """The person named right after the cue of the words opening the sentence after the one
    at ``pos`` (which quotes words of the description's), in the same paragraph, when that name
    is the first mention of them in the article and ``fits`` them; None otherwise (a name the
    article gave before is no cataphora, nor is a name further on than the cue)."""
    text = registry.doc.text
    end = SENTENCE_END.search(text, pos)
    if end is None or end.group() == "\n" or not _MARK.search(text, pos, end.start()):
        return None  # « L'entraîneur a salué les joueurs. « … », a dit X »: says nothing, no one
    opened = _OPENS.match(text, end.end())
    if opened is None:
        return None
    close = text.find(_CLOSING[opened.group(1)], opened.end())
    stop = SENTENCE_END.search(text, close + 1) if close >= 0 else None
    hi = stop.start() if stop is not None else len(text)
    first = registry.mentions_after(close, hi - close - 1)[:1] if close >= 0 else ()
    if not first:
        return None
    at, person = first[0]
    cue = registry.doc.char_span(close + 1, at, alignment_mode="contract")
    if cue is None or _CUE.fullmatch(text, close + 1, at) is None or not _names_subject(cue):
        return None
    if person in registry.people_before(at) or not fits(person):
        return None
    return person


def _names_subject(cue: Span) -> bool:
    """Is the name right after ``cue`` its subject: a verb of saying, then no pronoun (« a-t-il
    ajouté devant X ») and no preposition or determiner right before the name (« a déclaré à
    X »), only words of when or to whom (« a déclaré mardi à la presse X »)?"""
    verbs = reporting_verbs()
    at = next((t.i for t in cue if t.lower_ in verbs), None)
    last = cue.doc[cue.end - 1]
    return at is not None and last.pos_ not in ("ADP", "DET") and not any(
        t.pos_ == "PRON" for t in cue)
