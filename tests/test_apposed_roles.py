"""Roles and names in the commonest appositions, by construction: a common noun of a person
set off beside a name is its role, whether the lexicon lists the noun or only its agent ending
and its place make it one (« la gérante du restaurant », « surveillant au collège »); an age, a
place or a time set off before it is no role and does not end the search for one (« Luc Roy,
45 ans, entraîneur du club »), and an age never becomes a name. A relation (« son voisin »,
« la mère de l'enfant », « une habitante du quartier »), a thing (« la maison du maire »), a
place or an adjective set off alone (« tremblante de peur »), the participle of a reporting
verb (« confirmant des révélations du journal ») gives no role.
One row: text -> the first quote's speaker, role and gender.
"""

import pytest
from conftest import ANY, quotes_of

F, M = "female", "male"

ROWS = [
    # --- apposition before the cue, with a determiner
    ('Marie Lenoir, la gérante du restaurant, assure que tout a brûlé.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('Paul Garnier, le boulanger du village, affirme que le pain manquera.',
     'Paul Garnier', 'boulanger du village', M),
    ("Sophie Martel, l'infirmière de garde, explique que le service est plein.",
     'Sophie Martel', 'infirmière de garde', F),
    ('Hugo Perrin, un chauffeur de bus, raconte que la route était glissante.',
     'Hugo Perrin', 'chauffeur de bus', M),
    ('Claire Roussel, une agricultrice de la Drôme, estime que la récolte est perdue.',
     'Claire Roussel', 'agricultrice de la Drôme', F),
    ('Julien Faure, le surveillant du collège, affirme que les élèves étaient calmes.',
     'Julien Faure', 'surveillant du collège', M),
    ("Anne Delmas, l'avocate de la famille, soutient que la plainte est fondée.",
     'Anne Delmas', 'avocate de la famille', F),
    ("Nadia Haddad, la directrice de l'école, annonce que les cours reprendront lundi.",
     'Nadia Haddad', "directrice de l'école", F),
    # --- apposition before the cue, bare
    ('Marie Lenoir, gérante du restaurant, assure que tout a brûlé.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('Paul Garnier, boulanger à Caen, affirme que le prix de la farine a doublé.',
     'Paul Garnier', 'boulanger à Caen', M),
    ('Thomas Vidal, maire de la commune, indique que la route restera fermée.',
     'Thomas Vidal', 'maire de la commune', M),
    ("Léa Morin, présidente de l'association, précise que la fête est annulée.",
     'Léa Morin', "présidente de l'association", F),
    ('Karim Benali, porte-parole de la préfecture, assure que la situation est maîtrisée.',
     'Karim Benali', 'porte-parole de la préfecture', M),
    ('Élise Caron, responsable du rayon, confie que les clients sont revenus.',
     'Élise Caron', 'responsable du rayon', F),
    # a pupil's or a student's standing (lexicon/occupations.txt), bare or indefinite, the
    # relative after the noun left out
    ('Louis, élève de terminale, raconte que le professeur était calme.',
     'Louis', 'élève de terminale', M),
    ('Hugo Perrin, un étudiant qui suivait le cours, raconte que la salle était calme.',
     'Hugo Perrin', 'étudiant', M),
    ('Inès Robin, étudiante en droit, affirme que les examens sont reportés.',
     'Inès Robin', 'étudiante en droit', F),
    # --- age or place apposed first
    ('Luc Bernard, 45 ans, entraîneur du club depuis 2019, confie que la saison est finie.',
     'Luc Bernard', 'entraîneur du club', M),
    ('Marie Lenoir, 52 ans, gérante du restaurant, assure que tout a brûlé.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('Pierre Mercier, 60 ans, agriculteur à Lodève, estime que la pluie arrive trop tard.',
     'Pierre Mercier', 'agriculteur à Lodève', M),
    ('Camille Royer, 38 ans, infirmière à Rennes, raconte que les nuits sont longues.',
     'Camille Royer', 'infirmière à Rennes', F),
    ('Sarah Klein, 29 ans, la boulangère du quartier, affirme que les ventes ont baissé.',
     'Sarah Klein', 'boulangère du quartier', F),
    ('Antoine Giraud, à Lyon, chauffeur de taxi, raconte que la nuit a été calme.',
     'Antoine Giraud', 'chauffeur de taxi', M),
    # --- after an inverted cue
    ('« Nous avons tout perdu », assure Marie Lenoir, gérante du restaurant.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('« Nous avons tout perdu », assure Marie Lenoir, la gérante du restaurant.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('« Le four a lâché », raconte Paul Garnier, boulanger rue des Lilas.',
     'Paul Garnier', 'boulanger rue des Lilas', M),
    ('« Le service est débordé », explique Sophie Martel, infirmière aux urgences.',
     'Sophie Martel', 'infirmière aux urgences', F),
    ('« La route était glissante », raconte Hugo Perrin, chauffeur de car scolaire.',
     'Hugo Perrin', 'chauffeur de car scolaire', M),
    ('« La récolte est perdue », soupire Claire Roussel, agricultrice dans la Drôme.',
     'Claire Roussel', 'agricultrice dans la Drôme', F),
    ('« Les élèves étaient calmes », assure Julien Faure, surveillant au collège.',
     'Julien Faure', 'surveillant au collège', M),
    ('« La plainte est fondée », soutient Anne Delmas, avocate de la famille.',
     'Anne Delmas', 'avocate de la famille', F),
    ('« La saison est finie », confie Luc Bernard, 45 ans, entraîneur du club depuis 2019.',
     'Luc Bernard', 'entraîneur du club', M),
    ('« Tout a brûlé », assure Marie Lenoir, 52 ans, gérante du restaurant.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('« Les lits manquent », déplore Camille Royer, 38 ans, infirmière à Rennes.',
     'Camille Royer', 'infirmière à Rennes', F),
    ('« Le quartier revit », se réjouit Thomas Vidal, maire de la commune.',
     'Thomas Vidal', 'maire de la commune', M),
    ("« Nous attendons les résultats », indique Nadia Haddad, directrice de l'école.",
     'Nadia Haddad', "directrice de l'école", F),
    ("« Le dossier avance », affirme Louis Petit, élu d'opposition.",
     'Louis Petit', "élu d'opposition", M),
    ('« Les stocks sont au plus bas », confie Élise Caron, responsable du magasin.',
     'Élise Caron', 'responsable du magasin', F),
    ('« Le calme est revenu », assure Karim Benali, porte-parole de la préfecture.',
     'Karim Benali', 'porte-parole de la préfecture', M),
    ("« La fête est annulée », regrette Léa Morin, présidente de l'association.",
     'Léa Morin', "présidente de l'association", F),
    ('« Les prix montent », constate Bruno Lefèvre, boucher à Nantes.',
     'Bruno Lefèvre', 'boucher à Nantes', M),
    ('« Les clients reviennent », se félicite Inès Robin, fleuriste à Tours.',
     'Inès Robin', 'fleuriste à Tours', F),
    ('« Il était très gentil », raconte Elsa, élève en BTS à Nantes. Elle l\'a eu en cours.',
     'Elsa', 'élève en BTS à Nantes', F),
    ('« Les patients attendent des heures », dénonce Yves Marchand, 57 ans, médecin à Brest.',
     'Yves Marchand', 'médecin à Brest', M),
    ('« Il faut du renfort », lance Chloé Fabre, cheffe de cuisine.',
     'Chloé Fabre', 'cheffe de cuisine', F),
    ('« Le camion est arrivé vide », raconte Denis Roche, livreur à Dijon.',
     'Denis Roche', 'livreur à Dijon', M),
    ('« Les classes sont pleines », observe Lucie Perret, institutrice à Albi.',
     'Lucie Perret', 'institutrice à Albi', F),
    ('« Le chantier a pris du retard », admet Marc Olivier, conducteur de travaux.',
     'Marc Olivier', 'conducteur de travaux', M),
    # --- colon-introduced quote
    ('Marie Lenoir, gérante du restaurant, résume : « Nous avons tout perdu. »',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('Paul Garnier, boulanger à Caen, prévient : « La farine va manquer. »',
     'Paul Garnier', 'boulanger à Caen', M),
    ("Luc Bernard, 45 ans, entraîneur du club, l'admet : « La saison est finie. »",
     'Luc Bernard', 'entraîneur du club', M),
    ('Sophie Martel, 41 ans, infirmière de nuit, témoigne : « Nous sommes épuisés. »',
     'Sophie Martel', 'infirmière de nuit', F),
    # --- relative « qui est … »
    ('Marie Lenoir, qui est gérante du restaurant, assure que tout a brûlé.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('« Tout a brûlé », assure Marie Lenoir, qui est gérante du restaurant.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('Paul Garnier, qui est boulanger depuis vingt ans, affirme que le métier a changé.',
     'Paul Garnier', 'boulanger', M),
    # --- « en tant que … »
    ('En tant que maire, Thomas Vidal assure que la route sera refaite.',
     'Thomas Vidal', 'maire', M),
    ("En tant que directrice de l'école, Nadia Haddad annonce que les cours reprendront.",
     'Nadia Haddad', "directrice de l'école", F),
    ("Léa Morin, en tant que présidente de l'association, affirme que la fête est annulée.",
     'Léa Morin', "présidente de l'association", F),
    # --- « X, à la tête de Y »
    # a position said by a phrase with no role noun (lexicon/lead_phrases.txt), as written
    ('Marie Lenoir, à la tête du restaurant depuis dix ans, assure que tout a brûlé.',
     'Marie Lenoir', 'à la tête du restaurant', F),
    ('« Tout a brûlé », assure Paul Garnier, à la tête de la boulangerie.',
     'Paul Garnier', 'à la tête de la boulangerie', M),
    # --- title before the name
    ('La gérante du restaurant, Marie Lenoir, assure que tout a brûlé.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('Le boulanger Paul Garnier affirme que la farine va manquer.',
     'Paul Garnier', 'boulanger', M),
    ("« Le service est plein », explique l'infirmière Sophie Martel.",
     'Sophie Martel', 'infirmière', F),
    ("L'agricultrice Claire Roussel, 50 ans, estime que la récolte est perdue.",
     'Claire Roussel', 'agricultrice', F),
    # --- must-not: relations, things, places
    ('Marie Lenoir, la voisine de la victime, assure que tout a brûlé.',
     'Marie Lenoir', None, F),
    ('« Tout a brûlé », assure Paul Garnier, son voisin.',
     'Paul Garnier', None, M),
    ("Anne Delmas, la mère de l'enfant, affirme que le bus était en retard.",
     'Anne Delmas', None, F),
    ('« Il était toujours souriant », confie Hugo Perrin, un ami de la famille.',
     'Hugo Perrin', None, M),
    ('Paul Garnier, devant la maison du maire, affirme que la rue est bloquée.',
     'Paul Garnier', None, M),
    ('« La rue est bloquée », affirme Léa Morin, 34 ans, devant la mairie.',
     'Léa Morin', None, F),
    ('Luc Bernard, 45 ans, de Lorient, confie que la saison est finie.',
     'Luc Bernard', None, M),
    ('« La saison est finie », confie Luc Bernard, 45 ans.',
     'Luc Bernard', None, M),
    ('Sophie Martel, habitante de Rennes depuis dix ans, raconte que le quartier a changé.',
     'Sophie Martel', None, F),
    ('« Le quartier a changé », raconte Claire Roussel, une habitante du quartier.',
     'Claire Roussel', None, F),
    # a pupil named by a relation to them is none (« la mère de l'élève », « un ami de l'étudiant »)
    ("Marie Lenoir, la mère de l'élève, affirme que le bus était en retard.",
     'Marie Lenoir', None, F),
    ("« Il était calme », confie Paul Garnier, un ami de l'étudiant.",
     'Paul Garnier', None, M),
    # nor does an unnamed pupil get one: an anonymous source's description is its name
    ('« Le cours a repris », a dit un élève du lycée.', 'un élève du lycée', None, None),
    # nor a former pupil or student (lexicon/schooling_nouns.txt): a record, no function
    ("Michel Roy, ancien élève de l'école Polytechnique, ajoute que le système a changé.",
     'Michel Roy', None, M),
    ("Paul Girard, ancien lycéen de Rodez, ajoute que le système a changé.",
     'Paul Girard', None, M),
    # --- must-not of the mechanisms: an adjective or participle set off alone, a bare complement
    ('Marie Lenoir, tremblante de peur, raconte que tout a brûlé.',
     'Marie Lenoir', None, F),
    ('Paul Garnier, souriant, affirme que la farine arrivera.',
     'Paul Garnier', None, M),
    ('« Tout ira bien », assure Léa Morin, rayonnante.',
     'Léa Morin', None, F),
    # --- must-not: what follows an age that is no role
    ('Paul Garnier, 60 ans, père de trois enfants, affirme que le métier a changé.',
     'Paul Garnier', None, M),
    ('« Le métier a changé », affirme Paul Garnier, 60 ans, le voisin du boulanger.',
     'Paul Garnier', None, M),
    # --- must-not: an age with no name before it
    ('Depuis 45 ans, le boulanger du village affirme que le pain a changé.',
     None, 'boulanger du village', ANY),
    # ---- more positions: « selon », a title before the name after an inverted cue, a
    # compound noun (« aide-soignante »), an apposition closed by the end of the sentence
    ('Selon Marie Lenoir, gérante du restaurant, tout a brûlé.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ("D'après Julien Faure, surveillant au collège, les élèves étaient calmes.",
     'Julien Faure', 'surveillant au collège', M),
    ('« Tout a brûlé », lâche la gérante du restaurant, Marie Lenoir.',
     'Marie Lenoir', 'gérante du restaurant', F),
    ('Marie Lenoir, 52 ans, la gérante du restaurant, raconte : « Tout a brûlé. »',
     'Marie Lenoir', 'gérante du restaurant', F),
    ("« Nous tenons bon », affirme Lucie Perret, 33 ans, aide-soignante à l'hôpital de Dax.",
     'Lucie Perret', "aide-soignante à l'hôpital de Dax", F),
    ('« On manque de tout », raconte Nathalie Roux, 47 ans, serveuse dans un bar du port.',
     'Nathalie Roux', 'serveuse dans un bar du port', F),
    ('« Le car est arrivé en retard », explique Jean Morel, 51 ans, conducteur de car à Vannes.',
     'Jean Morel', 'conducteur de car à Vannes', M),
    ('Jean Morel, 51 ans, conducteur de car à Vannes, explique que le car est arrivé en retard.',
     'Jean Morel', 'conducteur de car à Vannes', M),
    ('« Le marché est calme », note Chantal Blanc, marchande de légumes.',
     'Chantal Blanc', 'marchande de légumes', F),
    ("« Les loyers flambent », observe Olivier Guérin, gérant d'une agence immobilière.",
     'Olivier Guérin', "gérant d'une agence immobilière", M),
    ("« Les loyers flambent », observe Olivier Guérin, à Nantes, gérant d'une agence immobilière.",
     'Olivier Guérin', "gérant d'une agence immobilière", M),
    ('Sandrine Petit, une commerçante du centre-ville, assure que les clients reviennent.',
     'Sandrine Petit', 'commerçante du centre-ville', F),
    ('« Les clients reviennent », assure Sandrine Petit, commerçante rue Nationale.',
     'Sandrine Petit', 'commerçante rue Nationale', F),
    ('« On a eu peur », confie Hélène Mas, enseignante.',
     'Hélène Mas', 'enseignante', F),
    ('« On a eu peur », confie Hélène Mas, 29 ans, enseignante.',
     'Hélène Mas', 'enseignante', F),
    ('« On a eu peur », confie Hélène Mas, la directrice.',
     'Hélène Mas', 'directrice', F),
    ('« Le trafic reprend », indique Rémi Carré, responsable du dépôt depuis 2020.',
     'Rémi Carré', 'responsable du dépôt', M),
    ('Le maire de la commune, Thomas Vidal, 58 ans, assure que la route sera refaite.',
     'Thomas Vidal', 'maire de la commune', M),
    ("« Nous tenons bon », affirme Paul Perret, 40 ans, aide-soignant à l'hôpital de Dax.",
     'Paul Perret', "aide-soignant à l'hôpital de Dax", M),
    # --- the participle of a reporting verb after the name: a clause of saying, no role (the
    # title before the name is the role)
    ('« Le camion a quitté la route », a dit la procureure de Vannes Hélène Morvan, '
     'confirmant des révélations du journal Le Courrier.',
     'Hélène Morvan', 'procureure de Vannes', F),
    ('« Le tribunal tranchera », a déclaré le préfet de Vannes Hugo Perrin, précisant '
     'des horaires du Centre Nord.',
     'Hugo Perrin', 'préfet de Vannes', M),
    ('« Les chiffres sont bons », a dit Anne Roy, commentant les résultats du Crédit Agricole.',
     'Anne Roy', None, F),
    # must not: a noun the participle's form has too, with its complement
    ('Paul Garnier, surveillant des internats, affirme que tout va bien.',
     'Paul Garnier', 'surveillant des internats', M),
    # --- one of a group: « l'un des NOUNs » is the role noun in the singular, its
    # complement as written (fixtures/gold/GUIDELINES.md, « A bare plural noun of a role »)
    ("« Le service ferme », raconte Hugo Perrin, l'un des infirmiers des urgences.",
     'Hugo Perrin', 'infirmier des urgences', M),
    ("« La plainte est fondée », soutient Anne Delmas, l'une des avocates de la famille.",
     'Anne Delmas', 'avocate de la famille', F),
    ("« La route était glissante », raconte Marc Olivier, un des chauffeurs du dépôt.",
     'Marc Olivier', 'chauffeur du dépôt', M),
    # the role noun and its adjectives in the singular as written: an adjective the same in
    # both numbers kept, « -aux » of « -al », a role noun after the role noun too
    ("« Le culte reprend », dit Hugo Perrin, l'un des responsables religieux de Vernay.",
     'Hugo Perrin', 'responsable religieux de Vernay', M),
    ("« Le chantier est arrêté », dit Marc Olivier, l'un des ouvriers portugais du chantier.",
     'Marc Olivier', 'ouvrier portugais du chantier', M),
    ("« La carte change », raconte Luc Bardet, l'un des chefs cuisiniers du palace.",
     'Luc Bardet', 'chef cuisinier du palace', M),
    ("« La grève continue », affirme Luc Bardet, l'un des délégués syndicaux de l'usine.",
     'Luc Bardet', "délégué syndical de l'usine", M),
    ("« Le budget passera », assure Paul Garnier, l'un des conseillers municipaux de Vernay.",
     'Paul Garnier', 'conseiller municipal de Vernay', M),
    ("« Le budget passera », assure Anne Delmas, l'une des élues locales de Vernay.",
     'Anne Delmas', 'élue locale de Vernay', F),
    # must not: one of a group that is no function
    ("« Tout a brûlé », raconte Paul Garnier, l'un des voisins de la victime.",
     'Paul Garnier', None, M),
    # --- a function held before and the one « désormais » marks: the one held now
    ("Anne Roy, ancienne joueuse du club et désormais membre du staff, a dit que l'équipe "
     "était prête.", 'Anne Roy', 'membre du staff', F),
    ("Paul Morel, ancien maire de Vire et désormais député, a dit que la ville était prête.",
     'Paul Morel', 'député', M),
    # must not: no function after « désormais »
    ("Paul Morel, ancien maire de Vire et désormais à la retraite, a dit que la ville était "
     "prête.", 'Paul Morel', 'ancien maire de Vire', M),
    # must not: a first function not said to be over is held still, the primary one
    ("Paul Morel, maire de Vire et désormais aussi président de l'agglomération, a dit que « les "
     "deux mandats sont compatibles ».", 'Paul Morel', 'maire de Vire', M),
    ("Anne Roy, présidente de l'association et désormais candidate aux municipales, a dit que "
     "« la ville doit changer ».", 'Anne Roy', "présidente de l'association", F),
    # must not: no role noun right after « désormais »: the function before stays (not lost)
    ("Paul Morel, ancien ministre et désormais proche du président, a assuré que « la réforme "
     "passera ».", 'Paul Morel', 'ancien ministre', M),
    ("Anne Roy, ancienne ministre et désormais amie du président, a dit que « la réforme est "
     "juste ».", 'Anne Roy', 'ancienne ministre', F),
    # must not: what follows « désormais » gives no role (a prize): the function before stays
    ("Anne Roy, ancienne joueuse et désormais élue meilleure entraîneuse de l'année, a dit que "
     "« le club ira loin ».", 'Anne Roy', 'ancienne joueuse', F),
    # must not: « désormais » with no « et » before it says what the club is now, not the man
    ("Paul Morel, ancien entraîneur du club désormais champion de France, a dit que « le titre "
     "est mérité ».", 'Paul Morel', 'ancien entraîneur du club', M),
    # --- a rank with its number and the body it is held in, beside a name (lexicon/rank_nouns.txt)
    ("La numéro deux du parti, Anne Delmas, a jugé que le texte était injuste.",
     'Anne Delmas', 'numéro deux du parti', F),
    ("« Le budget passera », assure Paul Garnier, numéro 2 du gouvernement.",
     'Paul Garnier', 'numéro 2 du gouvernement', M),
    ("Paul Garnier, numéro 9 du club, joue demain. Le numéro 9 du club a assuré que la saison "
     "serait longue.", 'Paul Garnier', 'numéro 9 du club', M),
    # must not: a rank with no body (a record), a number with no rank noun, a rank no name is
    # beside (whose it is, the article does not say there)
    ("La numéro 2 mondiale, Anne Delmas, a dit que la finale serait dure.",
     'Anne Delmas', None, F),
    ("« Appelez-moi », a dit Paul Garnier, qui a donné son numéro de téléphone.",
     'Paul Garnier', None, M),
    ("Paul Garnier joue au club. Le numéro 9 du club a assuré que la saison serait longue.",
     'numéro 9 du club', None, ANY),
    # a rank after its determiner, set off by commas after the name
    ("Paul Morel, le numéro 2 du parti, a dit que « rien n'est joué ».",
     'Paul Morel', 'numéro 2 du parti', M),
    # must not: a ranking, a sales chart or a draw after « de » is no body
    ("Paul Morel, numéro 1 des ventes de livres cet été, a déclaré : « Je n'en reviens pas. »",
     'Paul Morel', None, M),
    ("Le numéro 3 du classement mondial, Paul Morel, a estimé que « le tournoi sera ouvert ».",
     'Paul Morel', None, M),
    ("Le numéro 1 du tennis mondial, Paul Morel, a assuré que « la saison sera longue ».",
     'Paul Morel', None, M),
    ("« Je vise le titre », a dit Paul Morel, numéro 2 du classement ATP.", 'Paul Morel', None, M),
    ("Paul Morel, numéro 7 du tirage au sort, a dit : « Le hasard fait bien les choses. »",
     'Paul Morel', None, M),
    # must not: « numéro » inside a longer phrase (a bib), not opening it
    ("Le dossard numéro 12 des Bleus, Paul Morel, a dit que « la course était dure ».",
     'Paul Morel', None, M),
    # must not: a name after another mark than a comma, in the next sentence, is no one the
    # rank is beside (the speaker stays the description, no rank is taught)
    ("« Rien n'est joué », a dit le numéro 2 du parti. Anne Delmas a ensuite quitté la salle.",
     'numéro 2 du parti', None, ANY),
    # must not: a number with no « de » before the body (a match, not a rank held in it)
    ("Paul Garnier, numéro 9 contre le club de Lens, a dit que « le match sera dur ».",
     'Paul Garnier', None, M),
    # --- a bracket right after the name that holds a role whole: a speaker's line before
    # their words, as an apposition set off by commas
    ("Les réactions.\n\nPaul Morel (capitaine de l'équipe de Dole) :\n\n« Nous avons tout "
     "donné. »", 'Paul Morel', "capitaine de l'équipe de Dole", M),
    ("Anne Roy (directrice de l'usine) : « Les lignes reprendront lundi. »",
     'Anne Roy', "directrice de l'usine", F),
    # --- a one-word label the recogniser runs into the role's complement as a name (« député
    # Renaissance de l'Oise »): a party's, inside the role
    ("Pour Paul Roy, ancien ministre et député Renaissance de l'Oise, le discours est « un "
     "naufrage ».", 'Paul Roy', "député Renaissance de l'Oise", M),
    # must not: a first name after the role noun starts another person's name
    ("Pour Anne Roy, avocate, Paul de Vire a tort de dire « jamais ».", 'Anne Roy', 'avocate',
     F),
    # must not: an office-holder's surname (no party of lexicon/party_names.txt) stays out of
    # the role (GUIDELINES « Roles, as a function »)
    ("Selon Nadia Ferrand, collaboratrice du député Bernalicis du Nord, les fonds « ont été mal "
     "gérés ». Elle a été entendue mardi.", 'Nadia Ferrand', 'collaboratrice du député', F),
    ("Selon Karim Saïd, assistant du sénateur Vogel de Seine-et-Marne, la réunion « a été "
     "annulée ». Le sénateur n'a pas réagi.", 'Karim Saïd', 'assistant du sénateur', M),
    ("Selon Lucie Bardet, conseillère du ministre Lecornu de 2022 à 2024, la décision « était "
     "déjà prise ». Elle témoignait devant la commission.", 'Lucie Bardet',
     'conseillère du ministre', F),
    # must not: a bracket of years, a place, an acronym or a count is no role
    ("Paul Morel (2012-2017) a dit : « Le budget est tenu. »", 'Paul Morel', None, M),
    ("Paul Morel (France) a dit : « Le budget est tenu. »", 'Paul Morel', None, M),
    ("Paul Morel (LR) a dit : « Le budget est tenu. »", 'Paul Morel', None, M),
    ("Paul Morel (41 sélections) a dit : « Le match sera dur. »", 'Paul Morel', None, M),
    # must not: a bracket only part of which is a role: words before it that say the person
    # is not it yet, or after it a group or a clause (« et ses adjoints », « qu'il a quittée »)
    ("Paul Morel (bientôt capitaine de l'équipe) : « Nous avons tout donné. »",
     'Paul Morel', None, M),
    ("Paul Morel (pas encore capitaine de l'équipe) : « Nous avons tout donné. »",
     'Paul Morel', None, M),
    ("Paul Morel (maire de Dole et ses adjoints) : « Nous avons tout donné. »",
     'Paul Morel', None, M),
    ("Paul Morel (capitaine de l'équipe qu'il a quittée) : « Nous avons tout donné. »",
     'Paul Morel', None, M),
]


@pytest.mark.parametrize(("text", "speaker", "role"), [
    # « le numéro vert » in an article that has « le numéro 2 du parti, Paul Morel, »: the
    # noun the rank taught is no role without its number
    ("Le numéro 2 du parti, Paul Morel, a dit que « rien n'est joué ». Le numéro vert reste "
     "ouvert, selon Anne Roy, qui juge que « les appels affluent ».", 'Paul Morel',
     'numéro 2 du parti'),
    # must not: a number with no « de » before the body (a match, not a rank held in it)
    ("« Le match sera dur », a dit Paul Garnier, numéro 9 contre le club de Lens.",
     'Paul Garnier', None),
])
def test_the_roles_a_rank_gives(nlp, text, speaker, role):
    """Every role the article gives the speaker (``Speaker.roles``), not only the one shown."""
    who = quotes_of(nlp, text)[0].speaker
    assert (who.name, who.role) == (speaker, role)
    assert [r.text for r in who.roles] == ([role] if role else [])


@pytest.mark.parametrize(("text", "speaker", "role", "gender"), ROWS)
def test_apposed_role(nlp, text, speaker, role, gender):
    quotes = quotes_of(nlp, text)
    assert quotes, text
    who = quotes[0].speaker
    assert who.name == speaker
    assert who.role == role
    if gender is not ANY:  # an unnamed man's masculine noun: see fixtures/gold/GUIDELINES.md
        assert who.gender == gender
