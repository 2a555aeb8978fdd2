"""The occupant of a seat of power is the holder of the office sitting there (lexicon/
seat_offices.tsv, seat_occupants.txt): « le chef du Kremlin » is the one the article gives as
« président russe », « la locataire de Matignon » the Première ministre; never a holder of that
office in another country (the seat's country against the holder's: « président américain »,
« britannique », « de France »; a bare « Premier ministre » only at a home seat, when no one
else may hold it), nor one whose office the reader does not know (then the description is read
by its words, as before), nor anyone for « l'hôte de Matignon d'un jour », « de l'époque »;
« ce dernier » after « au maître du Kremlin » is the holder, not the seat.
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
    # must not: the president given in words the office reader does not know is no holder it
    # finds: no one, never the person the article is about
    ("Tom Baker, président des États-Unis, est arrivé à Berlin. « Nous sommes ici pour aider », "
     f"a déclaré Tom Baker. « {SAID} », a assuré le locataire de la Maison-Blanche.",
     NONE, "locataire de la Maison-Blanche", NONE),
    # must not: a noun of no occupant before the seat (« le porte-parole du Kremlin »)
    (ORLOV + f"« {SAID} », a dit le porte-parole du Kremlin.", NONE, "porte-parole du Kremlin",
     NONE),
    # must not: an occupant noun before no seat (« le chef du groupe »): the group's head
    (ORLOV + WAGNER.replace(" paramilitaire", "") + f"« {SAID} », a ajouté le chef du groupe.",
     "Paul Kern", "chef du groupe Wagner", "male"),
]

CARTER = ("Hugh Carter, Premier ministre britannique, a été reçu par Hugo Bernard, Premier "
          "ministre. ")
# (text, speaker, role, gender): a seat's country against the holder's (« président américain »,
# « britannique », « de France »); a bare role only at a home seat, when no one else may hold it
COUNTRIES = [
    # must not: the Élysée's host is not the American president the article is about
    ("Tom Baker, président américain, est arrivé à Paris. « Je viens en ami », a dit Tom Baker. "
     f"« {SAID} », a répondu l'hôte de l'Élysée.", NONE, "hôte de l'Élysée", NONE),
    # must not: nor the Chinese president received, nor the host the article is about whom no
    # role makes the holder (a seat is never its main person's by default)
    ("Marc Salin a accueilli le président chinois Li Wen mardi. « Nos échanges doivent "
     f"croître », a dit Li Wen. « {SAID} », a déclaré l'hôte de l'Élysée.", NONE,
     "hôte de l'Élysée", NONE),
    # must not: a bystander the article names (the seat's holder is not named)
    ("Le syndicat a rencontré le préfet Jean Morel. « Nous verrons », a dit Jean Morel. "
     f"« {SAID} », a tranché l'hôte de l'Élysée.", NONE, "hôte de l'Élysée", NONE),
    # must not: a bare « Premier ministre » is the article's own country's, not Downing Street's
    ("Hugo Bernard, Premier ministre, est arrivé à Londres. « Je viens en ami », a dit Hugo "
     f"Bernard. « {SAID} », a répondu le locataire de Downing Street.", NONE,
     "locataire de Downing Street", NONE),
    # must not: the British Prime Minister alone is not Matignon's
    ("Hugh Carter, Premier ministre britannique, est arrivé à Paris. « Je viens en ami », a dit "
     f"Hugh Carter. « {SAID} », a répondu le locataire de Matignon.", NONE,
     "locataire de Matignon", NONE),
    # both named: each seat its own country's, the bare role the home one
    (CARTER + f"« {SAID} », a répondu le locataire de Matignon.", "Hugo Bernard",
     "Premier ministre", "male"),
    (CARTER + f"« {SAID} », a répondu le locataire de Downing Street.", "Hugh Carter",
     "Premier ministre britannique", "male"),
    ("Hugo Bernard, Premier ministre de France, a reçu Paul Morel. « " + SAID + " », a répondu "
     "le locataire de Matignon.", "Hugo Bernard", "Premier ministre de France", "male"),
    # must not: two bare « Premier ministre », either may be Matignon's: no one
    ("Marc Salin, Premier ministre, a reçu Hugo Bernard, Premier ministre. « " + SAID + " », "
     "a répondu le locataire de Matignon.", NONE, "locataire de Matignon", NONE),
    # must not: a guest for a day, a past holder: not whoever holds the office now
    ("Le Premier ministre Hugo Bernard a reçu le syndicaliste Paul Morel. À la sortie, l'hôte "
     f"de Matignon d'un jour a dénoncé « {SAID} ».", NONE, "hôte de Matignon d'un jour", NONE),
    (f"Le Premier ministre Hugo Bernard a reçu Paul Morel. « {SAID} », a dit l'hôte de Matignon "
     "de l'époque.", NONE, "hôte de Matignon de l'époque", NONE),
    ("Le président Marc Salin a salué son prédécesseur Jean Morin, ancien président. « " + SAID
     + " », avait prédit en 2010 le locataire de l'Élysée de l'époque.", NONE,
     "locataire de l'Élysée de l'époque", NONE),
    # must not: a role naming a place that is not France, by a complement or an adjective the
    # nationalities lack, is another country's (offices.abroad): no one at a home seat
    ("Macky Ndiaye, président du Sénégal, est arrivé à Paris. « Je viens en ami », a dit Macky "
     f"Ndiaye. « {SAID} », a répondu l'hôte de l'Élysée.", NONE, "hôte de l'Élysée", NONE),
    ("Petr Novak, président tchèque, est arrivé à Paris. « Je viens en ami », a dit Petr Novak. "
     f"« {SAID} », a répondu l'hôte de l'Élysée.", NONE, "hôte de l'Élysée", NONE),
    ("Petr Novak, président de la République tchèque, est arrivé à Paris. « Je viens en ami », "
     f"a dit Petr Novak. « {SAID} », a répondu l'hôte de l'Élysée.", NONE, "hôte de l'Élysée",
     NONE),
    ("Li Wen, président de la République populaire de Chine, est arrivé à Paris. « Je viens en "
     f"ami », a dit Li Wen. « {SAID} », a répondu l'hôte de l'Élysée.", NONE, "hôte de l'Élysée",
     NONE),
    ("Paul Dumont, le Premier ministre de Belgique, est arrivé à Paris. « Je viens en ami », a "
     f"dit Paul Dumont. « {SAID} », a répondu le locataire de Matignon.", NONE,
     "locataire de Matignon", NONE),
    ("Hugh Carter, Premier ministre du Royaume-Uni, est arrivé à Paris. « Je viens en ami », a "
     f"dit Hugh Carter. « {SAID} », a répondu le locataire de Matignon.", NONE,
     "locataire de Matignon", NONE),
    # … so the French president beside him is the one bare holder
    ("Marc Salin, président de la République, a reçu Li Wen, président de la République "
     f"populaire de Chine. « {SAID} », a déclaré l'hôte de l'Élysée.", "Marc Salin",
     "président de la République", "male"),
    # the bare holders counted are of the description's gender: the Première ministre
    ("La Première ministre Claire Vidal a reçu Hugo Bernard, Premier ministre. « " + SAID
     + " », a promis la locataire de Matignon.", "Claire Vidal", "Première ministre", "female"),
    # a subject before the quote: the description is the role shown
    ("Le ministre de l'Économie Luc Arnaud a reçu le patron Paul Morel. Le maître de Bercy a "
     f"prévenu : « {SAID} ».", "Luc Arnaud", "maître de Bercy", "male"),
]


@pytest.mark.parametrize(("text", "speaker", "role", "gender"), COUNTRIES)
def test_a_seat_is_its_countrys(nlp, text, speaker, role, gender):
    sp = quote_said(nlp, text, SAID).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


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
    # must not: « ces derniers » are the ones plural before, never the seat's holder
    ("Le président russe Ivan Orlov a reçu Paul Kern et Anne Roy. Paul Kern s'en prend "
     "désormais au maître du Kremlin. Ces derniers ont promis une réponse « implacable ».",
     "une réponse « implacable »", "Paul Kern et Anne Roy"),
    # must not: a seat named as itself (no occupant noun): the seat's body
    ("Le président russe Ivan Orlov a reçu Paul Kern. Paul Kern a écrit à Clara Weiss, "
     "conseillère du Kremlin. Cette dernière a promis une « réponse rapide ».",
     "une « réponse rapide »", "Clara Weiss"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), LATTER)
def test_the_latter_is_the_occupant(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


BERCY = "Le ministre de l'Économie Luc Arnaud a reçu le patron Paul Morel. "
# (text, words said): an occupant's description is a speaker mention (detect.speaker_phrases.
# speaker_like), where only one is taken: after an adjunct inside the quote, after unmarked words
MENTIONS = [
    (BERCY + "« Nous irons, a déclaré devant la presse l'hôte de Bercy, jusqu'au bout ».",
     "Nous irons"),
    (BERCY + "La réforme passera, a assuré l'hôte de Bercy.", "La réforme passera"),
]


@pytest.mark.parametrize(("text", "said"), MENTIONS)
def test_an_occupant_is_a_speaker_mention(nlp, text, said):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.mention.text) == ("Luc Arnaud", "l'hôte de Bercy")


# a nationality adjective names one country whatever its gender (offices.nations: the
# masculine cut to five letters), and two countries stay two
@pytest.mark.parametrize(("one", "other", "same"), [
    ("turc", "turque", True),
    ("grec", "grecque", True),
    ("français", "française", True),
    ("argentin", "argentine", True),
    ("belge", "belge", True),
    ("turc", "grec", False),
    ("français", "belge", False),
])
def test_a_nationality_is_one_country_either_gender(one, other, same):
    from quotes.attribute.offices import nations

    assert nations(one) and nations(other)
    assert (nations(one) == nations(other)) is same
