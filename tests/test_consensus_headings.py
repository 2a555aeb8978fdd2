"""A heading of words in marks that its own article gives no one (no name before a colon, no one
saying them in its body) groups with the same words another outlet gives its speaker, and stays
unknown: the group's speaker is not given to it (``consensus._unsaid_heading``; the annotation
guidelines' « Headings »). An appearance in the body with no speaker still takes it. Invented
wording."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Cue, Evidence, Quote, Span, Speaker

_SAID = "J'espère que nous pourrons travailler ensemble pour la ville"


def _quote(qid: str, article: str, speaker: Speaker, evidence: tuple[str, ...] = (),
           cue: Cue | None = None) -> Quote:
    span = Span(10, 10 + len(_SAID), _SAID)
    return Quote(id=qid, article=ArticleRef(article, article), type="direct", span=span,
                 sentence=span, cue=cue, speaker=speaker, evidence=evidence)


_DONOR = Speaker("Anne Vidal", Span(0, 10, "Anne Vidal"), "maire de Vernac", "person", "explicit",
                 gender="female", confidence=0.9)
_NO_ONE = Speaker(None, None, None, "unknown", "unresolved")


@pytest.mark.parametrize(("evidence", "expected"), [
    # a heading alone on its line: grouped, no speaker
    ((Evidence.UNCUED, Evidence.HEADING, Evidence.NO_SPEAKER), None),
    # must not: the same words in a body paragraph with no speaker take the group's
    ((Evidence.UNCUED, Evidence.NO_CUE, Evidence.NO_SPEAKER), "Anne Vidal"),
])
def test_a_heading_no_one_says_takes_no_speaker_from_the_group(evidence, expected):
    donor = _quote("q1", "a1", _DONOR, cue=Cue("a déclaré", "déclarer", 0, 9))
    member = _quote("q2", "a2", _NO_ONE, evidence)
    out, _ = group_quotes([donor, member])
    assert out[1].group_id == out[0].group_id is not None
    assert out[1].speaker.name == expected
