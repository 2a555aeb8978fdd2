"""The same words of one speaker said again (``quotes.group.copies``): only the first looks for
candidates, the others are its copies."""

import pytest

from quotes.group.copies import first_wordings

LONG = ["nous ne fermerons pas la maternite de valbrune avant la fin de l annee"]
SHORT = ["c est non"]


@pytest.mark.parametrize(("texts", "names", "voices", "articles", "searched", "copies"), [
    # the same long words of one speaker in two articles: the second is a copy
    ([LONG, LONG], ["Roy", "Roy"], [True, True], ["a1", "a2"], [0], [(0, 1)]),
    # the same words of two speakers: each looks for its own matches
    ([LONG, LONG], ["Roy", "Vasseur"], [True, True], ["a1", "a2"], [0, 1], []),
    # a short wording with no voice is a copy in its own article only
    ([SHORT, SHORT, SHORT], [None, None, None], [False, False, False], ["a1", "a1", "a2"],
     [0, 2], [(0, 1)]),
    # ... and anywhere with a voice
    ([SHORT, SHORT], ["Roy", "Roy"], [True, True], ["a1", "a2"], [0], [(0, 1)]),
    # a quote with no words is nobody's copy
    ([[""], [""]], ["Roy", "Roy"], [True, True], ["a1", "a2"], [0, 1], []),
])
def test_first_wordings(texts, names, voices, articles, searched, copies):
    assert first_wordings(texts, names, voices, articles, 8) == (searched, copies)
