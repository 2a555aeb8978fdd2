"""A description taken for the article's main person for want of a better one, where its
paragraph names another who fits it, outside the words someone said, and never the main person,
is no one's (rivals.py, described.py): two fit. The main person named in the paragraph, a name
of the other gender or only inside another's words, a role the main person holds, a name in the
paragraph before, or the sentence before making the other its subject leave it as it was."""

import pytest
from conftest import quote_said

TOP = ("Claire Roy a reçu mardi le prix Nobel de physique. La chercheuse a appris la nouvelle "
       "pendant un cours. Claire Roy enseigne à Lund depuis vingt ans.\n\n")
MAN = ("Luc Fabre est mort mardi à 80 ans. Le musicien avait enregistré plus de quarante "
       "disques. Luc Fabre vivait à Lyon depuis vingt ans.\n\n")
SAID = "C'est une grande fierté pour la recherche"
ROWS = [
    # fire: the paragraph names Anne Vidal, never Claire Roy: two fit
    (TOP + "Les félicitations sont venues de Paul Morel et d'Anne Vidal. « " + SAID +
     " », a commenté la Première ministre.", SAID, None),
    # known failure: the one the paragraph names as a noun's complement (« celui de Paul
    # Morel ») is no participant of an act the parse shows: not held a rival
    pytest.param(MAN + "Parmi les messages les plus attendus, celui de Paul Morel, son ami de "
                 "toujours. « " + SAID + " », a écrit le chanteur.", SAID, None,
                 marks=pytest.mark.xfail(strict=True, reason="« celui de X »: an nmod")),
    # must not: the sentence before makes the other its subject: that one, as before
    (TOP + "Anne Vidal a salué le travail de toute une équipe. « " + SAID + " », a ajouté la "
     "ministre.", SAID, "Anne Vidal"),
    # must not: the paragraph names the main person too
    (TOP + "Claire Roy a été félicitée par Anne Vidal. « " + SAID + " », a commenté la "
     "Première ministre.", SAID, "Claire Roy"),
    # must not: the one named is of the other gender
    (TOP + "Les félicitations sont venues de Paul Morel. « " + SAID + " », a commenté la "
     "Première ministre.", SAID, "Claire Roy"),
    # must not: the main person holds the description's role
    (TOP.replace("Claire Roy a reçu", "La ministre Claire Roy a reçu") + "Les félicitations "
     "sont venues d'Anne Vidal. « " + SAID + " », a commenté la ministre.", SAID, "Claire Roy"),
    # must not: the other is named only inside words another said: whom they speak of
    (TOP + "Paul Morel a salué « le travail exceptionnel » d'Anne Vidal, dont il a tout lu. "
     "« " + SAID + " », a commenté la ministre.", SAID, "Claire Roy"),
    # must not: the other is named only in passing, where the act is another's (« en présence
    # de », « devant », « avec »)
    ("Claire Roy a reçu mardi le prix Goncourt pour son quatrième roman. Claire Roy vit à Nantes "
     "depuis vingt ans.\n\nLa nouvelle a été annoncée chez Drouant en présence d'Anne Vidal. "
     "« Je n'y croyais pas du tout », a réagi la romancière.", "Je n'y croyais pas du tout",
     "Claire Roy"),
    (TOP + "La nouvelle a été annoncée devant Anne Vidal. « " + SAID + " », a commenté la "
     "ministre.", SAID, "Claire Roy"),
    (TOP + "Le discours a été préparé avec Anne Vidal. « " + SAID + " », a commenté la "
     "ministre.", SAID, "Claire Roy"),
    # must not: the other's gender is not shown (« Dominique »): no rival of the description's
    (TOP + "Les félicitations sont venues de Dominique Vidal. « " + SAID + " », a commenté la "
     "ministre.", SAID, "Claire Roy"),
    # must not: the other is named in the paragraph before, not the description's
    (TOP.replace("depuis vingt ans.", "depuis vingt ans, comme Anne Vidal.") + "« " + SAID +
     " », a commenté la ministre.", SAID, "Claire Roy"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), ROWS)
def test_a_description_two_fit_goes_to_no_one(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker
