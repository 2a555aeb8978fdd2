"""How sure an attribution is: how often the same path was right on text nobody tuned on.

Each quote's speaker was found by one path: a name written at the cue, a title completed by
the cast, a pronoun tied to an antecedent, a description tied to the person the article is
about, the speaker of the previous quote, ... ``confidence.tsv`` beside this module holds, for
each path, the share of right speakers it had on annotated articles from outside the project,
in the state before any rule was tuned on them: the development gold, on which every rule was
tuned, says 86 of 86 for a pronoun's antecedent where untuned articles say about four in five,
so it counts only at a twentieth of a quote. A path seen rarely leans on the other paths of
its ``resolution:kind`` (then of its resolution, then on all): each row is its counts shrunk
toward theirs, and the rows ``resolution:kind:*``, ``resolution:*:*`` and ``*:*:*`` give a
path the table never saw. The check set is never read. ``scripts/calibrate_confidence.py``
rewrites the table and says how each untuned batch fares when the others set it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from importlib import resources

from quotes.attribute import ranking
from quotes.model import Evidence, Quote

# the evidence names the timeline and the pipeline give, in the order they are looked for
NOTES = (
    Evidence.PRONOUN_TO_ANTECEDENT, Evidence.PRONOUN_TO_DESCRIPTION, Evidence.PRONOUN_TO_NEXT_NAME,
    Evidence.PRONOUN_TO_CAST, Evidence.PRONOUN_TO_TOPIC, Evidence.PRONOUN_UNRESOLVED,
    Evidence.DESCRIPTION_TO_NAME, Evidence.DESCRIPTION_TO_LAST_NAMED,
    Evidence.DESCRIPTION_TO_MAIN_PERSON, Evidence.DESCRIPTION_TO_JUST_NAMED,
    Evidence.DESCRIPTION_TO_FIT, Evidence.DESCRIPTION_TO_COPULA,
    Evidence.DESCRIPTION_TO_NEXT_NAME,
    Evidence.DESCRIPTION_UNRESOLVED, Evidence.LATTER_TO_NAME, Evidence.LATTER_TO_DESCRIPTION,
    Evidence.LATTER_TO_PHRASE, Evidence.LATTER_UNRESOLVED, Evidence.KIN_TO_NAME,
    Evidence.KIN_UNRESOLVED, Evidence.SOURCE_TO_ANTECEDENT, Evidence.CLAUSE_SUBJECT,
    Evidence.CARRY_ACROSS, Evidence.CARRY_PAST_SPEAKER, Evidence.SPEAKER_FROM_PREVIOUS_SENTENCE,
    Evidence.SPEAKER_FROM_NEXT, Evidence.COLON_INTRO, Evidence.INTERVIEWER, Evidence.INTERVIEWEE,
    Evidence.NO_SPEAKER, Evidence.PEOPLE_FILE, Evidence.DOCUMENT_ISSUER,
)
# the evidence of a speaker a group's vote gave (``group.consensus``)
CONSENSUS = Evidence.GROUP_CONSENSUS
ANY = "*"  # a back-off row: any kind, any note
UNSEEN = 0.5  # a table without back-off rows, and a path it never saw: as likely right as wrong


def path(resolution: str, kind: str, evidence: tuple[str, ...]) -> str:
    """The attribution path of a quote: ``resolution:kind`` and the deciding note, if any."""
    note = next((n for n in NOTES if n in evidence), "")
    return f"{resolution}:{kind}:{note}"


def of_record(q: Quote) -> str:
    """The path a record carries: its speaker's resolution and kind, and its evidence (what
    ``scripts/calibrate_confidence.py`` counts each matched quote under)."""
    return path(q.speaker.resolution, q.speaker.kind, q.evidence)


def followed(before: Quote, after: Quote) -> Quote:
    """``after``, the record ``before`` became when a later step gave it another speaker,
    resolution, kind or evidence (the batch, a people file), with the confidence of the path
    that finally gave its speaker; as it was when that path is the same, or when a group's
    consensus gave the speaker (the share of the vote, ``group.consensus``)."""
    if CONSENSUS in after.evidence or of_record(after) == of_record(before):
        return after
    sp = after.speaker
    return replace(after, speaker=replace(
        sp, confidence=confidence(sp.resolution, sp.kind, after.evidence)))


def backoff(key: str) -> tuple[str, ...]:
    """The rows a path is read from, most specific first: itself, its ``resolution:kind``,
    its resolution, every path."""
    resolution, kind, _ = key.split(":")
    every = (key, f"{resolution}:{kind}:{ANY}", f"{resolution}:{ANY}:{ANY}", f"{ANY}:{ANY}:{ANY}")
    return tuple(dict.fromkeys(every))  # a back-off row's own chain starts at itself


def lookup(rows: Mapping[str, float], key: str) -> float:
    """A path's confidence in ``rows``: its own row, else the nearest back-off row."""
    return next((rows[k] for k in backoff(key) if k in rows), UNSEEN)


@cache
def table() -> dict[str, float]:
    text = resources.files(__package__).joinpath("confidence.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return {cols[0]: float(cols[-1]) for cols in rows}


def confidence(resolution: str, kind: str, evidence: tuple[str, ...]) -> float:
    """The calibrated confidence of a quote's speaker (0 to 1); a choice of the learned ranker
    has the share of its changes that were right on development sets it was not trained on."""
    if resolution == "ranked":
        return ranking.left_out_right()
    return lookup(table(), path(resolution, kind, evidence))
