"""A description the cast already holds announces no one (announced.py): « le magistrat »
after « le procureur Paul Morel », paragraphs later, is his, not the boy the article names next
(lexicon/role_kinds.tsv: a magistrat is a procureur, a juge; an élu a maire); a description no
one holds still announces the one named next (« Le porte-parole … « … », a écrit Paul Roux »).
"""

import pytest
from conftest import quote_said

SAID = "Ils ont reconnu les faits"
# paragraphs enough that the one who holds the role is named well before the description
MIDDLE = (
    "Les enquêteurs ont entendu plusieurs témoins du drame au cours de la journée. Les faits se "
    "sont déroulés devant le collège, à la sortie des cours, vers dix-sept heures. Une bagarre "
    "aurait éclaté entre plusieurs groupes de jeunes venus de deux quartiers voisins. Des "
    "renforts de police ont été dépêchés sur place dans la soirée.\n\n"
    "Le quartier reste sous le choc depuis mardi. Une cellule psychologique a été ouverte au "
    "collège pour les élèves et les enseignants. Une marche blanche est prévue samedi matin "
    "entre la mairie et le collège. Les habitants ont déposé des fleurs devant les grilles.\n\n"
    "Les deux suspects seront présentés à un juge d'instruction jeudi. "
)
PROSECUTOR = ("Le procureur de Valmont, Paul Morel, a annoncé mardi l'ouverture d'une information "
              "judiciaire pour meurtre. Deux suspects ont été interpellés lundi soir.\n\n")
JUDGE = ("La juge Anne Roy a ouvert mardi une information judiciaire pour meurtre. Deux suspects "
         "ont été interpellés lundi soir.\n\n")
MAYOR = ("Le maire de Valmont, Paul Morel, a décrété mardi une journée de deuil. Deux suspects "
         "ont été interpellés lundi soir.\n\n")
BOY = "Il a précisé que la famille de Nathan était accompagnée. Nathan avait 15 ans."
GIRL = "Elle a précisé que la famille de Nathan était accompagnée. Nathan avait 15 ans."
NONE = None

# (text, words said, speaker, role, gender)
ROWS = [
    # fire: « le magistrat » is the prosecutor named at the top, not the boy named after it
    (PROSECUTOR + MIDDLE + f"« {SAID} », a indiqué le magistrat. " + BOY, SAID, "Paul Morel",
     "procureur de Valmont", "male"),
    # … and the pronoun after follows him
    (PROSECUTOR + MIDDLE + f"« {SAID} », a indiqué le magistrat. " + BOY,
     "la famille de Nathan était accompagnée", "Paul Morel", "procureur de Valmont", "male"),
    # fire: the feminine, a judge
    (JUDGE + MIDDLE + f"« {SAID} », a estimé la magistrate. " + GIRL, SAID, "Anne Roy", "juge",
     "female"),
    # fire: « l'élu » is the mayor
    (MAYOR + MIDDLE + f"« {SAID} », a indiqué l'élu. " + BOY, SAID, "Paul Morel",
     "maire de Valmont", "male"),
    # fire: the role's own noun
    (PROSECUTOR + MIDDLE + f"« {SAID} », a indiqué le procureur. " + BOY, SAID, "Paul Morel",
     "procureur de Valmont", "male"),
    # must not: a description no one holds announces the one named next (a mayor is no
    # spokesman)
    (MAYOR + MIDDLE + f"Le porte-parole de la police a répondu aux questions. « {SAID} », a "
     "écrit Luc Vidal.", SAID, "Luc Vidal", "porte-parole de la police", "male"),
    # must not: the role's kind covers not the prosecutor's (« l'élu » is no procureur)
    (PROSECUTOR + MIDDLE + f"L'élu de la commune a répondu aux questions. « {SAID} », a écrit "
     "Luc Vidal.", SAID, "Luc Vidal", "élu de la commune", "male"),
    # must not: named shortly before, the prosecutor was the description's already
    (PROSECUTOR + f"« {SAID} », a indiqué le magistrat. " + BOY, SAID, "Paul Morel",
     "procureur de Valmont", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_a_description_held_announces_no_one(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
