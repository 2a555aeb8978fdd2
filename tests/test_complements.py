"""What a reporting verb takes after it (quotes/detect/complements.py)."""

import pytest

from quotes.detect.complements import que_after


@pytest.mark.parametrize("text, found", [
    # « même que » opening the words searched: nothing before it makes it « alors même
    # que », were the text's last word a subordinator (« alors »)
    ("même qu'il vienne alors", 1),
    # must not fire: « alors même que » is the narrator's clause
    ("alors même qu'il vienne", None),
])
def test_que_after_an_intensifier_reads_only_the_words_before_it(nlp, text, found):
    doc = nlp(text)
    start = 1 if found is None else 0  # the intensifier right where the search starts
    assert que_after(doc, start, len(doc), 5) == found
