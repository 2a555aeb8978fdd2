"""The layout views of a parsed ``Doc`` (``nlp.doc``): which tokens share a line of the text.

Every line break ends a paragraph (``marks.paragraphs``); ``one_line`` says whether two tokens
are on one such line, in either order. A break belongs to the line it ends. Only the
tokenizer is run: the rows hold whatever the parser makes of the text.
"""

import pytest

from quotes.nlp.doc import one_line


def token(doc, word, nth=0):
    """The ``nth`` token of ``doc`` written ``word``."""
    return [t for t in doc if t.text == word][nth]


ROWS = [
    pytest.param("Anne Roy est arrivée hier", "Anne", "arrivée", True, id="one-line"),
    pytest.param("Roy admet qu'elle le sera\n\nAnne Roy sort de son silence", "sera", "sort",
                 False, id="heading-and-the-line-under-it"),
    pytest.param("Roy admet qu'elle le sera\n\nAnne Roy sort de son silence", "sort", "sera",
                 False, id="either-order"),
    pytest.param("Camille Texier est\narrivée en tête", "Texier", "est", True,
                 id="before-a-cut"),
    pytest.param("Camille Texier est\narrivée en tête", "est", "arrivée", False,
                 id="across-a-cut"),
    pytest.param("Camille Texier est\narrivée en tête", "arrivée", "Camille", False,
                 id="across-a-cut-either-order"),
    # the break ends the line before it: with « est », not with « arrivée »
    pytest.param("Camille Texier est\narrivée en tête", "est", "\n", True,
                 id="a-break-with-the-line-it-ends"),
    pytest.param("Camille Texier est\narrivée en tête", "\n", "arrivée", False,
                 id="a-break-not-with-the-line-after"),
    pytest.param("Camille Texier est \n arrivée en tête", "\n ", "arrivée", False,
                 id="a-break-among-spaces"),
    pytest.param("Le vote sera \n\n\n connu lundi", "sera", "connu", False,
                 id="several-breaks"),
    pytest.param("Anne Roy est arrivée", "Roy", "Roy", True, id="a-token-with-itself"),
]


@pytest.mark.parametrize(("text", "a", "b", "same"), ROWS)
def test_one_line(nlp, text, a, b, same):
    doc = nlp.make_doc(text)
    assert one_line(doc, token(doc, a), token(doc, b)) is same
