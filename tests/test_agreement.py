"""The gender a cue's participle shows when it agrees with être, read from its spelling.

The tagger may read a feminine participle as masculine (« s'est défendue »): the spelling
decides, as for any agreement (``gender.agreeing_gender``). A form the press leaves unagreed
(« s'est dit »), a plural and a cue with avoir say nothing. The first names are made up, so
no list or model knows them. One row: text -> the quote's speaker and gender.
"""

import pytest

from quotes.model import Article
from quotes.pipeline import extract_doc

ROWS = [
    ("« Tout est faux », s'est défendue Naya Gorce.", "Naya Gorce", "female"),
    ("« Je suis innocente », s'est défendue Naya Gorce.", "Naya Gorce", "female"),
    ("« Tout est faux », s'est défendu Naya Gorce.", "Naya Gorce", "male"),
    ("« C'est une honte », s'est indignée Tamsir Ravel.", "Tamsir Ravel", "female"),
    ("« C'est une honte », s'est indigné Tamsir Ravel.", "Tamsir Ravel", "male"),
    ("« Nous irons jusqu'au bout », s'est emportée Zelko Brami.", "Zelko Brami", "female"),
    # ---- must not fire: unagreed, with avoir, plural
    ("« Tout est faux », s'est dit Naya Gorce.", "Naya Gorce", None),
    ("« Tout est faux », a déclaré Naya Gorce.", "Naya Gorce", None),
    ("« Tout est faux », se sont défendues Naya Gorce et Zelko Brami.", None, None),
    # a plural participle says nothing of the one of its subjects taken as the speaker
    ("« Tout est faux », se sont défendus Naya Gorce et son avocat.", "Naya Gorce", None),
    ("« Tout est faux », se sont défendues Naya Gorce et sa sœur.", "Naya Gorce", None),
]


@pytest.mark.parametrize(("text", "speaker", "gender"), ROWS)
def test_cue_participle_gender(nlp, text, speaker, gender):
    (q,) = extract_doc(Article("t", text), nlp(text)).quotes
    if speaker is not None:
        assert q.speaker.name == speaker
    assert q.speaker.gender == gender
