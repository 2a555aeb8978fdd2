"""Every lexicon entry justified by a sentence of its own: entry -> sentence -> what it gives.

One table per word list in quotes/lexicon/ (first_names.tsv and grammar.py aside), checked
through the real extractor. The sentences are written for these tests in news style, never
copied from an article. ``test_every_entry_has_a_row`` keeps tables and lists in step: an
entry without a row, or a row for no entry, fails. The reporting verbs get one sentence each
from a template that matches their flags in reporting_verbs.tsv. A row that fails for a reason
outside the lexicon is marked xfail(strict=True) with that reason (``XFAIL``).
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
from conftest import beside_its_own_quote, found_quotes, labelled, lacking, quotes_of

from quotes.attribute.functions import distinction, function, grade_alone
from quotes.attribute.mislabelled import mislabelled
from quotes.attribute.names import parse
from quotes.attribute.role_extent import role_span
from quotes.lexicon import fold, phrases, table, words
from quotes.lexicon.roles import is_role_noun
from quotes.model import Quote, Speaker

# role_nouns.txt: (entry, sentence, the speaker's role)
ROLE_NOUNS = [
    (
        "technicien",
        "« Le groupe a besoin de repos », a estimé le technicien du club.",
        "technicien du club",
    ),
    (
        "technicienne",
        "« Mes joueuses ont tout donné », a salué la technicienne lyonnaise.",
        "technicienne lyonnaise",
    ),
    (
        "adjoint",
        "« Les travaux commenceront en mai », a précisé l'adjoint à l'urbanisme.",
        "adjoint à l'urbanisme",
    ),
    (
        "administrateur",
        "« Le musée rouvrira au printemps », a annoncé l'administrateur du musée.",
        "administrateur du musée",
    ),
    (
        "administratrice",
        "« Les comptes sont à l'équilibre », a assuré l'administratrice judiciaire.",
        "administratrice judiciaire",
    ),
    ("agent", "« Le joueur veut partir cet été », a confié son agent.", "agent"),
    (
        "aumônier",
        "« Les détenus ont besoin d'écoute », a expliqué l'aumônier de la prison.",
        "aumônier de la prison",
    ),
    (
        "ambassadeur",
        "« Le dialogue reste ouvert », a déclaré l'ambassadeur de France.",
        "ambassadeur de France",
    ),
    (
        "ambassadrice",
        "« Nos relations sont excellentes », a souligné l'ambassadrice du Canada.",
        "ambassadrice du Canada",
    ),
    ("amiral", "« La flotte est prête à appareiller », a affirmé l'amiral.", "amiral"),
    (
        "analyste",
        "« Les marchés restent nerveux », a observé l'analyste de la banque.",
        "analyste de la banque",
    ),
    (
        "archevêque",
        "« Cette cathédrale appartient à tous », a déclaré l'archevêque de Lyon.",
        "archevêque de Lyon",
    ),
    (
        "attaché",
        "« Le ministre ne fera aucun commentaire », a répondu l'attaché de presse.",
        "attaché de presse",
    ),
    ("auteur", "« Ce livre m'a pris dix ans », confie l'auteur du roman.", "auteur du roman"),
    (
        "autrice",
        "« J'ai voulu raconter ma grand-mère », explique l'autrice de la bande dessinée.",
        "autrice de la bande dessinée",
    ),
    (
        "auteure",
        "« Le récit m'a occupée deux ans », raconte l'auteure du livre.",
        "auteure du livre",
    ),
    (
        "avocat",
        "« Mon client conteste les faits », a déclaré l'avocat du prévenu.",
        "avocat du prévenu",
    ),
    (
        "avocate",
        "« Ma cliente demande à être entendue », a indiqué l'avocate de la famille.",
        "avocate de la famille",
    ),
    ("boss", "« On va tout donner samedi », a promis le boss de l'écurie.", "boss de l'écurie"),
    (
        "camerlingue",
        "« Le conclave s'ouvrira dans quinze jours », a annoncé le camerlingue de l'Église.",
        "camerlingue de l'Église",
    ),
    (
        "capitaine",
        "« Il faudra rester concentrés jusqu'au bout », a prévenu le capitaine des Bleus.",
        "capitaine des Bleus",
    ),
    ("cardinal", "« L'Église doit écouter les fidèles », a estimé le cardinal.", "cardinal"),
    (
        "chancelier",
        "« L'Europe doit investir davantage », a plaidé le chancelier allemand.",
        "chancelier allemand",
    ),
    ("chancelière", "« Nous ne céderons pas », avait répété la chancelière.", "chancelière"),
    (
        "chef",
        "« Nos troupes tiennent la ligne », a déclaré le chef d'état-major.",
        "chef d'état-major",
    ),
    (
        "cheffe",
        "« Le service est complet ce soir », a souligné la cheffe du restaurant.",
        "cheffe du restaurant",
    ),
    (
        "chercheur",
        "« Les glaciers fondent plus vite que prévu », a alerté le chercheur du CNRS.",
        "chercheur du CNRS",
    ),
    (
        "chercheuse",
        "« Ces résultats restent préliminaires », a précisé la chercheuse.",
        "chercheuse",
    ),
    ("coach", "« Mes joueurs ont montré du caractère », s'est félicité le coach.", "coach"),
    (
        "collaborateur",
        "« Il travaillait jour et nuit », a raconté l'ancien collaborateur du ministre.",
        "ancien collaborateur du ministre",
    ),
    (
        "colonel",
        "« Nos hommes sont en position », a affirmé le colonel du régiment.",
        "colonel du régiment",
    ),
    (
        "commandant",
        "« L'équipage a réagi avec sang-froid », a raconté le commandant de bord.",
        "commandant de bord",
    ),
    (
        "commissaire",
        "« L'enquête progresse », a assuré le commissaire divisionnaire.",
        "commissaire divisionnaire",
    ),
    (
        "conseiller",
        "« Le président tranchera la semaine prochaine », a indiqué le conseiller de l'Élysée.",
        "conseiller de l'Élysée",
    ),
    (
        "conseillère",
        "« Le budget sera voté en décembre », a précisé la conseillère municipale.",
        "conseillère municipale",
    ),
    (
        "coordinateur",
        "« Les secours sont débordés », a alerté le coordinateur de l'association.",
        "coordinateur de l'association",
    ),
    (
        "correspondant",
        "« La ville est encore sous le choc », a rapporté le correspondant du journal.",
        "correspondant du journal",
    ),
    (
        "cofondateur",
        "« Nous avons commencé dans un garage », a raconté le cofondateur de la start-up.",
        "cofondateur de la start-up",
    ),
    (
        "député",
        "« Ce texte ne passera pas », a prédit le député de la Somme.",
        "député de la Somme",
    ),
    (
        "députée",
        "« Les familles attendent des réponses », a lancé la députée écologiste.",
        "députée écologiste",
    ),
    ("dirigeant", "« Le club n'est pas à vendre », a martelé le dirigeant.", "dirigeant"),
    (
        "dirigeante",
        "« Nous embaucherons l'an prochain », a annoncé la dirigeante de l'entreprise.",
        "dirigeante de l'entreprise",
    ),
    (
        "diplomate",
        "« Les positions se rapprochent », a confié le diplomate européen.",
        "diplomate européen",
    ),
    (
        "directeur",
        "« Les résultats sont encourageants », a déclaré le directeur de l'hôpital.",
        "directeur de l'hôpital",
    ),
    (
        "directrice",
        "« Aucun élève n'a été blessé », a rassuré la directrice de l'école.",
        "directrice de l'école",
    ),
    (
        "défenseur",
        "« J'ai vu le ballon entrer », raconte le défenseur lyonnais.",
        "défenseur lyonnais",
    ),
    (
        "délégué",
        "« La grève continuera lundi », a prévenu le délégué syndical.",
        "délégué syndical",
    ),
    (
        "déléguée",
        "« Les salariés sont épuisés », a témoigné la déléguée du personnel.",
        "déléguée du personnel",
    ),
    (
        "économiste",
        "« La croissance ralentira en fin d'année », a estimé l'économiste.",
        "économiste",
    ),
    ("élu", "« Le village n'a jamais connu une telle crue », a déclaré l'élu local.", "élu local"),
    ("élue", "« Nous demandons plus de moyens », a réclamé l'élue régionale.", "élue régionale"),
    (
        "émissaire",
        "« Un accord est possible d'ici vendredi », a estimé l'émissaire américain.",
        "émissaire américain",
    ),
    (
        "entraîneur",
        "« On a manqué d'efficacité », a regretté l'entraîneur nantais.",
        "entraîneur nantais",
    ),
    (
        "envoyé",
        "« Les deux camps doivent se parler », a insisté l'envoyé spécial de l'ONU.",
        "envoyé spécial de l'ONU",
    ),
    (
        "envoyée",
        "« La population manque de tout », a décrit l'envoyée spéciale du journal.",
        "envoyée spéciale du journal",
    ),
    (
        "évêque",
        "« Nous prions pour les victimes », a déclaré l'évêque de Nantes.",
        "évêque de Nantes",
    ),
    ("expert", "« Le pont devra être démoli », a conclu l'expert judiciaire.", "expert judiciaire"),
    (
        "experte",
        "« Les risques sont sous-estimés », a averti l'experte du climat.",
        "experte du climat",
    ),
    (
        "fondateur",
        "« J'ai créé cette marque à vingt ans », raconte le fondateur du groupe.",
        "fondateur du groupe",
    ),
    (
        "fondatrice",
        "« Nous voulions changer la mode », explique la fondatrice de la marque.",
        "fondatrice de la marque",
    ),
    ("général", "« Les combats se poursuivent dans le nord », a indiqué le général.", "général"),
    (
        "gouverneur",
        "« L'inflation reculera en 2025 », a assuré le gouverneur de la Banque de France.",
        "gouverneur de la Banque de France",
    ),
    (
        "haut-commissaire",
        "« La réforme sera présentée en juin », a indiqué le haut-commissaire au Plan.",
        "haut-commissaire au Plan",
    ),
    (
        "homologue",
        "« Nous partageons la même analyse », a répondu son homologue italien.",
        "homologue italien",
    ),
    ("juge", "« L'audience est suspendue », a déclaré la juge.", "juge"),
    ("juré", "« Nous avons délibéré six jours », a lancé le juré.", "juré"),
    (
        "leader",
        "« Nous irons jusqu'au bout », a lancé le leader du mouvement.",
        "leader du mouvement",
    ),
    (
        "maire",
        "« L'eau est potable à nouveau », a annoncé le maire de la commune.",
        "maire de la commune",
    ),
    (
        "bourgmestre",
        "« Les digues seront rehaussées », a promis le bourgmestre de la commune.",
        "bourgmestre de la commune",
    ),
    (
        "échevin",
        "« Le marché reviendra sur la place », a assuré l'échevin du commerce.",
        "échevin du commerce",
    ),
    (
        "échevine",
        "« Les écoles rouvriront lundi », a indiqué l'échevine de l'enseignement.",
        "échevine de l'enseignement",
    ),
    (
        "magistrat",
        "« Le dossier est lourd », a reconnu le magistrat du parquet.",
        "magistrat du parquet",
    ),
    (
        "médecin",
        "« Le patient est hors de danger », a indiqué le médecin urgentiste.",
        "médecin urgentiste",
    ),
    ("membre", "« Les débats ont été vifs », a raconté le membre du jury.", "membre du jury"),
    (
        "ministre",
        "« Les prix baisseront en janvier », a promis la ministre de l'Économie.",
        "ministre de l'Économie",
    ),
    (
        "négociateur",
        "« Il reste des points durs », a reconnu le négociateur européen.",
        "négociateur européen",
    ),
    (
        "négociatrice",
        "« La porte reste ouverte », a déclaré la négociatrice européenne.",
        "négociatrice européenne",
    ),
    (
        "officier",
        "« Les tirs ont cessé dans la nuit », a affirmé l'officier de l'armée.",
        "officier de l'armée",
    ),
    ("pape", "« La paix est un devoir », a déclaré le pape.", "pape"),
    (
        "patron",
        "« Nous ne fermerons aucune usine », a assuré le patron du constructeur.",
        "patron du constructeur",
    ),
    (
        "patronne",
        "« La saison a été excellente », se réjouit la patronne de l'hôtel.",
        "patronne de l'hôtel",
    ),
    ("plaignant", "« J'attends que justice soit faite », a déclaré le plaignant.", "plaignant"),
    ("plaignante", "« Je n'ai jamais menti », a répété la plaignante.", "plaignante"),
    ("pontife", "« Ne fermez pas vos portes », a lancé le souverain pontife.", "souverain pontife"),
    (
        "porte-parole",
        "« Le gouvernement ne reculera pas », a affirmé la porte-parole du gouvernement.",
        "porte-parole du gouvernement",
    ),
    (
        "président",
        "« La France tiendra ses engagements », a déclaré le président de la République.",
        "président de la République",
    ),
    (
        "présidente",
        "« Le vote aura lieu mardi », a annoncé la présidente de l'Assemblée.",
        "présidente de l'Assemblée",
    ),
    (
        "procureur",
        "« Le suspect a reconnu les faits », a déclaré le procureur de la République.",
        "procureur de la République",
    ),
    (
        "procureure",
        "« Une information judiciaire est ouverte », a indiqué la procureure de Lille.",
        "procureure de Lille",
    ),
    (
        "professeur",
        "« Les élèves ont été remarquables », salue le professeur de mathématiques.",
        "professeur de mathématiques",
    ),
    ("prêtre", "« La paroisse vit grâce aux bénévoles », explique le prêtre.", "prêtre"),
    (
        "rapporteur",
        "« Le texte a été amélioré », a estimé le rapporteur du projet de loi.",
        "rapporteur du projet de loi",
    ),
    # kept a role noun, though GUIDELINES read a noun of state as no role: as a function noun,
    # « le religieux » never goes to a holder of another function (« le maire Paul Morel »)
    (
        "religieux",
        "« Le monastère accueille tous les visiteurs », a expliqué le religieux.",
        "religieux",
    ),
    (
        "représentant",
        "« Les discussions reprendront lundi », a déclaré le représentant des salariés.",
        "représentant des salariés",
    ),
    (
        "représentante",
        "« Nous avons été entendus », a déclaré la représentante des parents d'élèves.",
        "représentante des parents d'élèves",
    ),
    (
        "responsable",
        "« Tous les moyens sont mobilisés », a assuré le responsable des secours.",
        "responsable des secours",
    ),
    ("roi", "« Le pays se relèvera », a déclaré le roi.", "roi"),
    ("reine", "« Je pense à toutes les familles », a déclaré la reine.", "reine"),
    ("sélectionneur", "« Le groupe vit bien », a assuré le sélectionneur.", "sélectionneur"),
    (
        "secrétaire",
        "« Le parti sortira renforcé de ce congrès », a affirmé le secrétaire national.",
        "secrétaire national",
    ),
    (
        "sénateur",
        "« Les communes rurales sont oubliées », a dénoncé le sénateur du Gers.",
        "sénateur du Gers",
    ),
    (
        "sénatrice",
        "« Cet amendement protège les locataires », a défendu la sénatrice.",
        "sénatrice",
    ),
    ("souverain", "« Mon peuple a montré son courage », a déclaré le souverain.", "souverain"),
    (
        "vice-président",
        "« Le projet sera financé », a promis le vice-président de la région.",
        "vice-président de la région",
    ),
    (
        "vice-présidente",
        "« Les lycées seront rénovés », a annoncé la vice-présidente de la région.",
        "vice-présidente de la région",
    ),
    ("acteur", "« Ce rôle m'a transformé », a confié l'acteur.", "acteur"),
    ("actrice", "« J'ai appris à me taire », a déclaré l'actrice.", "actrice"),
    (
        "champion",
        "« Je reviendrai plus fort », a promis le champion olympique.",
        "champion olympique",
    ),
    (
        "championne",
        "« Cette médaille est pour ma mère », a déclaré la championne du monde.",
        "championne du monde",
    ),
    ("joueur", "« On a été punis sur chaque erreur », a regretté le joueur.", "joueur"),
    ("joueuse", "« Je n'ai pas senti la pression », a assuré la joueuse.", "joueuse"),
    ("interprète", "« Le tournage m'a épuisée », a confié l'interprète principale du film.",
     "interprète principale du film"),
    ("attaquant", "« J'ai frappé au premier poteau », a raconté l'attaquant lyonnais.",
     "attaquant lyonnais"),
    ("attaquante", "« Le but était vide », a souri l'attaquante.", "attaquante"),
    ("portier", "« J'ai arrêté deux tirs au but », a raconté le portier de Vernac.",
     "portier de Vernac"),
    ("meneur", "« On doit mieux défendre », a reconnu le meneur de jeu.", "meneur de jeu"),
    ("vice-capitaine", "« Le vestiaire est uni », a assuré le vice-capitaine.", "vice-capitaine"),
    (
        "porte-voix",
        "« Nous ne lâcherons rien », a lancé la porte-voix du collectif.",
        "porte-voix du collectif",
    ),
    ("chanteur", "« La scène me manquait », a confié le chanteur.", "chanteur"),
    ("chanteuse", "« Cet album parle de deuil », explique la chanteuse.", "chanteuse"),
    ("écrivain", "« J'écris chaque matin », raconte l'écrivain.", "écrivain"),
    ("romancier", "« Mes personnages m'échappent », a confié le romancier.", "romancier"),
    ("réalisateur", "« Le tournage a duré deux ans », a raconté le réalisateur.", "réalisateur"),
    ("réalisatrice", "« Ce film est né d'une colère », explique la réalisatrice.", "réalisatrice"),
    (
        "journaliste",
        "« Nous avons été retenus six heures », a raconté le journaliste.",
        "journaliste",
    ),
    (
        "président-directeur",
        "« Le groupe restera français », a assuré le président-directeur général.",
        "président-directeur général",
    ),
    (
        "préfet",
        "« Nous restons prudents », a déclaré le préfet de la Gironde.",
        "préfet de la Gironde",
    ),
    (
        "préfète",
        "« La circulation reprendra demain », a indiqué la préfète du Finistère.",
        "préfète du Finistère",
    ),
    (
        "sous-préfet",
        "« Le camp sera évacué jeudi », a annoncé le sous-préfet de Bayonne.",
        "sous-préfet de Bayonne",
    ),
    ("sous-préfète", "« Les digues ont tenu », a rassuré la sous-préfète.", "sous-préfète"),
    (
        "bâtonnier",
        "« Les avocats sont en colère », a déclaré le bâtonnier de Marseille.",
        "bâtonnier de Marseille",
    ),
    ("bâtonnière", "« Le barreau soutient sa consœur », a déclaré la bâtonnière.", "bâtonnière"),
    ("gendarme", "« Le conducteur roulait à 180 km/h », a expliqué le gendarme.", "gendarme"),
    ("policier", "« Le suspect a pris la fuite à pied », a raconté le policier.", "policier"),
    ("policière", "« Nous avons entendu des cris », a témoigné la policière.", "policière"),
    ("pompier", "« Le feu est maintenant fixé », a indiqué le pompier.", "pompier"),
    ("syndicaliste", "« La direction nous méprise », a dénoncé le syndicaliste.", "syndicaliste"),
    ("candidat", "« Je serai le président du pouvoir d'achat », a promis le candidat.", "candidat"),
    (
        "candidate",
        "« Je ne retirerai pas ma candidature », a assuré la candidate écologiste.",
        "candidate écologiste",
    ),
    (
        "eurodéputé",
        "« Bruxelles doit protéger nos agriculteurs », a plaidé l'eurodéputé.",
        "eurodéputé",
    ),
    ("eurodéputée", "« Ce vote est une honte », a dénoncé l'eurodéputée.", "eurodéputée"),
    (
        "adjointe",
        "« Les cantines passeront au bio », a annoncé l'adjointe chargée de l'éducation.",
        "adjointe chargée de l'éducation",
    ),
    ("entraîneuse", "« Mes joueuses ont tout donné », a salué l'entraîneuse.", "entraîneuse"),
    (
        "sélectionneuse",
        "« La liste sera connue lundi », a indiqué la sélectionneuse.",
        "sélectionneuse",
    ),
    ("magistrate", "« La loi doit être appliquée », a rappelé la magistrate.", "magistrate"),
    ("généticien", "« Ce gène joue un rôle clé », explique le généticien.", "généticien"),
    (
        "généticienne",
        "« Les tests ne disent pas tout », a précisé la généticienne.",
        "généticienne",
    ),
    (
        "microbiologiste",
        "« Cette bactérie résiste aux antibiotiques », alerte le microbiologiste.",
        "microbiologiste",
    ),
    ("scientifique", "« Les données sont sans appel », a affirmé la scientifique.", "scientifique"),
    ("cinéaste", "« Je filme les gens que j'aime », confie le cinéaste.", "cinéaste"),
    ("comédien", "« Le théâtre m'a sauvé », raconte le comédien.", "comédien"),
    ("comédienne", "« Ce personnage me ressemble », a confié la comédienne.", "comédienne"),
    (
        "militant",
        "« Nous reviendrons chaque samedi », a prévenu le militant écologiste.",
        "militant écologiste",
    ),
    (
        "militante",
        "« On ne nous fera pas taire », a lancé la militante féministe.",
        "militante féministe",
    ),
    (
        "opposant",
        "« Le scrutin était truqué », a dénoncé le principal opposant.",
        "principal opposant",
    ),
    (
        "opposante",
        "« Je rentrerai dans mon pays », a déclaré l'opposante biélorusse.",
        "opposante biélorusse",
    ),
    ("enquêteur", "« La piste criminelle est privilégiée », a confié l'enquêteur.", "enquêteur"),
    ("enquêtrice", "« Le témoin a été réentendu », a précisé l'enquêtrice.", "enquêtrice"),
    ("infirmier", "« Nous manquons de lits », témoigne l'infirmier.", "infirmier"),
    ("infirmière", "« Les nuits sont épuisantes », raconte l'infirmière.", "infirmière"),
    ("chirurgien", "« L'opération a duré neuf heures », a expliqué le chirurgien.", "chirurgien"),
    ("chirurgienne", "« La greffe a bien pris », se réjouit la chirurgienne.", "chirurgienne"),
    (
        "épidémiologiste",
        "« Le pic est derrière nous », estime l'épidémiologiste.",
        "épidémiologiste",
    ),
    ("virologue", "« Ce variant circule peu », rassure la virologue.", "virologue"),
    ("sociologue", "« La colère vient de loin », a expliqué le sociologue.", "sociologue"),
    ("historien", "« Cette date a marqué le siècle », rappelle l'historien.", "historien"),
    (
        "historienne",
        "« Les archives racontent une autre histoire », explique l'historienne.",
        "historienne",
    ),
    (
        "politologue",
        "« L'abstention sera décisive dimanche », a estimé le politologue.",
        "politologue",
    ),
    (
        "professeure",
        "« Mes élèves lisent de moins en moins », regrette la professeure de lettres.",
        "professeure de lettres",
    ),
    ("écrivaine", "« J'ai mis vingt ans à écrire ce livre », confie l'écrivaine.", "écrivaine"),
    ("romancière", "« Mon héroïne me ressemble un peu », admet la romancière.", "romancière"),
    (
        "coordinatrice",
        "« Les colis partiront demain », a indiqué la coordinatrice des bénévoles.",
        "coordinatrice des bénévoles",
    ),
    (
        "collaboratrice",
        "« Elle ne dormait presque pas », a raconté l'ancienne collaboratrice.",
        "ancienne collaboratrice",
    ),
    (
        "correspondante",
        "« Les bombardements ont repris à l'aube », a rapporté la correspondante de la radio.",
        "correspondante de la radio",
    ),
    (
        "cofondatrice",
        "« Nous avons levé dix millions », annonce la cofondatrice de l'application.",
        "cofondatrice de l'application",
    ),
    (
        "défenseure",
        "« Les droits des enfants reculent », alerte la défenseure des enfants.",
        "défenseure des enfants",
    ),
    (
        "attachée",
        "« L'ambassade suit la situation de près », a indiqué l'attachée de presse.",
        "attachée de presse",
    ),
    (
        "meneuse",
        "« On a perdu le fil en fin de match », a reconnu la meneuse de jeu.",
        "meneuse de jeu",
    ),
    (
        "pdg",
        "« Nous investirons deux milliards », a annoncé le PDG du constructeur.",
        "PDG du constructeur",
    ),
    (
        "consul",
        "« Nos ressortissants sont en sécurité », a assuré le consul général.",
        "consul général",
    ),
    ("édile", "« La fête aura bien lieu », a promis l'édile.", "édile"),
    (
        "recteur",
        "« Les cours reprendront lundi », a indiqué le recteur de l'académie.",
        "recteur de l'académie",
    ),
    ("rectrice", "« Aucun poste ne sera supprimé », a assuré la rectrice.", "rectrice"),
    (
        "enseignant",
        "« La classe était sous le choc », a raconté l'enseignant du collège.",
        "enseignant du collège",
    ),
    ("enseignante", "« Nous n'avons pas été prévenus », a regretté l'enseignante.", "enseignante"),
    (
        "questeur",
        "« Les comptes de l'Assemblée sont sains », a assuré le questeur de l'Assemblée.",
        "questeur de l'Assemblée",
    ),
    (
        "questrice",
        "« Le budget sera tenu », a promis la questrice du Sénat.",
        "questrice du Sénat",
    ),
    (
        "trésorier",
        "« Les comptes de l'association sont justes », a assuré le trésorier du club.",
        "trésorier du club",
    ),
    (
        "sergent",
        "« La route restera fermée », a indiqué le sergent de la brigade de Vernac.",
        "sergent de la brigade de Vernac",
    ),
]

# gated_roles.tsv: (entry, sentence, the speaker, role, gender): a noun that is a role beside
# one of its office complements; without it (« le substitut nicotinique ») it is a thing and
# gives no one a role (the must-not rows after the table); set beside a name, the role of
# the one named
GATED_ROLES = [
    ("substitut", "« L'enquête est ouverte », a indiqué le substitut du procureur de Vire.",
     None, "substitut du procureur de Vire", None),
    ("substitute", "« Deux suspects sont en garde à vue », a précisé la substitute du "
     "procureur.", None, "substitute du procureur", "female"),
]
GATED_ROLES_NAMED = [
    ("substitut", "« Le dossier est clos », a déclaré le substitut général, Marc Rivière.",
     "Marc Rivière", "substitut général", "male"),
    ("substitut", "« Le dossier est clos », a déclaré la substitut du procureur, Léa Morvan.",
     "Léa Morvan", "substitut du procureur", "female"),
]
GATED_ROLES_MUST_NOT = [
    ("substitut", "Paul Roux fumait depuis vingt ans. Le substitut nicotinique l'a aidé à "
     "arrêter. « Il m'a sauvé », a-t-il confié.", "Paul Roux", None, "male"),
    ("substitut", "Paul Roux vend un substitut de viande. Le substitut, a-t-il expliqué, « "
     "contient des pois ».", "Paul Roux", None, "male"),
]


@pytest.mark.parametrize(("entry", "text", "speaker", "role", "gender"),
                         GATED_ROLES + GATED_ROLES_NAMED + GATED_ROLES_MUST_NOT)
def test_gated_role(nlp, entry, text, speaker, role, gender):
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)


def test_every_gated_role_has_a_row():
    assert sorted(r[0] for r in GATED_ROLES) == sorted(row[0] for row in table("gated_roles"))

# occupations.txt: (entry, sentence, the speaker's role), one trade a row
OCCUPATIONS = [
    ("agriculteur", "« La moisson sera tardive », a prévenu l'agriculteur beauceron.",
     "agriculteur beauceron"),
    ("agricultrice", "« Le blé a souffert du gel », a expliqué l'agricultrice de la Marne.",
     "agricultrice de la Marne"),
    ("éleveur", "« Le loup a encore attaqué », a raconté l'éleveur de moutons.",
     "éleveur de moutons"),
    ("éleveuse", "« Mes vaches restent dehors », a affirmé l'éleveuse normande.",
     "éleveuse normande"),
    ("viticulteur", "« Les vendanges seront précoces », a annoncé le viticulteur bordelais.",
     "viticulteur bordelais"),
    ("viticultrice", "« La grêle a détruit mes vignes », a déploré la viticultrice de Chablis.",
     "viticultrice de Chablis"),
    ("vigneron", "« Le millésime sera bon », a assuré le vigneron de Cahors.",
     "vigneron de Cahors"),
    ("vigneronne", "« Nous avons vendangé de nuit », a raconté la vigneronne alsacienne.",
     "vigneronne alsacienne"),
    ("œnologue", "« Le millésime sera équilibré », a estimé l'œnologue de Pauillac.",
     "œnologue de Pauillac"),
    ("maraîcher", "« Les tomates arrivent en retard », a indiqué le maraîcher nantais.",
     "maraîcher nantais"),
    ("maraîchère", "« Le marché reste fidèle », a confié la maraîchère du village.",
     "maraîchère du village"),
    ("pêcheur", "« Le bar se fait rare », a regretté le pêcheur de Concarneau.",
     "pêcheur de Concarneau"),
    ("pêcheuse", "« La mer était trop forte », a expliqué la pêcheuse bretonne.",
     "pêcheuse bretonne"),
    ("boulanger", "« La farine coûte deux fois plus », a dénoncé le boulanger du quartier.",
     "boulanger du quartier"),
    ("boulangère", "« Je ferme le lundi désormais », a annoncé la boulangère de la place.",
     "boulangère de la place"),
    ("boucher", "« Les clients achètent moins de viande », a constaté le boucher lyonnais.",
     "boucher lyonnais"),
    ("bouchère", "« Le prix du bœuf a flambé », a souligné la bouchère du marché.",
     "bouchère du marché"),
    ("cuisinier", "« Tout part du produit », a résumé le cuisinier étoilé.",
     "cuisinier étoilé"),
    ("cuisinière", "« Je cuisine ce que le jardin donne », a confié la cuisinière basque.",
     "cuisinière basque"),
    ("restaurateur", "« La terrasse sauve la saison », a estimé le restaurateur parisien.",
     "restaurateur parisien"),
    ("restauratrice", "« Je manque de serveurs », a déploré la restauratrice niçoise.",
     "restauratrice niçoise"),
    ("commerçant", "« Les travaux font fuir les clients », a protesté le commerçant de la rue.",
     "commerçant de la rue"),
    ("commerçante", "« Le centre-ville se vide », a regretté la commerçante rouennaise.",
     "commerçante rouennaise"),
    ("marchand", "« Les fraises arrivent », a lancé le marchand de primeurs.",
     "marchand de primeurs"),
    ("marchande", "« Les prix montent », a soupiré la marchande de poissons.",
     "marchande de poissons"),
    ("artisan", "« Les commandes repartent », a assuré l'artisan menuisier.",
     "artisan menuisier"),
    ("artisane", "« Je travaille seule depuis dix ans », a raconté l'artisane potière.",
     "artisane potière"),
    ("libraire", "« Les romans se vendent bien », a observé le libraire de Dijon.",
     "libraire de Dijon"),
    ("gérant", "Contacté, le gérant du camping des Pins, Marc Dubreuil, confirme : « La "
     "piscine n'est pas surveillée ».", "gérant du camping des Pins"),
    ("gérante", "« Nous affichons complet », a assuré la gérante de l'hôtel.",
     "gérante de l'hôtel"),
    ("fleuriste", "« Les roses viennent du Kenya », a expliqué la fleuriste de la gare.",
     "fleuriste de la gare"),
    ("caissier", "« Les caisses automatiques nous remplacent », a dénoncé le caissier syndiqué.",
     "caissier syndiqué"),
    ("caissière", "« Je fais mes heures debout », a témoigné la caissière du magasin.",
     "caissière du magasin"),
    ("architecte", "« Le bâtiment était fragile », a affirmé l'architecte du projet.",
     "architecte du projet"),
    ("ingénieur", "« La digue a tenu », a assuré l'ingénieur chargé du chantier.",
     "ingénieur chargé du chantier"),
    ("ingénieure", "« Le pont sera renforcé », a précisé l'ingénieure de la ville.",
     "ingénieure de la ville"),
    ("plombier", "« La fuite venait du toit », a expliqué le plombier du syndic.",
     "plombier du syndic"),
    ("électricien", "« Le tableau était hors d'usage », a constaté l'électricien du chantier.",
     "électricien du chantier"),
    ("électricienne", "« Le métier manque de bras », a affirmé l'électricienne toulousaine.",
     "électricienne toulousaine"),
    ("menuisier", "« Le bois a doublé de prix », a regretté le menuisier du village.",
     "menuisier du village"),
    ("maçon", "« Le mur a été mal monté », a jugé le maçon de l'entreprise.",
     "maçon de l'entreprise"),
    ("ouvrier", "« On nous a prévenus la veille », a raconté l'ouvrier de l'usine.",
     "ouvrier de l'usine"),
    ("ouvrière", "« Nous voulons une date », a lancé l'ouvrière de la filature.",
     "ouvrière de la filature"),
    ("pharmacien", "« Les boîtes d'amoxicilline manquent », a alerté le pharmacien de garde.",
     "pharmacien de garde"),
    ("pharmacienne", "« Les patients attendent des semaines », a dit la pharmacienne rurale.",
     "pharmacienne rurale"),
    ("vétérinaire", "« Le troupeau est sain », a assuré le vétérinaire de la coopérative.",
     "vétérinaire de la coopérative"),
    ("kinésithérapeute", "« Six mois de soins », a estimé le kinésithérapeute du club.",
     "kinésithérapeute du club"),
    ("psychologue", "« Les enfants ont besoin de parler », a souligné la psychologue scolaire.",
     "psychologue scolaire"),
    ("psychiatre", "« Le patient n'était pas suivi », a affirmé le psychiatre de l'hôpital.",
     "psychiatre de l'hôpital"),
    ("pédiatre", "« Les urgences sont saturées », a alerté la pédiatre de Créteil.",
     "pédiatre de Créteil"),
    ("urgentiste", "« Nous trions les malades dans le couloir », a raconté l'urgentiste lillois.",
     "urgentiste lillois"),
    ("dentiste", "« Les soins coûtent trop cher », a reconnu le dentiste du bourg.",
     "dentiste du bourg"),
    ("généraliste", "« Je ne prends plus de patients », a reconnu la généraliste du village.",
     "généraliste du village"),
    ("allergologue", "« Les patients arrivent dès février », a observé l'allergologue lyonnais.",
     "allergologue lyonnais"),
    ("cardiologue", "« Le cœur a tenu », a expliqué la cardiologue de l'hôpital.",
     "cardiologue de l'hôpital"),
    ("dermatologue", "« Il faut se protéger du soleil », a rappelé le dermatologue niçois.",
     "dermatologue niçois"),
    ("gynécologue", "« Les délais sont trop longs », a regretté la gynécologue de Rennes.",
     "gynécologue de Rennes"),
    ("neurologue", "« Le diagnostic a été tardif », a reconnu le neurologue du CHU.",
     "neurologue du CHU"),
    ("oncologue", "« Le traitement fonctionne », a assuré l'oncologue bordelaise.",
     "oncologue bordelaise"),
    ("infectiologue", "« Le virus circule encore », a prévenu l'infectiologue parisien.",
     "infectiologue parisien"),
    ("anesthésiste", "« Le bloc tourne à vide », a déploré l'anesthésiste de garde.",
     "anesthésiste de garde"),
    ("climatologue", "« Les étés seront plus longs », a prévenu la climatologue du CNRS.",
     "climatologue du CNRS"),
    ("glaciologue", "« Le glacier recule vite », a constaté le glaciologue grenoblois.",
     "glaciologue grenoblois"),
    ("sismologue", "« La faille reste active », a expliqué la sismologue de l'institut.",
     "sismologue de l'institut"),
    ("volcanologue", "« L'éruption peut durer », a estimé le volcanologue réunionnais.",
     "volcanologue réunionnais"),
    ("météorologue", "« Le vent va forcir », a annoncé la météorologue de garde.",
     "météorologue de garde"),
    ("ambulancier", "« Nous attendons des heures aux urgences », a dit l'ambulancier privé.",
     "ambulancier privé"),
    ("ambulancière", "« La route était bloquée », a expliqué l'ambulancière du Samu.",
     "ambulancière du Samu"),
    ("instituteur", "« La classe compte trente élèves », a regretté l'instituteur du village.",
     "instituteur du village"),
    ("institutrice", "« Les enfants ont bien travaillé », a salué l'institutrice de CP.",
     "institutrice de CP"),
    ("élève", "« Le professeur était calme », a raconté l'élève de terminale.",
     "élève de terminale"),
    ("étudiant", "« Les examens sont reportés », a indiqué l'étudiant de Sciences Po.",
     "étudiant de Sciences Po"),
    ("étudiante", "« Le cours a repris », a expliqué l'étudiante nantaise.",
     "étudiante nantaise"),
    ("lycéen", "« Le bac blanc a été annulé », a raconté le lycéen de Brest.",
     "lycéen de Brest"),
    ("lycéenne", "« Nous manifesterons vendredi », a lancé la lycéenne nantaise.",
     "lycéenne nantaise"),
    ("collégien", "« La cantine est fermée », a expliqué le collégien de Rodez.",
     "collégien de Rodez"),
    ("collégienne", "« Le car était en retard », a raconté la collégienne de quatrième.",
     "collégienne de quatrième"),
    ("notaire", "« La vente sera signée en mai », a précisé le notaire de la famille.",
     "notaire de la famille"),
    ("coroner", "« Nous irons au bout », a promis la coroner de Laval.", "coroner de Laval"),
    ("huissier", "« Le constat est clair », a affirmé l'huissier mandaté.",
     "huissier mandaté"),
    ("fonctionnaire", "« Le dossier est complet », a indiqué la fonctionnaire de la préfecture.",
     "fonctionnaire de la préfecture"),
    ("parlementaire", "« Le texte sera amendé », a promis le parlementaire écologiste.",
     "parlementaire écologiste"),
    ("douanier", "« La cargaison était déclarée », a assuré le douanier du port.",
     "douanier du port"),
    ("douanière", "« Les saisies ont doublé », a indiqué la douanière de Roissy.",
     "douanière de Roissy"),
    ("gardien", "« Personne n'est entré cette nuit », a juré le gardien de l'immeuble.",
     "gardien de l'immeuble"),
    ("gardienne", "« Les fissures sont apparues lundi », a raconté la gardienne de la résidence.",
     "gardienne de la résidence"),
    ("astronaute", "« Le retour a été doux », a raconté l'astronaute de l'agence spatiale.",
     "astronaute de l'agence spatiale"),
    ("cheminot", "« La grève sera reconduite », a annoncé le cheminot gréviste.",
     "cheminot gréviste"),
    ("cheminote", "« Les trains partiront à l'heure », a assuré la cheminote de Lyon.",
     "cheminote de Lyon"),
    ("chauffeur", "« La route était verglacée », a expliqué le chauffeur du bus.",
     "chauffeur du bus"),
    ("soldat", "« Nous tenons la position », a affirmé le soldat ukrainien.",
     "soldat ukrainien"),
    ("entrepreneur", "« Le chantier reprendra lundi », a assuré l'entrepreneur de Vesoul.",
     "entrepreneur de Vesoul"),
    ("entrepreneuse", "« Nous embauchons dix personnes », a annoncé l'entrepreneuse lyonnaise.",
     "entrepreneuse lyonnaise"),
    ("animateur", "« L'émission revient en janvier », a annoncé l'animateur de la matinale.",
     "animateur de la matinale"),
    ("animatrice", "« Le jeu change de formule », a expliqué l'animatrice vedette.",
     "animatrice vedette"),
    ("présentateur", "« Le journal sera plus court », a confié le présentateur du 20 heures.",
     "présentateur du 20 heures"),
    ("présentatrice", "« Je quitte l'antenne », a annoncé la présentatrice de la météo.",
     "présentatrice de la météo"),
    ("photographe", "Paul Lambert, photographe au journal, prévient : « On est tous à bout ».",
     "photographe au journal"),
    ("manager", "« Le groupe part en tournée », a confirmé le manager du groupe.",
     "manager du groupe"),
    ("judoka", "« Je vise le titre », a lancé le judoka de Brest.", "judoka de Brest"),
    ("judokate", "« Le combat a été long », a reconnu la judokate niçoise.",
     "judokate niçoise"),
    ("sprinteur", "« Je vise la finale », a lancé le sprinteur martiniquais.",
     "sprinteur martiniquais"),
    ("sprinteuse", "« Ma course était propre », a assuré la sprinteuse lyonnaise.",
     "sprinteuse lyonnaise"),
]

# org_nouns.txt: (entry, sentence, the organisation's name)
ORG_NOUNS = [
    ("académie", "« Ce mot entrera dans le dictionnaire », a annoncé l'académie.", "académie"),
    (
        "administration",
        "« Les dossiers seront traités en priorité », a assuré l'administration fiscale.",
        "administration fiscale",
    ),
    ("agence", "« Le lancement est reporté », a indiqué l'agence spatiale.", "agence spatiale"),
    ("centrale", "« La grève continuera », a affirmé la centrale.", "centrale"),
    (
        "alliance",
        "« Nous renforcerons notre flanc est », a déclaré l'alliance atlantique.",
        "alliance atlantique",
    ),
    ("armée", "« Deux drones ont été abattus », a indiqué l'armée de terre.", "armée de terre"),
    (
        "assemblée",
        "« Le texte est adopté », a annoncé l'assemblée régionale.",
        "assemblée régionale",
    ),
    (
        "association",
        "« Les bénévoles sont épuisés », a alerté l'association de quartier.",
        "association de quartier",
    ),
    ("banque", "« Les taux resteront stables », a indiqué la banque centrale.", "banque centrale"),
    (
        "bureau",
        "« Le scrutin s'est déroulé sans incident », a assuré le bureau de vote.",
        "bureau de vote",
    ),
    ("cabinet", "« Le ministre n'était pas informé », a répondu son cabinet.", "cabinet"),
    (
        "comité",
        "« Aucune sanction n'a été prise », a indiqué le comité d'éthique.",
        "comité d'éthique",
    ),
    (
        "commission",
        "« Le rapport sera rendu public », a promis la commission d'enquête.",
        "commission d'enquête",
    ),
    (
        "compagnie",
        "« Les vols reprendront demain », a annoncé la compagnie aérienne.",
        "compagnie aérienne",
    ),
    ("conseil", "« Le projet est validé », a indiqué le conseil municipal.", "conseil municipal"),
    ("cour", "« La peine est confirmée », a tranché la cour d'appel.", "cour d'appel"),
    (
        "diplomatie",
        "« Cette visite est inacceptable », a protesté la diplomatie chinoise.",
        "diplomatie chinoise",
    ),
    # a company noun no company before it names is unresolved (lexicon/company_nouns.txt)
    ("entreprise", "« Aucun emploi ne sera supprimé », a assuré l'entreprise.", None),
    (
        "état-major",
        "« La frappe visait un dépôt de munitions », a indiqué l'état-major.",
        "état-major",
    ),
    ("fédération", "« Le match sera rejoué », a annoncé la fédération.", "fédération"),
    ("fondation", "« Les dons ont doublé cette année », se réjouit la fondation.", "fondation"),
    (
        "gouvernement",
        "« La réforme sera appliquée dès janvier », a confirmé le gouvernement.",
        "gouvernement",
    ),
    ("groupe", "« Le site ne fermera pas », a assuré le groupe industriel.", "groupe industriel"),
    (
        "institut",
        "« Le chômage recule pour le troisième trimestre », a indiqué l'institut de sondage.",
        "institut de sondage",
    ),
    (
        "maison",
        "« Le roman paraîtra en septembre », a annoncé la maison d'édition.",
        "maison d'édition",
    ),
    (
        "ministère",
        "« Les examens auront lieu comme prévu », a indiqué le ministère de l'Éducation.",
        "ministère de l'Éducation",
    ),
    (
        "mission",
        "« Les observateurs n'ont constaté aucune fraude », a déclaré la mission d'observation.",
        "mission d'observation",
    ),
    (
        "organisation",
        "« La famine menace des millions de personnes », a alerté l'organisation humanitaire.",
        "organisation humanitaire",
    ),
    (
        "parlement",
        "« Le budget est rejeté », a annoncé le parlement régional.",
        "parlement régional",
    ),
    ("parquet", "« Une enquête pour homicide a été ouverte », a indiqué le parquet.", "parquet"),
    ("parti", "« Nous présenterons une liste commune », a annoncé le parti.", "parti"),
    (
        "police",
        "« Trois personnes ont été interpellées », a indiqué la police municipale.",
        "police municipale",
    ),
    ("préfecture", "« Rien n'est décidé », a indiqué la préfecture.", "préfecture"),
    ("présidence", "« Le sommet aura lieu à Paris », a confirmé la présidence.", "présidence"),
    ("service", "« L'incident est clos », a assuré le service de presse.", "service de presse"),
    ("syndicat", "« La grève sera reconduite », a prévenu le syndicat.", "syndicat"),
    (
        "tribunal",
        "« La demande est rejetée », a tranché le tribunal administratif.",
        "tribunal administratif",
    ),
    (
        "union",
        "« Les prix du lait doivent remonter », a réclamé l'union des producteurs.",
        "union des producteurs",
    ),
    (
        "gendarmerie",
        "« Le randonneur a été retrouvé sain et sauf », a indiqué la gendarmerie.",
        "gendarmerie",
    ),
    ("mairie", "« Le marché de Noël est maintenu », a annoncé la mairie.", "mairie"),
    (
        "municipalité",
        "« La piscine rouvrira en juillet », a promis la municipalité.",
        "municipalité",
    ),
    ("ong", "« Les civils n'ont plus accès à l'eau », a dénoncé l'ONG.", "ONG"),
    (
        "ambassade",
        "« Nos ressortissants doivent quitter le pays », a prévenu l'ambassade.",
        "ambassade",
    ),
    (
        "consulat",
        "« Les visas seront délivrés sous huit jours », a indiqué le consulat.",
        "consulat",
    ),
    ("hôpital", "« Deux blessés sont toujours en réanimation », a précisé l'hôpital.", "hôpital"),
    ("université", "« Les partiels sont reportés », a annoncé l'université.", "université"),
    ("société", "« Le rappel concerne trois lots », a précisé la société.", None),
    ("firme", "« Nos produits sont sûrs », a assuré la firme américaine.", "firme américaine"),
    (
        "laboratoire",
        "« Le vaccin sera disponible cet hiver », a annoncé le laboratoire.",
        None,
    ),
    ("club", "« L'entraîneur est maintenu », a indiqué le club.", "club"),
    ("collectif", "« Le projet menace la forêt », a dénoncé le collectif.", "collectif"),
    ("direction", "« Aucun licenciement n'est prévu », a assuré la direction.", "direction"),
    (
        "autorité",
        "« Le réacteur a été arrêté par précaution », a indiqué l'autorité de sûreté.",
        "autorité de sûreté",
    ),
    ("douane", "« Deux tonnes de cocaïne ont été saisies », a annoncé la douane.", "douane"),
    ("rectorat", "« Un enseignant remplaçant arrivera lundi », a indiqué le rectorat.", "rectorat"),
    (
        "organisme",
        "« Les données étaient mal protégées », a indiqué l'organisme de contrôle.",
        "organisme de contrôle",
    ),
    (
        "instance",
        "« La chaîne a manqué à ses obligations », a estimé l'instance de régulation.",
        "instance de régulation",
    ),
    ("bloc", "« Nous voterons contre ce texte », a prévenu le bloc centriste.", "bloc centriste"),
    (
        "institution",
        "« Les comptes sont sincères », a estimé l'institution judiciaire.",
        "institution judiciaire",
    ),
    # a newspaper speaks as a body; its "-ien" is not a person's ending ("le pharmacien")
    ("quotidien", "« Le ministre démissionnera », affirme le quotidien régional.",
     "quotidien régional"),
    (
        "observatoire",
        "« Les prix des loyers ont augmenté de 4 % », a indiqué l'observatoire.",
        "observatoire",
    ),
    (
        "office",
        "« La saison touristique a été record », a annoncé l'office de tourisme.",
        "office de tourisme",
    ),
    # places of culture and schools speak as bodies (« musée » ends as « retraité » does)
    ("théâtre", "« La saison est complète », a annoncé le théâtre municipal.",
     "théâtre municipal"),
    ("musée", "« L'exposition est prolongée », a annoncé le musée régional.", "musée régional"),
    ("école", "« Une enquête est ouverte », a indiqué l'école primaire.", "école primaire"),
    ("lycée", "« Une enquête est ouverte », a indiqué le lycée agricole.", "lycée agricole"),
    ("collège", "« Une enquête est ouverte », a indiqué le collège du quartier.",
     "collège du quartier"),
    ("opéra", "« La saison est complète », a annoncé l'opéra municipal.", "opéra municipal"),
    ("jury", "« Ce film est un chef-d'œuvre », a estimé le jury du festival.", "jury du festival"),
]

# anaphoric_org_nouns.txt: (entry, sentence, the organisation named before)
ANAPHORIC_ORG_NOUNS = [
    ("alliance", "L'OTAN réunit ses ministres mardi. Selon l'alliance, la menace grandit.", "OTAN"),
    (
        "parti",
        "Le Front national a réuni son bureau. Selon le parti, la décision est prise.",
        "Front national",
    ),
    (
        "organisation",
        "L'OMS publie son rapport annuel. Selon l'organisation, le paludisme recule.",
        "OMS",
    ),
    ("institut", "L'IFOP a publié un sondage. Selon l'institut, la gauche progresse.", "IFOP"),
    ("agence", "L'AFP a interrogé le ministre. Selon l'agence, il démissionnera.", "AFP"),
    ("syndicat", "La FSTA a réagi mardi. Selon le syndicat, la grève s'étend.", "FSTA"),
    ("centrale", "La CGTU a réagi mardi. Selon la centrale, la grève s'étend.", "CGTU"),
    (
        "groupe",
        "Le groupe Renault vend son usine. Selon le groupe, la vente aboutira en mai.",
        "Renault",
    ),
    ("entreprise", "Le CEA embauche. Selon l'entreprise, 500 postes seront créés.", "CEA"),
    ("fédération", "La FFF a réuni son bureau. Selon la fédération, le match sera rejoué.", "FFF"),
    (
        "association",
        "L'association Emmaüs a lancé un appel. Selon l'association, les dons baissent.",
        "Emmaüs",
    ),
    (
        "organisme",
        "La CNIL a sanctionné le site. Selon l'organisme, les données étaient mal protégées.",
        "CNIL",
    ),
    (
        "instance",
        "L'AMF a ouvert une enquête. Selon l'instance, des ordres suspects ont été passés.",
        "AMF",
    ),
    ("bloc", "L'OTAN renforce son flanc est. Selon le bloc, la menace grandit.", "OTAN"),
    (
        "institution",
        "La Banque de France a publié ses prévisions. Selon l'institution, la croissance "
        "ralentira.",
        "Banque de France",
    ),
]

# anonymous.txt: (entry, sentence, the anonymous speaker)
ANONYMOUS = [
    ("un", "« Le ministre est isolé », a confié un conseiller.", "un conseiller"),
    ("une", "« Rien n'a été signé », a assuré une diplomate.", "une diplomate"),
    (
        "des",
        "« Le dialogue est rompu », ont confié des responsables syndicaux.",
        "des responsables syndicaux",
    ),
    ("deux", "« Le sommet est reporté », ont indiqué deux diplomates.", "deux diplomates"),
    (
        "de nombreux",
        "« La route est dangereuse », ont affirmé de nombreux riverains.",
        "de nombreux riverains",
    ),
    (
        "de nombreuses",
        "« Nous sommes épuisées », ont témoigné de nombreuses infirmières.",
        "de nombreuses infirmières",
    ),
    (
        "trois",
        "« Le président est fatigué », ont rapporté trois proches du chef de l'État.",
        "trois proches du chef de l'État",
    ),
    ("quatre", "« Nous avons vu des flammes », ont indiqué quatre pompiers.", "quatre pompiers"),
    ("cinq", "« La réunion a tourné court », ont déclaré cinq élus.", "cinq élus"),
    ("plusieurs", "« Le vote est acquis », ont assuré plusieurs députés.", "plusieurs députés"),
    ("certains", "« Le texte va trop loin », estiment certains élus.", "certains élus"),
    (
        "certaines",
        "« Personne ne nous écoute », regrettent certaines infirmières.",
        "certaines infirmières",
    ),
    (
        "quelques",
        "« La situation se dégrade chaque jour », ont indiqué quelques élus.",
        "quelques élus",
    ),
    ("l'un", "« Nous sommes prêts », a assuré l'un des négociateurs.", "l'un des négociateurs"),
    ("l’un", "« Le compromis est proche », a affirmé l’un des ministres.", "l’un des ministres"),
    ("l'une", "« On nous a menti », a déclaré l'une des victimes.", "l'une des victimes"),
    (
        "l’une",
        "« Le silence a duré trop longtemps », a dit l’une des plaignantes.",
        "l’une des plaignantes",
    ),
    # a share of a group, with its « de »
    ("la majorité des", "« Nous voulons vivre », ont dit la majorité des grévistes.",
     "la majorité des grévistes"),
    ("la majorité de", "« Le plan est injuste », estime la majorité de la population.",
     "la majorité de la population"),
    ("la plupart des", "« Nous resterons », ont assuré la plupart des habitants.",
     "la plupart des habitants"),
    ("la moitié des", "« Nous partirons », ont annoncé la moitié des élus.",
     "la moitié des élus"),
]

# family_members.txt: (entry, sentence, the one of the family of the mention's gender)
FAMILY_MEMBERS = [
    (
        "patriarche",
        "Henri Roux a fait appel. Claire Roux se tait. À la sortie, le patriarche de la "
        "famille Roux a lancé : « Nous irons jusqu'au bout. »",
        "Henri Roux",
    ),
    (
        "matriarche",
        "Henri Roux a fait appel. Claire Roux se tait. À la sortie, la matriarche de la "
        "famille Roux a lancé : « Nous irons jusqu'au bout. »",
        "Claire Roux",
    ),
    (
        "doyen",
        "Henri Roux a fait appel. Claire Roux se tait. À la sortie, le doyen de la "
        "famille Roux a lancé : « Nous irons jusqu'au bout. »",
        "Henri Roux",
    ),
    (
        "doyenne",
        "Henri Roux a fait appel. Claire Roux se tait. À la sortie, la doyenne de la "
        "famille Roux a lancé : « Nous irons jusqu'au bout. »",
        "Claire Roux",
    ),
    (
        "benjamin",
        "Henri Roux a fait appel. Claire Roux se tait. À la sortie, le benjamin de la "
        "famille Roux a lancé : « Nous irons jusqu'au bout. »",
        "Henri Roux",
    ),
    (
        "benjamine",
        "Henri Roux a fait appel. Claire Roux se tait. À la sortie, la benjamine de la "
        "famille Roux a lancé : « Nous irons jusqu'au bout. »",
        "Claire Roux",
    ),
]

# kin_nouns.txt: (entry, sentence, the speaker, for the person named before)
KIN_NOUNS = [
    (
        "enfants",
        "Jean Morel est mort lundi. « Il a eu une belle vie », ont déclaré ses enfants.",
        "enfants de Jean Morel",
    ),
    (
        "enfant",
        "Marie Lenoir a été blessée. Son enfant, Théo Lenoir, était avec elle. « Elle va "
        "mieux », a rassuré son enfant.",
        "Théo Lenoir",
    ),
    (
        "fils",
        "Paul Girard a été libéré. Son fils Marc Girard l’attendait. « Nous sommes "
        "soulagés », a déclaré son fils.",
        "Marc Girard",
    ),
    (
        "fille",
        "Jean Dupont est décédé. Sa fille, Claire Dupont, a prévenu la famille. « Il nous "
        "manquera », a déclaré sa fille.",
        "Claire Dupont",
    ),
    (
        "filles",
        "André Petit est mort hier. « Il aimait la mer », ont raconté ses filles.",
        "filles d’André Petit",
    ),
    (
        "épouse",
        "Luc Fabre est hospitalisé. Son épouse, Anne Fabre, est à son chevet. « Il est "
        "conscient », a indiqué son épouse.",
        "Anne Fabre",
    ),
    (
        "conjointe",
        "Marc Vidal est hospitalisé. Sa conjointe, Lise Vidal, est à son chevet. « Il est "
        "conscient », a indiqué sa conjointe.",
        "Lise Vidal",
    ),
    (
        "conjoint",
        "Nadia Colin a disparu samedi. Son conjoint, Hugo Colin, a prévenu la police. « Elle "
        "n'est pas partie seule », a affirmé son conjoint.",
        "Hugo Colin",
    ),
    (
        "époux",
        "Léa Morand est hospitalisée. Son époux, Rémi Morand, est à son chevet. « Elle "
        "se repose », a indiqué son époux.",
        "Rémi Morand",
    ),
    (
        "femme",
        "Yves Lacombe est blessé. Sa femme, Odile Lacombe, est à son chevet. « Il "
        "souffre », a indiqué sa femme.",
        "Odile Lacombe",
    ),
    (
        "mari",
        "Sophie Bernard a disparu samedi. Son mari, Louis Bernard, a prévenu la police. « "
        "Elle n'est pas partie seule », a affirmé son mari.",
        "Louis Bernard",
    ),
    (
        "veuve",
        "Pierre Roux est mort en mer. Sa veuve, Jeanne Roux, vit à Brest. « Il "
        "connaissait les risques », a confié sa veuve.",
        "Jeanne Roux",
    ),
    (
        "famille",
        "Karim Haddad a été retrouvé. « Merci aux secours », a déclaré sa famille.",
        "famille de Karim Haddad",
    ),
    (
        "proches",
        "Alain Marchand s'est éteint. « Il était généreux », ont témoigné ses proches.",
        "proches d’Alain Marchand",
    ),
    (
        "parents",
        "Léa Martin a été secourue. « Nous avons eu très peur », ont raconté ses parents.",
        "parents de Léa Martin",
    ),
    (
        "frère",
        "Hugo Blanc est en garde à vue. Son frère, Tom Blanc, était présent. « Il est "
        "innocent », a assuré son frère.",
        "Tom Blanc",
    ),
    (
        "frères",
        "Nadia Slimani a été élue. « Elle le mérite », ont déclaré ses frères.",
        "frères de Nadia Slimani",
    ),
    (
        "sœur",
        "Marc Lemoine a été condamné. Sa sœur Inès Lemoine a assisté au procès. « Le "
        "procès était injuste », a dénoncé sa sœur.",
        "Inès Lemoine",
    ),
    (
        "sœurs",
        "Yves Caron est porté disparu. « Nous gardons espoir », ont déclaré ses sœurs.",
        "sœurs d’Yves Caron",
    ),
    (
        "petits-enfants",
        "Odette Blanc a fêté ses cent ans. « Elle est en forme », ont raconté ses petits-enfants.",
        "petits-enfants d’Odette Blanc",
    ),
    (
        "entourage",
        "Louis Perrin ne se représentera pas. « Sa décision est prise », a confié son entourage.",
        "l’entourage de Louis Perrin",
    ),
    (
        "père",
        "Emma Durand a été retrouvée. Son père, Alain Durand, a remercié les gendarmes. « "
        "Nous revivons », a déclaré son père.",
        "Alain Durand",
    ),
    (
        "mère",
        "Thomas Garnier a été blessé. Sa mère, Nicole Garnier, est arrivée de Lyon. « Il "
        "va s'en sortir », a assuré sa mère.",
        "Nicole Garnier",
    ),
    (
        "grand-père",
        "Léa Morel a disparu samedi. Son grand-père, Marc Vidal, a prévenu la police. « Elle "
        "n'avait pas de raison de partir », a assuré son grand-père.",
        "Marc Vidal",
    ),
    (
        "grand-mère",
        "Théo Vidal a disparu samedi. Sa grand-mère, Anne Morel, a prévenu la police. « Il "
        "n'avait pas de raison de partir », a assuré sa grand-mère.",
        "Anne Morel",
    ),
    (
        "beau-frère",
        "Léa Morel a été blessée. Son beau-frère, Hugo Ferrand, est à son chevet. « Elle va "
        "mieux », a indiqué son beau-frère.",
        "Hugo Ferrand",
    ),
    (
        "belle-sœur",
        "Théo Vidal a été blessé. Sa belle-sœur, Lise Ferrand, est à son chevet. « Il va "
        "mieux », a indiqué sa belle-sœur.",
        "Lise Ferrand",
    ),
    (
        "compagne",
        "Julien Faure a été arrêté. Sa compagne, Laura Petit, a pris un avocat. « Il n'a "
        "rien fait », a affirmé sa compagne.",
        "Laura Petit",
    ),
    (
        "compagnon",
        "Claire Vidal est morte dans l'accident. Son compagnon Yann Le Bihan conduisait. "
        "« Elle adorait la montagne », a raconté son compagnon.",
        "Yann Le Bihan",
    ),
    # a child's word for a parent, the relation it states (« mère », « père »)
    (
        "maman",
        "Léa Morel a été hospitalisée. Sa maman, Anne Morel, est à son chevet. « Elle va "
        "mieux », a indiqué sa maman.",
        "Anne Morel",
    ),
    (
        "papa",
        "Théo Vidal a été opéré lundi. Son papa, Marc Vidal, l'a veillé. « Il est "
        "courageux », a confié son papa.",
        "Marc Vidal",
    ),
    (
        "beau-père",
        "Léa Morel a disparu samedi. Son beau-père, Marc Vidal, a prévenu la police. « Elle "
        "n'avait pas de raison de partir », a assuré son beau-père.",
        "Marc Vidal",
    ),
    (
        "belle-mère",
        "Théo Vidal a disparu samedi. Sa belle-mère, Anne Morel, a prévenu la police. « Il "
        "n'avait pas de raison de partir », a assuré sa belle-mère.",
        "Anne Morel",
    ),
]

# naming_cues.txt: (entry, sentence, marked words that are a name, not speech)
NAMING_CUES = [
    # a verb of meaning: the marked words gloss a word, nobody says them
    ("signifie", "Le nom vient du breton, qui signifie « colline ».", "colline"),
    ("signifient", "Les deux mots viennent du basque et signifient « maison haute ».",
     "maison haute"),
    (
        "catégorie",
        "L'académie a dévoilé mardi les lauréats du prix dans la catégorie « chimie ».",
        "chimie",
    ),
    (
        "appelé",
        "Le ministre a présenté un dispositif appelé « Un jeune, une solution » mardi.",
        "Un jeune, une solution",
    ),
    (
        "appelée",
        "La ville lance une fête appelée « Tous dans la rue ce soir » en juin.",
        "Tous dans la rue ce soir",
    ),
    (
        "appelés",
        "Les syndicats ont créé des comités appelés « Pas sans nous ici ».",
        "Pas sans nous ici",
    ),
    (
        "appelées",
        "Le parti organise des réunions appelées « Parlons vrai ce soir ».",
        "Parlons vrai ce soir",
    ),
    (
        "baptisé",
        "Le gouvernement a lancé un plan baptisé « France nation verte demain ».",
        "France nation verte demain",
    ),
    (
        "baptisée",
        "La maire a présenté une mesure baptisée « Une rue, un arbre planté ».",
        "Une rue, un arbre planté",
    ),
    (
        "baptisés",
        "Les députés ont déposé des textes baptisés « Liberté pour les communes ».",
        "Liberté pour les communes",
    ),
    (
        "baptisées",
        "L'armée a mené des frappes baptisées « Bouclier du nord-est ».",
        "Bouclier du nord-est",
    ),
    (
        "surnommé",
        "Le chanteur, surnommé « Le prince de la nuit », a déclaré qu'il arrêtait.",
        "Le prince de la nuit",
    ),
    (
        "surnommée",
        "La sénatrice, surnommée « La dame de fer du Sénat », a voté contre.",
        "La dame de fer du Sénat",
    ),
    (
        "surnommés",
        "Les joueurs, surnommés « Les enfants du pays basque », ont gagné.",
        "Les enfants du pays basque",
    ),
    (
        "surnommées",
        "Les militantes, surnommées « Les veilleuses de la place », ont manifesté.",
        "Les veilleuses de la place",
    ),
    (
        "nommé",
        "Le navire nommé « Étoile du matin en mer » a quitté Brest.",
        "Étoile du matin en mer",
    ),
    (
        "nommée",
        "L'opération nommée « Retour à la maison enfin » a été lancée.",
        "Retour à la maison enfin",
    ),
    (
        "dénommé",
        "Un collectif dénommé « Nous voulons des coquelicots » a manifesté.",
        "Nous voulons des coquelicots",
    ),
    (
        "dénommée",
        "Une association dénommée « Les amis du vieux port » a porté plainte.",
        "Les amis du vieux port",
    ),
    (
        "intitulé",
        "Le rapport intitulé « La France face au défi climatique » est paru.",
        "La France face au défi climatique",
    ),
    (
        "intitulée",
        "Une tribune intitulée « Sauvons nos services d'urgence » a été publiée.",
        "Sauvons nos services d'urgence",
    ),
    (
        "intitulés",
        "Deux chapitres intitulés « Le temps des colères sociales » ont été ajoutés.",
        "Le temps des colères sociales",
    ),
    (
        "intitulées",
        "Des notes intitulées « Priorités pour la rentrée scolaire » ont fuité.",
        "Priorités pour la rentrée scolaire",
    ),
    (
        "film",
        "Le réalisateur a présenté son film « Les jours heureux de Marseille » à Cannes.",
        "Les jours heureux de Marseille",
    ),
    (
        "livre",
        "L'ancien ministre publie un livre « Ce que j'ai vu au pouvoir ».",
        "Ce que j'ai vu au pouvoir",
    ),
    (
        "ouvrage",
        "L'historienne signe un ouvrage « Les oubliés de la Grande Guerre ».",
        "Les oubliés de la Grande Guerre",
    ),
    (
        "roman",
        "L'écrivaine a reçu le prix pour son roman « La mer ne dort jamais ».",
        "La mer ne dort jamais",
    ),
    (
        "émission",
        "L'animateur a présenté l'émission « On refait le monde ce soir ».",
        "On refait le monde ce soir",
    ),
    (
        "série",
        "La plateforme a commandé une série « Les nuits de la brigade criminelle ».",
        "Les nuits de la brigade criminelle",
    ),
    (
        "album",
        "Le groupe a sorti un album « Tout ce qui brille encore » vendredi.",
        "Tout ce qui brille encore",
    ),
    (
        "chanson",
        "La chanteuse a interprété la chanson « Je reviendrai vers toi ».",
        "Je reviendrai vers toi",
    ),
    (
        "opération",
        "La police a mené l'opération « Place nette dans le quartier » mardi.",
        "Place nette dans le quartier",
    ),
    (
        "programme",
        "Le candidat a dévoilé son programme « Changer la vie des gens ».",
        "Changer la vie des gens",
    ),
    (
        "plan",
        "Le gouvernement a présenté le plan « Ambition pour nos campagnes » lundi.",
        "Ambition pour nos campagnes",
    ),
    (
        "projet",
        "La mairie soutient le projet « Un toit pour chaque famille ».",
        "Un toit pour chaque famille",
    ),
    (
        "label",
        "Le village a obtenu le label « Plus beaux villages de France ».",
        "Plus beaux villages de France",
    ),
    (
        "slogan",
        "Les manifestants ont repris le slogan « On ne lâche rien du tout ».",
        "On ne lâche rien du tout",
    ),
    (
        "mot",
        "Le président a employé le mot « ensauvagement de la société » mardi.",
        "ensauvagement de la société",
    ),
    (
        "terme",
        "La ministre a récusé le terme « austérité pour les familles ».",
        "austérité pour les familles",
    ),
    (
        "formule",
        "Le député a repris la formule « quoi qu'il en coûte » devant la presse.",
        "quoi qu'il en coûte",
    ),
    (
        "expression",
        "Le maire a utilisé l'expression « zone de non-droit total » hier.",
        "zone de non-droit total",
    ),
    (
        "loi",
        "Les députés ont adopté la loi « Pour une sécurité globale préservant les libertés ».",
        "Pour une sécurité globale préservant les libertés",
    ),
    (
        "documentaire",
        "La chaîne diffuse le documentaire « Les derniers jours de la mine ».",
        "Les derniers jours de la mine",
    ),
    (
        "spectacle",
        "L'humoriste a joué son spectacle « Tout va très bien madame ».",
        "Tout va très bien madame",
    ),
    (
        "pièce",
        "Le théâtre reprend la pièce « Le jeu de l'amour et du hasard ».",
        "Le jeu de l'amour et du hasard",
    ),
    (
        "surnom",
        "Le coureur a hérité du surnom « La flèche de Roubaix » à vingt ans.",
        "La flèche de Roubaix",
    ),
    (
        "campagne",
        "La région lance la campagne « Ici, on trie ses déchets ».",
        "Ici, on trie ses déchets",
    ),
    (
        "hashtag",
        "Des milliers d'internautes ont repris le hashtag « Balance ton porc ».",
        "Balance ton porc",
    ),
]

# np_stops.txt: (entry, sentence, the role, which ends before the entry)
NP_STOPS = [
    (
        "lors",
        "« Nous tiendrons », a déclaré le maire de Lyon lors d'un conseil municipal.",
        "maire de Lyon",
    ),
    (
        "auprès",
        "« La situation est grave », a déclaré le préfet de l'Aude auprès de France Bleu.",
        "préfet de l'Aude",
    ),
    (
        "pendant",
        "« Rien n'est joué », a affirmé la ministre de la Santé pendant le débat.",
        "ministre de la Santé",
    ),
    ("devant", "« Je suis innocent », a répété l'ancien maire devant le tribunal.", "ancien maire"),
    (
        "dans",
        "« Le pays doit se réarmer », a écrit le président du Sénat dans une tribune.",
        "président du Sénat",
    ),
    (
        "sur",
        "« Le match a été volé », a réagi l'entraîneur de Lens sur les réseaux sociaux.",
        "entraîneur de Lens",
    ),
    (
        "après",
        "« Je suis fier de mon équipe », a déclaré le capitaine des Bleus après le match.",
        "capitaine des Bleus",
    ),
    (
        "avant",
        "« Tout est prêt », a assuré le directeur du festival avant l'ouverture.",
        "directeur du festival",
    ),
    (
        "au",
        "« Les hôpitaux tiennent », a assuré le ministre de la Santé au journal de 20 heures.",
        "ministre de la Santé",
    ),
    (
        "aux",
        "« La réforme est juste », a défendu la porte-parole du gouvernement aux députés.",
        "porte-parole du gouvernement",
    ),
    (
        "en",
        "« Nous voulons la paix », a déclaré le président ukrainien en conférence de presse.",
        "président ukrainien",
    ),
    (
        "à",
        "« Le danger est réel », a expliqué le chef de la police à la presse.",
        "chef de la police",
    ),
    (
        "qui",
        "« Je ne regrette rien », a déclaré le maire de Nice qui quitte ses fonctions.",
        "maire de Nice",
    ),
    ("que", "« Ce texte est injuste », a dénoncé la députée que nous avons rencontrée.", "députée"),
    (
        "qu'",
        "« Tout est à refaire », a prévenu l'entraîneur qu'on annonçait partant.",
        "entraîneur",
    ),
    ("qu’", "« Le club va bien », a assuré le président qu’on disait sur le départ.", "président"),
    (
        "dont",
        "« Je veux la vérité », a déclaré l'avocate de la famille dont le fils a disparu.",
        "avocate de la famille",
    ),
    (
        "selon",
        "« Le calme est revenu », a indiqué le préfet du Rhône selon l'AFP.",
        "préfet du Rhône",
    ),
    (
        "avec",
        "« On a gagné ensemble », a lancé le capitaine du club avec le sourire.",
        "capitaine du club",
    ),
    (
        "pour",
        "« La situation est grave », a déclaré la directrice de l'ONG pour expliquer l'appel.",
        "directrice de l'ONG",
    ),
    (
        "depuis",
        "« Nous résistons », a déclaré le maire de la ville depuis son bureau.",
        "maire de la ville",
    ),
    (
        "mais",
        "« Nous sommes inquiets », a reconnu le ministre de l'Intérieur mais sans détailler.",
        "ministre de l'Intérieur",
    ),
    (
        "car",
        "« Je ne signerai pas », a prévenu le délégué syndical car rien n'a changé.",
        "délégué syndical",
    ),
    (
        "sans",
        "« Les négociations avancent », a indiqué le négociateur européen sans plus de détails.",
        "négociateur européen",
    ),
    (
        "puis",
        "« Merci à tous », a lancé la maire de Dole puis elle a quitté la salle.",
        "maire de Dole",
    ),
    (
        "lundi",
        "« La grève est suspendue », a annoncé le secrétaire général de la CGT lundi.",
        "secrétaire général de la CGT",
    ),
    (
        "mardi",
        "« Le projet est abandonné », a annoncé la maire de Rennes mardi.",
        "maire de Rennes",
    ),
    (
        "mercredi",
        "« Les prix vont baisser », a promis le ministre de l'Économie mercredi.",
        "ministre de l'Économie",
    ),
    (
        "jeudi",
        "« L'accord est signé », a confirmé le président du club jeudi.",
        "président du club",
    ),
    (
        "vendredi",
        "« Je me représenterai », a déclaré le maire de Brest vendredi.",
        "maire de Brest",
    ),
    (
        "samedi",
        "« On ne lâchera rien », a lancé la porte-parole du collectif samedi.",
        "porte-parole du collectif",
    ),
    (
        "dimanche",
        "« La victoire est belle », a déclaré l'entraîneur du PSG dimanche.",
        "entraîneur du PSG",
    ),
    ("hier", "« Le pont est fermé », a indiqué le préfet de l'Isère hier.", "préfet de l'Isère"),
    (
        "aujourd'hui",
        "« Tout est rentré dans l'ordre », a assuré le directeur de l'usine aujourd'hui.",
        "directeur de l'usine",
    ),
    (
        "aujourd’hui",
        "« Les vols reprennent », a annoncé le patron de l'aéroport aujourd’hui.",
        "patron de l'aéroport",
    ),
    (
        "ce",
        "« Nous serons prêts », a promis le président du comité ce lundi.",
        "président du comité",
    ),
    (
        "cette",
        "« Le calendrier est tenu », a assuré la présidente de la région cette semaine.",
        "présidente de la région",
    ),
    (
        "également",
        "« Les écoles resteront ouvertes », a précisé le recteur de Lille également présent.",
        "recteur de Lille",
    ),
    (
        "encore",
        "« Nous ne céderons pas », a répété la ministre du Travail encore une fois.",
        "ministre du Travail",
    ),
    (
        "toutefois",
        "« Le risque demeure bien réel », a prévenu le directeur de l'agence toutefois.",
        "directeur de l'agence",
    ),
    (
        "aussi",
        "« Les familles seront aidées », a promis le maire de Lille aussi.",
        "maire de Lille",
    ),
    (
        "ainsi",
        "« Le compte n'y est pas », a réagi le président de la FNSEA ainsi que ses adjoints.",
        "président de la FNSEA",
    ),
    # a clause of its own, comma or not (tests/test_postposed_subordinates.py)
    ("lorsque", "« Nous tiendrons », a déclaré le maire de Lyon lorsque la séance a repris.",
     "maire de Lyon"),
    ("lorsqu'", "« Nous tiendrons », a déclaré le maire de Lyon lorsqu'il a pris la parole.",
     "maire de Lyon"),
    ("lorsqu’", "« Nous tiendrons », a déclaré le maire de Lyon lorsqu’il a pris la parole.",
     "maire de Lyon"),
    ("quand", "« Nous tiendrons », a déclaré le maire de Lyon quand la séance a repris.",
     "maire de Lyon"),
]

# skip_words.txt: (entry, sentence, reported words, cue)
SKIP_WORDS = [
    (
        "en effet",
        "Le préfet a en effet déclaré que la route serait rouverte.",
        "la route serait rouverte",
        "a en effet déclaré",
    ),
    (
        "lundi",
        "Le maire a déclaré lundi que la route serait rouverte.",
        "la route serait rouverte",
        "a déclaré",
    ),
    (
        "mardi",
        "La ministre a annoncé mardi que les prix baisseraient.",
        "les prix baisseraient",
        "a annoncé",
    ),
    (
        "mercredi",
        "Le syndicat a affirmé mercredi que la grève continuerait.",
        "la grève continuerait",
        "a affirmé",
    ),
    (
        "jeudi",
        "Le préfet a indiqué jeudi que l'alerte était levée.",
        "l'alerte était levée",
        "a indiqué",
    ),
    (
        "vendredi",
        "L'entraîneur a confirmé vendredi que le gardien serait titulaire.",
        "le gardien serait titulaire",
        "a confirmé",
    ),
    (
        "samedi",
        "Le président a assuré samedi que le sommet aurait lieu.",
        "le sommet aurait lieu",
        "a assuré",
    ),
    (
        "dimanche",
        "La candidate a promis dimanche qu'elle baisserait les impôts.",
        "elle baisserait les impôts",
        "a promis",
    ),
    (
        "matin",
        "Le parquet a précisé lundi matin que le suspect était en garde à vue.",
        "le suspect était en garde à vue",
        "a précisé",
    ),
    (
        "soir",
        "Le club a annoncé mardi soir que l'entraîneur était limogé.",
        "l'entraîneur était limogé",
        "a annoncé",
    ),
    (
        "midi",
        "Le ministre a déclaré jeudi midi que l'accord était signé.",
        "l'accord était signé",
        "a déclaré",
    ),
    (
        "après-midi",
        "« La digue a tenu », a précisé lundi après-midi le préfet Hugues Marot.",
        "La digue a tenu",
        "a précisé",
    ),
    (
        "hier",
        "La direction a reconnu hier que des erreurs avaient été commises.",
        "des erreurs avaient été commises",
        "a reconnu",
    ),
    (
        "aujourd'hui",
        "Le maire a annoncé aujourd'hui que la piscine fermerait.",
        "la piscine fermerait",
        "a annoncé",
    ),
    (
        "aujourd’hui",
        "La préfète a indiqué aujourd’hui que les routes étaient dégagées.",
        "les routes étaient dégagées",
        "a indiqué",
    ),
    (
        "demain",
        "« Le texte sera voté », annoncera demain le gouvernement.",
        "Le texte sera voté",
        "annoncera",
    ),
    (
        "également",
        "Le ministre a également annoncé que les crédits seraient gelés.",
        "les crédits seraient gelés",
        "a également annoncé",
    ),
    (
        "encore",
        "La maire a encore répété que le projet était abandonné.",
        "le projet était abandonné",
        "a encore répété",
    ),
    (
        "toutefois",
        "Le médecin a toutefois précisé que le patient restait fragile.",
        "le patient restait fragile",
        "a toutefois précisé",
    ),
    (
        "ensuite",
        "Le procureur a ensuite expliqué que l'arme avait été retrouvée.",
        "l'arme avait été retrouvée",
        "a ensuite expliqué",
    ),
    (
        "alors",
        "Le capitaine a alors affirmé que l'équipe méritait sa victoire.",
        "l'équipe méritait sa victoire",
        "a alors affirmé",
    ),
    (
        "aussi",
        "La présidente a aussi rappelé que le budget était contraint.",
        "le budget était contraint",
        "a aussi rappelé",
    ),
    (
        "néanmoins",
        "Le directeur a néanmoins reconnu que les délais seraient dépassés.",
        "les délais seraient dépassés",
        "a néanmoins reconnu",
    ),
    (
        "pourtant",
        "Le gouvernement a pourtant assuré que la taxe ne changerait pas.",
        "la taxe ne changerait pas",
        "a pourtant assuré",
    ),
    (
        "cependant",
        "La députée a cependant souligné que le texte restait flou.",
        "le texte restait flou",
        "a cependant souligné",
    ),
    (
        "ainsi",
        "Le ministre a ainsi estimé que la dette était soutenable.",
        "la dette était soutenable",
        "a ainsi estimé",
    ),
    (
        "enfin",
        "Le juge a enfin indiqué que le procès aurait lieu en mars.",
        "le procès aurait lieu en mars",
        "a enfin indiqué",
    ),
    (
        "aussitôt",
        "L'opposition a aussitôt dénoncé que le vote avait été truqué.",
        "le vote avait été truqué",
        "a aussitôt dénoncé",
    ),
    (
        "immédiatement",
        "Le club a immédiatement démenti que le joueur était à vendre.",
        "le joueur était à vendre",
        "a immédiatement démenti",
    ),
    (
        "récemment",
        "Le sénateur a récemment affirmé que la loi serait abrogée.",
        "la loi serait abrogée",
        "a récemment affirmé",
    ),
    (
        "publiquement",
        "La patronne a publiquement reconnu que l'usine polluait.",
        "l'usine polluait",
        "a publiquement reconnu",
    ),
    (
        "notamment",
        "Le rapport a notamment souligné que les contrôles étaient rares.",
        "les contrôles étaient rares",
        "a notamment souligné",
    ),
    (
        "fermement",
        "Le Kremlin a fermement démenti que des troupes avaient franchi la frontière.",
        "des troupes avaient franchi la frontière",
        "a fermement démenti",
    ),
    (
        "clairement",
        "Le président a clairement indiqué qu'il ne se représenterait pas.",
        "il ne se représenterait pas",
        "a clairement indiqué",
    ),
    (
        "simplement",
        "L'avocat a simplement rappelé que son client était présumé innocent.",
        "son client était présumé innocent",
        "a simplement rappelé",
    ),
    (
        "sobrement",
        "La mairie a sobrement indiqué que l'enquête suivait son cours.",
        "l'enquête suivait son cours",
        "a sobrement indiqué",
    ),
    (
        "déjà",
        "Le ministre a déjà annoncé que la réforme serait reportée.",
        "la réforme serait reportée",
        "a déjà annoncé",
    ),
    (
        "plus tard",
        "Le porte-parole a précisé plus tard que la réunion était annulée.",
        "la réunion était annulée",
        "a précisé",
    ),
    (
        "plus tôt",
        "La police avait indiqué plus tôt que deux suspects étaient recherchés.",
        "deux suspects étaient recherchés",
        "avait indiqué",
    ),
    (
        "d' ailleurs",
        "Le maire a d'ailleurs reconnu que le chantier avait pris du retard.",
        "le chantier avait pris du retard",
        "a d'ailleurs reconnu",
    ),
    (
        "d’ ailleurs",
        "La ministre a d’ailleurs admis que les chiffres étaient mauvais.",
        "les chiffres étaient mauvais",
        "a d’ailleurs admis",
    ),
    (
        "d' ores et déjà",
        "La mairie a d'ores et déjà annoncé que la fête serait reportée.",
        "la fête serait reportée",
        "a d'ores et déjà annoncé",
    ),
    (
        "d’ ores et déjà",
        "Le club a d’ores et déjà confirmé que le stade serait plein.",
        "le stade serait plein",
        "a d’ores et déjà confirmé",
    ),
    (
        "par ailleurs",
        "Le parquet a par ailleurs indiqué qu'une autopsie serait pratiquée.",
        "une autopsie serait pratiquée",
        "a par ailleurs indiqué",
    ),
    (
        "de son côté",
        "Le syndicat a de son côté affirmé que rien n'était réglé.",
        "rien n'était réglé",
        "a de son côté affirmé",
    ),
    (
        "de leur côté",
        "Les riverains ont de leur côté assuré que le bruit était insupportable.",
        "le bruit était insupportable",
        "ont de leur côté assuré",
    ),
    (
        "quant à lui",
        "Le directeur a quant à lui estimé que la sanction était juste.",
        "la sanction était juste",
        "a quant à lui estimé",
    ),
    (
        "quant à elle",
        "La juge a quant à elle rappelé que la loi était claire.",
        "la loi était claire",
        "a quant à elle rappelé",
    ),
    (
        "quant à eux",
        "Les élus ont quant à eux regretté que le projet soit abandonné.",
        "le projet soit abandonné",
        "ont quant à eux regretté",
    ),
    (
        "la veille",
        "Le ministre avait annoncé la veille que le couvre-feu serait levé.",
        "le couvre-feu serait levé",
        "avait annoncé",
    ),
    (
        "le lendemain",
        "Le club a confirmé le lendemain que le joueur était blessé.",
        "le joueur était blessé",
        "a confirmé",
    ),
    (
        "ce week-end",
        "La maire a annoncé ce week-end que les parkings seraient gratuits.",
        "les parkings seraient gratuits",
        "a annoncé",
    ),
    (
        "ce weekend",
        "Le sélectionneur a confirmé ce weekend que le capitaine serait absent.",
        "le capitaine serait absent",
        "a confirmé",
    ),
    (
        "ce matin",
        "Le préfet a indiqué ce matin que la crue avait atteint son pic.",
        "la crue avait atteint son pic",
        "a indiqué",
    ),
    (
        "ce soir",
        "Le président a annoncé ce soir qu'il dissolvait l'Assemblée.",
        "il dissolvait l'Assemblée",
        "a annoncé",
    ),
    (
        "ce lundi",
        "La SNCF a indiqué ce lundi que le trafic restait perturbé.",
        "le trafic restait perturbé",
        "a indiqué",
    ),
    (
        "ce mardi",
        "Le gouvernement a confirmé ce mardi que la taxe serait supprimée.",
        "la taxe serait supprimée",
        "a confirmé",
    ),
    (
        "ce mercredi",
        "Le maire a annoncé ce mercredi que la fête était annulée.",
        "la fête était annulée",
        "a annoncé",
    ),
    (
        "ce jeudi",
        "L'armée a affirmé ce jeudi que deux missiles avaient été interceptés.",
        "deux missiles avaient été interceptés",
        "a affirmé",
    ),
    (
        "ce vendredi",
        "Le parquet a précisé ce vendredi que l'enquête était close.",
        "l'enquête était close",
        "a précisé",
    ),
    (
        "ce samedi",
        "Le ministre a promis ce samedi que les agriculteurs seraient aidés.",
        "les agriculteurs seraient aidés",
        "a promis",
    ),
    (
        "ce dimanche",
        "La candidate a déclaré ce dimanche qu'elle irait jusqu'au bout.",
        "elle irait jusqu'au bout",
        "a déclaré",
    ),
    (
        "sur ce point",
        "Le patron a reconnu sur ce point que l'entreprise avait failli.",
        "l'entreprise avait failli",
        "a reconnu",
    ),
]

# press_peers.txt: (entry, sentence, reported words, the outlet it names)
PRESS_PEERS = [
    ("confrère", "Le maire a démissionné, selon notre confrère du Télégramme.",
     "Le maire a démissionné", "Le Télégramme"),
    ("confrères", "La ministre renonce à la réforme, selon nos confrères de l'AFP.",
     "La ministre renonce à la réforme", "AFP"),
    ("consœur", "Selon notre consœur de Franceinfo, le chantier reprendra lundi.",
     "le chantier reprendra lundi", "Franceinfo"),
    ("consœurs", "Selon nos consœurs de Libération, le dossier sera rouvert.",
     "le dossier sera rouvert", "Libération"),
    ("collègue", "Selon notre collègue de Mediapart, le parquet a ouvert une enquête.",
     "le parquet a ouvert une enquête", "Mediapart"),
    ("collègues", "L'usine fermera en juin, selon nos collègues de Ouest-France.",
     "L'usine fermera en juin", "Ouest-France"),
]

# not an outlet: another person's colleagues, without the newsroom's « nos »
NOT_PRESS_PEERS = [
    ("Selon ses collègues de l'hôpital, le chirurgien était épuisé.",
     "le chirurgien était épuisé"),
    ("Le maire a démissionné, selon des confrères du barreau de Rennes.",
     "Le maire a démissionné"),
]

# speech_nouns.txt: (entry, sentence, reported words, the source's role or name)
SPEECH_NOUNS = [
    (
        "pensée",
        "Selon la pensée du directeur, l'école doit rester gratuite.",
        "l'école doit rester gratuite",
        "directeur",
    ),
    (
        "dires",
        "Selon les dires du gardien, la porte était restée ouverte toute la nuit.",
        "la porte était restée ouverte toute la nuit",
        "gardien",
    ),
    (
        "témoignage",
        "Selon le témoignage du gardien, la porte était ouverte.",
        "la porte était ouverte",
        "gardien",
    ),
    (
        "témoignages",
        "Selon les témoignages du concierge, le feu a pris vers minuit.",
        "le feu a pris vers minuit",
        "concierge",
    ),
    (
        "texte",
        "Selon le texte du ministère, les classes rouvriront lundi.",
        "les classes rouvriront lundi",
        "ministère",
    ),
    (
        "annonce",
        "Selon l'annonce du maire, la piscine fermera en août.",
        "la piscine fermera en août",
        "maire",
    ),
    (
        "annonces",
        "Selon les annonces de la ministre, les classes rouvriront lundi.",
        "les classes rouvriront lundi",
        "ministre",
    ),
    (
        "message",
        "Selon le message du président du club, le match est reporté.",
        "le match est reporté",
        "président du club",
    ),
    (
        "explications",
        "Selon les explications de la maire, la digue a cédé dans la nuit.",
        "la digue a cédé dans la nuit",
        "maire",
    ),
    (
        "explication",
        "Selon l'explication du directeur, le logiciel a planté.",
        "le logiciel a planté",
        "directeur",
    ),
    (
        "propos",
        "Selon les propos de la ministre, la réforme sera retirée.",
        "la réforme sera retirée",
        "ministre",
    ),
    (
        "déclarations",
        "Selon les déclarations de la procureure, le suspect a avoué.",
        "le suspect a avoué",
        "procureure",
    ),
    (
        "déclaration",
        "Selon la déclaration de la préfecture, le feu est fixé.",
        "le feu est fixé",
        "préfecture",
    ),
    (
        "informations",
        "Selon les informations de la gendarmerie, le conducteur était ivre.",
        "le conducteur était ivre",
        "gendarmerie",
    ),
    (
        "information",
        "Selon une information de la police, deux hommes ont été arrêtés.",
        "deux hommes ont été arrêtés",
        "police",
    ),
    (
        "termes",
        "Selon les termes de la préfecture, la mesure est temporaire.",
        "la mesure est temporaire",
        "préfecture",
    ),
    (
        "mots",
        "Selon les mots de la présidente du club, l'entraîneur reste en poste.",
        "l'entraîneur reste en poste",
        "présidente du club",
    ),
    (
        "chiffres",
        "Selon les chiffres de la Dares, le chômage a reculé.",
        "le chômage a reculé",
        "Dares",
    ),
    (
        "données",
        "Selon les données de l'observatoire, les loyers ont augmenté.",
        "les loyers ont augmenté",
        "observatoire",
    ),
    (
        "estimations",
        "Selon les estimations de l'interprofession, la récolte sera faible.",
        "la récolte sera faible",
        "interprofession",
    ),
    (
        "calculs",
        "Selon les calculs de la fédération, mille postes sont menacés.",
        "mille postes sont menacés",
        "fédération",
    ),
    (
        "communiqué",
        "Selon le communiqué de la gendarmerie, l'enquête a été élargie.",
        "l'enquête a été élargie",
        "gendarmerie",
    ),
    (
        "estimation",
        "Selon l'estimation de la banque centrale, la croissance ralentira.",
        "la croissance ralentira",
        "banque centrale",
    ),
]

# subordinators.txt: (entry, sentence, the narrator's clause, not a quote)
SUBORDINATORS = [
    (
        "alors",
        "Le ministre a répondu alors que la séance était déjà levée.",
        "la séance était déjà levée",
    ),
    ("bien", "Le maire a promis bien que les caisses soient vides.", "les caisses soient vides"),
    (
        "tandis",
        "La ministre a souligné les progrès tandis que les syndicats manifestaient.",
        "les syndicats manifestaient",
    ),
    (
        "parce",
        "Le joueur a protesté parce que l'arbitre avait sifflé trop tôt.",
        "l'arbitre avait sifflé trop tôt",
    ),
    (
        "pendant",
        "Le président a déclaré la guerre finie pendant que les combats continuaient.",
        "les combats continuaient",
    ),
    (
        "avant",
        "Le juge a expliqué la procédure avant que les jurés ne se retirent.",
        "les jurés ne se retirent",
    ),
    ("après", "Le maire a réagi après que la vidéo a circulé.", "la vidéo a circulé"),
    ("dès", "Le club a annoncé sa décision dès que le verdict est tombé.", "le verdict est tombé"),
    (
        "ainsi",
        "Le préfet a salué les secours ainsi que les bénévoles venus en renfort.",
        "les bénévoles venus en renfort",
    ),
    (
        "afin",
        "Le ministre a insisté afin que le texte soit voté avant l'été.",
        "le texte soit voté avant l'été",
    ),
    (
        "pour",
        "La directrice a plaidé pour que les classes restent ouvertes.",
        "les classes restent ouvertes",
    ),
    (
        "sans",
        "Le gouvernement a annoncé la mesure sans que les élus soient consultés.",
        "les élus soient consultés",
    ),
    ("encore", "Le député a voté le texte, encore que le doute subsiste.", "le doute subsiste"),
    (
        "même",
        "Le ministre a promis une baisse alors même que la dette explose.",
        "la dette explose",
    ),
    (
        "lors",
        "Le syndicat a annoncé la grève dès lors que la direction a refusé de négocier.",
        "la direction a refusé de négocier",
    ),
]

# titles.txt: (entry, sentence, the speaker's name)
TITLES = [
    ("M.", "« La décision est prise », a déclaré M. Durand.", "Durand"),
    ("MM.", "« Nous refusons ce plan », ont déclaré MM. Lefèvre et Garnier.", "Lefèvre et Garnier"),
    ("Mme", "« Je reste candidate », a affirmé Mme Moreau.", "Moreau"),
    ("Mmes", "« Le dossier est solide », ont assuré Mmes Roux et Perrin.", "Roux et Perrin"),
    ("Mlle", "« J'ai eu très peur », a raconté Mlle Lambert.", "Lambert"),
    ("Me", "« Mon client est innocent », a déclaré Me Durand-Morel.", "Durand-Morel"),
    ("Mes", "« Notre client fera appel », ont déclaré Mes Fabre et Lenoir.", "Fabre et Lenoir"),
    ("Maître", "« Ma cliente fera appel », a annoncé Maître Lefort.", "Lefort"),
    ("Dr", "« Le patient est stable », a indiqué le Dr Benali.", "Benali"),
    ("Pr", "« Le virus circule peu », a estimé le Pr Delfraissy.", "Delfraissy"),
    ("Mgr", "« L'Église demande pardon », a déclaré Mgr Aupetit.", "Aupetit"),
    ("Mme.", "« Je reste candidate », a affirmé Mme. Claire Moreau.", "Claire Moreau"),
    ("Mmes.", "« Le dossier est solide », ont assuré Mmes. Roux et Perrin.", "Roux et Perrin"),
    ("Mlle.", "« J'ai eu très peur », a raconté Mlle. Julie Lambert.", "Julie Lambert"),
    ("Me.", "« Mon client est innocent », a commenté Me. Alain Durand-Morel. Le procès reprend.",
     "Alain Durand-Morel"),
    ("Mes.", "« Notre client fera appel », ont déclaré Mes. Fabre et Lenoir.", "Fabre et Lenoir"),
    ("Dr.", "« Le patient est stable », a indiqué Dr. Karim Benali.", "Karim Benali"),
    ("Pr.", "« Le virus circule peu », a estimé le Pr. Jean Delfraissy.", "Jean Delfraissy"),
    ("Mgr.", "« L'Église demande pardon », a déclaré Mgr. Michel Aupetit.", "Michel Aupetit"),
    ("Sir", "« The show must go on », a lancé Sir Elton.", "Elton"),
]

# intention_nouns.txt: (entry, sentence, reported words, the same object with no infinitive)
INTENTION_NOUNS = [
    (
        "intention",
        "Le maire de Rodez a annoncé lundi son intention de briguer un troisième mandat.",
        "son intention de briguer un troisième mandat",
        "Le maire de Rodez a annoncé lundi son intention.",
    ),
    (
        "décision",
        "La fédération a annoncé sa décision de suspendre le championnat.",
        "sa décision de suspendre le championnat",
        "La fédération a annoncé sa décision de justice.",
    ),
    (
        "volonté",
        "Le syndicat a réaffirmé sa volonté de négocier avec la direction.",
        "sa volonté de négocier avec la direction",
        "Le syndicat a réaffirmé sa volonté.",
    ),
    (
        "souhait",
        "La chanteuse a confirmé son souhait de s'installer à Montréal.",
        "son souhait de s'installer à Montréal",
        "La chanteuse a confirmé son souhait.",
    ),
    (
        "désir",
        "Le joueur a affirmé son désir de rester au club jusqu'en 2027.",
        "son désir de rester au club jusqu'en 2027",
        "Le joueur a affirmé son désir de victoire.",
    ),
    (
        "refus",
        "Le gouvernement a annoncé son refus de céder aux pressions.",
        "son refus de céder aux pressions",
        "Le gouvernement a annoncé son refus.",
    ),
    (
        "détermination",
        "La présidente a réaffirmé sa détermination à mener la réforme à son terme.",
        "sa détermination à mener la réforme à son terme",
        "La présidente a réaffirmé sa détermination.",
    ),
]


# auxiliaries.txt: (entry, sentence, reported words, cue)
AUXILIARIES = [
    ("a", "Le maire a annoncé que l'école rouvrirait.", "l'école rouvrirait", "a annoncé"),
    (
        "ai",
        "J'ai répété que le projet était mauvais.",
        "le projet était mauvais",
        "ai répété",
    ),
    ("as", "Tu as affirmé que tout irait bien.", "tout irait bien", "as affirmé"),
    (
        "avons",
        "Nous avons annoncé que l'usine fermerait.",
        "l'usine fermerait",
        "avons annoncé",
    ),
    (
        "avez",
        "Vous avez promis que les impôts baisseraient, rappelle le député.",
        "les impôts baisseraient",
        "avez promis",
    ),
    (
        "ont",
        "Les syndicats ont annoncé que la grève continuerait.",
        "la grève continuerait",
        "ont annoncé",
    ),
    (
        "avait",
        "La ministre avait promis que la taxe serait supprimée.",
        "la taxe serait supprimée",
        "avait promis",
    ),
    (
        "avaient",
        "Les enquêteurs avaient indiqué que le suspect avait fui.",
        "le suspect avait fui",
        "avaient indiqué",
    ),
    (
        "aura",
        "Le président aura répété que rien ne changerait.",
        "rien ne changerait",
        "aura répété",
    ),
    (
        "auront",
        "Les élus auront rappelé que la commune manquait de médecins.",
        "la commune manquait de médecins",
        "auront rappelé",
    ),
    (
        "aurait",
        "Le suspect aurait avoué qu'il connaissait la victime.",
        "il connaissait la victime",
        "aurait avoué",
    ),
    (
        "auraient",
        "Des témoins auraient affirmé que le camion roulait vite.",
        "le camion roulait vite",
        "auraient affirmé",
    ),
    (
        "ait",
        "Il est rare que le ministre ait reconnu que la réforme avait échoué.",
        "la réforme avait échoué",
        "ait reconnu",
    ),
    (
        "aient",
        "L'accusé a fait appel bien que les juges aient estimé que la preuve suffisait.",
        "la preuve suffisait",
        "aient estimé",
    ),
    (
        "eu",
        "La grève a cessé une fois que le ministre a eu annoncé que la réforme était retirée.",
        "la réforme était retirée",
        "a eu annoncé",
    ),
    (
        "eut",
        "La salle applaudit quand le juge eut déclaré que l'accusé était libre.",
        "l'accusé était libre",
        "eut déclaré",
    ),
    (
        "eurent",
        "La ville respira quand les médecins eurent annoncé que l'épidémie reculait.",
        "l'épidémie reculait",
        "eurent annoncé",
    ),
    (
        "avoir",
        "Le ministre s'excuse d'avoir affirmé que les retraites baisseraient.",
        "les retraites baisseraient",
        "d'avoir affirmé",
    ),
    (
        "ayant",
        "Le maire a dû s'expliquer, ayant annoncé que la piscine fermerait.",
        "la piscine fermerait",
        "ayant annoncé",
    ),
    (
        "est",
        "La ministre s'est félicitée que le texte soit adopté.",
        "le texte soit adopté",
        "s'est félicitée",
    ),
    ("es", "Tu t'es plaint que personne ne t'écoutait.", "personne ne t'écoutait", "es plaint"),
    (
        "sommes",
        "Nous nous sommes inquiétés que les secours tardent, raconte une riveraine.",
        "les secours tardent",
        "sommes inquiétés",
    ),
    (
        "êtes",
        "Vous vous êtes réjoui que la loi passe, rappelle la journaliste au ministre.",
        "la loi passe",
        "êtes réjoui",
    ),
    (
        "sont",
        "Les parents se sont plaints que la cantine était froide.",
        "la cantine était froide",
        "se sont plaints",
    ),
    ("était", "Le maire s'était inquiété que la digue cède.", "la digue cède", "s'était inquiété"),
    (
        "étaient",
        "Les élus s'étaient réjouis que la gare soit rénovée.",
        "la gare soit rénovée",
        "s'étaient réjouis",
    ),
    (
        "sera",
        "Le ministre se sera félicité que le chômage baisse.",
        "le chômage baisse",
        "se sera félicité",
    ),
    (
        "seront",
        "Les riverains se seront plaints que le chantier dure.",
        "le chantier dure",
        "se seront plaints",
    ),
    (
        "serait",
        "Le président se serait inquiété que l'accord échoue.",
        "l'accord échoue",
        "se serait inquiété",
    ),
    (
        "seraient",
        "Les salariés se seraient plaints que les primes baissent.",
        "les primes baissent",
        "se seraient plaints",
    ),
    (
        "soit",
        "Il est normal que la maire se soit réjouie que le projet aboutisse.",
        "le projet aboutisse",
        "se soit réjouie",
    ),
    (
        "soient",
        "On comprend que les familles se soient inquiétées que l'école ferme.",
        "l'école ferme",
        "se soient inquiétées",
    ),
    (
        "été",
        "Il a été rapporté que le ministre démissionnerait.",
        "le ministre démissionnerait",
        "a été rapporté",
    ),
    (
        "fut",
        "Il fut annoncé que la ville serait évacuée.",
        "la ville serait évacuée",
        "fut annoncé",
    ),
    (
        "furent",
        "Les habitants furent informés que la ville serait évacuée.",
        "la ville serait évacuée",
        "furent informés",
    ),
    (
        "être",
        "Le joueur affirme s'être plaint que l'arbitre l'insultait.",
        "l'arbitre l'insultait",
        "s'être plaint",
    ),
    (
        "étant",
        "La ministre a remercié les députés, s'étant réjouie que la loi passe.",
        "la loi passe",
        "s'étant réjouie",
    ),
]

# ---- reporting_verbs.tsv: one sentence per lemma, from a template that fits its flags

# past participles of the verbs that are not regular -er verbs
PARTICIPLES = {
    "admettre": "admis", "applaudir": "applaudi", "avertir": "averti", "conclure": "conclu",
    "contredire": "contredit", "convenir": "convenu", "craindre": "craint", "dire": "dit",
    "décrire": "décrit", "défendre": "défendu", "démentir": "démenti", "garantir": "garanti",
    "plaindre": "plaint", "poursuivre": "poursuivi", "promettre": "promis", "prédire": "prédit",
    "prétendre": "prétendu", "prévenir": "prévenu", "reconnaitre": "reconnu",
    "reconnaître": "reconnu", "redire": "redit", "renchérir": "renchéri", "reprendre": "repris",
    "rire": "ri", "réagir": "réagi", "réjouir": "réjoui", "répondre": "répondu",
    "sous-entendre": "sous-entendu", "soutenir": "soutenu", "écrire": "écrit", "émouvoir": "ému",
    "mettre_en_avant": "mis en avant", "faire_savoir": "fait savoir",
    "faire_valoir": "fait valoir", "mettre_en_garde": "mis en garde",
    "laisser_entendre": "laissé entendre", "faire_part": "fait part",
    "rendre_hommage": "rendu hommage",
}
# verbs that report only as "se …": "s'est inquiété que", "s'est exclamé"
REFLEXIVE_ONLY = {
    "alarmer", "désoler", "indigner", "inquiéter", "réjouir", "étonner", "féliciter",
    "plaindre", "écrier", "emporter", "exclamer", "interroger", "émouvoir", "insurger",
}
# an object, then à/de and an infinitive: (sentence, reported words, cue)
OBJECT_INFINITIVE = {
    "accuser": ("L'association a accusé la mairie d'avoir ignoré ses plaintes.",
                "avoir ignoré ses plaintes"),
    "appeler": ("Le maire a appelé les habitants à rester chez eux.", "rester chez eux"),
    "conjurer": ("La ministre a conjuré les élus de voter le budget.", "voter le budget"),
    "conseiller": ("Le médecin a conseillé aux patients de porter un masque.",
                   "porter un masque"),
    "exhorter": ("Le pape a exhorté les fidèles à accueillir les migrants.",
                 "accueillir les migrants"),
    "implorer": ("La mère a imploré les ravisseurs de libérer son fils.",
                 "libérer son fils"),
    "inviter": ("Le préfet a invité les riverains à quitter leur maison.",
                "quitter leur maison"),
    "prier": ("Le juge a prié les témoins de rester disponibles.", "rester disponibles"),
    "demander": ("Le syndicat a demandé à la direction de rouvrir les négociations.",
                 "rouvrir les négociations"),
    "reprocher": ("L'opposition a reproché au ministre d'avoir menti aux députés.",
                  "avoir menti aux députés"),
}
# an object, then what it is called in marks, or an object holding marks (flag n): (sentence,
# reported words, cue)
OBJECT_MARKS = {
    "qualifier": ("La députée a qualifié la réforme de « recul historique ».",
                  "la réforme de « recul historique »", "a qualifié"),
    "adresser": ("Le maire a adressé ses « chaleureuses » félicitations aux bénévoles du club.",
                 "ses « chaleureuses » félicitations aux bénévoles du club", "a adressé"),
    "louer": ("La sénatrice a loué le travail « remarquable » des pompiers de la vallée.",
              "le travail « remarquable » des pompiers de la vallée", "a loué"),
    "remercier": ("La directrice a remercié les soignants, « qui n'ont jamais compté leurs "
                  "heures » pendant l'hiver.",
                  "les soignants, « qui n'ont jamais compté leurs heures » pendant l'hiver",
                  "a remercié"),
    # a noun of intention in the object: its infinitive, with its marks
    "exprimer": ("La ministre a exprimé son souhait de « tourner la page » avec les syndicats.",
                 "« tourner la page » avec les syndicats", "a exprimé"),
    "partager": ("Le patron a partagé sa « profonde tristesse » après la fermeture de l'usine.",
                 "sa « profonde tristesse » après la fermeture de l'usine", "a partagé"),
    # the preposition after the locution is its own: the marks after « de » start the words
    "faire_part": ("Le maire a fait part de « sa fierté » de participer à ce vote.",
                   "« sa fierté » de participer à ce vote", "a fait part"),
    "faire_état": ("Le médecin a fait état d'une « nette amélioration ».",
                   "une « nette amélioration »", "a fait état"),
}
# no verb, only after the words: (sentence, reported words, cue)
AFTER_WORDS = {
    "dixit": ("« Nous verrons bien », dixit le maire.", "Nous verrons bien", "dixit"),
}
# rows pinned to a sentence of their own, not to the template of their line, which moves when
# an entry is added above: (sentence, reported words, cue). « assener »: the tagger reads
# « a assené » as no verb after some subjects (« L'avocat a assené que le budget était tenu. »)
PINNED = {
    "assener": ("Le syndicat a assené que la route serait rouverte en mai.",
                "la route serait rouverte en mai", "a assené"),
}
# the attribute after the reflexive verb is reported (flag a): (sentence, reported words, cue)
ATTRIBUTES = {
    "dire": ("Le maire s'est dit prêt à démissionner.", "prêt à démissionner", "s'est dit"),
    "estimer": ("La ministre s'estime victime d'une cabale.", "victime d'une cabale",
                "s'estime"),
    "juger": ("Le tribunal s'est jugé incompétent pour trancher.",
              "incompétent pour trancher", "s'est jugé"),
    "considérer": ("L'entraîneur se considère trahi par ses dirigeants.",
                   "trahi par ses dirigeants", "se considère"),
}
# a cue only when "on" learns from a source: "il a appris que" is what he learned
ON_ONLY = {
    "apprendre": ("L'usine fermera en juin, a-t-on appris de source syndicale.",
                  "L'usine fermera en juin", "a-t-on appris"),
}
INFINITIVE_ONLY = {
    "menacer": ("Les agriculteurs ont menacé de bloquer les routes.", "bloquer les routes"),
}
# a reflexive verb and its preposition, then an infinitive: (sentence, reported words, cue)
REFLEXIVE_INFINITIVE = {
    "engager_à": ("La maire Lise Armand s'est engagée à rouvrir la piscine avant l'été.",
                  "rouvrir la piscine avant l'été", "s'est engagée"),
}
SUBJECTS = [
    "Le maire", "La ministre", "Le syndicat", "L'avocat", "La présidente", "Le porte-parole",
    "Le député", "La directrice", "Le procureur", "L'entraîneur", "La sénatrice", "Le patron",
]
MALE_SUBJECTS = ["Le maire", "Le député", "Le procureur", "L'entraîneur", "Le patron"]
CLAUSES = [
    "la route serait rouverte en mai", "le budget était tenu", "les salariés seraient payés",
    "son client était innocent", "le texte serait voté avant l'été", "rien n'avait changé",
    "l'usine ne fermerait pas", "les prix allaient baisser", "le dossier était clos",
    "l'équipe méritait mieux", "la loi serait appliquée", "les comptes étaient faux",
    "la crise durerait", "le chantier avait pris du retard",
]
REMARKS = [
    "Nous verrons bien la semaine prochaine", "Ce n'est pas sérieux du tout",
    "Le plus dur reste à faire", "Il faut savoir finir une grève",
    "On ne change pas une équipe qui gagne", "Les chiffres parlent d'eux-mêmes",
    "Personne ne nous a prévenus", "La saison est encore longue",
]


def _verbs() -> list[tuple[str, str]]:
    text = resources.files("quotes.lexicon").joinpath("reporting_verbs.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [(ln.split("\t")[0], ln.split("\t")[1]) for ln in lines]


def _participle(lemma: str) -> str:
    return PARTICIPLES.get(lemma) or lemma[:-2] + "é"


def _verb_row(n: int, lemma: str, flags: str) -> tuple[str, str, str, str]:
    """(lemma, sentence, reported words, cue) for the n-th verb of the list."""
    pp = _participle(lemma)
    if lemma in PINNED:
        return (lemma, *PINNED[lemma])
    if lemma in OBJECT_INFINITIVE:
        text, said = OBJECT_INFINITIVE[lemma]
        return lemma, text, said, re.search(r"\ba \S+", text).group(0)  # type: ignore[union-attr]
    if lemma in ON_ONLY:
        return (lemma, *ON_ONLY[lemma])
    if lemma in OBJECT_MARKS:
        return (lemma, *OBJECT_MARKS[lemma])
    if lemma in AFTER_WORDS:
        return (lemma, *AFTER_WORDS[lemma])
    if lemma in REFLEXIVE_INFINITIVE:
        return (lemma, *REFLEXIVE_INFINITIVE[lemma])
    if lemma in INFINITIVE_ONLY:
        text, said = INFINITIVE_ONLY[lemma]
        return lemma, text, said, "ont " + pp
    if "q" in flags:
        clause = CLAUSES[n % len(CLAUSES)]
        if lemma in REFLEXIVE_ONLY:
            cue = "s'est " + pp
            return lemma, f"{MALE_SUBJECTS[n % 5]} {cue} que {clause}.", clause, cue
        cue = "a " + pp
        return lemma, f"{SUBJECTS[n % len(SUBJECTS)]} {cue} que {clause}.", clause, cue
    remark = REMARKS[n % len(REMARKS)]
    cue = ("s'est " if lemma in REFLEXIVE_ONLY else "a ") + pp
    speaker = SUBJECTS[n % len(SUBJECTS)]
    speaker = speaker[0].lower() + speaker[1:]
    return lemma, f"« {remark} », {cue} {speaker}.", remark, cue


REPORTING_VERBS = [_verb_row(n, lemma, flags) for n, (lemma, flags) in enumerate(_verbs())]

# (list, entry) -> why the row fails for a reason outside the lexicon
ADJECTIVE_NOUN = "the model tags the noun as an adjective here: the cue finds no subject"
NP_STOP_CUTS = "the role ends at à/au (np_stops), which also ends « a déclaré X à la presse »"
XFAIL: dict[tuple[str, str], str] = {
    ("role_nouns", "adjoint"): NP_STOP_CUTS,
    ("role_nouns", "haut-commissaire"): NP_STOP_CUTS,
    ("role_nouns", "plaignante"): (
        "the model tags « plaignante » as a participle of plaindre: the cue finds no subject"
    ),
    ("role_nouns", "religieux"): ADJECTIVE_NOUN,
    ("role_nouns", "scientifique"): ADJECTIVE_NOUN,
    ("role_nouns", "opposant"): (
        "the model tags « opposant » as a participle of opposer: the cue finds no subject"
    ),
    ("org_nouns", "état-major"): "the cue finds no subject in « a indiqué l'état-major »",
    ("titles", "MM."): "the recogniser tags « Garnier » after « MM. Lefèvre et » as a place",
    ("reporting_verbs", "tweeter"): "« a tweeté que » gives no quote: the model does not "
    "parse the English-born participle as a verb with a que-clause",
    ("reporting_verbs", "twitter"): "« a twitté que » gives no quote: the model does not "
    "parse the English-born participle as a verb with a que-clause",
}


def rows(name: str, table: list) -> list:
    """The rows of ``table`` as parameters named after their entry, xfail where listed."""
    params = []
    for row in table:
        reason = XFAIL.get((name, row[0]))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(*row, id=row[0], marks=marks))
    return params


def marked(text: str) -> str:
    """The words inside the first « » of ``text``."""
    return text[text.index("«") + 1 : text.index("»")].strip()


def the_quote(nlp, text: str, said: str) -> Quote:
    quotes = quotes_of(nlp, text)
    found = [q for q in quotes if q.span.text == said]
    assert found, [(q.span.text, q.cue.text if q.cue else None) for q in quotes]
    q = found[0]
    assert text[q.span.start : q.span.end] == said
    return q


@pytest.mark.parametrize(("entry", "text", "role"), rows("role_nouns", ROLE_NOUNS))
def test_role_noun(nlp, entry, text, role):
    """A description headed by the entry is a person, with the description as role; a
    distinction (« le champion olympique », « le cofondateur du parti ») is given them all the
    same, but shows no role, and so is a military rank alone (« le général »)."""
    assert fold(entry) in fold(role)
    q = the_quote(nlp, text, marked(text))
    shown = None if distinction(role) or grade_alone(role) else role
    assert (q.speaker.role, q.speaker.kind) == (shown, "person")
    assert role in [r.text for r in q.speaker.roles]


@pytest.mark.parametrize(("entry", "text", "role"), rows("occupations", OCCUPATIONS))
def test_occupation(nlp, entry, text, role):
    """A description headed by a trade is a person, with the description as role."""
    test_role_noun(nlp, entry, text, role)


@pytest.mark.parametrize(("entry", "text", "name"), rows("org_nouns", ORG_NOUNS))
def test_org_noun(nlp, entry, text, name):
    """A speaker headed by the entry is an organisation."""
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("entry", "text", "name"), rows("anaphoric_org_nouns", ANAPHORIC_ORG_NOUNS)
)
def test_anaphoric_org_noun(nlp, entry, text, name):
    """ "Selon l'institut" after the Insee is named: the source is the Insee."""
    said = text.split(", ", 1)[1].rstrip(".")
    q = the_quote(nlp, text, said)
    assert (q.speaker.name, q.speaker.kind) == (name, "organization")


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("anonymous", ANONYMOUS))
def test_anonymous(nlp, entry, text, speaker):
    """A mention opened by the entry is an anonymous source."""
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.kind) == (speaker, "anonymous")


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("kin_nouns", KIN_NOUNS))
def test_kin_noun(nlp, entry, text, speaker):
    """ "ses enfants" speak for the person named before: "enfants de Jean Morel"; "sa fille"
    is the daughter the article names."""
    q = the_quote(nlp, text, marked(text))
    kind = "anonymous" if entry in words("circle_nouns") else "person"  # « son entourage »
    assert (q.speaker.name, q.speaker.kind) == (speaker, kind)


# street_nouns.txt: (entry, sentence): the name after the entry is the street's, no one of the
# cast, so « a-t-il » finds no speaker (without the entry the street's name speaks)
STREET_NOUNS = [
    ("rue", "Un incendie a éclaté rue Émile Vernon. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("avenue", "Un incendie a éclaté à l’avenue Jean Lastier. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("boulevard", "Un incendie a éclaté au boulevard Victor Margot. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("place", "Un incendie a éclaté à la place Charles Dorval. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("allée", "Un incendie a éclaté à l’allée Paul Vidalin. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("impasse", "Un incendie a éclaté à l’impasse Louis Garrec. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("square", "Un incendie a éclaté au square Henri Solane. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("esplanade", "Un incendie a éclaté à l’esplanade Marcel Brunet. « J’ai eu très peur », a-t-il "
     "raconté."),
    ("promenade", "Un incendie a éclaté à la promenade Léon Castaing. « J’ai eu très peur », "
     "a-t-il raconté."),
]


@pytest.mark.parametrize(("entry", "text"), rows("street_nouns", STREET_NOUNS))
def test_street_noun(nlp, entry, text):
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.name is None


# must not: one of the cast named beside the street still speaks
def test_street_name_leaves_the_cast(nlp):
    text = ("Un incendie a éclaté rue Émile Vernon. « J’ai eu très peur », a raconté Lucie "
            "Morin, qui habite rue Émile Vernon.")
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.gender) == ("Lucie Morin", "female")


# must not: « sur place », « en place » are set phrases, no street: the name after them speaks
@pytest.mark.parametrize(("text", "speaker"), [
    ("Dépêché sur place Julien Roche a constaté les dégâts. « C'est terrible », a-t-il dit.",
     "Julien Roche"),
    ("Le plan mis en place Thomas Girard l'a défendu. « Il fonctionne », a-t-il assuré.",
     "Thomas Girard"),
])
def test_a_set_phrase_names_no_street(nlp, text, speaker):
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.name == speaker


# circle_nouns.txt: (entry, sentence, the anonymous source, its gender): someone's circle named
# by its description is written with its article, as the mention reads
CIRCLE_NOUNS = [
    ("entourage", "Le maire Paul Roux est resté chez lui. « Il va mieux », a confié l’entourage "
     "du maire.", "l’entourage du maire", None),
    ("camp", "Le candidat Paul Roux a perdu. « Il fera appel », a confié le camp du candidat.",
     "le camp du candidat", None),
    ("staff", "Le joueur Paul Roux est blessé. « Il sera absent un mois », a confié le staff du "
     "joueur.", "le staff du joueur", None),
]


# circle_members.txt: (entry, sentence, the anonymous source, its gender): an unnamed member
# of someone's circle, written as the mention with whose name in full, never the one whose
# circle it is
CIRCLE_MEMBERS = [
    ("proche", "Le maire Paul Roux a été réélu. « Il est soulagé », a confié un proche de Paul "
     "Roux.", "un proche de Paul Roux", None),
    ("ami", "Le maire Paul Roux a été réélu. « Il est soulagé », a confié un ami de Paul Roux.",
     "un ami de Paul Roux", None),
    ("amie", "Le maire Paul Roux a été réélu. « Il est soulagé », a confié une amie de Paul "
     "Roux.", "une amie de Paul Roux", "female"),
    ("camarade", "L'élève Léa Morel a quitté le collège. « Elle se faisait insulter », a "
     "confié une camarade de Léa Morel.", "une camarade de Léa Morel", "female"),
]


@pytest.mark.parametrize(
    ("entry", "text", "speaker", "gender"),
    rows("circle_nouns", CIRCLE_NOUNS) + rows("circle_members", CIRCLE_MEMBERS),
)
def test_circle_noun(nlp, entry, text, speaker, gender):
    """ "l'entourage du maire", "un proche de Paul Roux" are an anonymous source, not the mayor
    nor Paul Roux, and hold no role."""
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.kind, q.speaker.role, q.speaker.gender) == (
        speaker, "anonymous", None, gender)


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("family_members", FAMILY_MEMBERS))
def test_family_member(nlp, entry, text, speaker):
    """ "le patriarche de la famille Roux" is the one Roux of the cast of the mention's
    gender."""
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.kind) == (speaker, "person")


@pytest.mark.parametrize(("entry", "text", "title"), rows("naming_cues", NAMING_CUES))
def test_naming_cue(nlp, entry, text, title):
    """Marked words right after the entry are a name or a title, not a quote."""
    before = text.split("«")[0].rstrip(" ,").split()[-1].lower()
    assert before.replace("’", "'").split("'")[-1] == entry  # "l'émission" -> "émission"
    assert title not in [q.span.text for q in beside_its_own_quote(nlp, text)]


@pytest.mark.parametrize(("entry", "text", "role"), rows("np_stops", NP_STOPS))
def test_np_stop(nlp, entry, text, role):
    """The speaker's phrase after a cue ends before the entry."""
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.role == role


@pytest.mark.parametrize(("entry", "text", "said", "cue"), rows("skip_words", SKIP_WORDS))
def test_skip_word(nlp, entry, text, said, cue):
    """The entry between a cue and its clause or subject is passed over."""
    q = the_quote(nlp, text, said)
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize(("entry", "text", "said", "who"), rows("speech_nouns", SPEECH_NOUNS))
def test_speech_noun(nlp, entry, text, said, who):
    """ "selon les explications du maire": the source is the maire, not the explanations."""
    q = the_quote(nlp, text, said)
    assert q.cue is not None and q.cue.text == "Selon"
    assert who in (q.speaker.role, q.speaker.name)


# nouns of the act of a reporting verb, in no list: the verb's list gives them
DEVERBAL_NOUNS = [
    ("Selon les précisions de la préfecture, le pont restera fermé jusqu'à lundi.",
     "le pont restera fermé jusqu'à lundi", "préfecture"),
    ("D'après les indications du ministère, la route sera rouverte en mars.",
     "la route sera rouverte en mars", "ministère"),
    ("La préfecture a publié des précisions. Selon ces précisions, le pont restera fermé "
     "jusqu'à lundi.", "le pont restera fermé jusqu'à lundi", "préfecture"),
]


@pytest.mark.parametrize(("text", "said", "who"), DEVERBAL_NOUNS)
def test_the_noun_of_a_reporting_verb_is_a_speech_noun(nlp, text, said, who):
    assert not any(w in words("speech_nouns") for w in ("précisions", "indications"))
    q = the_quote(nlp, text, said)
    assert q.speaker.name == who


@pytest.mark.parametrize(("text", "said", "who"), [
    # a noun in -ation of a verb that reports nothing (« fédérer ») is the body itself
    ("Selon la fédération de Bretagne, le tournoi aura lieu en juin.",
     "le tournoi aura lieu en juin", "fédération de Bretagne"),
    ("Selon l'association des maires, le budget sera réduit.", "le budget sera réduit",
     "association des maires"),
])
def test_a_noun_of_a_verb_that_reports_nothing_is_no_speech_noun(nlp, text, said, who):
    assert the_quote(nlp, text, said).speaker.name == who


def test_deverbal_nouns_keep_to_their_endings():
    from quotes.lexicon import deverbal_nouns, is_speech_noun

    assert {"declaration", "explication", "precision"} <= deverbal_nouns()
    assert "pension" not in deverbal_nouns()  # « penser »: no « -ion » but after « -is »
    assert is_speech_noun("Précisions") and not is_speech_noun("fédération")


@pytest.mark.parametrize(("entry", "text", "said", "outlet"), rows("press_peers", PRESS_PEERS))
def test_press_peer(nlp, entry, text, said, outlet):
    """ "selon nos confrères de l'AFP": the outlet speaks; the mention stays as written."""
    q = the_quote(nlp, text, said)
    assert q.speaker.name == outlet and q.speaker.kind == "organization"
    assert q.speaker.mention is not None and entry in q.speaker.mention.text


@pytest.mark.parametrize(("text", "said"), NOT_PRESS_PEERS)
def test_not_a_press_peer(nlp, text, said):
    q = the_quote(nlp, text, said)
    assert q.speaker.kind != "organization"
@pytest.mark.parametrize(
    ("entry", "text", "said", "bare"), rows("intention_nouns", INTENTION_NOUNS))
def test_intention_noun(nlp, entry, text, said, bare):
    """The entry and its infinitive are what the cue reports, the whole object phrase; the
    entry alone, or with a noun after de, reports nothing."""
    q = the_quote(nlp, text, said)
    assert q.type == "indirect"
    assert beside_its_own_quote(nlp, bare) == []


@pytest.mark.parametrize(("entry", "text", "clause"), rows("subordinators", SUBORDINATORS))
def test_subordinator(nlp, entry, text, clause):
    """ "alors que", "bien que": the narrator's clause, not reported speech."""
    assert f"{entry} que {clause}" in text
    assert clause not in [q.span.text for q in beside_its_own_quote(nlp, text)]


@pytest.mark.parametrize(("entry", "text", "name"), rows("titles", TITLES))
def test_title(nlp, entry, text, name):
    """The name after the title is a person, named without the title."""
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.kind == "person"
    assert q.speaker.name == name


@pytest.mark.parametrize(("entry", "text", "said", "cue"), rows("auxiliaries", AUXILIARIES))
def test_auxiliary(nlp, entry, text, said, cue):
    """The auxiliary belongs to the cue group: "avaient indiqué", "s'est félicitée"."""
    q = the_quote(nlp, text, said)
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize(
    ("lemma", "text", "said", "cue"), rows("reporting_verbs", REPORTING_VERBS)
)
def test_reporting_verb(nlp, lemma, text, said, cue):
    """Each reporting verb introduces what its flags say: a que-clause, an infinitive, a
    quotation in marks."""
    q = the_quote(nlp, text, said)
    assert q.cue is not None and q.cue.text == cue


def test_attribute_verbs_listed():
    """Every verb flagged « a » has its sentence below, and no other verb is flagged."""
    assert {lemma for lemma, flags in _verbs() if "a" in flags} == set(ATTRIBUTES)


def test_object_only_verbs_listed():
    """Every verb flagged « n » has its sentence of an object holding marks."""
    flagged = {lemma for lemma, flags in _verbs() if "n" in flags}
    assert flagged and flagged <= set(OBJECT_MARKS)


@pytest.mark.parametrize(("lemma", "text", "said", "cue"), [(k, *v) for k, v in ATTRIBUTES.items()])
def test_reflexive_attribute(nlp, lemma, text, said, cue):
    """A reflexive verb of saying or judging reports the attribute after it: "se disant
    victime d'un complot"."""
    q = the_quote(nlp, text, said)
    assert q.cue is not None and q.cue.text == cue


# periphrases.tsv: (phrase, sentence, the speaker the phrase names there, their gender). Each
# sentence gives the office in other words than the phrase, and names another office holder
# as well, who is never the one the phrase names.
PERIPHRASES = [
    ("président de la République",
     "Le ministre des Sports Paul Morel a accueilli le chef de l’État, Marc Salin. « Le sport "
     "est une priorité », a déclaré le président de la République.", "Marc Salin", "male"),
    ("présidente de la République",
     "Le ministre des Sports Paul Morel a accueilli la cheffe de l’État, Claire Vidal. « Le "
     "sport est une priorité », a déclaré la présidente de la République.", "Claire Vidal",
     "female"),
    ("chef de l'État",
     "Le ministre de la Santé Luc Arnaud a reçu les soignants. Marc Salin, président de la "
     "République, est arrivé ensuite. « Nous tiendrons », a assuré le chef de l’État.",
     "Marc Salin", "male"),
    ("cheffe de l'État",
     "Le ministre de la Santé Luc Arnaud a reçu les soignants. Anne Lefèvre, présidente de la "
     "République, est arrivée ensuite. « Nous tiendrons », a assuré la cheffe de l’État.",
     "Anne Lefèvre", "female"),
    ("locataire de l'Élysée",
     "Le président de la République, Marc Salin, a dîné avec le ministre des Armées Hugo "
     "Brun. « La défense est notre priorité », a affirmé le locataire de l’Élysée.",
     "Marc Salin", "male"),
    ("chef des armées",
     "Le président de la République, Marc Salin, a reçu la ministre des Armées Julie Brun. « Nos "
     "troupes sont prêtes », a assuré le chef des armées.", "Marc Salin", "male"),
    ("ministre des Affaires étrangères",
     "La Première ministre Anne Roy a parlé avant le chef de la diplomatie, Luc Ferrand. « Le "
     "dialogue reste ouvert », a estimé le ministre des Affaires étrangères.", "Luc Ferrand",
     "male"),
    ("chef de la diplomatie",
     "Luc Ferrand, ministre des Affaires étrangères, a rencontré le ministre de la Défense "
     "Jean Caron. « Le dialogue reste ouvert », a dit le chef de la diplomatie.", "Luc Ferrand",
     "male"),
    ("cheffe de la diplomatie",
     "Sarah Klein, ministre des Affaires étrangères, a rencontré le ministre de la Défense "
     "Jean Caron. « Le dialogue reste ouvert », a dit la cheffe de la diplomatie.",
     "Sarah Klein", "female"),
    ("patron de la diplomatie",
     "Le ministre des Affaires étrangères, Luc Ferrand, a parlé après le Premier ministre "
     "Paul Morel. « Le dialogue reste ouvert », a dit le patron de la diplomatie.",
     "Luc Ferrand", "male"),
    ("patronne de la diplomatie",
     "La ministre des Affaires étrangères, Sarah Klein, a parlé après le Premier ministre "
     "Paul Morel. « Le dialogue reste ouvert », a dit la patronne de la diplomatie.",
     "Sarah Klein", "female"),
    ("Premier ministre",
     "Le chef du gouvernement, Paul Morel, a reçu le ministre de l’Intérieur Jean Tissot. "
     "« Le budget sera voté », a promis le Premier ministre.", "Paul Morel", "male"),
    ("Première ministre",
     "La cheffe du gouvernement, Anne Roy, a reçu le ministre de l’Intérieur Jean Tissot. "
     "« Le budget sera voté », a promis la Première ministre.", "Anne Roy", "female"),
    ("chef du gouvernement",
     "Le ministre de l’Intérieur Jean Tissot a rejoint le Premier ministre Paul Morel. « Le "
     "budget sera voté », a promis le chef du gouvernement.", "Paul Morel", "male"),
    ("cheffe du gouvernement",
     "Le ministre de l’Intérieur Jean Tissot a rejoint la Première ministre Anne Roy. « Le "
     "budget sera voté », a promis la cheffe du gouvernement.", "Anne Roy", "female"),
    ("chef de gouvernement",
     "Le ministre de l’Intérieur Jean Tissot a rejoint le Premier ministre Paul Morel. « Le "
     "budget sera voté », a promis le chef de gouvernement.", "Paul Morel", "male"),
    ("cheffe de gouvernement",
     "Le ministre de l’Intérieur Jean Tissot a rejoint la Première ministre Anne Roy. « Le "
     "budget sera voté », a promis la cheffe de gouvernement.", "Anne Roy", "female"),
    ("locataire de Matignon",
     "Le Premier ministre Paul Morel a reçu le ministre de l’Intérieur Jean Tissot. « Le "
     "budget sera voté », a promis le locataire de Matignon.", "Paul Morel", "male"),
    ("ministre de la Justice",
     "Le ministre de l’Intérieur Jean Tissot a croisé le garde des Sceaux, Marc Lenoir. « Les "
     "prisons sont pleines », a reconnu le ministre de la Justice.", "Marc Lenoir", "male"),
    ("garde des Sceaux",
     "Le ministre de l’Intérieur Jean Tissot a croisé Marc Lenoir, ministre de la Justice. "
     "« Les prisons sont pleines », a reconnu le garde des Sceaux.", "Marc Lenoir", "male"),
    ("ministre de l'Intérieur",
     "La ministre de la Justice Claire Duval a croisé Jean Tissot, ministre de l’Intérieur. "
     "« La police sera renforcée », a annoncé le ministre de l’Intérieur.", "Jean Tissot",
     "male"),
    ("premier flic de France",
     "Le Premier ministre Paul Morel a reçu le ministre de l’Intérieur Jean Tissot. « La "
     "sécurité est notre priorité », a déclaré le premier flic de France.", "Jean Tissot",
     "male"),
    ("ministre de l'Économie",
     "Le ministre du Travail Hugo Brun a rejoint la patronne de Bercy, Lise Caron. « La "
     "croissance repart », a assuré la ministre de l’Économie.", "Lise Caron", "female"),
    ("patron de Bercy",
     "Le ministre du Travail Hugo Brun a rejoint Bruno Vasseur, ministre de l’Économie. « La "
     "croissance repart », a assuré le patron de Bercy.", "Bruno Vasseur", "male"),
    ("patronne de Bercy",
     "Le ministre du Travail Hugo Brun a rejoint Lise Caron, ministre de l’Économie. « La "
     "croissance repart », a assuré la patronne de Bercy.", "Lise Caron", "female"),
    ("maire",
     "Le préfet Paul Durand a visité le chantier avec l’édile, Marc Aubry. « Les travaux "
     "finiront en mai », a promis le maire.", "Marc Aubry", "male"),
    ("maire de la ville",
     "Le préfet Paul Durand a visité le chantier avec Marc Aubry, maire de Dole. « Les travaux "
     "finiront en mai », a promis le maire de la ville.", "Marc Aubry", "male"),
    ("édile",
     "Le préfet Paul Durand a visité le chantier avec Marc Aubry, maire de Dole. « Les travaux "
     "finiront en mai », a promis l’édile.", "Marc Aubry", "male"),
    ("premier magistrat de la ville",
     "Le préfet Paul Durand a visité le chantier avec Marc Aubry, maire de Dole. « Les travaux "
     "finiront en mai », a promis le premier magistrat de la ville.", "Marc Aubry", "male"),
    ("première magistrate de la ville",
     "Le préfet Paul Durand a visité le chantier avec Lise Caron, maire de Dole. « Les travaux "
     "finiront en mai », a promis la première magistrate de la ville.", "Lise Caron",
     "female"),
    ("pape",
     "Le cardinal Pietro Conti a accueilli le souverain pontife, Léon XIV. « Que la joie soit "
     "avec vous », a lancé le pape.", "Léon XIV", "male"),
    ("souverain pontife",
     "Le cardinal Pietro Conti a accueilli le pape Léon XIV. « Que la joie soit avec vous », a "
     "lancé le souverain pontife.", "Léon XIV", "male"),
    ("saint-père",
     "Le cardinal Pietro Conti a accueilli le pape Léon XIV. « Que la joie soit avec vous », a "
     "lancé le Saint-Père.", "Léon XIV", "male"),
]


@pytest.mark.parametrize(("entry", "text", "speaker", "gender"), rows("periphrases", PERIPHRASES))
def test_periphrasis(nlp, entry, text, speaker, gender):
    """A description by the phrase is the person the article gives the office in other words,
    not another office holder it names."""
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.gender, q.speaker.kind) == (speaker, gender, "person")


def test_every_periphrasis_has_a_row():
    """One row per line of periphrases.tsv, in its order."""
    assert [row[0] for row in PERIPHRASES] == [phrase for phrase, *_ in table("periphrases")]


# role_kinds.tsv: (noun, sentence, the speaker it names there, and a sentence where the one
# the article is about holds another kind of role: nobody; None for a noun that fits any role).
# Each names that person by a role the noun covers, never by the noun itself.
ROLE_KINDS = [
    ("élu",
     "Le député Hugo Lambert a voté contre. « Ce texte est injuste », a-t-il dit. « Nous "
     "ferons appel », a réagi l’élu.", "Hugo Lambert",
     "Le directeur de l’usine, Jean Dupuis, a annoncé la fermeture. « Nous n’avons pas le "
     "choix », a-t-il dit. « Nous ferons appel », a réagi l’élu."),
    # the speaker comes by periphrases.tsv (« l'édile »: the maire) too; the role the entry
    # shows (« maire de Dole », not « édile »): test_generic_noun's « édile » row
    ("édile",
     "Le maire de Dole, Paul Morel, a présenté son budget. « Les impôts ne bougeront pas », "
     "a-t-il dit. « Nous ferons appel », a tranché l’édile.", "Paul Morel",
     "Le directeur de l’hôpital, Paul Morel, a reçu les syndicats. « Les lits ne fermeront "
     "pas », a-t-il dit. « Nous ferons appel », a tranché l’édile."),
    ("élue",
     "La maire de Dole, Sylvie Marchal, a présenté son budget. « Les impôts ne bougeront "
     "pas », a-t-elle dit. « Nous ferons appel », a tranché l’élue.", "Sylvie Marchal",
     "La directrice de l’hôpital, Sylvie Marchal, a reçu les syndicats. « Les lits ne "
     "fermeront pas », a-t-elle dit. « Nous ferons appel », a tranché l’élue."),
    ("joueur",
     "Le capitaine des Bleus, Hugo Lemaire, a annoncé sa retraite. « C’était un rêve », a-t-il "
     "dit. « Nous ferons appel », a réagi le joueur.", "Hugo Lemaire",
     "L’entraîneur des Bleus, Hugo Lemaire, a annoncé sa retraite. « C’était un rêve », a-t-il "
     "dit. « Nous ferons appel », a réagi le joueur."),
    ("joueuse",
     "L’attaquante du PSG, Léa Morin, a signé à Lyon. « C’était un rêve », a-t-elle dit. "
     "« Nous ferons appel », a réagi la joueuse.", "Léa Morin",
     "La présidente du PSG, Léa Morin, a signé à Lyon. « C’était un rêve », a-t-elle dit. "
     "« Nous ferons appel », a réagi la joueuse."),
    ("responsable",
     "Le directeur de l’usine, Jean Dupuis, a annoncé la fermeture. « Nous n’avons pas le "
     "choix », a-t-il dit. « Nous ferons appel », a réagi le responsable.", "Jean Dupuis",
     None),
    ("dirigeant",
     "Le PDG de Nexalis, Marc Ferrand, a annoncé un plan social. « Le marché s’effondre », "
     "a-t-il dit. « Nous ferons appel », a réagi le dirigeant.", "Marc Ferrand", None),
    ("dirigeante",
     "La présidente du club, Anne Rocher, a annoncé un plan social. « Le marché s’effondre », "
     "a-t-elle dit. « Nous ferons appel », a réagi la dirigeante.", "Anne Rocher", None),
    ("patron",
     "Le directeur de l’hôpital, Paul Vasseur, a reçu les syndicats. « Les lits ne fermeront "
     "pas », a-t-il dit. « Nous ferons appel », a réagi le patron.", "Paul Vasseur", None),
    ("patronne",
     "La présidente de la région, Carole Dufresne, a reçu les syndicats. « Les lits ne "
     "fermeront pas », a-t-elle dit. « Nous ferons appel », a réagi la patronne.",
     "Carole Dufresne", None),
    ("boss",
     "Le directeur de l’hôpital, Paul Vasseur, a reçu les syndicats. « Les lits ne fermeront "
     "pas », a-t-il dit. « Nous ferons appel », a réagi le boss.", "Paul Vasseur", None),
    # a title won, not a function: it stands beside whatever post the article gives
    ("champion",
     "L’entraîneur du club, Marc Ferrand, a annoncé son départ. « C’était un rêve », a-t-il "
     "dit. « Nous ferons appel », a réagi le champion.", "Marc Ferrand", None),
    ("championne",
     "La présidente du club, Léa Morin, a annoncé son départ. « C’était un rêve », a-t-elle "
     "dit. « Nous ferons appel », a réagi la championne.", "Léa Morin", None),
    ("parlementaire",
     "La sénatrice du Gers, Odile Mercier, a voté contre. « Ce texte est injuste », a-t-elle "
     "dit. « Nous ferons appel », a réagi la parlementaire.", "Odile Mercier",
     "La maire d’Auch, Odile Mercier, a voté contre. « Ce texte est injuste », a-t-elle "
     "dit. « Nous ferons appel », a réagi la parlementaire."),
    ("technicien",
     "L’entraîneur de Lorient, Yann Le Bris, a parlé. « On a mal joué », a-t-il dit. « Nous "
     "ferons appel », a réagi le technicien.", "Yann Le Bris",
     "Le président de Lorient, Yann Le Bris, a parlé. « On a mal joué », a-t-il dit. « Nous "
     "ferons appel », a réagi le technicien."),
    ("technicienne",
     "La sélectionneuse des Bleues, Corinne Diacre, a parlé. « On a mal joué », a-t-elle dit. "
     "« Nous ferons appel », a réagi la technicienne.", "Corinne Diacre",
     "La capitaine des Bleues, Corinne Diacre, a parlé. « On a mal joué », a-t-elle dit. "
     "« Nous ferons appel », a réagi la technicienne."),
    ("coach",
     "Le sélectionneur des Verts, Marc Vidal, a parlé. « On a mal joué », a-t-il dit. « Nous "
     "ferons appel », a réagi le coach.", "Marc Vidal",
     "Le président des Verts, Marc Vidal, a parlé. « On a mal joué », a-t-il dit. « Nous "
     "ferons appel », a réagi le coach."),
    ("chercheur",
     "Le virologue Marc Tissier a présenté ses travaux. « Le virus recule », a-t-il dit. « Nous "
     "ferons appel », a réagi le chercheur.", "Marc Tissier",
     "Le maire de Dole, Marc Tissier, a présenté son budget. « Le budget recule », a-t-il dit. "
     "« Nous ferons appel », a réagi le chercheur."),
    ("chercheuse",
     "La généticienne Anne Roy a reçu le prix Nobel. « J'étais très émue », a-t-elle dit. "
     "« Nous ferons appel », a réagi la chercheuse.", "Anne Roy",
     "La directrice de l'hôpital, Anne Roy, a reçu le prix. « J'étais très émue », a-t-elle "
     "dit. « Nous ferons appel », a réagi la chercheuse."),
    ("acteur",
     "Le comédien Paul Morel a reçu le prix. « J'étais très ému », a-t-il dit. « Nous ferons "
     "appel », a réagi l'acteur.", "Paul Morel",
     "Le maire de Dole, Paul Morel, a reçu le prix. « J'étais très ému », a-t-il dit. « Nous "
     "ferons appel », a réagi l'acteur."),
    ("actrice",
     "L'interprète principale du film, Anne Roy, a reçu le prix. « J'étais très émue », "
     "a-t-elle dit. « Nous ferons appel », a réagi l'actrice.", "Anne Roy",
     "La directrice du festival, Anne Roy, a reçu le prix. « J'étais très émue », a-t-elle "
     "dit. « Nous ferons appel », a réagi l'actrice."),
    # « le comédien » is the one given as « acteur », as « l'acteur » is the « comédien »
    ("comédien",
     "L'acteur Paul Morel a reçu le prix. « J'étais très ému », a-t-il dit. « Nous ferons "
     "appel », a réagi le comédien.", "Paul Morel",
     "Le maire de Dole, Paul Morel, a reçu le prix. « J'étais très ému », a-t-il dit. « Nous "
     "ferons appel », a réagi le comédien."),
    ("comédienne",
     "L'actrice Anne Roy a reçu le prix. « J'étais très émue », a-t-elle dit. « Nous ferons "
     "appel », a réagi la comédienne.", "Anne Roy",
     "La directrice du festival, Anne Roy, a reçu le prix. « J'étais très émue », a-t-elle "
     "dit. « Nous ferons appel », a réagi la comédienne."),
    # « la cinéaste » is the one given as « réalisatrice », either gender
    ("cinéaste",
     "La réalisatrice Anne Roy a reçu le prix. « J'étais très émue », a-t-elle dit. « Nous "
     "ferons appel », a réagi la cinéaste.", "Anne Roy",
     "La directrice du festival, Anne Roy, a reçu le prix. « J'étais très émue », a-t-elle "
     "dit. « Nous ferons appel », a réagi la cinéaste."),
    # a judge, a prosecutor or the president of a court, not any other role
    ("magistrat",
     "Le tribunal a jugé Marc Vernet. Paul Morel, le président de la 12e chambre, a lu le "
     "jugement. « Nous ferons appel », a alors prononcé le magistrat.", "Paul Morel",
     "Le directeur de l’usine, Jean Dupuis, a annoncé la fermeture. « Nous n’avons pas le "
     "choix », a-t-il dit. « Nous ferons appel », a réagi le magistrat."),
    ("magistrate",
     "Marc Vernet est arrivé libre. La juge Anne Roy a lu le jugement. « Nous ferons appel », "
     "a alors prononcé la magistrate.", "Anne Roy",
     "La directrice de l’usine, Anne Roy, a annoncé la fermeture. « Nous n’avons pas le "
     "choix », a-t-elle dit. « Nous ferons appel », a réagi la magistrate."),
    ("officier",
     "Le lieutenant Paul Morel a fait le point. « Tout est calme », a-t-il dit. « Nous ferons "
     "appel », a ajouté l'officier.", "Paul Morel",
     "Le maire de Dole, Paul Morel, a fait le point. « Tout est calme », a-t-il dit. « Nous "
     "ferons appel », a ajouté l'officier."),
    ("religieux",
     "L'évêque Paul Morel est arrivé. « Nous ferons appel », a dit le religieux de 69 ans.",
     "Paul Morel",
     "Le maire Paul Morel est arrivé. « Nous ferons appel », a dit le religieux de 69 ans."),
    ("diplomate",
     "Le secrétaire d'État aux Affaires européennes Paul Morel a fait le point. « Tout est "
     "calme », a-t-il dit. « Nous ferons appel », a ajouté le diplomate.", "Paul Morel",
     "Le maire de Dole, Paul Morel, a fait le point. « Tout est calme », a-t-il dit. « Nous "
     "ferons appel », a ajouté le diplomate."),
    # a bishop, a cardinal, a pope are priests too
    ("prêtre",
     "Le cardinal Paul Morel a célébré la messe à Lyon. « Nous ferons appel », a déclaré le "
     "prêtre.", "Paul Morel",
     "Le maire Paul Morel a assisté à la messe à Lyon. « Nous ferons appel », a déclaré le "
     "prêtre."),
    # a union's officer, the union named by its confederation (function_bodies.tsv)
    ("syndicaliste",
     "Le secrétaire général de la CGT, Paul Morel, a fait le point. « Tout est calme », a-t-il "
     "dit. « Nous ferons appel », a ajouté le syndicaliste.", "Paul Morel",
     "Le maire de Dole, Paul Morel, a fait le point. « Tout est calme », a-t-il dit. « Nous "
     "ferons appel », a ajouté le syndicaliste."),
    # a king, an emperor, a sultan reign (standing_nouns.txt): « le monarque »
    ("monarque",
     "Le roi Aldric a reçu le maire de Dole, Paul Morel. « Nous ferons appel », a insisté le "
     "monarque.", "Aldric",
     "Le maire de Dole, Paul Morel, a reçu les élus. « Nous ferons appel », a insisté le "
     "monarque."),
    # a lawyer of criminal cases: « le pénaliste » is the one given as « avocat », never his
    # client the article is about
    ("pénaliste",
     "L'ancien ministre Jean Vidal a été condamné. Son avocat, Me Paul Morel, a réagi. « Nous "
     "ferons appel », a annoncé le pénaliste.", "Paul Morel",
     "L'ancien ministre Jean Vidal a été condamné. Le procureur Paul Morel a réagi. « Nous "
     "ferons appel », a annoncé le pénaliste."),
    # a teacher of any school: « l'enseignant » is the one given as « professeur » or
    # « instituteur », never the mayor the article is about
    ("enseignant",
     "Le professeur de lettres Paul Morel a réuni les parents. « Nous ferons appel », a dit "
     "l'enseignant.", "Paul Morel",
     "Le maire de Dole, Paul Morel, a réuni les parents. « Nous ferons appel », a dit "
     "l'enseignant."),
    ("enseignante",
     "L'institutrice Anne Roy a réuni les parents. « Nous ferons appel », a dit l'enseignante.",
     "Anne Roy",
     "La maire de Dole, Anne Roy, a réuni les parents. « Nous ferons appel », a dit "
     "l'enseignante."),
    # a journalist on air: « la journaliste » is the one given as « présentatrice » or
    # « coprésentatrice », never the mayor the article is about; « le journaliste » the
    # « présentateur », the « coprésentateur » (not the « correspondant »: of a foundation, a
    # ministry too; test_attribution)
    ("journaliste",
     "La présentatrice Anne Roy a reçu le ministre. « Nous ferons appel », a dit la "
     "journaliste.", "Anne Roy",
     "La maire de Dole, Anne Roy, a réuni les parents. « Nous ferons appel », a dit la "
     "journaliste."),
    ("journaliste",
     "Le présentateur Paul Morel a reçu la ministre. « Nous ferons appel », a dit le "
     "journaliste.", "Paul Morel",
     "Le maire de Dole, Paul Morel, a réuni les parents. « Nous ferons appel », a dit le "
     "journaliste."),
    ("journaliste",
     "Le coprésentateur de la matinale, Paul Morel, a reçu la ministre. « Nous ferons appel », "
     "a dit le journaliste.", "Paul Morel", None),
]


@pytest.mark.parametrize(("entry", "text", "speaker", "other"), rows("role_kinds", ROLE_KINDS))
def test_role_kind(nlp, entry, text, speaker, other):
    """ "l'élu" is the person the article gives a role the noun covers, never one it gives
    another kind of role; "le responsable" fits any role."""
    said = "Nous ferons appel"
    assert the_quote(nlp, text, said).speaker.name == speaker
    if other is not None:
        assert the_quote(nlp, other, said).speaker.name is None


def test_every_role_kind_has_a_row():
    """One row or more for each noun of lexicon/role_kinds.tsv, in its order."""
    assert list(dict.fromkeys(row[0] for row in ROLE_KINDS)) == [
        noun for noun, _ in table("role_kinds")]


# post_nouns.txt: (entry, sentence, the role of the subject the possessive stands for)
POST_NOUNS = [
    ("poste", "Paul Roux quitte son poste de maire de Rodez. « Je pars », a-t-il dit.",
     "maire de Rodez"),
    ("fonctions", "Anne Roy occupe depuis 2019 ses fonctions de directrice de l’école. « Nous "
     "manquons de moyens », a-t-elle dit.", "directrice de l’école"),
    ("fonction", "Léa Morin a été confirmée dans sa fonction de présidente du club. « Je suis "
     "prête », a-t-elle dit.", "présidente du club"),
    ("mandat", "Marc Tissier achève son mandat de sénateur du Gers. « Je pars », a-t-il dit.",
     "sénateur du Gers"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("post_nouns", POST_NOUNS))
def test_post_noun(nlp, entry, text, role):
    """ "son poste de maire": the role of the subject the possessive stands for."""
    assert the_quote(nlp, text, marked(text)).speaker.role == role


# nationalities.txt: (entry, sentence, the speaker): « a dit la Serbe » is the person named
# before, one row per entry
NATIONALITIES = [
    ("Français", "L'entraîneur Paul Morel a parlé. "
     "« Nous avons tenu », a dit le Français.", "Paul Morel"),
    ("Française", "La gardienne Anne Roy a parlé. "
     "« Je me suis sentie bien », a souligné la Française.", "Anne Roy"),
    ("Allemand", "Le pilote Marc Tissier a parlé. "
     "« La course était dure », a confié l'Allemand.", "Marc Tissier"),
    ("Allemande", "La skieuse Léa Morin a parlé. "
     "« La neige était lourde », a confié l'Allemande.", "Léa Morin"),
    ("Anglais", "Le nageur Luc Garnier a parlé. "
     "« Je visais le record », a expliqué l'Anglais.", "Luc Garnier"),
    ("Anglaise", "La romancière Claire Petit a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué l'Anglaise.", "Claire Petit"),
    ("Belge", "Le chef Hugo Martin a parlé. "
     "« Le plat est prêt », a assuré le Belge.", "Hugo Martin"),
    ("Suisse", "L'entraîneur Paul Morel a parlé. "
     "« Nous avons tenu », a dit le Suisse.", "Paul Morel"),
    ("Italien", "Le pilote Marc Tissier a parlé. "
     "« La course était dure », a confié l'Italien.", "Marc Tissier"),
    ("Italienne", "La cheffe Sophie Caron a parlé. "
     "« La salle était pleine », a assuré l'Italienne.", "Sophie Caron"),
    ("Espagnol", "Le nageur Luc Garnier a parlé. "
     "« Je visais le record », a expliqué l'Espagnol.", "Luc Garnier"),
    ("Espagnole", "La gardienne Anne Roy a parlé. "
     "« Je me suis sentie bien », a souligné l'Espagnole.", "Anne Roy"),
    ("Portugais", "Le chef Hugo Martin a parlé. "
     "« Le plat est prêt », a assuré le Portugais.", "Hugo Martin"),
    ("Portugaise", "La skieuse Léa Morin a parlé. "
     "« La neige était lourde », a confié la Portugaise.", "Léa Morin"),
    ("Néerlandais", "L'entraîneur Paul Morel a parlé. "
     "« Nous avons tenu », a dit le Néerlandais.", "Paul Morel"),
    ("Néerlandaise", "La romancière Claire Petit a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué la Néerlandaise.", "Claire Petit"),
    ("Suédois", "Le pilote Marc Tissier a parlé. "
     "« La course était dure », a confié le Suédois.", "Marc Tissier"),
    ("Suédoise", "La cheffe Sophie Caron a parlé. "
     "« La salle était pleine », a assuré la Suédoise.", "Sophie Caron"),
    ("Danois", "Le nageur Luc Garnier a parlé. "
     "« Je visais le record », a expliqué le Danois.", "Luc Garnier"),
    ("Danoise", "La gardienne Anne Roy a parlé. "
     "« Je me suis sentie bien », a souligné la Danoise.", "Anne Roy"),
    ("Norvégien", "Le chef Hugo Martin a parlé. "
     "« Le plat est prêt », a assuré le Norvégien.", "Hugo Martin"),
    ("Norvégienne", "La skieuse Léa Morin a parlé. "
     "« La neige était lourde », a confié la Norvégienne.", "Léa Morin"),
    ("Polonais", "L'entraîneur Paul Morel a parlé. "
     "« Nous avons tenu », a dit le Polonais.", "Paul Morel"),
    ("Polonaise", "La romancière Claire Petit a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué la Polonaise.", "Claire Petit"),
    ("Serbe", "La cheffe Sophie Caron a parlé. "
     "« La salle était pleine », a assuré la Serbe.", "Sophie Caron"),
    ("Croate", "Le pilote Marc Tissier a parlé. "
     "« La course était dure », a confié le Croate.", "Marc Tissier"),
    ("Russe", "La gardienne Anne Roy a parlé. "
     "« Je me suis sentie bien », a souligné la Russe.", "Anne Roy"),
    ("Ukrainien", "Le nageur Luc Garnier a parlé. "
     "« Je visais le record », a expliqué l'Ukrainien.", "Luc Garnier"),
    ("Ukrainienne", "La skieuse Léa Morin a parlé. "
     "« La neige était lourde », a confié l'Ukrainienne.", "Léa Morin"),
    ("Américain", "Le chef Hugo Martin a parlé. "
     "« Le plat est prêt », a assuré l'Américain.", "Hugo Martin"),
    ("Américaine", "La romancière Claire Petit a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué l'Américaine.", "Claire Petit"),
    ("Canadien", "L'entraîneur Paul Morel a parlé. "
     "« Nous avons tenu », a dit le Canadien.", "Paul Morel"),
    ("Canadienne", "La cheffe Sophie Caron a parlé. "
     "« La salle était pleine », a assuré la Canadienne.", "Sophie Caron"),
    ("Brésilien", "Le pilote Marc Tissier a parlé. "
     "« La course était dure », a confié le Brésilien.", "Marc Tissier"),
    ("Brésilienne", "La gardienne Anne Roy a parlé. "
     "« Je me suis sentie bien », a souligné la Brésilienne.", "Anne Roy"),
    ("Marocain", "Le nageur Luc Garnier a parlé. "
     "« Je visais le record », a expliqué le Marocain.", "Luc Garnier"),
    ("Marocaine", "La skieuse Léa Morin a parlé. "
     "« La neige était lourde », a confié la Marocaine.", "Léa Morin"),
    ("Algérien", "Le chef Hugo Martin a parlé. "
     "« Le plat est prêt », a assuré l'Algérien.", "Hugo Martin"),
    ("Algérienne", "La romancière Claire Petit a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué l'Algérienne.", "Claire Petit"),
    ("Tunisien", "L'entraîneur Paul Morel a parlé. "
     "« Nous avons tenu », a dit le Tunisien.", "Paul Morel"),
    ("Tunisienne", "La cheffe Sophie Caron a parlé. "
     "« La salle était pleine », a assuré la Tunisienne.", "Sophie Caron"),
    ("Sénégalais", "Le pilote Marc Tissier a parlé. "
     "« La course était dure », a confié le Sénégalais.", "Marc Tissier"),
    ("Sénégalaise", "La gardienne Anne Roy a parlé. "
     "« Je me suis sentie bien », a souligné la Sénégalaise.", "Anne Roy"),
    ("Chinois", "Le nageur Luc Garnier a parlé. "
     "« Je visais le record », a expliqué le Chinois.", "Luc Garnier"),
    ("Chinoise", "La skieuse Léa Morin a parlé. "
     "« La neige était lourde », a confié la Chinoise.", "Léa Morin"),
    ("Japonais", "Le chef Hugo Martin a parlé. "
     "« Le plat est prêt », a assuré le Japonais.", "Hugo Martin"),
    ("Japonaise", "La romancière Claire Petit a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué la Japonaise.", "Claire Petit"),
    ("Malien", "L'attaquant Paul Morel a parlé. "
     "« J'ai frappé fort », a raconté le Malien.", "Paul Morel"),
    ("Malienne", "La sprinteuse Anne Roy a parlé. "
     "« Je suis partie vite », a raconté la Malienne.", "Anne Roy"),
    ("Ivoirien", "Le milieu Marc Tissier a parlé. "
     "« Le match était dur », a confié l'Ivoirien.", "Marc Tissier"),
    ("Ivoirienne", "La chanteuse Léa Morin a parlé. "
     "« La salle était pleine », a confié l'Ivoirienne.", "Léa Morin"),
    ("Camerounais", "Le défenseur Luc Garnier a parlé. "
     "« Nous avons tenu », a assuré le Camerounais.", "Luc Garnier"),
    ("Camerounaise", "La romancière Claire Petit a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué la Camerounaise.", "Claire Petit"),
    ("Néo-Zélandais", "Le rameur Tom Baker a parlé. "
     "« Nous avons tenu », a assuré le Néo-Zélandais.", "Tom Baker"),
    ("Néo-Zélandaise", "La cinéaste Jane Cooper a parlé. "
     "« Ce film m'a pris dix ans », a expliqué la Néo-Zélandaise.", "Jane Cooper"),
    ("Argentin", "Le milieu Lionel Vidal a quitté le club. "
     "« Ce départ est dur », a confié l'Argentin.", "Lionel Vidal"),
    ("Mexicain", "Le boxeur Hugo Martin a parlé. "
     "« Je reviendrai », a promis le Mexicain.", "Hugo Martin"),
    ("Mexicaine", "La chanteuse Léa Morin a parlé. "
     "« La salle était magnifique », a raconté la Mexicaine.", "Léa Morin"),
    ("Roumain", "Le gardien Luc Garnier a parlé. "
     "« Nous avons manqué de réalisme », a regretté le Roumain.", "Luc Garnier"),
    ("Roumaine", "La joueuse Anne Roy a perdu la finale. "
     "« Le match était trop dur », a reconnu la Roumaine.", "Anne Roy"),
    ("Grec", "Le chef Paul Morel a parlé. "
     "« Ce restaurant est ma vie », a dit le Grec.", "Paul Morel"),
    ("Grecque", "La nageuse Claire Petit a parlé. "
     "« L'eau était froide », a expliqué la Grecque.", "Claire Petit"),
    ("Turc", "Le milieu Paul Morel a signé à Ormes. "
     "« Je suis fier », confiera plus tard le Turc.", "Paul Morel"),
    ("Turque", "La volleyeuse Sophie Caron a parlé. "
     "« Nous voulons le titre », a affirmé la Turque.", "Sophie Caron"),
    ("Tchèque", "Le pilote Marc Tissier a parlé. "
     "« La piste était glissante », a souligné le Tchèque.", "Marc Tissier"),
    ('Kényan', "Le marathonien Peter Kiptoo a parlé. "
     "« La chaleur était forte », a reconnu le Kényan.", 'Peter Kiptoo'),
    ('Kényane', "La coureuse Mary Wanjiru a parlé. "
     "« Je suis partie vite », a raconté la Kényane.", 'Mary Wanjiru'),
]


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("nationalities", NATIONALITIES))
def test_nationality(nlp, entry, text, speaker):
    """A capitalised nationality after « le », « la » or « l' » describes the person the
    article names, not a country or a body."""
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.kind) == (speaker, "person")


# nationalities the demonym endings cover without an entry (lexicon/demonym_endings.txt:
# « -ien », « -ais »): (the word, sentence, the speaker)
ENDED_NATIONALITIES = [
    ('Colombien', "Le cycliste Jairo Pineda a parlé. "
     "« La montée était rude », a expliqué le Colombien.", 'Jairo Pineda'),
    ('Colombienne', "La chanteuse Lucía Mora a parlé. "
     "« Le public était là », a souligné la Colombienne.", 'Lucía Mora'),
    ('Chilien', "Le romancier Pablo Reyes a parlé. "
     "« Ce livre parle de mon père », a dit le Chilien.", 'Pablo Reyes'),
    ('Chilienne', "La skieuse Carla Muñoz a parlé. "
     "« La piste était dure », a admis la Chilienne.", 'Carla Muñoz'),
    ('Australien', "Le nageur Tom Baker a parlé. "
     "« Je visais l'or », a expliqué l'Australien.", 'Tom Baker'),
    ('Australienne', "La surfeuse Kate Nolan a parlé. "
     "« Les vagues étaient belles », a raconté l'Australienne.", 'Kate Nolan'),
    ('Autrichien', "Le skieur Lukas Brandl a parlé. "
     "« La neige était lourde », a confié l'Autrichien.", 'Lukas Brandl'),
    ('Autrichienne', "La pianiste Anna Gruber a parlé. "
     "« La salle était pleine », a assuré l'Autrichienne.", 'Anna Gruber'),
    ('Irlandais', "Le demi Sean Doyle a parlé. "
     "« Nous avons tenu », a dit l'Irlandais.", 'Sean Doyle'),
    ('Irlandaise', "La romancière Niamh Byrne a parlé. "
     "« Ce livre m'a pris dix ans », a expliqué l'Irlandaise.", 'Niamh Byrne'),
    ('Éthiopien', "Le coureur Abebe Tadesse a parlé. "
     "« Le rythme était rapide », a raconté l'Éthiopien.", 'Abebe Tadesse'),
    ('Éthiopienne', "La coureuse Tirunesh Alemu a parlé. "
     "« J'ai attaqué tôt », a expliqué l'Éthiopienne.", 'Tirunesh Alemu'),
]


@pytest.mark.parametrize(("word", "text", "speaker"), ENDED_NATIONALITIES)
def test_nationality_by_its_ending(nlp, word, text, speaker):
    assert word not in words("nationalities")
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.kind) == (speaker, "person")


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    # a country, a plural, a name after the nationality, a man before « la Serbe »: not the
    # one named before
    ("La joueuse Anne Roy a parlé. « Nous sommes prêts », a déclaré la Pologne.", "Pologne",
     "organization"),
    ("La directrice Karin Vell a parlé. « Nous refusons ce plan », a répondu l'Argentine.",
     "Argentine", "organization"),
    ("Le pilote Marc Tissier a parlé. « Nous resterons unis », ont affirmé les Français.",
     "Français", None),
    ("Le pilote Marc Tissier a parlé. « La piste glisse », a dit le Suédois Erik Lund.",
     "Erik Lund", "person"),
    ("Le pilote Marc Tissier a parlé. « Je suis prête », a dit la Serbe.", None, "person"),
    ("La joueuse Anne Roy a parlé. « Nous sommes prêts », a déclaré le Mali.", "Mali",
     "organization"),
])
def test_nationality_not_the_one_named_before(nlp, text, speaker, kind):
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.name == speaker
    assert kind is None or q.speaker.kind == kind  # None: a group, its kind not checked


# noun_genders.tsv: (entry, sentence, the unnamed speaker's gender): a noun that names a sex
# gives it, even masculine; one feminine whoever it names gives none, even with « s'est dite »;
# one the same for both sexes is a woman after « une »
NOUN_GENDERS = [
    ("homme", "Un homme qui promenait son chien a raconté que la vitrine avait volé en éclats.",
     "male"),
    ("garçon", "Un garçon de la classe a expliqué que le professeur était absent depuis lundi.",
     "male"),
    ("monsieur", "Un monsieur assis sur le banc assure que le bus n'est jamais passé.", "male"),
    ("père", "Un père venu chercher sa fille affirme que l'école n'a prévenu personne.", "male"),
    ("frère", "Un frère de la congrégation a confié que le monastère fermerait en juin.",
     "male"),
    ("fils", "Un fils d'éleveur du canton estime que la sécheresse a tout emporté.", "male"),
    ("mari", "Un mari inquiet a expliqué que sa femme n'était pas rentrée du travail.", "male"),
    ("veuf", "Un veuf de la résidence raconte que les repas arrivent froids.", "male"),
    ("oncle", "Un oncle de l'enfant a indiqué que la famille porterait plainte.", "male"),
    ("neveu", "Un neveu du défunt affirme que le testament a disparu.", "male"),
    ("cousin", "Un cousin de la victime a expliqué que la famille attendait des réponses.",
     "male"),
    ("grand-père", "Un grand-père croisé au marché estime que les prix ont doublé.", "male"),
    ("beau-père", "Un beau-père venu au tribunal affirme que la plainte a été ignorée.", "male"),
    ("beau-frère", "Un beau-frère présent à l'audience assure que la porte était fermée.",
     "male"),
    ("femme", "Une femme du village raconte que l'eau est montée en une heure.", "female"),
    ("fille", "Une fille de l'équipe de nuit a expliqué que l'alarme n'avait pas sonné.",
     "female"),
    ("dame", "Une dame du troisième étage assure que l'ascenseur est en panne depuis mai.",
     "female"),
    ("mère", "Une mère d'élève a raconté que la cantine était fermée.", "female"),
    ("maman", "Une maman a confié que le car était reparti sans les enfants.", "female"),
    ("papa", "Un papa a expliqué que la grille était restée ouverte.", "male"),
    ("sœur", "Une sœur de l'hospice a confié que les dons avaient baissé.", "female"),
    ("épouse", "Une épouse de marin pêcheur affirme que le port manque de bras.", "female"),
    ("conjointe", "Une conjointe de gendarme affirme que la caserne est vétuste.", "female"),
    ("conjoint", "Un conjoint de soignante raconte que les gardes se sont allongées.", "male"),
    ("veuve", "Une veuve du lotissement raconte que sa pension ne suffit plus.", "female"),
    ("tante", "Une tante de la mariée a expliqué que la fête avait été annulée.", "female"),
    ("nièce", "Une nièce de l'artiste affirme que les tableaux seront vendus.", "female"),
    ("assistante", "Une assistante du cabinet affirme que les dossiers ont disparu.",
     "female"),
    ("grand-mère", "Une grand-mère du quartier estime que le parc n'est plus sûr.", "female"),
    ("belle-mère", "Une belle-mère de l'élève affirme que la plainte a été ignorée.", "female"),
    ("belle-sœur", "Une belle-sœur du gérant assure que la porte était fermée.", "female"),
    # feminine whoever they name: neither the noun nor « s'est dite » says a woman
    ("source", "Une source syndicale s'est dite certaine que la grève serait reconduite.", None),
    ("sources", "Des sources judiciaires ont indiqué que le suspect avait avoué.", None),
    ("victime", "Une victime de l'arnaque s'est dite certaine que le vendeur avait fui.", None),
    ("recrue", "Une recrue du club s'est dite certaine que l'équipe monterait.", None),
    ("vedette", "Une vedette du petit écran s'est dite certaine que l'émission reviendrait.",
     None),
    ("star", "Une star du rap s'est dite certaine que le concert aurait lieu.", None),
    ("célébrité", "Une célébrité locale s'est dite certaine que le festival survivrait.", None),
    ("personnalité", "Une personnalité du parti s'est dite certaine que la liste serait prête.",
     None),
    ("figure", "Une figure de la gauche s'est dite certaine que l'accord tiendrait.", None),
    ("sentinelle", "Une sentinelle du camp s'est dite certaine que les tirs venaient du nord.",
     None),
    ("vigie", "Une vigie du port s'est dite certaine que le navire avait changé de cap.", None),
    ("voix", "Une voix de la majorité s'est dite certaine que le texte passerait.", None),
    ("plume", "Une plume du journal s'est dite certaine que le titre serait vendu.", None),
    ("connaissance", "Une connaissance du couple s'est dite certaine que la maison était vide.",
     None),
    ("relation", "Une relation du ministre s'est dite certaine que la note existait.", None),
    # the same form for a man or a woman: the determiner tells
    ("proche", "Une proche de la chanteuse a confié que la tournée était annulée.", "female"),
    ("élève", "Une élève du lycée raconte que les cours ont repris mardi.", "female"),
    ("collègue", "Une collègue du disparu affirme qu'il était inquiet depuis des semaines.",
     "female"),
    ("camarade", "Une camarade de promotion a expliqué que le concours avait été truqué.",
     "female"),
    ("sage-femme", "Une sage-femme du service a raconté que les lits manquaient.", "female"),
    # a masculine says no sex (fixtures/gold/GUIDELINES.md « Gender »: `un proche`)
    ("voisin", "Un voisin de l'immeuble raconte que les cris ont duré une heure.", None),
]


@pytest.mark.parametrize(("entry", "text", "gender"), rows("noun_genders", NOUN_GENDERS))
def test_noun_gender(nlp, entry, text, gender):
    """The one quote's speaker is an unnamed person whose gender the entry decides."""
    assert entry in text.lower()
    (q,) = quotes_of(nlp, text)
    assert (q.speaker.kind, q.speaker.gender) == ("anonymous", gender)


def test_every_noun_gender_has_a_row():
    entries = [row[0] for row in NOUN_GENDERS]
    assert len(entries) == len(set(entries))
    assert set(entries) == {row[0] for row in table("noun_genders")}

# founding_roles.txt: (entry, sentence, the speaker): a founder is the « député » described, and
# that is their role, a founding being none
FOUNDING_ROLES = [
    ("fondateur", "Paul Morel, fondateur du parti, a été exclu. « Je ferai appel », a annoncé "
     "le député.", "Paul Morel"),
    ("fondatrice", "Anne Roy, fondatrice du parti, a été exclue. « Je ferai appel », a annoncé "
     "la députée.", "Anne Roy"),
    ("cofondateur", "Paul Morel, cofondateur du parti, a été exclu. « Je ferai appel », a "
     "annoncé le député.", "Paul Morel"),
    ("cofondatrice", "Anne Roy, cofondatrice du parti, a été exclue. « Je ferai appel », a "
     "annoncé la députée.", "Anne Roy"),
]


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("founding_roles", FOUNDING_ROLES))
def test_founding_role(nlp, entry, text, speaker):
    """A founding role says nothing against the office a description names: the founder is
    « le député », whose function is the role the quote shows, not the founding."""
    who = the_quote(nlp, text, "Je ferai appel").speaker
    function = "députée" if entry.endswith("trice") else "député"
    assert (who.name, who.role) == (speaker, function)
    assert f"{entry} du parti" in [r.text for r in who.roles]


# candidacy_nouns.txt: (entry, sentence, the speaker, the role the quote shows, a sentence
# whose candidacy runs and is the role): a former candidacy is a record, the function is the role
CANDIDACY_NOUNS = [
    ("candidat", "Paul Morel ne se représentera pas. « Je reste au Sénat », a précisé l'ancien "
     "candidat à la présidentielle.\n« C'est une décision ancienne », ajoute le sénateur du "
     "Gard.", "Paul Morel", "sénateur du Gard",
     "Paul Morel, candidat à la mairie de Dole, a parlé. « Je reste au Sénat », a-t-il dit."),
    ("candidate", "Anne Roy ne se représentera pas. « Je reste au Sénat », a précisé "
     "l'ex-candidate du parti.\n« C'est une décision ancienne », ajoute la sénatrice du Gard.",
     "Anne Roy", "sénatrice du Gard",
     "Anne Roy, candidate à la mairie de Dole, a parlé. « Je reste au Sénat », a-t-elle dit."),
]


@pytest.mark.parametrize(("entry", "text", "speaker", "role", "running"),
                         rows("candidacy_nouns", CANDIDACY_NOUNS))
def test_candidacy_noun(nlp, entry, text, speaker, role, running):
    """A candidacy over (« l'ex-candidate », « l'ancien candidat ») closer to the quote is no
    role: the function the article gives is; one that runs is the role."""
    q = the_quote(nlp, text, "Je reste au Sénat")
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
    assert any(fold(entry) in fold(r.text) for r in q.speaker.roles)
    now = the_quote(nlp, running, "Je reste au Sénat").speaker
    assert (now.name, now.role) == (speaker, f"{entry} à la mairie de Dole")


# distinction_nouns.txt: (entry, sentence, the role): a distinction joined to a function by
# « et » is no role, the function is
DISTINCTION_NOUNS = [
    ("champion", "Paul Morel, capitaine de l'équipe et champion du monde, a parlé. « Nous "
     "gagnerons », a-t-il dit.", "capitaine de l'équipe"),
    ("championne", "Anne Roy, capitaine de l'équipe et championne d'Europe, a parlé. « Nous "
     "gagnerons », a-t-elle dit.", "capitaine de l'équipe"),
    ("vice-champion", "Paul Morel, entraîneur du club et vice-champion de France, a parlé. "
     "« Nous gagnerons », a-t-il dit.", "entraîneur du club"),
    ("vice-championne", "Anne Roy, capitaine de l'équipe et vice-championne du monde, a parlé. "
     "« Nous gagnerons », a-t-elle dit.", "capitaine de l'équipe"),
    ("médaillé", "Paul Morel, entraîneur du club et médaillé olympique, a parlé. « Je "
     "reviendrai », a-t-il dit.", "entraîneur du club"),
    ("médaillée", "Anne Roy, professeure de sport et médaillée olympique, a parlé. « Je "
     "reviendrai », a-t-elle dit.", "professeure de sport"),
    ("vainqueur", "Paul Morel, directeur sportif de l'équipe et vainqueur du Tour, a parlé. "
     "« Nous attaquerons », a-t-il dit.", "directeur sportif de l'équipe"),
    ("lauréat", "Paul Morel, professeur de lettres et lauréat du prix Goncourt, a parlé. "
     "« J'écrirai encore », a-t-il dit.", "professeur de lettres"),
    ("lauréate", "Anne Roy, professeure de lettres et lauréate du prix Femina, a parlé. "
     "« J'écrirai encore », a-t-elle dit.", "professeure de lettres"),
    ("recordman", "Paul Morel, entraîneur du club et recordman du monde du 100 mètres, a parlé. "
     "« Je courrai encore », a-t-il dit.", "entraîneur du club"),
    ("gagnant", "Paul Morel, gagnant du concours et chanteur du groupe, a parlé. « Je "
     "reviendrai », a-t-il dit.", "chanteur du groupe"),
    ("gagnante", "Anne Roy, chanteuse du groupe et gagnante du concours, a parlé. « Je "
     "reviendrai », a-t-elle dit.", "chanteuse du groupe"),
]

# distinction_titles.txt: the same, a distinction itself heading the role
DISTINCTION_TITLES = [
    ("prix", "Anne Roy, chercheuse à l'Institut Curie et prix Nobel de chimie, a parlé. « La "
     "recherche a besoin de temps », a-t-elle dit.", "chercheuse à l'Institut Curie"),
]


# military_ranks.txt: (entry, sentence, the function shown): a rank alone set beside the name
# closest before the quote is no role (without the entry, the rank shows), the function the
# article gives is
MILITARY_RANKS = [
    ("lieutenant-colonel", "Paul Morel, directeur de l'école, est arrivé lundi. Paul Morel, "
     "lieutenant-colonel, a déclaré : « Je suis fier. »", "directeur de l'école"),
    ("colonel", "Paul Morel, directeur de l'école, est arrivé lundi. Paul Morel, colonel, a "
     "déclaré : « Je suis fier. »", "directeur de l'école"),
    ("général", "Paul Morel, commandant de la brigade, est arrivé lundi. Paul Morel, général, a "
     "déclaré : « Je suis fier. »", "commandant de la brigade"),
    ("amiral", "Paul Morel, commandant de la flotte, est arrivé lundi. Paul Morel, amiral, a "
     "déclaré : « Je suis fier. »", "commandant de la flotte"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("distinction_nouns", DISTINCTION_NOUNS)
                         + rows("distinction_titles", DISTINCTION_TITLES)
                         + rows("military_ranks", MILITARY_RANKS))
def test_distinction_noun(nlp, entry, text, role):
    """A distinction headed by the entry, joined to a function, or a rank alone beside it,
    leaves the function alone."""
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.role == role


# praise_adjectives.txt: (entry, sentence, the role): an adjective that praises or describes the
# holder before the role noun is no part of the role
PRAISE_ADJECTIVES = [
    ("grand", "Le grand chanteur Paul Morel a annulé sa tournée. « Je reviendrai », a-t-il dit.",
     "chanteur"),
    ("grande", "La grande cheffe d'orchestre Anne Roy a quitté Lyon. « Je reviendrai », "
     "a-t-elle dit.", "cheffe d'orchestre"),
    ("célèbre", "Le célèbre avocat Paul Morel plaidera lundi. « Le dossier est vide », a-t-il "
     "dit.", "avocat"),
    ("légendaire", "Le légendaire entraîneur Paul Morel a quitté le club. « Je pars en paix », "
     "a-t-il dit.", "entraîneur"),
    ("regretté", "Le regretté maire de Dole, Jean Roux, avait écrit ces mots. « Dole "
     "tiendra », disait-il.", "maire de Dole"),
    ("regrettée", "Anne Roy, regrettée directrice du musée, avait écrit ces mots. « L'art "
     "soigne », disait-elle.", "directrice du musée"),
    ("emblématique", "L'emblématique patron du festival Paul Morel s'en va. « J'ai tout "
     "donné », a-t-il dit.", "patron du festival"),
    ("jeune", "La jeune ministre des Sports Anne Roy était à Lyon. « Le stade ouvrira en "
     "mai », a-t-elle dit.", "ministre des Sports"),
    ("illustre", "Paul Morel, illustre chirurgien de Lyon, prend sa retraite. « J'ai opéré "
     "jusqu'au bout », a-t-il dit.", "chirurgien de Lyon"),
    ("talentueux", "Le talentueux architecte Paul Morel a dessiné la gare. « Elle sera "
     "claire », a-t-il dit.", "architecte"),
    ("talentueuse", "La talentueuse romancière Anne Roy publie un livre. « Il m'a pris dix "
     "ans », a-t-elle dit.", "romancière"),
    ("charismatique", "Le charismatique maire de Vire Paul Morel se retire. « Place aux "
     "jeunes », a-t-il dit.", "maire de Vire"),
    ("mythique", "Le mythique journaliste de radio Paul Morel a rendu l'antenne. « Merci à "
     "vous », a-t-il dit.", "journaliste de radio"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("praise_adjectives", PRAISE_ADJECTIVES))
def test_praise_adjective(nlp, entry, text, role):
    """The entry before a role noun is left out of the role the quote shows."""
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.role == role
    assert q.speaker.role is None or entry not in q.speaker.role.split()


# set_titles.txt: (entry, sentence, the role): a title an adjective of praise or a rank opens
# keeps it
SET_TITLES = [
    ("grand patron", "Le grand patron du groupe Valtor Paul Morel a démissionné. « Je pars », "
     "a-t-il dit.", "grand patron du groupe Valtor"),
    ("grand chancelier", "Le grand chancelier de l'ordre Paul Morel a remis la médaille. « Elle "
     "est méritée », a-t-il dit.", "grand chancelier de l'ordre"),
    # a rank that opens the title: no rank, the title keeps the span « de l'époque »
    ("premier secrétaire", "Le premier secrétaire du parti de l'époque, Henri Vasseur, a "
     "déclaré : « Nous ne céderons pas. »", "premier secrétaire du parti de l'époque"),
    ("première secrétaire", "La première secrétaire du parti de l'époque, Anne Vasseur, a "
     "déclaré : « Nous ne céderons pas. »", "première secrétaire du parti de l'époque"),
    ("premier adjoint", "Le premier adjoint au maire de l'époque, Yves Tanguy, a déclaré : « Je "
     "me souviens de tout. »", "premier adjoint au maire de l'époque"),
    ("première adjointe", "La première adjointe au maire de l'époque, Inès Tanguy, a déclaré : "
     "« Je me souviens de tout. »", "première adjointe au maire de l'époque"),
    ("premier vice-président", "Le premier vice-président du conseil régional de l'époque, Yves "
     "Tanguy, a déclaré : « Je suis fier. »",
     "premier vice-président du conseil régional de l'époque"),
    ("première vice-présidente", "La première vice-présidente du conseil régional de l'époque, "
     "Inès Tanguy, a déclaré : « Je suis fière. »",
     "première vice-présidente du conseil régional de l'époque"),
    ("premier président de la cour", "Le premier président de la cour d'appel de l'époque, Paul "
     "Morin, a déclaré : « Le délai est tenu. »",
     "premier président de la cour d'appel de l'époque"),
    ("première présidente de la cour", "La première présidente de la cour d'appel de l'époque, "
     "Agnès Morin, a déclaré : « Le délai est tenu. »",
     "première présidente de la cour d'appel de l'époque"),
    ("premier président du tribunal", "Le premier président du tribunal de l'époque, Paul Morin, "
     "a déclaré : « Le délai est tenu. »", "premier président du tribunal de l'époque"),
    ("première présidente du tribunal", "La première présidente du tribunal de l'époque, Agnès "
     "Morin, a déclaré : « Le délai est tenu. »", "première présidente du tribunal de l'époque"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("set_titles", SET_TITLES))
def test_set_title(nlp, entry, text, role):
    """The adjective of praise or the rank that opens the entry stays in the role, with what
    follows it."""
    assert the_quote(nlp, text, marked(text)).speaker.role == role


# alias_links.txt: (entry, sentence, the speaker: the name given first of the two)
_SAID = "« Je voulais revenir aux sources », a confié"
ALIAS_LINKS = [
    ("alias", f"Le chanteur Marc Dubreuil, alias Mowgli, sort un album. {_SAID} Mowgli.",
     "Marc Dubreuil"),
    ("de son vrai nom",
     f"La chanteuse Lili Rose, de son vrai nom Anne Roy, sort un album. {_SAID} Anne Roy.",
     "Lili Rose"),
    ("de son nom de naissance",
     f"Le rappeur Kenzo, de son nom de naissance Kevin Marlot, sort un album. {_SAID} Kevin "
     "Marlot.", "Kenzo"),
    ("de son nom de scène",
     f"Anne Roy, de son nom de scène Lili, sort un album. {_SAID} Lili.", "Anne Roy"),
    ("de son nom d'artiste",
     f"Paul Roux, de son nom d'artiste Polo, sort un album. {_SAID} Polo.", "Paul Roux"),
    ("connu sous le nom de",
     f"Marc Dubreuil, connu sous le nom de Mowgli, sort un album. {_SAID} Mowgli.",
     "Marc Dubreuil"),
    ("connue sous le nom de",
     f"Anne Roy, connue sous le nom de Lili, sort un album. {_SAID} Lili.", "Anne Roy"),
    ("surnommé", f"Paul Roux, surnommé Polo, sort un album. {_SAID} Polo.", "Paul Roux"),
    ("surnommée", f"Anne Roy, surnommée Lili, sort un album. {_SAID} Lili.", "Anne Roy"),
]


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("alias_links", ALIAS_LINKS))
def test_alias_link(nlp, entry, text, speaker):
    """Two names joined by the entry are one person, under the name given first."""
    assert the_quote(nlp, text, marked(text)).speaker.name == speaker


def _beside_the_mayor(title: str, given: str, mayor: str, said: str) -> str:
    """The mayor and someone the entry titles share a given name; each says their own words."""
    return (f"Le maire {mayor} a évoqué {title} {given} devant les habitants. « {said} », "
            f"aurait dit {title} {given}. « Tout est prêt », a ajouté le maire.")


# sovereign_titles.txt: (entry, sentence, the speaker of its first quote)
SOVEREIGN_TITLES = [
    (entry, _beside_the_mayor(title, given, mayor, said), given)
    for entry, title, given, mayor, said in [
        ("roi", "le roi", "Philippe", "Philippe Morel", "Nous sommes à vos côtés"),
        ("reine", "la reine", "Mathilde", "Mathilde Roux", "Le pays vous soutient"),
        ("prince", "le prince", "Albert", "Albert Vidal", "La course restera à Monaco"),
        ("princesse", "la princesse", "Anne", "Anne Lefort", "Les chevaux sont prêts"),
        ("pape", "le pape", "François", "François Garnier", "Priez pour la paix"),
        ("empereur", "l'empereur", "Naruhito", "Naruhito Sato", "Le Japon se souvient"),
        ("impératrice", "l'impératrice", "Masako", "Masako Ito", "Je remercie les soignants"),
        ("grand-duc", "le grand-duc", "Henri", "Henri Becker", "Le Luxembourg tiendra parole"),
        ("grande-duchesse", "la grande-duchesse", "Maria", "Maria Weber",
         "Les écoles rouvriront"),
        ("archiduc", "l'archiduc", "Karl", "Karl Huber", "La famille reste unie"),
        ("archiduchesse", "l'archiduchesse", "Sophie", "Sophie Bauer",
         "Le musée est magnifique"),
        ("duc", "le duc", "William", "William Scott", "Le club a besoin de vous"),
        ("duchesse", "la duchesse", "Catherine", "Catherine Dupuis",
         "Les enfants passent d'abord"),
        ("infant", "l'infant", "Carlos", "Carlos Ruiz", "Madrid accueillera la fête"),
        ("infante", "l'infante", "Elena", "Elena Garcia", "Je suis fière de ma ville"),
        ("tsar", "le tsar", "Boris", "Boris Petrov", "La Bulgarie reste debout"),
        ("tsarine", "la tsarine", "Alexandra", "Alexandra Orlova",
         "Le palais rouvre ses portes"),
        ("sultan", "le sultan", "Ibrahim", "Ibrahim Kaya", "Le royaume restera stable"),
        ("émir", "l'émir", "Tamim", "Tamim Haddad", "Le Qatar tiendra ses engagements"),
        ("saint", "saint", "Pierre", "Pierre Lamy", "Tu bâtiras sur cette pierre"),
        ("sainte", "sainte", "Thérèse", "Thérèse Martin", "Je veux faire du bien"),
    ]
]


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("sovereign_titles", SOVEREIGN_TITLES))
def test_sovereign_title(nlp, entry, text, speaker):
    """The given name after the entry is that person's, no short form of the mayor's full
    name, and what they are is not the mayor's role."""
    assert the_quote(nlp, text, marked(text)).speaker.name == speaker
    mayor = the_quote(nlp, text, "Tout est prêt").speaker
    assert (mayor.name.split()[0], mayor.role) == (speaker, "maire")


# relative_pronouns.txt: (entry, sentence, the reported words): a cue right after the entry,
# inside a relative clause on a noun of the reported words, says more of that noun: the words
# go on over it
RELATIVE_PRONOUNS = [
    ("dont", "Le maire a rappelé que le projet dont il a annoncé le lancement serait achevé en "
     "mai.", "le projet dont il a annoncé le lancement serait achevé en mai"),
    ("lequel", "La direction affirme que le plan sur lequel elle a insisté sauvera l'usine.",
     "le plan sur lequel elle a insisté sauvera l'usine"),
    ("laquelle", "Les élus affirment que la fête à laquelle ils ont appelé a réuni trois mille "
     "personnes.", "la fête à laquelle ils ont appelé a réuni trois mille personnes"),
    ("lesquels", "Le syndicat assure que les points sur lesquels il a insisté seront discutés "
     "lundi.", "les points sur lesquels il a insisté seront discutés lundi"),
    ("lesquelles", "La préfète a indiqué que les mesures sur lesquelles elle a insisté seront "
     "appliquées.", "les mesures sur lesquelles elle a insisté seront appliquées"),
    ("auquel", "Le maire a rappelé que le rassemblement auquel il a appelé aura lieu samedi.",
     "le rassemblement auquel il a appelé aura lieu samedi"),
    ("auxquels", "Le syndicat affirme que les rassemblements auxquels il a appelé ont réuni "
     "mille personnes.", "les rassemblements auxquels il a appelé ont réuni mille personnes"),
    ("auxquelles", "Le syndicat affirme que les grèves auxquelles il a appelé ont été suivies.",
     "les grèves auxquelles il a appelé ont été suivies"),
    ("duquel", "Le maire a indiqué que le projet à propos duquel il a témoigné sera abandonné.",
     "le projet à propos duquel il a témoigné sera abandonné"),
    ("desquels", "La juge a estimé que les faits à propos desquels il a témoigné sont établis.",
     "les faits à propos desquels il a témoigné sont établis"),
    ("desquelles", "Le maire a indiqué que les plaintes à propos desquelles il a témoigné seront "
     "classées.", "les plaintes à propos desquelles il a témoigné seront classées"),
]


@pytest.mark.parametrize(("entry", "text", "said"), rows("relative_pronouns", RELATIVE_PRONOUNS))
def test_relative_pronoun(nlp, entry, text, said):
    """The cue after the entry is inside the reported words, which end at the sentence's end."""
    assert f"{entry} " in said
    the_quote(nlp, text, said)


# topic_verbs.txt: (entry, sentence, the marked words right after the preposition, a sentence
# whose marks are inside a longer object): the first are a direct quote, the second none
TOPIC_VERBS = [
    ("parler", "La préfète parle de « situation critique ». La route reste fermée.",
     "situation critique", "Le maire parle du projet avec ses « amis » de toujours."),
]


@pytest.mark.parametrize(("entry", "text", "said", "topic"), rows("topic_verbs", TOPIC_VERBS))
def test_topic_verb(nlp, entry, text, said, topic):
    q = the_quote(nlp, text, said)
    assert q.type == "direct" and q.cue is not None and q.cue.lemma == entry
    assert beside_its_own_quote(nlp, topic) == []


TABLES = {
    "sovereign_titles": SOVEREIGN_TITLES,
    "alias_links": ALIAS_LINKS,
    "praise_adjectives": PRAISE_ADJECTIVES,
    "set_titles": SET_TITLES,
    "founding_roles": FOUNDING_ROLES,
    "candidacy_nouns": CANDIDACY_NOUNS,
    "distinction_nouns": DISTINCTION_NOUNS,
    "distinction_titles": DISTINCTION_TITLES,
    "military_ranks": MILITARY_RANKS,
    "post_nouns": POST_NOUNS,
    "role_nouns": ROLE_NOUNS,
    "occupations": OCCUPATIONS,
    "org_nouns": ORG_NOUNS,
    "anaphoric_org_nouns": ANAPHORIC_ORG_NOUNS,
    "anonymous": ANONYMOUS,
    "kin_nouns": KIN_NOUNS,
    "circle_nouns": CIRCLE_NOUNS,
    "street_nouns": STREET_NOUNS,
    "circle_members": CIRCLE_MEMBERS,
    "family_members": FAMILY_MEMBERS,
    "naming_cues": NAMING_CUES,
    "np_stops": NP_STOPS,
    "skip_words": SKIP_WORDS,
    "speech_nouns": SPEECH_NOUNS,
    "press_peers": PRESS_PEERS,
    "subordinators": SUBORDINATORS,
    "titles": TITLES,
    "auxiliaries": AUXILIARIES,
    "intention_nouns": INTENTION_NOUNS,
    "nationalities": NATIONALITIES,
    "relative_pronouns": RELATIVE_PRONOUNS,
    "topic_verbs": TOPIC_VERBS,
}


def test_every_reporting_verb_has_a_row():
    lemmas = [lemma for lemma, _ in _verbs()]
    assert len(lemmas) == len(set(lemmas))
    assert [row[0] for row in REPORTING_VERBS] == lemmas


def test_use_folder_reads_the_lists_there_and_clears_what_was_built(tmp_path):
    """A list in the folder stands for the package's; the others stay; None goes back."""
    from quotes.attribute.orgs import alias_of
    from quotes.lexicon import use_folder
    from quotes.lexicon.roles import is_role_noun

    orgs = {"tribunal": [(0, "tribunal de Lille")], "cour": [(40, "cour d'appel de Douai")]}
    assert is_role_noun("technicienne") and alias_of(orgs, "juridiction") == "tribunal de Lille"
    (tmp_path / "role_nouns.txt").write_text("# cut down\nmaire\n", encoding="utf-8")
    (tmp_path / "org_aliases.tsv").write_text("juridiction\tcour\n", encoding="utf-8")
    use_folder(tmp_path)
    try:
        assert not is_role_noun("technicienne") and is_role_noun("maire")
        assert is_role_noun("boulanger")  # occupations.txt: the package's own
        assert alias_of(orgs, "juridiction") == "cour d'appel de Douai"  # its cache cleared
    finally:
        use_folder(None)
    assert is_role_noun("technicienne") and alias_of(orgs, "juridiction") == "tribunal de Lille"


def test_a_mark_after_a_tab_picks_entries_of_a_list(tmp_path):
    """``marked`` reads the entries marked after a tab, ``words`` and ``folded`` all of them:
    lexicon/place_prepositions.txt serves the name rules whole, the pronoun rule by its mark."""
    from quotes.lexicon import folded, marked, use_folder, words

    assert marked("place_prepositions", "setting") == {"à", "en"}
    assert {"a", "en", "dans"} <= folded("place_prepositions")
    (tmp_path / "place_prepositions.txt").write_text("# cut\nà\tsetting\nvers\n", encoding="utf-8")
    use_folder(tmp_path)
    try:
        assert marked("place_prepositions", "setting") == {"à"}
        assert words("place_prepositions") == {"à", "vers"}
    finally:
        use_folder(None)


def test_the_marks_column_of_a_table_is_read_as_a_list_marks(tmp_path):
    """The offices of state come from periphrases.tsv's third column by the reader of a list's
    marks (``marked_rows``): a row marked « État » gives its office, another none."""
    from quotes.lexicon import use_folder
    from quotes.lexicon.periphrases import offices_of_state

    assert {"Premier ministre", "président de la République"} <= offices_of_state()
    assert "maire" not in offices_of_state()
    (tmp_path / "periphrases.tsv").write_text(
        "# cut\nédile\tmaire\nlocataire de Matignon\tPremier ministre\tÉtat\n",
        encoding="utf-8")
    use_folder(tmp_path)
    try:
        assert offices_of_state() == {"Premier ministre"}
    finally:
        use_folder(None)


# gender_endings.tsv: (feminine, masculine, the one form role_nouns.txt is cut down to, a
# sentence with the other form, the speaker's role): the list's form of one gender makes the
# other's a role noun too
GENDER_ENDINGS = [
    ("trice", "teur", "directrice", "« Le musée rouvrira en mai », a annoncé le directeur du "
     "musée.", "directeur du musée"),
    ("euse", "eur", "danseuse", "« La tournée commence à Lyon », a confié le danseur étoile.",
     "danseur étoile"),
    ("eure", "eur", "procureur", "« L'enquête sera longue », a prévenu la procureure de Laval.",
     "procureure de Laval"),
    ("ienne", "ien", "mécanicien", "« Le moteur a lâché », a expliqué la mécanicienne de "
     "l'écurie.", "mécanicienne de l'écurie"),
    ("onne", "on", "patron", "« La salle sera pleine », a assuré la patronne du restaurant.",
     "patronne du restaurant"),
    ("iere", "ier", "policier", "« La route restera fermée », a indiqué la policière.",
     "policière"),
    ("ere", "er", "conseiller", "« Le budget sera voté », a affirmé la conseillère municipale.",
     "conseillère municipale"),
    ("ante", "ant", "représentant", "« Les salariés refusent », a affirmé la représentante du "
     "personnel.", "représentante du personnel"),
    ("ente", "ent", "président", "« Le club se relèvera », a promis la présidente du club.",
     "présidente du club"),
    ("ate", "at", "avocate", "« Mon client est innocent », a plaidé l'avocat de la famille.",
     "avocat de la famille"),
    ("ee", "e", "déléguée", "« La grève continue », a annoncé le délégué syndical.",
     "délégué syndical"),
    ("ue", "u", "élu", "« La piscine sera rénovée », a promis l'élue écologiste.",
     "élue écologiste"),
    ("aine", "ain", "souverain", "« Le pays traverse une épreuve », a déclaré la souveraine "
     "britannique.", "souveraine britannique"),
    ("esse", "e", "maire", "« Le marché sera couvert », a promis la mairesse de Vernon.",
     "mairesse de Vernon"),
    ("drice", "deur", "ambassadeur", "« Les échanges reprendront », a assuré l'ambassadrice du "
     "Canada.", "ambassadrice du Canada"),
]


@pytest.mark.parametrize(("fem", "masc", "listed", "text", "role"), GENDER_ENDINGS,
                         ids=[f"{f}-{m}" for f, m, *_ in GENDER_ENDINGS])
def test_gender_ending(nlp, tmp_path, fem, masc, listed, text, role):
    """With only one gender's form listed, the other's heads a role: the ending pair does it."""
    from quotes.lexicon import use_folder

    (tmp_path / "role_nouns.txt").write_text(listed + "\n", encoding="utf-8")
    use_folder(tmp_path)
    try:
        q = the_quote(nlp, text, marked(text))
    finally:
        use_folder(None)
    assert (q.speaker.role, q.speaker.kind) == (role, "person")


def test_every_gender_ending_has_a_row():
    assert [(f, m) for f, m, *_ in GENDER_ENDINGS] == [tuple(r) for r in table("gender_endings")]


# role_prefixes.txt: (entry, sentence, the speaker's role): a prefixed role noun the list
# does not give as such
ROLE_PREFIXES = [
    ("ex", "« Je ne regrette rien », a confié l'ex-ministre de la Culture.",
     "ex-ministre de la Culture"),
    ("vice", "« Le vote aura lieu lundi », a précisé la vice-rectrice.", "vice-rectrice"),
    ("co", "« Le festival aura lieu », a assuré la co-présidente de l'association.",
     "co-présidente de l'association"),
    ("sous", "« Les comptes sont justes », a assuré le sous-directeur de la banque.",
     "sous-directeur de la banque"),
    ("haut", "« Le dialogue reprend », a estimé le haut-représentant de l'Union.",
     "haut-représentant de l'Union"),
    ("haute", "« Les réfugiés doivent être protégés », a rappelé la haute-représentante.",
     "haute-représentante"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("role_prefixes", ROLE_PREFIXES))
def test_role_prefix(nlp, entry, text, role):
    test_role_noun(nlp, entry, text, role)


def test_every_role_prefix_has_a_row():
    assert {row[0] for row in ROLE_PREFIXES} == set(words("role_prefixes"))


# agent_endings.txt: (entry, sentence, the speaker's role): a noun no list gives, set bare
# beside a name (or before a first name and surname), is a role noun for the article
AGENT_ENDINGS = [
    ("eur", "« Les serres ont gelé », a dit l'horticulteur Luc Garnier.", "horticulteur"),
    ("euse", "« La dentelle revient », a confié Anne Roy, brodeuse à Calais.",
     "brodeuse à Calais"),
    ("eure", "« Les cours reprendront lundi », a annoncé la proviseure Anne Roy.", "proviseure"),
    ("rice", "« Le trait doit rester libre », a expliqué Anne Roy, dessinatrice de presse.",
     "dessinatrice de presse"),
    ("iste", "Anne Roy, archiviste de la ville, a fouillé les registres. « Rien n'a été "
     "perdu », a dit l'archiviste.", "archiviste de la ville"),
    ("logue", "« Les fossiles sont intacts », a expliqué Anne Roy, paléontologue au muséum.",
     "paléontologue au muséum"),
    ("ien", "« Les verres arrivent lundi », a dit Paul Morel, opticien à Brest.",
     "opticien à Brest"),
    ("ienne", "« La preuve tient », a assuré la physicienne Anne Roy.", "physicienne"),
    ("ier", "« Les serrures ont cédé », a constaté Paul Morel, serrurier à Brest.",
     "serrurier à Brest"),
    ("iere", "« Le tissu manque », a regretté Anne Roy, couturière à Lyon.",
     "couturière à Lyon"),
    ("aire", "« Les livres reviennent », a assuré Claire Petit, bibliothécaire municipale.",
     "bibliothécaire municipale"),
    ("ant", "« La récolte sera bonne », a estimé Paul Morel, négociant en vins.",
     "négociant en vins"),
    ("ante", "« Les partiels sont durs », a confié Anne Roy, étudiante en droit.",
     "étudiante en droit"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("agent_endings", AGENT_ENDINGS))
def test_agent_ending(nlp, entry, text, role):
    test_role_noun(nlp, entry, text, role)


def test_every_agent_ending_has_a_row():
    assert {row[0] for row in AGENT_ENDINGS} == set(words("agent_endings"))


@pytest.mark.parametrize(("text", "speaker"), [
    # a word with an ending of gender_endings.tsv whose other form is a role noun, in another
    # sense: no role (« générale », « médecine »: endings left out)
    ("« Le club votera », a annoncé l'assemblée générale des adhérents.", None),
    ("« Les soins coûtent trop », a dénoncé Anne Roy, médecine de ville comprise.", "Anne Roy"),
    # a prefix before a noun that is no role
    ("« Nous louerons les locaux », a indiqué Paul Morel, sous-sol compris.", "Paul Morel"),
    # what follows a name's comma that is no role: a date, a time, a mood, a place, a body
    ("« Rien n'est joué », a dit Anne Roy, la veille du scrutin.", "Anne Roy"),
    ("« Rien n'est joué », a dit Anne Roy, lundi soir.", "Anne Roy"),
    ("« Rien n'est joué », a dit Paul Morel, fin janvier.", "Paul Morel"),
    ("« Rien n'est joué », a dit Paul Morel, samedi dernier.", "Paul Morel"),
    ("« Rien n'est joué », a lancé Paul Morel, en colère.", "Paul Morel"),
    ("« Rien n'est joué », a lancé Paul Morel, seul contre tous.", "Paul Morel"),
    ("« Rien n'est joué », a dit Paul Morel, l'air grave.", "Paul Morel"),
    ("« Rien n'est joué », a dit Paul Morel, à Rennes.", "Paul Morel"),
    ("« Rien n'est joué », a dit Paul Morel, chez Renault.", "Paul Morel"),
    # a noun with an agent ending after a name's comma, with its determiner: how the person
    # is, not what (agent_endings.txt reads bare nouns only)
    ("« Rien n'est joué », a dit Paul Morel, le dossier sous le bras.", "Paul Morel"),
    ("« Rien n'est joué », a dit Paul Morel, le quartier en émoi.", "Paul Morel"),
    ("« Rien n'est joué », a dit Paul Morel, le secteur étant à l'arrêt.", "Paul Morel"),
    ("« Rien n'est joué », a dit Paul Morel, l'intérieur du parti divisé.", "Paul Morel"),
    # before a surname alone: a case named after a person
    ("« Rien n'est joué », a dit Paul Morel, l'affaire Dreyfus en tête.", "Paul Morel"),
])
def test_no_role_after_a_name(nlp, text, speaker):
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.role is None
    assert speaker is None or q.speaker.name == speaker


# interview_markers.txt: (entry, the article's first paragraph, its last or ""). Questions that
# never say « vous » and answers in the first person, with no label: the marker alone makes
# them an interview, whose answers are the one person the introduction names; without the
# entry (the rest of the list kept), nothing is quoted.
INTERVIEW_MARKERS = [
    ("entretien", "Entretien avec la potière Marie Caron.", ""),
    ("interview", "La potière Marie Caron, en interview.", ""),
    ("propos recueillis", "La potière Marie Caron ouvre un atelier à Dieulefit.",
     "Propos recueillis par Hélène Marty"),
    ("questions-reponses", "Questions-réponses avec la potière Marie Caron.", ""),
    ("a repondu a nos questions", "La potière Marie Caron a répondu à nos questions.", ""),
    ("ont repondu a nos questions",
     "La potière Marie Caron et son associé ont répondu à nos questions.", ""),
    ("repond a nos questions", "La potière Marie Caron répond à nos questions.", ""),
    ("repondent a nos questions",
     "La potière Marie Caron et son associé répondent à nos questions.", ""),
    ("nous a accorde", "La potière Marie Caron nous a accordé une heure.", ""),
    ("^questions a", "Trois questions à la potière Marie Caron.", ""),
]
MARKER_EXCHANGES = (
    "Pourquoi cet atelier ?\n\nJ'ai voulu transmettre ce que je sais du tour.\n\n"
    "Et la suite ?\n\nJe cherche un second local pour l'an prochain."
)
MARKER_ANSWERS = [("J'ai voulu transmettre ce que je sais du tour.", "Marie Caron"),
                  ("Je cherche un second local pour l'an prochain.", "Marie Caron")]


def _interview(nlp, first: str, last: str) -> list[tuple[str, str | None]]:
    text = "\n\n".join(p for p in (first, MARKER_EXCHANGES, last) if p)
    return [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]


@pytest.mark.parametrize(("entry", "first", "last"),
                         rows("interview_markers", INTERVIEW_MARKERS))
def test_interview_marker(nlp, tmp_path, entry, first, last):
    from quotes.lexicon import use_folder

    assert _interview(nlp, first, last) == MARKER_ANSWERS
    kept = [" ".join(p) for p in phrases("interview_markers") if " ".join(p) != entry]
    (tmp_path / "interview_markers.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    use_folder(tmp_path)
    try:
        assert _interview(nlp, first, last) == []
    finally:
        use_folder(None)


@pytest.mark.parametrize("first", [
    "La potière Marie Caron ouvre un atelier à Dieulefit.",  # no marker
    "La potière Marie Caron a posé des questions au maire.",  # « questions au », not « à »
    "La potière Marie Caron a répondu aux questions du maire.",  # not « nos questions »
    "La potière Marie Caron a posé trois questions à la ministre.",  # not opening the line
])
def test_no_interview_marker(nlp, first):
    assert _interview(nlp, first, "") == []


def test_every_interview_marker_has_a_row():
    entries = [row[0] for row in INTERVIEW_MARKERS]
    assert len(entries) == len(set(entries))
    assert set(entries) == {" ".join(p) for p in phrases("interview_markers")}


# perception_verbs.txt: (entry, sentence, the speaker): marks in a clause whose subject is to
# perceive or understand (the entry), under a verb with a subject of its own: that subject
# speaks; without the entry, the one told is taken for the speaker (a plural one told has
# spoken before: words with no cue never carry on a group that has not)
PERCEPTION_VERBS = [
    ("réaliser", "Le maire Paul Morel croit que le conseil doit réaliser qu'en votant ce budget, "
     "« nous prenons un risque énorme ».", "Paul Morel"),
    ("réalise", "Le maire Paul Morel veut que le conseil réalise qu'en votant ce budget, « nous "
     "prenons un risque énorme ».", "Paul Morel"),
    ("réalisent", "Les élus ont assuré que le dossier avançait. "
     "La ministre Anne Roy souhaite que les élus réalisent qu'en fermant cette usine, "
     "« nous perdons un savoir-faire ».", "Anne Roy"),
    ("réalisait", "La présidente Claire Petit croyait que le club réalisait qu'en vendant son "
     "stade, « nous perdions notre âme ».", "Claire Petit"),
    ("réalisaient", "Les élus ont assuré que le dossier avançait. "
     "Le syndic Luc Garnier croyait que les élus réalisaient qu'en coupant les "
     "arbres, « nous perdions de l'ombre ».", "Luc Garnier"),
    ("réalisé", "Les professeurs ont assuré que le dossier avançait. Le proviseur Paul Morel "
     "croit que les professeurs ont réalisé qu'en fermant la cantine, « nous pénalisons les "
     "familles ».", "Paul Morel"),
    ("comprendre", "La maire Anne Roy croit que le préfet doit comprendre qu'en fermant ce pont, "
     "« nous isolons tout un quartier ».", "Anne Roy"),
    ("comprenne", "La maire Anne Roy veut que le conseil comprenne qu'en fermant ce pont, « nous "
     "isolons tout un quartier ».", "Anne Roy"),
    ("comprennent", "Les ministres ont assuré que le dossier avançait. "
     "Le député Paul Morel souhaite que les ministres comprennent qu'en gelant les "
     "crédits, « nous sacrifions la recherche ».", "Paul Morel"),
    ("comprend", "Le député Paul Morel croit que le gouvernement comprend qu'en gelant les "
     "crédits, « nous sacrifions la recherche ».", "Paul Morel"),
    ("comprenait", "L'entraîneur Luc Garnier croyait que le club comprenait qu'en vendant "
     "son buteur, « nous affaiblissons toute l'équipe ».", "Luc Garnier"),
    ("comprenaient", "Les dirigeants ont assuré que le dossier avançait. "
     "L'entraîneur Luc Garnier croyait que les dirigeants comprenaient qu'en "
     "vendant son buteur, « nous affaiblissons toute l'équipe ».", "Luc Garnier"),
    ("compris", "La maire Anne Roy croit que le conseil a compris qu'en votant ce budget, « nous "
     "prenons un risque énorme ».", "Anne Roy"),
    ("savoir", "La syndicaliste Claire Petit croit que la direction doit savoir qu'en supprimant "
     "ces postes, « nous bloquerons les usines ».", "Claire Petit"),
    ("sache", "La syndicaliste Claire Petit veut que la direction sache qu'en supprimant ces "
     "postes, « nous bloquerons les usines ».", "Claire Petit"),
    ("sachent", "Les patrons ont assuré que le dossier avançait. "
     "La syndicaliste Claire Petit souhaite que les patrons sachent qu'en supprimant "
     "ces postes, « nous bloquerons les usines ».", "Claire Petit"),
    ("sait", "Le paysan Paul Morel croit que l'État sait qu'en interdisant l'irrigation, « nous "
     "perdons toute la récolte ».", "Paul Morel"),
    ("savent", "Les préfets ont assuré que le dossier avançait. "
     "Le paysan Paul Morel croit que les préfets savent qu'en interdisant l'irrigation, "
     "« nous perdons toute la récolte ».", "Paul Morel"),
    ("savait", "La maire Anne Roy croyait que le conseil savait qu'en votant ce budget, « nous "
     "prenons un risque énorme ».", "Anne Roy"),
    ("savaient", "Les élus ont assuré que le dossier avançait. "
     "Le médecin Luc Garnier croyait que les élus savaient qu'en fermant la "
     "maternité, « nous mettons des mères en danger ».", "Luc Garnier"),
    ("su", "Le médecin Luc Garnier croit que l'agence a su qu'en fermant la maternité, « nous "
     "mettons des mères en danger ».", "Luc Garnier"),
    ("voir", "L'architecte Anne Roy croit que la ville doit voir qu'en rasant ce quartier, « nous "
     "effaçons un siècle d'histoire ».", "Anne Roy"),
    ("voie", "L'architecte Anne Roy veut que la mairie voie qu'en rasant ce quartier, « nous "
     "effaçons un siècle d'histoire ».", "Anne Roy"),
    ("voient", "Les élus ont assuré que le dossier avançait. "
     "L'architecte Anne Roy souhaite que les élus voient qu'en rasant ce quartier, "
     "« nous effaçons un siècle d'histoire ».", "Anne Roy"),
    ("voit", "Le pêcheur Paul Morel croit que l'Europe voit qu'en baissant les quotas, « nous "
     "condamnons nos ports ».", "Paul Morel"),
    ("voyait", "Le pêcheur Paul Morel croyait que l'Europe voyait qu'en baissant les quotas, "
     "« nous condamnons nos ports ».", "Paul Morel"),
    ("voyaient", "Les ministres ont assuré que le dossier avançait. "
     "Le pêcheur Paul Morel croyait que les ministres voyaient qu'en baissant les "
     "quotas, « nous condamnons nos ports ».", "Paul Morel"),
    ("vu", "La pharmacienne Claire Petit croit que l'agence a vu qu'en retirant ce remède, « nous "
     "privons les malades de soins ».", "Claire Petit"),
    ("mesurer", "L'infirmière Anne Roy croit que l'hôpital doit mesurer qu'en fermant ce service, "
     "« nous épuisons les équipes ».", "Anne Roy"),
    ("mesure", "L'infirmière Anne Roy veut que l'hôpital mesure qu'en fermant ce service, « nous "
     "épuisons les équipes ».", "Anne Roy"),
    ("mesurent", "Les directeurs ont assuré que le dossier avançait. "
     "L'infirmière Anne Roy souhaite que les directeurs mesurent qu'en fermant ce "
     "service, « nous épuisons les équipes ».", "Anne Roy"),
    ("mesurait", "Le libraire Luc Garnier croyait que la mairie mesurait qu'en louant si cher, "
     "« nous chassons les commerces ».", "Luc Garnier"),
    ("mesuraient", "Les élus ont assuré que le dossier avançait. "
     "Le libraire Luc Garnier croyait que les élus mesuraient qu'en louant si cher, "
     "« nous chassons les commerces ».", "Luc Garnier"),
    ("mesuré", "Le libraire Luc Garnier croit que la mairie a mesuré qu'en louant si cher, « nous "
     "chassons les commerces ».", "Luc Garnier"),
    ("saisir", "Le chercheur Paul Morel croit que l'État doit saisir qu'en coupant ces fonds, "
     "« nous perdons nos meilleurs talents ».", "Paul Morel"),
    ("saisisse", "Le chercheur Paul Morel veut que l'État saisisse qu'en coupant ces fonds, « nous "
     "perdons nos meilleurs talents ».", "Paul Morel"),
    ("saisissent", "Les députés ont assuré que le dossier avançait. "
     "Le chercheur Paul Morel souhaite que les députés saisissent qu'en coupant ces "
     "fonds, « nous perdons nos meilleurs talents ».", "Paul Morel"),
    ("saisit", "La viticultrice Claire Petit croit que le gouvernement saisit qu'en taxant le "
     "vin, « nous fragilisons tout un terroir ».", "Claire Petit"),
    ("saisissait", "La viticultrice Claire Petit croyait que l'État saisissait qu'en taxant le "
     "vin, « nous fragilisons tout un terroir ».", "Claire Petit"),
    ("saisi", "La viticultrice Claire Petit croit que l'État a saisi qu'en taxant le vin, « nous "
     "fragilisons tout un terroir ».", "Claire Petit"),
]
_GOVERNED_INFINITIVE = (
    "the parse hangs the subject on the modal (« doit »), not on the infinitive, which is its "
    "xcomp with no subject: nothing for the entry to stop, the one told may speak"
)
XFAIL.update({
    ("perception_verbs", "réaliser"): _GOVERNED_INFINITIVE,
    ("perception_verbs", "comprendre"): _GOVERNED_INFINITIVE,
    ("perception_verbs", "savoir"): _GOVERNED_INFINITIVE,
    ("perception_verbs", "voir"): _GOVERNED_INFINITIVE,
    ("perception_verbs", "mesurer"): _GOVERNED_INFINITIVE,
    ("perception_verbs", "saisir"): _GOVERNED_INFINITIVE,
})


@pytest.mark.parametrize(("entry", "text", "speaker"),
                         rows("perception_verbs", PERCEPTION_VERBS))
def test_perception_verb(nlp, tmp_path, entry, text, speaker):
    """The subject of the governing verb speaks; the entry's own subject, whom the words are
    meant for, is taken instead once the entry is left out of the list."""
    assert entry in text.split()
    assert the_quote(nlp, text, marked(text)).speaker.name == speaker
    with lacking(tmp_path, "perception_verbs", entry):
        assert the_quote(nlp, text, marked(text)).speaker.name != speaker


# editorial_markers.txt: (entry, sentence, the newsroom's note as written, the role of the
# speaker of the last quote): the note the recogniser tags as a person is no one's name, so
# the description that speaks last is left unnamed; without the entry, the note names it
EDITORIAL_MARKERS = [
    ("ndlr", "L'accusé a « frappé son associée » (Claire Petit, NDLR), selon l'enquête. « La "
     "justice suivra son cours », a déclaré le ministre.", "NDLR", "ministre"),
    ("ndla", "La chroniqueuse a « croisé son ancienne patronne » (Anne Roy, N.D.L.A.), selon son "
     "récit. « Nous n'avons rien à ajouter », a répondu le ministre.", "N.D.L.A.", "ministre"),
    ("nldr", "Le témoin a « reconnu le chauffeur » (Anne Roy, Nldr), selon les gendarmes. "
     "« L'enquête avance », a indiqué le procureur.", "Nldr", "procureur"),
]


@pytest.mark.parametrize(("entry", "text", "note", "role"),
                         rows("editorial_markers", EDITORIAL_MARKERS))
def test_editorial_marker(nlp, tmp_path, entry, text, note, role):
    """The note is dropped from the names: the last quote's speaker is the description alone."""
    assert fold(note).replace(".", "") == entry and f", {note})" in text
    said = text[text.rindex("«") + 1 : text.rindex("»")].strip()
    speaker = the_quote(nlp, text, said).speaker
    assert (speaker.name, speaker.role) == (None, role)
    with lacking(tmp_path, "editorial_markers", entry):
        assert the_quote(nlp, text, said).speaker.name == note


# test_every_entry_has_a_row was given its names when TABLES was first built: these are added
# here, after their tables, and checked the same way
TABLES.update(perception_verbs=PERCEPTION_VERBS, editorial_markers=EDITORIAL_MARKERS)

# rule_texts.txt: (entry, sentence, reported words, speaker): a text stating a rule after an
# opening « selon » yields the words to the one a cue after them names; without the entry the
# text keeps them
RULE_TEXTS = [
    ("loi", "Selon la loi sur les marchés, les stands ferment à midi, a rappelé la maire "
     "Lina Morvan.", "les stands ferment à midi", "Lina Morvan"),
    ("règlement", "Selon le règlement du stade, les drapeaux sont interdits, a précisé le "
     "directeur Hugo Tassin.", "les drapeaux sont interdits", "Hugo Tassin"),
    ("décret", "Selon le décret, les chiens doivent être tenus en laisse, a expliqué la "
     "préfète Inès Caradec.", "les chiens doivent être tenus en laisse", "Inès Caradec"),
    ("texte", "Selon le texte voté, la piscine ouvrira le dimanche, a indiqué l'adjoint Marc "
     "Oudin.", "la piscine ouvrira le dimanche", "Marc Oudin"),
]
TABLES.update(rule_texts=RULE_TEXTS)


@pytest.mark.parametrize(("entry", "text", "said", "speaker"), rows("rule_texts", RULE_TEXTS))
def test_rule_text(nlp, tmp_path, entry, text, said, speaker):
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "rule_texts", entry):
        assert the_quote(nlp, text, said).speaker.name != speaker


# open_ends.txt: (entry, sentence): reported words that a cut leaves on the entry cannot be
# completed; no quote, kept as rejected with the reason
OPEN_ENDS = [(w, f"La maire a déclaré que le chantier serait achevé {w}")
             for w in sorted(words("open_ends"))]
TABLES.update(open_ends=OPEN_ENDS)


def _no_quote_but(nlp, text: str) -> list[str]:
    """The reasons of the rejected records of ``text``, which gives no quote."""
    from quotes.model import Article
    from quotes.pipeline import extract_doc

    result = extract_doc(Article("t", text), nlp(text))
    assert [q.span.text for q in result.quotes] == []
    return [r.reason for r in result.rejected]


@pytest.mark.parametrize(("entry", "text"), rows("open_ends", OPEN_ENDS))
def test_open_end(nlp, entry, text):
    assert _no_quote_but(nlp, text) == ["reported words cut inside their clause"]


# own_findings.txt: (entry, sentence): « selon » and « notre »/« nos » before the entry name
# the outlet's own findings: no quote, kept as rejected with the reason
OWN_FINDINGS = [
    ("décompte", "La gare fermera en août, selon notre décompte."),
    ("enquête", "La gare fermera en août, selon notre enquête."),
    ("enquêtes", "La gare fermera en août, selon nos enquêtes."),
    ("investigations", "La gare fermera en août, selon nos investigations."),
    ("pointage", "La gare fermera en août, selon notre pointage."),
    ("recherches", "La gare fermera en août, selon nos recherches."),
    ("sondage", "La gare fermera en août, selon notre sondage."),
    ("vérifications", "La gare fermera en août, selon nos vérifications."),
]
TABLES.update(own_findings=OWN_FINDINGS)


@pytest.mark.parametrize(("entry", "text"), rows("own_findings", OWN_FINDINGS))
def test_own_finding(nlp, entry, text):
    assert _no_quote_but(nlp, text) == [
        "the outlet's own reporting (« selon nos informations »): the narrator's words, no quote"]


# selon_terms.txt: (entry, sentence): « selon » then the entry follows terms, a rule or a plan
# (« in accordance with »): no quote, kept as rejected with the reason
SELON_TERMS = [
    ("barème", "Selon le barème retenu, chaque famille touchera deux cents euros."),
    ("calendrier", "Selon le calendrier prévu, le pont de Rieux rouvrira en mai."),
    ("cas", "Le prix du repas à la cantine de Rieux varie selon les cas."),
    ("conditions", "Selon les conditions de vente envisagées, la société Barvel gardera la "
     "moitié du capital."),
    ("critères", "Selon les critères fixés, trois villes pourront accueillir le festival."),
    ("hypothèse", "Selon l'hypothèse la plus basse, le déficit atteindra deux millions."),
    ("hypothèses", "Selon les hypothèses retenues, le déficit atteindra deux millions."),
    ("modalités", "Selon les nouvelles modalités, les élèves passeront l'examen en juin."),
    ("règles", "Selon les règles du tournoi, le club de Rieux sera éliminé."),
    ("scénario", "Selon ce scénario, la ligne de tram ouvrira en 2030."),
    ("scénarios", "Selon les scénarios étudiés, la ligne de tram ouvrira en 2030."),
]
TABLES.update(selon_terms=SELON_TERMS)


@pytest.mark.parametrize(("entry", "text"), rows("selon_terms", SELON_TERMS))
def test_selon_term(nlp, entry, text):
    assert _no_quote_but(nlp, text) == [
        "« selon » terms or a plan (« selon les conditions prévues »): in accordance with, no "
        "source"]


# greetings.txt: (entry, text, the paragraph above the signed one): a paragraph that opens on
# the entry and a handle is the first of the post, its signer's, cue null; without the entry it
# stays the narrator's
GREETINGS = [
    ("cher", "Le député a réagi.\n\nCher @hugo_brun, ton départ laisse un grand vide.\n\n"
     "Bonne route à toi pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) 3 mai 2024",
     "Cher @hugo_brun, ton départ laisse un grand vide."),
    ("chère", "Le député a réagi.\n\nChère @linamorel, ton courage force le respect.\n\n"
     "Bonne route à toi pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) 3 mai 2024",
     "Chère @linamorel, ton courage force le respect."),
    ("chers", "Le député a réagi.\n\nChers @amis_du_port, la fête a été très belle.\n\n"
     "Rendez-vous l'an prochain pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) 3 mai 2024",
     "Chers @amis_du_port, la fête a été très belle."),
    ("chères", "Le député a réagi.\n\nChères @joueuses_du_club, la saison a été superbe.\n\n"
     "Rendez-vous l'an prochain pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) 3 mai 2024",
     "Chères @joueuses_du_club, la saison a été superbe."),
    ("merci", "Le député a réagi.\n\nMerci @hugo_brun pour ces années de travail commun.\n\n"
     "Bonne route à toi pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) 3 mai 2024",
     "Merci @hugo_brun pour ces années de travail commun."),
    ("bravo", "Le député a réagi.\n\nBravo @linamorel pour cette belle victoire.\n\n"
     "Quel combat pour la ville pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) 3 mai 2024",
     "Bravo @linamorel pour cette belle victoire."),
    ("félicitations", "Le député a réagi.\n\nFélicitations @linamorel pour cette élection."
     "\n\nQuel combat pour la ville pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) "
     "3 mai 2024",
     "Félicitations @linamorel pour cette élection."),
    ("bon courage", "Le député a réagi.\n\nBon courage @hugo_brun pour la suite du "
     "traitement.\n\nOn pense fort à toi pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) "
     "3 mai 2024", "Bon courage @hugo_brun pour la suite du traitement."),
    ("bonne chance", "Le député a réagi.\n\nBonne chance @linamorel pour ce nouveau "
     "défi.\n\nQuel parcours pour la ville pic.twitter.com/Ab1 — Paul Ferrand "
     "(@paulferrand) 3 mai 2024",
     "Bonne chance @linamorel pour ce nouveau défi."),
    ("bienvenue", "Le député a réagi.\n\nBienvenue @hugo_brun dans la belle équipe du port."
     "\n\nÀ très vite au port pic.twitter.com/Ab1 — Paul Ferrand (@paulferrand) 3 mai 2024",
     "Bienvenue @hugo_brun dans la belle équipe du port."),
]
TABLES.update(greetings=GREETINGS)


@pytest.mark.parametrize(("entry", "text", "above"), rows("greetings", GREETINGS))
def test_greeting(nlp, entry, text, above):
    found = [q for q in found_quotes(nlp, text) if q.span.text == above]
    assert [(q.type, q.speaker.name, q.cue) for q in found] == [
        ("direct", "Paul Ferrand", None)]
    assert "post" in found[0].evidence


# concessive_openers.txt: (entry, sentence, the words after the source, its name, the words
# of the que-clause before): a concession before « selon X » ends that clause; X's words follow
CONCESSIVE_OPENERS = [
    ("même si", "Le maire Paul Girard a dit que le pont tiendrait, même si selon lui la crue "
     "reviendra.", "la crue reviendra", "Paul Girard", "le pont tiendrait"),
]
TABLES.update(concessive_openers=CONCESSIVE_OPENERS)


@pytest.mark.parametrize(("entry", "text", "said", "source", "clause"),
                         rows("concessive_openers", CONCESSIVE_OPENERS))
def test_concessive_opener(nlp, tmp_path, entry, text, said, source, clause):
    """X's words follow the source and the que-clause ends before the entry; without it,
    neither."""
    assert f"{entry} selon" in text
    q = the_quote(nlp, text, said)
    assert q.cue is not None and q.cue.text == "selon" and q.speaker.name == source
    assert the_quote(nlp, text, clause).speaker.name == source
    with lacking(tmp_path, "concessive_openers", entry):
        spans = [q.span.text for q in quotes_of(nlp, text)]
        assert said not in spans and clause not in spans, spans


# completive_nouns.txt: (entry, sentence, the cue's one record): after the entry's « que »
# clause, a « , et que » parts nothing; without the entry, the record is cut there
COMPLETIVE_NOUNS = [
    ("idée", "La maire Lise Garnier a affirmé que le plan repose sur l'idée que « le port "
     "grandira », et que la police suivra.",
     "le plan repose sur l'idée que « le port grandira », et que la police suivra"),
    ("fait", "Le maire Paul Vernet a affirmé que le projet est né du fait que la ville grandit, "
     "et que la police surveille les quais.",
     "le projet est né du fait que la ville grandit, et que la police surveille les quais"),
    ("espoir", "Le maire Paul Vernet a affirmé que la ville garde l'espoir que le fleuve "
     "baisse, et que les pompiers tiennent les digues.",
     "la ville garde l'espoir que le fleuve baisse, et que les pompiers tiennent les digues"),
    ("crainte", "La maire Lise Garnier a affirmé que le quartier vit dans la crainte que la "
     "digue cède, et que les pompiers restent sur place.",
     "le quartier vit dans la crainte que la digue cède, et que les pompiers restent sur place"),
]
TABLES.update(completive_nouns=COMPLETIVE_NOUNS)


@pytest.mark.parametrize(("entry", "text", "said"), rows("completive_nouns", COMPLETIVE_NOUNS))
def test_completive_noun(nlp, tmp_path, entry, text, said):
    assert [q.span.text for q in quotes_of(nlp, text)] == [said]
    with lacking(tmp_path, "completive_nouns", entry):
        assert len(quotes_of(nlp, text)) == 2


# narrator_links.txt: (entry, sentence, the record's words): the connector opening the words a
# postposed cue reports is the narrator's; without the entry, the record keeps it
NARRATOR_LINKS = [
    ("c'est pourquoi", "Le maire Paul Roux a parlé. C'est pourquoi, la piscine « restera "
     "fermée », a-t-il ajouté.", "la piscine « restera fermée »"),
    ("car", "Le maire Paul Roux a parlé. Car « ce pont ne présentait aucun défaut », "
     "souligne-t-il.", "ce pont ne présentait aucun défaut"),
    ("cependant", "La maire Anne Brun a parlé. Cependant, « la digue tiendra », a-t-elle assuré.",
     "la digue tiendra"),
    ("d'ailleurs", "Le maire Paul Roux a parlé. D'ailleurs, les travaux dureront un an, a-t-il "
     "précisé.", "les travaux dureront un an"),
    ("de plus", "La préfète Anne Brun a parlé. De plus, la route « restera fermée jusqu'à "
     "jeudi », a-t-elle ajouté.", "la route « restera fermée jusqu'à jeudi »"),
    ("en effet", "Le directeur Marc Joly a parlé. En effet, « la ligne rouvrira lundi », a-t-il "
     "annoncé.", "la ligne rouvrira lundi"),
    ("en outre", "Le ministre Paul Roux a parlé. En outre, l'usine de Rieux « n'a reçu aucune "
     "offre », a-t-il ajouté.", "l'usine de Rieux « n'a reçu aucune offre »"),
    ("en revanche", "La maire Anne Brun a parlé. En revanche, « les écoles resteront "
     "ouvertes », a-t-elle précisé.", "les écoles resteront ouvertes"),
    ("néanmoins", "Le juge Marc Joly a parlé. Néanmoins, le prévenu « a reconnu les faits », "
     "a-t-il indiqué.", "le prévenu « a reconnu les faits »"),
    ("par ailleurs", "Le maire Paul Roux a parlé. Par ailleurs, la mairie « n'a rien promis aux "
     "commerçants », a-t-il ajouté.", "la mairie « n'a rien promis aux commerçants »"),
    ("par contre", "La préfète Anne Brun a parlé. Par contre, « le marché aura lieu », "
     "a-t-elle annoncé.", "le marché aura lieu"),
    ("pour autant", "Le pompier Marc Joly a parlé. Pour autant, « tout semblait en règle » dans "
     "ces deux granges, a-t-il ajouté.", "« tout semblait en règle » dans ces deux granges"),
    ("pourtant", "La maire Anne Brun a parlé. Pourtant, « rien n'était prévu », a-t-elle "
     "regretté.", "rien n'était prévu"),
    ("toutefois", "Le maire Paul Roux a parlé. Toutefois, « la piscine ne rouvrira pas en mai », "
     "a-t-il ajouté.", "la piscine ne rouvrira pas en mai"),
]
TABLES.update(narrator_links=NARRATOR_LINKS)


@pytest.mark.parametrize(("entry", "text", "said"), rows("narrator_links", NARRATOR_LINKS))
def test_narrator_link(nlp, tmp_path, entry, text, said):
    assert said in [q.span.text for q in quotes_of(nlp, text)]
    with lacking(tmp_path, "narrator_links", entry):
        assert said not in [q.span.text for q in quotes_of(nlp, text)]


# must not change: a time before the words stays with them; a connector with no comma after
# it, or before words in the first person, may open the words
NOT_NARRATOR_LINKS = [
    ("Le maire Paul Roux a parlé. Mardi matin, la mairie « a fermé le pont », a-t-il précisé.",
     "Mardi matin, la mairie « a fermé le pont »"),
    ("Le maire Paul Roux a parlé. Pourtant la mairie avait tout prévu, a-t-il regretté.",
     "Pourtant la mairie avait tout prévu"),
    # ... nor one before words in the first person: the speaker's own (marks lost)
    ("La rectrice Sophie Marin a parlé. Par ailleurs, nous ne fermerons aucune classe, "
     "a-t-elle assuré.", "Par ailleurs, nous ne fermerons aucune classe"),
]


@pytest.mark.parametrize(("text", "said"), NOT_NARRATOR_LINKS)
def test_not_a_narrator_link(nlp, text, said):
    assert said in [q.span.text for q in quotes_of(nlp, text)]


# lead_phrases.txt: (entry, sentence, the speaker's role): the entry and its complement set
# after a name are the role, as written
LEAD_PHRASES = [(w, f"« Les comptes sont justes », a assuré Louis Arnal, {w} de la coopérative.",
                 f"{w} de la coopérative") for w in (
    "à la tête", "aux commandes", "aux manettes", "à la barre", "aux rênes", "à la direction",
    "à la présidence")]
TABLES.update(lead_phrases=LEAD_PHRASES)


@pytest.mark.parametrize(("entry", "text", "role"), rows("lead_phrases", LEAD_PHRASES))
def test_lead_phrase(nlp, entry, text, role):
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.role) == ("Louis Arnal", role)


# media_words.txt: (entry, sentence, the reported content): where or to whom the words were
# given, named by the entry after the content, is no part of it; without the entry it is
MEDIA_WORDS = [
    ("communiqué", "Paul Morel a assuré que l'usine resterait ouverte dans un communiqué.",
     "l'usine resterait ouverte"),
    ("interview", "Anne Roy a estimé que le budget était tenu dans une interview.",
     "le budget était tenu"),
    ("entretien", "Paul Morel a reconnu que la saison serait difficile dans un entretien.",
     "la saison serait difficile"),
    ("tweet", "Anne Roy a annoncé que le concert était reporté dans un tweet.",
     "le concert était reporté"),
    ("post", "Paul Morel a indiqué que la boutique fermait ses portes dans un post.",
     "la boutique fermait ses portes"),
    ("publication", "Anne Roy a affirmé que la route serait refaite dans une publication.",
     "la route serait refaite"),
    ("vidéo", "Paul Morel a expliqué que le chantier prendrait un an dans une vidéo.",
     "le chantier prendrait un an"),
    ("courrier", "Anne Roy a rappelé que la cantine restait gratuite dans un courrier.",
     "la cantine restait gratuite"),
    ("antenne", "Paul Morel a assuré que le club ne serait pas vendu à l'antenne.",
     "le club ne serait pas vendu"),
    ("micro", "Anne Roy a confié que la tournée l'avait épuisée à notre micro.",
     "la tournée l'avait épuisée"),
    ("blog", "Paul Morel a écrit que le jardin avait souffert du gel sur son blog.",
     "le jardin avait souffert du gel"),
    ("afp", "Anne Roy a précisé que le dossier était complet à l'AFP.",
     "le dossier était complet"),
    ("reuters", "Paul Morel a déclaré que la fusion était abandonnée auprès de Reuters.",
     "la fusion était abandonnée"),
    ("rtl", "Anne Roy a estimé que la réforme allait trop vite sur RTL.",
     "la réforme allait trop vite"),
    ("instagram", "Paul Morel a annoncé que son album sortirait en mai sur Instagram.",
     "son album sortirait en mai"),
    ("twitter", "Anne Roy a affirmé que le vote aurait lieu mardi sur Twitter.",
     "le vote aurait lieu mardi"),
    ("facebook", "Paul Morel a indiqué que la fête du village était annulée sur Facebook.",
     "la fête du village était annulée"),
    ("linkedin", "Anne Roy a annoncé que l'entreprise recrutait vingt ingénieurs sur LinkedIn.",
     "l'entreprise recrutait vingt ingénieurs"),
    ("tiktok", "Paul Morel a assuré que la recette venait de sa grand-mère sur TikTok.",
     "la recette venait de sa grand-mère"),
    ("x", "Anne Roy a dénoncé que le débat soit reporté sur X.",
     "le débat soit reporté"),
    ("bfmtv", "Paul Morel a affirmé que la grève serait suivie sur BFMTV.",
     "la grève serait suivie"),
    ("lci", "Anne Roy a jugé que l'accord restait fragile sur LCI.",
     "l'accord restait fragile"),
    ("franceinfo", "Paul Morel a reconnu que les délais étaient trop courts sur Franceinfo.",
     "les délais étaient trop courts"),
    ("i-télé", "Anne Roy a soutenu que la loi serait votée sur i-Télé.",
     "la loi serait votée"),
    ("inter", "Paul Morel a estimé que la saison touristique était bonne sur France Inter.",
     "la saison touristique était bonne"),
    ("info", "Anne Roy a répété que l'hôpital manquait de lits sur France Info.",
     "l'hôpital manquait de lits"),
]


@pytest.mark.parametrize(("entry", "text", "said"), rows("media_words", MEDIA_WORDS))
def test_media_word(nlp, tmp_path, entry, text, said):
    """The phrase after the content that names the entry is cut from it; without the entry
    (the rest of the list kept), the content runs on to the end."""
    speaker = text.split(" a ", 1)[0]
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "media_words", entry):
        run_on = text[text.index(said) : -1]
        assert [q.span.text for q in found_quotes(nlp, text)] == [run_on]


# appointment_participles.txt: (entry, sentence, the speaker's role): the role after the
# participle is the subject's; without the entry, the speaker has none
_WORK = " « Le travail commence demain », a déclaré {}."
APPOINTMENT_PARTICIPLES = [
    ("nommé", "Paul Morel a été nommé directeur du musée de Lens." + _WORK.format("Paul Morel"),
     "directeur du musée de Lens"),
    ("nommée", "Anne Roy a été nommée directrice de l'hôpital de Vire. « Les urgences "
     "rouvriront », a déclaré Anne Roy.", "directrice de l'hôpital de Vire"),
    ("élu", "Paul Morel vient d'être élu maire de Dole. « Je serai le maire de tous », a "
     "promis Paul Morel.", "maire de Dole"),
    ("élue", "Anne Roy a été élue présidente du club de Niort. « Nous visons la montée », a "
     "affirmé Anne Roy.", "présidente du club de Niort"),
    ("réélu", "Paul Morel a été réélu président de la région. « Le train passera par Vire », "
     "a déclaré Paul Morel.", "président de la région"),
    ("réélue", "Anne Roy est réélue maire de Guéret." + _WORK.format("Anne Roy"),
     "maire de Guéret"),
    ("désigné", "Paul Morel a été désigné porte-parole du syndicat. « La grève continue », a "
     "annoncé Paul Morel.", "porte-parole du syndicat"),
    ("désignée", "Anne Roy a été désignée rapporteure du budget. « Les comptes sont sains », a "
     "estimé Anne Roy.", "rapporteure du budget"),
    ("promu", "Paul Morel a été promu directeur de l'usine de Rodez. « Nous embaucherons », a "
     "assuré Paul Morel.", "directeur de l'usine de Rodez"),
    ("promue", "Anne Roy a été promue commissaire de police. « La rue sera plus sûre », a "
     "déclaré Anne Roy.", "commissaire de police"),
    ("choisi", "Paul Morel a été choisi comme entraîneur du club de Laval. « Je veux du jeu », "
     "a lancé Paul Morel.", "entraîneur du club de Laval"),
    ("choisie", "Anne Roy a été choisie comme secrétaire générale du parti." +
     _WORK.format("Anne Roy"), "secrétaire générale du parti"),
    ("reconduit", "Paul Morel a été reconduit président de l'université. « Les frais "
     "n'augmenteront pas », a déclaré Paul Morel.", "président de l'université"),
    ("reconduite", "Anne Roy a été reconduite directrice du festival. « Nous aurons quarante "
     "films », a annoncé Anne Roy.", "directrice du festival"),
    ("intronisé", "Paul Morel a été intronisé évêque de Tulle. « La cathédrale sera "
     "restaurée », a déclaré Paul Morel.", "évêque de Tulle"),
    ("intronisée", "Anne Roy a été intronisée présidente de la confrérie." +
     _WORK.format("Anne Roy"), "présidente de la confrérie"),
]


@pytest.mark.parametrize(("entry", "text", "role"),
                         rows("appointment_participles", APPOINTMENT_PARTICIPLES))
def test_appointment_participle(nlp, tmp_path, entry, text, role):
    """The role after the entry is the speaker's, not without the entry."""
    assert entry in text.split()
    assert the_quote(nlp, text, marked(text)).speaker.role == role
    with lacking(tmp_path, "appointment_participles", entry):
        assert the_quote(nlp, text, marked(text)).speaker.role != role


# office_adjectives.txt: (entry, sentence, the speaker's role): the entry opens a role fronted
# before the name or the pronoun that stands for the speaker, and stays in it; without the
# entry, the role is lost or loses it (a role read too far from the name, or before « il »)
OFFICE_ADJECTIVES = [
    ("nouveau", "Nouveau directeur du conservatoire régional de musique et de danse de Lens, "
     "Paul Morel présente son projet. « Les portes seront ouvertes à tous », a-t-il dit.",
     "Nouveau directeur du conservatoire régional de musique et de danse de Lens"),
    ("nouvel", "Paul Morel arrive à Laval. Nouvel entraîneur du club, il dirige sa première "
     "séance. « Je veux du jeu », a-t-il dit.", "Nouvel entraîneur du club"),
    ("nouvelle", "Anne Roy arrive à Vire. Nouvelle directrice du festival, elle dévoile le "
     "programme. « Nous aurons quarante films », a-t-elle dit.",
     "Nouvelle directrice du festival"),
    ("ancien", "Ancien maire de la petite commune minière de Lens dans le Pas-de-Calais, Paul "
     "Morel soutient la liste. « Cette équipe est solide », a-t-il dit.",
     "Ancien maire de la petite commune minière de Lens dans le Pas-de-Calais"),
    ("ancienne", "Anne Roy publie ses mémoires. Ancienne ministre de la Culture, elle raconte "
     "ses années à Paris. « J'ai tout noté », a-t-elle dit.",
     "Ancienne ministre de la Culture"),
    ("futur", "Paul Morel a visité la préfecture lundi. Futur préfet du Cantal, il a parlé aux "
     "agents. « Rien ne changera », a promis Paul Morel.", "Futur préfet du Cantal"),
    ("future", "Anne Roy prépare son équipe. Future présidente de la région, elle consulte les "
     "maires. « Je les écouterai tous », a-t-elle dit.", "Future présidente de la région"),
    ("actuel", "Actuel directeur de l'école nationale supérieure des arts et métiers de Rodez, "
     "Paul Morel part en juin. « Je laisse une école en bonne santé », a-t-il dit.",
     "Actuel directeur de l'école nationale supérieure des arts et métiers de Rodez"),
    ("actuelle", "Anne Roy reçoit les salariés. Actuelle secrétaire générale du syndicat, elle "
     "refuse l'accord. « Nous ne signerons pas », a-t-elle dit.",
     "Actuelle secrétaire générale du syndicat"),
    ("premier", "Paul Morel ouvre le congrès. Premier secrétaire du parti, il appelle à "
     "l'unité. « Restons unis », a-t-il dit.", "Premier secrétaire du parti"),
    ("première", "Anne Roy ouvre l'audience. Première présidente de la cour, elle rappelle les "
     "règles. « La justice doit être rapide », a-t-elle dit.",
     "Première présidente de la cour"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("office_adjectives", OFFICE_ADJECTIVES))
def test_office_adjective(nlp, tmp_path, entry, text, role):
    """The fronted role the entry opens is the speaker's, the entry in it; without the entry
    (the rest of the list kept), it is not."""
    assert fold(role.split()[0]) == fold(entry)
    assert the_quote(nlp, text, marked(text)).speaker.role == role
    with lacking(tmp_path, "office_adjectives", entry):
        assert the_quote(nlp, text, marked(text)).speaker.role != role


TABLES.update({
    "media_words": MEDIA_WORDS,
    "appointment_participles": APPOINTMENT_PARTICIPLES,
    "office_adjectives": OFFICE_ADJECTIVES,
})


# evaluative_adjectives.txt: (entry, sentence, the speaker's role): the adjective that judges
# the holder before the role noun is no part of the role; without the entry, it is
EVALUATIVE_ADJECTIVES = [
    ("irréductible", "Paul Morel est arrivé. « Nous allons gagner », a dit l'irréductible coach "
     "français.", "coach français"),
    ("inoxydable", "L'inoxydable capitaine Paul Morel a parlé. « Nous allons gagner », a-t-il "
     "dit.", "capitaine"),
    ("éternel", "« Nous allons gagner », a dit Paul Morel, l'éternel président du club.",
     "président du club"),
    ("éternelle", "« Nous allons gagner », a dit Anne Roy, l'éternelle présidente du club.",
     "présidente du club"),
    ("indéboulonnable", "« Nous allons gagner », a dit Paul Morel, l'indéboulonnable maire de "
     "Vire.", "maire de Vire"),
    ("inusable", "« Nous allons gagner », a dit Paul Morel, l'inusable entraîneur du club.",
     "entraîneur du club"),
]


@pytest.mark.parametrize(("entry", "text", "role"),
                         rows("evaluative_adjectives", EVALUATIVE_ADJECTIVES))
def test_evaluative_adjective(nlp, tmp_path, entry, text, role):
    """The role after the entry is the speaker's, without the entry; with the entry taken out
    of the list, the role keeps it."""
    assert entry in text.replace("'", " ").split()
    assert the_quote(nlp, text, marked(text)).speaker.role == role
    with lacking(tmp_path, "evaluative_adjectives", entry):
        assert the_quote(nlp, text, marked(text)).speaker.role != role


TABLES.update({"evaluative_adjectives": EVALUATIVE_ADJECTIVES})


# outlet_names.txt: (entry, the outlet as written, the gender its pronoun takes): after a
# delegate of that gender, the outlet is the subject named last; « a-t-il (elle) précisé »
# stands for the delegate, not the outlet; without the entry, for the outlet
OUTLET_NAMES = [
    ("afp", "L'AFP", "f"),
    ("reuters", "Reuters", "m"),
    # mid-sentence: opening one, « Le Parisien » unlisted reads as an inhabitant (a person)
    ("parisien", "Mardi, Le Parisien", "m"),
    ("monde", "Le Monde", "m"),
    ("figaro", "Le Figaro", "m"),
    ("liberation", "Libération", "f"),
    ("equipe", "L'Équipe", "f"),
    ("croix", "La Croix", "f"),
    ("obs", "L'Obs", "m"),
    ("jdd", "Le JDD", "m"),
    ("mediapart", "Mediapart", "m"),
    ("lci", "LCI", "f"),
    ("tf1", "TF1", "f"),
    ("franceinfo", "Franceinfo", "m"),
    ("france inter", "France Inter", "f"),
    ("rtl", "RTL", "f"),
    ("rmc", "RMC", "f"),
    ("rtbf", "La RTBF", "f"),
    ("devoir", "Le Devoir", "m"),
    ("la libre belgique", "La Libre Belgique", "f"),
]
OUTLET_SENTENCE = {
    "m": ("Le délégué Marc Petit a quitté la réunion. {} a publié son témoignage. « La grève "
          "continue », a-t-il précisé."),
    "f": ("La déléguée Anne Roy a quitté la réunion. {} a publié son témoignage. « La grève "
          "continue », a-t-elle précisé."),
}


def _outlet_skipped(nlp, tmp_path, name: str, entry: str, outlet: str, gender: str) -> None:
    """The pronoun after ``outlet`` stands for the delegate named before it, not for the
    outlet; without the entry of lexicon/NAME.txt, for the outlet."""
    text = OUTLET_SENTENCE[gender].format(outlet)
    delegate = {"m": "Marc Petit", "f": "Anne Roy"}[gender]
    assert the_quote(nlp, text, "La grève continue").speaker.name == delegate
    with lacking(tmp_path, name, entry):
        assert the_quote(nlp, text, "La grève continue").speaker.kind == "organization"


@pytest.mark.parametrize(("entry", "outlet", "gender"), rows("outlet_names", OUTLET_NAMES))
def test_outlet_name(nlp, tmp_path, entry, outlet, gender):
    """No pronoun stands for the outlet the entry names; without the entry, one does."""
    _outlet_skipped(nlp, tmp_path, "outlet_names", entry, outlet, gender)


# outlet_names.txt, outlets the tagger reads as a place: (entry, the outlet as written): after a
# verb of saying or words said, « à » + the outlet says whom the speaker spoke to, no place of an
# office; without the entry, the cue's own description, or the role the narration restates,
# runs on into the outlet's name
OUTLET_ADDRESSED = [
    ("ouest-france", "Ouest-France"),
]
ADDRESSED_SENTENCES = [
    ("Le député du Calvados, Paul Viret, a voté contre le texte. « Ce budget est injuste », a "
     "expliqué l'élu normand à {}."),
    ("Le député du Calvados, Paul Viret, a voté contre le texte après les propos tenus par l'élu "
     "normand à {}. « Ce budget est injuste », a-t-il dit."),
]


# outlet_names.txt, outlets named as written: (entry, sentence, the speaker): the outlet's
# capitalised article is part of its name, and outlets named together are one speaker, each as
# written (``outlets.outlet_name``); without the entry, the name loses its article or the list
# is read otherwise
OUTLET_WRITTEN = [
    ("bfmtv", "Le chanteur est hors de danger, affirment Le Parisien et BFMTV, qui citent son "
     "agent.", "Le Parisien et BFMTV"),
    ("la provence", "Le chanteur est hors de danger, selon La Provence.", "La Provence"),
]


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("outlet_names", OUTLET_WRITTEN))
def test_outlet_name_written(nlp, tmp_path, entry, text, speaker):
    """The outlet as the article writes it; without the entry, not so."""
    said = "Le chanteur est hors de danger"
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "outlet_names", entry):
        assert the_quote(nlp, text, said).speaker.name != speaker


# outlet_names.txt, outlets the recogniser names no body: (entry, the outlet as written): a
# bare press noun after it stands for it; without the entry, the noun stays as written
OUTLET_DESCRIBED = [
    ("var-matin", "Var-Matin"),
]


@pytest.mark.parametrize(("entry", "outlet"), rows("outlet_names", OUTLET_DESCRIBED))
def test_outlet_name_described(nlp, tmp_path, entry, outlet):
    """« selon le quotidien » after the outlet is the outlet's; without the entry, no one's."""
    text = (f"Deux élus ont été entendus, selon {outlet}. Toujours selon le quotidien, le préfet "
            "a demandé « la plus grande prudence ».")
    said = "le préfet a demandé « la plus grande prudence »"
    assert the_quote(nlp, text, said).speaker.name == outlet
    with lacking(tmp_path, "outlet_names", entry):
        assert the_quote(nlp, text, said).speaker.name != outlet


# outlet_names.txt, outlets the recogniser runs into the name of the person who spoke to them:
# (entry, the outlet as written): the person's name starts after the outlet's; without the
# entry, the outlet's words stay in it
OUTLET_GLUED = [
    ("agence france-presse", "l'Agence France-Presse"),
]


@pytest.mark.parametrize(("entry", "outlet"), rows("outlet_names", OUTLET_GLUED))
def test_outlet_name_glued(nlp, tmp_path, entry, outlet):
    """« a confié à l'Agence France-Presse Julie Marchand »: Julie Marchand's words; without the
    entry, the outlet's name stays in hers."""
    text = f"« Nous fermons le site », a confié à {outlet} Julie Marchand, directrice du site."
    assert the_quote(nlp, text, "Nous fermons le site").speaker.name == "Julie Marchand"
    with lacking(tmp_path, "outlet_names", entry):
        assert the_quote(nlp, text, "Nous fermons le site").speaker.name != "Julie Marchand"


@pytest.mark.parametrize("sentence", ADDRESSED_SENTENCES, ids=["cue", "restated"])
@pytest.mark.parametrize(("entry", "outlet"), rows("outlet_names", OUTLET_ADDRESSED))
def test_outlet_name_spoken_to(nlp, tmp_path, entry, outlet, sentence):
    """The roles of words said « à » the outlet stop before it; without the entry, one runs on."""
    text = sentence.format(outlet)

    def roles() -> list[str]:
        return [r.text for r in the_quote(nlp, text, "Ce budget est injuste").speaker.roles]

    assert "élu normand" in roles() and not any(outlet in r for r in roles())
    with lacking(tmp_path, "outlet_names", entry):
        assert any(outlet in r for r in roles())


# press_nouns.txt: (entry, the outlet after it, the gender its pronoun takes): the outlet the
# entry introduces is no pronoun's antecedent; without the entry, it is
PRESS_NOUNS = [
    ("quotidien", "Le quotidien Le Phare de Lens", "m"),
    ("journal", "Le journal Le Phare de Lens", "m"),
    ("hebdomadaire", "L'hebdomadaire Le Phare de Lens", "m"),
    ("magazine", "Le magazine Le Phare de Lens", "m"),
    ("radio", "La radio Info Lens", "f"),
    ("chaîne", "La chaîne Info Lens", "f"),
    ("agence", "L'agence Info Lens", "f"),  # « l'agence … elle »: the noun's gender
    ("site", "Le site Info Lens", "m"),
]


@pytest.mark.parametrize(("entry", "outlet", "gender"), rows("press_nouns", PRESS_NOUNS))
def test_press_noun(nlp, tmp_path, entry, outlet, gender):
    """No pronoun stands for the outlet the entry introduces; without the entry, one does."""
    _outlet_skipped(nlp, tmp_path, "press_nouns", entry, outlet, gender)


# outlet_heads.txt: (entry, the outlet as written, the gender its pronoun takes): an outlet
# whose own name the entry opens is no pronoun's antecedent; without the entry, it is
OUTLET_HEADS = [
    ("journal", "Le Journal de Lens", "m"),
    ("gazette", "La Gazette de Lens", "f"),
    ("radio", "Radio Lens", "f"),
    ("quotidien", "Le Quotidien de Lens", "m"),
    ("magazine", "Le Magazine de Lens", "m"),
    ("hebdomadaire", "L'Hebdomadaire de Lens", "m"),
]


@pytest.mark.parametrize(("entry", "outlet", "gender"), rows("outlet_heads", OUTLET_HEADS))
def test_outlet_head(nlp, tmp_path, entry, outlet, gender):
    """No pronoun stands for the outlet whose name the entry opens; without it, one does."""
    _outlet_skipped(nlp, tmp_path, "outlet_heads", entry, outlet, gender)


# human_cues.txt: (entry, the cue): a pronoun subject of the entry stands for the man named
# before, not for the council named since; without the entry, for the council
HUMAN_CUES = [
    ("confier", "a-t-il confié"),
    ("confesser", "a-t-il confessé"),
    ("soupirer", "a-t-il soupiré"),
    ("exclamer", "s'est-il exclamé"),
    ("écrier", "s'écrie-t-il"),
    ("murmurer", "a-t-il murmuré"),
    ("chuchoter", "a-t-il chuchoté"),
    ("susurrer", "susurre-t-il"),
    ("plaisanter", "a-t-il plaisanté"),
    ("rire", "a-t-il ri"),
    ("hurler", "a-t-il hurlé"),
    ("crier", "a-t-il crié"),
    ("souffler", "a-t-il soufflé"),
]


@pytest.mark.parametrize(("entry", "cue"), rows("human_cues", HUMAN_CUES))
def test_human_cue(nlp, tmp_path, entry, cue):
    """The man the pronoun stands for, not the council; without the entry, the council."""
    text = ("Paul Morel a quitté la salle. Le conseil municipal a voté le budget. « C'est une "
            f"honte », {cue}.")
    assert the_quote(nlp, text, "C'est une honte").speaker.name == "Paul Morel"
    with lacking(tmp_path, "human_cues", entry):
        assert the_quote(nlp, text, "C'est une honte").speaker.name == "conseil municipal"


TABLES.update({
    "outlet_names": OUTLET_NAMES + OUTLET_ADDRESSED + OUTLET_DESCRIBED + OUTLET_GLUED
    + OUTLET_WRITTEN,
    "press_nouns": PRESS_NOUNS,
    "outlet_heads": OUTLET_HEADS,
    "human_cues": HUMAN_CUES,
})


# documents.txt: (entry, sentence, the quote, who says it): a text its owner wrote or a place
# they post on, after a possessive, speaks for its owner (the subject its sentence names, else
# whom the possessive stands for), and after « de » for its author; without the entry, the
# document or the platform is taken for the speaker, or no one is
DOCUMENTS = [
    ("message", "Anne Roy a quitté la salle sans un mot. « C'est un scandale », dit son "
     "message.", "C'est un scandale", "Anne Roy"),
    ("tweet", "Le député Marc Petit est resté chez lui. « Le vote est joué », selon son tweet.",
     "Le vote est joué", "Marc Petit"),
    ("post", "Léa Brun a gagné la course lundi. « Une journée magique », selon son post.",
     "Une journée magique", "Léa Brun"),
    ("publication", "Le club a battu Lens dimanche. « Une victoire de tout le groupe », selon sa "
     "publication.", "Une victoire de tout le groupe", "club"),
    ("plainte", "Selon la plainte de l'association Probité, la commune aurait perçu « deux "
     "millions d'euros de trop ».",
     "la commune aurait perçu « deux millions d'euros de trop »", "Probité"),
    ("page", "La mairie a fermé le parc lundi. « Les arbres sont malades », selon sa page "
     "Facebook.", "Les arbres sont malades", "mairie"),
    ("compte", "Les pompiers sont arrivés vers midi. « Trois blessés légers », selon leur compte "
     "Twitter.", "Trois blessés légers", "pompiers"),
    ("site", "Le musée rouvre ses salles lundi. « Toutes les œuvres sont revenues », selon son "
     "site.", "Toutes les œuvres sont revenues", "musée"),
    ("blog", "Paul Morel vit à Lyon depuis un an. « La ville m'a adopté », selon son blog.",
     "La ville m'a adopté", "Paul Morel"),
    ("tract", "Le syndicat a appelé à la grève. Selon son tract, la grève est « reconduite ».",
     "la grève est « reconduite »", "syndicat"),
    ("courriel", "La directrice Anne Roy a écrit aux parents. « L'école restera ouverte », selon "
     "son courriel.", "L'école restera ouverte", "Anne Roy"),
    # a court's ruling, a judge's order, a prosecutor's closing text: the court, the judge or
    # the prosecution wrote it
    ("jugement", "« La prévenue a agi avec méthode », indique le jugement du tribunal de Vernac.",
     "La prévenue a agi avec méthode", "tribunal de Vernac"),
    ("arrêt", "Selon l'arrêt de la cour d'appel de Lorvenne, l'entreprise a « sciemment trompé "
     "ses clients ».", "l'entreprise a « sciemment trompé ses clients »",
     "cour d'appel de Lorvenne"),
    ("ordonnance", "La juge Anne Morel a renvoyé l'affaire lundi. « Les charges sont "
     "suffisantes », selon son ordonnance.", "Les charges sont suffisantes", "Anne Morel"),
    ("réquisitoire", "« L'accusé a menti du début à la fin », souligne le réquisitoire du "
     "parquet de Vernac.", "L'accusé a menti du début à la fin", "parquet de Vernac"),
    ("décision", "Selon la décision du tribunal de Vernac, l'usine devra « fermer sous trois "
     "mois ».", "l'usine devra « fermer sous trois mois »", "tribunal de Vernac"),
]


@pytest.mark.parametrize(("entry", "text", "said", "speaker"), rows("documents", DOCUMENTS))
def test_document(nlp, tmp_path, entry, text, said, speaker):
    """The owner or the author speaks; without the entry, someone else or no one does."""
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "documents", entry):
        assert the_quote(nlp, text, said).speaker.name != speaker


TABLES["documents"] = DOCUMENTS


# possessed_words.txt: (entry, sentence, the quote, who says it): after a possessive, a noun of
# words said speaks for the one the possessive stands for, as « selon lui » would (the person
# the article names before it); without the entry, the noun and its possessive are taken for an
# anonymous source, or the words for a document's and no quote
POSSESSED_WORDS = [
    ("dires", "Le berger Marc Petit a été entendu. Selon ses dires, le loup serait revenu.",
     "le loup serait revenu", "Marc Petit"),
    ("propos", "La gardienne Anne Roy a été entendue. Selon ses propos, la grille était ouverte.",
     "la grille était ouverte", "Anne Roy"),
    ("déclaration", "Le maire Paul Morel a parlé lundi. Selon sa déclaration, le pont rouvrira "
     "en mai.", "le pont rouvrira en mai", "Paul Morel"),
    ("déclarations", "Le pilote Hugo Blanc a été entendu. D'après ses déclarations, le moteur a "
     "calé.", "le moteur a calé", "Hugo Blanc"),
    ("explication", "La directrice Léa Brun a écrit aux parents. Selon son explication, la "
     "cantine fermera.", "la cantine fermera", "Léa Brun"),
    ("explications", "Le gérant Luc Fabre a été interrogé. Selon ses explications, la caisse "
     "était vide.", "la caisse était vide", "Luc Fabre"),
    ("mots", "La coureuse Inès Vidal a fini deuxième. Selon ses mots, la course était « "
     "injouable ».", "la course était « injouable »", "Inès Vidal"),
    ("termes", "Le ministre Jean Martin a parlé hier. Selon ses termes, la réforme est « "
     "urgente ».", "la réforme est « urgente »", "Jean Martin"),
    ("aveux", "Le cambrioleur Tom Renard a été arrêté. Selon ses aveux, il a agi seul.",
     "il a agi seul", "Tom Renard"),
    ("témoignage", "La voisine Marie Colin a tout vu. Selon son témoignage, la voiture roulait "
     "vite.", "la voiture roulait vite", "Marie Colin"),
    ("témoignages", "Le chauffeur Yves Garnier a été entendu deux fois. Selon ses témoignages, le "
     "bus a freiné.", "le bus a freiné", "Yves Garnier"),
    ("version", "Le joueur Noé Girard a été exclu. Selon sa version, l'arbitre l'a insulté.",
     "l'arbitre l'a insulté", "Noé Girard"),
    ("récit", "Le skieur Axel Morin a été secouru. Selon son récit, la neige a cédé d'un coup.",
     "la neige a cédé d'un coup", "Axel Morin"),
    ("confidences", "La chanteuse Zoé Lenoir a quitté la scène. Selon ses confidences, la "
     "tournée l'a épuisée.", "la tournée l'a épuisée", "Zoé Lenoir"),
    ("affirmations", "Le promoteur Éric Vasseur a été entendu. Selon ses affirmations, le "
     "permis était valide.", "le permis était valide", "Éric Vasseur"),
]


@pytest.mark.parametrize(("entry", "text", "said", "speaker"),
                         rows("possessed_words", POSSESSED_WORDS))
def test_possessed_words(nlp, tmp_path, entry, text, said, speaker):
    """The one the possessive stands for speaks; without the entry, someone else or no one."""
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "possessed_words", entry):
        assert the_quote(nlp, text, said).speaker.name != speaker


TABLES["possessed_words"] = POSSESSED_WORDS


# generic_texts.txt: (entry, sentence, the quote, who says it): the entry stands for the text
# named before, whatever its noun, and speaks for its author; without the entry, for no one
GENERIC_TEXTS = [
    ("document", "L'Union des ports a publié un communiqué lundi. « Les quais rouvriront en "
     "mai », indique le document publié sur son site.", "Les quais rouvriront en mai",
     "Union des ports"),
    ("texte", "Selon un communiqué de la Ligue des pêcheurs, la saison est ouverte. « Les quotas "
     "sont maintenus », précise le texte.", "Les quotas sont maintenus", "Ligue des pêcheurs"),
]


TABLES["generic_texts"] = GENERIC_TEXTS

# authorship_participles.txt: (entry, sentence, the quote, who says it): the noun after the
# entry and « à » is the text's author; without the entry, the text speaks as an anonymous source
AUTHORSHIP_PARTICIPLES = [
    ("attribué", "« Le port restera fermé », indique un communiqué attribué à la présidence "
     "tchadienne.", "Le port restera fermé", "présidence tchadienne"),
    ("attribuée", "« La frontière reste ouverte », affirme une note attribuée à la préfecture du "
     "Gard.", "La frontière reste ouverte", "préfecture du Gard"),
]


TABLES["authorship_participles"] = AUTHORSHIP_PARTICIPLES

# measure_nouns.txt: (entry, sentence, reported words, the source's role, a sentence where the
# entry is what someone takes before a colon): « selon » the entry names the record's source;
# before a colon it is no noun of speech, the marks after it get no cue from the verb
MEASURE_NOUNS = [
    ("mesures", "Selon les mesures de la préfecture, la rivière a monté de trois mètres.",
     "la rivière a monté de trois mètres", "préfecture",
     "La ministre Claire Dubois a pris ses mesures : « Personne ne sortira avant midi. »"),
]


@pytest.mark.parametrize(("entry", "text", "said", "who", "taken"),
                         rows("measure_nouns", MEASURE_NOUNS))
def test_measure_noun(nlp, entry, text, said, who, taken):
    q = the_quote(nlp, text, said)
    assert q.cue is not None and q.cue.text == "Selon"
    assert who in (q.speaker.role, q.speaker.name)
    assert [q.cue for q in quotes_of(nlp, taken) if q.span.text == marked(taken)] == [None]


def test_measures_taken_give_no_colon_cue(nlp):
    text = "Le maire Paul Roy a pris ses mesures de sécurité : « Aucun accès après 20 heures. »"
    assert [q.cue for q in quotes_of(nlp, text) if q.span.text == marked(text)] == [None]


TABLES["measure_nouns"] = MEASURE_NOUNS

# told_works.txt: (entry, sentence): a work telling a bare infinitive shows a story, no one's
# words, whoever made it
TOLD_WORKS = [
    ("film", "Le film raconte tomber amoureux à soixante ans."),
    ("documentaire", "Ce documentaire de Léa Perrin raconte vieillir en prison, loin des siens."),
    ("exposition", "L'exposition du musée raconte naître et mourir au Moyen Âge."),
    ("livre", "Le livre de Paul Morel raconte grandir dans une ferme du Jura."),
    ("série", "La nouvelle série de Julie Roy raconte vieillir seule à la campagne."),
    ("roman", "Son dernier roman raconte quitter sa ville natale à vingt ans."),
]


@pytest.mark.parametrize(("entry", "text"), rows("told_works", TOLD_WORKS))
def test_told_work(nlp, entry, text):
    assert beside_its_own_quote(nlp, text) == []


@pytest.mark.parametrize(("entry", "text"), TOLD_WORKS)
def test_without_the_work_its_infinitive_is_read(nlp, tmp_path, entry, text):
    """Each entry does the work: without it, what the work « raconte » is read as words said."""
    told = text.split("raconte ", 1)[1].rstrip(".")
    with lacking(tmp_path, "told_works", entry):
        assert [q.span.text for q in beside_its_own_quote(nlp, text)] == [told]


TABLES["told_works"] = TOLD_WORKS

# child_relations.txt, parent_relations.txt: (entry, sentence, the quote, who says it): the
# child the entry names (« le fils de la chanteuse ») is the one whose parent the article says
# she is (« X …, sa mère »); without the entry, no one
_MOTHER = ("Mardi, {} a annoncé la mort de Lucie Vernet, sa mère. La chanteuse s'est éteinte à "
           "83 ans. {} de la chanteuse a simplement écrit : « Maman est partie ».")
CHILD_RELATIONS = [
    ("fils", _MOTHER.format("Marc Dubois", "Le fils"), "Maman est partie", "Marc Dubois"),
    ("fille", _MOTHER.format("Léa Dubois", "La fille"), "Maman est partie", "Léa Dubois"),
    ("enfant", _MOTHER.format("Léa Dubois", "L'enfant"), "Maman est partie", "Léa Dubois"),
]
PARENT_RELATIONS = [
    ("mère", _MOTHER.format("Marc Dubois", "Le fils"), "Maman est partie", "Marc Dubois"),
    ("père", "Mardi, Marc Dubois a annoncé la mort de Paul Vernet, son père. Le chanteur s'est "
     "éteint à 80 ans. Le fils du chanteur a simplement écrit : « Papa est parti ».",
     "Papa est parti", "Marc Dubois"),
]


@pytest.mark.parametrize(("name", "entry", "text", "said", "speaker"), [
    pytest.param(name, *p.values, id=f"{name}-{p.id}", marks=p.marks)
    for name, table in (("generic_texts", GENERIC_TEXTS),
                        ("authorship_participles", AUTHORSHIP_PARTICIPLES),
                        ("child_relations", CHILD_RELATIONS),
                        ("parent_relations", PARENT_RELATIONS))
    for p in rows(name, table)])
def test_the_entry_gives_the_speaker(nlp, tmp_path, name, entry, text, said, speaker):
    """The one the entry points to speaks (the author of the text named before, the author after
    « attribué à », the child of the parent the article names); without the entry, someone else
    (the text itself) or no one."""
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, name, entry):
        assert the_quote(nlp, text, said).speaker.name != speaker


TABLES["child_relations"] = CHILD_RELATIONS
TABLES["parent_relations"] = PARENT_RELATIONS


# second_hats.txt: (entry, sentence, the quote of the office, who says it): the one named with
# a role of the entry (a party's or a movement's leader, a seat in a council) may hold the
# office of state a description names later, and says its quote; without the entry, their role
# says another function and the description stays unnamed
SECOND_HATS = [
    ("président", "Le président du parti, Paul Roux, a parlé mardi. "
     "« Nous restons unis », a-t-il dit.\n\n"
     "« Le pays attendra », lance le ministre de l’Intérieur.",
     "Le pays attendra", "Paul Roux"),
    ("chef", "Le chef du parti, Marc Salin, a parlé lundi. "
     "« Nous tiendrons », a-t-il dit.\n\n"
     "« Le budget suivra », a promis le ministre de l’Économie.",
     "Le budget suivra", "Marc Salin"),
    ("cheffe", "La cheffe du parti, Léa Brun, a parlé lundi. "
     "« Nous tiendrons », a-t-elle dit.\n\n"
     "« Le budget suivra », a promis la ministre de l’Économie.",
     "Le budget suivra", "Léa Brun"),
    ("secrétaire", "Anne Morel, secrétaire générale du parti, a pris la parole. "
     "Elle a promis « des réponses ».\n\n"
     "« La loi sera appliquée », a assuré la ministre de la Justice.",
     "La loi sera appliquée", "Anne Morel"),
    ("leader", "Le leader du mouvement, Paul Roux, a parlé mardi. "
     "« Nous restons unis », a-t-il dit.\n\n"
     "« Le pays attendra », lance le ministre de l’Intérieur.",
     "Le pays attendra", "Paul Roux"),
    ("fondateur", "Le fondateur du mouvement, Paul Roux, a parlé mardi. "
     "« Nous restons unis », a-t-il dit.\n\n"
     "« Le pays attendra », lance le ministre de l’Intérieur.",
     "Le pays attendra", "Paul Roux"),
    ("conseiller", "Le conseiller régional Paul Roux a parlé mardi. "
     "« Nous restons unis », a-t-il dit.\n\n"
     "« Le pays attendra », lance le ministre de l’Intérieur.",
     "Le pays attendra", "Paul Roux"),
    ("membre", "Paul Roux, membre du bureau du parti, a parlé mardi. "
     "« Nous restons unis », a-t-il dit.\n\n"
     "« Le pays attendra », lance le ministre de l’Intérieur.",
     "Le pays attendra", "Paul Roux"),
    ("élu", "Paul Roux, élu du parti à Lyon, a parlé mardi. "
     "« Nous restons unis », a-t-il dit.\n\n"
     "« Le pays attendra », lance le ministre de l’Intérieur.",
     "Le pays attendra", "Paul Roux"),
    ("porte-parole", "La porte-parole du parti, Anne Morel, a parlé mardi. "
     "« Nous restons unies », a-t-elle dit.\n\n"
     "« La loi sera appliquée », a assuré la ministre de la Justice.",
     "La loi sera appliquée", "Anne Morel"),
]


@pytest.mark.parametrize(("entry", "text", "said", "speaker"), rows("second_hats", SECOND_HATS))
def test_second_hat(nlp, tmp_path, entry, text, said, speaker):
    """The one named with the role holds the office too; without the entry, no one does."""
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "second_hats", entry):
        assert the_quote(nlp, text, said).speaker.name is None


TABLES["second_hats"] = SECOND_HATS


# generic_nouns.txt: (entry, sentence, the quote, the role it shows): a noun of the entry placed
# closer before the quote stands for the function the article gives the person, which the quote
# shows; without the entry, the quote shows the noun
GENERIC_NOUNS = [
    ("dirigeant", "Paul Roy, président du club de Dole, a reçu la presse lundi. Dans cet "
     "entretien, le dirigeant se dit confiant. « Nous monterons », affirme-t-il.",
     "Nous monterons", "président du club de Dole"),
    ("dirigeante", "Anne Roy, directrice de l'usine de Dole, a reçu la presse lundi. Dans cet "
     "entretien, la dirigeante se dit confiante. « Nous embaucherons », affirme-t-elle.",
     "Nous embaucherons", "directrice de l'usine de Dole"),
    ("édile", "Paul Roy, maire de Dole, a reçu les habitants lundi. Dans cet entretien, l'édile "
     "se dit optimiste. « Nous reconstruirons tout », affirme-t-il.", "Nous reconstruirons tout",
     "maire de Dole"),
    ("élu", "Paul Roy, maire de Dole, a reçu les habitants lundi. Dans cet entretien, l'élu se "
     "dit optimiste. « Nous reconstruirons tout », affirme-t-il.", "Nous reconstruirons tout",
     "maire de Dole"),
    ("élue", "Marie Roy, maire de Dole, a reçu les habitants lundi. Dans cet entretien, l'élue "
     "se dit optimiste. « Nous reconstruirons tout », affirme-t-elle.",
     "Nous reconstruirons tout", "maire de Dole"),
    ("joueur", "Paul Roy, capitaine de l'équipe de France de rugby, a annoncé sa retraite lundi. "
     "Dans cet entretien, le joueur se dit optimiste. « Nous gagnerons encore », affirme-t-il.",
     "Nous gagnerons encore", "capitaine de l'équipe de France de rugby"),
    ("joueuse", "Léa Roy, capitaine de l'équipe de France de handball, a annoncé sa retraite "
     "lundi. Dans cet entretien, la joueuse se dit optimiste. « Nous gagnerons encore », "
     "affirme-t-elle.", "Nous gagnerons encore", "capitaine de l'équipe de France de handball"),
    ("magistrat", "Paul Roy, procureur de Lyon, a reçu la presse lundi. Dans cet entretien, le "
     "magistrat se dit prudent. « Nous poursuivrons », affirme-t-il.", "Nous poursuivrons",
     "procureur de Lyon"),
    ("magistrate", "Anne Roy, présidente de la 4e chambre, a lu le jugement lundi. Dans cet "
     "entretien, la magistrate se dit prudente. « Nous jugerons », affirme-t-elle.",
     "Nous jugerons", "présidente de la 4e chambre"),
    ("patron", "Paul Roy, PDG de Valtor, a reçu la presse lundi. Dans cet entretien, le patron "
     "du groupe se dit confiant. « Nous embaucherons », affirme-t-il.", "Nous embaucherons",
     "PDG de Valtor"),
    ("patronne", "Anne Roy, PDG de Valtor, a reçu la presse lundi. Dans cet entretien, la "
     "patronne du groupe se dit confiante. « Nous embaucherons », affirme-t-elle.",
     "Nous embaucherons", "PDG de Valtor"),
    ("responsable", "Le ministre russe de la Défense, Igor Petrov, a visité le front lundi. Le "
     "responsable russe a ensuite affirmé : « Nous avançons ».", "Nous avançons",
     "ministre russe de la Défense"),
    ("syndicaliste", "Paul Roy, secrétaire général de la CGT, a reçu la presse lundi. Dans cet "
     "entretien, le syndicaliste se dit confiant. « Nous gagnerons », affirme-t-il.",
     "Nous gagnerons", "secrétaire général de la CGT"),
]


@pytest.mark.parametrize(("entry", "text", "said", "role"), rows("generic_nouns", GENERIC_NOUNS))
def test_generic_noun(nlp, tmp_path, entry, text, said, role):
    """The function the noun stands for; without the entry, the noun itself."""
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "generic_nouns", entry):
        assert the_quote(nlp, text, said).speaker.role != role


TABLES["generic_nouns"] = GENERIC_NOUNS


# body_periphrases.txt: (entry, sentence, the quote, the role it shows): a generic noun whose
# complement names the body again by the entry (« le dirigeant du géant du verre ») gives way
# to the function the article gives the same person; without the entry, the closer noun shows
BODY_PERIPHRASES = [
    ("géant", "« Deux usines fermeront », a annoncé le président de Valtor, Paul Morel. Le "
     "dirigeant du géant mondial du verre a détaillé ses raisons. « Le gaz a doublé », a-t-il "
     "dit.", "Le gaz a doublé", "président de Valtor"),
    ("leader", "« Deux usines fermeront », a annoncé la présidente de Valtor, Anne Roy. La "
     "dirigeante du leader européen du verre a détaillé ses raisons. « Le gaz a doublé », "
     "a-t-elle dit.", "Le gaz a doublé", "présidente de Valtor"),
]


@pytest.mark.parametrize(("entry", "text", "said", "role"),
                         rows("body_periphrases", BODY_PERIPHRASES))
def test_body_periphrasis(nlp, tmp_path, entry, text, said, role):
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "body_periphrases", entry):
        assert the_quote(nlp, text, said).speaker.role != role


TABLES["body_periphrases"] = BODY_PERIPHRASES


# deposed_participles.txt: (entry, sentence, the quote, the role it shows): a role noun the entry
# says was taken from its holder is anaphoric, and gives way to the function the article gives
# the same person; without the entry, the role as written shows
DEPOSED_PARTICIPLES = [
    ("déchu", "Le député du Var Paul Morel a été exclu du parti mercredi. Le président déchu du "
     "parti, Paul Morel, a répondu : « Je reste ici. »", "Je reste ici.", "député du Var"),
    ("déchue", "La sénatrice du Gers Anne Roy a été exclue du mouvement lundi. La présidente "
     "déchue du mouvement, Anne Roy, a répondu : « Je reste ici. »", "Je reste ici.",
     "sénatrice du Gers"),
    ("destitué", "Le maire de Dole Paul Morel a perdu le vote du conseil mardi. Le président "
     "destitué de l'agglomération, Paul Morel, a dit : « Je ferai appel. »", "Je ferai appel.",
     "maire de Dole"),
    ("destituée", "La maire de Rodez Léa Brun a été exclue du parti mardi. La secrétaire "
     "destituée du parti, Léa Brun, a dit : « Je ferai appel. »", "Je ferai appel.",
     "maire de Rodez"),
    ("renversé", "Le directeur de l'hôpital Marc Tissier a quitté le bureau jeudi. Le président "
     "renversé du bureau, Marc Tissier, a déclaré : « Nous avons perdu. »", "Nous avons perdu.",
     "directeur de l'hôpital"),
    ("renversée", "La directrice de l'école Claire Vidal a quitté le bureau jeudi. La présidente "
     "renversée du bureau, Claire Vidal, a déclaré : « Nous avons perdu. »",
     "Nous avons perdu.", "directrice de l'école"),
    ("évincé", "Le député du Cher Luc Bernard a quitté le parti vendredi. Le président évincé du "
     "parti, Luc Bernard, a ajouté : « La page est tournée. »", "La page est tournée.",
     "député du Cher"),
    ("évincée", "La députée du Cher Anne Roy a quitté le parti vendredi. La présidente évincée "
     "du parti, Anne Roy, a ajouté : « La page est tournée. »", "La page est tournée.",
     "députée du Cher"),
    ("limogé", "Le maire de Vierzon Paul Roux a été écarté du syndicat lundi. Le président limogé "
     "du syndicat, Paul Roux, a assuré : « Je reviendrai. »", "Je reviendrai.",
     "maire de Vierzon"),
    ("limogée", "La maire de Vierzon Léa Morin a été écartée du syndicat lundi. La présidente "
     "limogée du syndicat, Léa Morin, a assuré : « Je reviendrai. »", "Je reviendrai.",
     "maire de Vierzon"),
    ("démis", "Le sénateur de l'Orne Marc Lebon a été écarté de la commission mardi. Le "
     "président démis de la commission, Marc Lebon, a dit : « Rien ne change. »",
     "Rien ne change.", "sénateur de l'Orne"),
    ("démise", "La sénatrice de l'Orne Hélène Vidal a été écartée du mouvement mardi. La "
     "présidente démise du mouvement, Hélène Vidal, a dit : « Rien ne change. »",
     "Rien ne change.", "sénatrice de l'Orne"),
]


@pytest.mark.parametrize(("entry", "text", "said", "role"),
                         rows("deposed_participles", DEPOSED_PARTICIPLES))
def test_deposed_participle(nlp, tmp_path, entry, text, said, role):
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "deposed_participles", entry):
        assert the_quote(nlp, text, said).speaker.role != role


# period_nouns.txt: (entry, sentence, the role): the period an office is held for, its years,
# article and preposition are no part of the role; without the entry, the period stays in it
PERIOD_NOUNS = [
    ("saison", "Paul Morel, entraîneur du club pour la saison 2023-2024, a jugé que « le groupe "
     "a progressé ».", "entraîneur du club"),
    ("année", "Anne Roy, présidente du jury pour l'année 2024-2025, a estimé que « le niveau monte "
     "».", "présidente du jury"),
    ("exercice", "Marc Tissier, trésorier de l'association sur l'exercice 2023/2024, a assuré "
     "que « les comptes sont justes ».", "trésorier de l'association"),
    ("mandat", "Léa Brun, porte-parole du collectif pour le mandat 2021-2024, a rappelé que "
     "« rien n'a changé ».", "porte-parole du collectif"),
    ("mandature", "Luc Bernard, vice-président de la région pour la mandature 2021-2028, a "
     "promis que « les lycées seront rénovés ».", "vice-président de la région"),
    ("période", "Claire Vidal, directrice de l'école pour la période 2022-2025, a expliqué que "
     "« les effectifs ont baissé ».", "directrice de l'école"),
    ("législature", "Hélène Morin, députée du Var pour la législature 2022-2027, a affirmé que "
     "« la loi passera ».", "députée du Var"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("period_nouns", PERIOD_NOUNS))
def test_period_noun(nlp, tmp_path, entry, text, role):
    said = f"« {marked(text)} »"  # words of the sentence: the quote is mixed, marks and all
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "period_nouns", entry):
        assert the_quote(nlp, text, said).speaker.role != role


TABLES.update(deposed_participles=DEPOSED_PARTICIPLES, period_nouns=PERIOD_NOUNS)

# office_participles.txt: (entry, sentence, the quote, the role it shows): the complement the
# parse hangs on the role noun right after the entry is the role's; without the entry, the
# role stops at the participle
OFFICE_PARTICIPLES = [
    ("délégué", "« Les travaux commenceront », a annoncé le ministre délégué aux Transports, Luc "
     "Bernard.", "Les travaux commenceront", "ministre délégué aux Transports"),
    ("déléguée", "« Les usines resteront », a assuré la ministre déléguée au Commerce, Léa Brun.",
     "Les usines resteront", "ministre déléguée au Commerce"),
    # after a ranked noun, the entry says what the function is, no record: the rank and the
    # complement stay (attribute/ranks._feat); without it, the role noun alone
    ("déclaré", "Le troisième candidat déclaré à la présidence du parti, Luc Brun, a tenu "
     "meeting. « La campagne sera longue », a-t-il dit.", "La campagne sera longue",
     "troisième candidat déclaré à la présidence du parti"),
    ("déclarée", "Arrivée troisième de la primaire, la troisième candidate déclarée à la "
     "présidence du parti, Anne Roy, se retire. « Je soutiendrai Paul Morel », annonce-t-elle.",
     "Je soutiendrai Paul Morel", "troisième candidate déclarée à la présidence du parti"),
    ("commis", "« Le dossier est vide », a déclaré le deuxième avocat commis d'office, Luc Brun.",
     "Le dossier est vide", "deuxième avocat commis d'office"),
    ("commise", "« Le dossier est vide », a déclaré la deuxième avocate commise d'office, Léa "
     "Brun.", "Le dossier est vide", "deuxième avocate commise d'office"),
]


@pytest.mark.parametrize(("entry", "text", "said", "role"),
                         rows("office_participles", OFFICE_PARTICIPLES))
def test_office_participle(nlp, tmp_path, entry, text, said, role):
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "office_participles", entry):
        assert the_quote(nlp, text, said).speaker.role != role


TABLES["office_participles"] = OFFICE_PARTICIPLES

# party_names.txt: (entry, sentence, the quote, the speaker's role): the entry, one word the
# recogniser may take for a name between a role noun and « de », is the party's label inside
# the role (attribute/role_apposition._label_word)
_NAUFRAGE = ("Pour {}, ancien{} {} et {} {} {}, le discours est « un naufrage ». {} ne votera pas "
             "la confiance.")
PARTY_NAMES = [
    ("renaissance", _NAUFRAGE.format("Paul Roy", "", "ministre", "député", "Renaissance",
                                     "de l'Oise", "Il"), "député Renaissance de l'Oise"),
    ("horizons", _NAUFRAGE.format("Paul Roy", "", "ministre", "député", "Horizons", "de la Somme",
                                  "Il"), "député Horizons de la Somme"),
    ("ensemble", _NAUFRAGE.format("Anne Roy", "ne", "ministre", "députée", "Ensemble",
                                  "de la Marne", "Elle"), "députée Ensemble de la Marne"),
    ("modem", _NAUFRAGE.format("Paul Roy", "", "ministre", "député", "MoDem", "du Béarn", "Il"),
     "député MoDem du Béarn"),
    ("reconquête", _NAUFRAGE.format("Anne Roy", "ne", "avocate", "députée", "Reconquête",
                                    "du Var", "Elle"), "députée Reconquête du Var"),
    ("liot", _NAUFRAGE.format("Paul Roy", "", "maire", "député", "LIOT", "de la Corse-du-Sud",
                              "Il"), "député LIOT de la Corse-du-Sud"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("party_names", PARTY_NAMES))
def test_party_name(nlp, entry, text, role):
    assert fold(entry) in fold(role)
    assert the_quote(nlp, text, "le discours est « un naufrage »").speaker.role == role


TABLES["party_names"] = PARTY_NAMES

# impersonal_verbs.txt: (entry, sentence): a participle set off after a clause whose « il » is
# the entry's empty subject (« il manque des … ») is not said by the one « il » would point back
# to: the words go on with the speaker before; without the entry, to the man named first
_IMPERSONAL = ("Julien Petit dirige le chantier. « Le pont est solide », a déclaré Anne Morel, la "
               "maire. Selon elle, il {}, assurant que {}.")
IMPERSONAL_VERBS = [
    ("manque", _IMPERSONAL.format("manque seulement des dizaines de boulons commandés en mai",
                                  "les travaux seront finis en juin")),
    ("manquait", _IMPERSONAL.format("manquait encore des dizaines de rivets livrés en avril",
                                    "la route rouvrira en juillet")),
    ("existe", _IMPERSONAL.format("existe des dizaines de rapports anciens rédigés en mai",
                                  "le pont tiendra vingt ans")),
    ("existait", _IMPERSONAL.format("existait déjà des dizaines de plans signés en mars",
                                    "le chantier ne coûtera rien de plus")),
    ("reste", _IMPERSONAL.format("reste des dizaines de poutres neuves commandées en mai",
                                 "les camions passeront en septembre")),
    ("faut", _IMPERSONAL.format("faut des dizaines de boulons et de rivets neufs commandés en mai",
                                "les travaux seront finis en juin")),
    ("suffit", _IMPERSONAL.format("suffit de quelques dizaines de boulons commandés en mai",
                                  "le pont rouvrira en juin")),
    ("paraît", _IMPERSONAL.format("paraît des dizaines de lettres anciennes rédigées en mai",
                                  "les travaux seront finis en juin")),
    ("y a", _IMPERSONAL.format("y a des dizaines de boulons et de rivets neufs commandés en mai",
                               "les travaux seront finis en juin")),
    ("s'agit", _IMPERSONAL.format("s'agit de dizaines de boulons et de rivets neufs commandés "
                                  "en mai", "les travaux seront finis en juin")),
]


@pytest.mark.parametrize(("entry", "text"), rows("impersonal_verbs", IMPERSONAL_VERBS))
def test_impersonal_verb(nlp, tmp_path, entry, text):
    said = text[text.index("assurant que ") + len("assurant que ") : -1]
    assert the_quote(nlp, text, said).speaker.name == "Anne Morel"
    with lacking(tmp_path, "impersonal_verbs", entry):
        assert the_quote(nlp, text, said).speaker.name == "Julien Petit"


TABLES.update(impersonal_verbs=IMPERSONAL_VERBS)

# interlocutor_words.txt: (entry, sentence, the one who answers): the subject of a verb of
# replying that is the entry names the other party of the one who asked; without the entry,
# nobody named
_ASKED_BY = ("« Je ne partirai pas », a déclaré {0}. « Et si le club vous renvoie ? », a "
             "rebondi l'animatrice Julie Marchal. « Nous verrons bien », a répondu {1}.")
INTERLOCUTOR_WORDS = [
    ("interlocuteur", _ASKED_BY.format("l'entraîneur Louis Garnier", "son interlocuteur"),
     "Louis Garnier"),
    ("interlocutrice", _ASKED_BY.format("l'entraîneuse Louise Garnier", "son interlocutrice"),
     "Louise Garnier"),
]


@pytest.mark.parametrize(("entry", "text", "speaker"),
                         rows("interlocutor_words", INTERLOCUTOR_WORDS))
def test_interlocutor_word(nlp, tmp_path, entry, text, speaker):
    assert f"{entry}." in text
    assert the_quote(nlp, text, "Nous verrons bien").speaker.name == speaker
    with lacking(tmp_path, "interlocutor_words", entry):
        assert the_quote(nlp, text, "Nous verrons bien").speaker.name is None


TABLES.update(interlocutor_words=INTERLOCUTOR_WORDS)

# bygone_words.txt: (entry, text, the role the description keeps): a seat's occupant held
# then or for a day is no one the article names, never the holder now (Marc Salin); without
# the entry, someone: the holder now, or the words taken for a name
_SALIN = "Le président Marc Salin a reçu Paul Morel. "
BYGONE_WORDS = [
    ("de l'époque", _SALIN + "Le locataire de l'Élysée de l'époque a dénoncé « un mépris total ».",
     "locataire de l'Élysée de l'époque"),
    ("à l'époque", _SALIN + "Le locataire de l'Élysée à l'époque a dénoncé « un mépris total ».",
     "locataire de l'Élysée à l'époque"),
    ("d'alors", _SALIN + "« Nous avancerons ensemble », a dit le locataire de l'Élysée d'alors.",
     "locataire de l'Élysée d'alors"),
    ("d'un jour", _SALIN + "L'hôte de l'Élysée d'un jour a dénoncé « un mépris total ».",
     "hôte de l'Élysée d'un jour"),
    ("d'un soir", _SALIN + "« Nous avancerons ensemble », a dit l'hôte de l'Élysée d'un soir.",
     "hôte de l'Élysée d'un soir"),
    ("de jadis", _SALIN + "Le locataire de l'Élysée de jadis a dénoncé « un mépris total ».",
     "locataire de l'Élysée de jadis"),
    ("d'antan", _SALIN + "« Nous avancerons ensemble », a dit le locataire de l'Élysée d'antan.",
     "locataire de l'Élysée d'antan"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("bygone_words", BYGONE_WORDS))
def test_bygone_words(nlp, tmp_path, entry, text, role):
    (q,) = quotes_of(nlp, text)
    assert (q.speaker.name, q.speaker.role) == (None, role)
    with lacking(tmp_path, "bygone_words", entry):
        assert quotes_of(nlp, text)[0].speaker.name is not None


TABLES.update(bygone_words=BYGONE_WORDS)

# office_qualifiers.txt: (entry, text, speaker, role): an office followed by how or when it is
# held is still the home one at a home seat; without the entry, the word reads as another
# country's adjective (« président tchèque ») and the seat goes to no one
def _host(name: str, office: str) -> str:
    det = "la" if office.startswith("présidente") else "le"
    return (f"{name}, {office}, a reçu Paul Roy. « Bienvenue à tous », a répondu {det} "
            "locataire de l'Élysée.")


OFFICE_QUALIFIERS = [
    (word, _host(name, f"{office} {word}"), name, f"{office} {word}")
    for word, name, office in [
        ("élu", "Marc Salin", "président"), ("élue", "Claire Vidal", "présidente"),
        ("actuel", "Marc Salin", "président"), ("actuelle", "Claire Vidal", "présidente"),
        ("intérimaire", "Marc Salin", "président"), ("délégué", "Marc Salin", "président"),
        ("déléguée", "Claire Vidal", "présidente"), ("pressenti", "Marc Salin", "président"),
        ("pressentie", "Claire Vidal", "présidente"),
    ]
]


@pytest.mark.parametrize(("entry", "text", "speaker", "role"),
                         rows("office_qualifiers", OFFICE_QUALIFIERS))
def test_office_qualifiers(nlp, tmp_path, entry, text, speaker, role):
    (q,) = quotes_of(nlp, text)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
    with lacking(tmp_path, "office_qualifiers", entry):
        assert quotes_of(nlp, text)[0].speaker.name is None


# the participles read only when the role keeps them (« Premier ministre désigné » after a
# postposed cue; « Première ministre nommée » in apposition): every entry is checked on the role
# itself too, no place abroad with the entry, another country's adjective without it
_QUALIFIED_OFFICES = {
    "élu": "président élu", "élue": "présidente élue", "actuel": "président actuel",
    "actuelle": "présidente actuelle", "intérimaire": "président intérimaire",
    "délégué": "ministre délégué", "déléguée": "ministre déléguée",
    "pressenti": "président pressenti", "pressentie": "présidente pressentie",
    "désigné": "Premier ministre désigné", "désignée": "Première ministre désignée",
    "nommé": "Premier ministre nommé", "nommée": "Première ministre nommée",
    "chargé": "ministre chargé des Transports", "chargée": "ministre chargée des Transports",
}


@pytest.mark.parametrize("entry", sorted(_QUALIFIED_OFFICES))
def test_an_office_qualifier_names_no_place(tmp_path, entry):
    from quotes.attribute.offices import abroad

    role = _QUALIFIED_OFFICES[entry]
    assert not abroad(role)
    with lacking(tmp_path, "office_qualifiers", entry):
        assert abroad(role)


def test_every_office_qualifier_is_checked():
    """Every entry has its role above (the sentence rows cover the entries a role keeps)."""
    assert set(_QUALIFIED_OFFICES) == set(words("office_qualifiers"))



# body_voices.txt: (entry, role): two outlets give the words to the préfecture, the third to a
# person described at its cue by the role: with the entry, that person speaks for the body and
# takes its name from the group; without it, a function never takes a body's name
BODY_VOICES = [
    ("porte-parole", "porte-parole"),
    ("représentant", "représentant de l'État"),
    ("représentante", "représentante"),
    ("chargé de communication", "chargé de communication"),
    ("chargée de communication", "chargée de communication"),
]
_SAID_FOR_BODY = "Les travaux de consolidation du pont dureront au moins six mois encore"


def _said_for_body(qid: str, speaker: Speaker) -> Quote:
    from quotes.model import ArticleRef, Cue, Span

    span = Span(0, len(_SAID_FOR_BODY), _SAID_FOR_BODY)
    return Quote(id=qid, article=ArticleRef(qid, qid), type="direct", span=span, sentence=span,
                 cue=Cue("a dit", "dire", 0, 5), speaker=speaker)


@pytest.mark.parametrize(("entry", "role"), rows("body_voices", BODY_VOICES))
def test_body_voice(tmp_path, entry, role):
    from quotes.group.grouping import group_quotes
    from quotes.model import Span

    body = [_said_for_body(q, Speaker("préfecture de la Manche", Span(0, 9, "la préfecture"),
                                      None, "organization", "explicit", confidence=0.95))
            for q in ("a1", "a2")]
    words = f"le {role}"
    person = _said_for_body("a3", Speaker(None, Span(0, len(words), words), role, "person",
                                          "unresolved", confidence=0.02))
    assert group_quotes([*body, person])[0][2].speaker.name == "préfecture de la Manche"
    with lacking(tmp_path, "body_voices", entry):
        assert group_quotes([*body, person])[0][2].speaker.name is None


TABLES.update(body_voices=BODY_VOICES)

# question_openers.txt: (entry, the question): a verb of asking that names whom it asks, with a
# clause complement the entry opens, puts a question: the words with no cue after it are the
# answer of the one asked; without the entry, a request, and the asker goes on
_ASKED = ("« Le budget sera tenu », a affirmé le ministre Paul Roux. La journaliste Anne Vidal "
          "lui a demandé {0}. « Je n'en dirai pas davantage ce soir. »")
QUESTION_OPENERS = [
    ("si", "si le texte serait retiré"),
    ("s'", "s'ils voteraient le texte"),
    ("comment", "comment le budget serait tenu"),
    ("pourquoi", "pourquoi le texte avait été retiré"),
    ("combien", "combien coûterait le nouveau pont"),
    ("quand", "quand le pont rouvrirait"),
    ("où", "où se tiendrait le sommet"),
    ("qui", "qui serait nommé à la tête du port"),
    ("quel", "quel budget serait voté"),
    ("quelle", "quelle ville accueillerait le sommet"),
    ("quels", "quels élus voteraient le texte"),
    ("quelles", "quelles écoles fermeraient"),
]


@pytest.mark.parametrize(("entry", "question"), rows("question_openers", QUESTION_OPENERS))
def test_question_opener(nlp, tmp_path, entry, question):
    text = _ASKED.format(question)
    assert f"demandé {entry}" in text
    said = "Je n'en dirai pas davantage ce soir."
    assert the_quote(nlp, text, said).speaker.name == "Paul Roux"
    with lacking(tmp_path, "question_openers", entry):
        assert the_quote(nlp, text, said).speaker.name == "Anne Vidal"


TABLES.update(question_openers=QUESTION_OPENERS)

# topic_asking_verbs.txt: (entry, sentence): the verb with « sur » puts a question on a topic:
# the words with no cue after it are the answer of the one asked; without the entry, the asker
# goes on
_ASKED_ON = ("« Le budget sera tenu », a affirmé le ministre Paul Roux. La députée Anne Vidal "
             "l'a {0} sur les comptes de la ville. « Ils sont justes, je vous le garantis. »")
TOPIC_ASKING_VERBS = [
    ("interroger", _ASKED_ON.format("interrogé")),
    ("questionner", _ASKED_ON.format("questionné")),
]


@pytest.mark.parametrize(("entry", "text"), rows("topic_asking_verbs", TOPIC_ASKING_VERBS))
def test_topic_asking_verb(nlp, tmp_path, entry, text):
    said = "Ils sont justes, je vous le garantis."
    assert the_quote(nlp, text, said).speaker.name == "Paul Roux"
    with lacking(tmp_path, "topic_asking_verbs", entry):
        assert the_quote(nlp, text, said).speaker.name == "Anne Vidal"


TABLES.update(topic_asking_verbs=TOPIC_ASKING_VERBS)

# crowd_nouns.txt: (entry, sentence): many people who chant or cry as one are that crowd, named
# by the noun; without the entry, nobody of the cast
CROWD_NOUNS = [
    ("foule", "Le maire Paul Roux est arrivé sur la place. « Démission ! Démission ! », a scandé "
     "la foule."),
]


@pytest.mark.parametrize(("entry", "text"), rows("crowd_nouns", CROWD_NOUNS))
def test_crowd_noun(nlp, tmp_path, entry, text):
    said = marked(text)
    who = the_quote(nlp, text, said).speaker
    assert (who.name, who.kind) == (entry, "person")
    with lacking(tmp_path, "crowd_nouns", entry):
        assert the_quote(nlp, text, said).speaker.name != entry


TABLES.update(crowd_nouns=CROWD_NOUNS)


# a second hat is the listed noun itself, in the other gender its ending gives too: (sentence,
# the quote of the office, who says it); a role noun that only opens like a listed one
# (« porte-voix », « conservatrice ») is another function
@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("La présidente du parti, Léa Brun, a parlé lundi. « Nous tiendrons », a-t-elle dit.\n\n"
     "« Le budget suivra », a promis la ministre de l’Économie.", "Le budget suivra", "Léa Brun"),
    ("Anne Morel, élue du parti à Lyon, a parlé mardi. « Nous restons unies », a-t-elle dit."
     "\n\n« La loi sera appliquée », a assuré la ministre de la Justice.",
     "La loi sera appliquée", "Anne Morel"),
    ("La conseillère régionale Léa Brun a parlé lundi. « Nous tiendrons », a-t-elle dit.\n\n"
     "« Le budget suivra », a promis la ministre de l’Économie.", "Le budget suivra", "Léa Brun"),
    ("Le porte-voix du collectif, Paul Roux, a parlé mardi. « Nous restons unis », a-t-il dit."
     "\n\n« Le pays attendra », lance le ministre de l’Intérieur.", "Le pays attendra", None),
    ("La conservatrice du musée, Léa Brun, a parlé lundi. « Nous tiendrons », a-t-elle dit.\n\n"
     "« Le budget suivra », a promis la ministre de l’Économie.", "Le budget suivra", None),
])
def test_second_hat_is_the_noun_itself(nlp, text, said, speaker):
    assert the_quote(nlp, text, said).speaker.name == speaker


# naming_participles.txt: (entry, sentence, marked words that name a thing): the participle on a
# noun makes them a term, no quote; without the entry, they are reported
NAMING_PARTICIPLES = [
    ("dit", "Le maire a présenté un procédé dit « à froid » pour réparer les routes.",
     "à froid"),
    ("dite", "La commune a choisi une formule dite « à la carte » pour la cantine.",
     "à la carte"),
    ("dits", "La commune construira des logements dits « passifs » près de la gare.", "passifs"),
    ("dites", "Le maire a reçu les boutiques dites « historiques » du centre-ville.",
     "historiques"),
]


@pytest.mark.parametrize(("entry", "text", "term"),
                         rows("naming_participles", NAMING_PARTICIPLES))
def test_naming_participle(nlp, tmp_path, entry, text, term):
    assert f" {entry} « {term} »" in text
    assert not [q for q in beside_its_own_quote(nlp, text) if term in q.span.text]
    with lacking(tmp_path, "naming_participles", entry):
        assert [q for q in quotes_of(nlp, text) if term in q.span.text]


# binding_documents.txt: (entry, sentence, the infinitive « s'engager à » would report): named
# before the commitment in its sentence, the document holds it, nobody says it; without the
# entry, the infinitive is reported
BINDING_DOCUMENTS = [
    ("contrat", "Dans son contrat, l'entreprise Bravel s'est engagée à rembourser les clients "
     "lésés.", "rembourser les clients lésés"),
    ("bail", "En signant le bail, le locataire s'engage à payer le loyer chaque mois.",
     "payer le loyer chaque mois"),
    ("charte", "Les signataires de la charte s'engagent à respecter l'environnement.",
     "respecter l'environnement"),
    ("convention", "Par cette convention, la commune s'engage à entretenir le chemin.",
     "entretenir le chemin"),
    ("accord", "Aux termes de l'accord, le fournisseur s'engage à livrer les pièces avant juin.",
     "livrer les pièces avant juin"),
]


@pytest.mark.parametrize(("entry", "text", "said"), rows("binding_documents", BINDING_DOCUMENTS))
def test_binding_document(nlp, tmp_path, entry, text, said):
    assert entry in text.lower().split(" s'engage")[0]
    assert not [q for q in beside_its_own_quote(nlp, text) if said in q.span.text]
    with lacking(tmp_path, "binding_documents", entry):
        assert said in [q.span.text for q in quotes_of(nlp, text)]


# court_functions.txt: (entry, sentence, the one the trial judged): a description holding the
# entry is an officer of the trial, never that one (``attribute.judged``); without the entry, it
# goes to that one, the person the article is about
_TRIED = "Paul Morel a été condamné lundi à Valbrune pour fraude. « La séance est ouverte », "
_TRIED_F = "Léa Morin a été condamnée lundi à Valbrune pour fraude. « La séance est ouverte », "
COURT_FUNCTIONS = [
    *[(noun, f"{_TRIED}a déclaré le {noun}.", "Paul Morel")
      for noun in ("juge", "magistrat", "greffier", "procureur")],
    ("juré", f"{_TRIED}a lancé le juré.", "Paul Morel"),
    ("avocat", f"{_TRIED}a déclaré l'avocat.", "Paul Morel"),
    *[(noun, f"{_TRIED_F}a déclaré la {noun}.", "Léa Morin")
      for noun in ("magistrate", "jurée", "greffière", "procureure")],
    ("avocate", f"{_TRIED_F}a déclaré l'avocate.", "Léa Morin"),
    ("tribunal", f"{_TRIED}a déclaré le président du tribunal.", "Paul Morel"),
    ("cour", f"{_TRIED}a déclaré le président de la cour.", "Paul Morel"),
    ("jury", f"{_TRIED}a déclaré le président du jury.", "Paul Morel"),
]


@pytest.mark.parametrize(("entry", "text", "judged"), rows("court_functions", COURT_FUNCTIONS))
def test_court_function(nlp, tmp_path, entry, text, judged):
    _officer_unresolved(nlp, tmp_path, "court_functions", entry, text, judged)


def _officer_unresolved(nlp, tmp_path, name: str, entry: str, text: str, judged: str) -> None:
    """The officer who opens the session is no one the article names; without the entry of
    lexicon/NAME.txt, ``judged``."""
    said = "La séance est ouverte"
    assert the_quote(nlp, text, said).speaker.name is None
    with lacking(tmp_path, name, entry):
        assert the_quote(nlp, text, said).speaker.name == judged


# judged_words.txt: (entry, sentence, who the officer is without the entry): the entry makes one
# named beside it judged, whom an officer of the trial never is; without it, the officer is the
# one of its gender named (last)
_OPEN = "« La séance est ouverte », a lancé le juré."  # an officer of the judged one's gender
_OPEN_F = "« La séance est ouverte », a déclaré la greffière."
JUDGED_WORDS = [
    *[(word, f"Paul Morel a été {word} lundi à Valbrune. {_OPEN}", "Paul Morel")
      for word in ("condamné", "jugé")],
    *[(word, f"Léa Morin a été {word} lundi à Valbrune. {_OPEN_F}", "Léa Morin")
      for word in ("condamnée", "jugée")],
    # (two named in one sentence are no one for a description; the one named since is)
    ("condamnés", f"Paul Morel et Marc Ollier ont été condamnés lundi. Marc Ollier a fait "
     f"appel. {_OPEN}", "Marc Ollier"),
    ("accusé", f"Paul Morel, accusé de fraude, est arrivé lundi. {_OPEN}", "Paul Morel"),
    ("accusée", f"Léa Morin, accusée de fraude, est arrivée lundi. {_OPEN_F}", "Léa Morin"),
    ("accusés", f"Assis dans le box des accusés, Paul Morel attendait. {_OPEN}", "Paul Morel"),
    *[(word, f"Le procès porte sur {article}{word} de la jeune Léa Morin. {_OPEN_F}", "Léa Morin")
      for word, article in (("meurtre", "le "), ("assassinat", "l'"))],
]


@pytest.mark.parametrize(("entry", "text", "judged"), rows("judged_words", JUDGED_WORDS))
def test_judged_word(nlp, tmp_path, entry, text, judged):
    _officer_unresolved(nlp, tmp_path, "judged_words", entry, text, judged)


# body_held_roles.txt: (entry, sentence, the words the recogniser reads as a place): beside the
# entry, no person's name (« Olympique Vaudrey, champion de France »); without it, one
BODY_HELD_ROLES = [
    ("champion", "Olympique Vaudrey, champion de France de handball, a gagné.",
     "Olympique Vaudrey"),
    ("leader", "Val Morenne, leader des stations de ski, a ouvert.", "Val Morenne"),
]


@pytest.mark.parametrize(("entry", "text", "place"), rows("body_held_roles", BODY_HELD_ROLES))
def test_body_held_role(nlp, tmp_path, entry, text, place):
    doc = labelled(nlp, text, (place, "LOC"))
    found = [(e, n) for e in doc.ents if e.label_ == "PER" and (n := parse(e.text))]
    assert mislabelled(doc, found, lambda _: True) == []
    with lacking(tmp_path, "body_held_roles", entry):
        assert [s.text for s, _ in mislabelled(doc, found, lambda _: True)] == [place]


TABLES.update(naming_participles=NAMING_PARTICIPLES, binding_documents=BINDING_DOCUMENTS,
              court_functions=COURT_FUNCTIONS, judged_words=JUDGED_WORDS,
              body_held_roles=BODY_HELD_ROLES)


# shared_roles.txt: (entry, a role of it with a body's capitalised name): without the entry,
# two spellings given that role would be one person (attribute/batch_spellings._agree)
SHARED_ROLES = [(w, f"{w} du Stade Rennais") for w in (
    "joueur", "joueuse", "défenseur", "défenseuse", "attaquant", "attaquante", "milieu",
    "gardien", "gardienne", "avocat", "avocate", "conseiller", "conseillère", "député",
    "députée", "sénateur", "sénatrice", "adjoint", "adjointe", "élu", "élue", "membre",
    "salarié", "salariée", "militant", "militante")]


@pytest.mark.parametrize(("entry", "role"), rows("shared_roles", SHARED_ROLES))
def test_shared_role(tmp_path, entry, role):
    from quotes.attribute.spelling_evidence import agree as _agree

    assert not _agree(role, role)
    with lacking(tmp_path, "shared_roles", entry):
        assert _agree(role, role)


# stock_phrases.txt: (entry): its words break a run two quotes share (six words each side of
# it, so that only the phrase makes the run ten words or more)
STOCK_PHRASES = [(p,) for p in (
    "aucun commentaire", "pas de commentaire", "sans commentaire", "pas commenter",
    "pas nous exprimer", "pas s'exprimer", "rien à ajouter", "nous verrons", "on verra",
    "rien n'est décidé", "rien n'est exclu", "merci", "remercie", "remercions", "remercier")]


@pytest.mark.parametrize("entry", [p[0] for p in STOCK_PHRASES], ids=[p[0] for p in STOCK_PHRASES])
def test_stock_phrase(tmp_path, entry):
    from quotes.attribute.spelling_evidence import SAID_RUN
    from quotes.attribute.spelling_evidence import shared_run as _shared_run

    text = f"Je le redis ce soir sans détour {entry} à tous ceux qui suivent ce dossier"
    assert _shared_run(text, text) < SAID_RUN
    with lacking(tmp_path, "stock_phrases", entry):
        assert _shared_run(text, text) >= SAID_RUN


# colleague_nouns.txt: (entry, sentence): « Pour » + the peer + a name before a clause is that
# person's view; without the entry, a noun that names no speaker: no quote
COLLEAGUE_NOUNS = [
    ("collègue", "Pour son collègue Marc Olivan, le chantier a pris du retard à cause de la "
     "pluie."),
    ("confrère", "Pour son confrère Hugo Lanvin, la saison des vendanges s'annonce mauvaise."),
]


@pytest.mark.parametrize(("entry", "text"), COLLEAGUE_NOUNS,
                         ids=[r[0] for r in COLLEAGUE_NOUNS])
def test_colleague_noun(nlp, tmp_path, entry, text):
    name = text.split(",")[0].split(maxsplit=3)[3]
    assert [(q.speaker.name, q.cue.text if q.cue else None) for q in quotes_of(nlp, text)] == [
        (name, "Pour")]
    with lacking(tmp_path, "colleague_nouns", entry):
        assert beside_its_own_quote(nlp, text) == []


# setting_prepositions.txt: (entry, sentence, the speaker's role): the role ends before the
# setting of the function the entry opens; without the entry, it runs on
SETTING_PREPOSITIONS = [
    ("sous", "« Le départ est fixé à midi », a indiqué Luc Varin, coéquipier de longue date de "
     "Morel sous les couleurs françaises.", "coéquipier de longue date de Morel"),
]


@pytest.mark.parametrize(("entry", "text", "role"), SETTING_PREPOSITIONS,
                         ids=[r[0] for r in SETTING_PREPOSITIONS])
def test_setting_preposition(nlp, tmp_path, entry, text, role):
    assert the_quote(nlp, text, marked(text)).speaker.role == role
    with lacking(tmp_path, "setting_prepositions", entry):
        assert the_quote(nlp, text, marked(text)).speaker.role != role


# state_nouns.txt: (entry, sentence, the words of the subject): a noun that says a state, with
# an age, is a periphrasis and gives no role; without the entry, the noun is the function
STATE_NOUNS = [
    ("religieux", "Le religieux de 71 ans a béni la foule de Vernac.", "religieux de 71 ans"),
    ("religieuse", "La religieuse de 88 ans a béni la foule de Vernac.", "religieuse de 88 ans"),
    ("victime", "La victime de 25 ans a raconté la scène aux enquêteurs.", "victime de 25 ans"),
]

# (text, speaker, role): without an age too, a noun of state is no role but describes the
# person the article names: the role is the one the article gives them (GUIDELINES « Ages »:
# « victime »); without its entry, « la victime » is taken for a name, not Laura Petit
# (« religieux », « religieuse » are read as people by their ending all the same)
STATE_DESCRIPTIONS = [
    ("Le frère Paul Marin, prieur de Vernac, ouvre les portes. « Le monastère accueille tous "
     "les visiteurs », a expliqué le religieux.", "Paul Marin", "prieur de Vernac"),
    ("Sœur Anne Vidal, prieure de Vernac, ouvre les portes. « Le couvent accueille tous les "
     "visiteurs », a expliqué la religieuse.", "Anne Vidal", "prieure de Vernac"),
    ("Laura Petit, infirmière, a été agressée. « J'ai eu très peur », a raconté la victime.",
     "Laura Petit", "infirmière"),
]


@pytest.mark.parametrize(("text", "speaker", "role"), STATE_DESCRIPTIONS)
def test_a_state_noun_describes_with_no_role(nlp, tmp_path, text, speaker, role):
    (q,) = quotes_of(nlp, text)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
    if "victime" in text:
        with lacking(tmp_path, "state_nouns", "victime"):
            assert quotes_of(nlp, text)[0].speaker.name != speaker


@pytest.mark.parametrize(("entry", "text", "words"), STATE_NOUNS, ids=[r[0] for r in STATE_NOUNS])
def test_state_noun(nlp, tmp_path, entry, text, words):
    doc = nlp(text)
    span = doc.char_span(text.index(words), text.index(words) + len(words))
    assert span is not None
    assert role_span(doc, span.start, span.end) is None
    assert function(words) is None
    with lacking(tmp_path, "state_nouns", entry):
        assert function(words) == entry
        if is_role_noun(entry):  # a role noun's mention is then read as its role
            found = role_span(doc, span.start, span.end)
            assert found is not None and found[0] == entry


# coordinated_offices.txt: (entry, sentence, role): one office whose own name is written with
# « et » is the role whole, its complement kept; without the entry, two functions: the first
COORDINATED_OFFICES = [
    ("président et directeur général", "« Nous investirons », a dit Marc Joly, président et "
     "directeur général de Valmor.", "président et directeur général de Valmor"),
    ("présidente et directrice générale", "« Nous investirons », a dit Claire Joly, présidente "
     "et directrice générale de Valmor.", "présidente et directrice générale de Valmor"),
    ("président et chef de la direction", "« Nous vendrons », a dit Marc Joly, président et chef "
     "de la direction des Laiteries Valmor.",
     "président et chef de la direction des Laiteries Valmor"),
    ("présidente et cheffe de la direction", "« Nous vendrons », a dit Claire Joly, présidente "
     "et cheffe de la direction de Valmor.", "présidente et cheffe de la direction de Valmor"),
]


@pytest.mark.parametrize(("entry", "text", "role"), COORDINATED_OFFICES,
                         ids=[r[0] for r in COORDINATED_OFFICES])
def test_coordinated_office(nlp, tmp_path, entry, text, role):
    said = text[text.index("«") + 1 : text.index("»")].strip()
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "coordinated_offices", entry):
        assert the_quote(nlp, text, said).speaker.role == entry.split()[0]


# trait_nouns.txt: (entry, sentence, role): after an age, a complement whose noun is the entry
# says how the holder is, no body: the bare function; without the entry, the complement is kept
TRAIT_NOUNS = [
    ("nationalité", "« Nous gagnerons », a dit Tom Leroy, le joueur de 31 ans de la même "
     "nationalité.", "joueur de la même nationalité"),
    ("origine", "« Je n'ai rien vu », a dit Paul Morel, le maçon de 44 ans de l'origine la plus "
     "modeste.", "maçon de l'origine la plus modeste"),
    ("génération", "« Nous tiendrons », a dit Léa Morin, la joueuse de 24 ans de la même "
     "génération.", "joueuse de la même génération"),
]


@pytest.mark.parametrize(("entry", "text", "role"), TRAIT_NOUNS, ids=[r[0] for r in TRAIT_NOUNS])
def test_trait_noun(nlp, tmp_path, entry, text, role):
    said = text[text.index("«") + 1 : text.index("»")].strip()
    assert the_quote(nlp, text, said).speaker.role == role.split()[0]
    with lacking(tmp_path, "trait_nouns", entry):
        assert the_quote(nlp, text, said).speaker.role == role


TABLES.update(shared_roles=SHARED_ROLES, stock_phrases=STOCK_PHRASES,
              colleague_nouns=COLLEAGUE_NOUNS, setting_prepositions=SETTING_PREPOSITIONS,
              state_nouns=STATE_NOUNS, coordinated_offices=COORDINATED_OFFICES,
              trait_nouns=TRAIT_NOUNS)


# empty_openers.txt: (entry): one statement two outlets open at different words, the shorter
# opened by the entry (« Cependant, l'usine fermera … »), the longer by none (« L'usine
# fermera … depuis hier »): one statement past the entry; without it, two
EMPTY_OPENERS = [(w,) for w in ("mais", "et", "or", "donc", "le", "la", "les", "l'", "un", "une",
                                "des", "du")]
TABLES.update(empty_openers=EMPTY_OPENERS)


@pytest.mark.parametrize("entry", [r[0] for r in EMPTY_OPENERS])
def test_empty_opener(tmp_path, entry):
    from quotes.group.one_story import _same_words
    from quotes.group.similarity import normalize

    tail = "usine fermera ses portes à la fin du mois de juin"
    one, other = (normalize(x).split() for x in (f"{entry} {tail}", f"{tail} a dit le maire"))
    assert _same_words(one, other)
    with lacking(tmp_path, "empty_openers", entry):
        assert not _same_words(one, other)


@pytest.mark.parametrize("entry", [r[0] for r in NARRATOR_LINKS])
def test_narrator_link_is_an_empty_opener(tmp_path, entry):
    """A connector of the narrator's (narrator_links.txt) opens a statement as empty_openers.txt's
    words do (« Néanmoins, l'usine fermera … »); without the entry, two statements."""
    from quotes.group.one_story import _same_words
    from quotes.group.similarity import normalize

    tail = "usine fermera ses portes à la fin du mois de juin"
    one, other = (normalize(x).split() for x in (f"{entry} {tail}", f"{tail} a dit le maire"))
    assert _same_words(one, other)
    with lacking(tmp_path, "narrator_links", entry):
        assert not _same_words(one, other)


# newsroom_roles.txt: (entry, sentence, the words above the signature, the name signing them):
# a role of the paper's own after the name makes the line a reporter's or an editor's
# signature, no pull quote; without the entry, the words are the name's
NEWSROOM_ROLES = [
    ("envoyé spécial", "Le reporter Julien Marchand a traversé la région.\n\nNous avons vu "
     "trois villages entièrement vides.\n\nJulien Marchand, envoyé spécial à Kherson",
     "Nous avons vu trois villages entièrement vides.", "Julien Marchand"),
    ("envoyée spéciale", "La reporter Anne Roy a traversé la région.\n\nNous avons vu trois "
     "villages entièrement vides.\n\nAnne Roy, envoyée spéciale à Kherson",
     "Nous avons vu trois villages entièrement vides.", "Anne Roy"),
    ("correspondant", "Le reporter Paul Garnier a suivi le sommet.\n\nNous avons attendu "
     "les délégués toute la nuit.\n\nPaul Garnier, correspondant à Moscou",
     "Nous avons attendu les délégués toute la nuit.", "Paul Garnier"),
    ("correspondante", "La reporter Claire Petit a suivi le sommet.\n\nNous avons attendu "
     "les délégués toute la nuit.\n\nClaire Petit, correspondante à Rome",
     "Nous avons attendu les délégués toute la nuit.", "Claire Petit"),
    ("rédacteur en chef", "Le directeur Marc Olier a présenté la nouvelle formule.\n\nVous "
     "êtes nombreux à nous lire chaque matin.\n\nMarc Olier, rédacteur en chef",
     "Vous êtes nombreux à nous lire chaque matin.", "Marc Olier"),
    ("rédactrice en chef", "La directrice Lucie Martin a présenté la nouvelle formule.\n\n"
     "Vous êtes nombreux à nous lire chaque matin.\n\nLucie Martin, rédactrice en chef",
     "Vous êtes nombreux à nous lire chaque matin.", "Lucie Martin"),
    ("journaliste", "Le reporter Hugo Tassin a suivi le procès.\n\nNous avons assisté à "
     "toutes les audiences.\n\nHugo Tassin, journaliste au service politique",
     "Nous avons assisté à toutes les audiences.", "Hugo Tassin"),
    ("photographe", "La reporter Inès Caradec a suivi la course.\n\nNous avons attendu les "
     "coureurs au sommet du col.\n\nInès Caradec, photographe de l'agence",
     "Nous avons attendu les coureurs au sommet du col.", "Inès Caradec"),
    ("notre", "La reporter Lina Morvan a suivi le sommet.\n\nNous avons attendu les délégués "
     "toute la nuit.\n\nLina Morvan, notre correspondante à Rome",
     "Nous avons attendu les délégués toute la nuit.", "Lina Morvan"),
]
TABLES.update(newsroom_roles=NEWSROOM_ROLES)


@pytest.mark.parametrize(("entry", "text", "said", "name"), rows("newsroom_roles", NEWSROOM_ROLES))
def test_newsroom_role(nlp, tmp_path, entry, text, said, name):
    """The words above a name and a newsroom role are no pull quote of that name."""
    assert fold(text.split("\n\n")[-1].split(", ", 1)[1]).startswith(fold(entry))
    assert not [q for q in beside_its_own_quote(nlp, text) if "signed-line" in q.evidence]
    with lacking(tmp_path, "newsroom_roles", entry):
        assert the_quote(nlp, text, said).speaker.name == name


# after every table, those registered late with ``TABLES.update`` too
@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_entry_has_a_row(name):
    """One row per entry, no row for a word the list lacks, no entry twice."""
    entries = [row[0].lower() for row in TABLES[name]]
    assert len(entries) == len(set(entries))
    assert set(entries) == set(words(name))


# body_kinds.tsv: (entry, sentence, the speaker): a body named by the entry and a proper name
# (a person's, often) is that body, no person; a definite noun of its kind later, with a place
# or not, stands for it; without the entry, it does not
BODY_KINDS = [
    ("hôpital", "Un patient a été admis au centre hospitalier Louis Pasteur. « Il va mieux », a "
     "indiqué l'hôpital.", "centre hospitalier Louis Pasteur"),
    ("centre hospitalier", "Un patient a été admis au centre hospitalier Louis Pasteur. « Il va "
     "mieux », a indiqué le centre hospitalier.", "centre hospitalier Louis Pasteur"),
    ("clinique", "Une patiente a été opérée à la clinique Henri Dunant. « Elle va mieux », a "
     "indiqué la clinique de Melun.", "clinique Henri Dunant"),
    ("lycée", "Un élève a été blessé au lycée Paul Éluard. « Nous sommes choqués », a indiqué le "
     "lycée de Tours.", "lycée Paul Éluard"),
    ("collège", "Un élève a été blessé au collège Jean Jaurès. « Nous sommes choqués », a indiqué "
     "le collège de Blois.", "collège Jean Jaurès"),
    ("école", "Un élève a été blessé à l'école Marie Curie. « Nous sommes choqués », a indiqué "
     "l'école de Vierzon.", "école Marie Curie"),
    ("université", "Un étudiant a été agressé à l'université Jean Monnet. « Nous portons "
     "plainte », a indiqué l'université de Saint-Étienne.", "université Jean Monnet"),
    ("stade", "Le match au stade Lucien Morin est reporté. « La pelouse est gelée », a indiqué "
     "le stade.", "stade Lucien Morin"),
    ("musée", "Un tableau a été volé au musée Paul Dupas. « Nous avons porté plainte », a indiqué "
     "le musée de Vannes.", "musée Paul Dupas"),
    ("établissement", "Un élève du lycée Paul Éluard a été exclu. « La sanction est juste », a "
     "indiqué l'établissement.", "lycée Paul Éluard"),
    ("groupe scolaire", "Une classe du groupe scolaire Louise Michel a fermé. « Nous manquons "
     "d'enseignants », a indiqué l'école.", "groupe scolaire Louise Michel"),
    ("théâtre", "Le spectacle du théâtre Jean Vilar est annulé. « Un comédien est malade », a "
     "indiqué le théâtre d'Avignon.", "théâtre Jean Vilar"),
    ("médiathèque", "Des livres rares ont disparu de la médiathèque Émile Zola. « Nous avons porté "
     "plainte », a indiqué la médiathèque.", "médiathèque Émile Zola"),
    ("aéroport", "Des vols ont été annulés à l'aéroport Roland Garros. « Le trafic reprendra "
     "demain », a indiqué l'aéroport.", "aéroport Roland Garros"),
    ("ehpad", "Une résidente de l'Ehpad Les Tilleuls est morte. « La famille a été prévenue », a "
     "indiqué l'établissement.", "Ehpad Les Tilleuls"),
    ("jury", "Le roman de Lucie Marchal a été primé jeudi. « Ce livre dit la vérité d'une "
     "époque », a annoncé le jury Delmotte.", "jury Delmotte"),
]


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("body_kinds", BODY_KINDS))
def test_body_kind(nlp, tmp_path, entry, text, speaker):
    from quotes.lexicon import use_folder

    said = marked(text)
    assert the_quote(nlp, text, said).speaker.name == speaker
    kept = [row for row in table("body_kinds") if row[0] != entry]
    (tmp_path / "body_kinds.tsv").write_text(
        "\n".join("\t".join(row) for row in kept) + "\n", encoding="utf-8")
    use_folder(tmp_path)
    try:
        assert the_quote(nlp, text, said).speaker.name != speaker
    finally:
        use_folder(None)


def test_every_body_kind_has_a_row():
    assert [row[0] for row in BODY_KINDS] == [noun for noun, _ in table("body_kinds")]


# epithet_domains.tsv: (entry, sentence, the speaker): the epithet of that domain stands for the
# one given a role of it, not for the one of its gender named last
EPITHET_DOMAINS = [
    ("droit", "L'avocat Jean Castel défend Paul Morel. « Le dossier est vide », a dit l'homme de "
     "droit.", "Jean Castel"),
    ("loi", "Le juge Marc Petit a entendu Paul Morel. « La peine sera lourde », a prévenu "
     "l'homme de loi.", "Marc Petit"),
    ("robe", "Le magistrat Luc Vidal a reçu Paul Morel. « Tout sera examiné », a promis l'homme "
     "de robe.", "Luc Vidal"),
    ("lettres", "La romancière Anne Martel a dîné avec la ministre Claire Vidal. « Il faut lire "
     "encore », a lancé la femme de lettres.", "Anne Martel"),
    ("sciences", "La biologiste Anne Petit a rencontré la ministre Claire Vidal. « Les données "
     "manquent », a regretté la femme de sciences.", "Anne Petit"),
    ("science", "Le physicien Marc Roux a croisé Paul Morel. « Rien n'est prouvé », a rappelé "
     "l'homme de science.", "Marc Roux"),
    ("terrain", "L'entraîneur Marc Roux a félicité Paul Morel. « Le groupe a bien réagi », a dit "
     "l'homme de terrain.", "Marc Roux"),
    ("ballon", "Le footballeur Marc Roux a salué Paul Morel. « Nous irons chercher la coupe », a "
     "lancé l'homme du ballon.", "Marc Roux"),
    ("scène", "La comédienne Anne Petit a rencontré la ministre Claire Vidal. « Le théâtre doit "
     "vivre », a dit la femme de scène.", "Anne Petit"),
]
# title_roles.tsv: (entry, sentence, the speaker): the title gives the role an epithet fits
TITLE_ROLES = [
    ("Me", "Me Lionel Barde défend Paul Morel. « Le dossier est vide », a dit l'homme de droit.",
     "Lionel Barde"),
    ("Mᵉ", "Mᵉ Lionel Barde défend Paul Morel. « Rien ne tient », a dit l'homme de loi.",
     "Lionel Barde"),
    ("Maître", "Maître Lionel Barde défend Paul Morel. « Nous ferons appel », a dit l'homme de "
     "robe.", "Lionel Barde"),
]


def _without(nlp, tmp_path, name, entry, text):
    """The speaker of the one quote of ``text`` with the list ``name`` less its ``entry``."""
    from quotes.lexicon import use_folder

    kept = [row for row in table(name) if row[0] != entry]
    (tmp_path / f"{name}.tsv").write_text(
        "\n".join("\t".join(row) for row in kept) + "\n", encoding="utf-8")
    use_folder(tmp_path)
    try:
        return the_quote(nlp, text, marked(text)).speaker.name
    finally:
        use_folder(None)


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("epithet_domains", EPITHET_DOMAINS))
def test_epithet_domain(nlp, tmp_path, entry, text, speaker):
    assert the_quote(nlp, text, marked(text)).speaker.name == speaker
    assert _without(nlp, tmp_path, "epithet_domains", entry, text) != speaker


@pytest.mark.parametrize(("entry", "text", "speaker"), rows("title_roles", TITLE_ROLES))
def test_title_role(nlp, tmp_path, entry, text, speaker):
    assert the_quote(nlp, text, marked(text)).speaker.name == speaker
    assert _without(nlp, tmp_path, "title_roles", entry, text) != speaker


def test_every_epithet_domain_and_title_role_has_a_row():
    assert [r[0] for r in EPITHET_DOMAINS] == [r[0] for r in table("epithet_domains")]
    assert [r[0] for r in TITLE_ROLES] == [r[0] for r in table("title_roles")]


# short_forms.tsv: (entry, sentence, the speaker, role, gender): the initials of an office after
# a determiner stand for the office, whoever the article gives it; without the entry, they are
# taken for a name
SHORT_FORMS = [
    ("PM", "Le Premier ministre Paul Roux a reçu le maire de Lyon, Marc Petit. « Nous tiendrons "
     "bon », a dit le PM.", "Paul Roux", "Premier ministre", "male"),
    ("PR", "La présidente de la République Anne Morel a reçu le maire de Lyon, Marc Petit. « Nous "
     "tiendrons bon », a dit la PR.", "Anne Morel", "présidente de la République", "female"),
]


@pytest.mark.parametrize(("entry", "text", "speaker", "role", "gender"),
                         rows("short_forms", SHORT_FORMS))
def test_short_form(nlp, tmp_path, entry, text, speaker, role, gender):
    said = the_quote(nlp, text, marked(text)).speaker
    assert (said.name, said.role, said.gender) == (speaker, role, gender)
    assert _without(nlp, tmp_path, "short_forms", entry, text) != speaker


def test_every_short_form_has_a_row():
    assert [r[0] for r in SHORT_FORMS] == [r[0] for r in table("short_forms")]


# presence_places.txt: (entry, sentence, the speaker's role, which ends before the entry)
PRESENCE_PLACES = [
    ("sur place", "« Le feu est maîtrisé », a expliqué le capitaine Paul Morel, le porte-parole "
     "des pompiers sur place.", "porte-parole des pompiers"),
    ("sur les lieux", "« Le feu est maîtrisé », a expliqué le lieutenant Paul Morel, "
     "le porte-parole des secours sur les lieux.", "porte-parole des secours"),
]


@pytest.mark.parametrize(("entry", "text", "role"), rows("presence_places", PRESENCE_PLACES))
def test_presence_place(nlp, entry, text, role):
    """Where the holder stands as they speak is no part of the role."""
    assert the_quote(nlp, text, marked(text)).speaker.role == role


def test_every_presence_place_has_a_row():
    assert {row[0] for row in PRESENCE_PLACES} == set(words("presence_places"))


# speaking_asides.txt: (entry, text, the words of the quote, the speaker's role, which ends
# before the entry); without the entry, the role runs on into it
SPEAKING_ASIDES = [
    ("de son côté", "Le recteur d'académie de son côté a jugé que « la rentrée aura lieu ».",
     "« la rentrée aura lieu »", "recteur d'académie"),
    ("pour sa part", "Le maire de Brévans pour sa part a jugé que « la route sera refaite ».",
     "« la route sera refaite »", "maire de Brévans"),
]


@pytest.mark.parametrize(
    ("entry", "text", "said", "role"), rows("speaking_asides", SPEAKING_ASIDES))
def test_speaking_aside(nlp, tmp_path, entry, text, said, role):
    """How the holder speaks is no part of the role."""
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "speaking_asides", entry):
        assert the_quote(nlp, text, said).speaker.role != role


def test_every_speaking_aside_has_a_row():
    assert {row[0] for row in SPEAKING_ASIDES} == set(words("speaking_asides"))


# speaking_audiences.txt: (entry, text, the words of the quote, the speaker's role, which ends
# before « à », « aux » or « auprès de » and the entry after its complement); without the
# entry, the role runs on into it
SPEAKING_AUDIENCES = [
    ("presse", "« Le suspect a été interpellé », a indiqué le procureur de Brévans à la "
     "presse. « Il sera jugé lundi », a précisé Lucien Varlet.", "Il sera jugé lundi",
     "procureur de Brévans"),
    ("journalistes", "« Le suspect a été interpellé », a indiqué le procureur de Brévans aux "
     "journalistes. « Il sera jugé lundi », a précisé Lucien Varlet.", "Il sera jugé lundi",
     "procureur de Brévans"),
    ("journaliste", "« Le quai sera dragué en mars », confie Yvon Le Bihan, capitaine du port "
     "de plaisance de Vernac à un journaliste de l'AFP.", "Le quai sera dragué en mars",
     "capitaine du port de plaisance de Vernac"),
    ("médias", "« La route restera fermée », a expliqué Lucie Garnier, directrice des routes du "
     "département auprès des médias.", "La route restera fermée",
     "directrice des routes du département"),
    ("reporters", "« Nous avons retrouvé deux randonneurs », a déclaré Marc Fabre, chef du "
     "peloton de gendarmerie de montagne à des reporters.", "Nous avons retrouvé deux randonneurs",
     "chef du peloton de gendarmerie de montagne"),
]


@pytest.mark.parametrize(
    ("entry", "text", "said", "role"), rows("speaking_audiences", SPEAKING_AUDIENCES))
def test_speaking_audience(nlp, tmp_path, entry, text, said, role):
    """To whom the holder speaks, after the role's complement, is no part of the role."""
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "speaking_audiences", entry):
        assert the_quote(nlp, text, said).speaker.role != role


def test_every_speaking_audience_has_a_row():
    assert {row[0] for row in SPEAKING_AUDIENCES} == set(words("speaking_audiences"))


# manner_nouns.txt: (entry, text, the words of the quote, the speaker's role, which ends before
# « de », the demonstrative and the entry); without the entry, the role runs on into it
MANNER_NOUNS = [
    ("façon", "« Les coques partiront en juin », a résumé la ministre de cette façon.",
     "Les coques partiront en juin", "ministre"),
    ("manière", "« Le chantier reprendra en mai », a expliqué le préfet de cette manière.",
     "Le chantier reprendra en mai", "préfet"),
    ("fait", "« Le marché est annulé », a conclu la présidente de ce fait.",
     "Le marché est annulé", "présidente"),
]


@pytest.mark.parametrize(("entry", "text", "said", "role"), rows("manner_nouns", MANNER_NOUNS))
def test_manner_noun(nlp, tmp_path, entry, text, said, role):
    """A manner or a cause after « de » and a demonstrative is the verb's, no part of the role."""
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "manner_nouns", entry):
        assert the_quote(nlp, text, said).speaker.role != role


def test_every_manner_noun_has_a_row():
    assert {row[0] for row in MANNER_NOUNS} == set(words("manner_nouns"))


@pytest.mark.parametrize(("text", "said", "role"), [
    # right after the role noun, or before a complement of its own, the phrase is the role's
    ("« Le texte sera retiré », a indiqué Odile Ferrand, conseillère à la presse du ministre.",
     "Le texte sera retiré", "conseillère à la presse du ministre"),
    ("« Le texte sera retiré », a indiqué Odile Ferrand, responsable des relations à la presse "
     "du ministère.", "Le texte sera retiré", "responsable des relations à la presse du ministère"),
    ("« Le texte sera retiré », a indiqué Lucien Varlet, attaché à la presse de l'ambassade.",
     "Le texte sera retiré", "attaché à la presse de l'ambassade"),
    ("« Le texte sera retiré », a indiqué Odile Ferrand, déléguée aux journalistes étrangers au "
     "Quai d'Orsay.", "Le texte sera retiré",
     "déléguée aux journalistes étrangers au Quai d'Orsay"),
])
def test_a_speaking_audience_of_the_role_itself(nlp, text, said, role):
    assert the_quote(nlp, text, said).speaker.role == role


# town_nouns.txt: (entry, text, the words of the quote, the speaker's role): « maire de la
# ville » after the « maire de Brévans » the article gave the same person before the quote is
# that one; without the entry, the role stays as the quote shows it
TOWN_NOUNS = [
    ("ville", "Odile Ferrand, maire de Brévans, a visité le chantier. Selon la maire de la ville, "
     "Odile Ferrand, « les travaux dureront un an ».", "les travaux dureront un an",
     "maire de Brévans"),
    ("commune", "Lucien Varlet, maire de Brévans, a inauguré la salle. Selon le maire de la "
     "commune, Lucien Varlet, « la salle a coûté peu ».", "la salle a coûté peu",
     "maire de Brévans"),
    ("village", "Lucien Varlet, maire de Saint-Brévans, a inauguré la salle. Selon le maire du "
     "village, Lucien Varlet, « la salle a coûté peu ».", "la salle a coûté peu",
     "maire de Saint-Brévans"),
    ("bourg", "Lucien Varlet, maire de Brévans, a inauguré la salle. Selon le maire du bourg, "
     "Lucien Varlet, « la salle a coûté peu ».", "la salle a coûté peu", "maire de Brévans"),
    ("département", "Luc Morel, préfet de Vendée, a visité le site. Selon le préfet du "
     "département, Luc Morel, « la route rouvrira lundi ».", "la route rouvrira lundi",
     "préfet de Vendée"),
]


@pytest.mark.parametrize(("entry", "text", "said", "role"), rows("town_nouns", TOWN_NOUNS))
def test_town_noun(nlp, tmp_path, entry, text, said, role):
    """A town named again without its name is the one the article named before the quote."""
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "town_nouns", entry):
        assert the_quote(nlp, text, said).speaker.role != role


def test_every_town_noun_has_a_row():
    assert {row[0] for row in TOWN_NOUNS} == set(words("town_nouns"))


# text_kinds.txt: (entry, text, the words of the quote, the source's role): after « selon », a
# speech noun, « de » and the entry, the « de » after it names whose the text is, the source;
# without the entry, the source is not that one
TEXT_KINDS = [
    ("presse", "Selon un communiqué de presse du préfet de l'Aude, la route restera fermée.",
     "la route restera fermée", "préfet de l'Aude"),
    ("intention", "Selon la déclaration d'intention du maire, la salle rouvrira lundi.",
     "la salle rouvrira lundi", "maire"),
]


@pytest.mark.parametrize(("entry", "text", "said", "role"), rows("text_kinds", TEXT_KINDS))
def test_text_kind(nlp, tmp_path, entry, text, said, role):
    """A text named by its kind speaks for the one the « de » after its kind names."""
    assert the_quote(nlp, text, said).speaker.role == role
    with lacking(tmp_path, "text_kinds", entry):
        assert the_quote(nlp, text, said).speaker.role != role


def test_every_text_kind_has_a_row():
    assert {row[0] for row in TEXT_KINDS} == set(words("text_kinds"))


# function_bodies.tsv: each kind noun (with the descriptions of it by gender and a body of
# its kind), each officer noun and each body name of a kind, as the role of one of the cast,
# make that one the one the kind noun names (a minister named before is not)
FUNCTION_KINDS = {"syndicaliste": ("le syndicaliste", "la syndicaliste", "CGT")}
_KINDS = [(noun, officers.split(", "), bodies.split(", "))
          for noun, officers, bodies in table("function_bodies")]


def _kind_row(noun: str, officer: str, body: str) -> tuple[str, str]:
    """A text where the officer of the body is the only one the kind noun can name."""
    masculine, feminine, _ = FUNCTION_KINDS[noun]
    woman = officer.endswith("e") and officer[:-1] in {o for _, offs, _ in _KINDS for o in offs}
    who, det, desc = ("Anne Roy", "La", feminine) if woman else ("Paul Roy", "Le", masculine)
    written = body + "Rail" if body.endswith("-") else body
    return (f"Le ministre du Travail, Marc Vernet, a parlé. {det} {officer} de la section "
            f"{written}, {who}, a répondu. « Nous ferons appel », a prévenu {desc}."), who


@pytest.mark.parametrize(("noun", "body"), [(n, b) for n, _, bodies in _KINDS for b in bodies])
def test_function_body(nlp, noun, body):
    text, who = _kind_row(noun, "secrétaire", body)
    assert the_quote(nlp, text, "Nous ferons appel").speaker.name == who


@pytest.mark.parametrize(("noun", "officer"), [(n, o) for n, offs, _ in _KINDS for o in offs])
def test_function_officer(nlp, noun, officer):
    text, who = _kind_row(noun, officer, FUNCTION_KINDS[noun][2])
    assert the_quote(nlp, text, "Nous ferons appel").speaker.name == who


def test_every_function_body_has_a_row():
    assert {noun for noun, _, _ in _KINDS} == set(FUNCTION_KINDS)


# eponymous_org_nouns.txt: (entry, sentence, the speaker): the name after the noun is a person's,
# so the bare noun later is the body as the article first named it, not that person
EPONYMOUS_ORG_NOUNS = [
    ("administration", "L'administration Lorvan a annoncé des taxes lundi. « Ces mesures sont "
     "justes », a déclaré l'administration.", "administration Lorvan"),
    ("commission", "La commission Sauvé a rendu son rapport mardi. « Les faits sont graves », a "
     "affirmé la commission.", "commission Sauvé"),
    ("gouvernement", "Le gouvernement Marvaud a été nommé lundi. « Nous agirons vite », a "
     "déclaré le gouvernement.", "gouvernement Marvaud"),
    ("présidence", "La présidence Vautrin a commencé lundi. « Nous appelons au calme », a "
     "indiqué la présidence.", "présidence Vautrin"),
]
TABLES.update(eponymous_org_nouns=EPONYMOUS_ORG_NOUNS)


# representative_nouns.txt: (entry, sentence, the speaker): a body's representative is the one
# the article gives the office heading the body; without the entry, not that one
REPRESENTATIVE_NOUNS = [
    ("représentant", "« Mon client est innocent », a déclaré l'avocat Paul Rivière. « Il "
     "n'était pas là », a-t-il ajouté. Le procureur de l'Orne, Marc Tellier, a ouvert une "
     "enquête. « Les faits sont graves », a assuré le représentant du parquet.", "Marc Tellier"),
    ("représentante", "« Le hangar n'était pas conforme », a déclaré la procureure de Brenac, "
     "Claire Morvan. « Rien n'était déclaré », a précisé la représentante du parquet.",
     "Claire Morvan"),
]


@pytest.mark.parametrize(("entry", "text", "speaker"),
                         rows("representative_nouns", REPRESENTATIVE_NOUNS))
def test_representative_noun(nlp, tmp_path, entry, text, speaker):
    said = text[text.rindex("«") + 1 : text.rindex("»")].strip()
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "representative_nouns", entry):
        assert the_quote(nlp, text, said).speaker.name != speaker


TABLES.update(representative_nouns=REPRESENTATIVE_NOUNS)


# represented_bodies.txt: (entry, sentence, the speaker): a representative of the body is the
# holder of the office heading it; without the entry, not that one
REPRESENTED_BODIES = [
    ("parquet", "« Le hangar n'était pas conforme », a déclaré le procureur de Brenac, Paul "
     "Rivière. « Rien n'était déclaré », a précisé le représentant du parquet.", "Paul Rivière"),
]


@pytest.mark.parametrize(("entry", "text", "speaker"),
                         rows("represented_bodies", REPRESENTED_BODIES))
def test_represented_body(nlp, tmp_path, entry, text, speaker):
    said = text[text.rindex("«") + 1 : text.rindex("»")].strip()
    assert the_quote(nlp, text, said).speaker.name == speaker
    with lacking(tmp_path, "represented_bodies", entry):
        assert the_quote(nlp, text, said).speaker.name != speaker


# firm_name_words.txt: (entry, sentence, the names read as an organisation's, labelled ORG): a
# name holding the entry, set off after an office, stays a firm's; without it, a person's
FIRM_NAME_WORDS = [
    ("group", "L'agent du pilote de l'Écurie Vernay, Caradec Vernay Group, a démenti.",
     "Écurie Vernay", "Caradec Vernay Group"),
    ("partners", "L'architecte de la Fondation Morvan, Tellier Partners, a répondu.",
     "Fondation Morvan", "Tellier Partners"),
    ("media", "Le conseiller de l'Agence des eaux, Caradec Media, a répondu.",
     "Agence des eaux", "Caradec Media"),
    ("holding", "Le conseiller de la Ligue des Cantons, Tissot Holding, a répondu.",
     "Ligue des Cantons", "Tissot Holding"),
    ("france", "Le conseiller du Conseil de Brenac, Caradec France, a répondu.",
     "Conseil de Brenac", "Caradec France"),
]


@pytest.mark.parametrize(("entry", "text", "body", "name"),
                         rows("firm_name_words", FIRM_NAME_WORDS))
def test_firm_name_word(nlp, tmp_path, entry, text, body, name):
    def people():
        doc = labelled(nlp, text, (body, "ORG"), (name, "ORG"))
        return [s.text for s, _ in mislabelled(doc, [], lambda _: True)]

    assert people() == []
    with lacking(tmp_path, "firm_name_words", entry):
        assert people() == [name]


TABLES.update(represented_bodies=REPRESENTED_BODIES, firm_name_words=FIRM_NAME_WORDS)


@pytest.mark.parametrize(("entry", "text", "speaker"),
                         rows("eponymous_org_nouns", EPONYMOUS_ORG_NOUNS))
def test_eponymous_org_noun(nlp, tmp_path, entry, text, speaker):
    q = the_quote(nlp, text, marked(text))
    assert q.speaker.name == speaker
    with lacking(tmp_path, "eponymous_org_nouns", entry):
        assert the_quote(nlp, text, marked(text)).speaker.name != speaker


# named_after_nouns.txt: (entry, sentence, the speaker, their gender): the name right after the
# noun is the thing's, whose agreement (« critiquée », « critiqué ») says nothing of the person
# the cue names: the first name's gender holds (without the entry, the agreement's)
NAMED_AFTER_NOUNS = [
    ("affaire",
     "L'affaire Tessier, critiquée par la gauche, divise la majorité. « Je ne regrette "
     "rien », a déclaré Lucien Tessier.",
     "Lucien Tessier", "male"),
    ("amendement",
     "L'amendement Roussel, critiqué par les sénateurs, divise la majorité. « Le texte est "
     "juste », a défendu Claire Roussel.",
     "Claire Roussel", "female"),
    ("circulaire",
     "La circulaire Perrin, critiquée par les maires, divise la majorité. « Elle sera "
     "appliquée », a prévenu Marc Perrin.",
     "Marc Perrin", "male"),
    ("décret",
     "Le décret Vernier, critiqué par la gauche, divise la majorité. « Nous tenons "
     "parole », a affirmé Julie Vernier.",
     "Julie Vernier", "female"),
    ("dispositif",
     "Le dispositif Fauvel, critiqué par les artisans, divise la majorité. « Il a fait "
     "ses preuves », a assuré Hélène Fauvel.",
     "Hélène Fauvel", "female"),
    ("doctrine",
     "La doctrine Carrel, critiquée par ses alliés, divise la majorité. « Elle nous "
     "protège », a expliqué Paul Carrel.",
     "Paul Carrel", "male"),
    ("loi",
     "La loi Dufresne, critiquée par la droite, divise la majorité. « Ce texte reste "
     "nécessaire », a rappelé Gilles Dufresne.",
     "Gilles Dufresne", "male"),
    ("méthode",
     "La méthode Coupin, critiquée par les parents, divise les écoles. « Elle marche », a "
     "assuré Émile Coupin.",
     "Émile Coupin", "male"),
    ("plan",
     "Le plan Marchal, critiqué par la gauche, divise la majorité. « Il ne tient pas », a "
     "reconnu Sophie Marchal.",
     "Sophie Marchal", "female"),
    ("procès",
     "Le procès Bertin, critiqué par la défense, divise la ville. « Je suis innocente », a "
     "déclaré Anne Bertin.",
     "Anne Bertin", "female"),
    ("rapport",
     "Le rapport Sauvignac, critiqué par la gauche, divise la majorité. « Tout y est », a "
     "résumé Nadia Sauvignac.",
     "Nadia Sauvignac", "female"),
    ("réforme",
     "La réforme Lambert, critiquée par les syndicats, divise la majorité. « Nous avons "
     "écouté », a expliqué Pierre Lambert.",
     "Pierre Lambert", "male"),
    ("taxe",
     "La taxe Voslier, critiquée par la droite, divise la majorité. « C'est une question de "
     "justice », a déclaré Gabriel Voslier.",
     "Gabriel Voslier", "male"),
]
TABLES.update(named_after_nouns=NAMED_AFTER_NOUNS)


@pytest.mark.parametrize(("entry", "text", "speaker", "gender"),
                         rows("named_after_nouns", NAMED_AFTER_NOUNS))
def test_named_after_noun(nlp, tmp_path, entry, text, speaker, gender):
    q = the_quote(nlp, text, marked(text))
    assert (q.speaker.name, q.speaker.gender) == (speaker, gender)
    with lacking(tmp_path, "named_after_nouns", entry):
        assert the_quote(nlp, text, marked(text)).speaker.gender != gender


# storm_nouns.txt: (entry, sentence, the name after the noun): the storm's one given name,
# read as the recogniser would tag a person's, is the weather's (``name_spans.named_after``);
# without the entry, a person's
STORM_NOUNS = [
    ("cyclone", "L'archipel attend le cyclone Alma.", "Alma"),
    ("dépression", "Les secours attendent la dépression Gaspard.", "Gaspard"),
    ("ouragan", "Les habitants fuient l'ouragan Bastien.", "Bastien"),
    ("tempête", "Les pêcheurs redoutent la tempête Orlane.", "Orlane"),
    ("typhon", "Les autorités surveillent le typhon Hinata.", "Hinata"),
]
TABLES.update(storm_nouns=STORM_NOUNS)


@pytest.mark.parametrize(("entry", "text", "name"), rows("storm_nouns", STORM_NOUNS))
def test_storm_noun(nlp, tmp_path, entry, text, name):
    from quotes.attribute.name_spans import named_after

    doc = nlp(text)
    at = text.index(name)
    ent = doc.char_span(at, at + len(name), label="PER")
    assert named_after(ent)
    with lacking(tmp_path, "storm_nouns", entry):
        assert not named_after(ent)

