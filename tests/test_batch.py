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


def test_the_role_most_articles_give_wins_however_often_one_article_quotes():
    often = [said(f"q-{n}", "a1", "Anne Vidal", "chercheuse") for n in range(3)]
    other = said("q-5", "a2", "Anne Vidal", "généticienne et microbiologiste")
    third = said("q-6", "a3", "Anne Vidal", "généticienne et microbiologiste")
    bare = said("q-7", "a4", "Anne Vidal", None)
    out = link_batch([*often, other, third, bare])
    assert out[-1].speaker.role == "généticienne et microbiologiste"
    assert "batch-role:a2" in out[-1].evidence


def test_between_articles_in_equal_number_the_most_specific_role():
    one = said("q-1", "a1", "Anne Vidal", "chercheuse")
    other = said("q-2", "a2", "Anne Vidal", "chercheuse en microbiologie")
    bare = said("q-3", "a3", "Anne Vidal", None)
    assert link_batch([one, other, bare])[2].speaker.role == "chercheuse en microbiologie"


def test_a_gender_one_article_shows_serves_the_others():
    shown = said("q-1", "a1", "Dominique Arnal", None)
    shown = replace(shown, speaker=replace(shown.speaker, gender="female"))
    silent = said("q-2", "a2", "Dominique Arnal", None)
    out = link_batch([shown, silent])
    assert out[1].speaker.gender == "female"
    assert "batch-gender:a1" in out[1].evidence


def test_articles_that_disagree_on_a_gender_give_none():
    one = said("q-1", "a1", "Dominique Arnal", None)
    two = said("q-2", "a2", "Dominique Arnal", None)
    one = replace(one, speaker=replace(one.speaker, gender="female"))
    two = replace(two, speaker=replace(two.speaker, gender="male"))
    silent = said("q-3", "a3", "Dominique Arnal", None)
    assert link_batch([one, two, silent])[2].speaker.gender is None
