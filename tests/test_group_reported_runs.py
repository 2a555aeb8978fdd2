"""Two reported quotes that share a long run of words join whoever is weak
(``joining._reported_run``). Invented names throughout."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker


def reported(qid, article, text, speaker, resolution, confidence):
    sentence = f"Selon eux, {text}."
    return Quote(
        id=qid, article=ArticleRef(article), type="indirect",
        span=Span(11, 11 + len(text), text), sentence=Span(0, len(sentence), sentence),
        cue=None, speaker=Speaker(speaker, None, None, "person", resolution,
                                  confidence=confidence))


@pytest.mark.parametrize(("weak", "other", "together"), [
    # one statement both outlets report in the same eleven words, one giving it to a description
    ("Elle a saisi le tribunal administratif d’une requête en référé-liberté",
     "La militante a saisi le tribunal administratif d’une requête en référé-liberté, par "
     "l’intermédiaire de son conseil, dès lundi", True),
    # seven words of the story in a row are no statement of one's
    ("Elle a saisi le tribunal administratif de Morlaix pour contester l’arrêté",
     "La militante a saisi le tribunal administratif, qui examinera l’arrêté municipal mardi",
     False),
])
def test_two_reported_quotes_sharing_a_long_run_join_whoever_is_weak(weak, other, together):
    records = [reported("q1", "a1", weak, "avocats de Lina Tavaro", "description", 0.6),
               reported("q2", "a2", other, "Bastien Morel", "explicit", 0.93)]
    grouped, _ = group_quotes(records)
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together
