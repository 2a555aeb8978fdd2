"""Two reported quotes that share a long run of words join whoever is weak
(``joining._reported_run``). Invented names throughout."""

import pytest

from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker


def reported(qid, article, text, speaker, resolution, confidence, kind="person"):
    sentence = f"Selon eux, {text}."
    return Quote(
        id=qid, article=ArticleRef(article), type="indirect",
        span=Span(11, 11 + len(text), text), sentence=Span(0, len(sentence), sentence),
        cue=None, speaker=Speaker(speaker, None, None, kind, resolution,
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


STATEMENT = ("Le plan de départs annoncé par la direction de Velmora prévoit un peu plus de 900 "
             "suppressions de postes à Castelroux")


@pytest.mark.parametrize(("other", "kind", "together"), [
    # a delegate and his union, each given the statement by one outlet, in the same words
    ("Syndicat des métallos", "organization", True),
    # two people named with confidence are two, whatever words they share
    ("Odile Ferrand", "person", False),
])
def test_a_person_and_a_body_reporting_one_statement_alike_join(other, kind, together):
    records = [reported("q1", "a1", STATEMENT, "Loïc Varennes", "explicit", 0.93),
               reported("q2", "a2", f"{STATEMENT}, a-t-on appris mardi", other, "explicit",
                        0.9, kind)]
    grouped, _ = group_quotes(records)
    assert (grouped[0].group_id == grouped[1].group_id is not None) is together


def test_one_article_wording_two_quotes_alike_is_no_second_report():
    records = [reported("q1", "a1", STATEMENT, "Loïc Varennes", "explicit", 0.93),
               reported("q2", "a1", STATEMENT, "Syndicat des métallos", "explicit", 0.9,
                        "organization")]
    grouped, _ = group_quotes(records)
    assert grouped[0].group_id is None
