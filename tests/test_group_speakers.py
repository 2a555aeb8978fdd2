"""Who may join whom when two outlets name different speakers: near-identical long wording
groups when one side's speaker is weak (a description, a pronoun, a group of people, an
anonymous source); two people named with confidence never group (``joining.may_join``)."""


from dataclasses import replace

import pytest

from quotes.group.consensus import described
from quotes.group.grouping import group_quotes
from quotes.model import ArticleRef, Quote, Span, Speaker
from quotes.settings import Settings

_LONG = ("Notre mère a attendu huit jours un repas qui ne venait jamais dans cette chambre "
         "du service de chirurgie")
_SHORT = "laisser leur père mourir de soif"


def rec(qid: str, article: str, text: str, speaker: str, kind: str = "person",
        resolution: str = "explicit", confidence: float = 0.89, type_: str = "direct") -> Quote:
    span = Span(0, len(text), text)
    return Quote(id=qid, article=ArticleRef(article, article), type=type_, span=span,
                 sentence=span, cue=None,
                 speaker=Speaker(speaker, None, None, kind, resolution, confidence=confidence))


@pytest.mark.parametrize(("name", "kind", "weak"), [
    ("enfants de Paul Girard", "person", True),  # a common noun of someone named
    ("avocate d’Hélène Marchal", "person", True),
    ("parents du petit Léo", "unknown", True),
    ("avocats du député", "person", True),  # no capital at all, as before
    ("cardinal Farrell", "person", False),  # a title run into the name
    ("de Villepin", "person", False),  # a name with its particle
    ("Hélène Marchal", "person", False),
    ("direction de Renault", "organization", False),  # a body is named on purpose
])
def test_a_description_of_someone_named_is_no_name(name, kind, weak):
    assert described(Speaker(name, None, None, kind, "explicit", confidence=0.89)) == weak


@pytest.mark.parametrize(("case", "quotes", "grouped"), [
    # must group: one side described, the other named, the same long wording
    ("a description with a name, long wording",
     [rec("q1", "a1", _LONG, "enfants de Paul Girard"), rec("q2", "a2", _LONG, "Lise Girard")],
     True),
    # ... and two descriptions of one group of people, a short reported wording
    ("two descriptions of the children, short wording",
     [rec("q1", "a1", "avoir laissé " + _SHORT, "enfants de Paul Girard", type_="indirect"),
      rec("q2", "a2", "l’avoir laissé " + _SHORT, "enfants", type_="indirect")], True),
    # an anonymous source and a named person, the same long wording
    ("an anonymous source, long wording",
     [rec("q1", "a1", _LONG, "une source proche de la famille", kind="anonymous",
          confidence=0.83), rec("q2", "a2", _LONG, "Lise Girard")], True),
    # must not group: two people named with confidence, even in the same long words
    ("two named people, long wording",
     [rec("q1", "a1", _LONG, "Lise Girard"), rec("q2", "a2", _LONG, "Marc Girard")], False),
    # ... and a description of someone named and a named person on a short wording
    ("a description and a named person, short reported wording",
     [rec("q1", "a1", "avoir laissé " + _SHORT, "enfants de Paul Girard", type_="indirect"),
      rec("q2", "a2", "l’avoir laissé " + _SHORT, "Marc Girard", type_="indirect")], False),
])
def test_weak_speakers_leave_it_to_the_text(case, quotes, grouped):
    out, _ = group_quotes(quotes)
    assert (out[0].group_id == out[1].group_id is not None) == grouped, case
    if grouped:  # the description keeps its own words: it names no one else
        assert out[0].speaker.name == quotes[0].speaker.name


def test_the_description_abstains_in_consensus():
    quotes = [rec("q1", "a1", _LONG, "enfants de Paul Girard"),
              rec("q2", "a2", _LONG, "Lise Girard"),
              rec("q3", "a3", _LONG, "Lise Girard")]
    _, groups = group_quotes(quotes)
    assert len(groups) == 1 and groups[0].speaker == "Lise Girard"


@pytest.mark.parametrize(("mention", "name", "kind", "given"), [
    # the author of a document the words are read from votes for no other outlet's quote
    ("la plainte de l’association Probité", "Probité", "organization", False),
    ("sa page Facebook", "Paul Morel", "person", False),
    ("un communiqué du syndicat", "syndicat", "organization", False),
    # must not fire: the author named at the cue, an outlet whose name opens with a document's
    # noun
    ("l’association Probité", "Probité", "organization", True),
    ("Le Courrier picard", "Courrier picard", "organization", True),
    ("La Lettre", "La Lettre", "organization", True),
    # a finding named as an anonymous source (« d'après l'autopsie ») votes for no one either;
    # must not: an unidentified person, who comes with an indefinite or a noun of a source
    ("l'autopsie", "l'autopsie", "anonymous", False),
    ("les conclusions des analyses", "les conclusions des analyses", "anonymous", False),
    ("une source policière", "une source policière", "anonymous", True),
    ("la source policière", "la source policière", "anonymous", True),
    ("des habitants", "des habitants", "anonymous", True),
])
def test_a_documents_author_abstains_in_consensus(mention, name, kind, given):
    author = rec("q1", "a1", _LONG, name, kind=kind)
    author = replace(author, speaker=replace(author.speaker, mention=Span(0, len(mention),
                                                                            mention)))
    weak = rec("q2", "a2", _LONG, "Lise Girard", resolution="pronoun", confidence=0.87)
    out, groups = group_quotes([author, weak])
    assert len(groups) == 1
    assert (out[1].speaker.name == name) == given


_REPORTED = ("Deux enquêtes ont été ouvertes, l’une pour la vente de lots de terrain jamais "
             "viabilisés par la commune et l’autre pour des marchés de voirie")
_SAID = "pour la vente de lots de terrain jamais viabilisés par la commune"


@pytest.mark.parametrize(("case", "quotes", "grouped"), [
    # must group: a weak speaker's words found whole in a confident body's report
    ("a continuation's words inside the prosecutor's report",
     [rec("q1", "a1", _REPORTED, "parquet de Dole", kind="organization", confidence=0.62,
          type_="indirect"),
      rec("q2", "a2", _SAID, "Paul Girard", resolution="continuation", confidence=0.8)], True),
    # ... and a pronoun's long reported wording holding a named person's whole words
    ("a named person's words inside a pronoun's report",
     [rec("q1", "a1", "Il a expliqué que le chantier du nouveau pont reprendra en septembre "
          "avec deux équipes", "Marc Girard", type_="indirect", resolution="pronoun",
          confidence=0.77),
      rec("q2", "a2", "Le chantier du nouveau pont reprendra en septembre avec deux équipes",
          "Lise Girard")], True),
    # must not group: the same words, two confident speakers (a body and a person)
    ("a confident body and a confident person",
     [rec("q1", "a1", _REPORTED, "parquet de Dole", kind="organization", confidence=0.62,
          type_="indirect"),
      rec("q2", "a2", _SAID, "Paul Girard")], False),
    # ... nor a weak speaker's words under eight words found in the report
    ("a short wording inside the report",
     [rec("q1", "a1", _REPORTED, "parquet de Dole", kind="organization", confidence=0.62,
          type_="indirect"),
      rec("q2", "a2", "des lots de terrain jamais viabilisés", "Paul Girard",
          resolution="continuation", confidence=0.8)], False),
    # ... nor two reports in the narrator's words, one of a weak speaker
    ("two reported wordings",
     [rec("q1", "a1", _REPORTED, "parquet de Dole", kind="organization", confidence=0.62,
          type_="indirect"),
      rec("q2", "a2", _SAID, "Paul Girard", resolution="continuation", confidence=0.8,
          type_="indirect")], False),
])
def test_words_said_inside_a_report_join_a_weak_speaker(case, quotes, grouped):
    out, _ = group_quotes(quotes, options=Settings(paraphrase=False))
    assert (out[0].group_id == out[1].group_id is not None) == grouped, case


@pytest.mark.parametrize(("own", "given", "kept"), [
    # the article names the body in full; another outlet by its common noun alone
    ("parquet de Nantes", "parquet", True),
    ("mairie de Vernay", "mairie", True),
    # must not fire: another body than the common noun's, the same noun with another place,
    # or the common noun alone against the name in full (which it takes)
    ("préfecture du Rhône", "parquet", False),
    ("parquet de Nantes", "parquet de Lyon", False),
    ("parquet", "parquet de Nantes", False),
])
def test_a_body_named_in_full_keeps_its_name(own, given, kept):
    voter = rec("q1", "a1", _LONG, given, kind="organization")
    weak = rec("q2", "a2", _LONG, own, kind="organization", resolution="continuation",
               confidence=0.5)
    out, groups = group_quotes([voter, weak])
    assert len(groups) == 1
    assert (out[1].speaker.name == own) == kept
