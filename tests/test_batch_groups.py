"""The batch's groups: a plural description goes to the group the batch names with its noun, and
an utterance another outlet gives to one person fills the article that left it unresolved, or
gave it only the plural a pronoun reached.

Each row is a batch of made-up articles, extracted and read as one run; the quote is found by
its words and its speaker, role, gender and kind are checked (None: no speaker). « Ses avocats »
keeps the role its own article gives it (`avocat`), as « son avocat » would."""

from dataclasses import replace

import pytest
from test_grouping import rec

from quotes.api import Extractor, group_batch
from quotes.attribute.batch import link_batch
from quotes.group.grouping import group_quotes
from quotes.model import Article, Cue, Named, Quote, Span

ROWS = [
    # a plural description with a complement, in another article of the same story
    ("fires: « les enfants de X », a group named in another article",
     ["Le bijoutier Marc Fabre est mort samedi. Ses enfants, Hugo et Clara, ont porté plainte "
      "contre la clinique. « Personne ne nous a prévenus », expliquent-ils.",
      "Les enfants de Marc Fabre accusent la clinique d'avoir négligé leur père."],
     "avoir négligé leur père", ("Hugo et Clara", None, None, "person")),
    # a possessive plural, « selon »
    ("fires: « selon ses fils », the group of sons the story names",
     ["La fermière Rose Bailly a disparu en mer. « Elle connaissait la côte », assurent ses "
      "fils, Louis et Marc.",
      "Rose Bailly n'est pas rentrée. Selon ses fils, la marée était calme ce soir-là."],
     "la marée était calme ce soir-là", ("Louis et Marc", None, None, "person")),
    # lawyers: the description's complement (« de l'élu ») against a role with none
    ("fires: « les avocats de l'élu », the two lawyers another article quotes",
     ["Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », ont dénoncé ses avocats, "
      "Me Anne Roy et Me Luc Vidal.",
      "Paul Girard a comparu lundi. « Le dossier ne tient pas », ont déclaré les avocats de "
      "l'élu."],
     "Le dossier ne tient pas", ("Anne Roy et Luc Vidal", None, None, "person")),
    # members named one by one, each by the group's noun with the same complement, of either
    # gender: their names joined
    ("fires: « les avocats de X », each lawyer named by their own role in another article",
     ["Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », a dénoncé Me Anne Roy, "
      "avocate de Paul Girard. « Nous plaiderons la relaxe », a ajouté Me Luc Vidal, avocat de "
      "Paul Girard.",
      "Paul Girard a comparu lundi. « Le dossier ne tient pas », ont déclaré les avocats de "
      "Paul Girard."],
     "Le dossier ne tient pas", ("Anne Roy et Luc Vidal", None, None, "person")),
    ("fires: « ses avocats », the lawyers the same article names by their own role",
     ["Condamné à dix ans, Paul Girard va faire appel, ont annoncé ses avocats. « Nous sommes "
      "déçus », a dit Me Anne Roy, avocate de Paul Girard. « Le combat continue », a ajouté Me "
      "Luc Vidal, avocat de Paul Girard."],
     "Condamné à dix ans, Paul Girard va faire appel", ("Anne Roy et Luc Vidal", "avocat",
                                                        None, "person")),
    # must not: a lawyer whose role names no client, or another client, is no member
    ("must not: one lawyer of the client, the other's role naming no client",
     ["Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », a dénoncé Me Anne Roy, "
      "avocate de Paul Girard. « Justice est faite », a répondu Me Luc Vidal, avocat.",
      "Paul Girard a comparu lundi. « Le dossier ne tient pas », ont déclaré les avocats de "
      "Paul Girard."],
     "Le dossier ne tient pas", ("avocats de Paul Girard", None, None, "person")),
    ("must not: one lawyer of the client, the other another client's",
     ["Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », a dénoncé Me Anne Roy, "
      "avocate de Paul Girard. « Justice est faite », a répondu Me Luc Vidal, avocat de la "
      "commune.",
      "Paul Girard a comparu lundi. « Le dossier ne tient pas », ont déclaré les avocats de "
      "Paul Girard."],
     "Le dossier ne tient pas", ("avocats de Paul Girard", None, None, "person")),
    # must not: a member's complement says more, or less, than the description's, or
    # another person sharing a word with it
    ("must not: one lawyer of the client, the other another Paul's",
     ["Le maire Paul Girard et son adjoint Paul Morel sont jugés à Lyon. « Ce dossier est "
      "vide », a dénoncé Me Anne Roy, avocate de Paul Girard. « Nous plaiderons la relaxe », a "
      "ajouté Me Luc Vidal, avocat de Paul Morel.",
      "Paul Girard a comparu lundi. « Le dossier ne tient pas », ont déclaré les avocats de "
      "Paul Girard."],
     "Le dossier ne tient pas", ("avocats de Paul Girard", None, None, "person")),
    ("must not: one lawyer of the client, the other his mother's",
     ["Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », a dénoncé Me Anne Roy, "
      "avocate de Paul Girard. « Nous plaiderons la relaxe », a ajouté Me Luc Vidal, avocat de "
      "la mère de Paul Girard.",
      "Paul Girard a comparu lundi. « Le dossier ne tient pas », ont déclaré les avocats de "
      "Paul Girard."],
     "Le dossier ne tient pas", ("avocats de Paul Girard", None, None, "person")),
    # must not: members only of a person the story names, never of a body or a place
    ("must not: the lawyers of two towns sharing « commune »",
     ["Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », a dénoncé Me Anne Roy, "
      "avocate de la commune de Bron. « Nous plaiderons la relaxe », a ajouté Me Luc Vidal, "
      "avocat de la commune de Vénissieux.",
      "Paul Girard a comparu lundi. « Le dossier ne tient pas », ont déclaré les avocats de la "
      "commune de Bron."],
     "Le dossier ne tient pas", ("avocats de la commune de Bron", None, None, "person")),
    ("must not: an open group, two of its members named",
     ["Le maire Paul Girard présente son budget. « Ce budget est injuste », a dénoncé Anne "
      "Roy, élue de l'opposition. « Nous voterons contre », a ajouté Luc Vidal, élu de "
      "l'opposition.",
      "Paul Girard a fait voter son budget. « Le débat a été escamoté », ont regretté les élus "
      "de l'opposition."],
     "Le débat a été escamoté", ("élus de l'opposition", None, None, "person")),
    ("must not: the doctors of a hospital, two of them named",
     ["Le marin Paul Girard a été hospitalisé. « Son état est stable », a indiqué Anne Roy, "
      "médecin de l'hôpital de Brest. « Il va sortir bientôt », a ajouté Luc Vidal, médecin "
      "de l'hôpital de Brest.",
      "Paul Girard est sorti de l'hôpital. « Il doit encore se reposer », ont déclaré les "
      "médecins de l'hôpital de Brest."],
     "Il doit encore se reposer", ("médecins de l'hôpital de Brest", None, None, "person")),
    # must not: another story's lawyers (no person named in both articles): his own, unnamed
    ("must not: the lawyers of another story",
     ["Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », ont dénoncé ses avocats, "
      "Me Anne Roy et Me Luc Vidal.",
      "Le boulanger Yves Morin a été relaxé. « Nous avons gagné », ont déclaré ses avocats."],
     "Nous avons gagné", ("avocats d’Yves Morin", "avocat", None, "person")),
    # a kind noun over the group's noun (lexicon/kind_members.tsv: « magistrates » over
    # « juges »), its complement sharing a word with the group's
    ("fires: « les magistrates instructrices », the two judges another article names",
     ["Le maire Paul Girard a été mis hors de cause. Les deux juges d'instruction de Lyon, Anne "
      "Roy et Claire Petit, ont signé le non-lieu. « Les faits sont prescrits », écrivent-elles.",
      "Paul Girard est soulagé. « La preuve pénale manque », affirment les magistrates "
      "instructrices."],
     "La preuve pénale manque", ("Anne Roy et Claire Petit", None, None, "person")),
    ("must not: the narrower noun for a group the kind noun sets off",
     ["Le maire Paul Girard a été mis hors de cause. Les deux magistrates de Lyon, Anne Roy et "
      "Claire Petit, ont signé le non-lieu. « Les faits sont prescrits », écrivent-elles.",
      "Paul Girard est soulagé. « La preuve pénale manque », affirment les juges."],
     "La preuve pénale manque", ("juges", None, None, "person")),
    # must not: another noun (« dirigeants » are not the « médecins » the batch names)
    ("must not: a group named with another noun",
     ["Le joueur Tom Lenoir s'est blessé. « Il sera absent un mois », ont indiqué ses médecins, "
      "Paul Roy et Marc Dumas.",
      "Tom Lenoir est forfait. « La saison est finie pour lui », ont déclaré les dirigeants du "
      "club."],
     "La saison est finie pour lui", ("dirigeants du club", None, None, "person")),
]


@pytest.mark.parametrize(("case", "texts", "words", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_a_plural_description_goes_to_the_group_the_batch_names(nlp, case, texts, words,
                                                                 expected):
    articles = [Article(f"a{n}", t) for n, t in enumerate(texts, 1)]
    named: dict[str, list[Named]] = {}
    records = list(Extractor(nlp=nlp).records(articles, named=named))
    quotes, _ = group_batch(records, named=named)
    found = [q for q in quotes if isinstance(q, Quote) and q.span.text == words]
    assert found, [q.span.text for q in quotes if isinstance(q, Quote)]
    q = found[0]
    sp = q.speaker
    assert (sp.name, sp.role, sp.gender, sp.kind) == expected, case



def test_members_named_in_another_story_make_no_group(nlp):
    """Two lawyers of Paul Girard named at his trial of 2019 are not « les avocats de Paul
    Girard » of an article five years later: another story, the description kept."""
    articles = [
        Article("a1", "Le maire Paul Girard est jugé à Lyon. « Ce dossier est vide », a dénoncé "
                "Me Anne Roy, avocate de Paul Girard. « Nous plaiderons la relaxe », a ajouté Me "
                "Luc Vidal, avocat de Paul Girard.", date="2019-03-04"),
        Article("a2", "Paul Girard a été relaxé en appel. « Nous avons gagné », ont déclaré les "
                "avocats de Paul Girard.", date="2024-06-10"),
    ]
    named: dict[str, list[Named]] = {}
    quotes, _ = group_batch(list(Extractor(nlp=nlp).records(articles, named=named)),
                            named=named)
    found = [q for q in quotes if isinstance(q, Quote) and q.span.text == "Nous avons gagné"]
    assert found
    sp = found[0].speaker
    assert (sp.name, sp.role, sp.kind) == ("avocats de Paul Girard", None, "person")


def _group_row(qid, article, speaker, role=None):
    q = rec(qid, article, f"Propos {qid}", speaker=speaker)
    return replace(q, speaker=replace(q.speaker, role=role))


STORY = {a: [Named("Marc Dufour")] for a in ("a1", "a2", "a3")}


@pytest.mark.parametrize(("case", "groups", "expected"), [
    ("fires: one group of children in the story", [("Hugo et Clara", "enfants")],
     "Hugo et Clara"),
    ("fires: the description's complement in the group's role",
     [("Hugo et Clara", "enfants de Marc Dufour")], "Hugo et Clara"),
    ("must not: two groups of children in the story",
     [("Hugo et Clara", "enfants"), ("Pierre et Sophie", "enfants")], "enfants de Marc Dufour"),
    ("must not: the complements disagree",
     [("Hugo et Clara", "enfants de Léa Roux")], "enfants de Marc Dufour"),
])
def test_a_plural_description_is_never_guessed_between_groups(case, groups, expected):
    given = [_group_row(f"q-{n}", f"a{n}", name, role)
             for n, (name, role) in enumerate(groups, 1)]
    described = _group_row("q-9", "a3", "enfants de Marc Dufour")
    out = link_batch([*given, described], STORY)
    assert out[-1].speaker.name == expected, case
    assert out[-1].speaker.role is None and out[-1].speaker.gender is None


LONG = "Nous ne reculerons pas devant les menaces et nous continuerons à défendre nos juges"


def _weak(qid, article, speaker, resolution, confidence, cued=True):
    kind = "person" if speaker else "unknown"
    q = rec(qid, article, LONG, speaker, kind=kind, resolution=resolution, confidence=confidence)
    cue = Cue("a-t-elle ajouté", "ajouter", 90, 105) if cued else None
    return replace(q, cue=cue, speaker=replace(q.speaker, mention=Span(0, 4, "elle")))


@pytest.mark.parametrize(("case", "quotes", "expected"), [
    ("fires: the other outlet gives it to her by a pronoun",
     [_weak("q1", "a1", "Karine Vogel", "pronoun", 0.77),
      _weak("q2", "a2", None, "unresolved", 0.03)],
     ["Karine Vogel", "Karine Vogel"]),
    ("fires: two other outlets name her, by a pronoun and by a description",
     [_weak("q1", "a1", "Karine Vogel", "pronoun", 0.77),
      _weak("q2", "a2", "Karine Vogel", "description", 0.75),
      _weak("q3", "a3", None, "unresolved", 0.03)],
     ["Karine Vogel"] * 3),
    ("must not: the one outlet that names her has no cue (the quote before's speaker)",
     [_weak("q1", "a1", "Karine Vogel", "continuation", 0.8, cued=False),
      _weak("q2", "a2", None, "unresolved", 0.03)],
     ["Karine Vogel", None]),
    ("must not: the other outlets name two people",
     [_weak("q1", "a1", "Karine Vogel", "pronoun", 0.77),
      _weak("q2", "a2", "Ruth Amsel", "pronoun", 0.7),
      _weak("q3", "a3", None, "unresolved", 0.03)],
     ["Karine Vogel", "Ruth Amsel", None]),
    ("fires: a description a pronoun reached takes the name another outlet gives",
     [_weak("q1", "a1", "Karine Vogel", "pronoun", 0.77),
      _weak("q2", "a2", "infirmières", "pronoun", 0.77)],
     ["Karine Vogel", "Karine Vogel"]),
    ("must not: a description at the cue keeps its words",
     [_weak("q1", "a1", "Karine Vogel", "pronoun", 0.77),
      _weak("q2", "a2", "infirmières", "explicit", 0.5)],
     ["Karine Vogel", "infirmières"]),
    ("fires: two outlets give it to someone's relatives by a pronoun",
     [_weak("q1", "a1", "enfants de Paul Vidal", "pronoun", 0.77),
      _weak("q2", "a2", "enfants de Paul Vidal", "pronoun", 0.77),
      _weak("q3", "a3", None, "unresolved", 0.03)],
     ["enfants de Paul Vidal"] * 3),
    ("must not: the relatives' outlet has no cue (the quote before's speaker)",
     [_weak("q1", "a1", "enfants de Paul Vidal", "continuation", 0.8, cued=False),
      _weak("q2", "a2", None, "unresolved", 0.03)],
     ["enfants de Paul Vidal", None]),
    ("must not: a described speaker names no one",
     [_weak("q1", "a1", "conseillère fédérale", "explicit", 0.5),
      _weak("q2", "a2", None, "unresolved", 0.03)],
     ["conseillère fédérale", None]),
])
def test_an_unresolved_quote_takes_the_one_person_its_group_names(case, quotes, expected):
    grouped, groups = group_quotes(quotes)
    assert len(groups) == 1, case
    assert [q.speaker.name for q in grouped] == expected, case
    filled = [q for q, was in zip(grouped, quotes, strict=True)
              if q.speaker.name != was.speaker.name]
    for q in filled:
        assert "group-consensus" in q.evidence and q.speaker.kind == "person"
        assert q.speaker.confidence == min(w.speaker.confidence for w in quotes
                                           if w.speaker.name and w.cue)


def _in_a2(qid, start, speaker=None, role=None, evidence=(), cued=False):
    q = rec(qid, "a2", f"Propos {qid}", speaker=speaker, kind="person" if role else "unknown",
            resolution="unresolved", confidence=0.03, start=start)
    cue = Cue("a déclaré", "déclarer", start + 12, start + 21) if cued else None
    sentence = Span(start, start + 30, "")
    return replace(q, sentence=sentence, cue=cue, evidence=evidence,
                   speaker=replace(q.speaker, role=role))


JUDGE = [_group_row("q-0", "a1", "Claire Morel", "juge d'instruction")]
DESCRIBED = _in_a2("q-1", 0, role="juge d'instruction", evidence=("description-unresolved",))
UNCUED = ("uncued", "no-cue", "no-speaker")


@pytest.mark.parametrize(("case", "after", "expected"), [
    ("fires: the next sentence, no cue", _in_a2("q-2", 31, evidence=UNCUED), "Claire Morel"),
    ("fires: the next sentence after a line break", _in_a2("q-2", 32, evidence=UNCUED),
     "Claire Morel"),
    ("must not: a sentence of the narrator between", _in_a2("q-2", 80, evidence=UNCUED), None),
    ("must not: a cue whose subject was lost",
     _in_a2("q-2", 31, evidence=("no-speaker",), cued=True), None),
])
def test_an_uncued_quote_goes_on_from_the_one_the_batch_named(case, after, expected):
    out = link_batch([*JUDGE, DESCRIBED, after], STORY)
    assert out[1].speaker.name == "Claire Morel"
    sp = out[2].speaker
    assert sp.name == expected, case
    if expected:
        assert (sp.role, sp.kind, sp.resolution) == ("juge d'instruction", "person",
                                                      "continuation")
        assert "batch-description:a1" in out[2].evidence


def test_an_uncued_quote_after_a_quote_the_batch_left_alone_stays_unresolved():
    alone = _in_a2("q-1", 0, role="juge de paix", evidence=("description-unresolved",))
    out = link_batch([*JUDGE, alone, _in_a2("q-2", 31, evidence=UNCUED)])
    assert out[1].speaker.name is None and out[2].speaker.name is None
