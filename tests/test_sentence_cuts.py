"""Where sentences are cut when the model starts one inside an opening mark.

The model's sentence starts are set by hand here (a ``Doc`` built from words), so the rows do
not depend on how a parse happens to split them.
"""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.detect.context import sentences


def cut_text(words, starts):
    """The sentence spans of the words (each followed by a space, as written), the model's
    sentences starting at the words whose index is in ``starts``."""
    spaces = [True] * len(words)
    spaces[-1] = False
    doc = Doc(Vocab(), words=words, spaces=spaces,
              sent_starts=[i == 0 or i in starts for i in range(len(words))])
    return [doc.text[a:b] for a, b in sentences(doc, [], [(0, len(doc.text))])]


ROWS = [
    # the model starts the sentence after « : the cut moves back to the mark
    pytest.param(
        "Elle a dit que « tout change » pour elle . « Il faut partir » , a-t-elle ajouté .",
        "Il", ["Elle a dit que « tout change » pour elle .",
               "« Il faut partir » , a-t-elle ajouté ."], id="after-a-sentence-end"),
    # must not fire: no sentence end before the mark, the model's start is no cut
    pytest.param(
        "Il a dit « oui » et « non » , puis il est parti .",
        "non", ["Il a dit « oui » et « non » , puis il est parti ."], id="inside-a-sentence"),
]


@pytest.mark.parametrize(("text", "start_word", "expected"), ROWS)
def test_a_sentence_started_inside_a_mark(text, start_word, expected):
    words = text.split()
    assert cut_text(words, {words.index(start_word)}) == expected
