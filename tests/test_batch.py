"""One cast for a batch: descriptions and roles from the other articles of a run."""

from dataclasses import replace

import pytest
from test_batch_spellings import batch
from test_grouping import rec

from quotes.api import Extractor, group_batch, link_and_group
from quotes.attribute.batch import link_batch
from quotes.attribute.batch_names import ends_with, one_person
from quotes.group.grouping import utterances
from quotes.model import Article, Named, Problem, Quote, Span
from quotes.settings import Settings


def said(qid, article, speaker, role, roles=()):
    q = rec(qid, article, f"Propos {qid}", speaker=speaker)
    spans = tuple(Span(0, len(r), r) for r in roles)
    return replace(q, speaker=replace(q.speaker, role=role, roles=spans))


def story(*articles):
    """The people of articles telling one story: each names Anne Roy (a person they share)."""
    return {a: [Named("Anne Roy")] for a in articles}


def test_a_description_goes_to_the_one_person_another_article_names():
    # no name shared: a description saying more than its noun, the same week
    named = on(said("q-1", "a1", "François Bieuville", "préfet de Mayotte"), "2024-03-04")
    described = on(said("q-2", "a2", None, "préfet de Mayotte"), "2024-03-06")
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


def test_a_periphrasis_goes_to_the_holder_of_its_office_in_another_article():
    named = said("q-1", "a1", "Luc Ferrand", "ministre des Affaires étrangères")
    other = said("q-2", "a1", "Jean Tissot", "ministre de l’Intérieur")
    described = said("q-3", "a2", None, "chef de la diplomatie")
    out = link_batch([named, other, described], story("a1", "a2"))
    assert out[2].speaker.name == "Luc Ferrand"
    assert "batch-description:a1" in out[2].evidence


def test_a_periphrasis_of_another_country_is_not_the_president_another_article_names():
    french = said("q-1", "a1", "Marc Salin", "président de la République")
    ivorian = said("q-2", "a3", "Alassane Ouattara", "président ivoirien")
    described = said("q-3", "a2", None, "chef de l’État ivoirien")
    one = story("a1", "a2", "a3")
    assert link_batch([french, described], one)[1].speaker.name is None
    assert link_batch([french, ivorian, described], one)[2].speaker.name == "Alassane Ouattara"


def test_a_role_missing_in_one_article_comes_from_another():
    named = said("q-1", "a1", "Karim Zerouali", "entraîneur du Real Madrid",
                 roles=["entraîneur du Real Madrid"])
    bare = said("q-2", "a2", "Karim Zerouali", None)
    out = link_batch([named, bare])
    assert out[1].speaker.role == "entraîneur du Real Madrid"
    assert "batch-role:a1" in out[1].evidence


def at(qid, article, speaker, start, roles=()):
    """A quote at ``start`` whose speaker the article gives ``roles`` (text, start) there."""
    q = rec(qid, article, f"Propos {qid}", speaker=speaker, start=start)
    spans = tuple(Span(a, a + len(r), r) for r, a in roles)
    return replace(q, speaker=replace(q.speaker, roles=spans, gender="male"))


# a quote whose record carries none of its speaker's roles shows the one the article's other
# quotes give them closest before it, before any other article's (``own_roles``) …
@pytest.mark.parametrize(("quotes", "role"), [
    ([at("q-1", "a1", "Paul Roux", 100, [("président de la Fédération de judo", 40)]),
      at("q-2", "a1", "Paul Roux", 600),
      at("q-3", "a2", "Paul Roux", 80, [("champion de judo", 10)])],
     "président de la Fédération de judo"),
    ([at("q-1", "a1", "Paul Roux", 300, [("président de la Fédération de judo", 40),
                                         ("président de la FFJ", 250)]),
      at("q-2", "a1", "Paul Roux", 600)], "président de la FFJ"),
])
def test_a_role_missing_on_one_quote_comes_from_the_articles_other_quotes(quotes, role):
    out = link_batch(quotes)
    assert (out[1].speaker.name, out[1].speaker.role, out[1].speaker.gender) == (
        "Paul Roux", role, "male")
    assert "own-role" in out[1].evidence


# … never another person's of the same article, even of the same surname: the role then comes
# from another article, as before
@pytest.mark.parametrize("other", ["Marc Petit", "Anne Roux"])
def test_no_role_comes_from_another_persons_quotes_in_the_article(other):
    out = link_batch([at("q-1", "a1", other, 100, [("maire de Vitrac", 40)]),
                      at("q-2", "a1", "Paul Roux", 600),
                      at("q-3", "a2", "Paul Roux", 80, [("entraîneur du club", 10)])])
    assert (out[1].speaker.name, out[1].speaker.role, out[1].speaker.gender) == (
        "Paul Roux", "entraîneur du club", "male")
    assert "own-role" not in out[1].evidence and "batch-role:a2" in out[1].evidence


def test_a_role_comes_from_an_article_that_only_names_the_person():
    bare = said("q-1", "a1", "Paul Roux", None)
    named = {"a2": [Named("Paul Roux", ("éleveur de brebis",), "male"), Named("Anne Petit")]}
    out = link_batch([bare], named)
    assert out[0].speaker.role == "éleveur de brebis"
    assert "batch-role:a2" in out[0].evidence


def test_a_role_named_elsewhere_goes_to_that_name_only():
    # two people of one surname, and a person named in the speaker's own article
    bare = said("q-1", "a1", "Léa Roux", None)
    named = {
        "a1": [Named("Léa Roux", (), "female")],
        "a2": [Named("Paul Roux", ("éleveur de brebis",), "male")],
        "a3": [Named("Roux", ("maire",), None)],
    }
    out = link_batch([bare], named)
    assert out[0].speaker.role is None
    assert not any(e.startswith("batch-role") for e in out[0].evidence)


def test_a_surname_alone_takes_the_role_of_the_full_name_an_article_of_its_story_gives():
    full = said("q-1", "a1", "Marc Delorme", "président du conseil régional")
    bare = said("q-2", "a2", "Delorme", None)
    named = {"a1": [Named("Anne Petit")], "a2": [Named("Anne Petit")]}
    out = link_batch([full, bare], named)
    assert out[1].speaker.role == "président du conseil régional"
    assert "batch-role:a1" in out[1].evidence


def test_a_surname_alone_takes_no_role_from_another_story_or_from_two_full_names():
    full = said("q-1", "a1", "Marc Delorme", "président du conseil régional")
    bare = said("q-2", "a2", "Delorme", None)
    apart = {"a1": [Named("Anne Petit")], "a2": [Named("Luc Vidal")]}
    assert link_batch([full, bare], apart)[1].speaker.role is None
    other = said("q-3", "a3", "Julie Delorme", "avocate")
    both = {**apart, "a2": [Named("Anne Petit")], "a3": [Named("Anne Petit")]}
    assert link_batch([full, other, bare], both)[2].speaker.role is None


def test_a_role_the_article_names_the_person_with_is_not_borrowed_as_another_article_s():
    bare = said("q-1", "a1", "Paul Roux", None)
    named = {"a1": [Named("Paul Roux", ("éleveur",), "male")]}
    assert link_batch([bare], named)[0].speaker.role is None


def test_a_role_an_article_quoting_the_person_gives_comes_before_one_that_only_names_them():
    quoted = said("q-1", "a1", "Anne Vidal", "chercheuse")
    bare = said("q-9", "a4", "Anne Vidal", None)
    named = {
        "a2": [Named("Anne Vidal", ("généticienne",), "female")],
        "a3": [Named("Anne Vidal", ("généticienne française",), "female")],
    }
    out = link_batch([quoted, bare], named)
    assert out[-1].speaker.role == "chercheuse"
    assert "batch-role:a1" in out[-1].evidence


def test_between_articles_that_only_name_the_person_the_role_most_give():
    bare = said("q-9", "a4", "Anne Vidal", None)
    named = {
        "a1": [Named("Anne Vidal", ("chercheuse en microbiologie",), "female")],
        "a2": [Named("Anne Vidal", ("généticienne",), "female")],
        "a3": [Named("Anne Vidal", ("généticienne",), "female")],
    }
    out = link_batch([bare], named)
    assert out[-1].speaker.role == "généticienne"
    assert "batch-role:a2" in out[-1].evidence


def test_a_role_in_the_same_article_is_not_borrowed():
    q1 = said("q-1", "a1", "Karim Zerouali", "entraîneur")
    q2 = said("q-2", "a1", "Karim Zerouali", None)
    assert link_batch([q1, q2])[1].speaker.role is None


def test_the_role_most_articles_give_wins_however_often_one_article_quotes():
    often = [said(f"q-{n}", "a1", "Anne Vidal", "chercheuse") for n in range(3)]
    other = said("q-5", "a2", "Anne Vidal", "généticienne et microbiologiste")
    third = said("q-6", "a3", "Anne Vidal", "généticienne et microbiologiste")
    bare = said("q-7", "a4", "Anne Vidal", None)
    out = link_batch([*often, other, third, bare])
    assert out[-1].speaker.role == "généticienne"  # the first of the two functions
    assert "batch-role:a2" in out[-1].evidence


def test_between_articles_in_equal_number_the_most_specific_role():
    one = said("q-1", "a1", "Anne Vidal", "chercheuse")
    other = said("q-2", "a2", "Anne Vidal", "chercheuse en microbiologie")
    bare = said("q-3", "a3", "Anne Vidal", None)
    assert link_batch([one, other, bare])[2].speaker.role == "chercheuse en microbiologie"


def test_between_articles_in_equal_number_the_role_that_names_its_body():
    one = said("q-1", "a1", "Paul Morel", "défenseur lyonnais de l'équipe")
    other = said("q-2", "a2", "Paul Morel", "défenseur de l'OL")
    bare = said("q-3", "a3", "Paul Morel", None)
    assert link_batch([one, other, bare])[2].speaker.role == "défenseur de l'OL"


def test_an_office_held_once_is_not_borrowed_over_the_one_held_now():
    once = said("q-1", "a1", "Anne Vidal", "directrice de l'hôpital de Dole de 2010 à 2019")
    now = said("q-2", "a1", "Anne Vidal", "préfète")
    bare = said("q-3", "a2", "Anne Vidal", None)
    assert link_batch([once, now, bare])[2].speaker.role == "préfète"
    # offered alone, it is what the batch has, without its years
    assert link_batch([once, bare])[1].speaker.role == "directrice de l'hôpital de Dole"


@pytest.mark.parametrize(("term", "written", "over"), [
    ("de 2020 à 2026", "2023-05-02", False),  # a term ending after the article: the one held now
    ("(2022-2027)", "2024-01-15", False),
    ("de 2020 à 2026", "2027-03-01", True),  # ended before the article: held once
    ("(2012-2014)", "2024-01-15", True),
])
def test_a_term_ending_after_the_article_is_the_office_held_now(term, written, over):
    once = said("q-1", "a1", "Anne Vidal", f"maire de Dole {term}")
    now = said("q-2", "a1", "Anne Vidal", "préfète")
    bare = said("q-3", "a2", "Anne Vidal", None)
    bare = replace(bare, article=replace(bare.article, date=written))
    out = link_batch([once, now, bare])[2].speaker.role
    # of two offices both held now, given as many times, the one naming its place wins
    assert out == ("préfète" if over else "maire de Dole")


@pytest.mark.parametrize(("term", "dates", "over"), [
    # an undated article is read as of the batch's latest dated one, never the day of the run
    ("de 2020 à 2024", ("2023-05-02", "2022-01-10"), False),
    ("de 2020 à 2024", ("2025-05-02", "2022-01-10"), True),
    # no article dated: an office given with its years is one held once
    ("de 2020 à 2099", (None, None), True),
])
def test_an_undated_article_reads_a_term_as_of_the_batch(term, dates, over):
    once = said("q-1", "a1", "Anne Vidal", f"maire de Dole {term}")
    now = said("q-2", "a1", "Anne Vidal", "préfète")
    other = said("q-4", "a3", "Paul Morel", "maire de Rodez")
    once, other = (replace(x, article=replace(x.article, date=d))
                   for x, d in zip((once, other), dates, strict=True))
    now = replace(now, article=once.article)
    bare = said("q-3", "a2", "Anne Vidal", None)
    assert bare.article.date is None
    out = link_batch([once, now, bare, other])[2].speaker.role
    assert out == ("préfète" if over else "maire de Dole")


def test_the_article_s_own_role_replaces_a_borrowed_one_once_the_batch_names_its_holder():
    # « selon Paul Roux » first, then « …, a dit le procureur de Dole » the batch ties to him
    first = at("q-1", "a1", "Paul Roux", 100)
    later = at("q-2", "a1", None, 600, [("procureur de Dole", 550)])
    later = replace(later, speaker=replace(later.speaker, role="procureur de Dole"))
    other = said("q-3", "a2", "Paul Roux", "procureur de la République de Dole")
    out = link_batch([first, later, other])
    assert out[1].speaker.name == "Paul Roux"
    assert (out[0].speaker.name, out[0].speaker.role) == ("Paul Roux", "procureur de Dole")
    assert "own-role" in out[0].evidence
    assert not any(e.startswith("batch-role") for e in out[0].evidence)


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


def unnamed(qid, article, role, gender=None):
    q = said(qid, article, None, role)
    return replace(q, speaker=replace(q.speaker, gender=gender))


def test_a_description_tied_to_a_person_takes_the_gender_the_batch_shows():
    """« le commissaire » of one article is Marc Ollier, whom another article quotes as « il »:
    the description tied to him takes his gender; with no gender shown, none from the text (a
    first name of either sex says none either: ``test_batch_genders``)."""
    shown = said("q-1", "a1", "Marc Ollier", "commissaire européen")
    shown = replace(shown, speaker=replace(shown.speaker, gender="male"))
    described = unnamed("q-2", "a2", "commissaire européen")
    out = link_batch([shown, described], story("a1", "a2"))
    assert (out[1].speaker.name, out[1].speaker.gender) == ("Marc Ollier", "male")
    assert out[1].evidence[-2:] == ("batch-description:a1", "batch-gender:a1")
    silent = said("q-1", "a1", "Camille Ollier", "commissaire européen")
    out = link_batch([silent, described], story("a1", "a2"))
    assert (out[1].speaker.name, out[1].speaker.gender) == ("Camille Ollier", None)


def test_a_description_goes_to_a_person_another_article_names_but_never_quotes():
    quoted = said("q-1", "a1", "Jean Vidal", "maire de Lens")
    described = unnamed("q-2", "a2", "romancière", "female")
    named = {"a1": [Named("Lise Aubert", ("romancière",), "female"), Named("Jean Vidal")],
             "a2": [Named("Vidal")]}  # the same story: a2 names Jean Vidal too
    out = link_batch([quoted, described], named)
    assert out[1].speaker.name == "Lise Aubert"
    assert out[1].speaker.resolution == "description"
    assert "batch-description:a1" in out[1].evidence


def test_a_description_of_the_other_gender_is_not_linked():
    described = unnamed("q-1", "a1", "ministre des Sports", "female")
    named = {"a2": [Named("Paul Durand", ("ministre des Sports",), "male")]}
    assert link_batch([described], named)[0].speaker.name is None
    # the gender a person is quoted with elsewhere counts too
    quoted = said("q-2", "a3", "Paul Durand", "ministre des Sports")
    quoted = replace(quoted, speaker=replace(quoted.speaker, gender="male"))
    assert link_batch([described, quoted])[0].speaker.name is None


def test_between_two_people_who_fit_the_one_an_article_of_the_same_story_names():
    described = unnamed("q-1", "a1", "préfet", "male")
    named = {
        "a1": [Named("Bruno Ravel", ("ministre de l'Intérieur",), "male")],
        "a2": [Named("Paul Durand", ("préfet de Normandie",), "male")],
        "a3": [Named("Marc Bieuville", ("préfet",), "male"), Named("Bruno Ravel")],
    }
    out = link_batch([described], named)
    assert out[0].speaker.name == "Marc Bieuville"
    assert "batch-description:a3" in out[0].evidence


def test_two_people_who_fit_and_no_shared_story_are_not_guessed_between():
    described = unnamed("q-1", "a1", "préfet", "male")
    named = {
        "a1": [Named("Anne Roy")],
        "a2": [Named("Paul Durand", ("préfet de Normandie",), "male")],
        "a3": [Named("Marc Bieuville", ("préfet",), "male")],
    }
    assert link_batch([described], named)[0].speaker.name is None


# a batch of two stories: a1 and a2 tell one (a2 names its prosecutor), a3 another, which
# names another prosecutor; the description of a1 resolves within its story
@pytest.mark.parametrize(("a1", "a2", "expected"), [
    # fires: a1 names the mayor by his surname alone, a2 in full
    ([Named("Roux")], [Named("Hugo Roux"), Named("Marc Lemaire", ("procureur",))],
     "Marc Lemaire"),
    # fires: a2 alone names a prosecutor, a bare description stays in its story
    ([Named("Hugo Roux")], [Named("Hugo Roux"), Named("Marc Lemaire", ("procureur de Vannes",))],
     "Marc Lemaire"),
    # must not: two prosecutors in the same story
    ([Named("Hugo Roux")], [Named("Hugo Roux"), Named("Marc Lemaire", ("procureur",)),
                            Named("Yves Caradec", ("procureur adjoint",))], None),
    # must not: a1 ties to no article, and its description says nothing but its noun
    ([Named("Jules Ferrat")], [Named("Hugo Roux"), Named("Marc Lemaire", ("procureur",))],
     None),
])
def test_a_description_resolves_within_its_story_before_another_story(a1, a2, expected):
    described = unnamed("q-1", "a1", "procureur", "male")
    named = {"a1": a1, "a2": a2,
             "a3": [Named("Léa Morvan"), Named("Paul Vidal", ("procureur de Brest",), "male")]}
    out = link_batch([described], named)
    assert out[0].speaker.name == expected
    if expected:
        assert "batch-description:a2" in out[0].evidence


def test_a_description_resolves_in_the_story_its_quotes_are_grouped_with():
    """a1 names nobody: its quote of one utterance a2 reports too ties it to a2's story."""
    words = "Les analyses du véhicule retrouvé près du port seront connues la semaine prochaine"
    described = told("q-1", "a1", None, "procureure", words)
    described = replace(described, speaker=replace(described.speaker, gender="female"))
    hers = told("q-2", "a2", "Claire Dantec", "procureure de Quimper", words)
    other = told("q-3", "a3", "Nadia Ferhat", "procureure de Metz",
                 "Le suspect a été placé en garde à vue hier soir après son audition")
    out = link_batch([described, hers, other], None, utterances)
    assert out[0].speaker.name == "Claire Dantec"
    # must not: without the grouping, two prosecutors of two stories
    assert link_batch([described, hers, other])[0].speaker.name is None
    # must not: a bare description of an article tied to nothing takes no other story's holder
    assert link_batch([described, other], None, utterances)[0].speaker.name is None


def body(qid, article, name):
    q = rec(qid, article, f"Propos {qid}", speaker=name)
    return replace(q, speaker=replace(q.speaker, kind="organization"))


# the minister's name in a1 and in a3, the same or written without its accents
@pytest.mark.parametrize(("minister", "surname"), [("Hugo Roux", "Roux"),
                                                   ("Hugo Berard", "Bérard")])
def test_a_description_resolves_in_the_story_reached_from_article_to_article(minister, surname):
    """a1 names the minister a3 names; a3 quotes the prosecutor's office a2 quotes, and a2
    names the prosecutor: one story, though a1 and a2 share no name; a4, another story, names
    another prosecutor of the same title."""
    described = unnamed("q-1", "a1", "procureur de Vannes", "male")
    quotes = [described, body("q-2", "a2", "parquet de Vannes"),
              body("q-3", "a3", "parquet de Vannes")]
    named = {"a1": [Named(minister, ("ministre de l'Intérieur",))],
             "a2": [Named("Marc Lemaire", ("procureur de la République",), "male")],
             "a3": [Named(surname)],
             "a4": [Named("Léa Morvan"),
                    Named("Paul Vidal", ("procureur de la République",), "male")]}
    out = link_batch(quotes, named)
    assert out[0].speaker.name == "Marc Lemaire"
    assert "batch-description:a2" in out[0].evidence
    # must not: a body named in lower case alone (« les secours ») ties no story
    quotes[1:] = [body("q-2", "a2", "secours"), body("q-3", "a3", "secours")]
    assert link_batch(quotes, named)[0].speaker.name is None
    # must not: two holders in the story reached
    named["a2"] = [*named["a2"], Named("Yves Caradec", ("procureur de la République",))]
    quotes[1:] = [body("q-2", "a2", "parquet de Vannes"), body("q-3", "a3", "parquet de Vannes")]
    assert link_batch(quotes, named)[0].speaker.name is None


def test_a_description_saying_its_place_goes_to_the_one_holder_of_its_story_only():
    """« le procureur de Vannes » names its office: the one holder its story gives it serves,
    never the holder an article sharing no name with it names (another event)."""
    described = unnamed("q-1", "a1", "procureur de Vannes", "male")
    named = {"a1": [Named("Jules Ferrat")],
             "a2": [Named("Jules Ferrat"),
                    Named("Marc Lemaire", ("procureur de la République",), "male")]}
    assert link_batch([described], named)[0].speaker.name == "Marc Lemaire"
    # must not: two such holders in the story
    named["a3"] = [Named("Jules Ferrat"),
                   Named("Paul Vidal", ("procureur de la République",), "male")]
    out = link_batch([described], named)
    assert out[0] == described  # back as it was: no name, no evidence
    # must not: the holder of another story (no name shared)
    named = {"a1": [Named("Jules Ferrat")],
             "a2": [Named("Marc Lemaire", ("procureur de la République",), "male")]}
    out = link_batch([described], named)
    assert out[0] == described  # back as it was: no name, no evidence


def test_extraction_gives_the_batch_the_people_each_article_names(nlp):
    articles = [
        Article("a1", "La romancière Lise Aubert a reçu le prix Goncourt lundi à Paris. « Le "
                "jury a tranché vite », a dit son éditeur, Paul Morel."),
        Article("a2", "Paul Morel publie son roman jeudi. « J’ai écrit ce livre la nuit », "
                "a confié la romancière."),
    ]
    named: dict[str, list[Named]] = {}
    records = list(Extractor(nlp=nlp).records(articles, named=named))
    people = {p.name: p for p in named["a1"]}
    assert people["Lise Aubert"].roles == ("romancière",)
    assert people["Lise Aubert"].gender == "female"
    quotes, _ = group_batch(records, named=named)
    q = next(q for q in quotes if isinstance(q, Quote) and q.article.id == "a2")
    assert q.speaker.name == "Lise Aubert"  # a2 names Paul Morel too: one story
    assert "batch-description:a1" in q.evidence


# lexicon/state_complements.txt: one row per entry, a title naming the State it is held in
@pytest.mark.parametrize(("title", "described"), [
    ("procureur de la République", "procureur de Lorient"),
])
def test_a_title_that_names_no_place_fits_a_description_by_place(title, described):
    named = said("q-1", "a1", "Yves Le Bihan", title)
    unnamed_ = said("q-2", "a2", None, described)
    out = link_batch([named, unnamed_], story("a1", "a2"))
    assert out[1].speaker.name == "Yves Le Bihan"
    assert "batch-description:a1" in out[1].evidence
    # … either way round: « le procureur de la République » is the prosecutor of Lorient
    named = said("q-1", "a1", "Yves Le Bihan", described)
    unnamed_ = said("q-2", "a2", None, title)
    assert link_batch([named, unnamed_], story("a1", "a2"))[1].speaker.name == "Yves Le Bihan"


def test_a_title_that_names_no_place_is_not_guessed_between_two_or_against_another_place():
    one = said("q-1", "a1", "Yves Le Bihan", "procureur de la République")
    two = said("q-2", "a3", "Claire Moal", "procureur de la République")
    described = said("q-3", "a2", None, "procureur de Lorient")
    assert link_batch([one, two, described])[2].speaker.name is None
    elsewhere = said("q-1", "a1", "Yves Le Bihan", "procureur de la République de Brest")
    assert link_batch([elsewhere, described])[1].speaker.name is None
    # an office with one holder names no function held everywhere
    president = said("q-1", "a1", "Marc Salin", "président de la République")
    club = said("q-2", "a2", None, "président de Lorient")
    assert link_batch([president, club])[1].speaker.name is None


def guessed(qid, article, speaker, role, how="description-to-main-person"):
    q = said(qid, article, speaker, role)
    return replace(q, speaker=replace(q.speaker, resolution="description"),
                   evidence=(*q.evidence, how))


def test_a_description_taken_for_the_main_person_goes_to_the_one_the_batch_gives_the_role():
    # a2 names Marc Salin with no role, and takes « le chef de l'État » for the singer it is
    # about; a1 gives Marc Salin the office: the quote and the one that goes on from it are his
    holder = said("q-1", "a1", "Marc Salin", "président de la République")
    taken = guessed("q-2", "a2", "Léo Ferrat", "chef de l'État")
    after = guessed("q-3", "a2", "Léo Ferrat", "chef de l'État", "speaker-from-previous-sentence")
    own = said("q-4", "a2", "Léo Ferrat", None)
    named = {"a2": [Named("Léo Ferrat"), Named("Marc Salin")]}
    out = link_batch([holder, taken, after, own], named)
    assert [q.speaker.name for q in out[1:]] == ["Marc Salin", "Marc Salin", "Léo Ferrat"]
    assert "batch-description:a1" in out[1].evidence
    # a surname alone in the article is that person too, and stays as the article writes it
    named = {"a2": [Named("Léo Ferrat"), Named("Salin")]}
    assert link_batch([holder, taken], named)[1].speaker.name == "Salin"


def test_a_main_person_guess_stays_when_the_holder_is_not_in_the_article_or_the_guess_fits():
    holder = said("q-1", "a1", "Marc Salin", "président de la République")
    taken = guessed("q-2", "a2", "Léo Ferrat", "chef de l'État")
    assert link_batch([holder, taken], {"a2": [Named("Léo Ferrat")]})[1].speaker.name == (
        "Léo Ferrat")
    # the one taken holds the office in another article: the article's choice stands
    also = said("q-3", "a3", "Léo Ferrat", "président de la République")
    named = {"a2": [Named("Léo Ferrat"), Named("Marc Salin")]}
    assert link_batch([holder, taken, also], named)[1].speaker.name == "Léo Ferrat"
    # a speaker the article names itself is no guess
    explicit = said("q-2", "a2", "Léo Ferrat", "chef de l'État")
    assert link_batch([holder, explicit], named)[1].speaker.name == "Léo Ferrat"


def test_a_description_linked_over_the_batch_takes_the_name_as_its_article_writes_it():
    holder = said("q-1", "a1", "Luc Van Damme", "Premier ministre belge")
    described = said("q-2", "a2", None, "Premier ministre belge")
    named = {"a2": [Named("Van Damme")]}
    assert link_batch([holder, described], named)[1].speaker.name == "Van Damme"
    # an article that gives no shorter form of it gets the full name
    assert link_batch([holder, described], story("a1", "a2"))[1].speaker.name == (
        "Luc Van Damme")


def test_the_roles_of_a_description_given_to_someone_else_leave_the_main_person():
    # « le chef de l'État » was first taken for the singer a2 is about: once it goes to Marc
    # Salin, the singer's own quotes no longer carry it; a role of the singer's stays
    holder = said("q-1", "a1", "Marc Salin", "président de la République")
    taken = guessed("q-2", "a2", "Léo Ferrat", "chef de l'État")
    own = said("q-3", "a2", "Léo Ferrat", "chef de l'État", roles=("chef de l'État",))
    kept = said("q-4", "a2", "Léo Ferrat", "chanteur", roles=("chef de l'État", "chanteur"))
    named = {"a2": [Named("Léo Ferrat"), Named("Marc Salin")]}
    out = link_batch([holder, taken, own, kept], named)
    assert out[1].speaker.name == "Marc Salin" and out[1].speaker.role == "chef de l'État"
    assert (out[2].speaker.role, out[2].speaker.roles) == (None, ())
    assert out[3].speaker.role == "chanteur"
    assert [r.text for r in out[3].speaker.roles] == ["chanteur"]
    # must not fire: the one it went to keeps it on the quotes his article gives him by name
    his = said("q-5", "a2", "Marc Salin", "chef de l'État", roles=("chef de l'État",))
    assert link_batch([holder, taken, his], named)[2].speaker.role == "chef de l'État"
def placed(q, start, roles):
    """The quote at ``start``, its record giving its speaker ``roles`` (text, start)."""
    spans = tuple(Span(a, a + len(r), r) for r, a in roles)
    return replace(q, span=Span(start, start + len(q.span.text), q.span.text),
                   speaker=replace(q.speaker, roles=spans))


def guessed_with(qid, article, speaker, role, roles):
    q = guessed(qid, article, speaker, role)
    return replace(q, speaker=replace(q.speaker, roles=tuple(Span(0, len(r), r) for r in roles)))


BOTH = {a: [Named("Marc Salin"), Named("Paul Morin")] for a in ("a1", "a2", "a3")}


def test_a_main_person_guess_is_not_overturned_by_another_articles_guess():
    # a1 takes « l'élu de la commune » for the president it is about, who holds no other role
    # there; a2 takes it for the mayor it is about, whom it also gives « maire de Vireval »:
    # a1's quote goes to the mayor, and a2's stays his (never to the president by a1's guess)
    first = guessed_with("q-1", "a1", "Marc Salin", "élu de la commune", ["élu de la commune"])
    second = guessed_with("q-2", "a2", "Paul Morin", "élu de la commune",
                          ["maire de Vireval", "élu de la commune"])
    out = link_batch([first, second], BOTH)
    assert (out[0].speaker.name, out[0].speaker.role) == ("Paul Morin", "élu de la commune")
    assert (out[1].speaker.name, out[1].speaker.role) == ("Paul Morin", "élu de la commune")
    assert not any(e.startswith("batch-description:") for e in out[1].evidence)
    # must not fire: a description left unresolved still goes to the one a guess gave it
    unresolved = said("q-3", "a3", None, "élu de la commune")
    assert link_batch([first, unresolved], BOTH)[1].speaker.name == "Marc Salin"


def test_a_guess_is_overturned_by_no_role_guessed_only_for_someone_with_other_roles():
    # a1 names its president « président de la République » and takes « l'édile » for him,
    # that role only a guess there; a2, about the mayor, takes « l'édile » for the mayor: a2's
    # quote stays the mayor's (never the president's by a1's guess, whatever his other role)
    pres = said("q-0", "a1", "Marc Salin", "président de la République",
                roles=["président de la République"])
    first = guessed_with("q-1", "a1", "Marc Salin", "édile", ["édile"])
    second = guessed_with("q-2", "a2", "Paul Morin", "édile", ["maire de Vireval", "édile"])
    out = link_batch([pres, first, second], BOTH)
    assert (out[2].speaker.name, out[2].speaker.role) == ("Paul Morin", "édile")
    assert not any(e.startswith("batch-description:") for e in out[2].evidence)
    # must not fire: a role an article gives him by name still counts as held there
    held = said("q-3", "a1", "Marc Salin", "édile", roles=["édile"])
    out = link_batch([pres, held, second], BOTH)
    assert (out[2].speaker.name, out[2].speaker.role) == ("Marc Salin", "édile")
    assert "batch-description:a1" in out[2].evidence
    # must not fire: a guess a role of its kind bears out (the mayor's « maire de Vireval »)
    # counts as held: a1's « édile » goes to the mayor of a2
    out = link_batch([pres, first, second], BOTH)
    assert (out[1].speaker.name, out[1].speaker.role) == ("Paul Morin", "édile")


def test_a_guess_a_role_of_a_kind_covering_it_bears_out_counts_as_held():
    # a1 takes « la procureure » for the magistrate it is about; a2 takes it for the woman it
    # is about, holding no other role there: a2's quote goes to the magistrate of a1
    both = {a: [Named("Anna Berg"), Named("Léa Dorn")] for a in ("a1", "a2")}
    first = guessed_with("q-1", "a1", "Anna Berg", "procureure", ["magistrate", "procureure"])
    second = guessed_with("q-2", "a2", "Léa Dorn", "procureure", ["procureure"])
    out = link_batch([first, second], both)
    assert [q.speaker.name for q in out] == ["Anna Berg", "Anna Berg"]


def test_a_description_given_to_someone_else_lends_its_first_speaker_no_role():
    # a1's guess goes to the mayor: its later quote of the president, and a3's, get no role
    # from it (not « own-role », not « batch-role:a1 »)
    first = guessed_with("q-1", "a1", "Marc Salin", "élu de la commune", ["élu de la commune"])
    mayor = said("q-2", "a2", "Paul Morin", "maire de Vireval",
                 roles=["maire de Vireval", "élu de la commune"])
    later = said("q-3", "a1", "Marc Salin", None)
    elsewhere = said("q-4", "a3", "Marc Salin", None)
    out = link_batch([first, mayor, later, elsewhere], BOTH)
    assert out[0].speaker.name == "Paul Morin"
    assert (out[2].speaker.name, out[2].speaker.role) == ("Marc Salin", None)
    assert (out[3].speaker.name, out[3].speaker.role) == ("Marc Salin", None)
    assert not {"own-role", "batch-role:a1"} & set(out[2].evidence + out[3].evidence)
    # must not fire: a role an article gives him by name is still lent
    named = said("q-5", "a1", "Marc Salin", "président de la République",
                 roles=["président de la République"])
    out = link_batch([first, mayor, named, elsewhere], BOTH)
    assert (out[3].speaker.name, out[3].speaker.role) == ("Marc Salin",
                                                         "président de la République")


def test_the_quotes_a_description_is_tied_to_share_the_persons_roles_in_the_article():
    # « La cheffe de l'exécutif régional a annoncé … » is Anna Berg of a2; a1's later quotes
    # of hers show that function, « la dirigeante pro-européenne » standing for it
    holder = said("q-1", "a2", "Anna Berg", "cheffe de l'exécutif régional",
                  roles=["cheffe de l'exécutif régional"])
    tied = placed(said("q-2", "a1", None, "cheffe de l'exécutif régional"), 50,
                  [("cheffe de l'exécutif régional", 3)])
    named = placed(said("q-3", "a1", "Anna Berg", "dirigeante pro-européenne"), 400,
                   [("dirigeante pro-européenne", 800)])
    later = placed(said("q-4", "a1", "Anna Berg", "dirigeante pro-européenne"), 900,
                   [("dirigeante pro-européenne", 800)])
    out = link_batch([holder, tied, named, later], story("a1", "a2"))
    assert out[1].speaker.name == "Anna Berg"
    assert [q.speaker.role for q in out[1:]] == ["cheffe de l'exécutif régional"] * 3
    # the bare noun a tied quote shows takes the fuller form another quote gives her
    bare = placed(said("q-2", "a1", None, "cheffe de l'exécutif"), 50,
                  [("cheffe de l'exécutif", 3)])
    fuller = placed(said("q-3", "a1", "Anna Berg", "cheffe de l'exécutif régional"), 10,
                    [("cheffe de l'exécutif régional", 0)])
    out = link_batch([holder, fuller, bare], story("a1", "a2"))
    assert (out[2].speaker.name, out[2].speaker.role) == (
        "Anna Berg", "cheffe de l'exécutif régional")


def test_a_guess_given_to_someone_else_gives_them_none_of_its_first_speakers_roles():
    # a2 took « le chef de l'État » for the singer it is about, his record carrying the
    # singer's « chanteur »: it goes to Marc Salin, whose own quote keeps his function
    holder = said("q-1", "a1", "Marc Salin", "président de la République")
    taken = placed(guessed("q-2", "a2", "Léo Ferrat", "chef de l'État"), 400,
                   [("chanteur", 180), ("chef de l'État", 300)])
    his = placed(said("q-3", "a2", "Marc Salin", "président de la République"), 250,
                 [("président de la République", 150)])
    named = {"a2": [Named("Léo Ferrat"), Named("Marc Salin")]}
    out = link_batch([holder, taken, his], named)
    assert (out[1].speaker.name, out[1].speaker.role) == ("Marc Salin", "chef de l'État")
    assert (out[2].speaker.name, out[2].speaker.role) == ("Marc Salin",
                                                         "président de la République")
    assert "chanteur" not in [r.text for r in out[2].speaker.roles]


def told(qid, article, speaker, role, text):
    q = rec(qid, article, text, speaker=speaker)
    return replace(q, speaker=replace(q.speaker, role=role))


POOL = "Nous rouvrirons la piscine municipale dès le mois de juin, après deux ans de travaux"
BUDGET = "Le budget de l'agglomération sera voté en mars, sans hausse des impôts locaux"
ROADS = "Les routes du plateau seront refaites avant l'hiver, la commune a trouvé l'argent"


def test_a_missing_role_comes_first_from_the_articles_reporting_the_same_utterance():
    # two articles of another event give her another role: the article that reports what
    # this one reports gives hers, also to a surname alone and along a chain of reports
    pool = told("q-1", "a1", "Anne Vidal", "maire de Dole", POOL)
    same = told("q-2", "a2", "Vidal", None, POOL)
    also = told("q-3", "a2", "Vidal", None, ROADS)
    chain = told("q-4", "a3", "Anne Vidal", None, ROADS)
    other = [told(f"q-{n}", f"b{n}", "Anne Vidal", "présidente de l'agglomération", BUDGET)
             for n in (5, 6)]
    out = link_batch([pool, same, also, chain, *other], None, utterances)
    assert [q.speaker.role for q in out[1:4]] == ["maire de Dole"] * 3
    assert "batch-role:a1" in out[3].evidence


def test_with_no_utterance_reported_alike_the_role_most_articles_give():
    # no shared utterance, or one shared with an article that gives no role: the majority
    pool = told("q-1", "a1", "Anne Vidal", "maire de Dole", POOL)
    alone = told("q-2", "a2", "Anne Vidal", None, ROADS)
    unroled = told("q-3", "a3", "Anne Vidal", None, ROADS)
    other = [told(f"q-{n}", f"b{n}", "Anne Vidal", "présidente de l'agglomération", BUDGET)
             for n in (5, 6)]
    out = link_batch([pool, alone, unroled, *other], None, utterances)
    assert [q.speaker.role for q in out[1:3]] == ["présidente de l'agglomération"] * 2


def test_a_bare_title_takes_the_country_another_quote_of_its_article_gives():
    bare = said("q-1", "a1", "Maas", "Premier ministre")
    fuller = said("q-2", "a1", "Maas", "Premier ministre néerlandais")
    out = link_batch([bare, fuller])
    assert out[0].speaker.role == "Premier ministre néerlandais"
    assert "batch-role:a1" in out[0].evidence


def test_a_bare_title_stays_bare_when_only_another_article_gives_the_country():
    # the article gives no fuller form of its title: another article's is none
    bare = said("q-1", "a1", "Maas", "Premier ministre")
    named = {"a2": [Named("Piet Maas", ("Premier ministre néerlandais",), "male")]}
    out = link_batch([bare], named)
    assert out[0].speaker.role == "Premier ministre"
    assert not any(e.startswith("batch-role:") for e in out[0].evidence)


@pytest.mark.parametrize("given", [
    # two countries, words that name none, the title of another office
    [("a2", "Piet Maas", "Premier ministre néerlandais"),
     ("a3", "Piet Maas", "Premier ministre belge")],
    [("a2", "Piet Maas", "Premier ministre démissionnaire")],
    [("a2", "Piet Maas", "ministre néerlandais")],
    # a surname two full names end with
    [("a2", "Piet Maas", "Premier ministre néerlandais"), ("a3", "Anna Maas", "ministre")],
])
def test_a_bare_title_stays_without_one_country_for_that_one_person(given):
    bare = said("q-1", "a1", "Maas", "Premier ministre")
    named = {a: [Named(name, (role,), None)] for a, name, role in given}
    assert link_batch([bare], named)[0].speaker.role == "Premier ministre"


def test_the_utterances_a_batch_reads_are_grouped_with_the_callers_settings():
    # two wordings of one utterance, in two articles: the article that reports it gives her
    # role; with a grouping that joins only the same words (a user's settings), they are two
    # utterances, and the role most articles give holds
    pool = told("q-1", "a1", "Anne Vidal", "maire de Dole", POOL)
    same = told("q-2", "a2", "Anne Vidal", None, POOL.replace("juin", "juin prochain"))
    other = [told(f"q-{n}", f"b{n}", "Anne Vidal", "présidente de l'agglomération", BUDGET)
             for n in (5, 6)]
    records: list[Quote | Problem] = [pool, same, *other]
    joined, _ = group_batch(records)
    assert isinstance(joined[1], Quote) and joined[1].speaker.role == "maire de Dole"
    strict = Settings(scorer="ratio", threshold=99.0, paraphrase=False)
    apart, _ = group_batch(records, strict)
    assert isinstance(apart[1], Quote)
    assert apart[1].speaker.role == "présidente de l'agglomération"


def test_between_two_people_who_fit_the_one_the_article_itself_gives_the_function():
    """« le juge » the article leaves unresolved, two judges in the batch: the one this article
    names as judge; another article's judge whom it never names is not guessed."""
    here = said("q-1", "b1", "Hugo Marchal", "juge d'instruction")
    described = unnamed("q-2", "b1", "juge d'instruction", "male")
    named = {
        "b2": [Named("Hugo Marchal", ("juge d'instruction",), "male"),
               Named("Yves Cordier", ("juge d'instruction",), "male")],
    }
    out = link_batch([here, described], named)
    assert out[1].speaker.name == "Hugo Marchal"
    assert "batch-description:b2" in out[1].evidence
    alone = unnamed("q-3", "b3", "juge d'instruction", "male")
    assert link_batch([alone], named)[0].speaker.name is None


def test_between_two_people_who_fit_the_one_the_article_names_without_the_function():
    described = unnamed("q-1", "b1", "directrice de l'hôpital", "female")
    named = {
        "b1": [Named("Claire Mounier")],
        "b2": [Named("Claire Mounier", ("directrice de l'hôpital",), "female")],
        "b3": [Named("Nadia Ferhat", ("directrice de l'hôpital",), "female"),
               Named("Claire Mounier")],
    }
    out = link_batch([described], named)
    assert out[0].speaker.name == "Claire Mounier"
    assert "batch-description:b2" in out[0].evidence


def test_the_batch_names_no_one_over_the_holder_the_article_itself_names():
    """The article names its own prosecutor: another article's prosecutor is not taken, nor a
    guess between two the article itself names."""
    here = said("q-1", "b1", "Rémi Aubry", "procureur")
    described = unnamed("q-2", "b1", "procureur", "male")
    named = {"b2": [Named("Serge Pillon", ("procureur",), "male")]}
    assert link_batch([here, described], named)[1].speaker.name is None
    two = {"b1": [Named("Rémi Aubry", ("procureur",), "male"),
                  Named("Serge Pillon", ("procureur",), "male")],
           "b2": [Named("Serge Pillon", ("procureur",), "male")]}
    assert link_batch([described], two)[0].speaker.name is None


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Morel", "Anne Morel", True),
    ("Ferrand", "Hugo de Ferrand", True),
    # « ses avocats » read as « avocats de Paul Rivet »: a group of his, not Paul Rivet, so it
    # takes none of his roles from the batch
    ("Paul Rivet", "avocats de Paul Rivet", False),
    ("Rivet", "médecins de Paul Rivet", False),
    ("Eléonore Vasseur", "Éléonore Vasseur", True),  # a capital written without its accent
    ("Anaïs Ferhat", "Anais Ferhat", True),  # or another letter
    ("Eric Morel", "Éric Roux", False),
])
def test_a_group_named_after_someone_is_not_that_person(a, b, same):
    assert one_person(a, b) is same


def on(q, day):
    """The quote with its article dated ``day`` (None: undated)."""
    return replace(q, article=replace(q.article, date=day))


# a description of one article goes to the holder another article of its story names: dated
# within ``story_days`` (60) of it (undated: near any date) and sharing a name with it; with
# none, one saying more than its noun (« chef du gouvernement » names its office) to the
# holder an article dated within ``story_days`` of it names, both dated
@pytest.mark.parametrize(("case", "days", "named", "role", "expected"), [
    ("fires: a week apart, a person both name", ("2024-03-04", "2024-03-11"),
     story("a1", "a2"), "Premier ministre", "Paul Ravel"),
    ("fires: undated, a person both name", (None, None), story("a1", "a2"),
     "Premier ministre", "Paul Ravel"),
    ("fires: one dated, one undated, a person both name", ("2024-03-04", None),
     story("a1", "a2"), "Premier ministre", "Paul Ravel"),
    ("fires: the same week, no name shared, a role naming its place", ("2024-03-04",
     "2024-03-08"), {}, "maire de Valbrune", "Paul Ravel"),
    ("fires: the same day, no name shared, a periphrasis naming its office", ("2024-03-04",
     "2024-03-04"), {}, "Premier ministre", "Paul Ravel"),
    ("fires: the next day, no name shared, a minister of one ministry", ("2024-03-04",
     "2024-03-05"), {}, "ministre de l'Intérieur", "Paul Ravel"),
    ("must not: two years apart, a person both name", ("2022-03-04", "2024-03-04"),
     story("a1", "a2"), "Premier ministre", None),
    ("must not: three months apart, a person both name", ("2024-03-04", "2024-06-04"),
     story("a1", "a2"), "Premier ministre", None),
    ("must not: a place both roles name, two years apart", ("2022-03-04", "2024-03-04"), {},
     "maire de Valbrune", None),
    ("must not: undated, no name shared: a place both roles name ties nothing", (None, None),
     {}, "maire de Valbrune", None),
    ("must not: one undated, no name shared", ("2024-03-04", None), {}, "Premier ministre",
     None),
    ("must not: three months apart, no name shared", ("2024-03-04", "2024-06-04"), {},
     "ministre de l'Intérieur", None),
    ("must not: the same day, no name shared, a bare noun", ("2024-03-04", "2024-03-04"), {},
     "ministre", None),
    ("fires: a month alone read as its first day", ("2024-03", "2024-03-04"), story("a1", "a2"),
     "Premier ministre", "Paul Ravel"),
    ("must not: a month alone three months before", ("2024-03", "2024-06-04"),
     story("a1", "a2"), "Premier ministre", None),
])
def test_a_description_goes_to_a_holder_of_its_own_story_only(case, days, named, role,
                                                              expected):
    holder = on(said("q-1", "a1", "Paul Ravel", role), days[0])
    described = "chef du gouvernement" if role == "Premier ministre" else role
    unnamed_ = on(said("q-2", "a2", None, described), days[1])
    out = link_batch([holder, unnamed_], named)
    assert out[1].speaker.name == expected, case
    assert ("batch-description:a1" in out[1].evidence) == (expected is not None), case


def test_a_description_the_article_gives_a_holder_of_its_own_goes_to_no_other_of_its_story():
    """a2 names its own Prime Minister (« la Première ministre Lucie Brun »): « la cheffe du
    gouvernement » is never the one of a1, though a1 tells the same story."""
    holder = on(said("q-1", "a1", "Paul Ravel", "Premier ministre"), "2024-03-04")
    own = on(said("q-2", "a2", "Lucie Brun", "Première ministre"), "2024-03-04")
    described = on(said("q-3", "a2", None, "cheffe du gouvernement"), "2024-03-04")
    out = link_batch([holder, own, described], story("a1", "a2"))
    assert out[2] == described  # back as it was: no name, no evidence


@pytest.mark.parametrize(("case", "days", "expected"), [
    ("fires: the same week", ("2024-03-04", "2024-03-08"), "entraîneur du Stade de Valbrune"),
    ("fires: undated", (None, None), "entraîneur du Stade de Valbrune"),
    ("must not: an article of two years before", ("2022-03-04", "2024-03-04"), None),
])
def test_a_missing_role_comes_from_an_article_of_its_own_dates_only(case, days, expected):
    named = on(said("q-1", "a1", "Karim Zerouali", "entraîneur du Stade de Valbrune",
                    roles=["entraîneur du Stade de Valbrune"]), days[0])
    bare = on(said("q-2", "a2", "Karim Zerouali", None), days[1])
    out = link_batch([named, bare])
    assert out[1].speaker.name == "Karim Zerouali"
    assert out[1].speaker.role == expected, case


# what ties two undated articles into one story: a person both name, not a place their roles
# name (« maire de Valbrune » of two towns' stories, « député RN » of two debates), an office
# with one holder, nor a complement naming the State
@pytest.mark.parametrize(("case", "theirs", "mine", "described", "role", "expected"), [
    ("fires: a person both name", "maire de Valbrune", ("Marc Roy", "maire de Valbrune"),
     "chef de la diplomatie", "ministre des Affaires étrangères", "Luc Ferrand"),
    ("must not: a place both roles name", "maire de Valbrune",
     ("Paul Vidal", "maire de Valbrune"), "chef de la diplomatie",
     "ministre des Affaires étrangères", None),
    ("must not: a place two roles name", "maire de Valbrune",
     ("Paul Vidal", "procureur de Valbrune"), "chef de la diplomatie",
     "ministre des Affaires étrangères", None),
    ("must not: a party both roles name", "député RN", ("Paul Vidal", "député RN"),
     "ministre", "ministre de l'Agriculture", None),
    ("must not: an office with one holder both name", "ministre de l'Intérieur",
     ("Paul Vidal", "ministre de l'Intérieur"), "chef de la diplomatie",
     "ministre des Affaires étrangères", None),
    ("must not: a complement naming the State", "commissaire de la République",
     ("Paul Vidal", "commissaire de la République"), "procureur de Lorient",
     "procureur de la République", None),
])
def test_what_ties_two_articles_into_one_story(case, theirs, mine, described, role,
                                               expected):
    holder = said("q-1", "a1", "Luc Ferrand", role)
    other = said("q-2", "a1", "Marc Roy", theirs)
    unnamed_ = said("q-3", "a2", None, described)
    named = {"a2": [Named(mine[0], (mine[1],))]}
    out = link_batch([holder, other, unnamed_], named)
    assert out[2].speaker.name == expected, case
    assert ("batch-description:a1" in out[2].evidence) == (expected is not None), case


# the articles of one story are those reached from one to the next, never one dated more than
# ``story_days`` apart from the quote's: a1 names the minister, a2 names Anne Roy (as a1 does)
# and Marc Lenoir, a3 names Marc Lenoir only; a bare « le ministre » stays within its story
@pytest.mark.parametrize(("case", "last", "expected"), [
    ("fires: a1 to a3 within the days", "2024-03-01", "Paul Ravel"),
    ("must not: a1 reached through a2, dated apart from a3", "2024-04-01", None),
])
def test_a_story_reached_one_article_to_the_next_stops_at_its_days(case, last, expected):
    holder = on(said("q-1", "a1", "Paul Ravel", "ministre"), "2024-01-10")
    linking = on(said("q-2", "a2", "Marc Lenoir", None), "2024-02-20")
    described = on(said("q-3", "a3", None, "ministre"), last)
    named = {"a1": [Named("Anne Roy")], "a2": [Named("Anne Roy")], "a3": [Named("Marc Lenoir")]}
    out = link_batch([holder, linking, described], named)
    assert out[2].speaker.name == expected, case
    assert ("batch-description:a1" in out[2].evidence) == (expected is not None), case


# one utterance two articles report ties them into one story only within ``story_days``
@pytest.mark.parametrize(("case", "later", "expected"), [
    ("fires: the same month", "2024-01-20", "Paul Ravel"),
    ("must not: five months later", "2024-06-01", None),
])
def test_one_utterance_reported_ties_two_articles_only_within_the_days(case, later, expected):
    holder = on(said("q-1", "a1", "Paul Ravel", "ministre"), "2024-01-10")
    described = on(said("q-2", "a2", None, "ministre"), later)

    def one_utterance(quotes):
        return [list(range(len(quotes)))]

    out = link_batch([holder, described], None, one_utterance)
    assert out[1].speaker.name == expected, case
    assert ("batch-description:a1" in out[1].evidence) == (expected is not None), case


# one person across the batch: a name written with and without its accents (a capital is often
# written bare) is one person's, who takes the role and the gender another article gives
def test_a_name_written_without_its_accent_is_the_same_person():
    named = said("q-1", "a1", "Emilie Vasseur", "apicultrice", roles=["apicultrice"])
    named = replace(named, speaker=replace(named.speaker, gender="female"))
    bare = said("q-2", "a2", "Émilie Vasseur", None)
    out = link_batch([named, bare])
    assert (out[1].speaker.name, out[1].speaker.role, out[1].speaker.gender) == (
        "Émilie Vasseur", "apicultrice", "female")
    assert "batch-role:a1" in out[1].evidence and "batch-gender:a1" in out[1].evidence


def test_two_first_names_alike_but_two_surnames_are_two_people():
    named = said("q-1", "a1", "Eric Morel", "maire de Vitrac", roles=["maire de Vitrac"])
    bare = said("q-2", "a2", "Éric Roux", None)
    out = link_batch([named, bare], story("a1", "a2"))
    assert (out[1].speaker.name, out[1].speaker.role) == ("Éric Roux", None)


# a surname alone takes the role of the full name other articles give, when the full names
# ending with it are one person's (with and without a middle name); two people's, none
# (respelled or initialled: ``names.same_person``); full names giving different roles are two
# people's too
@pytest.mark.parametrize(("full", "roles", "role"), [
    (["Hélène Marie Fabre", "Hélène Fabre"], ["maire de Vitrac"] * 2, "maire de Vitrac"),
    (["Hélène Marie Fabre", "H. Fabre"], ["maire de Vitrac"] * 2, "maire de Vitrac"),
    (["Hélène Fabre", "Claire Fabre"], ["maire de Vitrac", "avocate"], None),
    (["Marie Morel", "Marie Claire Morel"], ["maire de Figeac", "infirmière"], None),
])
def test_a_surname_alone_takes_the_role_of_one_person_written_with_a_middle_name(full, roles,
                                                                                 role):
    given = [said(f"q-{n}", f"a{n}", name, r)
             for n, (name, r) in enumerate(zip(full, roles, strict=True), 1)]
    bare = said("q-9", "a9", full[0].split()[-1], None)
    out = link_batch([*given, bare], story("a1", "a2", "a9"))
    assert (out[-1].speaker.name, out[-1].speaker.role) == (full[0].split()[-1], role)


def test_a_bare_title_takes_the_country_the_article_gives_the_full_name_with_a_middle_name():
    bare = said("q-1", "a1", "Maas", "Premier ministre")
    named = {"a1": [Named("Piet Maas", ("Premier ministre néerlandais",), "male"),
                    Named("Piet Jan Maas", (), "male")]}
    assert link_batch([bare], named)[0].speaker.role == "Premier ministre néerlandais"


def titled_as(title, speaker="Dumesnil", gender=None):
    q = said("q-1", "a1", speaker, None)
    return replace(q, article=replace(q.article, title=title),
                   speaker=replace(q.speaker, gender=gender))


# a speaker the text names by a surname alone (« Mme Dumesnil ») takes the full name its
# article's title gives them, from a first name on, when the name is the title's subject; never
# a name the title joins to another's, nor one when the text names someone else of that surname,
# nor a speaker with a first name, nor a name of the other gender than the text shows
@pytest.mark.parametrize(("title", "speaker", "gender", "cast", "expected"), [
    ("Au bord du lac, Claire Dumesnil annonce son départ", "Dumesnil", None, [],
     "Claire Dumesnil"),
    ("Au bord du lac, Claire Dumesnil annonce son départ", "Dumesnil", "female", [],
     "Claire Dumesnil"),
    ("Claire Dumesnil répond", "Dumesnil", None, [], "Claire Dumesnil"),
    ("Travaux : Claire Dumesnil répond", "Dumesnil", None, [], "Claire Dumesnil"),
    ("Travaux – Claire Dumesnil répond", "Dumesnil", None, [], "Claire Dumesnil"),
    ("La ministre Claire Dumesnil répond", "Dumesnil", None, [], "Claire Dumesnil"),
    ("« Je reste », affirme Claire Dumesnil", "Dumesnil", None, [], "Claire Dumesnil"),
    ("Claire Dumesnil: « je reste »", "Dumesnil", None, [], "Claire Dumesnil"),
    ("Anne de Villiers répond", "Villiers", None, [], "Anne de Villiers"),
    # lexicon/title_acts.txt: one row per entry, the noun of the person's own act
    ("Démission de Claire Anne Dumesnil", "Dumesnil", None, [], "Claire Anne Dumesnil"),
    ("Départ de Claire Dumesnil", "Dumesnil", None, [], "Claire Dumesnil"),
    ("Réélection de Claire Dumesnil à Brécy", "Dumesnil", None, [], "Claire Dumesnil"),
    ("Victoire de Claire Dumesnil aux municipales", "Dumesnil", None, [], "Claire Dumesnil"),
    # no subject: a relative's, a tribute's, a place's name
    ("Le fils de Paul Dumesnil reprend l'entreprise", "Dumesnil", "female", [], "Dumesnil"),
    ("Le fils de Paul Dumesnil reprend l'entreprise", "Dumesnil", "male", [], "Dumesnil"),
    ("Mort de Pierre Lanvin : sa fille témoigne", "Lanvin", "female", [], "Lanvin"),
    ("Hommage à Louis Vernet", "Vernet", None, [], "Vernet"),
    ("Rue Victor Hugo : les commerçants excédés", "Hugo", "male", [], "Hugo"),
    ("Stade Gaston Lefort : le club répond", "Lefort", "male", [], "Lefort"),
    ("Paul et Claire Dumesnil quittent la mairie", "Dumesnil", None, [], "Dumesnil"),
    # the text shows the other gender: her husband
    ("Claire Dumesnil réélue à Brécy", "Dumesnil", "male", [], "Dumesnil"),
    ("CLAIRE DUMESNIL ANNONCE SON DÉPART", "Dumesnil", None, [], "Dumesnil"),
    ("Claire Dumesnil : Paul Dumesnil répond", "Dumesnil", None, [], "Dumesnil"),
    ("Claire, Dumesnil répond", "Dumesnil", None, [], "Dumesnil"),
    ("Claire Dumesnil répond", "Dumesnil", None, ["Paul Dumesnil"], "Dumesnil"),
    ("Claire Dumesnil répond", "Dumesnil", None, ["C. Dumesnil"], "Claire Dumesnil"),
    ("Travaux : Dumesnil répond", "Dumesnil", None, [], "Dumesnil"),
    ("Eric Morel répond", "Éric Roux", None, [], "Éric Roux"),
    ("Anne Claire Dumesnil répond", "Claire Dumesnil", None, [], "Claire Dumesnil"),
])
def test_a_surname_alone_takes_the_full_name_the_title_gives(title, speaker, gender, cast,
                                                            expected):
    named = {"a1": [Named(c) for c in cast]}
    out = link_batch([titled_as(title, speaker, gender)], named)
    assert out[0].speaker.name == expected
    assert ("title-name" in out[0].evidence) is (expected != speaker)
    assert (out[0].speaker.resolution == "title") is (expected != speaker)


def test_a_husband_named_by_his_surname_takes_neither_his_wife_s_name_nor_her_role():
    mayor = said("q-1", "a1", "Claire Dumesnil", "maire de Brécy")
    husband = titled_as("Claire Dumesnil réélue à Brécy", gender="male")
    husband = replace(husband, id="q-2", article=replace(husband.article, id="a2"))
    out = link_batch([mayor, husband], story("a1", "a2"))
    assert (out[1].speaker.name, out[1].speaker.role) == ("Dumesnil", None)


# a name written with and without its accents is one person's wherever the batch compares names
@pytest.mark.parametrize(("name", "surname", "folded", "ends"), [
    ("Macky Sall", "Sall", True, True),
    ("Bart De Wever", "De Wever", True, True),
    ("Anne Bérard", "Berard", True, True),
    ("Anne Bérard", "Berard", False, False),  # as written: « Berard » is not written there
    ("Jean et Anne Bérard", "Bérard", True, False),
    ("avocats de Paul Rivet", "Rivet", True, False),
    ("de Ferrand", "Ferrand", True, True),
])
def test_a_surname_ends_a_full_name(name, surname, folded, ends):
    assert ends_with(name, surname, folded=folded) is ends


def test_a_role_comes_from_the_article_quoting_the_name_written_with_its_accents():
    quoted = said("q-1", "a1", "Émilie Vasseur", "apicultrice")
    bare = said("q-9", "a4", "Emilie Vasseur", None)
    named = {"a2": [Named("Emilie Vasseur", ("maire de Brécy",), "female")],
             "a3": [Named("Emilie Vasseur", ("maire de Brécy",), "female")]}
    out = link_batch([quoted, bare], named)
    assert out[-1].speaker.role == "apicultrice"
    assert "batch-role:a1" in out[-1].evidence


def test_a_role_comes_from_the_article_naming_the_name_written_with_its_accents():
    bare = said("q-9", "a4", "Emilie Vasseur", None)
    named = {"a2": [Named("Émilie Vasseur", ("apicultrice",), "female")]}
    out = link_batch([bare], named)
    assert out[-1].speaker.role == "apicultrice"
    assert "batch-role:a2" in out[-1].evidence


@pytest.mark.parametrize("shown_by", ["quote", "named"])
def test_a_description_of_the_other_gender_than_the_name_without_its_accents_shows(shown_by):
    holder = said("q-1", "a1", "Éric Vasseur", "préfet de Mayotte")
    described = unnamed("q-2", "a2", "préfet de Mayotte", "female")
    quotes, named = [holder, described], {"a1": [Named("Anne Roy")], "a2": [Named("Anne Roy")]}
    if shown_by == "quote":
        bare = said("q-3", "a3", "Eric Vasseur", None)
        quotes.append(replace(bare, speaker=replace(bare.speaker, gender="male")))
    else:
        named["a3"] = [Named("Eric Vasseur", (), "male")]
    assert link_batch(quotes, named)[1].speaker.name is None
    # with no gender shown of him, the description goes to him
    named.pop("a3", None)
    assert link_batch(quotes[:2], named)[1].speaker.name == "Éric Vasseur"


# an article takes the interviewer it names only as the one spoken to for the person it is about;
# another article gives him the role's bare noun
INTERVIEW = (
    "Le peintre Paul Morel est mort mardi à Brenac. « Il est parti en paix, entouré des siens », "
    "a déclaré Marc Tissier, conseiller de la famille. « Il ne voulait pas d'hommage national », "
    "a ajouté Marc Tissier. En 2015, Paul Morel s'était confié à Hugo Garnier dans l'émission "
    "« Face à face ». « Vous n'avez pas peur de la fin ? » lui avait demandé l'ex-journaliste de "
    "Radio Vernac.")


@pytest.mark.parametrize(("other", "name"), [
    # the bare noun (« journaliste ») of one the article names: him, with the article's words
    ("Le peintre Paul Morel est mort mardi. Dans une séquence republiée par le journaliste Hugo "
     "Garnier, le peintre évoquait sa fin. « Il est parti en paix », a indiqué Marc Tissier, "
     "conseiller de la famille.", "Hugo Garnier"),
    # must not: another role noun; the role's noun given to one the article does not name
    ("Le peintre Paul Morel est mort mardi. Dans une séquence republiée par le photographe Hugo "
     "Garnier, le peintre évoquait sa fin. « Il est parti en paix », a indiqué Marc Tissier, "
     "conseiller de la famille.", "Paul Morel"),
    ("Le peintre Paul Morel est mort mardi. Dans une séquence republiée par le journaliste Luc "
     "Fabre, le peintre évoquait sa fin. « Il est parti en paix », a indiqué Marc Tissier, "
     "conseiller de la famille.", "Paul Morel"),
])
def test_a_description_taken_for_the_main_person_goes_to_the_one_named_the_batch_gives_its_noun(
        nlp, other, name):
    (q,) = [q for q in batch(nlp, (INTERVIEW, other))["a1"]
            if q.span.text == "Vous n'avez pas peur de la fin ?"]
    assert (q.speaker.name, q.speaker.role) == (name, "ex-journaliste de Radio Vernac")


def test_between_equals_a_role_a_noun_heads_wins_over_an_adjective_made_a_noun():
    # « a lancé l'international français » in one article, « l'attaquant parisien » in another:
    # the function, not the press's second way of calling the player (lexicon.nominal)
    one = said("q-1", "a1", "Hugo Ferrand", "international malien")
    two = said("q-2", "a2", "Hugo Ferrand", "attaquant")
    bare = said("q-3", "a3", "Hugo Ferrand", None)
    out = link_batch([one, two, bare])
    assert out[-1].speaker.role == "attaquant"
    assert "batch-role:a2" in out[-1].evidence
    # offered by more articles, it is taken all the same
    three = said("q-4", "a4", "Hugo Ferrand", "international malien")
    assert link_batch([one, two, three, bare])[-1].speaker.role == "international malien"
    # an adjective before it (« ancien international »): the role's head is what is judged
    old = said("q-5", "a5", "Hugo Ferrand", "ancien international")
    assert link_batch([old, two, bare])[-1].speaker.role == "attaquant"


def test_a_role_an_adjective_opens_before_the_nominal_word_yields_to_a_function(nlp):
    # « L'ancien international Hugo Ferrand » in one article, « L'attaquant parisien Hugo
    # Ferrand » in another: a third that gives him no role takes the function
    ex = Extractor(nlp=nlp)
    one = ex.text("L'attaquant parisien Hugo Ferrand a marqué deux buts samedi à Vernac. « Je "
                  "suis heureux pour le groupe », a-t-il déclaré.", id="a1")
    four = ex.text("L'ancien international Hugo Ferrand a signé à Vernac. « Je découvre un "
                   "nouveau club », a dit Hugo Ferrand.", id="a4")
    three = ex.text("Hugo Ferrand a marqué samedi. « Le coach m'a fait confiance », a dit Hugo "
                    "Ferrand.", id="a3")
    quotes, _ = link_and_group([*one, *four, *three])
    q = next(q for q in quotes if q.span.text == "Le coach m'a fait confiance")
    assert (q.speaker.name, q.speaker.role) == ("Hugo Ferrand", "attaquant parisien")
    assert "batch-role:a1" in q.evidence


def test_between_roles_one_article_offers_the_one_its_quotes_show_wins():
    # a1 names her « nouvelle astronaute » once and its quote shows « astronaute »: the function
    # its own quotes give her is the one lent, not the longer mention
    own = said("q-1", "a1", "Anne Roy", "astronaute",
               roles=["nouvelle astronaute", "astronaute"])
    bare = said("q-2", "a2", "Anne Roy", None)
    out = link_batch([own, bare])
    assert out[1].speaker.role == "astronaute"
    # must not: with no quote showing either, the longest still wins the tie
    named = {"a1": [Named("Anne Roy", roles=("nouvelle astronaute", "astronaute"))]}
    alone = said("q-3", "a2", "Anne Roy", None)
    assert link_batch([alone], named)[0].speaker.role == "nouvelle astronaute"


def test_a_rank_alone_is_lent_as_no_role():
    # « lieutenant-colonel », a grade: the function another article gives is lent instead
    ranked = said("q-1", "a1", "Anne Roy", "lieutenant-colonel", roles=["lieutenant-colonel"])
    pilot = said("q-2", "a2", "Anne Roy", "pilote d'essai", roles=["pilote d'essai"])
    bare = said("q-3", "a3", "Anne Roy", None)
    out = link_batch([ranked, pilot, bare])
    assert out[2].speaker.role == "pilote d'essai"


SPLIT = "« Nous gagnerons », a déclaré Mehmet Ali Yilmaz, président du parti."
# a mayor and a missing boy's father, each « M. Dupont », whose son is a « Jean »; another
# article's student is « Jean Dupont »
MAYOR_SON = ("Le maire de Vernac, M. Dupont, a inauguré la nouvelle école. Son fils Jean, étudiant "
             "en architecture, avait dessiné les plans de la cour.\n\n« C'est une fierté pour "
             "toute la commune », a déclaré M. Dupont.")
STUDENT = ("L'étudiant Jean Dupont a remporté le concours d'architecture régional. « Je ne m'y "
           "attendais pas du tout », a confié Jean Dupont, 22 ans.")
FATHER = ("Jean, 12 ans, a disparu mercredi après l'école à Vernac. « Nous sommes morts "
          "d'inquiétude », a déclaré son père, M. Dupont, aux gendarmes.")


@pytest.mark.parametrize(("texts", "article", "said", "name"), [
    # the article writes the given names and the surname apart, marks between them, then the
    # surname alone: the full name another article writes whole
    ((SPLIT, "Le président Mehmet Ali \"Yilmaz n'a pas pu obtenir le résultat qu'il "
      "escomptait\", a continué M. Vidal. M. Yilmaz se disait \"prêt à discuter\"."),
     "a2", "prêt à discuter", "Mehmet Ali Yilmaz"),
    # must not: an article that writes no given name keeps the surname it writes
    ((SPLIT, "Le président n'a pas pu obtenir le résultat escompté, a continué M. Vidal. "
      "M. Yilmaz se disait \"prêt à discuter\"."), "a2", "prêt à discuter", "Yilmaz"),
    # must not: a given name of the cast with no mark between it and the surname (a son's, a
    # missing boy's), another article's « Jean Dupont »: the father keeps his surname
    ((MAYOR_SON, STUDENT, FATHER), "a1", "C'est une fierté pour toute la commune", "Dupont"),
    ((MAYOR_SON, STUDENT, FATHER), "a3", "Nous sommes morts d'inquiétude", "Dupont"),
])
def test_a_name_written_apart_is_the_batch_s_full_name(nlp, texts, article, said, name):
    (q,) = [q for q in batch(nlp, texts)[article] if q.span.text == said]
    assert q.speaker.name == name
