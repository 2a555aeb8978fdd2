"""A description that says a country goes to the one person named before it whom the article
gives that country (nationals.py): by a nationality noun before the name (« la Française
Justine Roy ») or an adjective in a role; never to one given another country, even the person
the article is about.
"""

import pytest
from conftest import quote_said

SAID = "Nous ne céderons pas"
# the article is about Jane Cooper, the jury's president, quoted and the subject throughout
COOPER = ("Le festival s'est ouvert mardi sous la présidence de la cinéaste néo-zélandaise Jane "
          "Cooper. Jane Cooper a salué le courage des artistes. « Le cinéma doit rester libre », "
          "a déclaré Jane Cooper. Jane Cooper préside le jury pour la première fois.\n\n")
BARE = COOPER.replace("cinéaste néo-zélandaise", "cinéaste")
ROY = "« On nous a volé nos films », a dénoncé la Française Justine Roy. "
LATER = f"Le public a applaudi longuement. « {SAID} », a ajouté la cinéaste française."
NONE = None

# (text, words said, speaker, role, gender)
ROWS = [
    # fire: the Frenchwoman, over the New Zealander the article is about
    (COOPER + ROY + LATER, SAID, "Justine Roy", "cinéaste française", "female"),
    # fire: the other one given no country
    (BARE + ROY + LATER, SAID, "Justine Roy", "cinéaste française", "female"),
    # fire: the country said by a role's adjective
    (BARE + "« On nous a volé nos films », a dénoncé Justine Roy, actrice française. " + LATER,
     SAID, "Justine Roy", "actrice française", "female"),
    # fire: the masculine
    (COOPER.replace("la cinéaste néo-zélandaise Jane", "le cinéaste néo-zélandais Tom")
     .replace("Jane", "Tom") + "« On nous a volé nos films », a dénoncé le Français Marc Roy. "
     + LATER.replace("la cinéaste française", "le cinéaste français"), SAID, "Marc Roy",
     "cinéaste français", "male"),
    # must not: the one whose country conflicts is no one's description, whom the article is
    # about or not
    (COOPER + LATER, SAID, NONE, "cinéaste française", "female"),
    (COOPER.replace("cinéaste néo-zélandaise", "Néo-Zélandaise") + LATER, SAID, NONE,
     "cinéaste française", "female"),
    # must not: the other one given another country: the one the article is about
    (BARE + ROY.replace("la Française", "l'Américaine") + LATER, SAID, "Jane Cooper",
     "cinéaste française", "female"),
    # must not: two given the country: the words decide as before (the one the article is
    # about, of the same noun)
    (BARE.replace("la cinéaste Jane", "la cinéaste française Jane") + ROY + LATER, SAID,
     "Jane Cooper", "cinéaste française", "female"),
    # must not: of the other gender
    (COOPER + ROY.replace("la Française Justine", "le Français Marc") + LATER, SAID, NONE,
     "cinéaste française", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_a_description_goes_to_the_one_of_its_country(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
