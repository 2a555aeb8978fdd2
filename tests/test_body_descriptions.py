"""A body a mention describes rather than names: « le syndicat », « la centrale », « le premier
syndicat de France » (a noun of a kind of body with adjectives or a place, no name of its own) is
the body the article named before, one named with that noun first (« le syndicat Unia »); a name
after a bare complement of the body's kind (« le parti d'extrême gauche La Voie Neuve ») is its
own; a capitalised article inside a sentence opens the name (« Les Indépendants »), and an
acronym in brackets after such a name is that body, by its full name. Sentences written for
these tests, with invented names."""

import pytest
from conftest import quote_said


def row(text, quote, speaker, kind="organization"):
    return pytest.param(text, quote, speaker, kind)


DESCRIBED = [
    # fires: the union named before, however its kind is said
    row("La FSTA a réagi mardi aux propos du ministre. « Nous ne céderons pas », déclare la "
        "centrale dans un communiqué.", "Nous ne céderons pas", "FSTA"),
    row("La FSTA a réagi mardi. Le syndicat invite les salariés à poursuivre la grève « sous "
        "toutes ses formes ».", "poursuivre la grève « sous toutes ses formes »", "FSTA"),
    row("La FSTA a réagi mardi aux propos du ministre. « Nous ne céderons pas », écrit le "
        "premier syndicat de France dans un communiqué.", "Nous ne céderons pas", "FSTA"),
    row("La FSTA a réagi mardi. Le mouvement s'étend, selon le syndicat.",
        "Le mouvement s'étend", "FSTA"),
    # fires: of two bodies, the one the article named with that noun
    row("Le syndicat Unia a appelé à la grève, comme la FSTA. « Nous irons jusqu'au bout », a "
        "déclaré le syndicat.", "Nous irons jusqu'au bout", "Unia"),
    # must not: a body named in full stays itself
    row("La FSTA a réagi mardi. Le syndicat Solidaires Nord a affirmé que la grève durerait.",
        "la grève durerait", "Solidaires Nord"),
    # fires: a channel named before with a hyphen in its name, an outlet whatever the
    # recogniser reads there
    row("Le ministère de l'Information et la chaîne Al-Manar ont annoncé lundi la mort du "
        "reporter Paul Ferrand.\n\n« Nous condamnons cette attaque contre la presse », a "
        "indiqué la chaîne libanaise dans un communiqué.",
        "Nous condamnons cette attaque contre la presse", "Al-Manar"),
    # must not: « Al » alone before a name with a space is all of the name
    row("Le reporter Paul Ferrand travaillait pour la chaîne Al Manar depuis dix ans.\n\n"
        "« Nous condamnons cette attaque contre la presse », a indiqué la chaîne libanaise "
        "dans un communiqué.", "Nous condamnons cette attaque contre la presse", "Al Manar"),
    # must not: a dash set off by spaces before words in lower case closes the name
    row("La chaîne Fox 5 - très suivie - a couvert le procès de Paul Ferrand.\n\n« Le verdict "
        "tombera demain », a indiqué la chaîne américaine.", "Le verdict tombera demain",
        "Fox 5"),
    row("Le reporter Paul Ferrand travaillait pour la chaîne Vox - très suivie - depuis dix "
        "ans.\n\n« Nous condamnons cette attaque contre la presse », a indiqué la chaîne "
        "américaine.", "Nous condamnons cette attaque contre la presse", "Vox"),
]

OWN_NAMES = [
    # fires: the name after a complement of kind is the party's, its article with it
    row("Le maire a parlé à l'Assemblée nationale. Pendant ce temps, le parti d'extrême gauche "
        "La Voie Neuve a annoncé qu'il voterait contre le budget.",
        "il voterait contre le budget", "La Voie Neuve"),
    row("Dès sa nomination, Les Indépendants annoncent conditionner leur participation au "
        "« projet » du gouvernement.",
        "conditionner leur participation au « projet » du gouvernement", "Les Indépendants"),
    # fires: the acronym in brackets after the name is that body, by its full name
    row("Pendant ce temps, le parti de droite La Voie Nouvelle (LVN) a annoncé qu'il voterait "
        "contre le budget. LVN a répété que le texte était mauvais.",
        "le texte était mauvais", "La Voie Nouvelle"),
    row("Pendant ce temps, le parti du centre La Ligne Claire (LLC) a annoncé qu'il voterait "
        "contre le budget. LLC a répété que le texte était mauvais.",
        "le texte était mauvais", "La Ligne Claire"),
    # must not: an article opening the sentence is no part of the name (a complement with an
    # article after « de », « le ministère de la Santé », is no kind: test_bodies_named.py)
    row("La Fédération nationale des pêcheurs (FNP) a réagi. La FNP a affirmé que la saison "
        "était perdue.", "la saison était perdue", "Fédération nationale des pêcheurs"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), DESCRIBED + OWN_NAMES)
def test_the_body_a_description_or_name_speaks_for(nlp, text, quote, speaker, kind):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (speaker, kind)
