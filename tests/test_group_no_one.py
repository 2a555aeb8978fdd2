"""A speaker that names no one (an anonymous source, a body named by common nouns alone) keeps
no pair apart whose whole wordings are alike (``joining.names_no_one``, ``joining._alike``);
and a few words of a speaker's own join another outlet's quote that marks them
(``short.marked_stem_pairs``, ``spoken``). Invented names and places throughout."""

from __future__ import annotations

import pytest
from conftest import with_marks

from quotes.attribute.article_names import name_words
from quotes.group.consensus import names_no_one
from quotes.group.grouping import group_quotes
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
    ("un ingénieur des services de l'eau", "anonymous", True),
    ("des élus de l'opposition", "anonymous", True),
    ("un porte-parole de la préfecture", "anonymous", True),
    ("une source policière", "anonymous", True),
    ("les autorités sanitaires", "organization", True),  # a body by its common nouns
    ("services de secours", "organization", True),
    ("syndicats de cheminots", "organization", True),
    # must not: a body by its own name, a person, a lower-case name no body's noun heads; a
    # body's noun with a definite complement names one body, whatever its case
    ("ministère de l'agriculture", "organization", False),
    ("ministère des transports", "organization", False),
    ("préfecture du var", "organization", False),
    ("ministère de la Santé de Valdorie", "organization", False),
    ("Croix-Verte", "organization", False),
    ("Lise Girard", "person", False),
    ("avocats du député", "person", False),  # a description: weak already (``described``)
    ("riverains du port", "organization", False),
])
def test_a_speaker_that_names_no_one(name, kind, no_one):
    assert names_no_one(Speaker(name, None, None, kind, "explicit", confidence=0.8)) is no_one


_SLOGAN = "Quarante heures, c'est non"
_FLOOD = ("le vieux barrage du lac pourrait lâcher si les « vannes rouillées » ne sont pas "
          "changées avant l'hiver")
_FLOOD_NAMED = ("ces « fissures inquiètes » montrent que l'ouvrage pourrait lâcher si les « vannes "
                "rouillées » ne sont pas changées avant l'hiver, « au plus tard »")
# what two articles of one event both name (``acquainted.one_event``)
_STORY = ("Brevelle", "Anne Castagnet")
_ELSEWHERE = ("Valmorin", "Corentin Malbec")
_OPENED = "Une enquête a été ouverte pour comprendre comment le toit a pu céder"
_GOES_ON = "Les recherches se poursuivent"
_CASE = "Un premier cas de la nouvelle souche de grippe aviaire a été identifié en Valdorie"
_CASE_OTHER = ("Un premier cas de la nouvelle souche du virus de la grippe aviaire a été "
               "détecté en Valdorie")
_FIRE = "Le feu a mobilisé près de 90 pompiers"
_FIRE_ALL = ("L'incendie s'est déclaré vers minuit dans un entrepôt de Brevelle et le feu a "
             "mobilisé près de 90 pompiers")
_PLAN = "Le gouvernement présentera un plan d'urgence pour les hôpitaux dès la semaine prochaine"
_CUTS = ("environ 1 200 emplois pourraient être supprimés par des plans de départ menés dans "
         "les différentes usines du groupe")
_CUTS_OTHER = ("quelque 1 200 emplois pourraient être supprimés par des plans de départ menés "
               "dans les différentes usines du groupe textile")
_CUTS_SHORT = "environ 1 200 emplois pourraient être supprimés par des plans de départ dès l'été"
_CUTS_SHORT_OTHER = ("quelque 1 200 emplois pourraient être supprimés par des plans de départ, "
                     "selon la direction")
_SOURCE = ("une source proche du dossier", "anonymous")
_REACHED = ("une source proche du dossier interrogée par un quotidien", "anonymous")
_DESCRIBED = ("direction du groupe textile", "organization")  # a body described
_VALCOR = ("direction de Valcor", "organization")
_ONE_COMPANY = (("Valcor", "Lise Aubrac"), ("Valcor", "Corentin Malbec"))
_TWO_COMPANIES = (("Valcor", "Lise Aubrac"), ("Brescourt", "Corentin Malbec"))
_SURE = {"anonymous": 0.66, "organization": 0.69, "person": 0.89}  # each kind at the cue
# one formula of two events in one town, a region: a long run (``one_report``)
_LIGHT = ("toute la lumière sera faite sur les circonstances de ce drame et les responsabilités "
          "de chacun seront établies par l'enquête")
_LIGHT_OTHER = _LIGHT + " en cours"
_INQUIRY = ("une enquête a été ouverte pour homicide involontaire et confiée à la brigade de "
            "recherches de la gendarmerie du département")
_INQUIRY_OTHER = _INQUIRY + " voisin"


def report(first: tuple[str, str], second: tuple[str, str],
           names: tuple[tuple[str, ...], tuple[str, ...]], *, short: bool = False,
           texts: tuple[str, str] | None = None, cast: str | None = None) -> list[Quote]:
    """One report of job cuts (``short``: its shorter form; or ``texts``) in two articles, each
    quote by one of two speakers (name, kind), each article naming its ``names``; ``cast``: a
    body that speaks of something else in the first article (its name is the article's cast,
    ``acquainted.cast_words``)."""
    texts = texts or ((_CUTS_SHORT, _CUTS_SHORT_OTHER) if short else (_CUTS, _CUTS_OTHER))
    said = [rec(f"q{n}", f"a{n}", text, who, kind, confidence=_SURE[kind], type_="indirect",
                names=named)
            for n, (text, (who, kind), named) in enumerate(zip(texts, (first, second), names,
                                                               strict=True), 1)]
    if cast:
        said.append(rec("q3", "a1", "Nous présenterons notre plan aux salariés jeudi", cast,
                        "organization", confidence=0.69, names=names[0]))
    return said


@pytest.mark.parametrize(("case", "quotes", "grouped"), [
    # must group: two anonymous sources, the same words whole (a short slogan)
    ("two anonymous sources, one slogan",
     [rec("q1", "a1", _SLOGAN, "des élus de gauche", "anonymous", confidence=0.66, names=_STORY),
      rec("q2", "a2", _SLOGAN, "un grand nombre d'élus", "anonymous", confidence=0.66,
          names=_STORY)], True),
    # an anonymous source and a body named by its nouns, a run of eight words around the marks
    ("an anonymous source and the civil protection, a run of words",
     [rec("q1", "a1", _FLOOD, "un ingénieur des services de l'eau", "anonymous",
          confidence=0.66, type_="mixed", marks=("vannes rouillées",), names=_STORY),
      rec("q2", "a2", _FLOOD_NAMED, "services de la protection civile", "organization",
          confidence=0.69, type_="mixed",
          marks=("fissures inquiètes", "vannes rouillées", "au plus tard"), names=_STORY)], True),
    # a body named by its common nouns and a named body, a close reported variant
    ("the health authorities and the ministry, a reported variant",
     [rec("q1", "a1", _CASE, "autorités sanitaires", "organization", confidence=0.69,
          type_="indirect", names=_STORY),
      rec("q2", "a2", _CASE_OTHER, "ministère de la Santé de Valdorie", "organization",
          confidence=0.69, type_="indirect", names=_STORY)], True),
    # a spokesman described, and the body, a reported fragment
    ("a spokesman and the prefecture, a fragment",
     [rec("q1", "a1", _FIRE, "un porte-parole de la préfecture", "anonymous",
          resolution="description", confidence=0.6, type_="indirect", names=_STORY),
      rec("q2", "a2", _FIRE_ALL, "préfecture de Brevelle", "organization", confidence=0.69,
          type_="indirect", names=_STORY)], True),
    # a source in the government and a body named by its nouns, one announcement
    ("a government source and the ministry, one announcement",
     [rec("q1", "a1", _PLAN, "une source gouvernementale", "anonymous", confidence=0.7,
          type_="indirect", names=_STORY),
      rec("q2", "a2", _PLAN, "ministère de la Santé", "organization", confidence=0.69,
          type_="indirect", names=_STORY)], True),
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
     [rec("q1", "a1", _FLOOD, "un ingénieur des services de l'eau", "anonymous",
          confidence=0.66, type_="mixed", marks=("vannes rouillées",)),
      rec("q2", "a2", _FLOOD_NAMED, "Paul Verdier", type_="mixed",
          marks=("fissures inquiètes", "vannes rouillées", "au plus tard"))], False),
    # ... nor a person a pronoun gives (a person's name is not given up for a source's)
    ("an anonymous source and a pronoun's person, a run of the outlets' words",
     [rec("q1", "a1", _FLOOD, "un ingénieur des services de l'eau", "anonymous",
          confidence=0.66, type_="mixed", marks=("vannes rouillées",)),
      rec("q2", "a2", _FLOOD_NAMED, "Paul Verdier", resolution="pronoun", confidence=0.82,
          type_="mixed", marks=("fissures inquiètes", "vannes rouillées", "au plus tard"))],
     False),
    # ... nor two bodies each named, in the same reported words (each its own statement)
    ("two named bodies, one reported variant",
     [rec("q1", "a1", _CASE, "Agence régionale de santé de Brevelle", "organization",
          confidence=0.69, type_="indirect"),
      rec("q2", "a2", _CASE_OTHER, "ministère de la Santé de Valdorie", "organization",
          confidence=0.69, type_="indirect")], False),
    # ... nor an anonymous source and a named person whose words are not alike
    ("an anonymous source and a named person, other words",
     [rec("q1", "a1", "Le barrage a lâché dans la nuit sous le poids de la neige",
          "un ingénieur", "anonymous", confidence=0.66, type_="indirect"),
      rec("q2", "a2", "Le barrage tiendra encore cet hiver, nous y veillons", "Paul Verdier")],
     False),
    # ... nor one short slogan in two articles that name no one alike (two events)
    ("two anonymous sources, one slogan, two events",
     [rec("q1", "a1", _SLOGAN, "des élus de gauche", "anonymous", confidence=0.66,
          names=("Valmorin", "Corentin Malbec")),
      rec("q2", "a2", _SLOGAN, "des syndicalistes", "anonymous", confidence=0.66,
          names=("Brescourt", "Lise Aubrac"))], False),
    # two sources, one long report of theirs (sixteen words in a row and more, no formula of
    # another event: ``joining.one_report``), in articles that name one company alike
    ("two sources, a long run, one company a speaker names",
     report(_REACHED, _SOURCE, _ONE_COMPANY, cast="direction de Valcor"), True),
    # ... and in articles that name one person in full (one event), whoever speaks
    ("two sources, a long run, one person named",
     report(_REACHED, _SOURCE, (("Lise Aubrac",), ("Lise Aubrac", "Valcor"))), True),
    # must not: one name of one word both articles give and no speaker names: a company reads
    # as a town does (« Grenoble » of two accidents), and two sources leave it unresolved
    ("two sources, a long run, one company no speaker names",
     report(_REACHED, _SOURCE, _ONE_COMPANY), False),
    ("a body described and a source, a long run, one company no speaker names",
     report(_DESCRIBED, _SOURCE, (("Valcor",), ("Valcor",))), False),
    # ... nor one formula of two accidents in articles that share a town's, a department's, a
    # region's name only (two sources; the parquet and the gendarmerie; a source and the
    # parquet), nor two companies in one city, one of them the named body's
    ("two sources, one formula, two accidents in one town",
     report(("une source proche de l'enquête", "anonymous"), ("une source judiciaire", "anonymous"),
            (("Grenoble", "Lucas Perrin"), ("Grenoble", "Émilie Garnier")),
            texts=(_LIGHT, _LIGHT_OTHER)), False),
    # ... nor where an anonymous source gives the town: a source names no one of the cast
    ("two sources, one formula, two accidents in one town a source gives",
     report(("une source policière de Grenoble", "anonymous"),
            ("une source judiciaire", "anonymous"),
            (("Grenoble", "Lucas Perrin"), ("Grenoble", "Émilie Garnier")),
            texts=(_LIGHT, _LIGHT_OTHER)), False),
    ("the parquet and the gendarmerie, one formula, two accidents in one department",
     report(("le parquet", "organization"), ("la gendarmerie", "organization"),
            (("Isère", "Lucas Perrin"), ("Isère", "Émilie Garnier")),
            texts=(_INQUIRY, _INQUIRY_OTHER)), False),
    ("a source and the parquet, one formula, two events in one region",
     report(("une source proche de l'enquête", "anonymous"), ("le parquet", "organization"),
            (("Bretagne", "Lucas Perrin"), ("Bretagne", "Émilie Garnier")),
            texts=(_INQUIRY, _INQUIRY_OTHER)), False),
    ("a body described and another company's direction, one city",
     report(_DESCRIBED, ("direction de Brescourt", "organization"),
            (("Valcor", "Lyon"), ("Brescourt", "Lyon"))), False),
    # must not: the same long run in articles that name no one alike
    ("two sources, a long run, nothing named alike",
     report(_REACHED, _SOURCE, _TWO_COMPANIES), False),
    # ... nor a shorter run (eleven words) in articles that name one company a speaker names
    # only: one event must be named
    ("two sources, a shorter run, one company a speaker names",
     report(_REACHED, _SOURCE, _ONE_COMPANY, short=True, cast="direction de Valcor"), False),
    # two bodies, one named, one described (« la direction du groupe »), one long report in
    # articles that name one company alike
    ("a body described and a body named, a long run, one company named",
     report(_DESCRIBED, _VALCOR, _ONE_COMPANY), True),
    # must not: the same with a shorter run (eleven words)
    ("a body described and a body named, a shorter run, one company named",
     report(_DESCRIBED, _VALCOR, _ONE_COMPANY, short=True), False),
    # ... nor the long run in articles that name no one alike
    ("a body described and a body named, a long run, nothing named alike",
     report(_DESCRIBED, ("direction de Brescourt", "organization"), _TWO_COMPANIES), False),
    # ... nor two bodies each named: two voices, whatever lead two outlets copy
    ("two bodies named, a long run, one company named",
     report(("comité d'entreprise de Valcor", "organization"), _VALCOR, _ONE_COMPANY), False),
    # ... nor a long run in articles that name nothing: names alike must be read
    ("a body described and a body named, a long run, no names",
     report(_DESCRIBED, _VALCOR, ((), ())), False),
    ("two sources, a long run, no names", report(_REACHED, _SOURCE, ((), ())), False),
    # ... nor a body and a person named: a person's name is not given up for a body's
    ("a body and a person named, a long run, one company named",
     report(_DESCRIBED, ("Corentin Malbec", "person"), _ONE_COMPANY), False),
    # ... nor the same long words in two events: one side names no one, the articles name no
    # event alike (a run of eight words is no guard then)
    ("an anonymous source and a named body, long words, two events",
     [rec("q1", "a1", _OPENED, "une source proche du dossier", "anonymous", confidence=0.66,
          type_="indirect", names=_ELSEWHERE),
      rec("q2", "a2", _OPENED, "parquet de Brevelle", "organization", confidence=0.69,
          type_="indirect", names=_STORY)], False),
    # ... nor where the two articles share one town's or region's name only, or name nothing
    ("two sources, short words, one town only",
     [rec("q1", "a1", _GOES_ON, "une source policière", "anonymous", confidence=0.66,
          names=("Valmorin", "Corentin Malbec")),
      rec("q2", "a2", _GOES_ON, "une source proche de l'enquête", "anonymous", confidence=0.66,
          names=("Valmorin", "Lise Aubrac"))], False),
    ("a source and the rescue services, short words, no names",
     [rec("q1", "a1", _GOES_ON, "une source policière", "anonymous", confidence=0.66),
      rec("q2", "a2", _GOES_ON, "services de secours", "organization", confidence=0.69)], False),
    # ... nor two bodies named by a common noun, short words, in two events each named
    ("the parquet and the gendarmerie, short words, two events",
     [rec("q1", "a1", _GOES_ON, "le parquet", "organization", confidence=0.69,
          names=_STORY),
      rec("q2", "a2", _GOES_ON, "la gendarmerie", "organization", confidence=0.69,
          names=_ELSEWHERE)], False),
    # ... nor two ministries in lower case: each names one body (``names_no_one``)
    ("two ministries in lower case, long words",
     [rec("q1", "a1", _PLAN, "ministère de l'agriculture", "organization", confidence=0.69,
          type_="indirect", names=_STORY),
      rec("q2", "a2", _PLAN, "ministère des transports", "organization", confidence=0.69,
          type_="indirect", names=_STORY)], False),
    # ... nor a source and a named body in the same few words, though one event: the same
    # words however few hold only between two that name no one (``_alike``, ``whole``)
    ("a source and a named body, short words, one event",
     [rec("q1", "a1", _GOES_ON, "une source policière", "anonymous", confidence=0.66,
          names=_STORY),
      rec("q2", "a2", _GOES_ON, "gendarmerie de Brevelle", "organization", confidence=0.69,
          names=_STORY)], False),
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
_PROJECT = ("« sidérée » par ce « projet absurde et dangereux » du préfet de Brevelle, qui veut "
            "fermer la maternité dès l'été")
_WORRY = ("le niveau du canal de Brevelle restait « très préoccupant » pour les péniches du "
          "port")
_MISTAKE = "la décision de vendre le vieux moulin était « une faute »"


def _said(text: str, marks: tuple[str, ...], names: tuple[str, ...]) -> Quote:
    return rec("q2", "a2", text, "Lise Girard", type_="mixed", marks=marks, names=names)


@pytest.mark.parametrize(("short", "speaker", "type_", "other", "names", "grouped"), [
    # must group: a short direct quote that says the other's mark and its other words, in
    # another tense, in two articles of one event; and two marked words, with no names
    ("La réunion sera l'occasion", "Lise Girard", "direct",
     _said(_MEETING, ("l'occasion",), _STORY), _STORY, True),
    ("Un projet dangereux, absurde", "Lise Girard", "direct",
     _said(_PROJECT, ("sidérée", "projet absurde et dangereux"), ()), (), True),
    # must not: a word the other does not say (« échec »); a short reported wording (the
    # outlet's words, not the speaker's); one content word alone; another speaker
    ("La réunion sera un échec", "Lise Girard", "direct",
     _said(_MEETING, ("l'occasion",), _STORY), _STORY, False),
    ("un projet dangereux, absurde", "Lise Girard", "indirect",
     _said(_PROJECT, ("sidérée", "projet absurde et dangereux"), ()), (), False),
    ("Une occasion", "Lise Girard", "direct", _said(_MEETING, ("l'occasion",), _STORY), _STORY,
     False),
    ("La réunion sera l'occasion", "Marc Delorme", "direct",
     _said(_MEETING, ("l'occasion",), _STORY), _STORY, False),
    # ... nor one marked word, a speaker's stock phrase, said of two things in two events (or
    # with no names to tell)
    ("Le niveau est très préoccupant", "Lise Girard", "direct",
     _said(_WORRY, ("très préoccupant",), _STORY), _ELSEWHERE, False),
    ("Cette décision est une faute", "Lise Girard", "direct",
     _said(_MISTAKE, ("une faute",), ()), (), False),
    # ... nor a quote of eight words or more: a short wording only reads as marks do
    ("Fermer dès l'été la maternité, ce projet du préfet de Brevelle, dangereux, absurde",
     "Lise Girard", "direct",
     _said(_PROJECT, ("sidérée", "projet absurde et dangereux"), ()), (), False),
])
def test_a_few_words_of_the_speakers_own_join_the_quote_that_marks_them(
        short, speaker, type_, other, names, grouped):
    said = rec("q1", "a1", short, speaker, type_=type_, names=names)
    out, _ = group_quotes([said, other], options=Settings(paraphrase=False))
    assert (out[0].group_id == out[1].group_id is not None) == grouped
