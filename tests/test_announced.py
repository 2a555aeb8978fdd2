"""A description the cast already holds announces no one (announced.py): « le magistrat »
after « le procureur Paul Morel », paragraphs later, is his, not the boy the article names next
(lexicon/role_kinds.tsv: a magistrat is a procureur, a juge; an élu a maire); a description no
one holds still announces the one named next (« Le porte-parole … « … », a écrit Paul Roux »),
and so does one held only by a former holder, the holder of another body or one of the other
gender, or through a noun whose kind its body says (a council's « président »).
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
# four paragraphs of a road accident, no names nor role nouns: after MIDDLE, the code before
# the change too gives « le ministre » and « le magistrat » of these rows no role
ROAD = (
    "Les secours sont intervenus rapidement sur les lieux de l'accident, en fin de matinée. "
    "La circulation a été coupée pendant plusieurs heures sur la route départementale. "
    "Plusieurs témoins ont été entendus par les gendarmes au cours de l'après-midi.\n\n"
    "Dans le village, l'émotion reste vive depuis dimanche. Les commerçants ont baissé leurs "
    "rideaux en signe de deuil et une cagnotte a été ouverte pour aider les proches. Une "
    "veillée est prévue vendredi soir devant l'église.\n\n"
    "La route départementale avait déjà été le théâtre de plusieurs accidents graves ces "
    "dernières années. Les riverains réclament depuis longtemps l'installation d'un radar et "
    "la pose de ralentisseurs à l'entrée du village. Une pétition a recueilli plus de mille "
    "signatures au printemps dernier.\n\n"
    "Les analyses toxicologiques sont attendues dans les prochains jours. Les véhicules ont "
    "été placés sous scellés et seront examinés par des experts. Les obsèques devraient avoir "
    "lieu la semaine prochaine dans l'intimité familiale.\n\n"
)
PROSECUTOR = ("Le procureur de Valmont, Paul Morel, a annoncé mardi l'ouverture d'une information "
              "judiciaire pour meurtre. Deux suspects ont été interpellés lundi soir.\n\n")
JUDGE = ("La juge Anne Roy a ouvert mardi une information judiciaire pour meurtre. Deux suspects "
         "ont été interpellés lundi soir.\n\n")
MAYOR = ("Le maire de Valmont, Paul Morel, a décrété mardi une journée de deuil. Deux suspects "
         "ont été interpellés lundi soir.\n\n")
WOMAN = ("La procureure de Valmont, Claire Dumas, a annoncé mardi l'ouverture d'une "
         "information judiciaire pour meurtre. Deux suspects ont été interpellés lundi soir.\n\n")
FORMER = ("L'ancien maire de Valmont, Paul Morel, a déposé une gerbe lundi matin devant la "
          "mairie. Deux suspects ont été interpellés lundi soir.\n\n")
CLUB = ("Le président du club de rugby, Paul Morel, a salué lundi la mémoire du jeune joueur. "
        "Deux suspects ont été interpellés lundi soir.\n\n")
COUNCIL = ("Le président du conseil départemental, Paul Morel, a visité lundi le collège. Deux "
           "suspects ont été interpellés lundi soir.\n\n")
ROCHEBRUNE = PROSECUTOR.replace("Valmont", "Rochebrune")
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
    # fire: the feminine, a prosecutor, not the girl named after
    (WOMAN + MIDDLE + f"« {SAID} », a souligné la magistrate. Elle a ajouté que la famille de "
     "Léa Martin avait été reçue.", SAID, "Claire Dumas", "procureure de Valmont", "female"),
    # near miss (the same without the change): the feminine, a judge
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
    # must not: a former holder holds no « le maire » (« ancien », « ex- »): the one named next
    (FORMER + MIDDLE + f"Le maire a répondu dans la soirée. « {SAID} », a écrit Luc Fabre.",
     SAID, "Luc Fabre", "maire", "male"),
    (FORMER + MIDDLE + f"« {SAID} », a promis le maire. Luc Fabre a ajouté qu'une cellule "
     "d'écoute serait ouverte.", SAID, "Luc Fabre", "maire", "male"),
    (FORMER.replace("L'ancien maire de Valmont,", "L'ex-ministre de l'Agriculture").replace(
        "Paul Morel,", "Paul Morel") + ROAD + f"Le ministre a réagi mardi soir. « {SAID} », a "
     "assuré Luc Fabre.", SAID, "Luc Fabre", "ministre", "male"),
    # must not: the holder of another body (« président du club », « procureur de Rochebrune »)
    (CLUB + MIDDLE + f"Le président de la région a réagi dans un communiqué. « {SAID} », a "
     "écrit Luc Fabre.", SAID, "Luc Fabre", "président de la région", "male"),
    (ROCHEBRUNE + MIDDLE + f"« {SAID} », a indiqué mercredi le procureur de Valence. Luc Fabre "
     "a précisé que les deux dossiers seraient joints.", SAID, "Luc Fabre",
     "procureur de Valence", "male"),
    # must not: a council's « président » is no magistrat (its kind its body says)
    (COUNCIL + ROAD + f"Le magistrat a rendu sa décision dans la soirée. « {SAID} », a "
     "déclaré Luc Fabre.", SAID, "Luc Fabre", "magistrat", "male"),
    # must not: a man holds no « la magistrate », and a place name (« Rochebrune », which the
    # tagger makes a person) takes no quote
    (ROCHEBRUNE + MIDDLE + f"« {SAID} », a déclaré la magistrate instructrice. Anne Roy a "
     "précisé que le conducteur serait entendu jeudi.", SAID, "Anne Roy",
     "magistrate instructrice", "female"),
    (ROCHEBRUNE + MIDDLE + f"La magistrate a été désignée mercredi. « {SAID} », a déclaré "
     "Anne Roy.", SAID, "Anne Roy", "magistrate", "female"),
    # fire: a description whose noun an adverb and its adjective come before (« le très secret
    # PDG »: how the holder is) announces the one named next, as one without them does
    ("Dans un entretien, le très secret PDG de la Sodexa promet de rembourser les clients. « Nous "
     "paierons », assure Paul Roy.", "Nous paierons", "Paul Roy", "PDG de la Sodexa", "male"),
    # must not: one the article names with a role of their own keeps it
    ("Dans un entretien, le très secret PDG de la Sodexa promet de rembourser les clients. « Nous "
     "paierons », assure Anne Roy, porte-parole de l'usine.", "Nous paierons", "Anne Roy",
     "porte-parole de l'usine", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_a_description_held_announces_no_one(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


QUAKE = "Le séisme a frappé la ville. « Nous avons eu peur », a déclaré le maire. "

# a name set off by its own apposition (« Karim, habitant du quartier, »: a noun of where one
# lives the tagger reads as a participle, lexicon/place_relations.txt) is someone new: the
# description before is not announcing them (``announced.introduced``), nor is it theirs as
# the next one named (``described``). (text, words said, speaker, role, gender)
INTRODUCED = [
    (QUAKE + "« Tout a bougé », a raconté Karim, habitant du quartier.", "Nous avons eu peur",
     None, "maire", None),
    (QUAKE + "« Tout a bougé », a raconté Karim, habitant du quartier.", "Tout a bougé",
     "Karim", None, "male"),
    # must not: a name with no apposition of its own is still the one announced
    (QUAKE + "« Tout a bougé », a raconté Karim Haddad.", "Nous avons eu peur", "Karim Haddad",
     "maire", "male"),
]


# a name set off after a comma as the apposition of a common noun before it (« l'identité du
# mécanicien belge, Paul Roux, »: ``announced.apposed_after``) is someone the article says
# who they are: no description before announces them, nor is one theirs by recency
# (``described``); the description goes to the one named after with its cue, or to no one
PILOT = ("« L'appareil a été détruit volontairement », a déclaré le procureur de la "
         "République. Le procureur a révélé l'identité du mécanicien belge, Paul Roux, âgé de 30 "
         "ans. « Il n'avait aucune raison d'agir ainsi », a insisté le procureur.")
INTRODUCED += [
    (PILOT + " « Nous n'entendons rien », a ajouté Marc Vidal.",
     "L'appareil a été détruit volontairement", "Marc Vidal", "procureur de la République",
     "male"),
    (PILOT + " « Nous n'entendons rien », a ajouté Marc Vidal.",
     "Il n'avait aucune raison d'agir ainsi", "Marc Vidal", "procureur de la République",
     "male"),
    (PILOT, "Il n'avait aucune raison d'agir ainsi", None, "procureur de la République", None),
    # must not: a name after a role noun and its comma holds that role (« le procureur
    # adjoint, Paul Roux, »), and one with no noun set off before it is still the one announced
    ("« L'appareil a été détruit volontairement », a déclaré le procureur. Le procureur "
     "adjoint, Paul Roux, a révélé des détails.", "L'appareil a été détruit volontairement",
     "Paul Roux", "procureur adjoint", "male"),
    # must not: a name apposed to the subject or the object itself, to what the person is
    # (« son épouse », « le numéro un », « sa recrue », « la lauréate »), or to a noun
    # completing the subject (« le conseil de la société »), no noun's complement: the
    # description after is theirs, and so is the one before that announces them
    ("Son épouse, Carla Bruni, assistait à l'audience. « Je le soutiens totalement », a "
     "confié la chanteuse à la sortie du tribunal.", "Je le soutiens totalement",
     "Carla Bruni", "chanteuse", "female"),
    ("Le numéro un mondial, Jannik Sinner, s'est qualifié pour la finale. « J'ai bien servi "
     "aujourd'hui », a expliqué le joueur italien.", "J'ai bien servi aujourd'hui",
     "Jannik Sinner", "joueur italien", "male"),
    ("Le club a présenté jeudi sa nouvelle recrue, Samuel Diallo, arrivé de Lille. « Je suis "
     "très heureux d'être ici », a confié le joueur.", "Je suis très heureux d'être ici",
     "Samuel Diallo", "joueur", "male"),
    ("Le jury Goncourt a couronné la lauréate de cette année, Léa Martin, 35 ans. « C'est "
     "incroyable », a réagi la romancière.", "C'est incroyable", "Léa Martin", "romancière",
     "female"),
    ("« Nous irons en appel », a annoncé l'avocat du club. Le conseil de la société, Me Arnaud "
     "Petit, a déposé un recours jeudi.", "Nous irons en appel", "Arnaud Petit",
     "avocat du club", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), INTRODUCED)
def test_a_name_set_off_as_someone_new_is_not_announced(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)


# a name set off as a resident by a bare noun of where one lives (« Jean Dumas, habitant de
# Vernac, », ``announced.lives_there``) holds no role a description gives (« le directeur de
# l'usine »), before or after it; one set off by a determiner and a noun (« Martine Roux, une
# habitante de la rue, ») may be the plain description before her (« la retraitée »), and is
# left to the rules after. (text, words said, speaker, role, gender)
RESIDENTS = [
    ("« Nous avons tout perdu », confie la retraitée, les yeux rougis. Martine Roux, une "
     "habitante de la rue depuis quarante ans, a vu sa maison détruite par les flammes.",
     "Nous avons tout perdu", "Martine Roux", None, "female"),
    ("« C'est un choc pour toute la commune », a réagi le maire. Jean Dumas, habitant de "
     "Vernac, a été interpellé mardi.\n\n« Nous allons reconstruire », a promis le directeur "
     "de l'usine. Paul Berger, un ingénieur de 52 ans, dirige le site depuis 2015.",
     "Nous allons reconstruire", None, "directeur de l'usine", None),
    ("« C'est un choc pour toute la commune », a réagi le maire. Jean Dumas, habitant de "
     "Vernac, a été interpellé mardi.\n\n« Nous allons reconstruire », a promis le directeur "
     "de l'usine. Paul Berger, un ingénieur de 52 ans, dirige le site depuis 2015.",
     "C'est un choc pour toute la commune", None, "maire", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), RESIDENTS)
def test_a_resident_holds_no_role_described(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
