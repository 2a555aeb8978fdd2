"""scripts/group_misses.py names why a gold pair is not grouped: who said the two quotes, then
how their wordings, as grouping reads them, compare."""

import sys
from pathlib import Path

import pytest

from quotes import evaluate as ev
from quotes.model import ArticleRef, Quote, Span, Speaker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import group_misses


def side(article, text, speaker="Hélène Vasseur", resolution="explicit", confidence=0.9):
    """An extracted direct quote, the whole text of its article, and its scored item."""
    span = Span(0, len(text), text)
    quote = Quote(
        id=f"q-{article}", article=ArticleRef(article, article), type="direct", span=span,
        sentence=span, cue=None,
        speaker=Speaker(speaker, None, None, "person", resolution, confidence=confidence),
    )
    item = ev.Item(article, "direct", 0, len(text), text, speaker, None, None)
    return item, quote


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        # one speaker, one passage in two cuts: the wordings match and share runs of words
        (side("a1", "Nous rouvrirons la piscine municipale dès le mois de juin"),
         side("a2", "Nous rouvrirons la piscine municipale dès le mois de juin prochain"),
         "text matches, kept apart"),
        # a word changed every other word: near the same, yet no run of three words shared
        (side("a1", "arrêter ces travaux"), side("a2", "arrêter les travaux"),
         "text matches, no shared trigram"),
        # two things said by one speaker
        (side("a1", "Le marché couvert sera agrandi"),
         side("a2", "Les tarifs du stationnement baissent en mars"),
         "text too different"),
        # two different names, one of them a pronoun's guess the text may overrule
        (side("a1", "Nous rouvrirons la piscine municipale dès le mois de juin"),
         side("a2", "Nous rouvrirons la piscine municipale dès le mois de juin",
              speaker="Marc Tellier", resolution="pronoun", confidence=0.3),
         "speakers differ (a side weak), text matches"),
        # two people named at the cue, saying two things
        (side("a1", "Le marché couvert sera agrandi"),
         side("a2", "Les tarifs du stationnement baissent en mars", speaker="Marc Tellier"),
         "speakers differ, text too different"),
    ],
)
def test_cause_names_who_then_how_the_wordings_compare(a, b, why):
    assert group_misses.cause(a[0], b[0], a[1], b[1]) == why


def test_a_side_never_extracted_is_no_grouping_miss():
    item, quote = side("a1", "Nous rouvrirons la piscine municipale dès le mois de juin")
    assert group_misses.cause(item, None, quote, None) == "not extracted"
    assert group_misses.cause(None, item) == "not extracted"


def test_scores_are_the_grouper_similarities_before_any_threshold():
    # two cuts of one sentence: their ratio and partial_ratio as grouping computes them, the run
    # « dès le mois de juin »
    _, a = side("a1", "Nous rouvrirons la piscine municipale dès le mois de juin")
    _, b = side("a2", "La piscine municipale rouvrira dès le mois de juin, promet-elle")
    assert group_misses.scores(a, b) == "ratio 77, partial 90, run 5 words"
