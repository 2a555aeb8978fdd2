"""Who a description of one person is not: one named by a given name alone, described by a noun
(« Barbara, témoin de l'accident ») and given no function is no function's holder
(``described``, ``names.private_given_name``), an outlet carries words and is no one
described, and names listed three or more in a row are background no epithet singles out
(``epithets._background``). One row: a text -> the speaker and role of its quote. Sentences written
for these tests, with invented people and events."""

import pytest
from conftest import quote_said

SAID = "Nous avons tous eu très peur"
EMUE = "Je suis très émue ce soir"
WITNESS = "Barbara, témoin de l'accident, était dans le train. "


@pytest.mark.parametrize(("text", "said", "speaker", "role"), [
    # a given name alone, no function: a witness, not the préfet whom no one names
    (WITNESS + f"« {SAID} », a déclaré le préfet de l'Aude.", SAID, None, "préfet de l'Aude"),
    (WITNESS + "Le préfet de l'Aude a déploré un « choc très violent pour tous ».",
     "un « choc très violent pour tous »", None, "préfet de l'Aude"),
    # an outlet that carries another's words is no one a function describes
    (f"Un voisin a témoigné, interrogé par L'Indépendant. « {SAID} », a déclaré le préfet de "
     "l'Aude.", SAID, None, "préfet de l'Aude"),
    # names in a list of three, a year beside each: background, the one named before is meant
    ("Avant Anne Roy, trois femmes seulement avaient reçu ce prix : Julie Petit (1990), Marie "
     f"Caron (2001) et Lucie Vidal (2012). « {EMUE} », a réagi la lauréate de cette année.",
     EMUE, "Anne Roy", None),
    ("Anne Roy a reçu le prix. Julie Petit, Marie Caron et Lucie Vidal l'avaient reçu avant "
     f"elle. « {EMUE} », a réagi la lauréate.", EMUE, "Anne Roy", None),
    # must not: a full name, a given name with the function, an epithet of no function, a pair
    (f"Le préfet Paul Morel est arrivé sur place. « {SAID} », a déclaré le préfet de l'Aude.",
     SAID, "Paul Morel", "préfet de l'Aude"),
    (f"Barbara, maire du village, était dans le train. « {SAID} », a déclaré la maire.", SAID,
     "Barbara", "maire du village"),
    (f"Barbara, conseillère municipale, était dans le train. « {SAID} », a déclaré l'élue.",
     SAID, "Barbara", "conseillère municipale"),
    (f"Barbara était dans le train. « {SAID} », a raconté la jeune femme.", SAID, "Barbara", None),
    (f"Barbara, une voisine, était dans le train. « {SAID} », a déclaré le préfet.", SAID, None,
     "préfet"),
    # must not: a given name alone whom the text describes by what they do, or a surname after a
    # title, holds the function
    (f"Sophie dirige la mairie depuis 2014. « {SAID} », a déclaré la maire.", SAID, "Sophie",
     "maire"),
    (f"Sophie, qui dirige la mairie depuis 2014, a reçu les familles. « {SAID} », a déclaré la "
     "maire.", SAID, "Sophie", "maire"),
    (f"Karim conduit le bus de la ligne 4 depuis dix ans. « {SAID} », a confié le chauffeur.",
     SAID, "Karim", "chauffeur"),
    (f"Mme Bernard a pris ses fonctions en janvier. « {SAID} », a déclaré la préfète.", SAID,
     "Bernard", "préfète"),
    (f"M. Martin a pris ses fonctions en janvier. « {SAID} », a déclaré le préfet.", SAID,
     "Martin", "préfet"),
    (f"Mme Laurent a pris ses fonctions en janvier. « {SAID} », a déclaré la préfète.", SAID,
     "Laurent", "préfète"),
    (f"M. Thomas a pris ses fonctions en janvier. « {SAID} », a déclaré le préfet.", SAID,
     "Thomas", "préfet"),
    (f"Anne Roy a reçu le prix devant Julie Petit. « {EMUE} », a réagi la lauréate.", EMUE,
     "Julie Petit", None),
    # must not: a pair is no list; the one of the epithet's gender named last, as for any names
    (f"Le prix a été remis à Julie Petit et Anne Roy. « {EMUE} », a réagi la lauréate.", EMUE,
     "Anne Roy", None),
    (f"Le prix a été remis à Julie Petit, Anne Roy. « {EMUE} », a réagi la lauréate.", EMUE,
     "Anne Roy", None),
    # must not: a party singles out one of a list, or the text does not say which
    ("Julie Morel mène la liste de la majorité. Face à elle, Paul Roux (LR), Anne Valois (PS) et "
     "Marc Petit (RN). « Nous allons gagner », a assuré la socialiste.", "Nous allons gagner",
     None, None),
    # must not: the one of a list the epithet's gender picks out
    (f"Julie Morel a remis le prix à Paul Roux, Marc Petit et Anne Valois. « {EMUE} », a réagi "
     "la lauréate.", EMUE, "Anne Valois", None),
])
def test_a_description_is_not_the_background_of_its_article(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said).speaker
    assert (q.name, q.role) == (speaker, role)


def test_a_pair_is_no_list_of_background(nlp):
    # « X et Y » may be the two meant: the epithet does not pass over them to one named before
    text = (f"Anne Roy présidait le jury. Elle a remis le prix à Julie Petit et Marie Caron. "
            f"« {EMUE} », a réagi la lauréate.")
    assert quote_said(nlp, text, EMUE).speaker.name != "Anne Roy"
