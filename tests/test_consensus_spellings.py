"""Two spellings of one name in one group are one speaker for its vote (``consensus``): a
member its article names « Lina Abdel-Karim », by a pronoun, keeps its own record where the
other outlets write « Lina Abdel Karim »; a member naming another person takes the group's.
Sentences made up."""

import pytest

from quotes.group.consensus import CONSENSUS
from quotes.group.grouping import group_quotes
from quotes.group.speakers import spelling
from quotes.model import ArticleRef, Quote, Span, Speaker

_SAID = ("Les familles du quartier attendent depuis trois ans une réponse claire sur la "
         "réouverture de la piscine municipale de Vernac")


def rec(qid: str, article: str, speaker: str, resolution: str = "explicit",
        confidence: float = 0.93) -> Quote:
    span = Span(0, len(_SAID), _SAID)
    return Quote(id=qid, article=ArticleRef(article, article), type="direct", span=span,
                 sentence=span, cue=None,
                 speaker=Speaker(speaker, None, None, "person", resolution,
                                 confidence=confidence))


@pytest.mark.parametrize(("weak", "kept"), [
    ("Lina Abdel-Karim", True),   # a hyphen for a space
    ("LINA ABDEL KARIM", True),   # capitals
    ("Nina Abdel-Karim", False),  # must not: another first name, another person
])
def test_a_spelling_of_the_groups_speaker_keeps_its_record(weak, kept):
    quotes = [rec("q1", "a1", "Lina Abdel Karim"), rec("q2", "a2", "Lina Abdel Karim"),
              rec("q3", "a3", weak, resolution="pronoun", confidence=0.6)]
    out, groups = group_quotes(quotes)
    assert len(groups) == 1 and len({q.group_id for q in out}) == 1
    third = out[2]
    if kept:
        assert third.speaker.name == weak and CONSENSUS not in third.evidence
        assert third.speaker.confidence == 0.6
    else:
        assert third.speaker.name == "Lina Abdel Karim" and CONSENSUS in third.evidence


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Rosa Malik-Diop", "Rosa Malik Diop", True),
    ("INSTITUT DE VERNAC", "Institut de Vernac", True),
    ("Rosa Malik", "Rosa Malik-Diop", False),
])
def test_spelling(a, b, one):
    assert (spelling(a) == spelling(b)) is one


def test_two_spellings_weigh_together_in_the_vote():
    """« Lina Abdel Karim » and « Lina Abdel-Karim » are one speaker in the vote: a member a
    pronoun gave another name takes the group's speaker with the weight of both spellings
    (0.93 + 0.93 of 2.46), not of one (0.93 of 2.46)."""
    quotes = [rec("q1", "a1", "Lina Abdel Karim"), rec("q2", "a2", "Lina Abdel-Karim"),
              rec("q3", "a3", "Nadia Roy", resolution="pronoun", confidence=0.6)]
    out, groups = group_quotes(quotes)
    assert len(groups) == 1 and len({q.group_id for q in out}) == 1
    assert [q.speaker.name for q in out] == ["Lina Abdel Karim", "Lina Abdel-Karim",
                                             "Lina Abdel Karim"]
    assert CONSENSUS in out[2].evidence and out[2].speaker.confidence == 0.76


def test_names_with_no_key_are_no_one_spelling():
    assert spelling("M.") != spelling("Mme") and spelling("Dr") != spelling("Pr")
