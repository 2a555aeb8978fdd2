"""A handle in a speaker's mention names the one person of the cast whose name it spells.

Sentences written for these tests.
"""

import pytest
from conftest import quote_said

SAID = "J'ai juste envie de profiter de ce moment avec ma famille."


HANDLED = [
    # a first name and the handle spelling her surname: her
    ("«Je suis comblée», a dit Anne Ferrand-Roy après sa victoire à Vernac.\n\n"
     f"Anne @FERRANDROY : « {SAID} »", "Anne Ferrand-Roy", "female"),
    # the handle spelling the whole name
    ("«Je suis comblé», a dit Paul Ferrand après sa victoire à Vernac.\n\n"
     f"@paulferrand : « {SAID} »", "Paul Ferrand", "male"),
    # a first name of two words, written with its hyphen
    ("«Je suis comblé», a dit Jean-Pierre Dumas après sa victoire à Vernac.\n\n"
     f"Jean-Pierre @DUMAS : « {SAID} »", "Jean-Pierre Dumas", "male"),
    # the whole name spelled, the first name beside it too
    ("«Je suis comblée», a dit Anne Ferrand après sa victoire à Vernac.\n\n"
     f"Anne @anneferrand : « {SAID} »", "Anne Ferrand", "female"),
]


@pytest.mark.parametrize(("text", "speaker", "gender"), HANDLED)
def test_a_handle_names_the_person_it_spells(nlp, text, speaker, gender):
    q = quote_said(nlp, text, SAID)
    assert (q.speaker.name, q.speaker.kind, q.speaker.gender) == (speaker, "person", gender)


NOT_HANDLED = [
    # two people of the surname the handle spells: neither
    ("«Je suis comblée», a dit Anne Roy. «Bravo», a dit Paul Roy à Vernac.\n\n"
     f"@ROY : « {SAID} »", ("Anne Roy", "Paul Roy")),
    # a first name that is not hers: not her
    ("«Je suis comblée», a dit Anne Ferrand-Roy après sa victoire à Vernac.\n\n"
     f"Marie @FERRANDROY : « {SAID} »", ("Anne Ferrand-Roy",)),
    # a word beside the handle that is no word of her name: someone else
    ("«Je suis comblée», a dit Anne Ferrand-Roy après sa victoire à Vernac.\n\n"
     f"Anne Marie @FERRANDROY : « {SAID} »", ("Anne Ferrand-Roy",)),
    # a handle alone that spells her surname only: a town's, a club's or a firm's account
    ("La commune de Vernac a présenté son budget, a indiqué Julie Vernac, adjointe aux "
     "finances.\n\n@Vernac : « Les impôts locaux n'augmenteront pas cette année. »",
     ("Julie Vernac",)),
    ("Le FC Vernac a limogé son entraîneur. Son président, Luc Vernac, a annoncé la nouvelle "
     "lundi.\n\n@Vernac : « Merci pour ces trois saisons passées ensemble. »", ("Luc Vernac",)),
    ("«Merci à nos clients», a dit Marc Dassier, fondateur de l'enseigne Dassier.\n\n"
     "@Dassier : « Merci à nos clients fidèles depuis vingt ans. »", ("Marc Dassier",)),
    # two first names beside the surname: two people, neither
    ("«Nous serons là», a promis Anne Roy. «Moi aussi», a ajouté Marie Roy.\n\n"
     f"Anne Marie @ROY : « {SAID} »", ("Anne Roy", "Marie Roy")),
    # a title and the surname: not enough for one of two
    ("«Nous serons là», a promis Anne Roy, avocate de la famille.\n\n"
     f"Me @ROY : « {SAID} »", ("Anne Roy",)),
]


@pytest.mark.parametrize(("text", "not_them"), NOT_HANDLED)
def test_a_handle_that_fits_no_one_alone_names_no_one_of_the_cast(nlp, text, not_them):
    said = text[text.rindex("« ") + 2 : text.rindex(" »")]
    assert quote_said(nlp, text, said).speaker.name not in not_them


# (text, speaker): an account that no one of the cast holds is cut off the name it ends, not a
# handle alone (« @Vernac » stays the speaker it names)
UNHELD = [
    (f"La maire a réagi dans la soirée.\n\nAnne Roy @ANNEROY : « {SAID} »", "Anne Roy"),
    (f"La maire a réagi dans la soirée.\n\nAnne Roy @AnneRoy_Vernac : « {SAID} »", "Anne Roy"),
    (f"Le club a réagi dans la soirée.\n\n@Vernac : « {SAID} »", "@Vernac"),
]


@pytest.mark.parametrize(("text", "speaker"), UNHELD)
def test_an_account_no_one_holds_is_cut_off_the_name(nlp, text, speaker):
    assert quote_said(nlp, text, SAID).speaker.name == speaker
