"""An appearance described by a function at its cue (« a déclaré le pompier ») takes no
anonymous source of another outlet as the group's speaker when the source's words hold no noun
of that function (« une source policière »): unresolved beats wrong (``rivals.other_source``).
One row: the group's source -> the member's speaker after grouping. Invented wording."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Cue, Quote, Span, Speaker

_SAID = "Elle a dû mettre le feu chez moi pour se venger de notre dispute de la veille"


def _quote(qid: str, article: str, speaker: Speaker) -> Quote:
    span = Span(10, 10 + len(_SAID), _SAID)
    return Quote(id=qid, article=ArticleRef(article, article), type="direct", span=span,
                 sentence=span, cue=Cue("a déclaré", "déclarer", 0, 9), speaker=speaker)


@pytest.mark.parametrize(("source", "kind", "expected"), [
    # another noun: no one
    ("une source policière", "anonymous", None),
    # must not: a source whose words hold the function's noun, the same person maybe
    ("un pompier de la caserne", "anonymous", "un pompier de la caserne"),
    # must not: a person named by the other outlets, whose name holds no role noun
    ("Paul Roux", "person", "Paul Roux"),
])
def test_a_function_at_the_cue_takes_no_other_anonymous_source(source, kind, expected):
    donor = _quote("q1", "a1", Speaker(source, Span(0, len(source), source), None, kind,
                                       "explicit", confidence=0.66))
    member = _quote("q2", "a2", Speaker(None, Span(100, 110, "le pompier"), "pompier", "person",
                                        "unresolved", confidence=0.14))
    out, _ = group_quotes([donor, member])
    assert out[1].group_id == out[0].group_id is not None
    assert out[1].speaker.name == expected
