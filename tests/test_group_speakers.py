"""Who may join whom when two outlets name different speakers: near-identical long wording
groups when one side's speaker is weak (a description, a pronoun, a group of people, an
anonymous source); two people named with confidence never group (``joining.admitted``)."""


from dataclasses import replace

import pytest
from conftest import with_marks

from quotes.group.consensus import described
from quotes.group.grouping import group_quotes
from quotes.group.joining import _relayed
from quotes.group.similarity import normalize
from quotes.group.speakers import may_hold
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
    ("cardinal Lorenzi", "person", False),  # a title run into the name
    ("de Montval", "person", False),  # a name with its particle
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


_MARKS = "propos blessants et injustes"


def _mixed(qid: str, article: str, text: str, marks: str, speaker: str, kind: str,
           resolution: str = "explicit", confidence: float = 0.7) -> Quote:
    """A mixed quote whose ``marks`` are the speaker's words (``conftest.with_marks``)."""
    return with_marks(rec(qid, article, text, speaker, kind, resolution, confidence), (marks,))


_BODY = _mixed("q1", "a1", f"avoir convoqué l'ambassadeur après des « {_MARKS} » du maire",
               _MARKS, "ministère des Affaires étrangères de Valdorie", "organization")
_STATEMENT = f"Nous ne laisserons pas passer ces {_MARKS}, la Valdorie mérite le respect"


@pytest.mark.parametrize(("case", "other", "grouped", "speaker"), [
    # must group: the statement given, through a pronoun, to the person it speaks of
    ("a pronoun's direct quote holding the body's marks",
     rec("q2", "a2", _STATEMENT, "Paul Girard", resolution="pronoun", confidence=0.82), True,
     "ministère des Affaires étrangères de Valdorie"),
    # ... and the same marks given to a continuation in another mixed quote
    ("a continuation's marks",
     _mixed("q2", "a2", f"des « {_MARKS} » selon lui", _MARKS, "Paul Girard", "person",
            "continuation", 0.8), True, "ministère des Affaires étrangères de Valdorie"),
    # must not group: a person named with confidence holds the words (eight words needed)
    ("a named person's direct quote", rec("q2", "a2", _STATEMENT, "Paul Girard"), False,
     "Paul Girard"),
    # ... nor the narrator's report of a weak speaker: none of its words are said as such
    ("a pronoun's reported wording",
     rec("q2", "a2", f"avoir dénoncé les {_MARKS} du maire", "Paul Girard",
         resolution="pronoun", confidence=0.82, type_="indirect"), False, "Paul Girard"),
])
def test_a_weak_speaker_joins_a_body_on_its_marked_words(case, other, grouped, speaker):
    """A ministry's marked words (« propos blessants et injustes ») that another outlet gives in
    a quote whose speaker does not vote (a pronoun, a continuation resolved to someone else):
    no named person holds the words, a marked fragment of ``body_marks_words`` content words
    found whole in the weak one's joins them (``joining._body_marks``), and the
    weak appearance takes the body's name. A person named with confidence, or the words of a
    narrator's report, still need ``text_first_words``."""
    out, _ = group_quotes([_BODY, other], options=Settings(paraphrase=False))
    assert (out[0].group_id == out[1].group_id is not None) == grouped, case
    assert out[0].speaker.name == "ministère des Affaires étrangères de Valdorie"
    assert (out[1].speaker.name, out[1].speaker.role, out[1].speaker.gender) == (
        speaker, None, None), case


def _said(qid: str, article: str, text: str, body: str) -> Quote:
    """A body's quote: its words in a mixed quote's marks (« … »), or a direct quote's."""
    if "« " not in text:
        return rec(qid, article, text, body, "organization", confidence=0.7)
    marks = text[text.index("« ") + 2:text.index(" »")]
    return _mixed(qid, article, text, marks, body, "organization")


@pytest.mark.parametrize(("case", "body", "weak", "resolution"), [
    # must not group: words anyone says of a story, marked in the body's quote, open the
    # weak speaker's own statement (one content word, or two)
    ("a common phrase of one content word",
     ("préfecture de la Haute-Valdorie", "la préfecture dit « nous sommes inquiets » du retard"),
     "Nous sommes inquiets, personne ne nous dit quand l'usine rouvrira", "pronoun"),
    ("another",
     ("direction de Corvex", "la direction juge que « c'est un scandale » de bloquer le dépôt"),
     "C'est un scandale, on nous a caché ce que contenaient les cuves", "continuation"),
    ("a common phrase of two content words",
     ("ministère de la Santé de Valdorie", "le ministère s'est dit « préoccupé par la situation »"),
     "Je suis préoccupé par la situation des urgences de Brevelle depuis l'été", "pronoun"),
    ("another, with an adverb",
     ("ministère de l'Agriculture de Valdorie", "le ministère, « très inquiet pour l'avenir »,"),
     "Je suis très inquiet pour l'avenir de nos fermes de montagne", "continuation"),
    # ... nor a body's direct formula that opens another's statement: a direct quote's whole
    # text is no mark
    ("a body's direct formula",
     ("ministère de l'Intérieur de Valdorie", "Toute la lumière doit être faite"),
     "Toute la lumière doit être faite sur ce drame, nous le devons à sa famille", "pronoun"),
])
def test_a_body_and_a_weak_speaker_stay_apart_on_common_words(case, body, weak, resolution):
    """A body's words that are no fragment of its own (fewer than ``body_marks_words``
    content words, or a direct quote's whole text) found at the start of a weak speaker's
    quote in another outlet: others say them too. The two stay apart, and the weak speaker,
    who may be right, keeps their name: consensus gives it no body's."""
    name, text = body
    other = rec("q2", "a2", weak, "Lucie Garnier", resolution=resolution,
                confidence=0.82 if resolution == "pronoun" else 0.8)
    out, _ = group_quotes([_said("q1", "a1", text, name), other])
    assert out[0].group_id is None and out[1].group_id is None, case
    assert [(q.speaker.name, q.speaker.role, q.speaker.gender) for q in out] == [
        (name, None, None), ("Lucie Garnier", None, None)], case


def test_an_anonymous_source_keeps_its_vote_against_a_weak_speaker():
    """The same marks, given by an anonymous source (a person unnamed, who votes) and by a
    pronoun to a named person: no body speaks, ``text_first_words`` are needed, and the two
    stay apart, each with its own speaker."""
    source = _mixed("q1", "a1", f"des « {_MARKS} » du maire", _MARKS, "un conseiller du maire",
                    "anonymous", confidence=0.94)
    weak = rec("q2", "a2", _STATEMENT, "Paul Girard", resolution="pronoun", confidence=0.82)
    out, _ = group_quotes([source, weak], options=Settings(paraphrase=False))
    assert out[0].group_id is None and out[1].group_id is None
    assert [(q.speaker.name, q.speaker.role, q.speaker.gender) for q in out] == [
        ("un conseiller du maire", None, None), ("Paul Girard", None, None)]


_RELAYED = ("La nouvelle directrice du musée ne pourra pas assister samedi à la cérémonie "
            "d'ouverture du festival")
_EDITED = ("La nouvelle directrice du musée n'a pas pu assister samedi à la cérémonie d'ouverture "
           "de ce festival")


_CUT = ("Le trafic sera interrompu jusqu'à jeudi sur la ligne entre Lyon et Grenoble pour des "
        "travaux urgents")
_SHUT = ("Le trafic restera coupé jusqu'à jeudi sur la ligne de Lyon à Grenoble pour des travaux "
         "urgents")


# (one quote and its speaker, another outlet's and its speaker, one utterance)
@pytest.mark.parametrize(("case", "first", "second", "grouped"), [
    # two bodies whose own words are near the same, every run under eight words: one statement
    ("two bodies, an edited verb", (_RELAYED, "Fondation Lenoir", "organization"),
     (_EDITED, "Académie des arts de Vernac", "organization"), True),
    # a body and a person named with confidence: the person keeps apart from another's words
    ("a body and a person", (_RELAYED, "Fondation Lenoir", "organization"),
     (_EDITED, "Hélène Marchal", "person"), False),
    # two bodies, words that are not near the same: two statements
    ("two bodies, other words", (_RELAYED, "Fondation Lenoir", "organization"),
     ("La directrice du musée a renoncé à la cérémonie de samedi pour rester auprès des équipes",
      "Académie des arts de Vernac", "organization"), False),
    # two bodies, under eight words: what any body says of a story
    ("two bodies, a short line", ("Nous ne pourrons pas venir samedi", "Fondation Lenoir",
                                  "organization"),
     ("Nous n'avons pas pu venir samedi", "Académie des arts de Vernac", "organization"), False),
    # one body named two ways, a verb's other tense, every run under eight words: one statement
    ("one body named two ways, an edited verb",
     ("Le trafic ne pourra pas reprendre avant jeudi sur l'axe entre Lyon et Grenoble",
      "SNCF Réseau", "organization"),
     ("Le trafic n'a pas pu reprendre avant jeudi sur cet axe entre Lyon et Grenoble", "SNCF",
      "organization"), True),
    # one body's name in the other's, a word each of its own: one body named two ways
    ("one name in the other, a word each", (_CUT, "SNCF Réseau", "organization"),
     (_SHUT, "SNCF", "organization"), True),
    # another tense of one verb, however its form differs (« peut », « pourra »): one statement
    ("a verb's other form, a body relaying another's",
     ("Le trafic ne pourra pas reprendre avant jeudi sur l'axe entre Lyon et Grenoble", "SNCF",
      "organization"),
     ("Le trafic ne peut pas reprendre avant jeudi sur cet axe entre Lyon et Grenoble",
      "préfecture de l'Isère", "organization"), True),
    # a verb in another tense whose stem differs (« vient », « viendra »): one statement
    ("a verb's other stem, a body relaying another's",
     ("Le ministre viendra jeudi à Grenoble rencontrer les maires de la vallée sinistrée",
      "préfecture de l'Isère", "organization"),
     ("Le ministre vient jeudi à Grenoble pour rencontrer les maires de cette vallée sinistrée",
      "ministère de l'Intérieur", "organization"), True),
    # must not: one name in the other, a line under eight words: what any body says
    ("must not: one name in the other, a short line",
     ("Le trafic reprendra jeudi matin", "SNCF", "organization"),
     ("Le trafic ne reprendra que jeudi matin", "SNCF Réseau", "organization"), False),
    # must not: one name in the other, words not near the same: two statements
    ("must not: one name in the other, other words",
     ("Le trafic reprendra normalement lundi matin sur l'ensemble du réseau régional", "SNCF",
      "organization"), (_CUT, "SNCF Réseau", "organization"), False),
    # must not: the same words, two names neither of which holds the other: two bodies
    ("must not: a word each, two names", (_CUT, "Keolis Lyon", "organization"),
     (_SHUT, "SNCF", "organization"), False),
    # must not: one mould, two firms, each saying what the other does not (« fermer »,
    # « maintenir »): two statements
    ("must not: two firms, one mould",
     ("Notre entreprise a décidé de fermer son site de Vénissieux d'ici la fin de l'année",
      "Renault Trucks", "organization"),
     ("Notre entreprise a choisi de maintenir son site de Vénissieux jusqu'à la fin de l'année",
      "Bosch France", "organization"), False),
    # must not: two clubs, one mould of statement, two stands and two kinds of chants
    ("must not: two clubs, one mould",
     ("Le club condamne fermement les chants racistes entendus samedi soir dans la tribune nord",
      "Olympique de Marseille", "organization"),
     ("Le club condamne fermement les chants homophobes entendus samedi soir en tribune sud",
      "Olympique lyonnais", "organization"), False),
])
def test_two_bodies_join_on_their_own_words_near_the_same(case, first, second, grouped):
    a = rec("q1", "a1", first[0], first[1], first[2])
    b = rec("q2", "a2", second[0], second[1], second[2])
    out, _ = group_quotes([a, b], options=Settings(prefix_share=1.0))
    assert (out[0].group_id == out[1].group_id is not None) is grouped, case


# (a body's key, the role an outlet gives the person it quotes, the person holds the body)
@pytest.mark.parametrize(("body", "role", "holds"), [
    ("préfecture de l'Hérault", "préfète", True),  # the role alone: the story gives the place
    ("préfecture de l'Hérault", "préfet de l'Hérault", True),
    ("rectorat de Lille", "rectrice", True),
    ("rectorat de Lille", "recteur de l'académie de Lille", True),  # the place ends the role's
    ("parquet de Rennes", "procureure", True),
    # must not: another place
    ("préfecture de l'Hérault", "préfète du Gard", False),
    ("rectorat de Lille", "recteur de l'académie de Rouen", False),
    # must not: a role that heads no such body
    ("préfecture de l'Hérault", "directrice de cabinet", False),
    ("rectorat de Lille", "préfet", False),
    # must not: a body named by its own name, whose head speaks for themselves too
    ("Renault Trucks", "directeur", False),
])
def test_a_role_holds_a_body(body, role, holds):
    assert may_hold(body, role) is holds


# (one body's own words and its name, another's, one statement: ``joining._relayed``)
@pytest.mark.parametrize(("first", "second", "one"), [
    ((_CUT, "SNCF Réseau"), (_SHUT, "SNCF"), True),  # one name in the other
    ((_CUT, "Keolis Lyon"), (_SHUT, "SNCF"), False),  # « interrompu », « coupé »: two
    # must not: one name in the other, words not near the same, or under eight words
    (("Le trafic reprendra normalement lundi matin sur l'ensemble du réseau régional", "SNCF"),
     (_CUT, "SNCF Réseau"), False),
    (("Le trafic reprendra jeudi matin", "SNCF"),
     ("Le trafic ne reprendra que jeudi matin", "SNCF Réseau"), False),
])
def test_two_bodies_say_one_statement(first, second, one):
    assert _relayed([normalize(first[0])], [normalize(second[0])], normalize(first[1]),
                    normalize(second[1]), Settings()) is one
