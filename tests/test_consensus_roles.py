"""The role a quote shows when its group's vote gives it its speaker (``consensus``): the one
its own article gives that person closest before it, in its other quotes' records, not the
words another outlet used for the same office; the donor's role only when the article gives
none. One row: the roles the article gives the person elsewhere -> the role shown."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker

_SAID = ("Les dirigeants changent d'avis trop vite, ils paniquent dès la troisième défaite "
         "et ne laissent plus aucun temps au travail des équipes")
_OTHER = "Nous avons encore tout à prouver cette saison devant notre public"


def rec(qid: str, article: str, start: int, text: str, speaker: str, role: str | None = None,
        roles: tuple[Span, ...] = (), resolution: str = "explicit",
        confidence: float = 0.89) -> Quote:
    span = Span(start, start + len(text), text)
    return Quote(id=qid, article=ArticleRef(article, article), type="direct", span=span,
                 sentence=span, cue=None,
                 speaker=Speaker(speaker, None, role, "person", resolution, roles=roles,
                                 confidence=confidence))


@pytest.mark.parametrize(("given", "shown"), [
    # the article's own words for the office, given before the quote
    ((Span(10, 31, "entraîneur du FC Dole"),), "entraîneur du FC Dole"),
    # of two it gives, the one closest before the quote
    ((Span(10, 31, "entraîneur du FC Dole"), Span(200, 215, "coach de Dole")), "coach de Dole"),
    # must not: an article that gives the person no role shows the donor's
    ((), "coach du FC Dole"),
])
def test_a_consensus_speaker_shows_its_own_articles_role(given, shown):
    donor = rec("q1", "a1", 0, _SAID, "Louis Berthier", role="coach du FC Dole",
                roles=(Span(0, 16, "coach du FC Dole"),))
    own = rec("q2", "a2", 300, _OTHER, "Louis Berthier", role=given[0].text if given else None,
              roles=given)
    weak = rec("q3", "a2", 900, _SAID, "Marc Vasseur", resolution="pronoun", confidence=0.5)
    out, _ = group_quotes([donor, own, weak])
    assert out[2].group_id == out[0].group_id is not None
    assert out[2].speaker.name == "Louis Berthier"
    assert out[2].speaker.role == shown
