"""Narrator words inside a quote's span, set aside when two wordings are compared.

An outlet that runs two sentences of a statement into one span with its incise between them
(« C'est un grand jour, a déclaré la joueuse dans une vidéo publiée lundi. Merci à tous »)
gives the speaker's words and its own: against another outlet's « C'est un grand jour. Merci
à tous », its own words weigh as much as the speaker's. ``spoken`` is the text without them,
for comparison only: the span a quote exports stays what its article says. So is a
newsroom's note in brackets (« J'ai été informé aujourd'hui (jeudi, NDLR) de … »): another
outlet gives the speaker's words without it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.lexicon import fold, folded, reporting_verbs

if TYPE_CHECKING:
    from quotes.model import Quote

_AUX = r"(?:a|ont|avait|avaient|aurait|auraient)"
_PRONOUN = r"(?:il|elle|ils|elles|on)"
_INCISE = re.compile(
    rf",\s+(?:{_AUX}(?:-t-{_PRONOUN})?\s+(?P<participle>\w+)"  # « , a déclaré X », « , a-t-il dit »
    rf"|(?P<inverted>\w+)-(?:t-)?{_PRONOUN}\b)"  # « , explique-t-elle », « , dit-il »
    r"(?:\b(?:M|Mme|Dr)\.|[^,.!?;…«»\"“”])*?"  # who, where, when: up to a comma or an end
    r"(?=[,!?;…]|(?<!\bM)(?<!\bMme)(?<!\bDr)\.|$)")
_MOST_WORDS = 12  # a verb, who, where and when; more is the speaker's own sentence


def spoken(text: str) -> str:
    """``text`` without the narrator's incises it holds: a comma, a reporting verb (lexicon
    ``reporting_verbs``) after an auxiliary or inverted with its pronoun, and what follows up
    to the next comma or the end of the sentence, in twelve words at the most (« , a déclaré
    la joueuse dans une vidéo publiée lundi », « , poursuit-elle »). A verb before its subject
    without inversion (« , explique la joueuse ») is left: « , accuse le syndicat de … » may
    be the speaker's own words."""
    if ", " not in text:
        return text  # no incise without its comma: most quotes
    forms = reporting_verbs()
    kept: list[str] = []
    last = 0
    for m in _INCISE.finditer(text):
        verb = m["participle"] or m["inverted"]
        if verb.lower() not in forms or len(m.group(0).split()) > _MOST_WORDS:
            continue
        kept.append(text[last:m.start()])
        last = m.end()
    if not kept:
        return text
    kept.append(text[last:])
    return "".join(kept)


_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
_WORD = re.compile(r"[\w.]+")


def _note(inside: str) -> bool:
    """Whether the words in a bracket are a newsroom's note: they hold a marker of lexicon
    ``editorial_markers`` (« jeudi, NDLR », « Henri Roy, ndlr. »), its dots aside."""
    markers = folded("editorial_markers")
    return any(fold(w).replace(".", "") in markers for w in _WORD.findall(inside))


def without_notes(text: str) -> str:
    """``text`` without the newsroom's notes in brackets it holds (``_note``); other brackets
    (« (…) », « (Zinedine) ») stay, for ``normalize`` to read."""
    if "(" not in text and "[" not in text:
        return text
    return _BRACKET.sub(lambda m: "" if _note(m[1]) else m[0], text)


def words_said(q: Quote) -> str:
    """The words a quote says as written: a direct one without the narrator's incises in it
    (``spoken``), any without the newsroom's notes (``without_notes``)."""
    return without_notes(spoken(q.span.text) if q.type == "direct" else q.span.text)
