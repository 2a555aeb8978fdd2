"""One cast for a batch: descriptions and roles from the other articles of a run."""

from dataclasses import replace

from test_grouping import rec

from quotes.attribute.batch import link_batch
from quotes.model import Span


def said(qid, article, speaker, role, roles=()):
    q = rec(qid, article, f"Propos {qid}", speaker=speaker)
    spans = tuple(Span(0, len(r), r) for r in roles)
    return replace(q, speaker=replace(q.speaker, role=role, roles=spans))


def test_a_description_goes_to_the_one_person_another_article_names():
    named = said("q-1", "a1", "François Bieuville", "préfet de Mayotte")
    described = said("q-2", "a2", None, "préfet de Mayotte")
    out = link_batch([named, described])
    assert out[1].speaker.name == "François Bieuville"
    assert "batch-description:a1" in out[1].evidence
    assert out[0] == named


def test_two_people_who_fit_are_not_guessed_between():
    one = said("q-1", "a1", "Paul Durand", "préfet de Normandie")
    two = said("q-2", "a2", "François Bieuville", "préfet de Mayotte")
    described = said("q-3", "a3", None, "préfet")
    assert link_batch([one, two, described])[2].speaker.name is None


def test_the_words_of_a_description_must_agree():
    named = said("q-1", "a1", "Paul Durand", "préfet de Normandie")
    described = said("q-2", "a2", None, "préfet de Mayotte")
    assert link_batch([named, described])[1].speaker.name is None


def test_a_role_missing_in_one_article_comes_from_another():
    named = said("q-1", "a1", "Zinedine Zidane", "entraîneur du Real Madrid",
                 roles=["entraîneur du Real Madrid"])
    bare = said("q-2", "a2", "Zinedine Zidane", None)
    out = link_batch([named, bare])
    assert out[1].speaker.role == "entraîneur du Real Madrid"
    assert "batch-role:a1" in out[1].evidence


def test_a_role_in_the_same_article_is_not_borrowed():
    q1 = said("q-1", "a1", "Zinedine Zidane", "entraîneur")
    q2 = said("q-2", "a1", "Zinedine Zidane", None)
    assert link_batch([q1, q2])[1].speaker.role is None
