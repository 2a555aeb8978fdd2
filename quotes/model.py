"""Plain, frozen records that flow through the pipeline.

Every offset is a Python string index (Unicode code point) into ``Article.text``
exactly as it was decoded; no stage ever changes that text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
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
# the name is written at the cue, or completed from it (« M. Stoltenberg »): not inferred
NAMED_AT_CUE: frozenset[Resolution] = frozenset({"explicit", "title"})


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


class Evidence(StrEnum):
    """Every name a quote's ``evidence`` may hold, in the order the stages give them. The
    batch's names (``BATCH_*``) carry the id of the article lent from after a colon:
    ``batch-role:a12``. A member is its name as a string: ``"heading" in q.evidence``."""

    # how it was cued: the kind of its reporting construction, or none
    PREPOSED = "preposed"
    POSTPOSED = "postposed"
    INCISE = "incise"
    SELON = "selon"
    POUR = "pour"
    COMME = "comme"
    COLON = "colon"
    PREDICATE = "predicate"
    ECHO = "echo"
    POST = "post"
    SIGNED_LINE = "signed-line"  # a pull quote in no marks, signed by a name on its line
    COLON_EXTRACT = "colon-extract"  # a first-person paragraph in no marks after a colon's
    INTERVIEW = "interview"
    UNCUED = "uncued"
    # how detection found it
    CUE_BEFORE = "cue-before"
    CUE_AFTER = "cue-after"
    CUE_INSERTED = "cue-inserted"  # after a lead with no clause, the clause after it
    AGENT = "agent"
    QUE_CLAUSE = "que-clause"
    INFINITIVE = "infinitive"
    INTENTION_INFINITIVE = "intention-infinitive"
    OBJECT_INFINITIVE = "object-infinitive"
    OBJECT_WITH_MARKS = "object-with-marks"
    ATTRIBUTE = "attribute"
    COORDINATED_QUE = "coordinated-que"
    IMPERSONAL = "impersonal"
    PARTICIPLE_SUBJECT = "participle-subject"
    SUBJECT_LOST = "subject-lost"
    SUBJECTLESS_VERB = "subjectless-verb"
    QUESTION = "question"
    INTERVIEWEE = "interviewee"
    HEADING = "heading"
    MULTI_PARAGRAPH = "multi-paragraph"
    MARKED_LIST = "marked-list"
    JOINED_MARKS = "joined-marks"
    CLAUSE_BEGUN_OUTSIDE = "clause-begun-outside"
    CLAUSE_SUBJECT = "clause-subject"  # marks open on a verb: its subject before them speaks
    # a first-person que-clause (« je », « nous ») an incise after it reports (``first_person``)
    FIRST_PERSON_WORDS = "first-person-words"
    # a finding a source told the narrator (« …, a indiqué l'enquête à X »)
    FINDING_TOLD = "finding-told"
    # a cue taken from the quote just before (« Cue, continued »): what grouping and the batch
    # read as a quote's own cue is not that one
    CUE_CARRIED = "cue-carried"
    # marked words found with no cue of their own (a lead, a pull quote)
    NO_CUE = "no-cue"
    # how the speaker was resolved (``attribute.confidence.NOTES`` ranks these)
    PRONOUN_TO_ANTECEDENT = "pronoun-to-antecedent"
    PRONOUN_TO_DESCRIPTION = "pronoun-to-description"
    PRONOUN_TO_NEXT_NAME = "pronoun-to-next-name"
    PRONOUN_TO_CAST = "pronoun-to-cast"
    PRONOUN_TO_TOPIC = "pronoun-to-topic"
    PRONOUN_UNRESOLVED = "pronoun-unresolved"
    DESCRIPTION_TO_NAME = "description-to-name"
    DESCRIPTION_TO_APPOSED_NAME = "description-to-apposed-name"
    DESCRIPTION_TO_LAST_NAMED = "description-to-last-named"
    DESCRIPTION_TO_MAIN_PERSON = "description-to-main-person"
    DESCRIPTION_TO_JUST_NAMED = "description-to-just-named"
    # the one the cast's roles fit where the ranking of before took another (a kind noun
    # read backwards, a noun of any role and one given a function: ``described``)
    DESCRIPTION_TO_FIT = "description-to-fit"
    DESCRIPTION_TO_COPULA = "description-to-copula"  # the name a copula gives it now
    DESCRIPTION_TO_NEXT_NAME = "description-to-next-name"
    DESCRIPTION_UNRESOLVED = "description-unresolved"
    DESCRIPTION_UNNAMED_PARTY = "description-unnamed-party"
    LATTER_TO_NAME = "latter-to-name"
    LATTER_TO_DESCRIPTION = "latter-to-description"
    LATTER_TO_PHRASE = "latter-to-phrase"
    LATTER_UNRESOLVED = "latter-unresolved"
    KIN_TO_NAME = "kin-to-name"
    KIN_UNRESOLVED = "kin-unresolved"
    SOURCE_TO_ANTECEDENT = "source-to-antecedent"
    SPEAKER_FROM_PREVIOUS_SENTENCE = "speaker-from-previous-sentence"
    SPEAKER_FROM_NEXT = "speaker-from-next"
    DISPLAY_HOLDERS = "display-holders"  # marks on a placard: who holds it (``displayed``)
    HEADING_SUBJECT = "heading-subject"  # the name a heading opens on speaks (``headed``)
    ON_CONTINUES = "on-continues"
    DOCUMENT_CONTINUES = "document-continues"
    DOCUMENT_ISSUER = "document-issuer"
    CARRY_ENDED = "carry-ended"
    CARRY_ACROSS = "carry-across"  # the voice of the quote that ends the paragraph before
    CARRY_NOT_ACROSS = "carry-not-across"  # none from the paragraph before: its subject's
    CARRY_PAST_SPEAKER = "carry-past-speaker"  # a subject past another's quote in its paragraph
    COLON_INTRO = "colon-intro"
    COLON_PARAGRAPH = "colon-paragraph"  # the cue ends the paragraph before, with a colon
    INTERVIEWER = "interviewer"
    HEADING_SAME_SENTENCE = "heading-same-sentence"
    HEADING_SAME_WORDS = "heading-same-words"
    NO_SPEAKER = "no-speaker"
    GENDER_NAME_MODEL = "gender-name-model"
    GENDER_WEIGHED = "gender-weighed"  # mentions disagreed: the gender most of them say
    # what the batch, a people file and grouping changed
    BATCH_DESCRIPTION = "batch-description"
    BATCH_ROLE = "batch-role"
    BATCH_GENDER = "batch-gender"
    BATCH_FIRST_NAME = "batch-first-name"  # the gender of the first name another article gives
    BATCH_SPELLING = "batch-spelling"
    TITLE_NAME = "title-name"
    OWN_ROLE = "own-role"
    PEOPLE_FILE = "people-file"
    PEOPLE_FILE_GENDER_DIFFERS = "people-file-gender-differs"
    GROUP_CONSENSUS = "group-consensus"
    REPEAT_IN_ARTICLE = "repeat-in-article"


CUE_CARRIED = Evidence.CUE_CARRIED
NO_CUE = Evidence.NO_CUE


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
    places: tuple[Span, ...] = ()  # each role where the article writes it, in text order


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
