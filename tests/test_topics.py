"""The words after a verb of speaking's one marked stretch (``detect.topics``): a gerund
after it (« parle de « … » en quittant la salle ») says when, not what; read from where those
words start, whatever signs close the sentence."""

from types import SimpleNamespace

import pytest

from quotes.detect.marks import Marked
from quotes.detect.topics import _lone_lead

ROWS = [
    # (words after the marks, the lead read before them)
    ("en quittant la salle ?!", "de"),
    ("en quittant la salle", "de"),
    # must not: an adverb first, a gerund after it: the signs closing the sentence do not
    # move the start onto the gerund
    ("là, quittant la salle ?!", None),
    ("là, quittant la salle", None),
]


@pytest.mark.parametrize(("tail", "lead"), ROWS)
def test_lone_lead_reads_from_where_the_words_start(nlp, tail, lead):
    text = "Il parle de « crise » " + tail
    opened, closed = text.index("«"), text.index("»")
    marked = Marked(opened, closed, opened + 2, closed - 1, "guillemets", 0)
    ctx = SimpleNamespace(text=text, doc=nlp(text))
    assert _lone_lead(ctx, text.index("de"), len(text), [marked]) == lead  # type: ignore[arg-type]
