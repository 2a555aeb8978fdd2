"""Companies listed as one speaker (``attribute.name_lists``): « Movo, Kiro et Zeta Mobility »
said to speak is one organisation named as written, and a plural description that restates
the list (its noun, or its number of names) or a plural pronoun after it is that list; a list
with a person in it, a name outside the list, a description that fits neither noun nor number
are left as they were. Made-up sentences and companies."""

import pytest
from conftest import quotes_of

LOUEURS = "Movo, Kiro et Zeta Mobility"

LISTED = [
    # the parse keeps one name as the subject: the list is the speaker
    ("Movo, Kiro et Zeta Mobility estiment que « la participation aurait pu être plus forte ».",
     "« la participation aurait pu être plus forte »", LOUEURS),
    # the description and the list one postposed subject
    ("« La participation aurait pu être plus forte », ont estimé les trois loueurs Movo, Kiro et "
     "Zeta Mobility dans un communiqué.", "La participation aurait pu être plus forte", LOUEURS),
    # a plural pronoun after it
    ("Movo, Kiro et Zeta Mobility estiment que « la participation aurait pu être plus forte ». "
     "« Nous resterons à Brest », ajoutent-ils.", "Nous resterons à Brest", LOUEURS),
    # a description set off by dashes before the list, the cue a coordinated verb
    ("Face à cette décision, les trois loueurs brestois - Movo, Kiro et Zeta Mobility - "
     "réagissent dimanche soir dans un communiqué et espèrent « une reprise rapide du dialogue "
     "avec la mairie ».", "une reprise rapide du dialogue avec la mairie", LOUEURS),
    # the description's noun again, later: « les loueurs »
    ("La mairie a reçu les trois loueurs Movo, Kiro et Zeta. Les loueurs ont affirmé que « le "
     "vote aura un impact direct ».", "« le vote aura un impact direct »", "Movo, Kiro et Zeta"),
    # « selon eux » after the restating description
    ("Face à cette décision, les trois loueurs brestois - Movo, Kiro et Zeta Mobility - "
     "réagissent dans un communiqué. Les loueurs affirment que « le vote aura un impact "
     "direct ». Selon eux, « la participation aurait pu être plus forte ».",
     "la participation aurait pu être plus forte", LOUEURS),
    # another noun, the same number of names: « les trois exploitants » after « aux trois
    # loueurs X, Y et Z », named in passing
    ("La ville a rompu les contrats qui la liaient aux trois loueurs privés Trotto, Vélia et "
     "Rulo. « La participation aurait pu être plus forte », ont estimé les trois exploitants "
     "dans un communiqué.", "La participation aurait pu être plus forte",
     "Trotto, Vélia et Rulo"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), LISTED)
def test_listed_companies_are_one_organisation(nlp, text, said, speaker):
    found = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert [(q.speaker.name, q.speaker.kind) for q in found] == [(speaker, "organization")]


# must not fire: a name outside the list said alone, people named by a title, a list with a
# person in it, two clauses
# (« , et »), a description of a list whose noun and number both differ, a company's officer
KEPT = [
    ("Paul et Marie Roux se sont mariés samedi. Paul a déclaré : « Nous sommes heureux ».",
     "Nous sommes heureux", "Paul Roux", "person"),
    ("Trotto et Rulo se sont associés en 2020. Rulo a déclaré : « Nous resterons à Brest ».",
     "Nous resterons à Brest", "Rulo", "person"),
    ("« Le dossier est solide », ont assuré Mmes Lebrun et Vasseur.", "Le dossier est solide",
     "Lebrun et Vasseur", "person"),
    ("Anne Roy et Movo estiment que « la participation aurait pu être plus forte ».",
     "« la participation aurait pu être plus forte »", "Anne Roy et Movo", "person"),
    ("Movo a dénoncé la décision, et Kiro estime que « la participation aurait pu être plus "
     "forte ».", "« la participation aurait pu être plus forte »", "Kiro", "person"),
    ("La ville a rompu ses contrats avec les deux loueurs Trotto et Rulo. « La participation "
     "aurait pu être plus forte », ont estimé les trois exploitants dans un communiqué.",
     "La participation aurait pu être plus forte", "trois exploitants", "person"),
    ("Les enfants de la victime, Paul et Marie, sont arrivés mardi. « Nous voulons la vérité », "
     "ont déclaré les enfants.", "Nous voulons la vérité", "Paul et Marie", "person"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind"), KEPT)
def test_other_names_keep_their_speaker(nlp, text, said, speaker, kind):
    found = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert [(q.speaker.name, q.speaker.kind) for q in found] == [(speaker, kind)]


def test_an_officer_of_listed_companies_is_no_list(nlp):
    text = "« La participation aurait pu être plus forte », a déclaré le président de Movo et Kiro."
    (q,) = quotes_of(nlp, text)
    assert q.span.text == "La participation aurait pu être plus forte"
    assert q.speaker.name is None and q.speaker.mention.text == "le président de Movo et Kiro"
