"""How sure an attribution is: the share of right speakers the same path had on gold.

Each quote's speaker was found by one path: a name written at the cue, a title completed by
the cast, a pronoun tied to an antecedent, a description tied to the person the article is
about, the speaker of the previous quote, ... ``confidence.tsv`` beside this module holds, for
each path, how often the development gold (seeds, ../shared/corpus 101-130, the second batch;
never the check set) agrees with the speaker it gave, smoothed as (right + 1) / (seen + 2) so a
path seen twice is not "certain". ``scripts/calibrate_confidence.py`` rewrites the table.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from quotes.attribute import ranking

# the evidence names the timeline and the pipeline give, in the order they are looked for
NOTES = (
    "pronoun-to-antecedent", "pronoun-to-description", "pronoun-to-next-name",
    "pronoun-to-cast", "pronoun-to-topic", "pronoun-unresolved",
    "description-to-name", "description-to-last-named", "description-to-main-person",
    "description-to-next-name",
    "description-unresolved", "latter-to-name", "latter-to-description", "latter-to-phrase",
    "latter-unresolved", "kin-to-name", "kin-unresolved", "source-to-antecedent",
    "speaker-from-previous-sentence",
    "speaker-from-next", "colon-intro", "interviewer", "interviewee",
    "no-speaker", "people-file",
)
UNSEEN = 0.5  # a path the gold never showed: as likely right as wrong


def path(resolution: str, kind: str, evidence: tuple[str, ...]) -> str:
    """The attribution path of a quote: ``resolution:kind`` and the deciding note, if any."""
    note = next((n for n in NOTES if n in evidence), "")
    return f"{resolution}:{kind}:{note}"


@cache
def table() -> dict[str, float]:
    text = resources.files(__package__).joinpath("confidence.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return {cols[0]: float(cols[3]) for cols in rows}


def confidence(resolution: str, kind: str, evidence: tuple[str, ...]) -> float:
    """The calibrated confidence of a quote's speaker (0 to 1); a choice of the learned ranker
    has the share of its changes that were right on development sets it was not trained on."""
    if resolution == "ranked":
        return ranking.left_out_right()
    return table().get(path(resolution, kind, evidence), UNSEEN)
