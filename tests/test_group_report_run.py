"""Two quotes one article gives apart that share a report's run of words (``joining.one_report``:
``report_runs`` times ``text_first_words`` words in a row) are one statement: a pull quote above
the statement it comes from, or a statement the article cuts where another outlet does not. The
article's two passages keep apart only what shares less (a formula said again in an address)."""

import pytest
from conftest import assert_grouped

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker

UNCUED = ("uncued", "no-cue")
CUED = ("postposed", "cue-after")

# a line of its own in marks (18 words), then the statement after a colon, both with no cue
PULL = ("S'il faut fermer cette école, il faudra fermer toutes les écoles du canton, une par "
        "une")
STATEMENT = (f"Le rectorat dit que nos effectifs baissent… Mais {PULL[0].lower()}{PULL[1:]}. "
             "Nous ne lâcherons rien, les parents sont avec nous.")
# another outlet's cut of the statement: from the pull quote's words to the end
CUT = f"Mais {PULL[0].lower()}{PULL[1:]}. Nous ne lâcherons rien."
# a formula, then an address ending on it (a run of 8 words, half a report's)
FORMULA = "Que le courage soit avec toutes les familles !"
ADDRESS = ("Je pense à vous, à vos enfants, à vos voisins et à vos commerçants : que le courage "
           "soit avec toutes les familles !")


def rec(qid: str, article: str, text: str, start: int, evidence: tuple[str, ...] = CUED,
        speaker: str | None = "Maëlle Dorval") -> Quote:
    span = Span(start, start + len(text), text)
    who = (Speaker(speaker, None, None, "person", "explicit", confidence=0.93) if speaker
           else Speaker(None, None, None, "unknown", "unresolved"))
    return Quote(id=qid, article=ArticleRef(article, article), type="direct", span=span,
                 sentence=span, cue=None, speaker=who, evidence=evidence)


@pytest.mark.parametrize(("quotes", "together", "apart"), [
    # a pull quote and the statement it comes from, in one article, neither cued (no repeat
    # is read: the statement is no speech act); another outlet's cut holds both: one group
    ([rec("q0", "a1", PULL, 0, UNCUED, None), rec("q1", "a1", STATEMENT, 400, UNCUED, None),
      rec("q2", "a2", CUT, 0)], [(0, 1), (0, 2), (1, 2)], []),
    # ... the pull quote cued and named, the statement with no cue and no speaker resolved
    ([rec("q0", "a1", PULL, 0), rec("q1", "a1", STATEMENT, 400, UNCUED, None),
      rec("q2", "a2", CUT, 0)], [(0, 1), (0, 2), (1, 2)], []),
    # must not fire: the formula said, then again at the end of an address, by one article:
    # two things said, and the address stays apart from another outlet's formula
    ([rec("q0", "a1", FORMULA, 0), rec("q1", "a1", ADDRESS, 400), rec("q2", "a2", FORMULA, 0)],
     [(0, 2)], [(0, 1), (1, 2)]),
])
def test_a_report_run_joins_what_one_article_gives_apart(quotes, together, apart):
    assert_grouped(group_quotes(quotes)[0], together, apart)
