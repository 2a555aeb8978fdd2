"""A role stays with the person the text gives it to.

« L'une de ses avocates » says what its holder is in the singular (« avocate ») and, by the
noun's form, her gender; a masculine plural (« l'un de ses avocats ») says « avocat », and no
gender; a number before the noun says how many they are (« l'un des deux avocats »). A title
before « et » and a name is another person's (« le président de la région et Anne Roy »: two
people); a role's complement may name two (« avocat de la victime et de sa mère »).

One row: text -> the quote, then speaker, role and gender.
"""

import pytest
from conftest import quote_said

ROWS = [
    # ---- one of a group: the plural noun in the singular, its gender the noun's
    ("L'une de ses avocates, Me Lina Carrel, a indiqué que son client ne ferait pas appel.",
     "son client ne ferait pas appel", "Lina Carrel", "avocate", "female"),
    ("Lina Carrel, une de leurs avocates, a déclaré : « Notre client ne fera pas appel. »",
     "Notre client ne fera pas appel.", "Lina Carrel", "avocate", "female"),
    ("Paul Morel, l'un de ses avocats, a indiqué que son client ne ferait pas appel.",
     "son client ne ferait pas appel", "Paul Morel", "avocat", "male"),
    ("Camille Roux, l'une de leurs porte-parole, a déclaré : « Le projet avance. »",
     "Le projet avance.", "Camille Roux", "porte-parole", "female"),
    ("Paul Morel, un de nos avocats, a déclaré : « Notre client ne fera pas appel. »",
     "Notre client ne fera pas appel.", "Paul Morel", "avocat", "male"),
    # past a number saying how many they are (« l'un des deux », « une de ses trois »)
    ("« Nous ferons appel », a indiqué Paul Ferrand, l'un des deux avocats du prévenu.",
     "Nous ferons appel", "Paul Ferrand", "avocat du prévenu", "male"),
    ("Lina Carrel, l'une de ses trois avocates, a déclaré : « Notre client ne fera pas "
     "appel. »", "Notre client ne fera pas appel.", "Lina Carrel", "avocate", "female"),
    # must not: a number with no noun after it is no group's noun
    ("« Nous ferons appel », a indiqué Paul Ferrand, l'un des deux.", "Nous ferons appel",
     "Paul Ferrand", None, "male"),
    # must not: « l'un » says no man where the name says no gender
    ("Dominique Roy, l'un de ses avocats, a déclaré : « Notre client ne fera pas appel. »",
     "Notre client ne fera pas appel.", "Dominique Roy", "avocat", None),
    # must not: « l'un des » as before
    ("Pierre Roux, l'un des soignants des urgences, a déclaré : « Nous sommes épuisés. »",
     "Nous sommes épuisés.", "Pierre Roux", "soignant des urgences", "male"),
    # ---- a title before « et » and a name: another person's
    ("Le président de la région et Anne Roy ont visité le chantier. « Les travaux avancent », "
     "a déclaré Anne Roy.", "Les travaux avancent", "Anne Roy", None, "female"),
    ("La ministre des Sports et Paul Morel ont visité le stade. « Le stade sera prêt », a "
     "déclaré Paul Morel.", "Le stade sera prêt", "Paul Morel", None, "male"),
    # must not: a role's own complement naming two people after « et du », « et de la »
    ("« Le projet avance », a indiqué Marc Dufour, conseiller du président et du Premier "
     "ministre.", "Le projet avance", "Marc Dufour",
     "conseiller du président et du Premier ministre", "male"),
    ("Le conseiller du président et du Premier ministre Marc Dufour a déclaré : « Le projet "
     "avance. »", "Le projet avance.", "Marc Dufour",
     "conseiller du président et du Premier ministre", "male"),
    ("« Nous ferons appel », a indiqué Me Paul Giraud, avocat de la victime et de sa mère.",
     "Nous ferons appel", "Paul Giraud", "avocat de la victime et de sa mère", "male"),
    ("« Nous ferons appel », a déclaré l'avocate de la victime et de sa mère, Me Anne Roy.",
     "Nous ferons appel", "Anne Roy", "avocate de la victime et de sa mère", "female"),
    # must not: the title of the name after « et le », or one set off by commas
    ("Le ministre et le député Paul Morel ont visité le stade. « Le stade sera prêt », a "
     "déclaré Paul Morel.", "Le stade sera prêt", "Paul Morel", "député", "male"),
    ("La ministre des Sports, Anne Roy, et Paul Morel ont visité le stade. « Le stade sera "
     "prêt », a déclaré Anne Roy.", "Le stade sera prêt", "Anne Roy", "ministre des Sports",
     "female"),
    # ---- a surname alone opening a sentence, a verb or « , lui, » after it: a name, not a
    # greeting (attribute/name_shape.greeting_opener), so the role before it stays its own
    ("Le gardien chilien a tout arrêté dimanche. Bravo a ensuite salué le public : « C'était "
     "magique ».", "C'était magique", "Bravo", "gardien chilien", "male"),
    ("Le gardien argentin a été décisif. Bravo, lui, a préféré saluer ses coéquipiers : « Ce "
     "sont eux les héros », a-t-il lancé.", "Ce sont eux les héros", "Bravo", "gardien argentin",
     "male"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender"), ROWS)
def test_a_role_stays_with_its_holder(nlp, text, quote, speaker, role, gender):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
