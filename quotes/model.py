"""Plain, frozen records that flow through the pipeline.

Every offset is a Python string index (Unicode code point) into ``Article.text``
exactly as it was decoded; no stage ever changes that text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from quotes import __version__

QuoteType = Literal["direct", "indirect", "mixed"]
Gender = Literal["female", "male"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]
CueType = Literal["verb", "selon", "colon", "none"]
Severity = Literal["warning", "error"]
# an appearance's wording against the longest one of its group
Relation = Literal["same", "variant", "fragment", "paraphrase"]
Resolution = Literal[
    "explicit",  # the name is written at the cue
    "title",  # "M. Stoltenberg" completed to the full name given elsewhere
    "pronoun",  # "il", "a-t-elle" resolved to an earlier speaker or person
    "description",  # "le chef de l'alliance" matched to a person by role
    "continuation",  # no cue: the speaker of the surrounding quotes
    "ranked",  # where the rules' path is weak: the learned ranker's choice among the cast
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
    author: str | None = None  # the byline of a web page (HTML input)

    @property
    def ref(self) -> ArticleRef:
        """The article's metadata without its text, as every quote carries it."""
        return ArticleRef(self.id, self.outlet, self.url, self.date, self.title, self.source)


@dataclass(frozen=True)
class ArticleRef:
    """Where a quote was published: the metadata of its article, without the text."""

    id: str
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None
    source: str | None = None
    # the names its whole text and its title give (folded words of its people, places and
    # bodies: ``attribute.article_names``): what grouping asks two events' articles to share;
    # written out (schema 1.3), empty in records of an older schema
    names: frozenset[str] = field(default=frozenset(), compare=False, repr=False)


def day_number(given: str | None) -> int | None:
    """A date as a day number (``date.toordinal``); a month alone (« 2025-03 ») is its first
    day; None for none, or a text that does not read as an ISO date (year-month-day or
    year-month first)."""
    text = (given or "").strip()
    if len(text) == 7 and text[4] == "-":  # a month alone: its first day
        text += "-01"
    try:
        return date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


@dataclass(frozen=True)
class Extraction:
    """What produced a record: tool, its version and the NLP model (``lang_name-version``)."""

    model: str | None = None
    version: str = __version__
    tool: str = "quotes"


@dataclass(frozen=True)
class Span:
    """A run of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


# the evidence of a cue taken from the quote just before (« Cue, continued »): what grouping and
# the batch read as a quote's own cue is not that one
CUE_CARRIED = "cue-carried"
# the evidence of marked words detection found with no cue of their own (a lead, a pull quote)
NO_CUE = "no-cue"


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
    """Who said it: canonical name, the mention as written, role, kind, gender, confidence.

    ``role`` is the role closest before the quote, else the most specific the article gives;
    ``roles`` lists every role the article gives the speaker, with offsets into its text.
    ``confidence`` (0 to 1) says how sure the attribution is; ``id`` comes from a people file.
    """

    name: str | None
    mention: Span | None
    role: str | None
    kind: SpeakerKind
    resolution: Resolution
    linked: str | None = None  # one name for this person across the batch, set by grouping
    gender: Gender | None = None
    roles: tuple[Span, ...] = ()
    confidence: float = 0.0
    id: str | None = None


@dataclass(frozen=True)
class Named:
    """A person an article names, quoted or not, with the roles and gender it gives them: what
    one article says of them serves the other articles of a batch."""

    name: str
    roles: tuple[str, ...] = ()
    gender: Gender | None = None


@dataclass(frozen=True)
class Quote:
    """One quotation or reported claim, pointing exactly into its article."""

    id: str
    article: ArticleRef
    type: QuoteType
    span: Span
    sentence: Span
    cue: Cue | None
    speaker: Speaker
    evidence: tuple[str, ...] = ()
    fragments: tuple[Span, ...] = ()  # quoted words inside a mixed quote
    truncated: bool = False  # holds an ellipsis or "[…]" cut
    group_id: str | None = None
    extraction: Extraction = Extraction()

    @property
    def article_id(self) -> str:
        return self.article.id

    @property
    def who(self) -> str | None:
        """The speaker's name across the batch when grouping linked it, else in its article."""
        return self.speaker.linked or self.speaker.name


@dataclass(frozen=True)
class Problem:
    """Something wrong with the input or a stage, kept with the results."""

    source: str  # file name (and line), or "-" for stdin
    message: str
    article_id: str | None = None
    stage: str = "ingest"  # ingest | marks | extract | export
    start: int | None = None
    severity: Severity = "warning"


@dataclass(frozen=True)
class Appearance:
    """One article's wording of a grouped quote, and how it relates to the longest wording."""

    quote_id: str
    article_id: str
    outlet: str | None
    url: str | None
    date: str | None
    text: str
    type: QuoteType
    relation: Relation
    ratio: float  # rapidfuzz ratio against the longest wording (normalised), 0-100
    partial_ratio: float


@dataclass(frozen=True)
class Group:
    """The same utterance reported by several articles.

    ``appearances`` run from the earliest dated article; ``representative_text`` is the
    longest wording; the speaker is the name most members give, with their roles and kind.
    """

    id: str
    representative_text: str
    speaker: str | None
    roles: tuple[str, ...]
    kind: SpeakerKind
    appearances: tuple[Appearance, ...]

    @property
    def first_appearance(self) -> Appearance:
        return self.appearances[0]

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets carrying it (an article id where the outlet is unknown), sorted."""
        return tuple(sorted({a.outlet or a.article_id for a in self.appearances}))

    @property
    def num_mentions(self) -> int:
        return len(self.appearances)

    @property
    def num_outlets(self) -> int:
        return len(self.outlets)
