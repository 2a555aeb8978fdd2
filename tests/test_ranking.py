"""The learned speaker ranker: where the rules' path is weak, a choice among the article's cast.

Each row is a made-up sentence: the speaker expected with the ranker on (``None``: no
speaker), and the resolution. The ranker is asked only where no words at the cue name the
speaker; rows that must not fire hold what it may never do: take the one a description
belongs to (« l'avocat de X »), a person of the other gender than the cue's pronoun, anyone
for an impersonal cue, or anyone where a description the cast does not hold names the speaker.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from importlib import resources

import pytest
from conftest import ROOT

from quotes.attribute import ranking
from quotes.attribute.confidence import confidence
from quotes.model import Article
from quotes.pipeline import extract_doc
from quotes.settings import DEFAULT, Settings

ROWS = [
    # no verb names the speaker of the words after the colon: the one named right before them
    ("Les voisins ont été réveillés par le choc, dont Gérard : « J'ai vu le bus dans le "
     "fossé. »", "Gérard", "ranked"),
    ("Les secours sont arrivés vite, dont le pompier Marc Léger : « Nous avons sorti trois "
     "enfants du car. »", "Marc Léger", "ranked"),
    # must not fire: the one the description belongs to is not the one described
    ("L'avocat de Paul Roux a déclaré être surpris par cette décision.", None, "unresolved"),
    # must not fire: « a-t-elle » names no man
    ("Paul Roux est arrivé le premier sur les lieux. « J'ai vu le bus dans le fossé », "
     "a-t-elle raconté.", None, "unresolved"),
    # must not fire: an impersonal cue withholds its source
    ("Le conseil s'est réuni lundi. Paul Roux, ancien élu, était présent. Il a été rapporté "
     "que le budget serait voté en mai.", None, "unresolved"),
    # must not fire: the only one named is a mayor, the words are a club president's
    ("Marc Lenoir, maire de Dinan, était furieux. Le président du club a déclaré que le stade "
     "serait rénové.", None, "unresolved"),
]


ON = replace(DEFAULT, ranker=True)  # off by default (README, Settings)


def _quote(nlp, text, settings=ON):
    quotes = extract_doc(Article("t", text), nlp(text), settings=settings).quotes
    assert len(quotes) == 1, [q.span.text for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(("text", "speaker", "resolution"), ROWS)
def test_ranker_rows(nlp, text, speaker, resolution):
    q = _quote(nlp, text)
    assert (q.speaker.name, q.speaker.resolution) == (speaker, resolution)
    if resolution == "ranked":
        assert "ranker" in q.evidence
        assert q.speaker.confidence == confidence("ranked", q.speaker.kind, q.evidence) < 0.9
        # the rules alone leave it open: the name is the ranker's
        alone = _quote(nlp, text, Settings(ranker=False))
        assert alone.speaker.name is None and alone.speaker.resolution == "unresolved"


def test_a_strong_rule_path_is_never_asked(nlp):
    # a threshold above every probability: the ranker never decides
    q = _quote(nlp, ROWS[0][0], replace(ON, ranker_threshold=1.01))
    assert q.speaker.name is None
    q = _quote(nlp, ROWS[0][0], replace(ON, ranker_below=0.0))
    assert q.speaker.name is None
    q = _quote(nlp, ROWS[0][0], DEFAULT)  # off unless asked
    assert q.speaker.name is None


def test_the_ranker_never_puts_back_a_carry_the_rules_ended(nlp):
    # the words after an unnamed director's are not the agency's (``Timeline.previous``)
    text = ("L'agence Solvane publie son rapport. « La mer monte », a regretté la directrice "
            "d'un programme des Nations unies. « Personne n'est à l'abri. »")
    q = extract_doc(Article("t", text), nlp(text), settings=ON).quotes[-1]
    assert q.span.text.startswith("Personne") and q.speaker.name is None
    assert "carry-ended" in q.evidence and "ranker" not in q.evidence


def test_the_ranker_off_reads_no_candidates(nlp):
    # off by default: no work for it in the pipeline, and the rules' speakers stand
    text = ROWS[0][0]
    assert extract_doc(Article("t", text), nlp(text)).ranked == []
    assert len(extract_doc(Article("t", text), nlp(text), settings=ON).ranked) == 1


def test_weights_cover_every_feature_and_probabilities_sum_to_one():
    raw = json.loads(resources.files("quotes.attribute").joinpath("ranking.json").read_text())
    assert set(raw["weights"]) == set(ranking.FEATURES)
    assert "check" not in raw["sets"]  # never trained on the check set
    assert 0 < ranking.left_out_right() < 1
    choices = tuple(
        ranking.Choice(ranking.NO_ONE, tuple(float(i == k) for i in range(len(ranking.FEATURES))))
        for k in range(3)
    )
    probs = ranking.probabilities(ranking.Ranked(0, 10, choices), ranking.weights())
    assert abs(sum(probs) - 1) < 1e-9 and all(0 < p < 1 for p in probs)


def test_candidates_exclude_the_owner_and_the_other_gender(nlp):
    text = ("Paul Roux et son avocate, Léa Morel, sont arrivés. L'avocate de Paul Roux a "
            "déclaré être surprise.")
    (r,) = extract_doc(Article("t", text), nlp(text), settings=ON).ranked
    names = [c.who.name for c in r.choices]
    assert names[0] is None  # "no one" comes first
    assert "Paul Roux" not in names and "Léa Morel" in names
    assert r.settled  # words at the cue name the speaker: the rules', not the ranker's
    text = "Paul Roux et Léa Morel sont arrivés. « J'ai vu le bus », a-t-elle raconté."
    (r,) = extract_doc(Article("t", text), nlp(text), settings=ON).ranked
    assert [c.who.name for c in r.choices][1:] == ["Léa Morel"]


def test_training_learns_the_feature_that_marks_the_gold():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_ranker

    n = len(ranking.FEATURES)
    mark = ranking.FEATURES.index("name_words")

    def row(gold):
        feats = [tuple(float(i == 0) for i in range(n))]
        feats += [tuple(float(i == mark and k == gold) for i in range(n)) for k in (1, 2)]
        return train_ranker.Row("toy", feats, ["", "a", "b"], gold, "ab"[gold - 1], "", 0.5,
                                False, True)

    w = train_ranker.fit([row(1), row(2)] * 10, steps=300)
    assert w[mark] > 1
    right = train_ranker.decided(row(2), w, 0.7, 0.5)
    assert right == "b"


@pytest.mark.parametrize(("text", "candidate"), [
    # the description's office is not the one the article gives the person named
    ("Le Premier ministre Jan Vos a salué la police. Le ministre de la Justice a promis de "
     "« tenir bon ».", False),
    # … nor is it when a pronoun takes it up
    ("Le Premier ministre Jan Vos a salué la police. Le ministre de la Justice a parlé. "
     "« Nous tiendrons », a-t-il dit.", False),
    ("Le maire Jan Vos a salué la police. Le ministre de la Justice a parlé. « Nous "
     "tiendrons », a-t-il dit.", False),
    # must not fire: a role that fits the description, no description at all
    ("Le ministre Jan Vos a salué la police. Le ministre de la Justice a promis de « tenir "
     "bon ».", True),
    (ROWS[0][0], True),
])
def test_candidates_exclude_those_whose_roles_say_otherwise(nlp, text, candidate):
    result = extract_doc(Article("t", text), nlp(text), settings=ON)
    (r,) = result.ranked
    named = {c.who.name for c in r.choices} - {None}
    assert bool(named) is candidate
    if not candidate:
        assert [q.speaker.name for q in result.quotes] == [None]
