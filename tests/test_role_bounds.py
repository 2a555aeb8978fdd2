"""Where a role's noun phrase ends and where one opens on a participle (quotes/attribute/
role_bounds.py, fronted.py): the speaker's role on made-up sentences, one row a construction,
with rows where nothing must change."""

import pytest
from conftest import name_span, quote_said

from quotes.attribute.fronted import fronted_role

ROWS = [
    # (text, quote, speaker, role)
    # ---- a ministry's title with two or three coordinated fields stays whole
    ("« Nous rouvrirons les classes », a déclaré Hélène Vasseur, ministre de l'Éducation et de "
     "la Jeunesse.", "Nous rouvrirons les classes", "Hélène Vasseur",
     "ministre de l'Éducation et de la Jeunesse"),
    ("La ministre de la Transition écologique et de la Cohésion des territoires, Claire Moutier, "
     "a assuré que le plan serait tenu.", "le plan serait tenu", "Claire Moutier",
     "ministre de la Transition écologique et de la Cohésion des territoires"),
    ("« Les quotas tiendront », a affirmé Marc Delorme, ministre de l'Agriculture, de la Pêche "
     "et de la Forêt.", "Les quotas tiendront", "Marc Delorme",
     "ministre de l'Agriculture, de la Pêche et de la Forêt"),
    # ---- the outlet the holder speaks to, after the role's own complement, is the verb's
    ("« Il est parti paisiblement », a expliqué Marc Lebon, avocat de la famille à l'AFP.",
     "Il est parti paisiblement", "Marc Lebon", "avocat de la famille"),
    ("« Nous ne vendrons pas », a confié Sophie Garnier, porte-parole du club au Parisien.",
     "Nous ne vendrons pas", "Sophie Garnier", "porte-parole du club"),
    ("« La production reprendra lundi », a indiqué Paul Renaud, directeur de l'usine auprès de "
     "Reuters.", "La production reprendra lundi", "Paul Renaud", "directeur de l'usine"),
    ("« Le chantier est prêt », assurait mardi Léon Barre, président du syndicat des eaux à "
     "Franceinfo.", "Le chantier est prêt", "Léon Barre", "président du syndicat des eaux"),
    # must not: the outlet right after the role noun is where the role is held; a place or a
    # body that is no outlet stays in the role
    ("« Rien n'est joué », a dit Julie Marchand, journaliste au Parisien.", "Rien n'est joué",
     "Julie Marchand", "journaliste au Parisien"),
    ("« Rien n'est joué », a dit Paul Renaud, directeur de la communication à la mairie de "
     "Vernac.", "Rien n'est joué", "Paul Renaud",
     "directeur de la communication à la mairie de Vernac"),
    ("« Rien n'est joué », a dit Paul Renaud, médecin à Vire.", "Rien n'est joué",
     "Paul Renaud", "médecin à Vire"),
    # ---- a body after « à » the parse hangs inside the role is the role's
    ("« Cette saison sera rude », rappelait dimanche Daniel Fourcade, responsable de l'unité "
     "grippe et vaccination à Santé Publique France.", "Cette saison sera rude",
     "Daniel Fourcade", "responsable de l'unité grippe et vaccination à Santé Publique France"),
    ("« Le virus recule », a souligné Inès Morel, chercheuse en virologie à l'Institut Pasteur de "
     "Lille.", "Le virus recule", "Inès Morel",
     "chercheuse en virologie à l'Institut Pasteur de Lille"),
    # must not: a person after a comma and « à » is the one spoken to
    ("« Nous attendons votre réponse », a écrit Paul Roy, avocat du club, à Anne Morel.",
     "Nous attendons votre réponse", "Paul Roy", "avocat du club"),
    # ---- a role opened by a participle of charge, with the field of its « de »
    ("Benjamin Roux, chargé de mission à la préfecture du Cantal, explique que les routes "
     "seront rouvertes.", "les routes seront rouvertes", "Benjamin Roux",
     "chargé de mission à la préfecture du Cantal"),
    ("« Le festival aura lieu », souligne Léa Garnier, chargée de la communication du festival.",
     "Le festival aura lieu", "Léa Garnier", "chargée de la communication du festival"),
    ("« Le stade sera prêt », a promis Paul Roy, en charge des Sports à la mairie de Vernac.",
     "Le stade sera prêt", "Paul Roy", "en charge des Sports à la mairie de Vernac"),
    ("Anne Morel, en charge du département de la Défense, a affirmé que les troupes étaient en "
     "route.", "les troupes étaient en route", "Anne Morel",
     "en charge du département de la Défense"),
    # ---- the reading window never cuts a role inside a name
    ("« La fusée partira jeudi », souligne Benjamin Roux, chargé d'actualité spatiale à la Cité "
     "de l'espace de Villeurbanne.", "La fusée partira jeudi", "Benjamin Roux",
     "chargé d'actualité spatiale à la Cité de l'espace de Villeurbanne"),
    ("« La fusée partira jeudi », souligne Benjamin Roux, conseiller en communication spatiale à "
     "la Cité des sciences de Villeurbanne.", "La fusée partira jeudi", "Benjamin Roux",
     "conseiller en communication spatiale à la Cité des sciences de Villeurbanne"),
    # must not: a participle with its agent, no field of its own
    ("Paul Roy, chargé par le maire de l'enquête, a affirmé que tout serait revu.",
     "tout serait revu", "Paul Roy", None),
    # ---- « (être) nommé <role> » in the opening clause: the role the name is given last
    ("Ministre des Sports pendant deux ans avant d'être nommée Première ministre lundi, Claire "
     "Morin a promis « un gouvernement de combat ».", "un gouvernement de combat",
     "Claire Morin", "Première ministre"),
    ("Député pendant dix ans avant d'être élu maire de Vernac en 2020, Paul Roy a déclaré : « Le "
     "pont sera rouvert. »", "Le pont sera rouvert.", "Paul Roy", "maire de Vernac"),
    ("Nommée directrice du festival en mars, Anne Roy a annoncé que la programmation serait "
     "dévoilée.", "la programmation serait dévoilée", "Anne Roy", "directrice du festival"),
    ("Promu capitaine de l'équipe après le départ de son aîné, Marc Dupin a affirmé que le "
     "groupe était uni.", "le groupe était uni", "Marc Dupin", "capitaine de l'équipe"),
    # must not: the clause has a subject of its own; a role noun opens the clause with no
    # appointment in it (as before)
    ("Après que Paul Roy a été nommé ministre, Anne Morel a déclaré : « Le pont sera rouvert. »",
     "Le pont sera rouvert.", "Anne Morel", None),
    ("Directrice du musée depuis 2015, Anne Roy a déclaré : « Les salles rouvriront. »",
     "Les salles rouvriront.", "Anne Roy", "directrice du musée"),
    # ---- a role never runs on into a que-clause
    ("Désormais, Léo Marchal est un joueur du Stade brestois et que ce soit à domicile ou "
     "ailleurs, il attire la foule. « Je suis heureux ici », a-t-il dit.", "Je suis heureux ici",
     "Léo Marchal", "joueur du Stade brestois"),
    ("Depuis mars, Claire Morin est présidente du club et qu'on le veuille ou non, elle décide. "
     "« Nous irons loin », a-t-elle promis.", "Nous irons loin", "Claire Morin",
     "présidente du club"),
    # must not: « en tant que » before the role
    ("En tant que maire de Vernac, Paul Roy a déclaré : « Le pont sera rouvert. »",
     "Le pont sera rouvert.", "Paul Roy", "maire de Vernac"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role"), ROWS)
def test_the_role_as_the_article_states_it(nlp, text, quote, speaker, role):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role) == (speaker, role)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ministre de la Culture avant d'être nommée Première ministre, Anne Roy a parlé.",
     "Anne Roy", "Première ministre"),
    ("Élu maire de Vernac en 2020, Paul Roy a parlé.", "Paul Roy", "maire de Vernac"),
    # must not: the participle is active, its role its object's
    ("Après avoir nommé Paul Roy directeur du port, Anne Morel a parlé.", "Anne Morel", None),
])
def test_the_role_an_appointment_gives_in_the_opening_clause(nlp, text, name, role):
    found = fronted_role(name_span(nlp, text, name))
    assert (found[0] if found else None) == role
