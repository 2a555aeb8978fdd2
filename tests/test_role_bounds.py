"""Where a role's noun phrase ends and where one opens on a participle (quotes/attribute/
role_bounds.py, fronted.py): the speaker's role on made-up sentences, one row a construction,
with rows where nothing must change."""

import pytest
from conftest import name_span, quote_said

from quotes.attribute.fronted import fronted_role
from quotes.attribute.role_extent import role_span

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
    # a body's capitalised name word the tagger reads as a verb opens no clause (« Santé »)
    ("La rougeole progresse, selon Paul Morel, le responsable de l'unité chargé de la "
     "vaccination au sein de l'agence sanitaire Santé publique France.", "La rougeole progresse",
     "Paul Morel", "responsable de l'unité chargé de la vaccination au sein de l'agence "
     "sanitaire Santé publique France"),
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
    # ---- an addition or a comparison with « que » opens no clause, and is no more of the role
    ("« Rien ne sera caché », a assuré Anne Roy, présidente de l'association ainsi que de la "
     "fondation.", "Rien ne sera caché", "Anne Roy", "présidente de l'association"),
    ("« Rien ne sera caché », a assuré Anne Roy, présidente de l'association plus que jamais.",
     "Rien ne sera caché", "Anne Roy", "présidente de l'association"),
    ("« Je reste », a dit Paul Roy, président du club moins que jamais.", "Je reste", "Paul Roy",
     "président du club"),
    ("« Rien ne sera caché », a assuré Anne Roy, présidente de l'association autant que de la "
     "fondation.", "Rien ne sera caché", "Anne Roy", "présidente de l'association"),
]

# the opening clause's participle of appointment: the clause's own subject, a title with its
# article included, takes it; « après avoir été … » gives the earlier office; a time is no part
# of the role
APPOINTED = [
    ("Après que le maire a été élu président de la métropole, Anne Morel a déclaré : « Rien ne "
     "change pour nous. »", "Rien ne change pour nous.", "Anne Morel", None),
    ("Quand la préfète a été nommée directrice de cabinet du ministre, Paul Girard a estimé que "
     "la ville perdait une alliée.", "la ville perdait une alliée", "Paul Girard", None),
    ("Bien que le juge ait été désigné rapporteur du dossier, Anne Morel a estimé que l'affaire "
     "traînait.", "l'affaire traînait", "Anne Morel", None),
    ("Devenue ministre de la Culture en mai après avoir été élue députée de la Gironde, Anne Roy "
     "a déclaré : « Je reste attachée à Bordeaux. »", "Je reste attachée à Bordeaux.",
     "Anne Roy", "ministre de la Culture"),
    ("Élu député en 2017 avant d'être nommé ministre des Transports, Paul Roy a déclaré : « Les "
     "trains partiront. »", "Les trains partiront.", "Paul Roy", "ministre des Transports"),
    ("Désigné porte-parole du gouvernement la semaine dernière, Thomas Girard a affirmé que la "
     "réforme serait votée.", "la réforme serait votée", "Thomas Girard",
     "porte-parole du gouvernement"),
    ("Promue commissaire divisionnaire l'an dernier, Sandrine Lefort a assuré que l'enquête "
     "avancerait vite.", "l'enquête avancerait vite", "Sandrine Lefort",
     "commissaire divisionnaire"),
    ("Nommé directeur du port le mois passé, Paul Roy a affirmé que le trafic reprendrait.",
     "le trafic reprendrait", "Paul Roy", "directeur du port"),
    ("« Nous serons prêts », a affirmé Paul Roy, président du jury la semaine prochaine.",
     "Nous serons prêts", "Paul Roy", "président du jury"),
    # must not: an active participle gives its object the role
    ("Après avoir élu un nouveau président du jury, Anne Morel a déclaré : « Il fera du bon "
     "travail. »", "Il fera du bon travail.", "Anne Morel", None),
    ("Ayant désigné un nouveau directeur du port, Anne Morel a déclaré : « Il fera du bon "
     "travail. »", "Il fera du bon travail.", "Anne Morel", None),
    # must not: a participle with no role after it is no role (« élu » alone)
    ("Avant d'être élu, Paul Roy a déclaré : « Je serai le maire de tous. »",
     "Je serai le maire de tous.", "Paul Roy", None),
]

# the outlet after a newsroom job, or a role whose complement is a newsroom unit, employs its
# holder (lexicon/newsroom_words.txt): one row an entry; any other role's outlet is spoken to
NEWSROOM = [
    ("« Nous ne céderons pas », a dit Paul Girard, chef du service politique au Monde.",
     "Nous ne céderons pas", "Paul Girard", "chef du service politique au Monde"),
    ("« Le débat est mal posé », a estimé Julie Marchand, éditorialiste de politique étrangère à "
     "Libération.", "Le débat est mal posé", "Julie Marchand",
     "éditorialiste de politique étrangère à Libération"),
    ("« Les audiences baissent », a reconnu Anne Roy, directrice de l'information à Radio "
     "France.", "Les audiences baissent", "Anne Roy", "directrice de l'information à Radio France"),
    ("« Nous avons été surpris », a expliqué Anne Roy, responsable de la rubrique sport au Figaro, "
     "avant de raccrocher.", "Nous avons été surpris", "Anne Roy",
     "responsable de la rubrique sport au Figaro"),
    ("« La une était prête », a dit Anne Roy, rédactrice de la page sport au Figaro.",
     "La une était prête", "Anne Roy", "rédactrice de la page sport au Figaro"),
    ("« La une était prête », a dit Paul Roy, rédacteur de la page sport au Monde.",
     "La une était prête", "Paul Roy", "rédacteur de la page sport au Monde"),
    ("« La une était prête », a dit Paul Roy, chroniqueur de la page sport à Libération.",
     "La une était prête", "Paul Roy", "chroniqueur de la page sport à Libération"),
    ("« La une était prête », a dit Anne Roy, chroniqueuse de la page sport à Libération.",
     "La une était prête", "Anne Roy", "chroniqueuse de la page sport à Libération"),
    ("« La une était prête », a dit Paul Roy, journaliste de politique intérieure au Parisien.",
     "La une était prête", "Paul Roy", "journaliste de politique intérieure au Parisien"),
    ("« La une était prête », a dit Anne Roy, chef de la rédaction de nuit à Ouest-France.",
     "La une était prête", "Anne Roy", "chef de la rédaction de nuit à Ouest-France"),
    # must not: an outlet right after the role noun is where the role is held
    ("« Le bilan est lourd », a dit Paul Roy, consultant à France Inter.", "Le bilan est lourd",
     "Paul Roy", "consultant à France Inter"),
    # must not: a role of another kind, its outlet the one spoken to
    ("« La région investira », a affirmé Claire Morin, présidente de la région à Ouest-France.",
     "La région investira", "Claire Morin", "présidente de la région"),
]

# « à » and a person, a surname alone included, is the one spoken to, never a body of the role
SPOKEN_TO = [
    ("« Je l'ai appris hier », a répondu Paul Girard, porte-parole du parti à Mélenchon, qui "
     "l'interrogeait.", "Je l'ai appris hier", "Paul Girard", "porte-parole du parti"),
    ("« Il faut partir », a écrit Paul Girard, conseiller du ministre à Dupont-Aignan.",
     "Il faut partir", "Paul Girard", "conseiller du ministre"),
    ("« Nous attendons votre réponse », a écrit Paul Roy, avocat du club à Anne Morel.",
     "Nous attendons votre réponse", "Paul Roy", "avocat du club"),
    ("« Nous attendons votre réponse », a écrit Paul Roy, avocat du club à Constance Morel.",
     "Nous attendons votre réponse", "Paul Roy", "avocat du club"),
    ("« Nous partirons », a répondu Paul Roy, entraîneur du club à Vernier Dumoulin qui "
     "l'interrogeait.", "Nous partirons", "Paul Roy", "entraîneur du club"),
]

# « chargé de » opens a role only on a field of work, and ends as any role does
CHARGED = [
    ("« Nous avons tout perdu », a raconté Paul Girard, chargé de ses deux valises, en "
     "descendant du train.", "Nous avons tout perdu", "Paul Girard", None),
    ("Paul Girard, chargé de famille, a expliqué que les aides ne suffisaient plus.",
     "les aides ne suffisaient plus", "Paul Girard", None),
    ("Anne Roy, chargée d'enquêter sur l'incendie, a affirmé que la piste criminelle était "
     "écartée.", "la piste criminelle était écartée", "Anne Roy", None),
    ("Paul Girard, chargé de communication chez Alcyon, a indiqué que le produit serait rappelé.",
     "le produit serait rappelé", "Paul Girard", "chargé de communication chez Alcyon"),
    ("Anne Roy, chargée de mission (PS) au conseil régional, a indiqué que le vote aurait lieu.",
     "le vote aurait lieu", "Anne Roy", "chargée de mission (PS) au conseil régional"),
    ("Paul Girard, chargé de cours à l'université de Caen, estime que la réforme est mal conçue.",
     "la réforme est mal conçue", "Paul Girard", "chargé de cours à l'université de Caen"),
    ("Anne Roy, chargée d'affaires de l'ambassade de France, a déclaré que l'ambassade restait "
     "ouverte.", "l'ambassade restait ouverte", "Anne Roy",
     "chargée d'affaires de l'ambassade de France"),
    ("« Le budget tiendra », a reconnu Claire Morin, chargée des finances à la mairie de Vernac.",
     "Le budget tiendra", "Claire Morin", "chargée des finances à la mairie de Vernac"),
    # … after the role noun and an adjective of its office the tagger reads as a noun
    # (« déléguée »), the participle is the office's own
    ("« Le commerce tiendra », a écrit Anne Roy, ministre française déléguée chargée du "
     "Commerce et de l'Artisanat.", "Le commerce tiendra", "Anne Roy",
     "ministre française déléguée chargée du Commerce et de l'Artisanat"),
    ("« Les aides arrivent », a dit Anne Roy, ministre déléguée chargée des Petites et Moyennes "
     "Entreprises.", "Les aides arrivent", "Anne Roy",
     "ministre déléguée chargée des Petites et Moyennes Entreprises"),
    # must not: a participle of charge later in the apposition, a thing's, ends the role
    ("« Le camion repartira », a dit Paul Roy, chauffeur du camion chargé de gravats.",
     "Le camion repartira", "Paul Roy", "chauffeur du camion"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role"),
                         ROWS + APPOINTED + NEWSROOM + SPOKEN_TO + CHARGED)
def test_the_role_as_the_article_states_it(nlp, text, quote, speaker, role):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role) == (speaker, role)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ministre de la Culture avant d'être nommée Première ministre, Anne Roy a parlé.",
     "Anne Roy", "Première ministre"),
    ("Élu maire de Vernac en 2020, Paul Roy a parlé.", "Paul Roy", "maire de Vernac"),
    # must not: the participle is active, its role its object's
    ("Après avoir nommé Paul Roy directeur du port, Anne Morel a parlé.", "Anne Morel", None),
    # must not: the clause's own subject is a title with its article
    ("Après que la ministre a été nommée présidente de l'agence, Paul Roy a parlé.", "Paul Roy",
     None),
])
def test_the_role_an_appointment_gives_in_the_opening_clause(nlp, text, name, role):
    found = fronted_role(name_span(nlp, text, name))
    assert (found[0] if found else None) == role


@pytest.mark.parametrize(("text", "apposition", "role"), [
    ("Paul Roy et Marc Dupin, chargés de mission à la préfecture, ont parlé.",
     "chargés de mission à la préfecture", "chargés de mission à la préfecture"),
    ("Anne Roy et Julie Marchand, chargées des finances du club, ont parlé.",
     "chargées des finances du club", "chargées des finances du club"),
])
def test_a_plural_participle_of_charge_opens_a_role(nlp, text, apposition, role):
    doc = nlp(text)
    at = text.index(apposition)
    words = doc.char_span(at, at + len(apposition))
    assert words is not None
    found = role_span(doc, words.start, words.end)
    assert (found[0] if found else None) == role
