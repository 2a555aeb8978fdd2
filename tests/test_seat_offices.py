"""The occupant of a seat of power is the holder of the office sitting there (lexicon/
seat_offices.tsv, seat_occupants.txt): « le chef du Kremlin » is the one the article gives as
« président russe », « la locataire de Matignon » the Première ministre; never a holder of that
office in another country, nor one whose office the reader does not know (then the description
is read by its words, as before); « ce dernier » after « au maître du Kremlin » is the holder,
not the seat.
"""

import pytest
from conftest import quote_said

from quotes.lexicon import table, words

SAID = "Nous irons jusqu'au bout"
NONE = None

# seat_offices.tsv: (seat, text, speaker, gender). Each names the holder by their office and a
# man or woman of another office first, then a description by the seat.
SEATS = [
    ("Kremlin",
     "Le président russe Ivan Orlov a reçu le ministre Oleg Zaitsev. Plus tard, le chef du "
     f"Kremlin a dénoncé « {SAID} ».", "Ivan Orlov", "male"),
    ("Maison-Blanche",
     "La présidente américaine Ruth Calder a reçu le sénateur Tom Baker. « " + SAID + " », a "
     "assuré la locataire de la Maison-Blanche.", "Ruth Calder", "female"),
    ("Élysée",
     "Le chef de l'État, Marc Salin, a reçu le maire Paul Morel. « " + SAID + " », a lancé "
     "l'hôte de l'Élysée.", "Marc Salin", "male"),
    ("Matignon",
     "La Première ministre Claire Vidal a reçu la syndicaliste Anne Roy. « " + SAID + " », a "
     "promis la locataire de Matignon.", "Claire Vidal", "female"),
    ("Downing Street",
     "Le Premier ministre britannique Hugh Carter a reçu le maire Paul Morel. « " + SAID + " », "
     "a tranché le locataire de Downing Street.", "Hugh Carter", "male"),
    ("Bercy",
     "Le ministre de l'Économie Luc Arnaud a reçu le patron Paul Morel. « " + SAID + " », a "
     "prévenu le maître de Bercy.", "Luc Arnaud", "male"),
]

# seat_occupants.txt: (noun, text, speaker, gender): the noun before the seat, the office given
# to the holder in other words
ORLOV = "Ivan Orlov, président russe, a réuni son conseil. « Le pays tiendra », a dit Ivan Orlov. "
OLGA = ("Olga Petrova, présidente russe, a réuni son conseil. « Le pays tiendra », a dit Olga "
        "Petrova. ")
OCCUPANTS = [
    ("chef", ORLOV + f"« {SAID} », a répondu le chef du Kremlin.", "Ivan Orlov", "male"),
    ("cheffe", OLGA + f"« {SAID} », a répondu la cheffe du Kremlin.", "Olga Petrova", "female"),
    ("maître", ORLOV + f"« {SAID} », a lancé le maître du Kremlin.", "Ivan Orlov", "male"),
    ("maîtresse", OLGA + f"« {SAID} », a lancé la maîtresse du Kremlin.", "Olga Petrova",
     "female"),
    ("locataire", ORLOV + f"« {SAID} », a affirmé le locataire du Kremlin.", "Ivan Orlov",
     "male"),
    ("hôte", ORLOV + f"« {SAID} », a ajouté l'hôte du Kremlin.", "Ivan Orlov", "male"),
    ("hôtesse", OLGA + f"« {SAID} », a ajouté l'hôtesse du Kremlin.", "Olga Petrova", "female"),
]


@pytest.mark.parametrize(("entry", "text", "speaker", "gender"),
                         [pytest.param(*row, id=row[0]) for row in SEATS + OCCUPANTS])
def test_an_occupant_names_the_holder(nlp, entry, text, speaker, gender):
    """Each seat and each occupant noun names the one given the office sitting there."""
    sp = quote_said(nlp, text, SAID).speaker
    assert (sp.name, sp.gender, sp.kind) == (speaker, gender, "person")


def test_every_seat_and_occupant_has_a_row():
    """One row per line of seat_offices.tsv and of seat_occupants.txt, in their order."""
    assert [row[0] for row in SEATS] == [seat for seat, *_ in table("seat_offices")]
    assert sorted(row[0] for row in OCCUPANTS) == sorted(words("seat_occupants"))


WAGNER = ("Paul Kern, chef du groupe paramilitaire Wagner, a menacé Moscou. « Nous marcherons "
          "sur la capitale », a déclaré Paul Kern. ")
# (text, speaker, role, gender): what the seat's occupant is not
NEAR = [
    # the description before any naming, in the narration, then the holder's own words
    ("Le président russe Ivan Orlov a parlé samedi. En costume sombre, le chef du Kremlin a "
     f"accusé « {SAID} ».", "Ivan Orlov", "chef du Kremlin", "male"),
    # both named, the armed group's head speaking last: the president is the office's
    (ORLOV + WAGNER + f"« {SAID} », a répondu le chef du Kremlin.", "Ivan Orlov",
     "président russe", "male"),
    # must not: the armed group's head holds no office of the Kremlin
    (WAGNER + f"« {SAID} », a répondu le chef du Kremlin.", NONE, "chef du Kremlin", NONE),
    # must not: the American president is not the Kremlin's, though the article is about him
    ("Tom Baker, président américain, est arrivé à Berlin. « Nous sommes ici pour aider », a "
     f"déclaré Tom Baker. « {SAID} », a répondu le chef du Kremlin.", NONE, "chef du Kremlin",
     NONE),
    # must not: a woman of the office is no « maître »
    (OLGA + f"« {SAID} », a lancé le maître du Kremlin.", NONE, "maître du Kremlin", NONE),
    # must not: the president given in words the office reader does not know is still the one
    # the description is read as by its words (no office found: as before)
    ("Tom Baker, président des États-Unis, est arrivé à Berlin. « Nous sommes ici pour aider », "
     f"a déclaré Tom Baker. « {SAID} », a assuré le locataire de la Maison-Blanche.",
     "Tom Baker", "président des États-Unis", "male"),
    # must not: a noun of no occupant before the seat (« le porte-parole du Kremlin »)
    (ORLOV + f"« {SAID} », a dit le porte-parole du Kremlin.", NONE, "porte-parole du Kremlin",
     NONE),
    # must not: an occupant noun before no seat (« le chef du groupe »): the group's head
    (ORLOV + WAGNER.replace(" paramilitaire", "") + f"« {SAID} », a ajouté le chef du groupe.",
     "Paul Kern", "chef du groupe Wagner", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "role", "gender"), NEAR)
def test_what_a_seat_occupant_is_not(nlp, text, speaker, role, gender):
    sp = quote_said(nlp, text, SAID).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


# (text, words said, speaker): « ce dernier » after an occupant's description
LATTER = [
    ("Le président russe Ivan Orlov a reçu Paul Kern, chef du groupe Wagner. Paul Kern s'en "
     "prend désormais au maître du Kremlin. Ce dernier a promis une réponse « implacable ».",
     "une réponse « implacable »", "Ivan Orlov"),
    ("La Première ministre Claire Vidal a reçu Anne Roy. Anne Roy a écrit à la locataire de "
     "Matignon. Cette dernière a promis une « réponse rapide ».", "une « réponse rapide »",
     "Claire Vidal"),
    # must not: a seat named as itself (no occupant noun): the seat's body
    ("Le président russe Ivan Orlov a reçu Paul Kern. Paul Kern a écrit à Clara Weiss, "
     "conseillère du Kremlin. Cette dernière a promis une « réponse rapide ».",
     "une « réponse rapide »", "Clara Weiss"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), LATTER)
def test_the_latter_is_the_occupant(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
