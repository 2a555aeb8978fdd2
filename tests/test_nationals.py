"""A description that says a country, whose role words fit no one, goes to the one person
named before it whom the article gives that country (nationals.py): by a nationality noun
right before the name (« la Française Justine Roy ») or an adjective of a role's noun; never
to one given another country, even the person the article is about; never over the one its
role's noun names (« le ministre français » is the « ministre des Sports »).
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
MAYOR = ("Le maire de Bouillon, Paul Lambert, a accueilli mardi le Belge Luc Peeters, vainqueur "
         "de l'étape. ")
NONE = None

# (text, words said, speaker, role, gender)
ROWS = [
    # fire: the Frenchwoman, over the New Zealander the article is about
    (COOPER + ROY + LATER, SAID, "Justine Roy", "cinéaste française", "female"),
    # fire: the masculine
    (COOPER.replace("la cinéaste néo-zélandaise Jane", "le cinéaste néo-zélandais Tom")
     .replace("Jane", "Tom") + "« On nous a volé nos films », a dénoncé le Français Marc Roy. "
     + LATER.replace("la cinéaste française", "le cinéaste français"), SAID, "Marc Roy",
     "cinéaste français", "male"),
    # fire: the Belgian whose only role is a distinction, beside a mayor
    (f"{MAYOR}« Je suis fier », a lancé le coureur belge.", "Je suis fier", "Luc Peeters",
     "coureur belge", "male"),
    # fire: the one given another country by « l'Américaine » (elided) is no one's description
    (f"Le festival s'est ouvert mardi. {ROY.replace('la Française', 'l’Américaine')}{LATER}",
     SAID, NONE, "cinéaste française", "female"),
    # near miss (the same without the change): the country said by a role's adjective, which
    # the role words fit already
    (BARE + "« On nous a volé nos films », a dénoncé Justine Roy, actrice française. " + LATER,
     SAID, "Justine Roy", "actrice française", "female"),
    # must not: the one whose country conflicts is no one's description, whom the article is
    # about or not
    (COOPER + LATER, SAID, NONE, "cinéaste française", "female"),
    (COOPER.replace("cinéaste néo-zélandaise", "Néo-Zélandaise") + LATER, SAID, NONE,
     "cinéaste française", "female"),
    # must not: the one the role's noun names, given no country, over the one given it
    (BARE + ROY + LATER, SAID, "Jane Cooper", "cinéaste française", "female"),
    (BARE + ROY.replace("la Française", "l'Américaine") + LATER, SAID, "Jane Cooper",
     "cinéaste française", "female"),
    # must not: two given the country: the words decide as before (the one the article is
    # about, of the same noun)
    (BARE.replace("la cinéaste Jane", "la cinéaste française Jane") + ROY + LATER, SAID,
     "Jane Cooper", "cinéaste française", "female"),
    # must not: of the other gender
    (COOPER + ROY.replace("la Française Justine", "le Français Marc") + LATER, SAID, NONE,
     "cinéaste française", "female"),
    # must not: the country never beats the role's noun (« ministre des Sports », « la
    # entraîneuse », « le réalisateur », the « maire » a « bourgmestre » may be)
    ("Le ministre des Sports, Paul Roux, a félicité mardi le Français Luc Fabre, sacré champion "
     "du monde de judo à Doha. « C'est une immense fierté », a déclaré Luc Fabre à son retour. "
     "Le judoka a été accueilli par des centaines de supporters. « Le sport français se porte "
     "bien », a ajouté le ministre français.", "Le sport français se porte bien", "Paul Roux",
     "ministre des Sports", "male"),
    ("L'entraîneuse Anne Roy a longtemps préparé la Française Julie Martin, sacrée mardi "
     "championne du monde. Julie Martin a dédié sa médaille à son père. « Elle a été "
     "parfaite », a souligné l'entraîneuse française.", "Elle a été parfaite", "Anne Roy",
     "entraîneuse française", "female"),
    ("Le réalisateur Paul Roux présente son film à Cannes, avec le Français Marc Petit dans le "
     "rôle principal. Paul Roux a tourné pendant deux ans. « Le film parle de l'exil », a "
     "expliqué le réalisateur français.", "Le film parle de l'exil", "Paul Roux",
     "réalisateur français", "male"),
    (f"{MAYOR}« Notre ville est fière », a lancé le bourgmestre belge.", "Notre ville est fière",
     NONE, "bourgmestre belge", NONE),
    # must not: an adjective of a role's complement gives no country (« littérature italienne »)
    ("Paul Roux, professeur de littérature italienne à Lyon, publie un essai sur Dante. Paul Roux "
     "y travaille depuis dix ans. « Dante parle encore de nous », a expliqué l'universitaire "
     "français.", "Dante parle encore de nous", "Paul Roux",
     "professeur de littérature italienne à Lyon", "male"),
    # must not: a headline's last word gives no country to the name after the line
    ("Tennis : nouveau sacre pour la Française\n\nJustine Roy, l'entraîneuse, a salué la "
     "victoire. La joueuse Anne Petit a dominé la finale. « Je suis fière », a lancé la joueuse "
     "française.", "Je suis fière", "Anne Petit", "joueuse française", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_a_description_goes_to_the_one_of_its_country(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
