"""Who a description of one person is not: one named by a given name alone and given no
function is no function's holder (``described``), an outlet carries words and is no one
described, and names listed three or more in a row are background no epithet singles out
(``epithets._listed``). One row: a text -> the speaker and role of its quote. Sentences written
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
    (f"Barbara était dans le train. « {SAID} », a raconté la jeune femme.", SAID, "Barbara", None),
    (f"Anne Roy a reçu le prix devant Julie Petit. « {EMUE} », a réagi la lauréate.", EMUE,
     "Julie Petit", None),
])
def test_a_description_is_not_the_background_of_its_article(nlp, text, said, speaker, role):
    q = quote_said(nlp, text, said).speaker
    assert (q.name, q.role) == (speaker, role)
