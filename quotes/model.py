"""Plain, frozen records that flow through the pipeline.

Every offset is a Python string index (Unicode code point) into ``Article.text``
exactly as it was decoded; no stage ever changes that text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]
CueType = Literal["verb", "selon", "colon", "none"]
Resolution = Literal[
    "explicit",  # the name is written at the cue
    "title",  # "M. Stoltenberg" completed to the full name given elsewhere
    "pronoun",  # "il", "a-t-elle" resolved to an earlier speaker or person
    "description",  # "le chef de l'alliance" matched to a person by role
    "continuation",  # no cue: the speaker of the surrounding quotes
    "unresolved",
]


@dataclass(frozen=True)
class Article:
    """One input text with the metadata that travels with it."""

    id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None
    source: str | None = None  # file (and line) it came from, for messages


@dataclass(frozen=True)
class Span:
    """A run of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cue:
    """What introduces the quote: a reporting verb, "selon", a colon."""

    text: str
    lemma: str
    start: int
    end: int
    type: CueType = "verb"


@dataclass(frozen=True)
class Speaker:
    """Who said it: canonical name, the mention as written, role and kind."""

    name: str | None
    mention: Span | None
    role: str | None
    kind: SpeakerKind
    resolution: Resolution


@dataclass(frozen=True)
class Quote:
    """One quotation or reported claim, pointing exactly into its article."""

    id: str
    article_id: str
    type: QuoteType
    span: Span
    sentence: Span
    cue: Cue | None
    speaker: Speaker
    evidence: tuple[str, ...] = ()
    fragments: tuple[Span, ...] = ()  # quoted words inside a mixed quote
    truncated: bool = False  # holds an ellipsis or "[…]" cut
    group_id: str | None = None


@dataclass(frozen=True)
class Problem:
    """Something wrong with the input or a stage, kept with the results."""

    source: str  # file name (and line), or "-" for stdin
    message: str
    article_id: str | None = None
    stage: str = "ingest"  # ingest | marks | extract | export
    start: int | None = None
    severity: Literal["warning", "error"] = "warning"
