"""One person across a batch's outlets when one names them by one word of the full name another
gives (``speakers.link_speakers``, through ``names.inner_word``), within one story
(``one_story``): « Ndiro » and « Ndiro da Costa » are one speaker, so their words group; a known
first name (« Paul »: test_group_first_names for when it joins), the full name's first name any
list gives when the records show no one gender (« Dominique », « Claude »), a
word of two full names (« Odiaka »), a father's name after « ben », two genders, a body's name,
another story's person join no one.

Each row is a batch of made-up articles, extracted and read as one run; the quote is found by its
words in each article, and the rows say whether the two group and the one name the batch gives
the person."""

from dataclasses import replace

import pytest
from test_grouping import rec

from quotes.api import Extractor, link_and_group
from quotes.attribute.confidence import CONSENSUS
from quotes.group.grouping import group_quotes
from quotes.group.one_story import _same_words
from quotes.group.speakers import link_speakers

SAID = "Nous dirons au monde entier que notre pays est de retour"


def _batch(nlp, texts):
    ex = Extractor(nlp=nlp)
    quotes = [q for n, t in enumerate(texts) for q in ex.text(t, id=f"a{n}")]
    grouped, _ = link_and_group(quotes)
    return grouped


def _said(quotes, article, words):
    (q,) = [q for q in quotes if q.article.id == article and words in q.span.text]
    return q


ROWS = [
    # must group: the first word of a full name, no first name the lexicon knows
    ("a one-word name that opens the full name",
     [f"« {SAID} », a lancé le président Ndiro devant la foule.",
      f"« {SAID} », a déclaré Ndiro da Costa devant ses partisans."],
     ("Ndiro", "Ndiro da Costa"), "Ndiro da Costa"),
    # ... a word inside it, neither the first nor the last
    ("a one-word name inside the full name",
     [f"« {SAID} », a affirmé le ministre Alemu lors du sommet.",
      f"« {SAID} », a affirmé Tsegay Alemu Berhane lors du sommet."],
     ("Alemu", "Tsegay Alemu Berhane"), "Tsegay Alemu Berhane"),
    # ... titled: the title is set aside
    ("a one-word name after a title",
     [f"« {SAID} », a dit M. Tsegay à Genève.",
      f"« {SAID} », a dit Tsegay Alemu Berhane à Genève."],
     ("Tsegay", "Tsegay Alemu Berhane"), "Tsegay Alemu Berhane"),
    # the surname rule, as before, beside it
    ("the surname alone, as before",
     [f"« {SAID} », a lancé M. Costa devant la foule.",
      f"« {SAID} », a déclaré Ndiro da Costa devant ses partisans."],
     ("Costa", "Ndiro da Costa"), "Ndiro da Costa"),
    # must not: a known first name alone (a son, a father of one surname): the same words and
    # no other name of one event (test_group_first_names)
    ("must not: a known first name alone",
     [f"« {SAID} », a lancé le président Paul devant la foule.",
      f"« {SAID} », a déclaré Paul Morel devant ses partisans."],
     ("Paul", "Paul Morel"), None),
    # must not: a known first name two full names of the batch share (a son, a father)
    ("must not: a first name two full names share",
     [f"« {SAID} », a lancé le président Paul devant la foule.",
      f"« {SAID} », a déclaré Paul Morel devant ses partisans. « Nous tiendrons », a ajouté "
      "Paul Girard."],
     ("Paul", "Paul Morel"), None),
    # ... a word two full names of the batch share
    ("must not: a word of two full names",
     [f"« {SAID} », a lancé le président Odiaka devant la foule.",
      f"« {SAID} », a déclaré Tamsir Odiaka Berhane devant ses partisans. « Nous tiendrons », a "
      "ajouté Ouldi Odiaka Haddou."],
     ("Odiaka", "Tamsir Odiaka Berhane"), None),
    # ... the father's name after « ben »
    ("must not: the father's name after « ben »",
     [f"« {SAID} », a lancé le président Bakri devant la foule.",
      f"« {SAID} », a déclaré Ouldi ben Bakri Haddou devant ses partisans."],
     ("Bakri", "Ouldi ben Bakri Haddou"), None),
    # ... two genders the records give (« la ministre », « le ministre »)
    ("must not: two genders",
     [f"« {SAID} », a affirmé la ministre Alemu lors du sommet.",
      f"« {SAID} », a affirmé le ministre Tsegay Alemu Berhane lors du sommet."],
     ("Alemu", "Tsegay Alemu Berhane"), None),
    # ... roles that share no role noun: a president and a striker (review W6)
    ("must not: a president and a striker",
     [f"« {SAID} », a déclaré le président Lula à Brasilia. Il a ensuite quitté la salle.",
      f"« {SAID} », a lancé l'attaquant Lula Ferreira, reprenant le slogan présidentiel. Il a "
      "souri."],
     ("Lula", "Lula Ferreira"), None),
    # must group: roles that share a noun, or a listed office's (« chef de l'État », président)
    ("a president and a Brazilian president",
     [f"« {SAID} », a déclaré le président Lula à Brasilia. Il a ensuite quitté la salle.",
      f"« {SAID} », a déclaré le président brésilien Lula da Silva. Il a promis des fonds."],
     ("Lula", "Lula da Silva"), "Lula da Silva"),
    # one story, by the same words: a byname inside the full name, a feminine role
    ("a byname inside the full name",
     ["« Le Brésil est de retour sur la scène mondiale », a lancé Lula à Brasilia.",
      "« Le Brésil est de retour sur la scène mondiale », a lancé Luiz Inácio Lula da Silva à "
      "Brasilia."],
     ("Lula", "Luiz Inácio Lula da Silva"), "Luiz Inácio Lula da Silva"),
    ("a one-word name after a feminine role",
     ["« Nous ne renoncerons pas à cette réforme », a assuré la présidente Wangmo devant les "
      "députés.",
      "« Nous ne renoncerons pas à cette réforme », a assuré Dorji Wangmo Tshering devant les "
      "députés."],
     ("Wangmo", "Dorji Wangmo Tshering"), "Dorji Wangmo Tshering"),
    ("the cue before the quote",
     ["Le président Ndiro a déclaré : « Nous ne céderons rien aux putschistes. »",
      "Ndiro da Costa a déclaré : « Nous ne céderons rien aux putschistes. »"],
     ("Ndiro", "Ndiro da Costa"), "Ndiro da Costa"),
    # one long statement told twice, one word inflected
    ("one statement, one word inflected",
     ["« Les négociations reprendront dès lundi avec les syndicats et le patronat pour trouver un "
      "accord sur les salaires avant la fin du mois », a assuré le ministre Alemu.",
      "« Les négociations reprendraient dès lundi avec les syndicats et le patronat pour trouver "
      "un accord sur les salaires avant la fin du mois », a assuré Tsegay Alemu Berhane."],
     ("Alemu", "Tsegay Alemu Berhane"), "Tsegay Alemu Berhane"),
]


@pytest.mark.parametrize(("case", "texts", "names", "linked"), ROWS, ids=[r[0] for r in ROWS])
def test_one_word_of_a_full_name_links_the_person(nlp, case, texts, names, linked):
    quotes = _batch(nlp, texts)
    words = texts[1].split("« ")[1][:12]
    a, b = _said(quotes, "a0", words), _said(quotes, "a1", words)
    # each record keeps its own article's naming
    assert (a.speaker.name, b.speaker.name) == names
    if linked:
        assert a.speaker.linked == b.speaker.linked == linked
        assert a.group_id == b.group_id is not None
    else:
        assert a.speaker.linked != b.speaker.linked
        assert a.group_id is None or a.group_id != b.group_id


@pytest.mark.parametrize(("names", "expected"), [
    (["Ndiro", "Ndiro da Costa"], {"Ndiro": "Ndiro da Costa"}),
    (["M. Tsegay", "Tsegay Alemu Berhane"], {"M. Tsegay": "Tsegay Alemu Berhane"}),
    (["Costa", "Ndiro", "Ndiro da Costa"], {"Costa": "Ndiro da Costa", "Ndiro": "Ndiro da Costa"}),
    (["Paul", "Paul Morel"], {"Paul": "Paul"}),
    (["Odiaka", "Tamsir Odiaka Berhane", "Ouldi Odiaka Haddou"], {"Odiaka": "Odiaka"}),
    (["Bakri", "Ouldi ben Bakri Haddou"], {"Bakri": "Bakri"}),
    # a list of people, a description naming someone: no one person's full name
    (["Roy", "Anne Roy et Luc Vidal"], {"Roy": "Roy"}),
    (["Kawa", "avocats de Pedro Kawa da Fonseca"], {"Kawa": "Kawa"}),
    # an initialled full name holds no word to join
    (["Ndiro", "N. Ndiro"], {"Ndiro": "Ndiro"}),
    # a typographic apostrophe in the full name
    (["Tidiane", "Tidiane N’Gom Diallo"], {"Tidiane": "Tidiane N’Gom Diallo"}),
    # the full name's first name, in a list of given names: a witness's own
    (["Dominique", "Dominique de Villepin"], {"Dominique": "Dominique"}),
    (["Chelsea", "Chelsea Clinton"], {"Chelsea": "Chelsea"}),
])
def test_link_speakers_joins_an_inner_word(names, expected):
    linked = link_speakers(names, lambda form, full: True)  # all of one story
    assert {n: linked[n] for n in expected} == expected


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Nous sommes de retour sur la scène mondiale",
     "Nous sommes de retour sur la scène mondiale et nous y resterons", True),
    # a slogan of four words: many people shout it
    ("Nous ne lâcherons rien", "Nous ne lâcherons rien", False),
    # one content word swapped: two statements
    ("Nous ne vivons plus de la mer", "Nous ne vivons plus de la terre", False),
    ("Les négociations reprendront dès lundi avec les syndicats et le patronat pour trouver un "
     "accord sur les salaires avant la fin du mois",
     "Les négociations reprendraient dès lundi avec les syndicats et le patronat pour trouver un "
     "accord sur les salaires avant la fin du mois", True),
    ("Les négociations reprendront dès lundi avec les syndicats et le patronat pour trouver un "
     "accord sur les salaires avant la fin du mois",
     "Les négociations reprendront dès lundi avec les syndicats et le patronat pour trouver un "
     "accord sur les retraites avant la fin du mois", False),
])
def test_same_words(one, other, same):
    assert _same_words(one.lower().split(), other.lower().split()) is same


def test_no_story_joins_no_inner_word():
    assert link_speakers(["Ndiro", "Ndiro da Costa"])["Ndiro"] == "Ndiro"


# a person of one story and a full name of another, each row's first quote is the one-word name's
APART = [
    ("1 a witness's epicene first name, a public figure of another story",
     ["Incendie à Bourges. « On a tout perdu en une nuit », raconte Dominique, une riveraine de 58 "
      "ans.",
      "« La France doit parler d'une seule voix », a déclaré Dominique de Villepin lundi sur "
      "France Inter."], "tout perdu", "seule voix"),
    ("1 a nurse, a climate activist",
     ["« Nous sommes épuisées par ces gardes à rallonge », s'est indignée Camille, infirmière à "
      "Lille.",
      "« Le climat ne peut plus attendre », a martelé la militante Camille Étienne."],
     "épuisées", "climat"),
    ("1 a caretaker, a former minister",
     ["« Je n'ai rien vu ce soir-là », a assuré Mme Claude, la gardienne de l'immeuble.",
      "« Je n'ai rien vu de tel en trente ans », a assuré Claude Guéant au tribunal."],
     "soir-là", "trente ans"),
    ("1 a first name no list gives, another story",
     ["À Dakar, la colère monte. « Nous voulons de l'eau potable dans le quartier », réclame "
      "Aminata, mère de trois enfants.",
      "« Le gouvernement a échoué sur l'eau potable », a déclaré Aminata Touré, ancienne Première "
      "ministre."], "voulons", "échoué"),
    ("1 a baker in a flood, a footballer",
     ["La crue a surpris les habitants de Sommières. « L'eau est montée d'un mètre en dix minutes, "
      "on n'a rien pu sauver », raconte Djibril, boulanger depuis vingt ans.",
      "Ancien attaquant de l'AJ Auxerre, Djibril Cissé revient sur sa carrière. « On n'a rien pu "
      "faire contre Liverpool ce soir-là », a raconté Djibril Cissé au micro de RMC."],
     "montée", "Liverpool"),
    ("2 the same short words, a fire and a verdict",
     ["Le quartier sous le choc après l'incendie. « C'est une honte absolue », lâche Claude, 62 "
      "ans, retraité.",
      "Après le verdict, l'ancien ministre a réagi. « C'est une honte absolue », a dénoncé Claude "
      "Guéant.",
      "Claude Guéant a été condamné mardi. « C'est une honte absolue », a-t-il dit à la sortie du "
      "tribunal."], "honte", "honte"),
    ("3 a child, a singer, the same words",
     ["À l'école Jean-Jaurès, la rentrée a été joyeuse. « J'ai retrouvé tous mes copains », sourit "
      "Lou, 8 ans.",
      "« J'ai retrouvé tous mes copains sur ce disque », sourit Lou Doillon dans un entretien."],
     "copains", "copains"),
    ("3 a student, a deputy, two genders",
     ["« Personne ne nous a prévenus », regrette Sacha, 19 ans, étudiante à Nanterre.",
      "« Personne ne nous a prévenus », a regretté le député Sacha Houlié à l'Assemblée."],
     "Personne", "Personne"),
    ("3 a temp worker, a union leader",
     ["« On nous traite comme des chiffres », s'emporte Nour, 23 ans, intérimaire.",
      "« On nous traite comme des chiffres », a dénoncé Nour Benali, secrétaire général du "
      "syndicat."], "chiffres", "chiffres"),
    ("4 a fisherman, a candidate: a few words alike",
     ["À Ziguinchor, la pêche s'effondre. « Nous ne vivons plus de la mer », témoigne Ndiro, "
      "pêcheur.",
      "Élection présidentielle en Guinée-Bissau. « Nous ne vivons plus dans la peur », a affirmé "
      "Ndiro da Costa, candidat."], "mer", "peur"),
    ("5 a saleswoman, a head of state",
     ["Au marché de Séoul, les prix flambent. « Je ne peux plus acheter de riz », soupire Kim, "
      "vendeuse.",
      "« Nos missiles peuvent frapper n'importe où », a menacé Kim Jong-un samedi."],
     "riz", "missiles"),
    ("B1 one minister quoted in a drought story and at a summit",
     ["La sécheresse frappe Mopti. « Nos bêtes meurent de soif une à une », raconte Tsegay, "
      "éleveur. « L'État enverra de l'eau dans la semaine », a promis le ministre Paul Morel.",
      "Sommet d'Addis-Abeba. « Notre région doit parler d'une seule voix », a déclaré le ministre "
      "Tsegay Alemu Berhane. « La France soutiendra cet effort », a ajouté le ministre Paul "
      "Morel."], "bêtes", "seule voix"),
    ("C2 one company quoted in a strike story and at a summit",
     ["Grève à Lyon. « On ne peut plus vivre avec ces salaires », lance Tsegay, contrôleur. « Le "
      "trafic sera très perturbé mardi », a indiqué la SNCF.",
      "Sommet d'Addis-Abeba. « Notre région doit parler d'une seule voix », a déclaré le ministre "
      "Tsegay Alemu Berhane. « Le trafic sera très perturbé mardi », a indiqué la SNCF."],
     "salaires", "seule voix"),
    ("B2 a short slogan, a fisherman and a candidate",
     ["À Ziguinchor, les pêcheurs bloquent le port. « Nous ne lâcherons rien », lance Ndiro, "
      "pêcheur.",
      "Meeting à Bissau. « Nous ne lâcherons rien », a lancé le candidat Ndiro da Costa."],
     "lâcherons", "lâcherons"),
    ("C3 a short slogan, three articles",
     ["À Ziguinchor, les pêcheurs bloquent le port. « Nous ne lâcherons rien », lance Ndiro, "
      "pêcheur.",
      "Meeting à Bissau. « Nous ne lâcherons rien », a lancé le candidat Ndiro da Costa.",
      "Fin de campagne à Cacheu. « Nous ne lâcherons rien », a répété Ndiro da Costa."],
     "lâcherons", "lâcherons"),
    ("B3 one content word swapped",
     ["À Ziguinchor, la pêche s'effondre. « Nous ne vivons plus de la mer », témoigne Ndiro, "
      "pêcheur.",
      "Meeting à Gabú. « Nous ne vivons plus de la terre », a affirmé le candidat Ndiro da "
      "Costa."], "mer", "terre"),
    ("6 a club, a person",
     ["« Le club condamne ces chants racistes », a indiqué Chelsea dans un communiqué.",
      "« Le club condamne ces chants racistes et la haine », a tweeté Chelsea Clinton."],
     "racistes", "haine"),
]


@pytest.mark.parametrize(("case", "texts", "one", "other"), APART, ids=[r[0] for r in APART])
def test_a_one_word_name_of_another_story_joins_no_one(nlp, case, texts, one, other):
    quotes = _batch(nlp, texts)
    a, b = _said(quotes, "a0", one), _said(quotes, "a1", other)
    assert " " not in a.speaker.name and " " in b.speaker.name
    assert a.speaker.linked == a.speaker.name  # no other article's person
    assert a.group_id is None or a.group_id != b.group_id
    # no record of the one-word name's story renamed after the other
    assert all(q.speaker.linked != b.speaker.name for q in quotes if q.article.id == "a0")


def test_one_article_links_no_one_word_name(nlp):
    # B13: a seller and a minister of one article, the cast tells them apart
    quotes = _batch(nlp, [
        "Au marché de Kaolack, « Les prix ont doublé en un mois », soupire Mbaye, vendeur de "
        "légumes. « Nous allons baisser les taxes sur le riz », a promis le ministre Mbaye Ndiaye "
        "Sarr."])
    a, b = _said(quotes, "a0", "doublé"), _said(quotes, "a0", "taxes")
    assert (a.speaker.name, b.speaker.name) == ("Mbaye", "Mbaye Ndiaye Sarr")
    assert a.speaker.linked == "Mbaye"


def test_a_body_keeps_its_own_name():
    # « Renault » the company beside « M. Renault », one person with « Paul Renault »
    quotes, _ = group_quotes([
        rec("q-1", "a0", "Nous maintiendrons l'usine de Flins", speaker="Renault",
            kind="organization"),
        rec("q-2", "a1", "Le dialogue social est rompu", speaker="Paul Renault"),
        rec("q-3", "a1", "Nous ferons grève", speaker="Renault"),
    ])
    assert [q.speaker.linked for q in quotes] == ["Renault", "Paul Renault", "Paul Renault"]


def test_a_name_a_body_bears_joins_no_full_name():
    # « Ndiro » a communiqué's signatory, kind organisation, beside « Ndiro da Costa »
    said = "Nous maintiendrons l'usine de Flins"
    quotes, _ = group_quotes([
        rec("q-1", "a0", said, speaker="Ndiro", kind="organization"),
        rec("q-2", "a1", said, speaker="Ndiro"),
        rec("q-3", "a2", said, speaker="Ndiro da Costa"),
    ])
    assert [q.speaker.linked for q in quotes] == ["Ndiro", "Ndiro", "Ndiro da Costa"]


@pytest.mark.parametrize(("names", "genders", "expected"), [
    # a name the list gives women only, borne by a man: a byname, no given name of his
    (["Kimbra", "Kimbra da Costa"], {"Kimbra": "male", "Kimbra da Costa": "male"},
     {"Kimbra": "Kimbra da Costa"}),
    # must not: a woman who bears it (a given name), one name's gender unknown, an epicene name
    (["Kimbra", "Kimbra da Costa"], {"Kimbra": "female", "Kimbra da Costa": "female"},
     {"Kimbra": "Kimbra"}),
    (["Kimbra", "Kimbra da Costa"], {"Kimbra da Costa": "male"}, {"Kimbra": "Kimbra"}),
    (["Dominique", "Dominique de Villepin"],
     {"Dominique": "male", "Dominique de Villepin": "male"}, {"Dominique": "Dominique"}),
])
def test_a_byname_the_list_gives_the_other_sex(names, genders, expected):
    linked = link_speakers(names, lambda form, full: True, genders)
    assert {n: linked[n] for n in expected} == expected


def test_a_byname_links_and_keeps_its_article_name(nlp):
    """« Kimbra » (a woman's name in the list) and « Kimbra da Costa », both men, one story: one
    person, so their words group; a quote the group gives him keeps the name its article
    writes."""
    quotes = _batch(nlp, [
        f"« {SAID} », a lancé le président Kimbra devant la foule à Porto Real. Le président "
        "Kimbra a prôné la « paix et l'unité » après le scrutin.",
        f"« {SAID} », a déclaré Kimbra da Costa devant ses partisans. « Le pays a besoin de paix "
        "et d'unité », a-t-il ajouté."])
    a, b = _said(quotes, "a0", "paix et"), _said(quotes, "a1", "besoin")
    assert (a.speaker.name, b.speaker.name) == ("Kimbra", "Kimbra da Costa")
    assert a.speaker.linked == b.speaker.linked == "Kimbra da Costa"
    assert a.group_id == b.group_id is not None


@pytest.mark.parametrize(("roles", "linked"), [
    # a listed office's noun counts: the « chef de l'État » is a « président »
    (("chef de l'État", "président"), "Ndiro da Costa"),
    # a kind noun's roles: « l'élu » may be a « maire »
    (("élu", "maire de Porto Real"), "Ndiro da Costa"),
    # a role that may be any role says nothing
    (("responsable", "attaquant"), "Ndiro da Costa"),
    # one name's role unknown: nothing to tell
    ((None, "attaquant"), "Ndiro da Costa"),
    # must not: a president and a striker
    (("président", "attaquant"), "Ndiro"),
])
def test_roles_that_share_no_noun_are_two_people(roles, linked):
    quotes, _ = group_quotes([
        replace(rec(f"q-{n}", f"a{n}", SAID, speaker=name), speaker=replace(
            rec("x", "x", "x", speaker=name).speaker, role=role))
        for n, (name, role) in enumerate(zip(("Ndiro", "Ndiro da Costa"), roles, strict=True))])
    assert [q.speaker.linked for q in quotes] == [linked, "Ndiro da Costa"]


AID = "Aucune famille ne restera sans toit cet hiver dans le Sud"
REBUILD = "Nous reconstruirons chaque école détruite par les inondations du Sud"


@pytest.mark.parametrize(("texts", "name", "linked"), [
    # any name: the article writes only « M. Kern », the batch « Paul Kern »
    ([f"Les sinistrés attendent des aides. « {AID} ». La visite a duré deux heures.\n\n"
      f"M. Kern s'est rendu mardi dans les quartiers sinistrés. « {REBUILD} », a "
      "déclaré M. Kern à Valmorin.",
      f"« {AID} », a déclaré le maire Paul Kern mardi. « {REBUILD} », a-t-il ajouté.",
      f"« {REBUILD} », a déclaré Paul Kern mardi lors d'un discours."], "Kern", "Paul Kern"),
    # a byname: the article writes « Lula », the batch « Lula da Silva »
    ([f"Les sinistrés attendent des aides. « {AID} ». La visite a duré deux heures.\n\n"
      f"Le président Lula s'est rendu mardi dans les zones sinistrées. « {REBUILD} "
      "», a-t-il déclaré à Porto Alegre.",
      f"« {AID} », a déclaré le président Lula da Silva mardi. « {REBUILD} », a-t-il ajouté.",
      f"« {REBUILD} », a déclaré Lula da Silva mardi lors d'un discours."], "Lula",
     "Lula da Silva"),
])
def test_a_speaker_the_consensus_gives_keeps_its_article_name(nlp, texts, name, linked):
    """A quote its own article gives no one (marks in narration, no cue) that the group's
    consensus gives its speaker takes the name its own article writes for that person
    (GUIDELINES « Speaker name »: « M. Sall » is `Sall`), not the batch's fuller one; the group
    still links it. A heading alone on its line takes none (tests/test_consensus_headings.py)."""
    quotes = _batch(nlp, texts)
    member = _said(quotes, "a0", "Aucune famille")
    other = _said(quotes, "a1", "Aucune famille")
    assert CONSENSUS in member.evidence
    assert (member.speaker.name, member.speaker.linked) == (name, linked)
    assert member.group_id == other.group_id is not None
