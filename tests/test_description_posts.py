"""A description is not someone the article gives another post of the body it names (« l'attaquant
du Stade Rennais » is not the « ancien entraîneur du Stade Rennais »), nor someone named as a
verb's complement before the comma that opens the description's own clause (« Favori pour
succéder à Marc Dubois, le défenseur du FC Lorient a été récompensé »: no apposition), nor one
an earlier description tied to an office of state another function is not (« la Première
ministre », then « la procureure de Morlange »: someone the article does not name; an office
of no state, « le maire », or a candidacy says nothing).
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, role)
POSTS = [
    # fire: another post of the same club says someone else: the one the article is about
    ("Hugo Lemaire a marqué deux buts samedi. Le club avait recruté Paul Garnier, ancien "
     "entraîneur du Stade Rennais, en juin. « On attendait ce titre depuis longtemps », a "
     "déclaré l'attaquant du Stade Rennais.", "On attendait ce titre depuis longtemps",
     "Hugo Lemaire", "attaquant du Stade Rennais"),
    ("Théo Martin a arrêté trois tirs au but dimanche. Jean Roux, président du FC Nantes, "
     "était en tribune. « Je n'ai jamais douté », a confié le gardien du FC Nantes.",
     "Je n'ai jamais douté", "Théo Martin", "gardien du FC Nantes"),
    # must not: the same post of the club still ties
    ("Hugo Lemaire a marqué deux buts samedi. Le club avait recruté Paul Garnier, attaquant "
     "du Stade Rennais, en juin. « On attendait ce titre depuis longtemps », a déclaré "
     "l'attaquant du Stade Rennais.", "On attendait ce titre depuis longtemps",
     "Paul Garnier", "attaquant du Stade Rennais"),
]

# (text, words said, speaker, role)
CLAUSES = [
    # fire: the name is the complement of « succéder », the description the next clause's
    # subject: the description's role is the speaker's, not the predecessor's
    ("Julien Morel a reçu le trophée lundi soir à Paris. Favori pour succéder à Marc Dubois, "
     "le défenseur du FC Lorient a été récompensé au terme d'une belle saison. « Je suis fier de "
     "mon équipe », a déclaré Morel.", "Je suis fier de mon équipe", "Julien Morel",
     "défenseur du FC Lorient"),
    # fire: the name closes a noun's complement inside the verb's (« après la défaite du club
    # face à X »), the description after the comma the next clause's subject
    ("Julien Morel a marqué lundi. Trois jours après la défaite de Lorient face à Marc Dubois, "
     "le défenseur lorientais a été récompensé. « Je suis fier de mon équipe », a déclaré "
     "Morel.", "Je suis fier de mon équipe", "Julien Morel", "défenseur lorientais"),
    # must not: a description apposed to the complement is that person's
    ("Julien Morel a reçu le trophée lundi soir à Paris. Le jury a aussi cité Marc Dubois, le "
     "défenseur du FC Lorient, pour sa saison. « Je suis fier de mon équipe », a déclaré le "
     "défenseur du FC Lorient.", "Je suis fier de mon équipe", "Marc Dubois",
     "défenseur du FC Lorient"),
    # must not: nor one apposed to a name that closes a noun's complement
    ("Julien Morel a reçu le trophée lundi soir à Paris. Le jury a salué la saison de Marc "
     "Dubois, le défenseur du FC Lorient, pour sa régularité. « Je suis fier de mon équipe », a "
     "déclaré le défenseur du FC Lorient.", "Je suis fier de mon équipe", "Marc Dubois",
     "défenseur du FC Lorient"),
]

# (text, words said, speaker, role)
OFFICES = [
    # fire: the one « la Première ministre » was taken for is no prosecutor, nor the one
    # « le Premier ministre » was taken for a member of parliament
    ("« Nous sommes consternés par cet acte », a déclaré Claire Vautrin jeudi à Morlange. "
     "« L'enquête dira tout », a déclaré la Première ministre devant la préfecture. Claire "
     "Vautrin s'est ensuite entretenue avec le maire, Paul Ardent. Selon la procureure de "
     "Morlange, l'incendiaire n'avait pas de mobile politique.",
     "l'incendiaire n'avait pas de mobile politique", None, "procureure de Morlange"),
    ("« Le pays tiendra bon », a affirmé Marc Aubertin lundi à Vernay. « Nous serons aux côtés "
     "des familles », a poursuivi le Premier ministre devant la mairie. Marc Aubertin a ensuite "
     "rencontré les secouristes. Selon le député de la circonscription, le bilan reste "
     "provisoire.", "le bilan reste provisoire", None, "député de la circonscription"),
    # must not: the office itself, and another name of it, still tie to her
    ("« Nous sommes consternés par cet acte », a déclaré Claire Vautrin jeudi à Morlange. "
     "« L'enquête dira tout », a déclaré la Première ministre devant la préfecture.",
     "L'enquête dira tout", "Claire Vautrin", "Première ministre"),
    ("« Nous sommes consternés par cet acte », a déclaré Claire Vautrin jeudi à Morlange. "
     "« L'enquête dira tout », a déclaré la Première ministre devant la préfecture. Claire "
     "Vautrin s'est ensuite entretenue avec le maire, Paul Ardent. « Nous ne céderons pas », "
     "a ajouté la cheffe du gouvernement.", "Nous ne céderons pas", "Claire Vautrin",
     "Première ministre"),
    # must not: a description of no office of state taken for him (« le préfet ») leaves
    # another side of the post (« le représentant de l'État ») his
    ("« La route restera fermée », a annoncé Paul Ardent mardi à Vernay. « Les secours sont "
     "sur place », a précisé le préfet de la Loire devant la mairie. Paul Ardent a ensuite "
     "rencontré les habitants. « Nous rouvrirons jeudi », a ajouté le représentant de l'État.",
     "Nous rouvrirons jeudi", "Paul Ardent", "préfet de la Loire"),
    # must not: another wording of the office he holds (« le chef du gouvernement ») gives him
    # no other head noun (« chef »): « le chef des pompiers » is still someone else
    ("« Le pays tiendra bon », a affirmé le Premier ministre, Marc Aubertin, lundi à Vernay. "
     "« Nous serons aux côtés des familles », a déclaré le chef du gouvernement. « Le feu est "
     "fixé », a indiqué le chef des pompiers.", "Le feu est fixé", None, "chef des pompiers"),
    # must not: an office of no state (« le maire », « le pape ») taken for someone leaves
    # another wording of it his, and a candidacy is no other function
    ("« La route restera fermée », a annoncé Paul Ardent mardi à Vernay. « Les travaux "
     "commencent lundi », a précisé le maire. Paul Ardent a ensuite rencontré les habitants. "
     "« Nous rouvrirons jeudi », a ajouté le premier magistrat de la commune.",
     "Nous rouvrirons jeudi", "Paul Ardent", "maire"),
    ("« La paix est possible », a affirmé Luc Ferrier dimanche à Rome. « Prions pour eux », a "
     "ajouté le pape. Luc Ferrier a ensuite béni les fidèles. « Nous ne les oublierons pas », "
     "a conclu l'évêque de Rome.", "Nous ne les oublierons pas", "Luc Ferrier", "pape"),
    ("« La route restera fermée », a annoncé Paul Ardent mardi à Vernay. « Les travaux "
     "commencent lundi », a précisé le maire. Paul Ardent a ensuite rencontré Pierre Lessard. "
     "« Nous rouvrirons jeudi », a ajouté le président de l'agglomération.",
     "Nous rouvrirons jeudi", "Paul Ardent", "maire"),
    ("« Le pays tiendra bon », a affirmé Marc Salin lundi à Vernay. « Nous serons aux côtés "
     "des familles », a déclaré le président de la République. Marc Salin a ensuite rencontré "
     "les militants. « Nous gagnerons », a ajouté le candidat.", "Nous gagnerons",
     "Marc Salin", "président de la République"),
    # must not: « le ministre » is the one taken for « le garde des Sceaux » (the office's
    # own noun), or given it in apposition
    ("« La justice sera rendue », a affirmé Hugo Lambert mardi à Morlange. « Les peines seront "
     "appliquées », a déclaré le garde des Sceaux. Hugo Lambert a ensuite rencontré les "
     "magistrats. « Nous recruterons des greffiers », a ajouté le ministre.",
     "Nous recruterons des greffiers", "Hugo Lambert", "garde des Sceaux"),
    ("« La justice sera rendue », a affirmé le garde des Sceaux, Hugo Lambert, mardi à "
     "Morlange. Hugo Lambert a ensuite rencontré les magistrats. « Nous recruterons des "
     "greffiers », a ajouté le ministre.", "Nous recruterons des greffiers", "Hugo Lambert",
     "garde des Sceaux"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role"), POSTS + CLAUSES + OFFICES)
def test_who_the_description_is(nlp, text, said, speaker, role):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role) == (speaker, role)
