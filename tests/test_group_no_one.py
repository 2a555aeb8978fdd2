"""A speaker that names no one (an anonymous source, a body named by common nouns alone) keeps
no pair apart whose whole wordings are alike (``joining.names_no_one``, ``joining._alike``);
and a few words of a speaker's own join another outlet's quote that marks them
(``short.marked_stem_pairs``, ``spoken``). Invented names and places throughout."""

from __future__ import annotations

import pytest
from conftest import with_marks

from quotes.attribute.article_names import name_words
from quotes.group.grouping import group_quotes
from quotes.group.joining import names_no_one
from quotes.model import ArticleRef, Quote, Span, Speaker
from quotes.settings import Settings


def rec(qid: str, article: str, text: str, speaker: str, kind: str = "person", *,
        resolution: str = "explicit", confidence: float = 0.89, type_: str = "direct",
        marks: tuple[str, ...] = (), names: tuple[str, ...] = ()) -> Quote:
    """A quote of ``text`` by ``speaker`` in article ``article``, whose whole text names
    ``names``; ``marks``: the words a mixed quote marks."""
    span = Span(0, len(text), text)
    ref = ArticleRef(article, article, names=name_words(list(names))) if names else \
        ArticleRef(article, article)
    q = Quote(id=qid, article=ref, type=type_, span=span, sentence=span, cue=None,
              speaker=Speaker(speaker, None, None, kind, resolution, confidence=confidence))
    return with_marks(q, list(marks)) if marks else q


@pytest.mark.parametrize(("name", "kind", "no_one"), [
    ("un haut responsable de la sécurité", "anonymous", True),
    ("des élus de l'opposition", "anonymous", True),
    ("un porte-parole de la préfecture", "anonymous", True),
    ("une source policière", "anonymous", True),
    ("les autorités sanitaires", "organization", True),  # a body by its common nouns
    ("services de secours", "organization", True),
    ("syndicat des cheminots", "organization", True),
    # must not: a body by its own name, a person, a lower-case name no body's noun heads
    ("ministère de la Santé de Valdorie", "organization", False),
    ("Croix-Verte", "organization", False),
    ("Lise Girard", "person", False),
    ("avocats du député", "person", False),  # a description: weak already (``described``)
    ("riverains du port", "organization", False),
])
def test_a_speaker_that_names_no_one(name, kind, no_one):
    assert names_no_one(Speaker(name, None, None, kind, "explicit", confidence=0.8)) is no_one


_SLOGAN = "Quarante heures, c'est non"
_FLOOD = ("les inondations qui ont noyé toute la vallée pourraient être dues à des « digues "
          "mal entretenues » depuis des années")
_FLOOD_NAMED = ("ces « crues soudaines » pourraient être dues à des « digues mal entretenues » "
                "et à des « pluies record »")
_CASE = "Un premier cas de la nouvelle souche de grippe aviaire a été identifié en Valdorie"
_CASE_OTHER = ("Un premier cas de la nouvelle souche du virus de la grippe aviaire a été "
               "détecté en Valdorie")
_FIRE = "Le feu a mobilisé près de 90 pompiers"
_FIRE_ALL = ("L'incendie s'est déclaré vers minuit dans un entrepôt de Brevelle et le feu a "
             "mobilisé près de 90 pompiers")
_PLAN = "Le gouvernement présentera un plan d'urgence pour les hôpitaux dès la semaine prochaine"


@pytest.mark.parametrize(("case", "quotes", "grouped"), [
    # must group: two anonymous sources, the same words whole (a short slogan)
    ("two anonymous sources, one slogan",
     [rec("q1", "a1", _SLOGAN, "des élus de gauche", "anonymous", confidence=0.66),
      rec("q2", "a2", _SLOGAN, "un grand nombre d'élus", "anonymous", confidence=0.66)], True),
    # an anonymous source and a body named by its nouns, a run of eight words around the marks
    ("an anonymous source and the civil protection, a run of words",
     [rec("q1", "a1", _FLOOD, "un haut responsable de la sécurité civile", "anonymous",
          confidence=0.66, type_="mixed", marks=("digues mal entretenues",)),
      rec("q2", "a2", _FLOOD_NAMED, "services de la protection civile", "organization",
          confidence=0.69, type_="mixed",
          marks=("crues soudaines", "digues mal entretenues", "pluies record"))], True),
    # a body named by its common nouns and a named body, a close reported variant
    ("the health authorities and the ministry, a reported variant",
     [rec("q1", "a1", _CASE, "autorités sanitaires", "organization", confidence=0.69,
          type_="indirect"),
      rec("q2", "a2", _CASE_OTHER, "ministère de la Santé de Valdorie", "organization",
          confidence=0.69, type_="indirect")], True),
    # a spokesman described, and the body, a reported fragment
    ("a spokesman and the prefecture, a fragment",
     [rec("q1", "a1", _FIRE, "un porte-parole de la préfecture", "anonymous",
          resolution="description", confidence=0.6, type_="indirect"),
      rec("q2", "a2", _FIRE_ALL, "préfecture de Brevelle", "organization", confidence=0.69,
          type_="indirect")], True),
    # a source in the government and a body named by its nouns, one announcement
    ("a government source and the ministry, one announcement",
     [rec("q1", "a1", _PLAN, "une source gouvernementale", "anonymous", confidence=0.7,
          type_="indirect"),
      rec("q2", "a2", _PLAN, "ministère de la Santé", "organization", confidence=0.69,
          type_="indirect")], True),
    # must not: two named people, the same long words
    ("two named people, one announcement",
     [rec("q1", "a1", _PLAN, "Claire Fabre", type_="indirect"),
      rec("q2", "a2", _PLAN, "Marc Delorme", type_="indirect")], False),
    # ... nor a source and a person named with confidence in the outlets' words: the story's
    # words, which anyone's quote shares (their own words decide, ``_own_words``)
    ("a government source and the minister named, one announcement",
     [rec("q1", "a1", _PLAN, "une source gouvernementale", "anonymous", confidence=0.7,
          type_="indirect"),
      rec("q2", "a2", _PLAN, "Claire Fabre", type_="indirect")], False),
    ("an anonymous source and a person named, a run of the outlets' words",
     [rec("q1", "a1", _FLOOD, "un haut responsable de la sécurité civile", "anonymous",
          confidence=0.66, type_="mixed", marks=("digues mal entretenues",)),
      rec("q2", "a2", _FLOOD_NAMED, "Paul Verdier", type_="mixed",
          marks=("crues soudaines", "digues mal entretenues", "pluies record"))], False),
    # ... nor a person a pronoun gives (a person's name is not given up for a source's)
    ("an anonymous source and a pronoun's person, a run of the outlets' words",
     [rec("q1", "a1", _FLOOD, "un haut responsable de la sécurité civile", "anonymous",
          confidence=0.66, type_="mixed", marks=("digues mal entretenues",)),
      rec("q2", "a2", _FLOOD_NAMED, "Paul Verdier", resolution="pronoun", confidence=0.82,
          type_="mixed", marks=("crues soudaines", "digues mal entretenues", "pluies record"))],
     False),
    # ... nor two bodies each named, in the same reported words (each its own statement)
    ("two named bodies, one reported variant",
     [rec("q1", "a1", _CASE, "Agence régionale de santé de Brevelle", "organization",
          confidence=0.69, type_="indirect"),
      rec("q2", "a2", _CASE_OTHER, "ministère de la Santé de Valdorie", "organization",
          confidence=0.69, type_="indirect")], False),
    # ... nor an anonymous source and a named person whose words are not alike
    ("an anonymous source and a named person, other words",
     [rec("q1", "a1", "Les digues ont cédé dans la nuit sous la pression de l'eau",
          "un haut responsable", "anonymous", confidence=0.66, type_="indirect"),
      rec("q2", "a2", "Les digues tiendront encore cette nuit, nous y veillons", "Paul Verdier")],
     False),
    # ... nor one short slogan in two articles that name no one alike (two events)
    ("two anonymous sources, one slogan, two events",
     [rec("q1", "a1", _SLOGAN, "des élus de gauche", "anonymous", confidence=0.66,
          names=("Valmorin", "Corentin Malbec")),
      rec("q2", "a2", _SLOGAN, "des syndicalistes", "anonymous", confidence=0.66,
          names=("Brescourt", "Lise Aubrac"))], False),
])
def test_a_speaker_that_names_no_one_leaves_it_to_the_text(case, quotes, grouped):
    """Joined or not, a speaker that votes keeps its own name (an anonymous source is
    a person unnamed: « une source gouvernementale » is not made « ministère de la Santé »);
    a description at the cue, which does not vote, takes the body's (« un porte-parole de la
    préfecture »: « préfecture de Brevelle »)."""
    out, _ = group_quotes(quotes, options=Settings(paraphrase=False))
    assert (out[0].group_id == out[1].group_id is not None) == grouped, case
    weak = quotes[0].speaker.resolution == "description"
    assert out[0].speaker.name == (quotes[1] if weak else quotes[0]).speaker.name, case
    assert out[1].speaker.name == quotes[1].speaker.name, case


_MEETING = ("sa réunion avec les maires, le 3 mars à Brevelle, serait « l'occasion » de tout "
            "mettre sur la table")
_PROJECT = ("« sidérée » par le projet « vraiment absurde » du préfet de Brevelle, qui veut "
            "fermer la maternité dès l'été")
_MEETING_SAID = rec("q2", "a2", _MEETING, "Lise Girard", type_="mixed", marks=("l'occasion",))
_PROJECT_SAID = rec("q2", "a2", _PROJECT, "Lise Girard", type_="mixed",
                    marks=("sidérée", "vraiment absurde"))


@pytest.mark.parametrize(("short", "speaker", "type_", "other", "grouped"), [
    # must group: a short direct quote that says the other's mark and its other words, in
    # another tense; and in another determiner, the mark's word of degree left out
    ("La réunion sera l'occasion", "Lise Girard", "direct", _MEETING_SAID, True),
    ("Un projet absurde", "Lise Girard", "direct", _PROJECT_SAID, True),
    # must not: a word the other does not say (« échec »); a short reported wording (the
    # outlet's words, not the speaker's); one content word alone; another speaker
    ("La réunion sera un échec", "Lise Girard", "direct", _MEETING_SAID, False),
    ("un projet absurde", "Lise Girard", "indirect", _PROJECT_SAID, False),
    ("Une occasion", "Lise Girard", "direct", _MEETING_SAID, False),
    ("La réunion sera l'occasion", "Marc Delorme", "direct", _MEETING_SAID, False),
])
def test_a_few_words_of_the_speakers_own_join_the_quote_that_marks_them(
        short, speaker, type_, other, grouped):
    said = rec("q1", "a1", short, speaker, type_=type_)
    out, _ = group_quotes([said, other], options=Settings(paraphrase=False))
    assert (out[0].group_id == out[1].group_id is not None) == grouped
