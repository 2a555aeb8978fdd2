"""Who said it, on sentences written for each kind of attribution error met in unseen news.

One row: text -> the quote, then speaker (canonical name, or None for "nobody named"), role,
gender and kind. A column left out is not checked (``ANY``). Known failures are
``xfail(strict=True)`` with the reason.
"""

import re

import pytest
from conftest import ANY, quote_said

from quotes.attribute.capacity import restating
from quotes.attribute.functions import function
from quotes.lexicon import words
from quotes.lexicon.grammar import DETERMINERS, INDEFINITE
from quotes.lexicon.roles import role_prefix
from quotes.model import Article
from quotes.pipeline import extract_doc

# narration with no one in it, longer than how far a description looks ahead for a name
FILLER = (
    "Les vents ont soufflé toute la nuit sur la côte, arrachant des toitures et des arbres. "
    "Les routes du littoral sont restées fermées jusqu’au matin, et plusieurs communes ont "
    "ouvert des gymnases pour accueillir les habitants évacués. Les écoles resteront fermées "
    "lundi. Les dégâts sont considérables dans les ports, où des bateaux ont été jetés sur les "
    "quais. L’électricité n’était pas revenue dimanche soir dans des milliers de foyers, et les "
    "équipes techniques travaillaient encore sur le réseau."
)

# a page whose furniture (« date … ») comes before the name of the one who leaves, then quotes him
DEPARTURE = (" date 2021-06 {} quitte la direction du club de Valence. L’entraîneur a démissionné "
             "dimanche soir après trois défaites.\n\n{} s’est expliqué devant la presse. "
             "« J’assume seul ce mauvais résultat », a-t-il dit.")
# a description announcing the one a long quote's incise names inside the marks, after narration
ANNOUNCED_IN_MARKS = (
    "L'acteur Paul Roux a réagi sur son blog. « Je suis triste. Il restera un ami », a-t-il"
    " écrit. Le film qu'ils avaient tourné ensemble en 1990 reste l'un des plus grands "
    "succès du cinéma français, avec plus de sept millions d'entrées en salles, et il passe"
    " encore chaque année à la télévision pendant les fêtes de fin d'année, devant des "
    "millions de spectateurs. Le tournage avait duré six mois dans les Alpes, sous la "
    "neige, et la presse de l'époque en avait fait un feuilleton. Deux suites avaient été "
    "tournées dans les années qui ont suivi, sans retrouver le succès du premier film, et "
    "le projet d'un troisième volet avait été abandonné faute d'argent. Le président de la "
    "république a aussi réagi à la nouvelle, qui a surpris le monde du cinéma et le public "
    "du festival de Cannes, où le film avait été présenté la semaine passée. « Il était un "
    "géant du cinéma, un homme libre et drôle, que le public aimait depuis cinquante ans, "
    "écrit Paul Morel. Son œuvre lui survivra ». « C'est injuste », a ajouté Paul Roux."
)


# a woman named at the top, then only in a complement after a long stretch (no subject names her)
FLORIST = (
    "Le maire, Paul Morel, a visité le quartier avec Anne Martel, fleuriste. {filler} {filler} "
    "{filler}\n\nPaul Morel a promis des aides. L'eau a envahi {shop}. Les murs sont noirs. "
    "« Tout le stock est perdu », regrette-t-elle."
)
# narration with no subject a description could take for a person
STORM = (
    "Les vents ont soufflé toute la nuit sur la côte, arrachant des toitures et des arbres. "
    "Les routes du littoral sont restées fermées jusqu’au matin, et plusieurs communes ont "
    "ouvert des gymnases pour accueillir les habitants évacués. Les écoles resteront fermées "
    "lundi. Les dégâts sont considérables dans les ports, où des bateaux ont été jetés sur les "
    "quais. Des milliers de foyers n’avaient pas de courant dimanche soir, et les équipes "
    "techniques travaillaient encore sur le réseau."
)


# a quote with no cue opening a paragraph after narration, then a sentence taking the place of {}
WITNESS = ("Le toit d'une école s'est effondré lundi à Vitrac. Les pompiers ont évacué trois "
           "classes. « Personne n'est blessé », ont-ils indiqué.\n\n« Tout a tremblé d'un "
           "coup, on a couru dehors. » {} Les secours sont arrivés vite.")
# a cued quote, then a narration subject taking the place of {} with a long apposition
LONG_SUBJECT = ("« Le site n'a pas d'avenir », a dit la direction. {}, délégué syndical de "
                "l'usine de conserves de Vitrac, près de Sarlat (Dordogne), depuis plus de vingt "
                "ans, a surpris les salariés mardi. « Nous étudions toutes les offres. »")
# a delegate, then an outlet named as one in the words that take the place of {}
PRESS = ("Le délégué Marc Petit {} mardi. Le Phare de Lens a publié l'entretien. « La grève "
         "continue », a-t-il précisé.")
# a man, then a council named since, before a pronoun whose cue takes the place of {}
COUNCIL = ("Paul Morel a quitté la salle. Le conseil municipal a voté le budget. « C'est une "
           "honte », {}.")


def row(text, quote, *, speaker=ANY, role=ANY, gender=ANY, kind=ANY, why=None):
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    return pytest.param(text, quote, speaker, role, gender, kind, marks=marks)


ROWS = [
    # ---- a first name alone is a person of the cast even where the recogniser saw none, or a
    # place: apposed to a noun of a person, before an age or a stressed pronoun; a word the
    # tagger read as a verb inside a sentence is a name; a word only placed is none
    row("Une habitante du quartier, Nadège, témoigne : « On a eu très peur. »",
        "On a eu très peur.", speaker="Nadège", role=None, gender="female", kind="person"),
    # after an inverted cue, before the noun phrase of a person it is (one of a group, too)
    row("La moitié du service est en grève. « Le service ferme », raconte Pierre, l'un des "
        "soignants des urgences.", "Le service ferme", speaker="Pierre",
        role="soignant des urgences", gender="male", kind="person"),
    # must not: after an inverted cue, a head right after the determiner that is no person
    # (a city whose name is a first name: a noun of a person further on is no matter)
    row("Le jury choisira en mai. « Le projet avance », explique Nancy, l'une des villes "
        "candidates.", "Le projet avance", speaker="Nancy", gender=None),
    row("Les habitants ont voté hier. Léa, elle, reste sceptique : « Rien ne changera ici. »",
        "Rien ne changera ici.", speaker="Léa", role=None, gender="female", kind="person"),
    row("Le car a quitté la route vers midi. Dans le camion des secours, encore sous le choc, "
        "Imène (son prénom a été modifié), 12 ans, raconte : « Tout a tremblé d'un coup. »",
        "Tout a tremblé d'un coup.", speaker="Imène", role=None, gender=None, kind="person"),
    row("Dans la capitale toscane, Florence, les musées ont fermé. « C'est une perte », a dit "
        "le maire.", "C'est une perte", speaker=None, role="maire", kind="person"),
    row("Il a déménagé à Florence, 40 ans après. « C'est une perte », a-t-il dit.",
        "C'est une perte", speaker=None, role=None, gender=None),
    row("Insistant sur ce point, la ministre a ajouté : « Nous tiendrons. »", "Nous tiendrons.",
        speaker=None, role="ministre", gender="female"),
    # a reflexive verb in the present that the tagger read as an adjective agrees with no one:
    # the first name says the gender; a participle after « s'est » still agrees
    row("La rue était bloquée depuis l'aube. Un voisin, Gérard, s'inquiète : « Personne ne nous "
        "a prévenus. »", "Personne ne nous a prévenus.", speaker="Gérard", role=None,
        gender="male", kind="person"),
    row("La route était fermée depuis mardi. Un voisin, Thierry, s'inquiète : « Personne ne "
        "nous a prévenus. »", "Personne ne nous a prévenus.", speaker="Thierry", role=None,
        gender="male", kind="person"),
    row("Paul Roux s'inquiète : « Rien n'est prêt. »", "Rien n'est prêt.", speaker="Paul Roux",
        role=None, gender="male"),
    row("Camille Roux s'est montrée inquiète : « Rien n'est prêt. »", "Rien n'est prêt.",
        speaker="Camille Roux", role=None, gender="female"),
    row("Marie Durand s'est dite ravie : « Quelle fête ! »", "ravie : « Quelle fête ! »",
        speaker="Marie Durand", role=None, gender="female"),
    # ---- a name the recogniser ran into the capitalised complement of a role before it (one
    # ORG « ministre de la Culture Ingrid Berg ») is a person's: after an office of the list,
    # or from a first name of the lexicon after a complement that names no body
    row("Côté suédois, la ministre de la Culture Ingrid Bergström-Lindqvist a promis son aide. "
        "« Nous serons là », a-t-elle ajouté.", "Nous serons là",
        speaker="Ingrid Bergström-Lindqvist", role="ministre de la Culture", gender="female",
        kind="person"),
    row("Le ministre de l'Intérieur Kemal Öztürk-Yilmaz a réagi. « La menace est réelle », "
        "a-t-il dit.", "La menace est réelle", speaker="Kemal Öztürk-Yilmaz",
        role="ministre de l'Intérieur", gender="male", kind="person"),
    row("Le directeur de l'Institut Marie Curie a parlé. « Le budget baisse », a-t-il dit.",
        "Le budget baisse", speaker=None, gender=None),
    row("Le président du Conseil Constitutionnel Laurent Fabrice a parlé. « Le texte est "
        "conforme », a-t-il dit.", "Le texte est conforme", speaker="Laurent Fabrice",
        role="président du Conseil Constitutionnel", gender="male", kind="person"),
    # ---- two noun phrases joined by « et » are no one's relatives: a kin noun among them
    # names no one of the cast's family; a kin noun alone still does
    row("Anne Morel a été opérée lundi. Selon les enfants et les parents, « le car roulait trop "
        "vite ».", "le car roulait trop vite", speaker="les enfants et les parents", role=None,
        gender=None),
    row("Marc Roy a été hospitalisé. Selon ses enfants et les soignants, « il va mieux ».",
        "il va mieux", speaker="ses enfants et les soignants", role=None, gender=None),
    row("Alain Vidal est mort samedi. « Il nous manque déjà », ont dit ses enfants.",
        "Il nous manque déjà", speaker="enfants d’Alain Vidal", role=None, gender=None),
    row("Alain Vidal est mort samedi. Selon les enfants, « il ne souffrait pas ».",
        "il ne souffrait pas", speaker="enfants d’Alain Vidal", role=None, gender=None),
    # ---- an acronym that keeps the small letters of its name's links, tied by a bracket, is
    # the body; a name with a capital inside (« McDonald ») is no acronym
    row("La grève dure depuis lundi. L'association Samu-Urgences de France (SUdF) a publié un "
        "bilan. Selon SUdF, « la situation est critique dans vingt services ».",
        "la situation est critique dans vingt services", speaker="Samu-Urgences de France",
        role=None, gender=None, kind="organization"),
    row("Le Collectif des Parents du Lot (CdPL) a écrit au préfet. Selon CdPL, « trois classes "
        "vont fermer ».", "trois classes vont fermer", speaker="Collectif des Parents du Lot",
        role=None, gender=None, kind="organization"),
    row("L'association Médecins du Monde Sud (MdMS) a alerté les élus. D'après MdMS, « les "
        "files d'attente s'allongent ».", "les files d'attente s'allongent",
        speaker="Médecins du Monde Sud", role=None, gender=None, kind="organization"),
    row("Le même jour, Samu-Urgences de France (SUdf) publiait une enquête. Selon SUdf, « vingt "
        "services ont fermé la nuit ».", "vingt services ont fermé la nuit",
        speaker="Samu-Urgences de France", role=None, gender=None, kind="organization"),
    row("Hier, Vélo-Cité du Nord (VcN) a écrit au maire. D'après VcN, « les pistes sont "
        "dangereuses ».", "les pistes sont dangereuses", speaker="Vélo-Cité du Nord",
        role=None, gender=None, kind="organization"),
    # an acronym written as a word (« Igam »), tied by a bracket to the name it spells
    row("Le ministre a confié à l'Inspection générale des affaires maritimes (Igam) une mission "
        "sur les ports. Contactée, l'Igam confirme avoir mené des inspections dans les ports.",
        "avoir mené des inspections dans les ports",
        speaker="Inspection générale des affaires maritimes", kind="organization"),
    row("L'Office national des forêts alpines (Onfa) a publié un bilan. Selon l'Onfa, « les "
        "crues reculent ».", "les crues reculent", speaker="Office national des forêts alpines",
        kind="organization"),
    # must not: a capitalised word in a bracket that does not spell the name
    row("L'Office national des rivières (Lyon) a publié un bilan. Selon Lyon, « les crues "
        "reculent ».", "les crues reculent", speaker="Lyon"),
    # a person's initials in a bracket are no body's acronym
    row("Hier, Paul Morel (PM) a écrit au maire. D'après PM, « les pistes sont dangereuses ».",
        "les pistes sont dangereuses", speaker="PM", role=None, gender=None),
    row("Le club est en crise. « Nous allons gagner », a dit McDonald.", "Nous allons gagner",
        speaker="McDonald", role=None, kind="person"),
    row("La Ligue des Droits du Sud (LdDS) a tenu congrès. « Nous restons unis », a dit "
        "DuPont.", "Nous restons unis", speaker="DuPont", role=None, gender=None),
    # ---- a verb, an inverted pronoun or a fragment is never a name
    row("Le ministre Paul Morel est arrivé tard. « Tout est prêt », glisse-t-il.",
        "Tout est prêt", speaker="Paul Morel", gender="male", kind="person"),
    row("Répondant à Paul Morel, qui a lâché qu’« il faut parfois partir à temps », le maire "
        "rétorque : « Je reste ici avec vous. »", "« il faut parfois partir à temps »",
        speaker="Paul Morel", kind="person"),
    row("Répondant à Paul Morel, qui a lâché qu’« il faut parfois partir à temps », le maire "
        "rétorque : « Je reste ici avec vous. »", "Je reste ici avec vous.",
        speaker=None, role="maire", kind="person"),
    # a capitalised verb joined to its inverted pronoun is a verb, whatever the recogniser says
    row("Claire Dumas a quitté la salle. « Je ne signerai pas ce texte », Tranche-t-elle.",
        "Je ne signerai pas ce texte", speaker="Claire Dumas", gender="female", kind="person"),
    row("Paul Morel est monté à la tribune. « Nous irons au bout », Insiste-t-il face aux "
        "caméras.", "Nous irons au bout", speaker="Paul Morel", gender="male", kind="person"),
    row("« Ce n’est pas fini », Martèle-t-elle devant ses partisans.", "Ce n’est pas fini",
        speaker=None),
    row("« Nous ferons appel de cette décision », a déclaré Anne-Sophie Martin-Roy.",
        "Nous ferons appel de cette décision", speaker="Anne-Sophie Martin-Roy",
        gender="female", kind="person"),
    row("« Rien ne change ici depuis des années », a dit quelqu’un.",
        "Rien ne change ici depuis des années", speaker=None),
    # ---- « qui » opens a clause about the noun phrase right before it: when the parse ties
    # the clause to the words said, still that phrase; never a preposition's object's
    row("« Je ne lâcherai rien », insiste Sophie Marchetti, qui dit avoir écrit trois fois au "
        "ministère.", "avoir écrit trois fois au ministère", speaker="Sophie Marchetti",
        gender="female", kind="person"),
    row("« Nous irons au bout », répète Karim Haddad, qui assure que le mouvement sera "
        "reconduit.", "le mouvement sera reconduit", speaker="Karim Haddad", gender="male",
        kind="person"),
    row("« Je pars », a dit Anne Roy au juge, qui a estimé que la demande était tardive.",
        "la demande était tardive", speaker=None, role="juge", kind="person"),
    row("« Je pars », a dit Anne Roy au juge.", "Je pars", speaker="Anne Roy", role=None,
        gender="female"),
    row("Paul Morel a écrit au préfet, qui a répondu que la route rouvrirait.",
        "la route rouvrirait", speaker=None, role="préfet", kind="person"),
    # … and when the parse ties it to the verb that says the quote before, the name that verb
    # sets before the comma; never the noun behind a preposition, nor the one who wrote to it
    row("« Nous verrons bien », a ajouté Marc De Vries. « Je le crois », a ajouté De Vries, qui "
        "a précisé que le directeur du port est sous protection.",
        "le directeur du port est sous protection", speaker="Marc De Vries", kind="person"),
    row("« Je pense que nous partirons vers le large », a ajouté Anne Le Goff, qui a précisé "
        "que le bateau était prêt.", "le bateau était prêt", speaker="Anne Le Goff",
        kind="person"),
    row("« Nous verrons », a écrit Anne Le Goff au préfet du Var, qui a précisé que la route "
        "rouvrirait.", "la route rouvrirait", speaker=None),
    # a noun behind a preposition the parse also gives as a subject is no speaker when the
    # clause has its own subject (« qui »)
    row("La mesure a été jugée utile par Claire Dumas, la présidente de l’association. Un peu "
        "moins par son frère, qui peu après l’annonce a annoncé qu’il déposerait un recours.",
        "il déposerait un recours", speaker=None, gender="male"),
    row("La mesure a été jugée utile par Claire Dumas. Un peu moins par son frère, qui peu "
        "après l’annonce a annoncé qu’il déposerait un recours. Interrogé, Marc Dumas a dénoncé "
        "une « trahison ».", "il déposerait un recours", speaker="Marc Dumas", gender="male"),
    row("La mesure a été jugée utile par Claire Dumas. Un peu moins par son frère, qui peu "
        "après la lecture de son renvoi a annoncé qu’il déposerait un recours. Interrogé, Marc "
        "Dumas a dénoncé une « trahison ».", "il déposerait un recours", speaker="Marc Dumas",
        gender="male"),
    row("Le maire a été réélu. Son adversaire, qui dès la publication des résultats a dit qu’il "
        "contesterait le scrutin, ne s’est pas montré.", "il contesterait le scrutin",
        speaker=None, role=None, kind="person"),
    row("Paul Morel est resté discret. Son adjoint, qui peu après la réunion a affirmé que "
        "rien ne changerait, n’a plus parlé depuis.", "rien ne changerait",
        speaker=None, role="adjoint", gender=None),
    row("Après l’audience, l’avocat a déclaré que son client ferait appel.",
        "son client ferait appel", speaker=None, role="avocat"),
    # a description no one before it fits goes to the one person the article gives its role,
    # however far on; never to one of two such people
    row("La tempête a fait des dizaines de blessés, a déclaré lundi le préfet du département "
        "situé sur la côte au lendemain du passage de la tempête. " + FILLER + " « Restez chez "
        "vous », a insisté le préfet, Jean-Paul Marcou.", "La tempête a fait des dizaines de "
        "blessés", speaker="Jean-Paul Marcou", gender="male", kind="person"),
    row("La tempête a fait des dizaines de blessés, a déclaré lundi le préfet du département "
        "situé sur la côte. " + FILLER + " « Restez chez vous », a insisté le préfet, Jean-Paul "
        "Marcou. Son prédécesseur, le préfet Alain Robin, a jugé que l’alerte était tardive.",
        "La tempête a fait des dizaines de blessés", speaker=None, gender=None),
    row("La tempête a fait des dizaines de blessés, a déclaré dimanche la préfète du "
        "département. " + FILLER + " « Restez chez vous », a insisté le préfet, Jean-Paul "
        "Marcou.", "La tempête a fait des dizaines de blessés", speaker=None, gender="female"),
    # a description that stops at a participle completing its noun: the role goes on through the
    # participle's complement, not its adjuncts nor past a comma
    row("Le pont restera fermé, a annoncé dimanche le préfet du département situé sur la côte.",
        "Le pont restera fermé", speaker=None, role="préfet du département situé sur la côte"),
    row("Les commandes reprendront, a affirmé lundi le directeur de l’usine installée à Brest.",
        "Les commandes reprendront", speaker=None, role="directeur de l’usine installée à Brest"),
    row("Les commandes reprendront, a affirmé lundi un responsable de l’usine installée à Brest.",
        "Les commandes reprendront", speaker="un responsable de l’usine installée à Brest",
        role=None, kind="anonymous"),
    row("Les commandes reprendront, a affirmé un responsable de l’usine installée à Brest au "
        "lendemain de l’incendie.", "Les commandes reprendront",
        speaker="un responsable de l’usine installée à Brest", role=None, kind="anonymous"),
    # an anonymous source's noun says who it is, not a function the article gives it: no role,
    # whatever the noun; a named person or a definite description keeps the function
    row("« Le budget sera tenu », assure un conseiller ministériel.", "Le budget sera tenu",
        speaker="un conseiller ministériel", role=None, kind="anonymous"),
    row("« Les digues ont tenu », affirme un pompier volontaire.", "Les digues ont tenu",
        speaker="un pompier volontaire", role=None, kind="anonymous"),
    row("« Le budget sera tenu », assure Marc Tissier, conseiller ministériel.",
        "Le budget sera tenu", speaker="Marc Tissier", role="conseiller ministériel",
        kind="person"),
    row("« Le budget sera tenu », assure le conseiller ministériel.", "Le budget sera tenu",
        speaker=None, role="conseiller ministériel", kind="person"),
    row("Le pont restera fermé, a annoncé dimanche le préfet du département situé sur la côte au "
        "lendemain de la tempête.", "Le pont restera fermé", speaker=None,
        role="préfet du département situé sur la côte"),
    row("Les commandes reprendront, a affirmé lundi le directeur de l’usine installée à Brest "
        "depuis 1990.", "Les commandes reprendront", role="directeur de l’usine installée à Brest"),
    row("Les commandes reprendront, a affirmé lundi le directeur de l’usine installée à Brest lors "
        "d’une réunion.", "Les commandes reprendront",
        role="directeur de l’usine installée à Brest"),
    row("Le pont restera fermé, a annoncé dimanche le maire de la commune, située sur la côte.",
        "Le pont restera fermé", role="maire de la commune"),
    # ---- names with particles keep them
    row("Yann Le Gall, maire de Brest, a répondu. « Nous rouvrirons le pont », a dit M. Le Gall.",
        "Nous rouvrirons le pont", speaker="Yann Le Gall", role="maire de Brest",
        gender="male", kind="person"),
    row("Claire de Montval, sénatrice du Gers, a parlé. « Je voterai contre », a dit Mme de "
        "Montval.", "Je voterai contre", speaker="Claire de Montval", gender="female"),
    row("« Le texte passera », a assuré Hugo Van Damme.",
        "Le texte passera", speaker="Hugo Van Damme", gender="male", kind="person"),
    # ---- a capitalised title glued to a name is no part of it: a role when it is one
    row("« Le conclave s’ouvrira mercredi », a annoncé le Camerlingue Lorenzi devant la presse.",
        "Le conclave s’ouvrira mercredi", speaker="Lorenzi", role="Camerlingue", gender="male",
        kind="person"),
    row("« L’Algérie ne cédera pas », a affirmé Président Tebboune lors d’un discours.",
        "L’Algérie ne cédera pas", speaker="Tebboune", role="Président", kind="person"),
    row("Le Cardinal Pietro Parolin est arrivé à Rome. « Nous prierons pour la paix », a-t-il "
        "déclaré.", "Nous prierons pour la paix", speaker="Pietro Parolin", role="Cardinal",
        gender="male"),
    # (a military rank alone is no role: GUIDELINES, forty-sixth web batch)
    row("« Nous avons besoin de renforts », a dit le Colonel Ndiaye aux journalistes.",
        "Nous avons besoin de renforts", speaker="Ndiaye", role=None, kind="person"),
    row("« Mon client conteste les faits », a indiqué Maître Dupond à la sortie de l’audience.",
        "Mon client conteste les faits", speaker="Dupond", role=None, kind="person"),
    row("« Je ferai appel », a dit Maître Éric Durand-Morel aux journalistes.",
        "Je ferai appel", speaker="Éric Durand-Morel", gender="male", kind="person"),
    row("« Le dossier est solide », a estimé Maître Sophie Lenoir, avocate de la famille.",
        "Le dossier est solide", speaker="Sophie Lenoir", role="avocate de la famille",
        gender="female"),
    row("« Nous ne lâcherons rien », a lancé la Sénatrice Claire Dumas devant ses électeurs.",
        "Nous ne lâcherons rien", speaker="Claire Dumas", role="Sénatrice", gender="female"),
    # a role noun after the first name is a surname; a general's name in a street is no one
    row("« Le chantier prendra deux ans », a déclaré Marc Maire, adjoint aux travaux.",
        "Le chantier prendra deux ans", speaker="Marc Maire", role="adjoint aux travaux",
        gender="male"),
    row("Les manifestants ont défilé avenue du Général Leclerc jusqu’à la mairie. « Nous "
        "reviendrons samedi prochain », a-t-il lancé.", "Nous reviendrons samedi prochain",
        speaker=None),
    # ---- a heading is not glued to the name after it
    row("Doctrine nucléaire\n\nMoscou a averti que la riposte serait immédiate.",
        "la riposte serait immédiate", speaker="Moscou", kind="organization"),
    # ---- a heading's words the recogniser takes for a name are no one's, unless the article
    # names them again
    row("Les combats ont repris lundi.\n\nRiposte\n\nLa ministre a prévenu que la guerre "
        "serait longue.", "la guerre serait longue", speaker=None, role="ministre"),
    row("Les combats ont repris lundi.\n\nRiposte immédiate\n\n« La guerre sera longue », a "
        "prévenu la ministre.", "La guerre sera longue", speaker=None, role="ministre"),
    row("Paul Girard quitte la mairie\n\nLe maire a annoncé qu’il partait. « Je pars serein », "
        "a dit M. Girard.", "Je pars serein", speaker="Paul Girard", role="maire"),
    # ... and a first line ending on « ! » or « ? », or longer than a heading once a dash
    # standing alone counts, is a sentence: its name is the person the text describes
    row("Orlak menace l'Europe !\n\n« Nous couperons le gaz cet hiver », a déclaré lundi le "
        "chef de l'État.", "Nous couperons le gaz cet hiver", speaker="Orlak"),
    row("Kessler répond à la ministre !\n\n« Nous ne fermerons pas l'usine », a déclaré lundi "
        "le patron du groupe, venu à Castelbrac.", "Nous ne fermerons pas l'usine",
        speaker="Kessler"),
    row("Kessler – le patron de Castelbrac répond enfin à la ministre du Travail\n\n« Nous ne "
        "fermerons pas l'usine », a déclaré lundi le patron du groupe, venu à Castelbrac.",
        "Nous ne fermerons pas l'usine", speaker="Kessler"),
    # ... but a heading whose first word is a first name names the person the text describes,
    # and a line ending with a colon is a speaker's label (an interview, a debate)
    row("Claire Vasseur en visite à Niort\n\nLa ministre a promis que l'usine resterait ouverte. "
        "« Nous ne lâcherons rien », a-t-elle ajouté.", "l'usine resterait ouverte",
        speaker="Claire Vasseur", role="ministre"),
    row("Le conseil a voté lundi.\n\nHugo Marchetti\n\nLe maire sortant a estimé que le vote "
        "était « une victoire ».", "le vote était « une victoire »", speaker="Hugo Marchetti",
        role="maire sortant"),
    row("Le débat a opposé deux candidats.\n\nHugo Marchetti (LR) :\n\n« Ce budget est une "
        "honte. »\n\nClaire Vasseur (PS) :\n\n« Nous voterons contre. »",
        "Nous voterons contre.", speaker="Claire Vasseur"),
    row("Les élus ont réagi.\n\nHugo Marchetti :\n\n« Ce budget est une honte. »\n\nClaire "
        "Vasseur :\n\n« Nous voterons contre. »", "Nous voterons contre.",
        speaker="Claire Vasseur"),
    # ---- descriptions tied to the person the article names
    row("La romancière Lise Aubert publie un livre. « J’ai écrit la nuit », raconte la "
        "romancière.", "J’ai écrit la nuit", speaker="Lise Aubert", gender="female",
        role="romancière"),
    row("Le président Marc Salin a reçu les maires. « Nous tiendrons », a assuré le chef de "
        "l’État.", "Nous tiendrons", speaker="Marc Salin", gender="male"),
    row("Anne Morin, ministre des Sports, était à Lyon. « Les Jeux seront prêts », a promis la "
        "ministre des Sports.", "Les Jeux seront prêts", speaker="Anne Morin",
        role="ministre des Sports", gender="female"),
    row("Le ministre des Affaires étrangères, Luc Ferrand, a parlé. « Le dialogue reste ouvert », "
        "a dit le patron de la diplomatie.", "Le dialogue reste ouvert", speaker="Luc Ferrand",
        gender="male"),
    row("Le milieu lyonnais Théo Garnier a signé. « Je suis heureux ici », a confié le milieu "
        "lyonnais.", "Je suis heureux ici", speaker="Théo Garnier", gender="male"),
    row("Paul Durand, préfet du Var, était sur place. « Le feu est fixé », a indiqué le préfet.",
        "Le feu est fixé", speaker="Paul Durand", role="préfet du Var", gender="male"),
    row("« La route restera fermée », selon le préfet du Var, Paul Durand.",
        "La route restera fermée", speaker="Paul Durand", role="préfet du Var"),
    row("« La décision est prise », a déclaré la préfète, sans être nommée.",
        "La décision est prise", speaker=None, role="préfète", gender="female", kind="person"),
    # a compound role noun is a role of its last noun: « l'ancien sapeur-pompier » is the
    # « pompier volontaire » named, not the lawyer the article is about
    row("Maître Marc Roux, l'avocat du prévenu, a plaidé longuement. « Mon client est "
        "innocent », a-t-il dit. Paul Ménard, pompier volontaire, a décrit la scène. « Les "
        "flammes sortaient de partout », s'est souvenu l'ancien sapeur-pompier. « Mon client "
        "n'a rien fait », a répété Marc Roux.",
        "Les flammes sortaient de partout", speaker="Paul Ménard", role="pompier volontaire",
        gender="male", kind="person"),
    row("Anne Lefort, médecin de garde, a soigné les blessés. Le maire, Luc Brun, a salué son "
        "travail. « Nous étions débordés », a raconté la médecin-urgentiste.",
        "Nous étions débordés", speaker="Anne Lefort", gender="female", kind="person"),
    # ---- no role says who: the person the article is about, never one whose own roles the
    # description contradicts (« le préfet » is not the « maire » named), nor one of the other
    # gender; a person the article gives that role beats the one it is about
    row("Le maire de Quimper, Paul Garnier, a présenté son budget. « Nous ne toucherons pas aux "
        "impôts », a-t-il promis. Le préfet du Finistère a appelé à la prudence. « Il faudra "
        "faire des choix », a déclaré le préfet.", "Il faudra faire des choix", speaker=None,
        role="préfet du Finistère", gender=None, kind="person"),
    row("Le préfet de l’Aude, Yann Kergoat, a visité la digue. La maire de Narbonne, Claire "
        "Roig, a présenté ses travaux. « Le chantier sera fini en mai », a-t-elle promis. « Le "
        "quartier sera protégé », a ajouté Claire Roig. Marc Olivier, Jeanne Durand et Luc "
        "Bernard ont signé une pétition. « Rien n’est décidé », a répondu le préfet.",
        "Rien n’est décidé", speaker="Yann Kergoat", role="préfet de l’Aude", gender="male"),
    row("La directrice, Hélène Fontanel, a reçu les syndicats. « Il faut réorganiser », a-t-elle "
        "dit. « Rien ne se fera sans les soignants », a répondu la présidente du conseil "
        "régional.", "Rien ne se fera sans les soignants", speaker=None, gender="female",
        kind="person"),
    row("Le directeur de l’usine, Jean Dupuis, a annoncé la fermeture. « Nous n’avons pas le "
        "choix », a-t-il dit. « C’est une trahison », a réagi l’élu.", "C’est une trahison",
        speaker=None, kind="person"),
    row("Karim Benali a présenté l’enquête. « Nous avons des pistes », a-t-il dit. « Je suis "
        "inquiète », a confié la magistrate.", "Je suis inquiète", speaker=None,
        role="magistrate", gender="female", kind="person"),
    # « le parlementaire » is a député or a sénateur, « le technicien » a coach (role_kinds.tsv)
    row("Le sénateur Marc Dubois a voté contre. « Ce texte est injuste », a déclaré le "
        "parlementaire.", "Ce texte est injuste", speaker="Marc Dubois", role="sénateur",
        gender="male"),
    row("La députée Inès Caron a voté pour. Le sénateur Marc Dubois a voté contre. « Ce texte "
        "est injuste », a déclaré la parlementaire.", "Ce texte est injuste",
        speaker="Inès Caron", role="députée", gender="female"),
    row("L'entraîneur de Lorient, Yann Le Bris, a parlé. « On a mal joué », a regretté le "
        "technicien breton.", "On a mal joué", speaker="Yann Le Bris",
        role="entraîneur de Lorient", gender="male"),
    row("Le maire de Brest, Paul Roux, a parlé. « La ville tiendra », a ajouté le "
        "parlementaire.", "La ville tiendra", speaker=None, role="parlementaire", kind="person"),
    row("Le président du club, Yann Le Bris, a parlé. « On a mal joué », a regretté le "
        "technicien.", "On a mal joué", speaker=None, role="technicien", kind="person"),
    # « la journaliste » is a présentatrice (role_kinds.tsv); no maire
    row("La présentatrice Inès Caron a reçu lundi le ministre Marc Dubois. « Il n'avait prévenu "
        "personne », a précisé la journaliste.", "Il n'avait prévenu personne",
        speaker="Inès Caron", role="présentatrice", gender="female"),
    row("La maire de Brest, Inès Caron, a reçu lundi le ministre Marc Dubois. « Il n'avait "
        "prévenu personne », a précisé la journaliste.", "Il n'avait prévenu personne",
        speaker=None, role="journaliste", kind="person"),
    # must not: a « correspondant » of no outlet is no journalist (« de la Fondation du
    # patrimoine », « défense », « CNIL »): not the one the article is about, with a reporter
    # unnamed beside him
    row("Paul Girard, correspondant de la Fondation du patrimoine dans l'Aude, a guidé jeudi la "
        "visite de l'église de Rennes-le-Château. Un reporter de France 3 l'accompagnait.\n\n"
        "« Le clocher peut tomber à tout moment », a affirmé le journaliste après être monté "
        "dans la tour.", "Le clocher peut tomber à tout moment", speaker=None,
        role="journaliste", kind="person"),
    # a name that opens its sentence or paragraph, an indefinite apposition after it: the name
    # is the subject, whatever the parse made of it; a name after a preposition is not
    row("Didier Morand, un retraité de Saint-Astier, a reconnu les faits. « J'ai cru voir un "
        "sanglier », a-t-il répété.", "J'ai cru voir un sanglier", speaker="Didier Morand",
        gender="male", kind="person"),
    row("Sandrine Roux a parlé à la suspension.\n\nDidier Morand, un retraité de Saint-Astier, "
        "a reconnu les faits. « J'ai cru voir un sanglier », a-t-il répété.",
        "J'ai cru voir un sanglier", speaker="Didier Morand", gender="male", kind="person"),
    row("Après Didier Morand, un voisin de Saint-Astier a témoigné. « Tout le monde savait », "
        "a-t-il dit.", "Tout le monde savait", speaker="un voisin de Saint-Astier",
        kind="anonymous", why="« il » goes to the name after « Après », not to the subject"),
    # an inhabitant's name after a lower-case determiner describes one person the article
    # names (lexicon/demonym_endings.txt); not a newspaper's name, nor a country in « -aine »
    row("Léa Fontaine a gagné mardi. « J'ai joué sans réfléchir », a souri la Niçoise.",
        "J'ai joué sans réfléchir", speaker="Léa Fontaine", gender="female", kind="person"),
    row("Paul Roux a gagné mardi. « J'ai joué sans réfléchir », a souri le Stéphanois.",
        "J'ai joué sans réfléchir", speaker="Paul Roux", gender="male", kind="person"),
    # a capitalised determiner opening the sentence: the inhabitant still, when no outlet is
    # named (« -anne »: « la Valaisanne »)
    row("La sénatrice Odile Marchetti a annoncé son départ. La Valaisanne a été élue en 2015."
        "\n\n« Il est temps de passer la main », a-t-elle déclaré.",
        "Il est temps de passer la main", speaker="Odile Marchetti", gender="female",
        kind="person"),
    row("La sénatrice Odile Marchetti a annoncé son départ. La Grenobloise a été élue en 2015."
        "\n\n« Il est temps de passer la main », a-t-elle déclaré.",
        "Il est temps de passer la main", speaker="Odile Marchetti", gender="female",
        kind="person"),
    row("Le sénateur Paul Marchetti a annoncé son départ. Le Nantais a été élu en 2015."
        "\n\n« Il est temps de passer la main », a-t-il déclaré.",
        "Il est temps de passer la main", speaker="Paul Marchetti", gender="male",
        kind="person"),
    row("La sénatrice Odile Marchetti a annoncé son départ. Selon la Valaisanne, il est « temps "
        "de passer la main ».", "il est « temps de passer la main »",
        speaker="Odile Marchetti", gender="female", kind="person"),
    # must not: a listed outlet opening the sentence stays the newspaper, its capitalised
    # article part of its name (``outlets.outlet_name``)
    row("Le maire a parlé mardi. Le Parisien a écrit que « le scrutin reste ouvert ».",
        "« le scrutin reste ouvert »", speaker="Le Parisien", kind="organization"),
    # must not: a recognised name whose last word ends like an inhabitant (« Le Gallais ») stays
    # the name, not a description of the nearest man
    row("Le député Yann Le Gallais a répondu au ministre Pierre Martin. Le Gallais juge que "
        "« la réforme est mal ficelée ».", "la réforme est mal ficelée",
        speaker="Yann Le Gallais", kind="person"),
    row("Le sénateur Jean Le Bourgeois a rencontré le préfet Marc Olivier. Le Bourgeois estime "
        "que « rien n'a été décidé ».", "« rien n'a été décidé »", speaker="Jean Le Bourgeois",
        kind="person"),
    # must not: a capitalised demonym opening the sentence with no one of the cast to restate
    # is a title (a newspaper); « L' » opening a sentence never reads as an inhabitant
    row("La Marseillaise affirme que « la mairie a menti sur les comptes ».",
        "« la mairie a menti sur les comptes »", speaker="Marseillaise", kind="organization"),
    row("L'Ardennais affirme que « l'usine va fermer ».", "« l'usine va fermer »",
        speaker="Ardennais", kind="organization"),
    # must not: two women it could restate: the anthem, no antecedent for « elle »
    row("La skieuse Laura Pignet a pris la deuxième place devant l'Autrichienne Anna Weiss. La "
        "Marseillaise a retenti. « J'en ai eu des frissons », a-t-elle confié.",
        "J'en ai eu des frissons", speaker="Laura Pignet", gender="female", kind="person"),
    # two people or more of its gender named: a capitalised inhabitant's name opening the
    # sentence is someone the article does not say, no newspaper
    row("La skieuse Laura Pignet a pris la deuxième place devant l'Autrichienne Anna Weiss. La "
        "Niçoise a déclaré que « la piste était glacée ».", "« la piste était glacée »",
        speaker=None, kind="person"),
    row("Marc Petit et Luc Fabre ont marqué. Le Stéphanois a estimé que « le match était "
        "fermé ».", "« le match était fermé »", speaker=None, kind="person"),
    row("Anne Roux a battu Marie Lenoir. La Lyonnaise a expliqué que « le vent a tout "
        "changé ».", "« le vent a tout changé »", speaker=None, kind="person"),
    # a party's acronym after a role noun is no name: the name apposed after it is the speaker
    row("« Faut-il rouvrir la gare ? », a demandé le sénateur RN, Gaston Pellerin à Julie "
        "Marchand lors de la séance.", "Faut-il rouvrir la gare ?", speaker="Gaston Pellerin",
        role="sénateur RN", gender="male", kind="person"),
    # must not: an acronym after a body's noun is the body's name
    row("« Nous voterons contre », a déclaré le syndicat CGT mardi.", "Nous voterons contre",
        speaker="CGT", kind="organization"),
    # « Elle-même », the tokenizer cutting « -même » off: the pronoun
    row("La maire Anne Duclos a voté contre. Elle-même a fait campagne pour le non en "
        "soulignant que la ville « gagnerait en calme ».", "la ville « gagnerait en calme »",
        speaker="Anne Duclos", role="maire", gender="female", kind="person"),
    row("Le club a perdu. « Le vestiaire est divisé », rapporte Le Parisien.",
        "Le vestiaire est divisé", speaker="Le Parisien", kind="organization"),
    row("Paul Roux a été reçu à Kiev. « Nous avons besoin de défenses », a déclaré l'Ukraine.",
        "Nous avons besoin de défenses", speaker="Ukraine", kind="organization"),
    # « l'officier » is a rank (« le commandant »), « la magistrate » a prosecutor or a judge
    # (role_kinds.tsv), even with someone of the same gender named after or before
    row("Le commandant Erwan Kerjean a fait le point. « Nos équipes sont épuisées », a "
        "précisé l'officier.\n\nLoïc Tanguy a passé la nuit dehors. « Tout est détruit », "
        "raconte-t-il.", "Nos équipes sont épuisées", speaker="Erwan Kerjean",
        role="commandant", gender="male"),
    row("Martine Roche a témoigné. La procureure Agnès Vidal a requis un an. « La loi est "
        "claire », a lancé la magistrate.", "La loi est claire", speaker="Agnès Vidal",
        role="procureure", gender="female"),
    row("Le maire, Erwan Kerjean, a fait le point. « Nos équipes sont épuisées », a précisé "
        "l'officier.", "Nos équipes sont épuisées", speaker=None, role="officier",
        kind="person"),
    row("Martine Roche, avocate de la famille, a témoigné. « La loi est claire », a lancé la "
        "magistrate.", "La loi est claire", speaker=None, role="magistrate", kind="person"),
    # « la magistrate » is a « vice-procureure » too, whose noun is no other « vice- » role;
    # « le coach » a « sélectionneur » or an « entraîneur », the one of its gender of two
    row("Selon la vice-procureure de Dole, Anne Brunet, le feu est accidentel. Le maire, Paul "
        "Roux, est venu. « Mais rien n'est exclu », ajoute la magistrate.", "Mais rien n'est exclu",
        speaker="Anne Brunet", role="vice-procureure de Dole", gender="female"),
    row("La vice-présidente du club, Anne Brunet, a parlé. « Rien n'est exclu », ajoute la "
        "magistrate.", "Rien n'est exclu", speaker=None, role="magistrate", kind="person"),
    row("Le sélectionneur Marc Vidal a parlé aux joueurs. Le gardien Luc Morel est blessé. "
        "« Nous allons voir comment ils se relèvent », a précisé le coach.",
        "Nous allons voir comment ils se relèvent", speaker="Marc Vidal", role="sélectionneur",
        gender="male"),
    row("La sélectionneuse Anne Vidal et l'entraîneur Marc Morel ont parlé. « Nous allons voir », "
        "a précisé la coach.", "Nous allons voir", speaker="Anne Vidal", role="sélectionneuse",
        gender="female"),
    row("Le président du club, Marc Vidal, a parlé. « Nous allons voir », a précisé le coach.",
        "Nous allons voir", speaker=None, role="coach", kind="person"),
    # « la coroner » is an occupation: the role of the name it heads, and its gender
    row("Le veuf a témoigné devant la coroner Amira Kandel. Il a pleuré. « Nous irons au bout », "
        "a ensuite déclaré Amira Kandel.", "Nous irons au bout", speaker="Amira Kandel",
        role="coroner", gender="female"),
    # one who met the noun before (subject and object of one verb) is not the one it names,
    # so its role is not theirs; a verb that gives the role (« a remplacé le maire ») is no
    # meeting
    row("Paul Morel a vu le maire. Le maire a refusé. « Je reste », a dit Paul Morel.",
        "Je reste", speaker="Paul Morel", role=None, gender="male"),
    row("Léa Caron a interpellé la directrice. « Rien ne changera », a répondu la directrice.",
        "Rien ne changera", speaker=None, role="directrice", gender="female", kind="person"),
    row("Léa Caron a salué la juge. Léa Caron a ensuite quitté la salle. « Le verdict est "
        "juste », a dit la juge.", "Le verdict est juste", speaker=None, role="juge",
        gender="female", kind="person"),
    row("La maire a reçu Léa Caron. « Le dossier avance », a assuré la maire.",
        "Le dossier avance", speaker=None, role="maire", gender="female", kind="person"),
    row("Paul Roux, qui a rencontré le préfet, est reparti. « Rien n'est réglé », a déclaré le "
        "préfet.", "Rien n'est réglé", speaker=None, role="préfet", kind="person"),
    row("Paul Roux a remplacé le maire. « Je suis prêt », a dit le nouveau maire.",
        "Je suis prêt", speaker="Paul Roux", role="nouveau maire", gender="male"),
    row("Paul Roux a succédé au maire. « Je suis prêt », a dit le nouveau maire.",
        "Je suis prêt", speaker="Paul Roux", role="nouveau maire", gender="male"),
    row("Hugo Lambert a reçu les syndicats. Le député a ensuite quitté la salle. « Je "
        "continuerai », a-t-il dit.", "Je continuerai", speaker="Hugo Lambert", role="député",
        gender="male"),
    # a description no one is named for shows the fuller role an unnamed one of its noun,
    # gender and number was given before (never a plural's, another noun's, or one after it)
    row("La juge d'instruction de Lille a entendu les témoins. « L'enquête avance », a indiqué "
        "la juge.", "L'enquête avance", speaker=None, role="juge d'instruction de Lille",
        gender="female", kind="person"),
    row("Le préfet du Var a parlé. La préfète des Landes a répondu. « Rien n'est décidé », a dit "
        "la préfète.", "Rien n'est décidé", speaker=None, role="préfète des Landes",
        gender="female", kind="person"),
    row("Le préfet du Var a parlé. Les préfets des Landes ont répondu. « Rien n'est décidé », a "
        "dit le préfet.", "Rien n'est décidé", speaker=None, role="préfet du Var",
        kind="person"),
    row("Le préfet du Var a parlé. « Rien n'est décidé », a dit le maire.", "Rien n'est décidé",
        speaker=None, role="maire", kind="person"),
    row("« Rien n'est décidé », a dit le préfet. Le préfet du Var est arrivé plus tard.",
        "Rien n'est décidé", speaker=None, role="préfet", kind="person"),
    row("Le préfet du Morbihan a salué les bénévoles. Yann Le Goff l'a remercié. « La sécurité a "
        "été exemplaire », a estimé le préfet.", "La sécurité a été exemplaire", speaker=None,
        role="préfet du Morbihan", kind="person",
        why="« l'a remercié »: the pronoun object is the préfet, but only a noun object is read as "
            "meeting him, so the description goes to the one person named"),
    # a description's role noun that shares its stem with another word of the person's role
    # fits it (« la syndicaliste », « déléguée syndicale »); a role that shares none does not
    row("Martine Girod, qui est déléguée syndicale, juge le plan brutal. « On nous demande de "
        "partir », dénonce la syndicaliste.", "On nous demande de partir",
        speaker="Martine Girod", role="déléguée syndicale", gender="female"),
    row("Marc Petit, président du syndicat des marins, a parlé. « Nous ferons grève », a dit le "
        "syndicaliste.", "Nous ferons grève", speaker="Marc Petit",
        role="président du syndicat des marins", gender="male"),
    row("Paul Roux, directeur de l'usine, a parlé. « Nous fermerons », a dit le syndicaliste.",
        "Nous fermerons", speaker=None, role="syndicaliste", kind="person"),
    # two officers of unions: the one of the description's gender, else no one
    row("Marc Petit, délégué CFDT, et Paul Morel, délégué CGT, ont parlé. « Nous ferons grève », "
        "a dit le syndicaliste.", "Nous ferons grève", speaker=None, role="syndicaliste",
        kind="person"),
    row("Marc Petit, délégué CFDT, regrette la décision. Paul Morel, délégué CGT, aussi. Le "
        "directeur se tait. « Nous ferons grève », a dit le syndicaliste.", "Nous ferons grève",
        speaker=None, role="syndicaliste", kind="person"),
    row("Marc Petit, délégué CFDT, regrette la décision. Inacceptable pour Anne Morel, déléguée "
        "CGT du site. « Nous ferons grève », a dit le syndicaliste.", "Nous ferons grève",
        speaker="Marc Petit", role="délégué CFDT", gender="male"),
    # two of the description's gender the article gives its role (« le coach »: an
    # « entraîneur », a « sélectionneur »; « le magistrat »: a « juge », a « procureur »): no
    # one, whichever comes first; the gender, a sole holder, the subject of the sentence just
    # before or the one the article is about (subject or speaker twice) decides
    row("Le sélectionneur Marc Vidal et l'entraîneur Paul Morel ont parlé lundi. « Nous "
        "gagnerons », a dit le coach.", "Nous gagnerons", speaker=None, role="coach",
        kind="person"),
    row("L'entraîneur Paul Morel et le sélectionneur Marc Vidal ont parlé lundi. « Nous "
        "gagnerons », a dit le coach.", "Nous gagnerons", speaker=None, role="coach",
        kind="person"),
    row("L'entraîneur Marc Vidal et l'entraîneur Paul Morel ont parlé lundi. « Nous "
        "gagnerons », a dit le coach.", "Nous gagnerons", speaker=None, role="coach",
        kind="person"),
    row("Marc Vidal, entraîneur de Rennes, et Paul Morel, entraîneur de Brest, se sont vus. "
        "« Nous gagnerons », a dit le coach.", "Nous gagnerons", speaker=None, role="coach",
        kind="person"),
    row("Le juge Marc Vidal et le procureur Paul Morel ont parlé lundi. « Le dossier est "
        "vide », a dit le magistrat.", "Le dossier est vide", speaker=None, role="magistrat",
        kind="person"),
    row("L'entraîneur Marc Vidal et l'entraîneuse Anne Morel ont parlé lundi. « Nous "
        "gagnerons », a dit la coach.", "Nous gagnerons", speaker="Anne Morel",
        role="entraîneuse", gender="female"),
    row("Le juge Marc Vidal et la procureure Anne Morel ont parlé lundi. « Le dossier est "
        "vide », a dit la magistrate.", "Le dossier est vide", speaker="Anne Morel",
        role="procureure", gender="female"),
    row("Le juge Marc Vidal et l'avocat Paul Morel ont parlé lundi. « Le dossier est vide », a "
        "dit le magistrat.", "Le dossier est vide", speaker="Marc Vidal", role="juge",
        gender="male"),
    row("L'entraîneur Marc Vidal a parlé lundi. « Nous gagnerons », a-t-il dit. Le "
        "sélectionneur Paul Morel était là. Le match a commencé. « Nous jouerons », a dit le "
        "coach.", "Nous jouerons", speaker="Marc Vidal", role="entraîneur", gender="male"),
    row("L'entraîneur Marc Vidal a parlé lundi. « Nous gagnerons », a-t-il dit. Le "
        "sélectionneur Paul Morel était là. « Nous jouerons », a dit le coach.", "Nous jouerons",
        speaker="Paul Morel", role="sélectionneur", gender="male"),
    # counter-rows: the role the article gives, or no role at all, says nothing against them
    row("Le maire de Quimper, Paul Garnier, a présenté son budget. « Nous ne toucherons pas aux "
        "impôts », a-t-il promis. Le préfet a salué le projet. « La piscine rouvrira en "
        "septembre », a assuré le maire.", "La piscine rouvrira en septembre",
        speaker="Paul Garnier", role="maire de Quimper", gender="male"),
    row("Sylvie Marchal a présenté son budget. « Nous ne toucherons pas aux impôts », a-t-elle "
        "promis. « La piscine rouvrira », a assuré la maire.", "La piscine rouvrira",
        speaker="Sylvie Marchal", gender="female"),
    row("La maire de Dole, Sylvie Marchal, a présenté son budget. « Nous ne toucherons pas aux "
        "impôts », a-t-elle promis. « La piscine rouvrira en septembre », a assuré l’élue.",
        "La piscine rouvrira en septembre", speaker="Sylvie Marchal", gender="female"),
    row("Le député Hugo Lambert a voté contre. « Ce texte est injuste », a-t-il dit. « Je "
        "continuerai », a promis l’élu.", "Je continuerai", speaker="Hugo Lambert",
        gender="male"),
    # ---- « son mari », « la fille de X »: the relative the article names in that relation to
    # the one « son »/« sa » or « de » points to; nobody named so: no one (the mention kept)
    row("Martine Castel a disparu samedi. Son mari, Jean Castel, a alerté la police. « Elle "
        "n’est pas partie seule », a affirmé son mari.", "Elle n’est pas partie seule",
        speaker="Jean Castel", gender="male", kind="person"),
    row("Paul Vidal, le père de Léa Vidal, attendait devant la mairie. « Nous revivons enfin », "
        "a raconté son père.", "Nous revivons enfin", speaker="Paul Vidal", gender="male",
        kind="person"),
    row("Nadia Kaci a été blessée lundi. Sa sœur Amina Kaci était avec elle. « Le camion "
        "roulait trop vite », a raconté sa sœur.", "Le camion roulait trop vite",
        speaker="Amina Kaci", gender="female", kind="person"),
    row("Claire Vidal est morte dans l’accident. Son compagnon, Marc Jolivet, conduisait. « Elle "
        "adorait la montagne », a raconté son compagnon.", "Elle adorait la montagne",
        speaker="Marc Jolivet", gender="male", kind="person"),
    row("Le fils de Bernard Lucas, Hugo Lucas, a porté plainte. « Mon père a été trompé », a "
        "déclaré le fils de Bernard Lucas.", "Mon père a été trompé", speaker="Hugo Lucas",
        gender="male", kind="person"),
    row("Lucien Faure, 84 ans, a été retrouvé. Odile Faure, sa femme, a prévenu les secours. "
        "« Il était désorienté », a expliqué sa femme.", "Il était désorienté",
        speaker="Odile Faure", gender="female", kind="person"),
    # two couples: « son » is the nearest of the two
    row("Martine Castel et son mari Jean Castel vivent à Rennes. Sophie Roux et son mari Paul "
        "Roux vivent à Brest. « Nous avons tout perdu », a dit son mari.",
        "Nous avons tout perdu", speaker="Paul Roux", gender="male", kind="person"),
    # counter-rows: nobody named in that relation, or the relation is someone else's
    row("Sophie Arnaud est hospitalisée depuis lundi. « Elle est consciente », a indiqué sa "
        "fille.", "Elle est consciente", speaker=None, gender="female", kind="person"),
    row("Martine Castel et son mari Jean Castel vivent à Rennes. Sophie Roux a perdu sa maison "
        "dans la tempête. « Nous avons tout perdu », a dit son mari.", "Nous avons tout perdu",
        speaker=None, gender="male", kind="person"),
    row("Martine Castel a disparu samedi. Son fils, Hugo Castel, a alerté la police. « Elle "
        "n’est pas partie seule », a affirmé son mari.", "Elle n’est pas partie seule",
        speaker=None, gender="male", kind="person"),
    row("Claire Morel a disparu. « Mon frère Louis n’y est pour rien », a dit Claire Morel. "
        "« Elle reviendra », a assuré son frère.", "Elle reviendra", speaker=None,
        gender="male", kind="person"),
    row("Le mari de Julie Bonnet, Marc Bonnet, a été entendu. « Ma femme n’a rien fait », a "
        "déclaré le mari d’Anne Royer.", "Ma femme n’a rien fait", speaker=None,
        gender="male", kind="person"),
    # ---- a periphrasis of an office (lexicon/periphrases.tsv) is whoever holds that office:
    # of that country, of that gender, never another office holder, a former one, or a name
    # only the words said give
    row("Le président Marc Salin a reçu le président ivoirien Alassane Ouattara. « Nous sommes "
        "des partenaires », a dit le chef de l’État ivoirien.", "Nous sommes des partenaires",
        speaker="Alassane Ouattara", role="président ivoirien", gender="male"),
    row("Le président de la République, Marc Salin, a reçu le président ivoirien Alassane "
        "Ouattara. « Nous sommes des partenaires », a dit le chef de l’État.",
        "Nous sommes des partenaires", speaker="Marc Salin", role="président de la République",
        gender="male"),
    row("Le président de la République, Marc Salin, a reçu Jean Tissot. « Nous sommes des "
        "partenaires », a dit le chef de l’État ivoirien.", "Nous sommes des partenaires",
        speaker=None, role="chef de l’État ivoirien", gender=None, kind="person"),
    row("La ministre des Affaires étrangères, Sarah Klein, a reçu le ministre allemand Jonas "
        "Weber. « Nous restons unis », a dit la cheffe de la diplomatie.", "Nous restons unis",
        speaker="Sarah Klein", gender="female"),
    row("La ministre des Affaires étrangères, Sarah Klein, a reçu le ministre allemand Jonas "
        "Weber. « Nous restons unis », a dit le chef de la diplomatie allemande.",
        "Nous restons unis", speaker="Jonas Weber", role="ministre allemand", gender="male"),
    row("L’ancien Premier ministre Paul Morel a rencontré Jean Tissot, chef du gouvernement. "
        "« Le budget sera voté », a promis le Premier ministre.", "Le budget sera voté",
        speaker="Jean Tissot", role="chef du gouvernement", gender="male"),
    row("« Marc Salin a trahi le pays », a lancé Paul Morel, ministre de l’Intérieur. « Nous "
        "tiendrons », a répondu le chef de l’État.", "Nous tiendrons", speaker=None,
        role="chef de l’État", kind="person"),
    row("Le maire de Lyon Paul Roux a reçu le maire de Dole, Marc Aubry. « Le pont sera "
        "rouvert », a promis le maire de Lyon.", "Le pont sera rouvert", speaker="Paul Roux",
        role="maire de Lyon", gender="male"),
    # … an office the list knows, with its country or body, is not the one the article is about
    # when every role it gives them says another office, even one the list does not know: the
    # speaker stays a description, with its role; the one named with the office takes it
    row("Le chef de l’alliance, Jens Stoltenberg, a parlé mardi. « Nous restons unis », a-t-il "
        "dit.\n\n« L’assaut était cruel », a dit le Premier ministre britannique.",
        "L’assaut était cruel", speaker=None, role="Premier ministre britannique",
        kind="person"),
    row("Le chef de l’alliance, Jens Stoltenberg, a parlé mardi. « Nous restons unis », a-t-il "
        "dit.\n\nLe Premier ministre britannique a reçu Paul Roy, qui a évoqué « une grave "
        "erreur ».\n\n« L’assaut était cruel », a dit le Premier ministre britannique. « Nous "
        "tiendrons », a répété Jens Stoltenberg.", "Nous tiendrons", speaker="Jens Stoltenberg",
        role="chef de l’alliance"),
    row("La cheffe du syndicat, Anne Morel, a parlé mardi. « Nous restons unis », a-t-elle "
        "dit.\n\n« Le site fermera », a déclaré la Première ministre britannique.",
        "Le site fermera", speaker=None, role="Première ministre britannique", kind="person"),
    row("Le maire de Lyon, Paul Roux, a parlé mardi. « Nous restons unis », a-t-il dit.\n\n"
        "« L’assaut était cruel », a déclaré le ministre allemand.", "L’assaut était cruel",
        speaker=None, role="ministre allemand", kind="person"),
    row("La directrice de l’usine, Anne Morel, a parlé mardi. « Nous restons unis », a-t-elle "
        "dit.\n\n« Le site fermera », a déclaré la présidente de la région.",
        "Le site fermera", speaker=None, role="présidente de la région", kind="person"),
    row("Le chef de l’alliance, Jens Stoltenberg, a reçu le Premier ministre britannique Tom "
        "Reed. « Nous restons unis », a-t-il dit.\n\n« L’assaut était cruel », a dit le "
        "Premier ministre britannique.", "L’assaut était cruel", speaker="Tom Reed"),
    # a home office is never someone whose every role has another role noun (a prosecutor,
    # a judge): it goes to the one named later, in a by-phrase or a list, or stays unnamed
    row("Le procureur de Lille, Marc Aubry, a parlé lundi. « Les faits sont graves », a-t-il "
        "dit. « Rien n’est exclu », a ajouté Marc Aubry. Ces mots ont été repris mardi par "
        "Julien Ferrand.\n\n« Nous soutenons les enquêteurs », a déclaré le ministre de "
        "l’Intérieur.", "Nous soutenons les enquêteurs", speaker="Julien Ferrand"),
    row("Le procureur de Lille, Marc Aubry, a parlé lundi. « Les faits sont graves », a-t-il "
        "dit. Étaient présents Léa Petit, Julien Ferrand et Anne Roy.\n\n« Nous soutenons "
        "les enquêteurs », a déclaré le ministre de l’Intérieur.",
        "Nous soutenons les enquêteurs", speaker="Julien Ferrand", gender="male"),
    row("La juge d’instruction Claire Morin a parlé lundi. « Le dossier avance », a-t-elle "
        "dit. « Il faudra du temps », a répété Claire Morin.\n\n« La loi sera appliquée », a "
        "assuré la ministre de la Justice.", "La loi sera appliquée", speaker=None,
        role="ministre de la Justice", gender="female", kind="person"),
    # must not fire: a party's leader may hold the office too; so may someone with no role
    row("Anne Morel, secrétaire générale du parti, a pris la parole. Elle a promis « des "
        "réponses ».\n\n« La loi sera appliquée », a assuré la ministre de la Justice.",
        "La loi sera appliquée", speaker="Anne Morel"),
    row("La conseillère fédérale Léa Brun est intervenue à Berne, où elle a dénoncé « un "
        "abandon ». Plus tard, elle a lancé : « Le budget suivra. »\n\n« Nous agirons », a "
        "dit la ministre de la Justice.", "Nous agirons", speaker="Léa Brun"),
    row("Julien Ferrand a parlé lundi. « Nous tiendrons », a-t-il dit. « Rien ne change », a "
        "ajouté Julien Ferrand.\n\n« La loi sera appliquée », a assuré le ministre de la "
        "Justice.", "La loi sera appliquée", speaker="Julien Ferrand"),
    # must not fire: a role that says the office in other words, one with its role noun, or
    # no role at all (the description is then the only role the article gives)
    row("Le président de la République, Marc Salin, a parlé mardi. « Nous restons unis », "
        "a-t-il dit.\n\n« Le site fermera », a déclaré le locataire de l’Élysée.",
        "Le site fermera", speaker="Marc Salin"),
    row("La ministre des Affaires étrangères, Sarah Klein, a parlé mardi. « Nous restons "
        "unis », a-t-elle dit.\n\n« Le site fermera », a déclaré la patronne de la "
        "diplomatie.", "Le site fermera", speaker="Sarah Klein"),
    row("Le ministre allemand de l’Économie, Jonas Weber, a parlé mardi. « Nous restons unis », "
        "a-t-il dit.\n\n« Le site fermera », a déclaré le ministre allemand.",
        "Le site fermera", speaker="Jonas Weber"),
    row("Le président des Bleus, Marc Salin, a parlé mardi. « Nous restons unis », a-t-il "
        "dit.\n\n« Le site fermera », a déclaré le président de la République.",
        "Le site fermera", speaker="Marc Salin"),
    row("Le président du parti, Paul Roux, a parlé mardi. « Nous restons unis », a-t-il dit."
        "\n\n« Le pays attendra », lance le ministre de l’Intérieur démissionnaire.",
        "Le pays attendra", speaker="Paul Roux"),
    # an adjective in « -ique » after an office names a country, yet a role without it may be
    # that country's office (an article on London says « Premier ministre »)
    row("Le Premier ministre, Paul Morel, a parlé mardi. « Nous restons unis », a-t-il dit."
        "\n\n« L’assaut était cruel », a dit le Premier ministre britannique.",
        "L’assaut était cruel", speaker=None, role="Premier ministre britannique",
        why="« britannique » is not read as a country against an unqualified home office"),
    row("Paul Roux a parlé mardi. « Nous restons unis », a-t-il dit.\n\n« L’assaut était "
        "cruel », a déclaré le ministre allemand.", "L’assaut était cruel", speaker="Paul Roux"),
    # a particle after a common noun opens its complement: « de la République » is no name
    row("« Nous tiendrons », a dit le président de la République.", "Nous tiendrons",
        speaker=None, role="président de la République", gender=None, kind="person"),
    # ---- anonymous and anaphoric sources
    row("Une source policière a été interrogée. « Il était connu des services », a indiqué "
        "cette source.", "Il était connu des services", kind="anonymous",
        speaker="une source policière"),
    # an anaphoric source agrees with its antecedent in number, and in gender when both
    # determiners show one; a plural one still takes the plural sources
    row("Selon plusieurs sources proches du dossier, le vote a été repoussé. Le ministre a "
        "présenté son plan, selon un responsable du parti. Le texte sera revu en juin, selon la "
        "même source.", "Le texte sera revu en juin", speaker="un responsable du parti",
        kind="anonymous"),
    row("Selon une source proche du dossier, le vote a été repoussé. Le ministre a présenté son "
        "plan, selon plusieurs sources syndicales. Le texte sera revu en juin, selon ces mêmes "
        "sources.", "Le texte sera revu en juin", speaker="plusieurs sources syndicales",
        kind="anonymous"),
    row("Selon un proche du maire, le garçon était parti seul. Une proche de la famille a "
        "confirmé que la battue continuait. Ce proche a ajouté que les recherches reprendraient "
        "demain.", "les recherches reprendraient demain", speaker="un proche du maire",
        kind="anonymous"),
    row("« L’enquête avance », a indiqué une source proche du dossier.",
        "L’enquête avance", speaker="une source proche du dossier", kind="anonymous",
        gender=None),
    row("Le parquet de Nanterre a ouvert une enquête. Le ministère public a demandé que le "
        "prévenu soit placé en détention.", "le prévenu soit placé en détention",
        speaker="parquet de Nanterre", kind="organization"),
    # a generic noun of a body (lexicon/anaphoric_org_nouns.txt) with a name of its own after
    # it is that body, not the one named before
    row("Le fonds américain KDTR a fait une offre.\n\n« Nous avons ouvert des négociations », "
        "a annoncé le groupe pharmaceutique Orvalis.", "Nous avons ouvert des négociations",
        speaker="Orvalis", kind="organization"),
    row("Le fonds américain KDTR a fait une offre.\n\nLe groupe pharmaceutique Orvalis a "
        "tranché en annonçant « avoir ouvert des négociations avec KDTR ».",
        "avoir ouvert des négociations avec KDTR", speaker="Orvalis", kind="organization"),
    # a word of time the recogniser ran into a body's name is no part of it
    row("Le fonds Arvane a été écarté au profit d'une offre plus généreuse de son rival, comme "
        "l'annonçait Nova Business jeudi.",
        "Le fonds Arvane a été écarté au profit d'une offre plus généreuse de son rival",
        speaker="Nova Business"),
    # every line of lexicon/org_aliases.tsv: another name of a body named before
    row("Le tribunal correctionnel de Lyon a rendu sa décision. La juridiction a estimé que "
        "les faits étaient établis.", "les faits étaient établis",
        speaker="tribunal correctionnel de Lyon", kind="organization"),
    row("La cour d’appel de Paris a tranché. La haute juridiction a jugé que la procédure était "
        "régulière.", "la procédure était régulière", speaker="cour d’appel de Paris",
        kind="organization"),
    row("Le gouvernement italien a réagi. L’exécutif a assuré que les frontières resteraient "
        "ouvertes.", "les frontières resteraient ouvertes", speaker="gouvernement italien",
        kind="organization"),
    row("Selon des sources sécuritaires, le convoi a été attaqué à l’aube.",
        "le convoi a été attaqué à l’aube", kind="anonymous"),
    # a document a participle says someone gave (« communiqué … de source X », « relayé par
    # X »): the giver is the source; « le témoignage de X » (lexicon/speech_nouns.txt): X
    row("Deux randonneurs ont été blessés, selon un bilan provisoire communiqué lundi de source "
        "préfectorale.", "Deux randonneurs ont été blessés", speaker="source préfectorale",
        kind="anonymous"),
    row("La digue a cédé, selon une note publiée ce matin par la préfecture du Gard.",
        "La digue a cédé", speaker="préfecture du Gard", kind="organization"),
    row("Le camion roulait trop vite, selon le témoignage d’un passant.",
        "Le camion roulait trop vite", speaker="un passant", kind="anonymous"),
    row("L’individu a été placé en garde à vue, a indiqué une source judiciaire. Il sera "
        "présenté à un juge jeudi, selon la même source.", "Il sera présenté à un juge jeudi",
        speaker="une source judiciaire", role=None, gender=None, kind="anonymous"),
    # « la même source » with no anonymous source before it: the source last quoted, a body or
    # a named person, within reach; an anonymous one before it still wins, and a body only
    # named in the narration, or one quoted too far back, is no source
    row("« Deux ouvriers sont morts », a indiqué la gendarmerie. Le feu serait parti d’un "
        "atelier, selon la même source.", "Le feu serait parti d’un atelier",
        speaker="gendarmerie", kind="organization"),
    row("« La digue a cédé vers minuit », a déclaré le maire, Paul Fabre. Trois maisons ont "
        "été évacuées, selon la même source.", "Trois maisons ont été évacuées",
        speaker="Paul Fabre", kind="person"),
    row("Selon un témoin, le feu est parti du toit. « Nous avons ouvert un gymnase », a indiqué "
        "la mairie. Le feu serait criminel, selon la même source.", "Le feu serait criminel",
        speaker="un témoin", kind="anonymous"),
    row("La préfecture du Var a ouvert une cellule de crise dans la nuit. Le feu serait "
        "criminel, selon la même source.", "Le feu serait criminel", speaker="la même source"),
    row("« Deux ouvriers sont morts », a indiqué la gendarmerie. " + " ".join([FILLER] * 3)
        + " Le feu serait parti d’un atelier, selon la même source.",
        "Le feu serait parti d’un atelier", speaker="la même source"),
    # ---- a preposed subject never starts inside a hyphenated word the tokenizer cut in three
    # (« sapeurs | - | pompiers »); a spaced dash, or a determiner glued to a hyphen, starts one
    row("Dans la soirée, les sapeurs-pompiers ont annoncé « la découverte d’un troisième corps ».",
        "la découverte d’un troisième corps", speaker="sapeurs-pompiers", kind="person"),
    row("Les sapeurs-pompiers ont annoncé « la découverte d’un troisième corps ». « Les "
        "recherches continuent », ajoutent-ils.", "Les recherches continuent",
        speaker="sapeurs-pompiers"),
    row("Dans la nuit, les sages-femmes ont dénoncé « un manque criant de moyens ».",
        "un manque criant de moyens", speaker="sages-femmes"),
    row("Bilan provisoire - les pompiers ont annoncé « la découverte d’un troisième corps ».",
        "la découverte d’un troisième corps", speaker="pompiers"),
    row("Incendie à Brest-les pompiers ont annoncé « la découverte d’un troisième corps ».",
        "la découverte d’un troisième corps", speaker="pompiers"),
    # « ce » / « cette » with another noun names the anonymous source the text spoke of last
    # (« ce témoin » after « un chasseur »), not one someone named spoke after
    row("Un chasseur présent sur place assure que des panneaux avaient été posés. « Tout le "
        "monde savait », affirme ce témoin.", "Tout le monde savait",
        speaker="un chasseur présent sur place", kind="anonymous"),
    row("Une habitante du port dit avoir eu peur. Cette riveraine assure que l’eau est montée "
        "dans sa cave.", "l’eau est montée dans sa cave", speaker="une habitante du port",
        gender="female", kind="anonymous"),
    row("Un chasseur assure que des panneaux avaient été posés. Le maire, Paul Roux, dément. « "
        "Personne n’a rien vu », affirme cet élu.", "Personne n’a rien vu",
        speaker="Paul Roux", kind="person"),
    # a demonstrative names the anonymous source named before with the same noun, whatever noun
    row("Un proche de la famille a confirmé le décès. Ce proche a précisé que les obsèques "
        "auraient lieu samedi.", "les obsèques auraient lieu samedi",
        speaker="un proche de la famille", role=None, gender=None, kind="anonymous"),
    row("Une habitante du quartier a entendu les tirs. Cette habitante a raconté que la rue "
        "était bloquée.", "la rue était bloquée", speaker="une habitante du quartier",
        role=None, gender="female", kind="anonymous"),
    row("Paul Morel a été hospitalisé. Un porte-parole de l’hôpital a indiqué qu’il allait "
        "mieux. Ce porte-parole a ajouté qu’il sortirait lundi.", "il sortirait lundi",
        speaker="un porte-parole de l’hôpital", gender=None, kind="anonymous"),
    # an unnamed person's gender: a feminine form says a woman, the masculine says nothing
    # (French uses it for anyone), unless the noun names a sex; « une source » is the word's
    row("Une contrôleuse a indiqué que le train était parti à l'heure.",
        "le train était parti à l'heure", speaker="une contrôleuse", gender="female",
        kind="anonymous"),
    row("Un contrôleur a indiqué que le train était parti à l'heure.",
        "le train était parti à l'heure", speaker="un contrôleur", gender=None,
        kind="anonymous"),
    row("Une amie proche du couple a confié que le mariage était reporté.",
        "le mariage était reporté", gender="female", kind="anonymous"),
    row("Une proche du chanteur a confié que l'album sortirait en mars.",
        "l'album sortirait en mars", speaker="une proche du chanteur", gender="female",
        kind="anonymous"),
    row("Un proche du chanteur a confié que l'album sortirait en mars.",
        "l'album sortirait en mars", speaker="un proche du chanteur", gender=None,
        kind="anonymous"),
    row("Une ancienne conseillère du ministre affirme que la note existait.",
        "la note existait", gender="female", kind="anonymous"),
    row("Un ancien conseiller du ministre affirme que la note existait.",
        "la note existait", gender=None, kind="anonymous"),
    row("Un témoin s'est dite certaine que le camion roulait trop vite.",
        "le camion roulait trop vite", speaker="un témoin", gender="female", kind="anonymous"),
    row("Un témoin s'est dit certain que le camion roulait trop vite.",
        "le camion roulait trop vite", speaker="un témoin", gender=None, kind="anonymous"),
    row("Une source diplomatique s'est dite certaine que l'accord serait signé.",
        "l'accord serait signé", speaker="une source diplomatique", gender=None,
        kind="anonymous"),
    row("Selon une victime de l'escroquerie, le vendeur avait disparu.",
        "le vendeur avait disparu", gender=None, kind="anonymous"),
    row("Un homme qui passait là a raconté que la vitrine avait explosé.",
        "la vitrine avait explosé", gender="male", kind="anonymous"),
    row("Une entreprise du secteur a annoncé que les tarifs allaient monter.",
        "les tarifs allaient monter", gender=None),
    # … a noun that can name a woman: not a participle, nor a noun of a man's ending
    row("Une salariée de l'usine a raconté que la chaîne était à l'arrêt.",
        "la chaîne était à l'arrêt", gender="female", kind="anonymous"),
    row("Une rumeur relayée par des salariés a indiqué que le site fermerait.",
        "le site fermerait", gender=None),
    row("Une version nuancée par un syndicaliste circule : « Le site fermera en juin ».",
        "Le site fermera en juin", gender=None),
    # « cette source » is any anonymous source named before, of its number
    row("Selon un membre du staff, le défenseur souffre d'une entorse. Cette source précise qu'il "
        "sera absent trois semaines.", "il sera absent trois semaines",
        speaker="un membre du staff", kind="anonymous"),
    row("Des élus affirment que le vote est truqué. Cette source ajoute que le maire le savait.",
        "le maire le savait", speaker="cette source", kind="anonymous"),
    row("Paul Morel a parlé. Cette source ajoute que le maire le savait.", "le maire le savait",
        speaker="cette source", kind="anonymous"),
    # … never one with another noun
    row("Une source policière a parlé aux journalistes. Ce témoin a affirmé que la voiture "
        "roulait vite.", "la voiture roulait vite", speaker=None, role=None),
    # someone's circle speaks for them, not as them: an anonymous source written with its
    # article, a description as written, a name full, a possessive the one it stands for
    row("Le ministre Jean Tissot est resté silencieux. L’entourage du ministre a indiqué qu’il "
        "ne se représenterait pas.", "il ne se représenterait pas",
        speaker="l’entourage du ministre", role=None, gender=None, kind="anonymous"),
    row("Le ministre Jean Tissot est resté silencieux. L’entourage de Jean Tissot a indiqué "
        "qu’il ne se représenterait pas.", "il ne se représenterait pas",
        speaker="l’entourage de Jean Tissot", role=None, gender=None, kind="anonymous"),
    row("Le ministre Jean Tissot est resté silencieux. « Il ne se représentera pas », a dit "
        "l’entourage de M. Tissot.", "Il ne se représentera pas",
        speaker="l’entourage de Jean Tissot", role=None, gender=None, kind="anonymous"),
    row("Claire Vidal quitte la présidence du club. « C’est fini », a indiqué son entourage "
        "lundi.", "C’est fini", speaker="l’entourage de Claire Vidal", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. « Il est soulagé », a confié son entourage.",
        "Il est soulagé", speaker="l’entourage de Paul Roux", role=None, gender=None,
        kind="anonymous"),
    # … a family, as a whole, is a group of people, written without article
    row("Le maire Paul Roux a été réélu. « Il est soulagé », a confié sa famille.",
        "Il est soulagé", speaker="famille de Paul Roux", role=None, kind="person"),
    row("La ministre Anne Morel a démissionné. Ses enfants ont assuré qu’elle allait bien.",
        "elle allait bien", speaker="enfants d’Anne Morel", role=None, gender=None,
        kind="person"),
    row("Le maire Paul Roux a été réélu. Ses proches ont assuré qu’il était soulagé.",
        "il était soulagé", speaker="proches de Paul Roux", role=None, gender=None,
        kind="person"),
    # … some unnamed members of it are an anonymous source written as the mention, whose name
    # in full, « ses » the one it stands for: never the one whose circle it is
    row("Le maire Paul Roux a été réélu. Un proche de Paul Roux a confié qu’il était soulagé.",
        "il était soulagé", speaker="un proche de Paul Roux", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Selon un proche de M. Roux, il est soulagé.",
        "il est soulagé", speaker="un proche de Paul Roux", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. « Il est soulagé », a confié une proche de Paul Roux.",
        "Il est soulagé", speaker="une proche de Paul Roux", role=None, gender="female",
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Des proches de Paul Roux ont assuré qu’il était "
        "soulagé.", "il était soulagé", speaker="des proches de Paul Roux", role=None,
        gender=None, kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Selon un ami de Paul Roux, il est soulagé.",
        "il est soulagé", speaker="un ami de Paul Roux", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Selon un vieil ami de Paul Roux, il est soulagé.",
        "il est soulagé", speaker="un vieil ami de Paul Roux", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Un de ses proches a confié qu’il était soulagé.",
        "il était soulagé", speaker="un proche de Paul Roux", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. L’un de ses proches a confié qu’il était soulagé.",
        "il était soulagé", speaker="un proche de Paul Roux", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Selon l’une de ses amies, il est soulagé.",
        "il est soulagé", speaker="une amie de Paul Roux", role=None, gender="female",
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Selon des proches, il est soulagé.", "il est soulagé",
        speaker="des proches", role=None, gender=None, kind="anonymous"),
    # … the words before whose circle it is are kept, up to the « de » before the name (the
    # particle inside a name is no such « de »); adjectives may follow the noun
    row("La sénatrice Claire Vautrin a quitté Paris. Un ami de longue date de Claire Vautrin a "
        "confié qu’elle était épuisée.", "elle était épuisée",
        speaker="un ami de longue date de Claire Vautrin", role=None, gender=None,
        kind="anonymous"),
    row("Le chanteur Hugo Ferrand a quitté Paris. Selon un ami d’enfance de Hugo Ferrand, il est "
        "épuisé.", "il est épuisé", speaker="un ami d’enfance d’Hugo Ferrand", role=None,
        gender=None, kind="anonymous"),
    row("Le général Jean de Villaret a quitté Paris. Selon un ami de longue date de Jean de "
        "Villaret, il est épuisé.", "il est épuisé",
        speaker="un ami de longue date de Jean de Villaret", role=None, kind="anonymous"),
    row("La sénatrice Claire Vautrin a quitté Paris. Un ami proche de Claire Vautrin a confié "
        "qu’elle était épuisée.", "elle était épuisée",
        speaker="un ami proche de Claire Vautrin", role=None, gender=None, kind="anonymous"),
    # must not: « leur », whose owners may be two, is no one named before: the mention as
    # written, its capital lowered at a sentence start (« L’ » is no word in capitals)
    row("La sénatrice Claire Vautrin et son mari Marc Vautrin ont quitté Paris. Un de leurs "
        "proches a confié qu’ils étaient épuisés.", "ils étaient épuisés",
        speaker="un de leurs proches", role=None, gender=None, kind="anonymous"),
    row("Les époux Vautrin ont quitté Paris. L’un de leurs amis a confié qu’ils étaient "
        "épuisés.", "ils étaient épuisés", speaker="l’un de leurs amis", role=None,
        gender=None, kind="anonymous"),
    # « un de », « une de » + a noun that is no member: the mention as written, « une » giving
    # the gender of a noun of a woman after it (« une de ses voisines »), « un » none
    row("Le maire Paul Roux a été réélu. Un de ses adjoints a affirmé que le budget était "
        "voté.", "le budget était voté", speaker="un de ses adjoints", role=None, gender=None,
        kind="anonymous"),
    row("Le chanteur Hugo Ferrand a quitté Paris. Une de ses voisines a raconté qu’il était "
        "épuisé.", "il était épuisé", speaker="une de ses voisines", role=None,
        gender="female", kind="anonymous"),
    row("Le chanteur Hugo Ferrand a quitté Paris. Un de ses voisins a raconté qu’il était "
        "épuisé.", "il était épuisé", speaker="un de ses voisins", role=None, gender=None,
        kind="anonymous"),
    # … an entourage no one named before owns, opening a sentence: its capital lowered
    row("Son entourage a assuré qu’il était soulagé.", "il était soulagé",
        speaker="son entourage", role=None, gender=None, kind="anonymous"),
    # must not: a name set off after the words, or a named speaker a member is apposed to, is
    # that person; « proche » as an adjective changes no speaker; a role noun is no member
    # (« un conseiller de Paul Roux » is a description, as before)
    row("Le maire Jean Tissot a été réélu. Un ami de la famille, Paul Roux, a confié qu’il était "
        "soulagé.", "il était soulagé", speaker="Paul Roux", kind="person"),
    row("Le maire Jean Tissot a été réélu. Paul Roux, un proche de Jean Tissot, a déclaré qu’il "
        "était soulagé.", "il était soulagé", speaker="Paul Roux", kind="person"),
    row("Paul Roux, un proche du ministre, a déclaré que le projet était abandonné.",
        "le projet était abandonné", speaker="Paul Roux", kind="person"),
    row("Proche de la retraite, Anne Morel a dit que le projet était abandonné.",
        "le projet était abandonné", speaker="Anne Morel", gender="female", kind="person"),
    row("Le maire Paul Roux a été réélu. Dans un avenir proche, il a dit que le projet serait "
        "abandonné.", "le projet serait abandonné", speaker="Paul Roux", kind="person"),
    row("Selon un diplomate du proche Orient, la trêve tiendra.", "la trêve tiendra",
        speaker="un diplomate du proche Orient", kind="anonymous"),
    row("Le maire Paul Roux a été réélu. Un conseiller de Paul Roux a confié qu’il était "
        "soulagé.", "il était soulagé", speaker=None, role="conseiller de Paul Roux"),
    # … an entourage whose owner no word gives is an anonymous source as written
    row("L’entourage présidentiel a assuré que le projet était abandonné.",
        "le projet était abandonné", speaker="l’entourage présidentiel", role=None, gender=None,
        kind="anonymous"),
    row("Le maire Paul Roux a été réélu. « Il est soulagé », a-t-on assuré dans l’entourage.",
        "Il est soulagé", speaker="l’entourage", role=None, gender=None, kind="anonymous"),
    # « ses » + a plural role noun: the people who serve the one named last, as a group, whose
    # role is the bare noun (GUIDELINES: a bare plural noun of a role), as « son avocat »'s is
    row("L’ancien maire Paul Rivet a été condamné. Ses avocats ont annoncé qu’il ferait appel.",
        "il ferait appel", speaker="avocats de Paul Rivet", role="avocat", kind="person"),
    # a woman titled with a masculine noun is the one the noun names later (no gender check)
    row("Le professeur Maryse Dantec, infectiologue à l’hôpital de Brest, a présenté l’étude "
        "lundi. Le professeur a ensuite ajouté : « Les résultats sont encourageants. »",
        "Les résultats sont encourageants.", speaker="Maryse Dantec"),
    row("Le nouveau roman de Corinne Lavergne, l’auteur de « La Nuit des phares », sort jeudi. "
        "L’auteur a confié : « J’ai mis dix ans à l’écrire. »", "J’ai mis dix ans à l’écrire.",
        speaker="Corinne Lavergne"),
    # whose « ses »: the subject of the sentence before, not the other party named last
    row("L’ancien maire Gérard Tallon a porté plainte lundi contre la conseillère Nadine Berthou "
        "pour diffamation. Ses avocats ont déclaré qu’il avait été sali.", "il avait été sali",
        speaker="avocats de Gérard Tallon", role="avocat", kind="person"),
    # … nor the interviewer of an inverted cue: the cue's subject owns it
    row("« Je ne me représenterai pas », a déclaré Gérard Tallon, interrogé par la journaliste "
        "Lise Carbonnel. Ses avocats ont ensuite précisé qu’il restait disponible.",
        "il restait disponible", speaker="avocats de Gérard Tallon", role="avocat", kind="person"),
    # a subject « il » goes back to the one its sentences are about, not the judge named last
    row("Le maire Gérard Tallon est arrivé au tribunal mardi, où la juge Nadine Berthou "
        "l’attendait. Il est ressorti souriant une heure plus tard. Ses avocats ont déclaré "
        "qu’il ferait appel.", "il ferait appel", speaker="avocats de Gérard Tallon", role="avocat",
        kind="person"),
    # a body's « ses avocats » are no person's: not the judge's, the only person named
    row("La société Brivane a été condamnée mardi par le tribunal, présidé par le juge Hervé "
        "Mazaud. Ses avocats ont annoncé qu’elle ferait appel.", "elle ferait appel",
        speaker="avocats", role="avocat", kind="person"),
    # a subject that is no one (« la voiture »): the one person the article has named
    row("Le maire Gérard Tallon a quitté la mairie lundi. La voiture qui le transportait est "
        "partie vers Lyon. Ses avocats ont annoncé qu’il ferait appel.", "il ferait appel",
        speaker="avocats de Gérard Tallon", role="avocat", kind="person"),
    row("La victime a été retrouvée lundi. La famille de la victime a demandé que la vérité "
        "soit faite.", "la vérité soit faite", speaker="famille de la victime", role=None,
        gender=None, kind="person"),
    # "l'institution": the body named before, under its full name
    row("Le Conseil constitutionnel a rendu sa décision. L’institution a jugé que la loi était "
        "conforme.", "la loi était conforme", speaker="Conseil constitutionnel", role=None,
        gender=None, kind="organization"),
    # "on" with the source it names
    row("L’homme a été interpellé mardi, a-t-on appris de source policière.",
        "L’homme a été interpellé mardi", speaker="source policière", role=None, gender=None,
        kind="anonymous"),
    row("« Il n’y a pas de menace imminente », indique-t-on au parquet de Paris.",
        "Il n’y a pas de menace imminente", speaker="parquet de Paris", role=None, gender=None,
        kind="organization"),
    row("De source judiciaire, on précise que l’homme n’était pas armé.",
        "l’homme n’était pas armé", speaker="source judiciaire", role=None, gender=None,
        kind="anonymous"),
    row("Le suspect a été relâché, a-t-on appris auprès de la préfecture de police.",
        "Le suspect a été relâché", speaker="préfecture de police", role=None, gender=None,
        kind="organization"),
    row("« Le maire garde toute sa confiance à Paul Roux », a-t-on déclaré dans l'entourage "
        "d'Anne Morel.", "Le maire garde toute sa confiance à Paul Roux",
        speaker="l’entourage d’Anne Morel", role=None, gender=None, kind="anonymous"),
    row("« Nous sommes soulagés », a-t-on indiqué dans la famille de Paul Roux.",
        "Nous sommes soulagés", speaker="famille de Paul Roux", role=None, gender=None),
    row("« Le projet sera abandonné », a-t-on appris dans l'entourage du maire, Paul Roux.",
        "Le projet sera abandonné", speaker="l'entourage du maire", kind="anonymous"),
    # « on » before a time, a place or a document after « dans »: no source named
    row("« Le projet sera abandonné », a-t-on indiqué dans la soirée.",
        "Le projet sera abandonné", speaker=None),
    row("« Le projet sera abandonné », a-t-on ajouté dans un communiqué.",
        "Le projet sera abandonné", speaker=None),
    row("« Rien n’est joué », dit-on dans le quartier.", "Rien n’est joué", speaker=None),
    # … nor a body's noun that is a place as well (lexicon/body_kinds.tsv, noun_kinds.tsv's
    # things): « dans l'école », « dans la maison »; a body that is no place is one
    row("Le match est fini. « Rien ne bouge », répète-t-on dans l'école.", "Rien ne bouge",
        speaker=None),
    row("On explique dans la maison que « rien ne bouge ».", "« rien ne bouge »", speaker=None),
    row("Le match est fini. « Rien ne bouge », a-t-on confié dans le club.", "Rien ne bouge",
        speaker="club", kind="organization"),
    row("On dit que le maire partira dans la soirée.", "le maire partira dans la soirée",
        speaker=None),
    row("Le club a perdu. « Le maire partira », comme on le sait dans le quartier. « Il "
        "reviendra », a-t-on ajouté.", "Il reviendra", speaker=None),
    # a bare « on » after a verb that goes on with words quoted just before (« a-t-on ajouté »,
    # « de même source »): the one quoted before, in its paragraph or the one before
    row("« Le maire garde sa confiance à Paul Roux », a-t-on déclaré dans l'entourage d'Anne "
        "Morel. « Il recevra ses propositions », a-t-on ajouté.", "Il recevra ses propositions",
        speaker="l’entourage d’Anne Morel", kind="anonymous"),
    row("« On verra sa marque », a-t-on insisté dans l'entourage du maire.\n\n« Des lois ont "
        "été votées », a-t-on ajouté de même source.", "Des lois ont été votées",
        speaker="l'entourage du maire", kind="anonymous"),
    row("« Le taux de grévistes est faible », a indiqué la direction. Le trafic est « normal », "
        "a-t-on ajouté.", "Le trafic est « normal »", speaker="direction", kind="organization"),
    # … never after a verb that says something new, nor with no one quoted before
    row("« Le taux de grévistes est faible », a indiqué la direction. Le trafic est « normal », "
        "a-t-on indiqué.", "Le trafic est « normal »", speaker=None),
    row("« Le projet sera abandonné », a-t-on ajouté.", "Le projet sera abandonné",
        speaker=None),
    # … only after an unnamed source (an entourage, an anonymous source, a body), never after
    # a person quoted in their own name: « on » there is someone else
    row("Le maire Paul Roux a été réélu. « Je suis fier », a déclaré Paul Roux. « Rien ne "
        "change », a-t-on ajouté.", "Rien ne change", speaker=None),
    row("« Le plan tient », a-t-on déclaré dans l'entourage d'Anne Morel. « Il tiendra », a "
        "répondu Paul Roux. « Rien ne change », a-t-on ajouté.", "Rien ne change", speaker=None),
    row("« Le dossier avance », a confié une source proche du maire. « Rien ne change », "
        "a-t-on ajouté.", "Rien ne change", speaker="une source proche du maire",
        kind="anonymous"),
    # … and only when nothing after the verb names another side: a time word or « de même
    # source » goes on, « du côté de », « chez », « côté » + a noun do not
    row("« Le plan tient », a-t-on déclaré dans l'entourage d'Anne Morel. « Rien ne change », "
        "a-t-on ajouté jeudi.", "Rien ne change", speaker="l’entourage d’Anne Morel",
        kind="anonymous"),
    row("« Le plan tient », a-t-on déclaré dans l'entourage d'Anne Morel. « Rien ne change », "
        "a-t-on ajouté du côté de l'opposition.", "Rien ne change", speaker=None),
    row("« Le plan tient », a-t-on déclaré dans l'entourage d'Anne Morel. « C'est une erreur », "
        "a-t-on renchéri chez ses adversaires.", "C'est une erreur", speaker=None),
    row("« Le plan tient », a-t-on déclaré dans l'entourage d'Anne Morel.\n\n« C'est une "
        "erreur », a-t-on conclu côté syndical.", "C'est une erreur", speaker=None),
    row("Le maire Paul Roux a été réélu. « Je suis fier », a déclaré Paul Roux. « Rien ne "
        "change », a-t-on ajouté du côté de l'opposition.", "Rien ne change", speaker=None),
    # ---- two people with one surname: agreement says which
    row("Jean Martel et son épouse Anne Martel ont parlé. « Nous sommes soulagés », a-t-elle "
        "ajouté.", "Nous sommes soulagés", speaker="Anne Martel", gender="female"),
    row("Nadine Le Gall a répondu à son père Jean-Yves Le Gall. « C’est une suite attendue », "
        "a estimé la présidente du parti.", "C’est une suite attendue", speaker="Nadine Le Gall",
        gender="female"),
    row("Jean-Yves Le Gall, président d’honneur, a été exclu. « Je ferai appel », a dit Le Gall.",
        "Je ferai appel", speaker="Jean-Yves Le Gall", gender="male"),
    row("Paul Roux, 80 ans, et son fils Marc Roux ont témoigné. « J’ai vu la flamme », a "
        "raconté Marc Roux.", "J’ai vu la flamme", speaker="Marc Roux", gender="male"),
    row("Isabelle Vernier, épouse du maire, a parlé. « Je suis meurtrie », a déclaré Isabelle.",
        "Je suis meurtrie", speaker="Isabelle Vernier", gender="female"),
    # a first name alone joined by « et » to a full name bears its surname; a title or the
    # first name then says which of the two speaks
    row("Patrick et Isabelle Valmont sont arrivés au tribunal. « Je n’ai rien volé », s’est-il "
        "défendu.", "Je n’ai rien volé", speaker="Patrick Valmont", gender="male", kind="person"),
    row("Patrick et Isabelle Valmont sont arrivés au tribunal. « Je suis épuisée », a-t-elle "
        "ajouté.", "Je suis épuisée", speaker="Isabelle Valmont", gender="female"),
    row("Les époux Lemaire, Claire et Jean Lemaire, ont été entendus. « Nous avons tout perdu », "
        "a déclaré Mme Lemaire.", "Nous avons tout perdu", speaker="Claire Lemaire",
        gender="female"),
    row("Anne et Marc Vidal tiennent la boulangerie. Mme Vidal a raconté que le feu avait pris "
        "la nuit.", "le feu avait pris la nuit", speaker="Anne Vidal", gender="female"),
    row("Anne et Marc Vidal tiennent la boulangerie. M. Vidal a raconté que le feu avait pris "
        "la nuit.", "le feu avait pris la nuit", speaker="Marc Vidal", gender="male"),
    row("Hélène et Louis Garnier vivent à Lyon depuis dix ans. « Nous ne partirons pas », a "
        "déclaré Hélène Garnier. « Le quartier a changé », a ajouté Louis.",
        "Le quartier a changé", speaker="Louis Garnier", gender="male"),
    row("Jean Lemaire et sa femme Claire Lemaire ont été entendus. La victime a expliqué que la "
        "porte était ouverte.", "la porte était ouverte", speaker="Claire Lemaire",
        gender="female"),  # a noun of state is no role (GUIDELINES « Ages »)
    # the agreement of what follows the surname says which; nothing says: no one of the two
    row("Anne et Marc Vidal tiennent la boulangerie. « Le feu a pris en pleine nuit », a raconté "
        "Vidal, très émue.", "Le feu a pris en pleine nuit", speaker="Anne Vidal",
        gender="female"),
    row("Marc et Anne Vidal tiennent la boulangerie. « Le feu a pris en pleine nuit », a raconté "
        "Vidal, très ému.", "Le feu a pris en pleine nuit", speaker="Marc Vidal", gender="male"),
    row("Anne et Marc Vidal tiennent la boulangerie. « Le feu a pris en pleine nuit », a raconté "
        "Vidal.", "Le feu a pris en pleine nuit", speaker="Vidal", kind="person"),
    row("Paul Roux et son fils Marc Roux ont témoigné. « J’ai vu la flamme », a raconté M. "
        "Roux.", "J’ai vu la flamme", speaker="Roux", gender="male", kind="person"),
    # named more often in full, the one the article is about
    row("Jean Morin et son fils Luc Morin ont témoigné. Luc Morin, 20 ans, a tout vu. Luc Morin "
        "a appelé les secours. « J’ai vu la flamme », a raconté Morin.", "J’ai vu la flamme",
        speaker="Luc Morin", gender="male"),
    # not a shared surname: a first name set apart by commas is someone's own
    row("Gérard, un commerçant, et Anne Roy, une cliente, ont vu l’incendie. « Tout a brûlé en "
        "une heure », soupire Gérard.", "Tout a brûlé en une heure", speaker="Gérard",
        gender="male"),
    # ---- a surname alone is the fullest form the article gives that person, wherever it is
    row("« Nous irons jusqu’au bout », a déclaré M. Le Gall. Yann Le Gall, maire de Brest, "
        "présidait la séance.", "Nous irons jusqu’au bout", speaker="Yann Le Gall",
        role="maire de Brest", gender="male", kind="person"),
    row("« Je suis confiant », a dit Le Gall en sortant. Le maire de Brest, Yann Le Gall, a "
        "ensuite quitté la salle.", "Je suis confiant", speaker="Yann Le Gall",
        gender="male", kind="person"),
    row("Ursula von der Leyen à Bruxelles, le 3 mars.\n\n« Nous agirons vite », a affirmé "
        "Mme von der Leyen.", "Nous agirons vite", speaker="Ursula von der Leyen",
        gender="female", kind="person"),
    row("Le ministre Luigi di Marco était à Rome. « Le projet avance », a assuré M. di Marco.",
        "Le projet avance", speaker="Luigi di Marco", role="ministre", gender="male"),
    row("« Le dossier est clos », a tranché M. de Montval.\n\nDominique de Montval, ancien "
        "Premier ministre, était à Lyon.", "Le dossier est clos",
        speaker="Dominique de Montval", role="ancien Premier ministre", kind="person"),
    # ---- a surname with a lower-case particle is kept whole, alone or after the first name;
    # « de » or an article after a common noun opens its complement, no name
    row("Mathieu van der Poel a gagné. « J’ai tout donné », a déclaré van der Poel.",
        "J’ai tout donné", speaker="Mathieu van der Poel", gender="male", kind="person"),
    # (« championne » is a distinction, no role)
    row("La championne Lotte van Dijk a gagné. « Je suis heureuse », a déclaré van Dijk.",
        "Je suis heureuse", speaker="Lotte van Dijk", role=None, gender="female"),
    row("Le ministre Luigi di Maio était à Rome. « Le projet avance », a assuré di Maio.",
        "Le projet avance", speaker="Luigi di Maio", role="ministre", gender="male"),
    row("« Nous roulerons pour gagner », a dit le coureur néerlandais Mathieu van der Poel.",
        "Nous roulerons pour gagner", speaker="Mathieu van der Poel", gender="male"),
    row("« Le dossier est clos », a tranché Dominique de Montval.", "Le dossier est clos",
        speaker="Dominique de Montval", kind="person"),
    row("Marie de La Rochefoucauld, présidente de l’association, a parlé. « Nous "
        "continuerons », a-t-elle dit.", "Nous continuerons", speaker="Marie de La Rochefoucauld",
        role="présidente de l’association", gender="female"),
    row("« Le pays doit avancer », a dit Jean de la Tour, maire de Gien.",
        "Le pays doit avancer", speaker="Jean de la Tour", role="maire de Gien", gender="male"),
    row("« Je reste », a dit Frank van den Berg.", "Je reste", speaker="Frank van den Berg",
        kind="person"),
    row("« Nous gagnerons », assure Daniel da Silva.", "Nous gagnerons",
        speaker="Daniel da Silva", gender="male"),
    # two people of one particle surname; a particle name inside the quote; an office
    row("Jean-Marie de Montval et sa fille Claire de Montval ont parlé. « Je suis fière », a "
        "déclaré Mme de Montval.", "Je suis fière", speaker="Claire de Montval",
        gender="female"),
    row("« Je salue Ursula von der Leyen », a dit Paul Morel.", "Je salue Ursula von der Leyen",
        speaker="Paul Morel", gender="male"),
    row("« Nous tiendrons », a dit le ministre de l’Intérieur.", "Nous tiendrons", speaker=None,
        role="ministre de l’Intérieur", gender=None, kind="person"),
    # the full name only inside another quote: its form, and the first name's gender
    row("« Je soutiens pleinement Sarah McAllister », a dit Paul Morel. « Rien n’est joué », a "
        "répondu Mme McAllister.", "Rien n’est joué", speaker="Sarah McAllister",
        gender="female", kind="person"),
    row("« Sarah Lenz a menti aux électeurs », a dit Paul Morel devant la presse.",
        "Sarah Lenz a menti aux électeurs", speaker="Paul Morel", gender="male"),
    # two people of that surname in the quote: nothing says which
    row("« Paul Lenz et Anne Lenz sont innocents », a dit Marc Roy. « Rien n’est encore joué », "
        "a ajouté M. Lenz.", "Rien n’est encore joué", speaker="Lenz", kind="person"),
    # a titled surname is a surname: never someone else's first name
    row("Martin Hirsch dirige l’hôpital. « Le service rouvrira », a promis M. Martin, le "
        "directeur adjoint.", "Le service rouvrira", speaker="Martin", role="directeur adjoint",
        gender="male"),
    # ---- the speaker of the previous quote does not cross a change of speaker
    row("« Nous voterons le texte », a annoncé Luc Bernard.\n\nLa séance a été levée à midi. "
        "Aucun accord n’a été trouvé.\n\nLe texte sera relu en mars.\n\n« La réforme est morte. »",
        "La réforme est morte.", speaker=None),
    row("« Je reste », a dit Paul Morel. Son rival, Jean Tissot, a répondu. « Je pars demain "
        "matin pour Lyon. »", "Je pars demain matin pour Lyon.", speaker="Jean Tissot",
        gender="male"),
    # ---- a role given once near the top reaches the later quotes
    row("Le PDG de Valtor, Jean Dupuis, a présenté les comptes.\n\nLes ventes ont baissé.\n\n"
        "« Nous allons investir », a dit Jean Dupuis.", "Nous allons investir",
        speaker="Jean Dupuis", role="PDG de Valtor", gender="male"),
    row("Marie Lenoir, secrétaire générale du syndicat, a pris la parole.\n\n« La grève "
        "continue », a-t-elle dit.", "La grève continue", speaker="Marie Lenoir",
        role="secrétaire générale du syndicat", gender="female"),
    row("« Le pays doit se réformer », a dit Alain Favre, ancien ministre des Finances.",
        "Le pays doit se réformer", speaker="Alain Favre", role="ancien ministre des Finances",
        gender="male"),
    row("Le ministre d’État, ministre de l’Agriculture et de la Pêche, Marc Olivier, a "
        "démissionné. « Je pars la tête haute », a-t-il écrit.", "Je pars la tête haute",
        speaker="Marc Olivier", role="ministre de l’Agriculture et de la Pêche", gender="male"),
    row("Claire Vidal, présidente de la commission des finances de l’Assemblée nationale et "
        "maire de Dole, a ouvert la séance. « Le budget sera tenu », a-t-elle dit.",
        "Le budget sera tenu",
        speaker="Claire Vidal", gender="female",
        role="présidente de la commission des finances de l’Assemblée nationale"),
    row("« Je ferai appel », a dit Jean Morel, président d’honneur, 87 ans, depuis Nice.",
        "Je ferai appel", speaker="Jean Morel", role="président d’honneur", gender="male"),
    row("Jean Morel, secrétaire du parti, 87 ans, a été exclu. « C’est une trahison », a-t-il "
        "dit.", "C’est une trahison", speaker="Jean Morel", role="secrétaire du parti",
        gender="male"),
    # ---- the role closest before the quote, a paraphrase that names the function too
    # (a bare role noun closest before stands for the fuller form the article gives him)
    row("Paul Durand, préfet du Var, a parlé le matin. Le soir, le préfet a ajouté que la route "
        "était rouverte. « Nous restons vigilants », a conclu Paul Durand.",
        "Nous restons vigilants", speaker="Paul Durand", role="préfet du Var", gender="male"),
    row("Paul Durand, préfet du Var, a parlé le matin. « Nous restons vigilants », a conclu "
        "le préfet.", "Nous restons vigilants", speaker="Paul Durand", role="préfet du Var",
        gender="male"),
    row("Luc Ferrand, ministre des Affaires étrangères, est à Rome. Le chef de la diplomatie "
        "a jugé que le dialogue restait ouvert. « Nous parlerons à tous », a dit Luc Ferrand.",
        "Nous parlerons à tous", speaker="Luc Ferrand", role="chef de la diplomatie",
        gender="male"),
    row("Anne Roy, maire de Lens, a parlé. « Le texte est injuste », a dit Anne Roy, ancienne "
        "sénatrice.", "Le texte est injuste", speaker="Anne Roy", role="maire de Lens",
        gender="female"),
    # two roles at one place ("l’ancien président du groupe …"): the fuller one
    row("Paul Morel, président des Verts, a été reçu. « On promet une rupture et rien ne "
        "change », ajoute l’ancien président du groupe Verts du Sénat, qui souligne que le "
        "budget est faux.", "le budget est faux", speaker="Paul Morel",
        role="ancien président du groupe Verts du Sénat", gender="male"),
    # ---- no role before the quote: the first after it that names its body or place
    row("« C’est une suite attendue », a réagi la présidente du parti Anne Morel.\n\nLe bureau "
        "s’est réuni jeudi. La présidente du Front vert, Anne Morel, n’était pas présente.",
        "C’est une suite attendue", speaker="Anne Morel", role="présidente du Front vert",
        gender="female"),
    row("« Je pars la tête haute », a écrit Paul Morel.\n\nLe président des Verts, Paul Morel, "
        "a démissionné. L’ancien président du groupe Verts du Sénat restera député.",
        "Je pars la tête haute", speaker="Paul Morel", role="président des Verts",
        gender="male"),
    # ---- a role cut where it goes on, or run into what is not the role
    row("Le Ministre de l’Économie, des Finances et de l’Industrie, Paul Morin, s’est réjoui "
        "mardi. « C'est une bonne nouvelle », a-t-il dit.", "C'est une bonne nouvelle",
        speaker="Paul Morin", role="Ministre de l’Économie, des Finances et de l’Industrie",
        gender="male"),
    row("« Nous voudrions voir les prix baisser », a déclaré le ministre de l'Économie Bruno "
        "Lemercier sur CNews.", "Nous voudrions voir les prix baisser", speaker="Bruno Lemercier",
        role="ministre de l'Économie", gender="male"),
    # a name right after the role noun is no part of the role, nor an age written with it
    row("Le maire de 54 ans, Marc Lebon, a démissionné. « Je suis fatigué », a-t-il dit.",
        "Je suis fatigué", speaker="Marc Lebon", role="maire", gender="male"),
    row("L'annonce du Commissaire Berthier depuis le commissariat : « Le suspect est arrêté. »"
        "\n\nLe commissaire Yves Berthier a ensuite quitté les lieux.", "Le suspect est arrêté.",
        speaker="Yves Berthier", role="commissaire", gender="male"),
    # … but a word its complement follows, an acronym or a name after « de » still is
    row("L'avocat Japonais de Carlos Ferraz, Kenji Hamada, a parlé. « Il est innocent », "
        "a-t-il dit.", "Il est innocent", speaker="Kenji Hamada",
        role="avocat Japonais de Carlos Ferraz", gender="male"),
    row("L'avocat japonais de Carlos Ferraz, Kenji Hamada, a parlé. « Il est innocent », "
        "a-t-il dit.", "Il est innocent", speaker="Kenji Hamada",
        role="avocat japonais de Carlos Ferraz", gender="male"),
    row("« Le budget est prêt », a dit la secrétaire d'État Anne Morel.", "Le budget est prêt",
        speaker="Anne Morel", role="secrétaire d'État", gender="female"),
    # a role before the name, after a paragraph break, without a determiner
    row("Le match est perdu.\n\nEntraîneuse de l'équipe de Lens, Julie Marchand a réuni ses "
        "joueuses. « Nous reviendrons », a-t-elle dit.", "Nous reviendrons",
        speaker="Julie Marchand", role="entraîneuse de l'équipe de Lens", gender="female"),
    # a relative clause after the role says what they do ("qui continue de …")
    row("Le préfet Paul Durand est à Vernoux. \"On peut voir des fumées qui peuvent rester "
        "quelques heures mais ce ne sont que des fumées. En matière de risque, il n'y a pas de "
        "danger pour circuler à Vernoux\", poursuit le préfet qui continue de tenir un discours "
        "apaisant.\n\n\"Nous savons quels matériaux ont pris feu\", a-t-il dit.",
        "Nous savons quels matériaux ont pris feu", speaker="Paul Durand", role="préfet",
        gender="male"),
    # an apposed role noun the tagger takes for a pronoun is still a role (the first of two)
    row("« Nous sommes surpris », a dit Lina Tavaro, porte-voix des îles Basses et présidente "
        "de l’alliance.", "Nous sommes surpris", speaker="Lina Tavaro",
        role="porte-voix des îles Basses", gender="female"),
    # "le désormais ex-ministre": the adverb is not the role, and an ex-ministre is the minister
    row("Suite aux révélations du journal, le ministre d'État, ministre de l'Agriculture et de "
        "la Pêche, Paul Morin, annonce, ce jeudi 3 mars, son départ. \"Les critiques me "
        "poussent à prendre du recul\", écrit le désormais ex-ministre sur son blog. \"Je "
        "reviendrai plus fort.\"", "Je reviendrai plus fort.", speaker="Paul Morin",
        role="ex-ministre", gender="male"),
    # ---- what a name claims or who goes with it is not its role
    row("Se disant victime d’un complot, Paul Garnier a quitté le pays. « Je suis innocent », "
        "a-t-il déclaré.", "Je suis innocent", speaker="Paul Garnier", role=None,
        gender="male"),
    row("Accompagné de trois policiers, Marc Tissier est entré au tribunal. « Je n’ai rien à "
        "cacher », a-t-il lancé.", "Je n’ai rien à cacher", speaker="Marc Tissier", role=None,
        gender="male"),
    row("Entourée de ses avocats, Anne Roy est arrivée. « Je suis sereine », a-t-elle dit.",
        "Je suis sereine", speaker="Anne Roy", role=None, gender="female"),
    # a phrase before the comma that a preposition or a verb opens is about someone else when
    # the name opens its own clause; a role after « et » is the next person's
    row("Aux côtés du ministre de l’Intérieur, Paul Roux a visité la caserne. « Les effectifs "
        "seront renforcés », a-t-il dit.", "Les effectifs seront renforcés", speaker="Paul Roux",
        role=None, gender="male"),
    row("Face au président du département, Anne Lenoir a défendu son projet. « Il faut agir "
        "vite », a-t-elle dit.", "Il faut agir vite", speaker="Anne Lenoir", role=None,
        gender="female"),
    row("Reçue par la ministre de la Santé, Anne Lenoir a plaidé pour l’hôpital. « Nous "
        "manquons de lits », a-t-elle dit.", "Nous manquons de lits", speaker="Anne Lenoir",
        role=None, gender="female"),
    row("Après avoir rencontré le préfet, Paul Roux a parlé aux habitants. « Nous serons "
        "indemnisés », a-t-il assuré.", "Nous serons indemnisés", speaker="Paul Roux", role=None,
        gender="male"),
    # … a finite verb right after the name opens its clause, whatever the parse (an apposition
    # to the source's phrase « le candidat investi dimanche par le parti »)
    row("« Le budget est solide », a déclaré Paul Roux. Selon le candidat investi dimanche par le "
        "parti, Paul Roux a « menti aux habitants ».", "Le budget est solide",
        speaker="Paul Roux", role=None, gender="male"),
    # must not: a title no preposition nor verb opens stays the name's (its second comma left out)
    row("Le ministre de l'Intérieur, Paul Roux a annoncé des renforts. « Les effectifs seront "
        "renforcés », a-t-il dit.", "Les effectifs seront renforcés", speaker="Paul Roux",
        role="ministre de l'Intérieur", gender="male"),
    # … and so is a role noun that completes another noun before the comma (« le bureau du
    # maire », an apposition to the place before it)
    row("Paul Roux, chef du parti Horizon vert, a été élu dimanche. Lors de la cérémonie tenue à "
        "la mairie, le bureau du maire de Dole, Paul Roux a déclaré vouloir rassembler la ville.",
        "vouloir rassembler la ville", speaker="Paul Roux", role="chef du parti Horizon vert"),
    # the cabinet speaks as an organisation, its complement as written (attribute/units.py;
    # GUIDELINES « Kind »), not the minister the apposition names
    row("Le cabinet du ministre de l'Intérieur, Paul Roux, a affirmé qu'il resterait.",
        "il resterait", speaker="cabinet du ministre de l'Intérieur", role=None,
        kind="organization"),
    row("Selon le maire, Paul Roux a menti. « C’est faux », a rétorqué Paul Roux.",
        "Paul Roux a menti", speaker=None, role="maire", kind="person"),
    row("Selon le maire, Paul Roux a menti. « C’est faux », a rétorqué Paul Roux.",
        "C’est faux", speaker="Paul Roux", role=None, gender="male"),
    row("Le maire, Marc Aubry, et son adjointe, Lise Caron, ont inauguré le pont. « C’est un "
        "grand jour », a dit Marc Aubry.", "C’est un grand jour", speaker="Marc Aubry",
        role="maire", gender="male"),
    row("Le maire, Marc Aubry, et son adjointe, Lise Caron, ont inauguré le pont. « C’est un "
        "grand jour », a dit Lise Caron.", "C’est un grand jour", speaker="Lise Caron",
        role="adjointe", gender="female"),
    # … but a title right before the name, an apposition that closes the clause, « en tant
    # que » and a role apposed inside « selon » are the person's own
    row("La visite s’est faite aux côtés du ministre Paul Roux. « Les effectifs seront "
        "renforcés », a-t-il dit.", "Les effectifs seront renforcés", speaker="Paul Roux",
        role="ministre", gender="male"),
    row("L’arrivée du ministre de l’Intérieur, Paul Roux, a été saluée. « Les effectifs seront "
        "renforcés », a-t-il dit.", "Les effectifs seront renforcés", speaker="Paul Roux",
        role="ministre de l’Intérieur", gender="male"),
    row("Le juge a interrogé la directrice, Anne Lenoir. « Je n’ai rien vu », a-t-elle dit.",
        "Je n’ai rien vu", speaker="Anne Lenoir", role="directrice", gender="female"),
    row("En tant que ministre de la Santé, Anne Lenoir a visité l’hôpital. « Nous manquons de "
        "lits », a-t-elle dit.", "Nous manquons de lits", speaker="Anne Lenoir",
        role="ministre de la Santé", gender="female"),
    row("Selon le maire de Lille, Paul Roux, la ville sera prête. « Tout est en place », a-t-il "
        "ajouté.", "Tout est en place", speaker="Paul Roux", role="maire de Lille",
        gender="male"),
    # ---- a role a verb says the name has: « X est … », « X, qui est … », « X est devenue … »,
    # « X, élue … », « X, en tant que … »; a time adjunct is no part of it
    row("Anne Roy, qui est avocate au barreau de Lyon, a réagi. « Le dossier est vide », a-t-elle "
        "dit.", "Le dossier est vide", speaker="Anne Roy", role="avocate au barreau de Lyon",
        gender="female"),
    row("Camille Roy, qui est avocate au barreau de Nantes, a réagi. « Le dossier est vide », a "
        "dit Camille Roy.", "Le dossier est vide", speaker="Camille Roy",
        role="avocate au barreau de Nantes", gender="female"),
    row("Paul Marc est depuis 2019 le maire de Vannes. « Le port sera agrandi », a-t-il annoncé.",
        "Le port sera agrandi", speaker="Paul Marc", role="maire de Vannes", gender="male"),
    row("Jean Morel est, depuis trois ans, le président du club. « Nous allons gagner », a-t-il "
        "dit.", "Nous allons gagner", speaker="Jean Morel", role="président du club",
        gender="male"),
    row("Hélène Garcia est devenue directrice de l'école en 2020. « Les effectifs augmentent », "
        "explique-t-elle.", "Les effectifs augmentent", speaker="Hélène Garcia",
        role="directrice de l'école", gender="female"),
    row("Nadia Keller, qui était alors ministre de la Santé, a répondu. « Nous avons fait notre "
        "travail », a-t-elle dit.", "Nous avons fait notre travail", speaker="Nadia Keller",
        role="ministre de la Santé", gender="female"),
    row("Sophie Girard reste la directrice du musée. « Rien ne change », a-t-elle dit.",
        "Rien ne change", speaker="Sophie Girard", role="directrice du musée", gender="female"),
    row("Léa Martin, élue maire de Rodez en mars, a parlé. « La ville va changer », a-t-elle "
        "promis.", "La ville va changer", speaker="Léa Martin", role="maire de Rodez",
        gender="female"),
    # a participle that makes them what they are, the time it gives left out; a former
    # function as written
    row("Chloé Berthier, promue directrice de l'usine, a réuni l'équipe. « Les commandes "
        "reprennent », a-t-elle annoncé.", "Les commandes reprennent", speaker="Chloé Berthier",
        role="directrice de l'usine", gender="female"),
    row("Yann Kerlo, désigné porte-parole du collectif, a répondu. « Nous irons jusqu'au "
        "bout », a-t-il dit.", "Nous irons jusqu'au bout", speaker="Yann Kerlo",
        role="porte-parole du collectif", gender="male"),
    row("Gilles Ferrat, élu dimanche soir maire de Quimperlé, a remercié les électeurs. « Le "
        "travail commence », a-t-il dit.", "Le travail commence", speaker="Gilles Ferrat",
        role="maire de Quimperlé", gender="male"),
    row("Odile Brunet, nommée hier présidente du tribunal, a prêté serment. « La justice doit "
        "être rapide », a-t-elle dit.", "La justice doit être rapide", speaker="Odile Brunet",
        role="présidente du tribunal", gender="female"),
    # a passive appointment, the participle alone (a headline), an aside before the verb, and
    # a succession « comme » or « au poste de » a role: the subject's
    row("Nadia Vernet a été nommée ce mardi matin directrice de l'opéra. « Je suis comblée », "
        "a-t-elle dit.", "Je suis comblée", speaker="Nadia Vernet",
        role="directrice de l'opéra", gender="female"),
    row("Bruno Castel est élu président du syndicat. « Le combat continue », a-t-il lancé.",
        "Le combat continue", speaker="Bruno Castel", role="président du syndicat"),
    row("Elsa Moreau nommée directrice du conservatoire\n\n« Je connais la maison », a dit "
        "Elsa Moreau.", "Je connais la maison", speaker="Elsa Moreau",
        role="directrice du conservatoire"),
    row("Elsa Moreau, ancienne violoniste, vient d'être désignée comme porte-parole de "
        "l'orchestre. « Nous jouerons », a-t-elle dit.", "Nous jouerons", speaker="Elsa Moreau",
        role="porte-parole de l'orchestre"),
    row("Hervé Lantier a été promu jeudi au poste de commissaire divisionnaire après le départ "
        "de son chef. « Je remercie mes équipes », a-t-il dit.", "Je remercie mes équipes",
        speaker="Hervé Lantier", role="commissaire divisionnaire"),
    row("Clara Fontaine succède à Marc Dulac comme présidente de la fédération. « Je "
        "continuerai son travail », a-t-elle dit.", "Je continuerai son travail",
        speaker="Clara Fontaine", role="présidente de la fédération"),
    # … the active verb gives the role to its object, a comma to the one succeeded
    row("Paul Dernier a nommé Alice Brun directrice du musée. « C'est le bon choix », a dit "
        "Paul Dernier.", "C'est le bon choix", speaker="Paul Dernier", role=None),
    row("Clara Fontaine succède à Marc Dulac, qui était président de la fédération. « Je "
        "continuerai », a dit Clara Fontaine.", "Je continuerai", speaker="Clara Fontaine",
        role=None),
    row("Nadia Vernet a été nommée en remplacement de Luc Petit. « Je suis prête », a dit "
        "Nadia Vernet.", "Je suis prête", speaker="Nadia Vernet", role=None),
    # a role fronted with the adjective that dates it, after a dateline; not a count of titles
    row(" date 2024-03 Nouvelle directrice de la clinique, Léa Garnier a réuni les médecins. "
        "« Rien ne changera », a-t-elle dit.", "Rien ne changera", speaker="Léa Garnier",
        role="Nouvelle directrice de la clinique"),
    row("Ancien maire de Saint-Lô, Yves Cabot a témoigné. « J'ai tout vu », a-t-il dit.",
        "J'ai tout vu", speaker="Yves Cabot", role="Ancien maire de Saint-Lô"),
    row("Quadruple championne d'Europe, Léa Garnier a réagi. « Je suis fière », a-t-elle dit.",
        "Je suis fière", speaker="Léa Garnier", role=None),
    row("Luc Brannec, ex-maire de Lorient, a pris la parole. « Le port a été oublié », a-t-il "
        "dit.", "Le port a été oublié", speaker="Luc Brannec", role="ex-maire de Lorient"),
    row("Sandrine Poulet, ancienne présidente de la région, a réagi. « C'est une erreur », "
        "a-t-elle dit.", "C'est une erreur", speaker="Sandrine Poulet",
        role="ancienne présidente de la région"),
    # … none when the participle says when, or a state, and no function
    row("Gilles Ferrat, réélu dimanche, a remercié les électeurs. « Le travail continue », "
        "a-t-il dit.", "Le travail continue", speaker="Gilles Ferrat", role=None),
    row("Odile Brunet, nommée en 2019, a prêté serment. « La justice doit être rapide », "
        "a-t-elle dit.", "La justice doit être rapide", speaker="Odile Brunet", role=None),
    row("Yann Kerlo, devenu célèbre, a répondu. « Nous irons jusqu'au bout », a-t-il dit.",
        "Nous irons jusqu'au bout", speaker="Yann Kerlo", role=None),
    row("Gilles Ferrat, réélu à la tête de la région, a remercié les électeurs. « Le travail "
        "continue », a-t-il dit.", "Le travail continue", speaker="Gilles Ferrat", role=None),
    row("Marc Tissier, en tant que président du club, a pris la parole. « Le stade sera "
        "rénové », a-t-il promis.", "Le stade sera rénové", speaker="Marc Tissier",
        role="président du club", gender="male"),
    # … but not a negation, a passive, another preposition, a noun that is no role, the
    # complement of a preposition or a noun, a comparison, or a name inside the words said
    row("Paul Roux n'est pas le maire de Brest. « Je ne me présenterai pas », a-t-il dit.",
        "Je ne me présenterai pas", speaker="Paul Roux", role=None, gender="male"),
    row("Paul Roux est reçu par le maire de Brest. « Je suis content », a-t-il dit.",
        "Je suis content", speaker="Paul Roux", role=None, gender="male"),
    row("Hugo Blanc est contre le maire de Sète. « Il ment », a dit Hugo Blanc.", "Il ment",
        speaker="Hugo Blanc", role=None, gender="male"),
    row("Karim Benali est le fils du maire. « Mon père a raison », a-t-il dit.",
        "Mon père a raison", speaker="Karim Benali", role=None, gender="male"),
    row("Le frère de Lucie Perrin est maire de Dinan. « Je soutiens mon frère », a dit Lucie "
        "Perrin.", "Je soutiens mon frère", speaker="Lucie Perrin", role=None, gender="female"),
    row("Anne Lenoir a parlé à Paul Roux, qui est maire de Brest. « Je le connais bien », a dit "
        "Anne Lenoir.", "Je le connais bien", speaker="Anne Lenoir", role=None, gender="female"),
    row("Paul Roux est plus âgé que le maire. « Je suis le doyen », a-t-il dit.",
        "Je suis le doyen", speaker="Paul Roux", role=None, gender="male"),
    row("Marc Olivier, qui a rencontré le préfet, est reparti. « Rien n'est réglé », a-t-il dit.",
        "Rien n'est réglé", speaker="Marc Olivier", role=None, gender="male"),
    row("« Paul Roux est le meilleur maire de France », a dit Anne Lenoir.",
        "Paul Roux est le meilleur maire de France", speaker="Anne Lenoir", role=None,
        gender="female"),
    # ---- the one described is not the one the description names
    row("Paul Morel a été condamné hier. L’avocate de Paul Morel a déclaré qu’elle ferait "
        "appel.", "elle ferait appel", speaker=None, role="avocate de Paul Morel",
        gender="female", kind="person"),
    # ---- a conjunction or a relative pronoun opens the mention, not the name
    row("Paul Morel a voté pour, tandis que Anne Roy, maire de Lens, a estimé que le texte "
        "était injuste.", "le texte était injuste", speaker="Anne Roy", role="maire de Lens",
        gender="female"),
    row("« Le texte passera », a déclaré le ministre de l’Économie Bruno Lemercier.",
        "Le texte passera", speaker="Bruno Lemercier", role="ministre de l’Économie",
        gender="male"),
    row("L’ancien maire de la ville de Lyon, PAUL MOREL, a confirmé son départ. « Je suis "
        "libre », a-t-il dit. Paul Morel avait été élu en 2001.", "Je suis libre",
        speaker="Paul Morel", role="ancien maire de la ville de Lyon", gender="male"),
    row("« Nous partirons », a annoncé Paul Morel, que la ministre avait reçu la veille.",
        "Nous partirons", speaker="Paul Morel", role=None, gender="male"),
    row("Paul Morel a été condamné hier. L’avocat de Paul Morel a dit qu’il ferait appel. Il a "
        "ajouté que son client était très abattu.", "son client était très abattu",
        speaker=None, role="avocat de Paul Morel", gender=None, kind="person"),
    row("Anne Roy a reçu le prix Nobel de chimie. Généticienne et microbiologiste, la Française "
        "a déclaré que la recherche avait besoin de temps.", "la recherche avait besoin de temps",
        speaker="Anne Roy", role="généticienne", gender="female"),
    # ---- gender from the text itself
    row("« Je suis ravie », s’est réjouie Camille Dorval.",
        "Je suis ravie", speaker="Camille Dorval", gender="female"),
    row("« Je suis ravi », s’est réjoui Camille Dorval.",
        "Je suis ravi", speaker="Camille Dorval", gender="male"),
    row("Camille Dorval est arrivée en retard. « Je suis prête », a dit Camille Dorval.",
        "Je suis prête", speaker="Camille Dorval", gender="female"),
    row("« Je suis prêt », a dit Dominique Arnal, le nouveau directeur.",
        "Je suis prêt", speaker="Dominique Arnal", role="nouveau directeur", gender="male"),
    row("« Je suis prête », a dit Dominique Arnal, la nouvelle directrice.",
        "Je suis prête", speaker="Dominique Arnal", role="nouvelle directrice", gender="female"),
    row("Mme Claude Pernet a confirmé que l’usine fermerait.",
        "l’usine fermerait", speaker="Claude Pernet", gender="female"),
    row("M. Claude Pernet a confirmé que l’usine fermerait.",
        "l’usine fermerait", speaker="Claude Pernet", gender="male"),
    row("« Nous sommes prêts », a déclaré Sophie Lamy.",
        "Nous sommes prêts", speaker="Sophie Lamy", gender="female"),
    row("« Nous sommes prêts », a déclaré Thomas Lamy.",
        "Nous sommes prêts", speaker="Thomas Lamy", gender="male"),
    row("« Nous sommes prêts », ont déclaré les syndicats.",
        "Nous sommes prêts", gender=None),
    row("« Nous sommes prêts », a déclaré le ministère de la Santé.",
        "Nous sommes prêts", speaker="ministère de la Santé", gender=None,
        kind="organization"),
    # ---- a body cannot say "je"
    row("L’armée a publié un bilan. Le général Paul Vidal a parlé ensuite. « Je n’ai pas de "
        "doute », a-t-il ajouté.", "Je n’ai pas de doute", speaker="Paul Vidal", gender="male"),
    row("Le ministre Paul Vidal est arrivé à Beyrouth. « Je suis à présent au Liban », a-t-il "
        "déclaré.", "Je suis à présent au Liban", speaker="Paul Vidal", gender="male"),
    # ---- "the announcement of X": X speaks
    row("Le cardinal Paul Morel a parlé depuis Rome. L’annonce du cardinal Paul Morel : « Le "
        "pape est mort ce matin. »", "Le pape est mort ce matin.", speaker="Paul Morel",
        gender="male", kind="person"),
    # ---- a cue after the marks whatever the tagger reads: a present tense, a described speaker
    row("Les policiers ont été blessés. « Ils n’ont rien pu faire », déplore un syndicaliste.",
        "Ils n’ont rien pu faire", speaker="un syndicaliste", role=None, gender=None,
        kind="anonymous"),
    row("Jean Duval vit ici depuis trente ans. « On ne partira pas », assure le retraité.",
        "On ne partira pas", speaker="Jean Duval", role=None, gender="male", kind="person"),
    row("Paul Morel a quitté la banque en 2019. « Je reste serein », a écrit l’ex-patron de la "
        "banque.", "Je reste serein", speaker="Paul Morel", role="ex-patron de la banque",
        gender="male"),
    row("Marc Dumas a été entendu pendant trois heures. À la sortie, l’homme d’affaires a dénoncé "
        "« une enquête à charge ».", "une enquête à charge", speaker="Marc Dumas", role=None,
        gender="male"),
    row("« Le film est audacieux et juste », a estimé le jury.", "Le film est audacieux et juste",
        speaker="jury", role=None, gender=None),
    row("Le tennisman Marc Vidal a annoncé sa retraite. « Mon corps ne suit plus », a expliqué "
        "le Suisse de 41 ans.", "Mon corps ne suit plus", speaker="Marc Vidal", role=None,
        gender="male"),
    row("Une habitante de l’immeuble voisin, Fatima, a été réveillée par le bruit. « Tout a "
        "tremblé », dit-elle.", "Tout a tremblé", speaker="Fatima", role=None, gender="female"),
    # ---- a name opening a paragraph that the parse ran into the paragraph before
    row("Son avocat, Me Paul Vidal, avait lancé à une avocate : « C’est pénible de vous "
        "écouter, déjà votre ton, c’est lourd donc… »\n\nBernard Roux, de son côté, a contesté "
        "toute faute. Devant les juges, il a affirmé : « Je ne suis coupable de "
        "rien. »", "Je ne suis coupable de rien.", speaker="Bernard Roux", gender="male"),
    # ---- one person under two names in apposition: the first, which heads the subject
    row("Le nouveau pape Pie XIII, l’Irlandais Sean Brennan, a salué la foule. « Que la paix "
        "soit avec vous », a-t-il lancé.", "Que la paix soit avec vous", speaker="Pie XIII",
        role="nouveau pape", gender="male", kind="person"),
    row("Emmanuel Dupont, le Lyonnais Paul Morel et Anne Roy ont signé le texte. « Nous le "
        "défendrons », a dit Paul Morel.", "Nous le défendrons", speaker="Paul Morel", role=None,
        gender="male"),
    # a list of people with their origins is several people, whatever its commas
    row("Emmanuel Dupont, l’Allemand Marc Brenner, et le Britannique Tom Hale ont signé le "
        "texte. « Nous sommes unis », a déclaré Marc Brenner.", "Nous sommes unis",
        speaker="Marc Brenner", role=None, gender="male"),
    row("Le sommet réunissait Paul Morel, la Canadienne Julie Tremblay, le Belge Marc Dubois. "
        "« C’est un moment historique », a dit Julie Tremblay.", "C’est un moment historique",
        speaker="Julie Tremblay", role=None, gender="female"),
    row("Sur le podium, Léa Martin, la Lyonnaise Julie Roux, puis Anne Petit. « Je suis "
        "fière », a confié Julie Roux.", "Je suis fière", speaker="Julie Roux", role=None,
        gender="female"),
    row("Le nouveau pape Pie XIII, l’Irlandais Sean Brennan, s’est adressé à la foule. « Que la "
        "paix soit avec vous », a-t-il lancé.", "Que la paix soit avec vous", speaker="Pie XIII",
        role="nouveau pape", gender="male", kind="person"),
    # ---- a description ending in an initial, then the name after the next quote; "Me" is a
    # title only with its capital
    row("« C’est une belle décision », a commenté l’avocate de Julie K. « C’est une victoire "
        "pour toutes les salariées », a ajouté Me Carine Dulac.", "C’est une belle décision",
        speaker="Carine Dulac", role="avocate de Julie K.", gender="female", kind="person"),
    row("« C’est une belle décision », a commenté l’avocate de Julie K. « C’est une victoire "
        "pour toutes les salariées », a ajouté Me Carine Dulac.",
        "C’est une victoire pour toutes les salariées", speaker="Carine Dulac",
        role="avocate de Julie K.", gender="female", kind="person"),
    row("Le procès a eu lieu. « C’est la victoire de deux femmes », a ajouté Me Carine Dulac.",
        "C’est la victoire de deux femmes", speaker="Carine Dulac", role=None, kind="person"),
    # ---- the subject of the quote's own sentence, even when the tagger gives the name as X;
    # a name in a complement or after a preposition is not who speaks
    row("La présidente du parti, Nadine Lestrade, a parlé jeudi.\n\nNadine Lestrade et Hugo "
        "Ferrand avaient décidé de ne pas venir pour « ne pas être juge et partie ».",
        "ne pas être juge et partie", speaker="Nadine Lestrade et Hugo Ferrand", role=None,
        gender=None, kind="person"),
    row("Paul Morel, qui salue le calendrier de cette annonce, loue les accomplissements de "
        "Hervé Lassalle à la tête du club, et espère pour lui une « belle apothéose » lors du "
        "Mondial.", "pour lui une « belle apothéose » lors du Mondial", speaker="Paul Morel",
        role=None, gender="male", kind="person"),
    row("Marc Vidal a réagi avec un message sur son blog accusant Paul Morel d’avoir « menti "
        "aux électeurs ».", "avoir « menti aux électeurs »", speaker="Marc Vidal",
        role=None, gender="male", kind="person"),
    row("Kiev a demandé de nouveaux systèmes de défense, bien que Moscou ait assuré que ces "
        "missiles étaient impossibles à intercepter.",
        "ces missiles étaient impossibles à intercepter", speaker="Moscou", role=None,
        gender=None, kind="organization"),
    # ---- a body or a group under its full name: an acronym opens a name; "les dirigeants" are
    # the ones named in full before
    row("Le film a attiré 300 000 spectateurs en une semaine, selon CBO Box Office.",
        "Le film a attiré 300 000 spectateurs en une semaine", speaker="CBO Box Office",
        role=None, gender=None, kind="organization"),
    row("La réunion a fait écho à une déclaration des dirigeants de l’OTAN et du G7.\n\n« Nous "
        "offrons tout notre soutien à la Pologne », ont déclaré les dirigeants.",
        "Nous offrons tout notre soutien à la Pologne", speaker="dirigeants de l’OTAN et du G7",
        role=None, gender=None, kind="person"),
    # ---- someone's lawyer is not that someone; nor is another person of the same sentence
    row("« Je n’ai jamais menti », a répété Bernard Roux.\n\nSon avocat a plaidé la relaxe. "
        "« Mon client est innocent », a-t-il insisté.", "Mon client est innocent",
        speaker=None, role="avocat", gender=None, kind="person"),
    row("Paul Bertin a été mis en examen. Selon son avocat, il conteste les faits.",
        "il conteste les faits", speaker=None, role="avocat", gender=None, kind="person"),
    row("Le juge a longuement entendu Marc Dumas. « L’audience reprendra demain », a-t-il "
        "annoncé.", "L’audience reprendra demain", speaker=None, role="juge", gender=None,
        kind="person"),
    # ---- one person under a shorter or a titled form of the name
    row("Le juge Marc Antoine Dubois a ouvert l’audience. « La séance est ouverte », a déclaré "
        "Marc Dubois.", "La séance est ouverte", speaker="Marc Antoine Dubois", role="juge",
        gender="male"),
    # ---- a given name after a sovereign's title (lexicon/sovereign_titles.txt) is that
    # person's, no short form of a full name; the same given name alone, or after a role
    # noun that is none, still is the full name's
    row("Le roi Philippe était attendu à Liège, où le maire Philippe Lenoir a réuni les "
        "sinistrés. « Nous reconstruirons », a promis M. Lenoir.", "Nous reconstruirons",
        speaker="Philippe Lenoir", role="maire"),
    row("La reine Claire a visité l’hôpital avec la directrice, Claire Fabre. « Le service "
        "tient bon », a assuré la reine Claire.", "Le service tient bon", speaker="Claire",
        role="reine", gender="female"),
    row("Le maire Philippe Morel a reçu les sinistrés. « Nous reconstruirons tout », a promis "
        "Philippe.", "Nous reconstruirons tout", speaker="Philippe Morel", role="maire"),
    row("L’entraîneur Marc Vidal a félicité son capitaine. « Nous avons tenu », a dit le coach "
        "Marc.", "Nous avons tenu", speaker="Marc Vidal"),
    # ---- one person under the given names the article leaves out, first or middle ones, in
    # their order; not when the first names show two genders
    row("Le président Ali Hasan Demir a reçu la presse. « Nous ne céderons pas », a dit Hasan "
        "Demir.", "Nous ne céderons pas", speaker="Ali Hasan Demir", role="président",
        gender="male"),
    row("Le maire Jean Marie Roux a ouvert la séance. Sa fille Marie Roux l’accompagnait. « Je "
        "suis fière de lui », a confié Marie Roux.", "Je suis fière de lui",
        speaker="Marie Roux", gender="female"),
    # ---- a full name the recogniser tags as a place or a thing is a person's all the same,
    # and so is the surname alone after it
    row("Le président de la République du Kirghizistan, Recep Kemal Arslan, a parlé samedi à la "
        "tribune. Arslan a notamment précisé avoir appelé le ministre.",
        "avoir appelé le ministre", speaker="Recep Kemal Arslan", gender="male", kind="person"),
    # ---- a pronoun after a sentence whose subject is no one: the agent of its passive, of
    # the pronoun's gender, beats a subject before it; not an object of an active verb
    row("Le pape Jean est mort lundi. L'annonce de sa mort a été faite par le cardinal Paul "
        "Roux à midi. Il a déclaré : « Prions pour lui. »", "Prions pour lui.",
        speaker="Paul Roux", role="cardinal"),
    row("Le ministre Marc Vidal est arrivé lundi. La décision a été saluée par le maire Paul "
        "Roux. « Nous avancerons ensemble », a-t-il dit.", "Nous avancerons ensemble",
        speaker="Paul Roux", role="maire"),
    row("Le milieu Marc Vidal quitte la sélection. Il remercie ses coéquipiers et salue "
        "notamment l'entraîneur Paul Roux. « Merci pour tout », dit-il.", "Merci pour tout",
        speaker="Marc Vidal"),
    # ---- "the communiqué", "this message": who issued it
    row("Selon un communiqué du syndicat des infirmiers, la grève sera reconduite. Le communiqué "
        "ajoute que les négociations restent bloquées.", "les négociations restent bloquées",
        speaker="syndicat des infirmiers", role=None, gender=None, kind="organization"),
    row("Le ministre Paul Morel a publié un message sur son compte. Ce message affirme que la "
        "réforme ira à son terme.", "la réforme ira à son terme", speaker="Paul Morel",
        role="ministre", gender="male"),
    # ---- "Pour X, …": X's view
    row("Pour Claire Dumont, directrice de l’association, la situation est intenable.",
        "la situation est intenable", speaker="Claire Dumont",
        role="directrice de l’association", gender="female"),
    row("Pour le maire, « cette décision est incompréhensible ».",
        "cette décision est incompréhensible", speaker=None, role="maire", gender=None),
    row("Pour Éric Martin, l’avocat de la famille, il s’agit d’une décision injuste. « Nous ferons "
        "appel dès lundi. »", "Nous ferons appel dès lundi.", speaker="Éric Martin",
        role="avocat de la famille", gender="male"),
    # ---- a quote that runs over paragraphs without marks keeps its speaker
    row("Interrogée par la radio, Lucie Marchand a expliqué son choix.\n\n« J’ai longtemps "
        "hésité. Mais il fallait partir.\n\nAujourd’hui, je ne regrette rien.\n\nJe remercie "
        "tous ceux qui m’ont soutenue. »", "Aujourd’hui, je ne regrette rien.",
        speaker="Lucie Marchand", role=None, gender="female"),
    # ---- a colon after words with no verb: the one person they name, the author of a text
    row("Même son de cloche chez Lucie Marchand, présidente de l’association des riverains : "
        "« Personne ne nous a prévenus. »", "Personne ne nous a prévenus.",
        speaker="Lucie Marchand", role="présidente de l’association des riverains",
        gender="female"),
    # « il y a (eu) » presents the words: no one of the cast speaks in it; a sentence may
    # end with « … » before it
    row("Les maires ont défilé lundi. Il y a eu le témoignage de Sophie Verlaine, maire de "
        "Brussac : « Nous avons perdu notre école. »", "Nous avons perdu notre école.",
        speaker="Sophie Verlaine", role="maire de Brussac", gender="female"),
    row("Paul Garnier a parlé du budget… Il y a eu aussi les mots d’Anne Rozier, maire de "
        "Vallon : « Nous ne tiendrons pas un an. »", "Nous ne tiendrons pas un an.",
        speaker="Anne Rozier", role="maire de Vallon", gender="female"),
    # … but a person named otherwise in what it presents does not speak: the words are to her,
    # or about him
    row("La foule s’est rassemblée samedi devant la mairie. Il y avait une banderole pour "
        "Mélanie Fourcade : « Nous ne t’oublierons jamais. »", "Nous ne t’oublierons jamais.",
        speaker=None),
    row("Les menaces se sont multipliées cet hiver. Il y a eu une lettre anonyme adressée à "
        "Gilles Aubrac : « Vous allez payer. »", "Vous allez payer.", speaker=None),
    # … what it presents as someone's (« de X ») is theirs, a speech noun or not
    row("Les maires ont défilé lundi. Il y a eu le chiffrage sans commentaire de Gilles Aubrac, "
        "maire de Vallon : « Vallon-Lyon : deux heures. »", "Vallon-Lyon : deux heures.",
        speaker="Gilles Aubrac", role="maire de Vallon"),
    # a fronted « Il y a dix ans, » presents no one: the one named after its comma introduces
    row("« Je reviendrai », a promis la chanteuse Léa Vornier lundi. Il y a dix ans, le maire "
        "Gilles Aubrac : « Elle reviendra un jour. »", "Elle reviendra un jour.",
        speaker="Gilles Aubrac", role="maire"),
    row("Voici le message de la chanteuse publié dimanche :\n\n« Je vous remercie pour votre "
        "soutien. »", "Je vous remercie pour votre soutien.", speaker=None, role="chanteuse",
        gender="female", kind="person"),
    # « le texte de … » names its author as « le message de … » does
    row("Léa Morin annule tous ses concerts prévus jusqu'en 2027.\n\nLa chanteuse a partagé la "
        "triste annonce vendredi, dans un message sur son site.\n\nVoilà le "
        "texte de la star annonçant le report de sa tournée Horizon :\n\n« Je suis "
        "vraiment navrée de vous faire attendre encore. »",
        "Je suis vraiment navrée de vous faire attendre encore.", speaker="Léa Morin",
        role="chanteuse", gender="female", kind="person"),
    # ---- a role noun the tagger took for an adjective (« le scientifique français ») heads a
    # description of the one the article names so, and a pronoun after it stands for them
    row("Le scientifique Paul Vernier a reçu mardi le prix Lavoisier. Le prix lui a été remis à "
        "Lyon.\n\nLe scientifique français a déclaré : « Nous devons partager nos données. »",
        "Nous devons partager nos données.", speaker="Paul Vernier", kind="person"),
    row("Le scientifique Paul Vernier a reçu mardi le prix Lavoisier. Le prix lui a été remis à "
        "Lyon.\n\nDans un entretien donné après sa victoire, le scientifique français a appelé la "
        "communauté internationale à « rester unie ». « Nous devons partager nos données », "
        "a-t-il ajouté.", "Nous devons partager nos données", speaker="Paul Vernier",
        kind="person"),
    # … past the adjectives before it, all read as adjectives (« la jeune militante »): the one
    # the article is about, of its gender
    row("Anna Berg a parlé lundi devant les dirigeants du monde. La jeune militante les a alors "
        "prévenus : « Nous ne vous pardonnerons jamais ».", "Nous ne vous pardonnerons jamais",
        speaker="Anna Berg", role="militante", gender="female", kind="person"),
    # must not: a description of a woman is no man the article is about: no one
    row("Paul Roux a parlé lundi devant les dirigeants du monde. La jeune militante les a alors "
        "prévenus : « Nous ne vous pardonnerons jamais ».", "Nous ne vous pardonnerons jamais",
        speaker=None, role="militante", gender="female", kind="person"),
    # ---- a description's determiner shows its gender: « le chanteur » is not the « chanteuse »
    # the article named, but the man named just before
    row("Les hommages affluent après la mort de la chanteuse Hélène Garnier.\n\nMarc Olivier, son "
        "ami de toujours, a fait part de sa tristesse sur son compte. « Je ne peux pas vivre sans "
        "ta voix », a écrit le chanteur.", "Je ne peux pas vivre sans ta voix",
        speaker="Marc Olivier", gender="male", kind="person"),
    # ---- a topic before a colon is not who speaks as « je »
    row("Paul Girard a tenu une conférence de presse.\n\nLe départ : « J’ai pris ma décision "
        "cet hiver. »\n\nLes supporters : « Ils m’ont toujours soutenu. Je les remercie. »",
        "Ils m’ont toujours soutenu. Je les remercie.", speaker="Paul Girard", role=None,
        gender="male"),
    # ---- an interview as questions and answers
    row("La chercheuse a répondu aux questions de Marc Lenoir, correspondant de Radio Nord.\n\n"
        "Radio Nord : Comment avez-vous appris la nouvelle ?\n\nAnne Vidal : J’ai reçu un appel "
        "ce matin. J’étais très émue.\n\nVous vous y attendiez ?\n\nAnne Vidal : Pas du tout. "
        "Personne ne s’y attendait.", "Vous vous y attendiez ?", speaker="Marc Lenoir",
        role="correspondant de Radio Nord", gender="male"),
    row("La chercheuse a répondu aux questions de Marc Lenoir, correspondant de Radio Nord.\n\n"
        "Radio Nord : Comment avez-vous appris la nouvelle ?\n\nAnne Vidal : J’ai reçu un appel "
        "ce matin. J’étais très émue.\n\nVous vous y attendiez ?\n\nAnne Vidal : Pas du tout. "
        "Personne ne s’y attendait.", "Pas du tout. Personne ne s’y attendait.",
        speaker="Anne Vidal", role="chercheuse", gender="female"),
    # ---- several people, or one picked out by « eux »
    row("Paul Morel et Anne Roy sont arrivés ensemble. « Nous sommes soulagés », ont-ils déclaré.",
        "Nous sommes soulagés", speaker="Paul Morel et Anne Roy", role=None, gender=None,
        kind="person"),
    # « ni X ni Y »: the people the subject lists, each in full, as one plural speaker
    row("La présidente du club, Anne Morel, a parlé. Ni la présidente du club, Anne Morel, ni "
        "son trésorier, Paul Roux, n'ont assisté au vote pour ne pas être « juge et partie ».",
        "ne pas être « juge et partie »", speaker="Anne Morel et Paul Roux", role=None,
        gender=None, kind="person"),
    row("Ni Anne Morel ni Paul Roux n'ont voulu commenter, expliquant qu'ils « attendent la "
        "décision ».", "ils « attendent la décision »", speaker="Anne Morel et Paul Roux",
        gender=None),
    row("Ni Anne Morel ni Paul Roux n'ont voulu commenter, disant qu'ils « attendent la "
        "décision ».", "ils « attendent la décision »", speaker="Anne Morel et Paul Roux",
        why="the parse ends the subject of « disant » before « ni Paul Roux »"),
    row("La présidente du club, Anne Morel, a parlé. Ni la présidente du club, sa fille Anne, ni "
        "le trésorier du club, Paul Roux, n'ont assisté au vote pour ne pas être « juge et "
        "partie ».", "ne pas être « juge et partie »", speaker="Anne Morel et Paul Roux",
        gender=None),
    # … not « ni » between two verbs of one subject
    row("Anne Morel n'a ni confirmé ni démenti, ajoutant qu'elle « attend la décision ».",
        "elle « attend la décision »", speaker="Anne Morel", gender="female"),
    row("Ni le froid ni la pluie n'ont arrêté Paul Roux, qui a dit « avancer malgré tout ».",
        "avancer malgré tout", speaker="Paul Roux", gender="male"),
    row("Les syndicats, eux, ont jugé la rencontre « décevante ».", "la rencontre « décevante »",
        speaker="syndicats", role=None, gender=None),
    # ---- gender: a first name alone, a person named since a subject of unknown gender, the
    # gender one quote shows for the person's others
    row("« On a tout perdu », soupire Gérard, un commerçant de la rue.", "On a tout perdu",
        speaker="Gérard", role="commerçant de la rue", gender="male"),
    row("L’Élysée a annoncé la nomination de Sophie Laurent au poste de Première ministre. « C’est "
        "un honneur », a-t-elle réagi.", "C’est un honneur", speaker="Sophie Laurent",
        gender="female"),
    row("Dominique Arnal a pris la parole. « Je suis prête », a-t-elle dit. « Nous commencerons "
        "lundi », a ajouté Dominique Arnal.", "Nous commencerons lundi",
        speaker="Dominique Arnal", role=None, gender="female"),
    row("Le cardinal Jean Tessier est arrivé à Rome. « Nous prierons pour lui », a dit le "
        "cardinal Tessier.", "Nous prierons pour lui", speaker="Jean Tessier", role="cardinal",
        gender="male"),
    # ---- a quote before anyone speaks is the next speaker's of its paragraph
    row("« Je ne peux pas rester dans ce gouvernement. » Invité du journal de 20 heures, le "
        "ministre Paul Morel a annoncé sa démission lundi.",
        "Je ne peux pas rester dans ce gouvernement.", speaker="Paul Morel", role="ministre",
        gender="male"),
    # ---- a relative clause between the speaker and the cue
    row("Un voisin, qui a requis l’anonymat, raconte avoir entendu « un énorme bruit vers 4 "
        "heures ».", "avoir entendu « un énorme bruit vers 4 heures »", speaker="un voisin",
        role=None, gender=None, kind="anonymous"),
    # … and where a participle set off by a comma starts; not a participle without its comma
    row("Une voisine, réveillée par les cris, raconte que la porte était ouverte.",
        "la porte était ouverte", speaker="une voisine", gender="female", kind="anonymous"),
    row("Un élu, opposé au projet depuis le début, estime que le chantier doit cesser.",
        "le chantier doit cesser", speaker="un élu", kind="anonymous"),
    row("Des riverains excédés par le bruit affirment que la nuit est impossible.",
        "la nuit est impossible", speaker="des riverains excédés par le bruit",
        kind="anonymous"),
    # … also when the parse reads the cue after the participle clause as a noun (« juge »):
    # the phrase before the clause's first comma; not one behind a preposition
    row("Un pompier volontaire, rencontré à la caserne, juge que les secours ont bien réagi.",
        "les secours ont bien réagi", speaker="un pompier volontaire", kind="anonymous"),
    row("Un journaliste sportif installé à Lyon, cité par la radio, juge que le club a eu "
        "tort.", "le club a eu tort", speaker="un journaliste sportif installé à Lyon",
        kind="anonymous"),
    row("Sur la place du village, noyée sous la boue, assure qu'il faudra des semaines pour "
        "tout nettoyer.", "il faudra des semaines pour tout nettoyer", speaker=None),
    # the mention ends where its relative clause starts, the clause's verb and closing comma too
    row("Un cadre de la banque, qui s'exprime sous couvert d'anonymat, estime que les comptes "
        "sont faux.", "les comptes sont faux", speaker="un cadre de la banque", role=None,
        kind="anonymous"),
    row("Un jeune boulanger, qui préfère taire son nom, explique qu'il songe à fermer.",
        "il songe à fermer", speaker="un jeune boulanger", kind="anonymous"),
    row("Un électeur, qui a voté pour le maire sortant, affirme que le scrutin était truqué.",
        "le scrutin était truqué", speaker="un électeur", role=None, kind="anonymous"),
    row("Les habitants qui ont vu la crue racontent que l'eau est montée vite.",
        "l'eau est montée vite", speaker="habitants"),
    # … not a relative clause in the words said, nor a complement without one
    row("La ministre a affirmé que l'homme qui a tiré était connu des services.",
        "l'homme qui a tiré était connu des services", speaker=None, role="ministre",
        gender="female", kind="person"),
    row("Le maire, Paul Roux, qui a visité le site, estime que les dégâts sont lourds.",
        "les dégâts sont lourds", speaker="Paul Roux", role="maire", gender="male"),
    row("Un cadre de la banque en poste à Metz estime que les comptes sont faux.",
        "les comptes sont faux", speaker="un cadre de la banque en poste à Metz",
        kind="anonymous"),
    # ---- « ce dernier »: the one named last before it whose gender and number agree
    row("Paul Morel a rencontré Jean Tissot. « Nous avons avancé », a affirmé ce dernier.",
        "Nous avons avancé", speaker="Jean Tissot", role=None, gender="male", kind="person"),
    row("Le juge a longuement interrogé Sophie Marchal. Cette dernière a affirmé que « tout "
        "était faux ».", "« tout était faux »", speaker="Sophie Marchal", role=None,
        gender="female", kind="person"),
    row("L’entraîneur Hugo Lefort a parlé de son capitaine, Karim Benali.\n\nCe dernier a "
        "estimé que l’équipe était prête.", "l’équipe était prête", speaker="Karim Benali",
        role="capitaine", gender="male", kind="person"),
    row("Le juge a entendu Claire Vidal. Selon cette dernière, la porte était ouverte.",
        "la porte était ouverte", speaker="Claire Vidal", role=None, gender="female"),
    # « celui-ci », « celle-ci », « ceux-ci »: the same, never their « ci » as a name
    row("Paul Morel a rencontré Jean Tissot. Celui-ci a évoqué « une grave erreur ».",
        "une grave erreur", speaker="Jean Tissot", gender="male", kind="person"),
    row("Le juge a reçu Paul Morel puis Sophie Marchal. Celle-ci a affirmé que la porte était "
        "ouverte.", "la porte était ouverte", speaker="Sophie Marchal", gender="female"),
    row("Sophie Marchal a reçu Paul Morel. Celle-ci a affirmé que la porte était ouverte.",
        "la porte était ouverte", speaker="Sophie Marchal", gender="female"),
    row("Paul Morel et Jean Tissot ont signé. Ceux-ci ont affirmé que la porte était ouverte.",
        "la porte était ouverte", speaker="Paul Morel et Jean Tissot"),
    # … and « ci » after another word is no demonstrative (« ci-dessus »: no subject at all)
    row("Paul Morel a signé le texte ci-dessous. Il a affirmé que la porte était ouverte.",
        "la porte était ouverte", speaker="Paul Morel", gender="male"),
    # a woman named last: « ce dernier » is the man before her, « cette dernière » is her
    row("Le maire Marc Aubry a reçu la députée Lise Caron. « Le dossier est clos », a assuré ce "
        "dernier.", "Le dossier est clos", speaker="Marc Aubry", role="maire", gender="male"),
    row("Le maire Marc Aubry a reçu la députée Lise Caron. « Le dossier est clos », a assuré "
        "cette dernière.", "Le dossier est clos", speaker="Lise Caron", role="députée",
        gender="female"),
    # two or more named in the sentence before: the last one; one surname, two people
    row("Paul Morel et Marc Dumas ont débattu lundi. « Le texte est mauvais », a jugé ce "
        "dernier.", "Le texte est mauvais", speaker="Marc Dumas", gender="male"),
    row("Le comité réunit Paul Morel, Marc Dumas et Jean Tissot. Ce dernier a déclaré que « le "
        "calendrier sera tenu ».", "« le calendrier sera tenu »", speaker="Jean Tissot",
        gender="male"),
    row("Jean Martel et son fils Luc Martel ont témoigné. Ce dernier a raconté que « la porte "
        "était ouverte ».", "« la porte était ouverte »", speaker="Luc Martel", gender="male"),
    # a day, a place, an apposed role are no one; the role apposed to a name is that person's
    row("Le juge Marc Dumas a entendu Paul Morel lundi à Paris. Ce dernier a affirmé que « rien "
        "n’était prouvé ».", "« rien n’était prouvé »", speaker="Paul Morel", gender="male"),
    row("Anne Roy a débattu avec Paul Morel, ancien ministre de l’Intérieur. Ce dernier a jugé "
        "que « le débat était utile ».", "« le débat était utile »", speaker="Paul Morel",
        role="ancien ministre de l’Intérieur", gender="male"),
    # the speaker of a quote in between is not « ce dernier », unless named last
    row("Paul Morel a reçu Jean Tissot. « Rien n’est réglé », a-t-il dit. « Je suis d’accord », "
        "a répondu ce dernier.", "Je suis d’accord", speaker="Jean Tissot", gender="male"),
    row("Paul Morel a reçu Jean Tissot. « Rien n’est réglé », a dit Paul Morel. Ce dernier a "
        "ajouté que « tout reste ouvert ».", "« tout reste ouvert »", speaker="Paul Morel",
        gender="male"),
    # « ce dernier » as a subject is a mention the next quotes carry over
    row("Marc Dumas a reçu Paul Morel. Ce dernier a estimé que « rien ne change ». « Je reste », "
        "a-t-il ajouté.", "Je reste", speaker="Paul Morel", gender="male", kind="person"),
    row("Jean Roux a reçu Marc Aubry dans son bureau. Ce dernier est reparti sans un mot.\n\n"
        "« Nous reviendrons », a-t-il lancé le soir.", "Nous reviendrons", speaker="Marc Aubry",
        gender="male"),
    # several people: the group named last
    row("Le ministre a reçu Paul Morel et Anne Roy. Ces derniers ont affirmé que « rien n’est "
        "réglé ».", "« rien n’est réglé »", speaker="Paul Morel et Anne Roy", kind="person"),
    row("Le préfet a rencontré les syndicats. Ces derniers ont jugé la réunion « décevante ».",
        "la réunion « décevante »", speaker="syndicats", kind="organization"),
    row("Le directeur a reçu les infirmières. Ces dernières ont dénoncé « un mépris total ».",
        "un mépris total", speaker="infirmières", kind="person"),
    # a body that is a participant, not a place: « dans son bureau » is no one
    row("Paul Morel a saisi le tribunal. Ce dernier a estimé que « la plainte est recevable ».",
        "« la plainte est recevable »", speaker="tribunal", kind="organization"),
    # someone described, not named: their role, never the person the article is about
    row("Paul Morel a reçu le maire. Ce dernier a affirmé que « la ville paiera ».",
        "« la ville paiera »", speaker=None, role="maire", gender=None, kind="person"),
    row("Paul Durand, préfet du Var, a parlé le matin. Anne Roy a ensuite appelé le préfet. Ce "
        "dernier a assuré que « la route rouvrira ».", "« la route rouvrira »",
        speaker="Paul Durand", role="préfet du Var", gender="male"),
    # « ce dernier » before a noun is an adjective, no anaphor
    row("Marc Dumas a reçu Paul Morel. La gauche progresse, selon ce dernier sondage.",
        "La gauche progresse", speaker="ce dernier sondage", kind="anonymous"),
    # nothing agrees: no one
    row("Paul Morel est arrivé lundi. « Tout va bien », a assuré cette dernière.",
        "Tout va bien", speaker=None),
    row("Anne Roy et Claire Vidal ont signé. Ces derniers ont dit que « tout est prêt ».",
        "« tout est prêt »", speaker=None),
    # ---- a trade is a role (lexicon/occupations.txt), before the name, apposed, or alone
    row("« La récolte sera maigre », a déploré l'agriculteur Paul Roux.", "La récolte sera maigre",
        speaker="Paul Roux", role="agriculteur", gender="male", kind="person"),
    row("Léa Martin, éleveuse de chèvres dans le Jura, estime que « le lait se vend mal ».",
        "« le lait se vend mal »", speaker="Léa Martin",
        role="éleveuse de chèvres dans le Jura", gender="female", kind="person"),
    row("La pharmacienne du village, Claire Morin, a expliqué que « les stocks sont vides ».",
        "« les stocks sont vides »", speaker="Claire Morin", role="pharmacienne du village",
        gender="female"),
    row("Le boulanger Marc Petit a ouvert à l'aube. « La farine manque », a-t-il dit.",
        "La farine manque", speaker="Marc Petit", role="boulanger", gender="male"),
    row("« Le loup a tué vingt brebis », a raconté l'éleveuse.", "Le loup a tué vingt brebis",
        speaker=None, role="éleveuse", gender="female", kind="person"),
    row("« Nous avons perdu la moitié du stock », a raconté un maraîcher de Nantes.",
        "Nous avons perdu la moitié du stock", speaker="un maraîcher de Nantes",
        role=None, kind="anonymous"),
    row("L'agriculteur Paul Roux a reçu sa fille, Léa Roux, vétérinaire à Rodez. « Le troupeau "
        "est sain », a-t-elle assuré.", "Le troupeau est sain", speaker="Léa Roux",
        role="vétérinaire à Rodez", gender="female"),
    # a noun of office whose complement is another office (« substitut du procureur »): the
    # whole office, the gender its article gives, as a title before the name or apposed
    row("« Les faits sont établis », a souligné la substitut du procureur, Léa Morvan.",
        "Les faits sont établis", speaker="Léa Morvan", role="substitut du procureur",
        gender="female", kind="person"),
    row("Léa Morvan, substitut du procureur de la République de Vire, a ouvert une enquête. "
        "« Les faits sont graves », a-t-elle dit.", "Les faits sont graves",
        speaker="Léa Morvan", role="substitut du procureur de la République de Vire",
        gender="female", kind="person"),
    row("« Les comptes sont tenus », a assuré Marc Delage, questeur de l'Assemblée.",
        "Les comptes sont tenus", speaker="Marc Delage", role="questeur de l'Assemblée",
        gender="male", kind="person"),
    # ---- a headline run into the lead with no stop on the first line: the description that
    # opens the lead may be the one the headline names (``speaking.sentence_around``)
    row(" date 2021-02 Procès – Paul Morel coupable de fraude Le conseiller municipal est "
        "condamné à une amende.\n\nLundi soir, Paul Morel a quitté le tribunal. « C'est "
        "injuste », a-t-il dit.", "C'est injuste", speaker="Paul Morel",
        role="conseiller municipal", gender="male"),
    row(" date 2021-01 Santé – Anne Roy a été vaccinée La responsable du service de santé a "
        "souligné que le plan était prêt.\n\nAnne Roy a reçu la presse lundi.",
        "le plan était prêt", speaker="Anne Roy", role="responsable du service de santé",
        gender="female"),
    row(" date 2022-03 Incendie – Marc Delage ruiné par le feu L’éleveur a vu sa grange brûler "
        "dans la nuit.\n\nMarc Delage est resté sur place. « Il ne reste rien », a-t-il dit.",
        "Il ne reste rien", speaker="Marc Delage", role="éleveur", gender="male"),
    # must not fire: the lead's description is of the other gender than the headline's man; a
    # later line keeps the name beside the description in its sentence
    row(" date 2021-01 Santé – Paul Morel a été vacciné La responsable du service de santé a "
        "souligné que le plan était prêt.\n\nPaul Morel a reçu la presse lundi.",
        "le plan était prêt", speaker=None, role="responsable du service de santé",
        gender="female"),
    row(" date 2021-01 Santé – Les vaccins sont arrivés.\n\nLe préfet a reçu Anne Roy hier "
        "matin La responsable du service de santé a souligné que le plan était prêt.",
        "le plan était prêt", speaker=None),
    # a trade of business or sport: the subject of the narration after the name, an apposition
    # after « un », a title before the name
    row("« Le mur a cédé d'un coup », raconte Marc Delorme, qui dormait chez lui. L’entrepreneur "
        "a eu la peur de sa vie.", "Le mur a cédé d'un coup", speaker="Marc Delorme",
        role="entrepreneur", gender="male", kind="person"),
    row("Julie Fabre l'a fait. Vendredi, la judokate française s'est imposée en finale. « Je ne "
        "réalise pas encore », a-t-elle confié.", "Je ne réalise pas encore",
        speaker="Julie Fabre", role="judokate française", gender="female", kind="person"),
    row("Selon Tidiane, un manager de rap ivoirien, le concert aura lieu.", "le concert aura lieu",
        speaker="Tidiane", role="manager de rap ivoirien", gender="male", kind="person"),
    # must not fire: the verb « manager », the plural of the trade (others, not him)
    row("Paul Morel veut manager l'équipe autrement. « Je vise le titre », a-t-il dit.",
        "Je vise le titre", speaker="Paul Morel", role=None, gender="male", kind="person"),
    row("Les entrepreneurs du quartier ont reçu Paul Morel. « Nous aiderons », a-t-il dit.",
        "Nous aiderons", speaker="Paul Morel", role=None, gender="male", kind="person"),
    # a trade that is someone else's: the complement of a noun or a preposition, a relative
    # clause, the words said, the next speaker, a list of people
    row("Le maire, ami de l'agriculteur Paul Roux, a affirmé que « la ferme sera sauvée ».",
        "« la ferme sera sauvée »", speaker=None, role="maire", gender=None, kind="person"),
    row("L'avocate de la boulangère Anne Petit a affirmé que « le bail est nul ».",
        "« le bail est nul »", speaker=None, role="avocate de la boulangère Anne Petit",
        gender="female", kind="person"),
    row("Le chauffeur du maire, Luc Bert, a affirmé que « la voiture était en panne ».",
        "« la voiture était en panne »", speaker="Luc Bert", role="chauffeur du maire",
        gender="male"),
    row("Venue avec l'éleveur, Anne Petit a affirmé que « le loup rôde ».", "« le loup rôde »",
        speaker="Anne Petit", role=None, gender="female"),
    row("Le maire, qui a reçu l'éleveur, a assuré que « le loup ne reviendra pas ».",
        "« le loup ne reviendra pas »", speaker=None, role="maire", gender=None),
    row("L'éleveur dont parle le maire a assuré que « le loup revient ».", "« le loup revient »",
        speaker=None, role="éleveur", gender=None, kind="person"),
    row("« Je remercie l'agriculteur qui m'a aidé », a dit Anne Petit.",
        "Je remercie l'agriculteur qui m'a aidé", speaker="Anne Petit", role=None,
        gender="female"),
    row("Selon Jeanne Vidal, « l'éleveur Marc Roy a menti ».", "l'éleveur Marc Roy a menti",
        speaker="Jeanne Vidal", role=None, gender="female"),
    row("« Le pain coûtera plus cher », prévient la boulangère Anne Petit. « Nous n'avons pas "
        "le choix », ajoute Paul Petit.", "Nous n'avons pas le choix", speaker="Paul Petit",
        role=None, gender="male"),
    row("Paul Roux, Anne Petit et Marc Lenoir, trois agriculteurs du canton, ont dit que « la "
        "sécheresse dure ».", "« la sécheresse dure »",
        speaker="Paul Roux, Anne Petit et Marc Lenoir", role=None, gender=None),
    # ---- two roles at one place (a title and an apposition, a role apposed before a title):
    # the quote shows the one that names its body or place
    row("Le cardinal Paul Morel, archevêque de Lyon, a reçu les fidèles. « Nous prierons », "
        "a-t-il dit.", "Nous prierons", speaker="Paul Morel", role="archevêque de Lyon",
        gender="male"),
    row("« Nous tiendrons », a affirmé lundi sur ce point le chef du comité militaire de l'Otan, "
        "l'amiral néerlandais Rob Bauer, à Bruxelles.", "Nous tiendrons", speaker="Rob Bauer",
        role="chef du comité militaire de l'Otan"),
    row("La ministre de la Santé, Anne Petit, ancienne infirmière, a affirmé que « l'hôpital "
        "tiendra ».", "« l'hôpital tiendra »", speaker="Anne Petit",
        role="ministre de la Santé", gender="female"),
    # after the quote too: a rank before the name, a function apposed after it (where the
    # holder stands, « sur place », no part of it: lexicon/presence_places.txt)
    row("« Nous avons évacué dix personnes », a précisé le capitaine Paul Morel, le porte-parole "
        "des pompiers sur place.", "Nous avons évacué dix personnes", speaker="Paul Morel",
        role="porte-parole des pompiers", gender="male"),
    # a bare noun for the fullest form given at one place (« … du Japon » and « … à Paris »)
    row("L'ambassadeur du Japon à Paris a été convoqué lundi. Le ministère lui a signifié ses "
        "griefs. L'ambassadeur Kenji Sato a assuré que « rien ne changera ».",
        "« rien ne changera »", speaker="Kenji Sato", role="ambassadeur du Japon à Paris"),
    # an anaphoric generic noun (lexicon/generic_nouns.txt) placed closer never beats the
    # function it stands for (tests/test_lexicon.py); one with a complement saying whose, or
    # a profession's noun, is a role as written
    row("Lise Brun, conseillère municipale, a parlé lundi. Puis l'élue d'opposition a ajouté : "
        "« Nous voterons contre ».", "Nous voterons contre", speaker="Lise Brun",
        role="élue d'opposition", gender="female"),
    row("Anne Roy, généticienne à l'Inserm, a parlé lundi. Puis la chercheuse a ajouté : "
        "« Nous poursuivrons ».", "Nous poursuivrons", speaker="Anne Roy", role="chercheuse",
        gender="female"),
    # not when the first is the complement of a preposition or a verb, nor given far before
    # (a rank with its country: « amiral » alone is a military rank, no role)
    row("Aux côtés du ministre, l'amiral néerlandais Rob Bauer a affirmé que « l'alliance "
        "tiendra ».", "« l'alliance tiendra »", speaker="Rob Bauer", role="amiral néerlandais"),
    row("Après avoir reçu le maire, l'éleveur Paul Roux a affirmé que « le loup reviendra ».",
        "« le loup reviendra »", speaker="Paul Roux", role="éleveur", gender="male"),
    row("Paul Roux, maire de Millau, a parlé lundi devant la presse régionale réunie à la "
        "mairie. Mardi, l'éleveur Paul Roux a affirmé que « le loup reviendra ».",
        "« le loup reviendra »", speaker="Paul Roux", role="éleveur", gender="male"),
    # ---- organisations named as the outlet or agency that reports
    row("Le patron déchu serait arrivé jeudi, selon le journal Les Echos.",
        "Le patron déchu serait arrivé jeudi", speaker="Les Echos", kind="organization"),
    row("La ville a été évacuée, selon l’agence Reuters.",
        "La ville a été évacuée", speaker="Reuters", kind="organization"),
    # ---- a phrase after a name's comma that runs, unclosed, into the verb it is the subject of
    # is someone else: the name (the complement of a fronted participle) is not its holder,
    # and a pronoun of the phrase's gender is not his or hers
    row("La ministre des Affaires étrangères, Claire Duval-Hamon, est à Rabat. Reçue par le "
        "ministre marocain des Affaires étrangères, Youssef Alaoui, la cheffe de la diplomatie "
        "a plaidé pour le dialogue. « Nous avançons », a-t-elle dit.", "Nous avançons",
        speaker="Claire Duval-Hamon", gender="female"),
    row("Reçu par la présidente de la région, Anne Vidal, le ministre a promis des crédits. "
        "« L'État sera là », a-t-il assuré.", "L'État sera là", speaker=None),
    row("Accueillie par le maire, Paul Morel, la préfète a visité le chantier. « Les délais "
        "seront tenus », a-t-elle promis.", "Les délais seront tenus", speaker=None),
    # an apposition closed by its comma, or by the end of the sentence, is still the name's
    row("Nadia Benali, avocate de la famille, a pris la parole. « C’est indigne », a-t-elle "
        "dit.", "C’est indigne", speaker="Nadia Benali", role="avocate de la famille",
        gender="female"),
    row("Après avoir salué les élus, Karim Haddad, président du club, a présenté le budget. "
        "« Nous resterons prudents », a-t-il dit.", "Nous resterons prudents",
        speaker="Karim Haddad", role="président du club", gender="male"),
    row("« Nous partirons demain », a dit Marc Lenoir, porte-parole du collectif.",
        "Nous partirons demain", speaker="Marc Lenoir", role="porte-parole du collectif"),
    # ---- « français(e) » after an office is the country a French article's offices are of:
    # the office the article names without it; another country's adjective is another holder
    row("Le ministre des Affaires étrangères, Luc Ferrand, est à Berlin. « Le dialogue reste "
        "ouvert », a dit le chef de la diplomatie française.", "Le dialogue reste ouvert",
        speaker="Luc Ferrand", role="ministre des Affaires étrangères", gender="male"),
    row("Marc Salin, président de la République, a reçu le président ivoirien Alassane Koné. "
        "« Nous sommes alliés », a déclaré le chef de l’État français.", "Nous sommes alliés",
        speaker="Marc Salin", role="président de la République"),
    row("Marc Salin, président de la République, a reçu le président ivoirien Alassane Koné. "
        "« Nous sommes alliés », a déclaré le chef de l’État ivoirien.", "Nous sommes alliés",
        speaker="Alassane Koné", role="président ivoirien"),
    row("La Première ministre, Anne Morin, a reçu les syndicats. « Je les écouterai », a "
        "promis la cheffe du gouvernement française.", "Je les écouterai",
        speaker="Anne Morin", gender="female"),
    # ---- a role noun the tagger took for a verb after an adjective it took for a noun (« la
    # nouvelle élue ») heads the mention: a description, never a name
    row("L’élue écologiste Sylvie Garnier a gagné dimanche. « Je serai la maire de tous », a "
        "déclaré la nouvelle élue devant la mairie.", "Je serai la maire de tous",
        speaker="Sylvie Garnier", gender="female", kind="person"),
    row("La candidate Sylvie Garnier a gagné dimanche. « Je serai la maire de tous », a "
        "déclaré la nouvelle élue devant la mairie.", "Je serai la maire de tous",
        speaker=None, gender="female", kind="person"),
    row("Le maire Paul Morel a reçu les habitants. « Nous tiendrons », a dit le jeune maire.",
        "Nous tiendrons", speaker="Paul Morel", role="maire", gender="male"),
    # ---- words that are no function (« la jeune femme », « le retraité ») describe the one of
    # their gender named last, a paragraph back at most, not the person the article is about;
    # one of the other gender named last is not them; a function still goes by its role
    row("La cinéaste Inès Barkat présente son film. « J’ai voulu filmer l’exil », dit-elle. "
        "Son actrice, Leïla Hamidi, 19 ans, joue pour la première fois.\n\n« J’étais "
        "terrifiée », raconte la jeune femme.", "J’étais terrifiée", speaker="Leïla Hamidi",
        gender="female"),
    row("Le ministre Paul Morel a visité l’usine. « Elle restera ouverte », a-t-il promis. Sur "
        "le parking, Gérard, 58 ans, attendait depuis l’aube. « On nous oublie », soupire le "
        "retraité.", "On nous oublie", speaker="Gérard", role=None, gender="male"),
    row("La directrice Anne Roy a visité l’usine. « Elle restera ouverte », a-t-elle promis. "
        "Sur le parking, Marc, 58 ans, attendait depuis l’aube. « On nous oublie », soupire la "
        "retraitée.", "On nous oublie", speaker="Anne Roy", gender="female"),
    row("La ministre Anne Morin visite Lyon. La maire, Claire Dumas, l’accueille sur le quai. "
        "« Les Jeux seront prêts », a promis la ministre.", "Les Jeux seront prêts",
        speaker="Anne Morin", role="ministre", gender="female"),
    # ---- a relative no kin words name (« son épouse » after « Jean et Monique Roustan ») is
    # the one person of the relation's gender sharing the surname; none when two are, or when
    # the one of that gender bears another surname; kin words beside a name still win
    row("Jean et Monique Roustan, un couple de retraités, ont vu l’eau monter. « Nous sommes "
        "montés sur le toit », raconte Jean Roustan. « J’ai cru que nous allions mourir », a "
        "ajouté son épouse.", "J’ai cru que nous allions mourir", speaker="Monique Roustan",
        gender="female", kind="person"),
    row("Claire et Marc Vidal tiennent la boulangerie depuis vingt ans. « Nous ne fermerons "
        "pas », assure Claire Vidal. « On se battra jusqu’au bout », a renchéri son mari.",
        "On se battra jusqu’au bout", speaker="Marc Vidal", gender="male"),
    row("Patrick Moreau a perdu la mairie. Julien Moreau siège au conseil. « Je déposerai un "
        "recours », a dit Patrick Moreau. « Il a raison », a réagi son fils.", "Il a raison",
        speaker="Julien Moreau", gender="male"),
    row("Jean Roustan et sa voisine Monique Durand ont vu l’eau monter. « Nous sommes montés "
        "sur le toit », raconte Jean Roustan. « J’ai cru mourir », a ajouté son épouse.",
        "J’ai cru mourir", speaker=None, gender="female", kind="person"),
    row("Paul, Anne et Léa Garnier ont fui la maison. « Tout est perdu », a dit Paul Garnier. "
        "« J’ai tout laissé », ajoute sa fille.", "J’ai tout laissé", speaker=None,
        gender="female"),
    row("Martine Castel a témoigné. Son mari, Jean Castel, était absent. « Il travaillait », a "
        "dit Martine Castel. « J’étais à Lyon », a confirmé son mari.", "J’étais à Lyon",
        speaker="Jean Castel", gender="male"),
    # ---- « X lui a répondu que »: the parse may call the clitic a subject too; X speaks
    row("« Ce budget oublie l'essentiel », a dit Paul Roux. L'adjointe, Sophie Caillet, lui a "
        "répondu que les crédits étaient prévus.", "les crédits étaient prévus",
        speaker="Sophie Caillet", role="adjointe", gender="female"),
    row("Le maire, Paul Roux, a parlé. La maire adjointe, Anne Vial, leur a assuré que la "
        "piscine rouvrirait en mai.", "la piscine rouvrirait en mai", speaker="Anne Vial",
        gender="female"),
    # … and the clitic alone, or after a pronoun, is no reason to look elsewhere
    row("Paul Roux est sorti du conseil. Lui a toujours assuré que le projet était viable.",
        "le projet était viable", speaker="Paul Roux"),
    row("Anne Vial a écrit à Paul Roux. Il lui a répondu que la route rouvrirait en mai.",
        "la route rouvrirait en mai", speaker="Paul Roux", gender="male"),
    # ---- « La mère de la victime, X »: X is the relative; the role noun is someone else's
    row("La mère de la victime, Françoise Girardot, a lancé un appel. « Je veux la vérité », "
        "a-t-elle confié.", "Je veux la vérité", speaker="Françoise Girardot", role=None,
        gender="female"),
    row("Le frère de l'avocat, Paul Roux, a parlé lundi. « Il faut juger vite », a-t-il dit.",
        "Il faut juger vite", speaker="Paul Roux", role=None),
    # … not when the noun before « de » is no person, nor when the role noun comes first
    row("L'arrivée du ministre, Paul Roux, a été saluée. « Je reste », a-t-il confié.",
        "Je reste", speaker="Paul Roux", role="ministre"),
    row("Le chef de file de la droite, Paul Roux, a parlé. « Je reste », a-t-il confié.",
        "Je reste", speaker="Paul Roux", role="chef de file de la droite"),
    # ---- « Le commandant …, le colonel X, a dit » parsed as two subjects: the function, not
    # the rank; a rank alone, or in a list, or after a preposition's complement, is the
    # name's own title, never the other phrase's function, and as a rank alone no role
    # (GUIDELINES, forty-sixth web batch: « a rank (« lieutenant-colonel ») » is none)
    row("Le commandant des opérations de secours, le colonel Patrick Laborde, a précisé que "
        "400 pompiers étaient engagés.", "400 pompiers étaient engagés",
        speaker="Patrick Laborde", role="commandant des opérations de secours"),
    row("Le maire de Mimizan, le colonel Patrick Laborde et la préfète ont visité le site. « Nos "
        "hommes sont épuisés », a dit Patrick Laborde.", "Nos hommes sont épuisés",
        speaker="Patrick Laborde", role=None),
    row("Aux côtés du ministre, le colonel Patrick Laborde a précisé que 400 pompiers étaient "
        "engagés.", "400 pompiers étaient engagés", speaker="Patrick Laborde", role=None),
    # ---- « Quant à X, elle a dit que »: the pronoun stands for the topic X when they agree,
    # not for a body of its gender named in between
    row("La capitaine Laura Kervella a parlé. La Fédération a annoncé que la finale se "
        "jouerait à Paris. Quant à Kervella, elle a promis que Brest reviendrait plus fort.",
        "Brest reviendrait plus fort", speaker="Laura Kervella", gender="female"),
    row("Le maire Paul Roux a parlé. La préfecture a annoncé que la route rouvrirait. Quant "
        "au maire, il a assuré que les travaux seraient finis en mai.",
        "les travaux seraient finis en mai", speaker="Paul Roux"),
    row("La capitaine Laura Kervella a parlé. Paul Roux a annoncé que la finale se jouerait à "
        "Paris. Quant à Kervella, il a promis qu'elle reviendrait plus forte.",
        "elle reviendrait plus forte", speaker="Paul Roux", gender="male"),
    # ---- a pronoun after an anonymous source whose article shows its gender is that source,
    # not a named person before it; « elle » gives « une source » no gender of its own
    row("Paul Roux, président de la FDSEA, a parlé. Un jeune agriculteur, qui préfère taire "
        "son nom, explique qu'il songe à arrêter. « Les banques ne suivent plus », ajoute-t-il.",
        "Les banques ne suivent plus", kind="anonymous"),
    row("Anne Vial a parlé. Selon une source proche du dossier, le suspect aurait avoué. Cette "
        "source précise que tout est fini. « Il a tout dit », a-t-elle ajouté.", "Il a tout dit",
        speaker="une source proche du dossier", gender=None),
    # … not when the article says otherwise: « il » after « une source » is the man named
    row("Paul Roux, président de la FDSEA, a parlé. Selon une source proche du dossier, le "
        "suspect aurait avoué. « Les banques ne suivent plus », a-t-il ajouté.",
        "Les banques ne suivent plus", speaker="Paul Roux", gender="male"),
    # … a thing whose noun only ends like an agent's (« un dialogue »: no « dialogie ») is no
    # source; a specialist of a science (« un psychologue ») is
    row("Le maire Paul Morel a présenté son budget lundi. Un dialogue public aura lieu en mai "
        "avec les habitants. Il a déclaré que les impôts ne monteraient pas.",
        "les impôts ne monteraient pas", speaker="Paul Morel", kind="person"),
    row("Un psychologue a reçu les familles lundi soir. Il a déclaré que la cellule resterait "
        "ouverte.", "la cellule resterait ouverte", speaker="un psychologue", kind="anonymous"),
    row("Paul Roux a raconté ses journées. Le soir, il regardait un match de son club "
        "favori, le Stade rennais. « Le temps passait lentement, très lentement », "
        "souligne-t-il.", "Le temps passait lentement, très lentement", speaker="Paul Roux"),
    # ---- « son mari » when two men share her surname: the one named with her by « et »
    row("Le colonel Patrick Laborde est venu. Gérard et Sylvie Laborde n'ont rien emporté. « On "
        "a tout perdu », raconte Sylvie. Son mari ajoute : « Quarante ans de travail. »",
        "Quarante ans de travail.", speaker="Gérard Laborde", gender="male"),
    row("Le colonel Patrick Laborde est venu. Sylvie et Gérard Laborde n'ont rien emporté. « On "
        "a tout perdu », raconte Sylvie. « Quarante ans de travail », a ajouté son mari.",
        "Quarante ans de travail", speaker="Gérard Laborde", gender="male"),
    # … neither when none is named with her
    row("Le colonel Patrick Laborde est venu. Gérard Laborde est arrivé plus tard. Sylvie "
        "Laborde n'a rien emporté. « On a tout perdu », raconte Sylvie. « Quarante ans de "
        "travail », a ajouté son mari.", "Quarante ans de travail", speaker=None,
        gender="male"),
    # ---- « X affirme qu'… et appelle à … » before a paragraph break: the parse hung the « que »
    # clause on a verb of the next paragraph; « appelle » still shares the subject of « affirme »
    row("Paul Morel était notre invité ce matin. Le préfet affirme qu'il n'existe aucun \"risque "
        "sérieux\" et appelle à ne \"pas s'inquiéter\"\n\n\"Je comprends l'inquiétude mais il "
        "faut rester calme\", voilà le message du préfet.", 'ne "pas s\'inquiéter"',
        speaker="Paul Morel", role="préfet", gender="male", kind="person"),
    # … and in one paragraph, the clause's own head as before
    row("Le préfet Paul Morel affirme qu'il n'y a pas de danger et appelle à « garder son "
        "calme ». Les habitants restent inquiets.", "à « garder son calme »",
        speaker="Paul Morel", role="préfet", gender="male"),
    # ---- « selon les chiffres publiés lundi »: an unsigned document said to be issued speaks
    # for the one body its sentence names before it
    row("L'Observatoire des loyers avait prévu une hausse de 3 %, mais selon les chiffres publiés "
        "lundi, elle atteint 4 %.", "elle atteint 4 %", speaker="Observatoire des loyers",
        role=None, gender=None, kind="organization"),
    # … not two bodies, a person named, or a document no participle says was issued (the
    # document is named without the participle glued after it)
    row("L'Observatoire des loyers et la Fédération du bâtiment avaient prévu une hausse de 3 %, "
        "mais selon les chiffres publiés lundi, elle atteint 4 %.", "elle atteint 4 %",
        speaker="les chiffres", kind="anonymous"),
    row("Paul Roux, de l'Observatoire des loyers, avait prévu une hausse de 3 %, mais selon les "
        "chiffres publiés lundi, elle atteint 4 %.", "elle atteint 4 %",
        speaker="les chiffres", kind="anonymous"),
    row("L'Observatoire des loyers avait prévu une hausse de 3 %, mais selon les chiffres "
        "officiels, elle atteint 4 %.", "elle atteint 4 %", speaker="les chiffres officiels",
        kind="anonymous"),
    # ---- « le site d'investigation » after « le site Grandangle »: the name the article gave
    # right after the same noun
    row("Le député a porté plainte contre le site Grandangle. Les frais de mandat ne servent pas "
        "à payer un parti, affirme le site d'investigation.",
        "Les frais de mandat ne servent pas à payer un parti", speaker="Grandangle",
        role=None, gender=None, kind="organization"),
    # … not when the article gave that noun two names
    row("Le député a porté plainte contre le site Grandangle et le site Focale. Les frais de "
        "mandat ne servent pas à payer un parti, affirme le site d'investigation.",
        "Les frais de mandat ne servent pas à payer un parti",
        speaker="le site d'investigation", role=None),
    # ---- « le patriarche de la famille Roux »: the one Roux of the cast of that gender
    row("Henri Roux, président d'honneur du club, a fait appel. Claire Roux n'a rien dit. À la "
        "sortie, le patriarche de la famille Roux a appelé à l'« union sacrée du club ».",
        "à l'« union sacrée du club »", speaker="Henri Roux", role="président d'honneur du club",
        gender="male", kind="person"),
    row("Henri Roux a fait appel. Claire Roux n'a rien dit. À la sortie, la benjamine de la "
        "famille Roux a dénoncé une « mascarade ».", "une « mascarade »", speaker="Claire Roux",
        gender="female", kind="person"),
    # … not two of that gender, nor a noun for someone outside the family: the words as
    # written, no one of the cast (the family's name names none of it)
    row("Henri Roux a fait appel. Marc Roux n'a rien dit. À la sortie, le patriarche de la "
        "famille Roux a appelé à l'« union sacrée du club ».", "à l'« union sacrée du club »",
        speaker="patriarche de la famille Roux", gender=None),
    row("Henri Roux a fait appel. Claire Roux n'a rien dit. À la sortie, le voisin de la "
        "famille Roux a dénoncé une « mascarade ».", "une « mascarade »",
        speaker="voisin de la famille Roux", gender=None),
    # ---- « X, sa fille, éleveuse de brebis »: the function after the relation is X's
    row("Amandine Castaing, sa fille, éleveuse de brebis à Nérac, a repris la ferme. « Je "
        "travaille sans arrêt », témoigne la jeune femme.", "Je travaille sans arrêt",
        speaker="Amandine Castaing", role="éleveuse de brebis à Nérac"),
    # … not a name after the relation, nor a relation alone
    row("Anne Vial, sa fille, Paul Roux, son gendre, ont repris la ferme. « Je travaille sans "
        "arrêt », dit Anne Vial.", "Je travaille sans arrêt", speaker="Anne Vial", role=None),
    row("Paul Roux, son mari, a repris la ferme. « Je travaille sans arrêt », dit-il.",
        "Je travaille sans arrêt", speaker="Paul Roux", role=None),
    # ---- a role fronted at the head of the sentence, longer than a title's window, a bracket
    # or how long it has been held after it, the tagger's adverb for its noun
    row("Pharmacienne depuis vingt ans à Mende (Lozère), Anne Roy ferme son officine. « J'ai "
        "tout essayé », raconte-t-elle.", "J'ai tout essayé", speaker="Anne Roy",
        role="pharmacienne", gender="female", kind="person"),
    row("Président du comité des supporters du stade de la ville de Rodez et de sa région, Paul "
        "Morel a écrit au maire. Il estime que la mairie « a trahi les habitants ».",
        "la mairie « a trahi les habitants »", speaker="Paul Morel",
        role="président du comité des supporters du stade de la ville de Rodez et de sa région"),
    row("Paul Morel, maire depuis 2014, a dit que « la ville tiendra ».", "« la ville tiendra »",
        speaker="Paul Morel", role="maire"),
    # … its capital is the sentence's, not the word's; « Premier » keeps its own
    row("Conseillère municipale de l'opposition, Anne Roy a pris la parole. « Ce budget est "
        "injuste », a-t-elle dit.", "Ce budget est injuste", speaker="Anne Roy",
        role="conseillère municipale de l'opposition"),
    row("Premier ministre depuis mars, Paul Morel a dit que « le pays tiendra ».",
        "« le pays tiendra »", speaker="Paul Morel", role="Premier ministre"),
    # … not a participle clause, nor a time and a place, before the name
    row("Reçue par la ministre de la Culture, Anne Roy a dit que « rien n'est réglé ».",
        "« rien n'est réglé »", speaker="Anne Roy", role=None),
    row("Hier soir à Rodez, Paul Morel a dit que « tout ira bien ».", "« tout ira bien »",
        speaker="Paul Morel", role=None),
    # … a role fronted before « elle » is hers, not yet given
    row("Le maire a reçu Anne Roy. Adjointe aux sports, elle a dit que « le stade rouvrira ».",
        "« le stade rouvrira »", speaker="Anne Roy", role="adjointe aux sports"),
    row("Anne Roy a reçu Paul Morel. Maire depuis 2014, il a dit que « le stade rouvrira ».",
        "« le stade rouvrira »", speaker="Paul Morel", role="maire"),
    # … not a noun that names anyone whatever they do (« victime »)
    row("La chanteuse Anne Roy a annulé sa tournée. Victime d'une grave maladie, elle ne chante "
        "plus. « Je suis désolée de vous décevoir », a-t-elle écrit.",
        "Je suis désolée de vous décevoir", speaker="Anne Roy", role="chanteuse"),
    # ---- one anonymous person: « un » or « une » shows the gender, the capital is the
    # sentence's; not « un membre », not a document, not « une source »
    row("Un employé de la gare, qui souhaite rester anonyme, affirme que le train était vide.",
        "le train était vide", speaker="un employé de la gare", gender=None,
        kind="anonymous"),
    row("Une riveraine estime que le bruit est insupportable.", "le bruit est insupportable",
        speaker="une riveraine", gender="female", kind="anonymous"),
    row("Selon un employé de la gare, le train était vide.", "le train était vide",
        speaker="un employé de la gare", gender=None, kind="anonymous"),
    row("Un membre du jury affirme que le vote était serré.", "le vote était serré",
        speaker="un membre du jury", gender=None, kind="anonymous"),
    row("Selon une source proche du club, le joueur partira.", "le joueur partira",
        speaker="une source proche du club", gender=None, kind="anonymous"),
    row("Des habitants affirment que le bruit est insupportable.", "le bruit est insupportable",
        speaker="des habitants", gender=None, kind="anonymous"),
    # ---- an object clitic before an incise's verb is whom the speaker answers, not who speaks
    row("L'avocate Anne Roy a plaidé. « Maître, nous ne jugeons pas la naïveté », l'a "
        "interrompue le juge Paul Morel.", "Maître, nous ne jugeons pas la naïveté",
        speaker="Paul Morel", role="juge", gender="male"),
    row("Paul Morel a posé une question. « Nous verrons cela demain matin », lui a répondu Anne "
        "Roy.", "Nous verrons cela demain matin", speaker="Anne Roy", gender="female"),
    row("Paul Morel a interrogé Anne Roy. « Nous verrons cela demain », lui a-t-elle répondu.",
        "Nous verrons cela demain", speaker="Anne Roy", gender="female"),
    row("Anne Roy lui a répondu que le projet était abandonné.", "le projet était abandonné",
        speaker="Anne Roy"),
    # ---- « lui-même », « elle-même » as the subject stand for the one named before
    row("Paul Morel avait lui-même évoqué ce départ : « Je partirai en mars. »",
        "Je partirai en mars.", speaker="Paul Morel", gender="male", kind="person"),
    row("Anne Roy et Paul Morel ont parlé. Elle avait elle-même évoqué ce départ : « Je partirai "
        "en mars. »", "Je partirai en mars.", speaker="Anne Roy", gender="female"),
    # ---- « X, devenu Y »: one person, named by the name taken; not « devenu maire »
    row("L'archevêque Paul Morel, devenu Jean XXIV lors du conclave, a béni la foule. Paul Morel "
        "avait évoqué ce voyage : « J'irai au Liban. »", "J'irai au Liban.",
        speaker="Jean XXIV", gender="male", kind="person"),
    row("L'ancien archevêque de Lyon, Paul Morel, devenu le pape Jean XXIV, a parlé. « Je prierai "
        "pour vous », a-t-il dit.", "Je prierai pour vous", speaker="Jean XXIV", role="pape"),
    row("Anne Roy, devenue Anne Vidal par son mariage, a parlé. « Je reste ici », a dit Anne "
        "Roy.", "Je reste ici", speaker="Anne Vidal", gender="female"),
    row("Paul Morel, devenu maire en 2020, a parlé. « Je reste ici », a-t-il dit.",
        "Je reste ici", speaker="Paul Morel", role="maire"),
    # … « élu sous le nom de Y », « Y, puisque tel est le nom que … s'est choisi »: the one
    # named in full before takes the name chosen, and keeps the role he was given
    row("Le cardinal Paul Morel, élu sous le nom de Jean XXIV, a salué la foule. « Je prierai "
        "pour vous », a dit Paul Morel.", "Je prierai pour vous", speaker="Jean XXIV",
        gender="male"),
    row("Le cardinal Paul Morel a salué la foule : « Je prierai pour vous. » Jean XXIV, puisque "
        "c'est le nom que le nouveau pape a pris, a béni la place.",
        "Je prierai pour vous.", speaker="Jean XXIV", role="cardinal", gender="male"),
    row("Le cardinal Paul Morel a salué la foule : « Je prierai pour vous. » Jean Roy, c'est le "
        "nom de son neveu, a béni la place.", "Je prierai pour vous.", speaker="Paul Morel",
        role="cardinal", gender="male"),
    row("Paul Morel, élu maire en 2020, a parlé. « Je reste ici », a-t-il dit.",
        "Je reste ici", speaker="Paul Morel"),
    # ---- a name after a body's noun completes the role (a firm tagged as a person); a name
    # after a comma does not
    row("« La reprise sera lente », estime Anne Roy, analyste au cabinet Varlane.",
        "La reprise sera lente", speaker="Anne Roy", role="analyste au cabinet Varlane"),
    row("« Le dossier est solide », estime Anne Roy, avocate, Paul Morel et Jean Dupuis.",
        "Le dossier est solide", speaker="Anne Roy", role="avocate"),
    # ---- the function before a comma over the profession apposed to the name
    row("Le président du jury, l'acteur Paul Morel, a salué « un film rare ».", "un film rare",
        speaker="Paul Morel", role="président du jury"),
    # ---- « élue meilleure joueuse du match » is a prize, not a function; « élue maire » is one
    row("La gardienne Anne Roy, élue meilleure joueuse du match, a parlé. « Je me suis sentie "
        "bien », a-t-elle dit.", "Je me suis sentie bien", speaker="Anne Roy", role="gardienne"),
    row("Élu meilleur buteur du championnat, Paul Morel a parlé. « Je suis fier », a-t-il dit.",
        "Je suis fier", speaker="Paul Morel", role=None),
    row("L'interprète principale, Anne Roy, a été élue meilleure actrice. « Je suis fière », "
        "a-t-elle dit.", "Je suis fière", speaker="Anne Roy", role="interprète principale"),
    row("Paul Morel, élu maire de Rodez en mars, a parlé. « Je suis fier », a-t-il dit.",
        "Je suis fier", speaker="Paul Morel", role="maire de Rodez"),
    # ---- a scientist's trade is a role; « la chercheuse » covers it, not a mayor's
    row("La glaciologue Anne Roy a mesuré le recul du glacier. « Il fond vite », a-t-elle dit. « "
        "Nous manquons de capteurs », a regretté la chercheuse.", "Nous manquons de capteurs",
        speaker="Anne Roy", gender="female"),
    row("Anne Roy, climatologue au CNRS, a présenté le rapport. « Les étés s'allongent », "
        "a-t-elle dit.", "Les étés s'allongent", speaker="Anne Roy",
        role="climatologue au CNRS"),
    row("La maire de Chamonix, Anne Roy, a parlé. « Il fond vite », a-t-elle dit. « Nous "
        "manquons de capteurs », a regretté la chercheuse.", "Nous manquons de capteurs",
        speaker=None, role="chercheuse"),
    # ---- a description tied to the named person is a role they are given there, the closest
    # before the quote when it is; not a word that fits any role
    row("Hélène Vidal est arrivée lundi. La présidente du parti a jugé le texte injuste. « Je "
        "reste », a-t-elle dit. « Le texte est injuste », a ajouté la ministre de la Culture "
        "démissionnaire. « Nous verrons demain », ajoute Hélène Vidal.", "Nous verrons demain",
        speaker="Hélène Vidal", role="ministre de la Culture démissionnaire", gender="female"),
    # ---- a role phrase of the narration restating the role of one person of the cast is a
    # role given them there: the same role noun, or what a noun of any role is the role of
    row("Paul Morel, président du club, a parlé lundi. La décision a été saluée par le "
        "président de l'association. « Nous tiendrons », a-t-il dit.", "Nous tiendrons",
        speaker="Paul Morel", role="président de l'association", gender="male"),
    row("Paul Morel, président de la Fédération française de rugby, a parlé lundi. Le départ a "
        "été discuté avec le patron de la FFR. « Nous tiendrons », a dit Paul Morel.",
        "Nous tiendrons", speaker="Paul Morel", role="patron de la FFR", gender="male"),
    row("Paul Morel, président de la Fédération française de rugby, a parlé lundi. Sans "
        "surprise, le boss de la FFR apprécie le calendrier. « Nous tiendrons », a dit Paul "
        "Morel.", "Nous tiendrons", speaker="Paul Morel", role="boss de la FFR", gender="male"),
    # … up to the verb after it, whatever the tagger makes of it
    row("Paul Morel, président du club, a parlé lundi. Au premier jour, le président de "
        "l’association s’agenouille pour prier. « Nous tiendrons », a dit Paul Morel.",
        "Nous tiendrons", speaker="Paul Morel", role="président de l’association",
        gender="male"),
    # … not when it fits two people, the other gender, or nothing the person is given
    row("Paul Morel, président du club, a reçu Jean Roux, président de la ligue. La décision a "
        "été saluée par le président de l'association. « Nous tiendrons », a dit Paul Morel.",
        "Nous tiendrons", speaker="Paul Morel", role="président du club", gender="male"),
    row("Paul Morel, président du club, a parlé lundi. La décision a été saluée par la "
        "présidente de l'association. « Nous tiendrons », a dit Paul Morel.", "Nous tiendrons",
        speaker="Paul Morel", role="président du club", gender="male"),
    row("Paul Morel, président du club, a parlé lundi. La décision a été saluée par le patron "
        "de la mairie. « Nous tiendrons », a dit Paul Morel.", "Nous tiendrons",
        speaker="Paul Morel", role="président du club", gender="male"),
    # ---- a word with a digit is no one's name, even where the recogniser says so: the title
    # before a name goes on past it, and a description that ends with it names no one
    row("Pendant que le président émirati de la COP28, Karim al-Nasser, validait l'adoption "
        "d'un accord final, la salle se vidait. Le président de la COP28 ne voulait plus "
        "attendre. « C'est décidé », a-t-il déclaré.", "C'est décidé",
        speaker="Karim al-Nasser", role="président de la COP28", gender="male"),
    row("Le sommet s'est ouvert lundi. « Nous signerons », a déclaré le président de la COP28.",
        "Nous signerons", speaker=None, role="président de la COP28", kind="person"),
    # ---- a title before a name read back as far as the window goes: one that starts right
    # after a preposition there is a complement ("son titre d'évêque …"), no title of the name
    row("Conscient que la tâche dépasse son titre d’évêque de Lyon et même de Pasteur des "
        "fidèles du diocèse, Paul Morel a poursuivi : « Je m’adresse à tous. »",
        "Je m’adresse à tous.", speaker="Paul Morel", role=None, gender="male"),
    # … a title within the window stays
    row("Après la messe, l’évêque de Lyon, Paul Morel, a poursuivi : « Je m’adresse à tous. »",
        "Je m’adresse à tous.", speaker="Paul Morel", role="évêque de Lyon", gender="male"),
    # ---- a rank or a state beside the function is no part of the role; a rank with a state
    # is a distinction, no role
    row("Anne Roy, seule ouvrière présente à la réunion, a réagi. « Je suis satisfaite », "
        "a-t-elle dit.", "Je suis satisfaite", speaker="Anne Roy", role="ouvrière",
        gender="female"),
    row("Paul Morel, maire de Lens, a parlé lundi. Le premier maire de l'Histoire né à Lens "
        "s'est voulu rassurant. « Nous construirons des ponts », a-t-il dit.",
        "Nous construirons des ponts", speaker="Paul Morel", role="maire de Lens",
        gender="male"),
    # … not a rank alone, an office, or a participle that is part of the function
    row("Paul Morel, maire de Lens, a parlé lundi. Le dernier maire de la commune s'est voulu "
        "rassurant. « Nous construirons des ponts », a-t-il dit.",
        "Nous construirons des ponts", speaker="Paul Morel", role="dernier maire de la commune",
        gender="male"),
    row("Le Premier ministre Paul Morel a parlé. « Nous tiendrons », a-t-il dit.",
        "Nous tiendrons", speaker="Paul Morel", role="Premier ministre", gender="male"),
    row("Paul Morel, ministre délégué à l'Industrie, a réagi. « Nous tiendrons », a-t-il dit.",
        "Nous tiendrons", speaker="Paul Morel", role="ministre délégué à l'Industrie",
        gender="male"),
    # ---- a name with an initial and its period may end the text after the cue
    row("« Je suis satisfaite », a dit Julie K.", "Je suis satisfaite", speaker="Julie K.",
        role=None, gender="female"),
    # ---- « en tant que » in the quote's sentence: the capacity the speaker speaks in
    row("Paul Morel est arrivé à la tribune. Il a prononcé ses premiers mots en tant que maire : "
        "« Nous reconstruirons l'école ! ».", "Nous reconstruirons l'école !",
        speaker="Paul Morel", role="maire", gender="male"),
    # … not someone else's named before it, nor words of the quote
    row("Paul Morel, député de la Somme, est arrivé. Il a reçu Anne Roy en tant que maire "
        "adjointe : « Nous reconstruirons l'école », a-t-il dit.", "Nous reconstruirons l'école",
        speaker="Paul Morel", role="député de la Somme", gender="male"),
    row("Anne Roy, députée de la Somme, est arrivée. « Je parle en tant que maire de mon "
        "village », a-t-elle dit.", "Je parle en tant que maire de mon village",
        speaker="Anne Roy", role="députée de la Somme", gender="female"),
    # ---- a description is not someone the article brings in as new in a later sentence
    # ("un de ses amis, le sénateur Luc Vidal"), when one of that gender was named before it …
    row("Paul Morel a quitté la réunion en colère. « Nous ferons appel », a annoncé le "
        "sénateur. Un de ses amis, le sénateur Luc Vidal, est resté dans la salle.",
        "Nous ferons appel", speaker="Paul Morel", role="sénateur", gender="male"),
    # … but is, when no one of that gender came before, or when it names him in the sentence
    row("Anne Roy a quitté la réunion en colère. « Nous ferons appel », a annoncé le "
        "sénateur. Un de ses amis, le sénateur Luc Vidal, est resté dans la salle.",
        "Nous ferons appel", speaker="Luc Vidal", role="sénateur", gender="male"),
    row("Paul Morel a quitté la réunion en colère. « Nous ferons appel », a annoncé le "
        "sénateur du Gers, Luc Vidal.", "Nous ferons appel", speaker="Luc Vidal",
        gender="male"),
    # ---- a founder may hold any office since: "le cofondateur du parti" is "le député", and
    # his role (a founding is no function) …
    row("Paul Morel, cofondateur du parti, a été exclu. « Je ferai appel », a annoncé le "
        "député.", "Je ferai appel", speaker="Paul Morel", role="député",
        gender="male"),
    # … an office says otherwise ("le directeur de l'usine" is no "député")
    row("Paul Morel, directeur de l'usine, a été exclu. « Je ferai appel », a annoncé le "
        "député.", "Je ferai appel", speaker=None, role="député", gender=None),
    # ---- « le religieux » is a priest, a bishop, a cardinal (role_kinds.tsv); not a mayor
    row("L'évêque Paul Morel est arrivé. « Je prierai pour vous », a dit le religieux de 69 "
        "ans.", "Je prierai pour vous", speaker="Paul Morel", role="évêque", gender="male"),
    # (an age description is no role)
    row("Le maire Paul Morel est arrivé. « Je prierai pour vous », a dit le religieux de 69 "
        "ans.", "Je prierai pour vous", speaker=None, role=None),
    # ---- a periphrasis written as two capitalised words, hyphen or none, is the office's
    # holder the article names, no name of its own (« le Saint Père » is « le Saint-Père »)
    row("Le pape Léon XIV a reçu les évêques samedi. « L'Église doit écouter les pauvres », a "
        "insisté le Saint Père devant la foule.", "L'Église doit écouter les pauvres",
        speaker="Léon XIV", kind="person", gender="male"),
    row("Le pape Léon XIV a reçu les évêques samedi. « L'Église doit écouter les pauvres », a "
        "insisté le Saint-Père devant la foule.", "L'Église doit écouter les pauvres",
        speaker="Léon XIV", kind="person", gender="male"),
    row("Le pape François a reçu les évêques samedi. « L'Église doit écouter les pauvres », a "
        "insisté le Saint Père devant la foule.", "L'Église doit écouter les pauvres",
        speaker="François", kind="person"),
    # … two capitalised words that are no periphrasis stay a body's name
    row("Le pape Léon XIV a reçu les évêques. Le Saint Siège a fait savoir que la visite était "
        "reportée.", "la visite était reportée", speaker="Saint Siège", kind="organization"),
    row("Le Grand Orient a affirmé que la loge restait ouverte.", "la loge restait ouverte",
        speaker="Grand Orient", kind="organization"),
    # ---- a plural inverted pronoun is the group or the list named before it, never one
    # person of it; with none that agrees in number (and gender), no one
    row("Marie Dupont et Claire Lenoir dirigent deux écoles du quartier. « Les classes sont "
        "surchargées », estiment-elles.", "Les classes sont surchargées",
        speaker="Marie Dupont et Claire Lenoir", kind="person"),
    row("Les syndicats CGT et FO ont publié un communiqué commun. « Nous refusons ce plan », "
        "écrivent-ils.", "Nous refusons ce plan", speaker="CGT et FO", kind="organization"),
    row("Plusieurs enseignants ont écrit au ministre. « Les classes sont surchargées », "
        "estiment-ils.", "Les classes sont surchargées", speaker="plusieurs enseignants",
        kind="anonymous"),
    row("Le maire Jean Morel a reçu les parents d'élèves. « Nous voulons des réponses », "
        "ajoutent-ils.", "Nous voulons des réponses", speaker=None),
    row("Un habitant a écrit au maire. « La route est dangereuse », estiment-ils.",
        "La route est dangereuse", speaker=None),
    row("Des habitants ont écrit au maire. « La route est dangereuse », estiment-elles.",
        "La route est dangereuse", speaker=None),
    # ---- « X, alias Y », « Y, de son vrai nom X »: one person, under the name given first
    row("Le chanteur Marc Dubreuil, alias Mowgli, sort un album. « Je voulais revenir aux "
        "sources », a confié Mowgli.", "Je voulais revenir aux sources",
        speaker="Marc Dubreuil", kind="person", gender="male"),
    row("Marc Dubreuil, alias Mowgli, sort un album. Mowgli a expliqué qu'il voulait revenir "
        "aux sources.", "il voulait revenir aux sources", speaker="Marc Dubreuil",
        kind="person"),
    row("Le rappeur Kenzo, de son vrai nom Kevin Marlot, sort un album. « Je voulais revenir "
        "aux sources », a confié Kevin Marlot.", "Je voulais revenir aux sources",
        speaker="Kenzo", kind="person", gender="male"),
    row("Le chanteur Marc Dubreuil, alias Mowgli, a rencontré Paul Roux. « Je voulais revenir "
        "aux sources », a confié Paul Roux.", "Je voulais revenir aux sources",
        speaker="Paul Roux"),
    # ---- a noun of a person is a person described, whatever the tagger calls it, the last
    # part of a compound too; a body's noun stays a body
    row("« C'est une catastrophe », a réagi la coiffeuse du village.", "C'est une catastrophe",
        speaker=None, kind="person", gender="female"),
    row("« C'est une catastrophe », a réagi l'aide-soignante.", "C'est une catastrophe",
        speaker=None, kind="person"),
    row("« C'est une catastrophe », a réagi le marin-pêcheur.", "C'est une catastrophe",
        speaker=None, kind="person", gender=None),
    row("« C'est une catastrophe », a réagi la mairie du village.", "C'est une catastrophe",
        speaker="mairie du village", kind="organization"),
    # … and a name after a body's noun is the body's (« l'école Jules-Ferry »), no one's
    row("L'enseignante de l'école Jules-Ferry a dit que c'était une catastrophe.",
        "c'était une catastrophe", speaker=None, kind="person", gender="female"),
    # ---- a body's noun heads the subject: the body speaks, not a person named nearby
    row("L'acteur Paul Renard joue au Théâtre du Lac. Le théâtre a fait savoir que les billets "
        "seraient en vente lundi.", "les billets seraient en vente lundi",
        speaker="Théâtre du Lac", kind="organization"),
    row("Le Théâtre du Lac, où joue l'acteur Paul Renard, a fait savoir que les billets "
        "seraient en vente lundi.", "les billets seraient en vente lundi",
        speaker="Théâtre du Lac", kind="organization"),
    row("L'actrice Anne Roy expose ses toiles. Le musée a fait savoir que l'exposition serait "
        "prolongée.", "l'exposition serait prolongée", speaker="musée", kind="organization"),
    row("L'actrice Anne Roy expose ses toiles. Le Musée Granet a fait savoir que l'exposition "
        "serait prolongée.", "l'exposition serait prolongée", speaker="Musée Granet",
        kind="organization"),
    row("Le joueur Paul Renard a signé. Le Stade Rennais a fait savoir que le contrat courait "
        "jusqu'en 2027.", "le contrat courait jusqu'en 2027", speaker="Stade Rennais",
        kind="organization"),
    row("L'élève Paul Renard a été exclu. L'école Jules-Ferry a fait savoir qu'une enquête "
        "était ouverte.", "une enquête était ouverte", speaker="école Jules-Ferry",
        kind="organization"),
    row("L'élève Paul Renard a été exclu. Le lycée Victor-Hugo a fait savoir qu'une enquête "
        "était ouverte.", "une enquête était ouverte", speaker="lycée Victor-Hugo",
        kind="organization"),
    row("L'élève Paul Renard a été exclu. Le collège a fait savoir qu'une enquête était "
        "ouverte.", "une enquête était ouverte", speaker="collège", kind="organization"),
    row("Le chef Paul Renard dirige l'orchestre. L'opéra a fait savoir que la saison était "
        "complète.", "la saison était complète", speaker="opéra", kind="organization"),
    row("Le comédien Paul Renard a quitté la troupe. La Comédie-Française a fait savoir "
        "qu'elle regrettait ce départ.", "elle regrettait ce départ",
        speaker="Comédie-Française", kind="organization",
        why="the parse makes « Comédie-Française » a sentence of its own: no subject"),
    # … a body named by its article and noun keeps their gender: « elle » is not « le Musée »
    row("La ministre Anne Roy prépare son voyage. Le Musée Granet a annoncé que l'exposition "
        "était prolongée. « C'est une très bonne nouvelle », a-t-elle déclaré.",
        "C'est une très bonne nouvelle", speaker="Anne Roy", kind="person"),
    row("Le maire Paul Roux prépare son voyage. La Banque Mondiale a annoncé que le prêt était "
        "accordé. « C'est une très bonne nouvelle », a-t-il déclaré.",
        "C'est une très bonne nouvelle", speaker="Paul Roux", kind="person"),
    # … a person who runs it, or is described by a relative clause, still speaks
    row("Le directeur du théâtre, Paul Renard, a fait savoir que les billets seraient en vente "
        "lundi.", "les billets seraient en vente lundi", speaker="Paul Renard",
        kind="person"),
    row("Paul Renard, qui dirige le Théâtre du Lac, a fait savoir que les billets seraient en "
        "vente lundi.", "les billets seraient en vente lundi", speaker="Paul Renard",
        kind="person"),
    # ---- the role is a function: a distinction or a record is none, the function is …
    row("Paul Morel, entraîneur du club de Lens, est arrivé au stade. Le champion du monde 2018 "
        "a salué les supporters. « Nous gagnerons », a dit Paul Morel.", "Nous gagnerons",
        speaker="Paul Morel", role="entraîneur du club de Lens"),
    row("Paul Morel, capitaine de l'équipe et champion du monde 2018, a parlé. « Je suis fier », "
        "a-t-il dit.", "Je suis fier", speaker="Paul Morel", role="capitaine de l'équipe"),
    row("Paul Morel, capitaine de l'équipe et ancien numéro 1 mondial, a parlé. « Je suis "
        "fier », a-t-il dit.", "Je suis fier", speaker="Paul Morel",
        role="capitaine de l'équipe"),
    # … and with no function, no role
    row("Le champion du monde 2018 Paul Morel est arrivé au stade. « Nous gagnerons », a dit "
        "Paul Morel.", "Nous gagnerons", speaker="Paul Morel", role=None),
    row("Paul Morel, fondateur de l'association, a parlé. « Nous aiderons les familles », "
        "a-t-il dit.", "Nous aiderons les familles", speaker="Paul Morel", role=None),
    # a duration is no part of the function, a year in it makes no record
    row("Paul Morel, ministre des Armées depuis 2022, a parlé. « Nous tiendrons », a-t-il dit.",
        "Nous tiendrons", speaker="Paul Morel", role="ministre des Armées"),
    # a distinction set right after the role noun is cut off it, a complement's is not
    row("L'entraîneur champion du monde 2010 Paul Morel quitte le club. « Je suis seul "
        "responsable », a-t-il dit.", "Je suis seul responsable", speaker="Paul Morel",
        role="entraîneur"),
    row("Le directeur du prix Goncourt Paul Morel a parlé. « Le jury a choisi », a-t-il dit.",
        "Le jury a choisi", speaker="Paul Morel", role="directeur du prix Goncourt"),
    # a role's complement ends before a complement of time or circumstance, never on « la »
    row("Paul Morel a quitté son poste d'entraîneur de l'équipe de Lens après la défaite 3-0 "
        "contre le Havre. « Je suis seul responsable », a-t-il dit.",
        "Je suis seul responsable", speaker="Paul Morel", role="entraîneur de l'équipe de Lens"),
    row("Paul Morel, entraîneur de l'équipe de Lens lors de la saison passée, a parlé. « Je "
        "suis seul responsable », a-t-il dit.", "Je suis seul responsable", speaker="Paul Morel",
        role="entraîneur de l'équipe de Lens"),
    # … « des » is no « dès »
    row("Le directeur des ventes Paul Morel a parlé. « Les chiffres sont bons », a-t-il dit.",
        "Les chiffres sont bons", speaker="Paul Morel", role="directeur des ventes"),
    # a bracketed acronym inside a role is part of it, as written; not one that ends it, nor
    # a place in brackets
    row("Paul Morel, délégué syndical (CGT) de l'usine, a parlé. « Nous ferons grève », "
        "a-t-il dit.", "Nous ferons grève", speaker="Paul Morel",
        role="délégué syndical (CGT) de l'usine"),
    row("Le maire (LR) de Rodez Paul Morel a parlé. « Le budget est tenu », a-t-il dit.",
        "Le budget est tenu", speaker="Paul Morel", role="maire (LR) de Rodez"),
    row("Paul Morel, maire (LR), a parlé. « Le budget est tenu », a-t-il dit.",
        "Le budget est tenu", speaker="Paul Morel", role="maire"),
    row("Paul Morel, maire de Rodez (Aveyron), a parlé. « Le budget est tenu », a-t-il dit.",
        "Le budget est tenu", speaker="Paul Morel", role="maire de Rodez"),
    # a description before the article first names someone with no role of their own is theirs
    row("Le porte-parole du ministère de la Santé a répondu sur les réseaux sociaux. « Nous "
        "vérifierons chaque dossier », a écrit Paul Roux.", "Nous vérifierons chaque dossier",
        speaker="Paul Roux", role="porte-parole du ministère de la Santé"),
    # … when a name that shows nothing of a person (no first name, title, agreement or role:
    # « Cada ») comes between them
    row("Le maire de Dole a annoncé sa démission. Depuis mai, Cada divise les habitants. « Je "
        "pars la tête haute », a écrit Paul Roux.", "Je pars la tête haute", speaker="Paul Roux",
        role="maire de Dole"),
    # a description that says when the office is held (« démissionnaire ») is its holder
    row("Le maire de Dole Paul Roux a reçu les élus. Jean Vial est arrivé plus tard. « Mon "
        "équipe continuera », conclut le maire démissionnaire.", "Mon équipe continuera",
        speaker="Paul Roux", role="maire de Dole"),
    # … not the anaphor of someone named just before, nor one of the other gender, nor one a
    # name stands beside
    row("Paul Morel est arrivé au stade. L'entraîneur du club a salué les joueurs. « Nous "
        "gagnerons », a dit Jean Roux.", "Nous gagnerons", speaker="Jean Roux", role=None),
    row("Le capitaine Paul Morel a fait état de dégâts. « Tout est sous contrôle », a précisé "
        "l'officier. Jean Roux a passé la nuit dehors. « J'ai eu peur », raconte Jean Roux.",
        "J'ai eu peur", speaker="Jean Roux", role=None),
    row("La porte-parole du ministère a répondu sur les réseaux sociaux. « Nous vérifierons "
        "chaque dossier », a écrit Paul Roux.", "Nous vérifierons chaque dossier",
        speaker="Paul Roux", role=None),
    row("Le maire de Dole, Jean Vial, a ouvert la séance. « Tout ira bien », a dit Paul Roux.",
        "Tout ira bien", speaker="Paul Roux", role=None),
    # … however long the quote before the incise that names them, when the marks hold the
    # incise too (« A, écrit Paul Morel. B »): the cue's subject is one of the cast
    row(ANNOUNCED_IN_MARKS, "Son œuvre lui survivra", speaker="Paul Morel",
        role="président de la république"),
    # … but not one named only as words of a quote, nor one named long after the description
    row("Le ministre de la Culture a réagi sur les réseaux sociaux. « J'ai appelé Paul Morel ce "
        "matin, il restera un ami », a-t-il écrit.", "J'ai appelé Paul Morel ce matin, il "
        "restera un ami", speaker=None, role="ministre de la Culture"),
    row("Le porte-parole du ministère de la Santé a répondu sur les réseaux sociaux. " + FILLER
        + " « Nous vérifierons chaque dossier », a écrit Paul Roux.",
        "Nous vérifierons chaque dossier", speaker="Paul Roux", role=None),
    # a bare role noun with its rank stands for its fuller form the article gives, else stays
    row("Paul Morel est arrivé à Bruxelles. « Nous tiendrons », a déclaré le Premier ministre. "
        "Le Premier ministre belge Paul Morel a ensuite quitté la salle.", "Nous tiendrons",
        speaker="Paul Morel", role="Premier ministre belge"),
    row("Paul Morel est arrivé à Bruxelles. « Nous tiendrons », a déclaré le Premier ministre.",
        "Nous tiendrons", speaker="Paul Morel", role="Premier ministre"),
    # … and so does a role noun with only the words of its tenure (« démissionnaire »)
    row("Paul Roux, maire de Dole, a quitté ses fonctions lundi. Le maire démissionnaire Paul "
        "Roux a dit que « rien n'est fini ».", "« rien n'est fini »", speaker="Paul Roux",
        role="maire de Dole"),
    row("Le maire sortant Paul Roux a dit que « rien n'est fini ».", "« rien n'est fini »",
        speaker="Paul Roux", role="maire sortant"),
    # … and so does the bare noun for its fuller form with a rank before it; a rank before a
    # role noun heads no description: « la vice-première ministre » after unmarked words names
    # the one the article called « la ministre X »
    row("La ministre Anne Roy est arrivée à Rimouski. Les routes seront rouvertes demain, a "
        "assuré la vice-première ministre de l'Ontario. « Nous suivons la situation », a-t-elle "
        "ajouté.", "Nous suivons la situation", speaker="Anne Roy",
        role="vice-première ministre de l'Ontario"),
    row("La ministre Anne Roy est arrivée à Rimouski. Les routes seront rouvertes demain, a "
        "assuré la vice-première ministre de l'Ontario.", "Les routes seront rouvertes demain",
        speaker="Anne Roy", role="vice-première ministre de l'Ontario"),
    row("« Nous tiendrons », a déclaré la ministre Anne Roy. La vice-présidente de la région, "
        "Anne Roy, a quitté la salle.", "Nous tiendrons", speaker="Anne Roy", role="ministre"),
    # what says which office or when it is held stays, unlike an adjective of praise
    row("L'ancien maire de Dole Paul Morel a parlé. « Je suis fier », a-t-il dit.",
        "Je suis fier", speaker="Paul Morel", role="ancien maire de Dole"),
    row("Le futur ministre des Sports Paul Morel a parlé. « Je suis fier », a-t-il dit.",
        "Je suis fier", speaker="Paul Morel", role="futur ministre des Sports"),
    row("La nouvelle présidente du club Anne Roy a parlé. « Je suis fière », a-t-elle dit.",
        "Je suis fière", speaker="Anne Roy", role="nouvelle présidente du club"),
    # an age description closest before gives way to the function
    row("L'évêque Paul Morel est arrivé à Lyon. Le religieux de 69 ans a salué la foule. « Je "
        "prierai pour vous », a-t-il dit.", "Je prierai pour vous", speaker="Paul Morel",
        role="évêque"),
    # ---- one function: the first of two joined by « et » …
    row("Anne Roy, maire de Dole et présidente de l'agglomération, a parlé. « Nous "
        "investirons », a-t-elle dit.", "Nous investirons", speaker="Anne Roy",
        role="maire de Dole"),
    # … not one function whose complements or adjectives are joined
    row("Paul Morel, ministre du Logement et de la Ville, a parlé. « Nous construirons », a-t-il "
        "dit.", "Nous construirons", speaker="Paul Morel",
        role="ministre du Logement et de la Ville"),
    row("Anne Roy, ministre de la Transition écologique et solidaire, a parlé. « Nous "
        "investirons », a-t-elle dit.", "Nous investirons", speaker="Anne Roy",
        role="ministre de la Transition écologique et solidaire"),
    row("Paul Morel, président de l'Union des artisans et commerçants, a parlé. « Nous "
        "résisterons », a-t-il dit.", "Nous résisterons", speaker="Paul Morel",
        role="président de l'Union des artisans et commerçants"),
    # ---- a bare role noun is the fuller form of it the article gives that person …
    row("Paul Morel, président de la Fédération française de rugby, a été réélu. Les clubs ont "
        "salué sa victoire. « Nous continuerons », a dit le président.", "Nous continuerons",
        speaker="Paul Morel", role="président de la Fédération française de rugby"),
    row("Anne Roy est arrivée à Dole lundi. « Nous tiendrons », a dit la préfète. La préfète du "
        "Jura a ensuite quitté la ville.", "Nous tiendrons", speaker="Anne Roy",
        role="préfète du Jura"),
    # … his own, not another's of the same noun
    row("Paul Morel, président du club de Lens, a rencontré Marc Roux, président du club de "
        "Metz. Le président Marc Roux a ensuite parlé. « Nous jouerons », a-t-il dit.",
        "Nous jouerons", speaker="Marc Roux", role="président du club de Metz"),
    # … and the bare noun when the article gives none
    row("Paul Morel est arrivé. « Nous continuerons », a dit le président.",
        "Nous continuerons", speaker="Paul Morel", role="président"),
    row("Anne Roy, préfète, est arrivée à Dole. « Nous tiendrons », a dit la préfète.",
        "Nous tiendrons", speaker="Anne Roy", role="préfète"),
    # ---- a rank with a state is a distinction, whose function is the role noun
    row("Le nouveau pape Paul Morel a parlé. Le premier pape de l'Histoire né en Islande a "
        "appelé au calme. « Restez unis », a-t-il dit.", "Restez unis", speaker="Paul Morel",
        role="pape"),
    # ---- a compound tense has a subject, even one the parse lost: read it, or leave the quote
    # unresolved, never the speaker of the sentence before
    row("La présidente Anne Roy a annoncé qu'un audit serait lancé. Mais l'ancienne élue, "
        "arrivée en retard, a aussitôt dénoncé « une trahison ».", "une trahison", speaker=None),
    row("Paul Morel a salué l'accord. Mais l'ancienne élue, arrivée en retard, a aussitôt "
        "dénoncé qu'« il s'agit d'une trahison ».", "« il s'agit d'une trahison »",
        speaker=None),
    row("La présidente Anne Roy a annoncé un audit. L'entraîneur s'est défendu de toute faute et "
        "avait dans un second temps assuré qu'il resterait en poste.", "il resterait en poste",
        speaker=None),
    # … the subject of the verb before « et » when the parse left the auxiliary unattached
    row("L'entraîneur du club, Marc Vial, est visé par une plainte. La présidente Anne Roy a "
        "annoncé qu'un audit serait lancé. L'entraîneur s'est défendu de toute faute et avait dans "
        "un second temps assuré qu'il resterait en poste.", "il resterait en poste",
        speaker="Marc Vial"),
    # … the pronoun the parse hung on the auxiliary
    row("La présidente Anne Roy a annoncé qu'un audit serait lancé. Le sénateur Marc Vial s'est "
        "levé. Il a en ce sens dénoncé « une manœuvre grossière », avant de quitter la salle.",
        "une manœuvre grossière", speaker="Marc Vial"),
    # … and so has a simple tense in the number of the noun phrase that opens its sentence:
    # présent, imparfait, passé simple, the subject set off by an adjective or a participle
    row("La présidente Anne Roy a annoncé un audit. Mais l'ancienne élue, arrivée en retard, "
        "dénonce aussitôt : « C'est une trahison. »", "C'est une trahison.", speaker=None),
    row("La présidente Anne Roy a annoncé un audit. Mais l'ancienne élue, arrivée en retard, "
        "dénonçait aussitôt : « C'est une trahison. »", "C'est une trahison.", speaker=None),
    row("La présidente Anne Roy a annoncé un audit. La vieille militante, ayant écouté sans "
        "broncher, lança : « Vous mentez. »", "Vous mentez.", speaker=None),
    row("Le maire Paul Morel a présenté le budget. La vieille militante, ayant écouté sans "
        "broncher, lance : « Vous mentez. »", "Vous mentez.", speaker=None),
    # must not fire: a plural noun with its adjective (« précises » is no « précisent »), a
    # heading
    row("La présidente Anne Roy a annoncé un audit. Les raisons précises : « Nous manquons de "
        "fonds. »", "Nous manquons de fonds.", speaker="Anne Roy"),
    row("La présidente Anne Roy a annoncé un audit. Réaction : « Nous manquons de fonds. »",
        "Nous manquons de fonds.", speaker="Anne Roy"),
    # must not fire: a verb with no subject at all carries on the speaker before
    row("Le maire Paul Morel a répondu aux riverains. « Le chantier avance », a-t-il dit. Avant "
        "d'ajouter : « Nous tiendrons les délais. »", "Nous tiendrons les délais.",
        speaker="Paul Morel"),
    row("Le maire Paul Morel a répondu aux riverains. « Le chantier avance », a-t-il dit. Et de "
        "conclure : « Nous tiendrons les délais. »", "Nous tiendrons les délais.",
        speaker="Paul Morel"),
    row("Le maire Paul Morel a répondu aux riverains. « Le chantier avance », a-t-il dit. Puis "
        "d'affirmer que « les délais seront tenus ».", "« les délais seront tenus »",
        speaker="Paul Morel"),
    # ==== organisations as speakers
    # ---- « NDLR » and its kin are the newsroom's note, never anyone's name
    row("Le suspect a « crié des insultes » (des menaces de mort, NDLR), selon la police. "
        "« Nous restons prudents », a indiqué le ministre.", "Nous restons prudents",
        speaker=None, kind="person"),
    row("Le suspect a « crié des insultes » (des menaces de mort, N.D.L.R.), selon la police. "
        "« Nous restons prudents », a indiqué le ministre.", "Nous restons prudents",
        speaker=None, kind="person"),
    # a description near the note still reads as the one the article names
    row("Le ministre de l'Intérieur, Paul Lemaire, s'est rendu sur place. Le suspect a « crié "
        "des insultes » (des menaces de mort, NDLR), selon la police. « Nous restons prudents "
        "», a indiqué le ministre.", "Nous restons prudents", speaker="Paul Lemaire",
        kind="person"),
    # must not fire: a real name beside the note
    row("« Le volet (fiscal, NDLR) est clos », a tranché Hélène Vasseur.",
        "Le volet (fiscal, NDLR) est clos", speaker="Hélène Vasseur", kind="person"),
    # ---- two bodies with one head noun are two: the complement says which
    row("Le parquet national financier s'est saisi d'un autre volet. Selon le parquet de "
        "Vannes, le gérant a reconnu les faits.", "le gérant a reconnu les faits",
        speaker="parquet de Vannes", kind="organization"),
    row("Le parquet de Vannes a ouvert une enquête. « Le gérant a reconnu les faits », a "
        "indiqué le parquet national financier.", "Le gérant a reconnu les faits",
        speaker="parquet national financier", kind="organization"),
    # a bare « le parquet » is the one the article named before it
    row("Le parquet de Vannes a ouvert une enquête. « Le gérant a reconnu les faits », a "
        "indiqué le parquet.", "Le gérant a reconnu les faits", speaker="parquet de Vannes",
        kind="organization"),
    row("Selon le parquet de Vannes, le gérant a reconnu les faits. Le parquet national "
        "financier s'est saisi d'un autre volet. « Rien n'est exclu », a ajouté le parquet.",
        "Rien n'est exclu", speaker="parquet national financier", kind="organization"),
    # must not fire: a shorter form of the same body still takes its full name
    row("Le tribunal judiciaire de Vannes a rendu sa décision. « La peine est ferme », a "
        "précisé le tribunal judiciaire.", "La peine est ferme",
        speaker="tribunal judiciaire de Vannes", kind="organization"),
    # ---- a company's name is the whole capitalised run, a country at its end included
    row("C'est un coup dur. NordChem Plastics France a annoncé « la fermeture de son usine ».",
        "la fermeture de son usine", speaker="NordChem Plastics France", kind="organization"),
    row("Le site ferme. AgroNova Foods Canada a annoncé « la fermeture de son usine ».",
        "la fermeture de son usine", speaker="AgroNova Foods Canada", kind="organization"),
    # its shorter form in the same article is that company
    row("Le site ferme. AgroNova Foods Canada a annoncé la fin de l'usine. Son président s'est "
        "exprimé. AgroNova précise qu'« aucun départ n'aura lieu avant 2026 ».",
        "« aucun départ n'aura lieu avant 2026 »", speaker="AgroNova Foods Canada",
        kind="organization"),
    # must not fire: a country with its article is the country; a day before a city is no name
    row("« Nous reconstruirons tout », a assuré la France.", "Nous reconstruirons tout",
        speaker="France", kind="organization"),
    row("« Nous reconstruirons tout », a assuré la Belgique, alliée de NordChem Plastics.",
        "Nous reconstruirons tout", speaker="Belgique", kind="organization"),
    # ---- « la société », « le groupe »: the company the article named last, not as a complement
    row("C'est un coup dur. NordChem Plastics France annonce dans un communiqué « la fermeture "
        "de son usine ». « Nous n'avions plus le choix », détaille la société.",
        "Nous n'avions plus le choix", speaker="NordChem Plastics France", kind="organization"),
    row("NordChem Plastics France a annoncé la fermeture du site. Le président de Kelvion "
        "Industries Belgique a regretté la décision. « Nous n'avions plus le choix », a indiqué "
        "le groupe.", "Nous n'avions plus le choix", speaker="NordChem Plastics France",
        kind="organization"),
    # a company named only as a complement, else none; a country is never it
    row("Le président de NordChem Plastics a parlé. La France a pris acte de la décision. « Nous "
        "n'avions plus le choix », a indiqué le groupe.", "Nous n'avions plus le choix",
        speaker="NordChem Plastics", kind="organization"),
    # a company noun before a name makes it a company, whatever the recogniser tags it
    row("Le laboratoire Pharmadis a retiré un lot. « Aucun patient n'est en danger », assure le "
        "laboratoire.", "Aucun patient n'est en danger", speaker="Pharmadis",
        kind="organization"),
    # must not fire: a court is no company; none named leaves it unresolved
    row("Le tribunal de commerce de Lyon a validé le plan. « Nous n'avions plus le choix », "
        "détaille la société.", "Nous n'avions plus le choix", speaker=None),
    row("« Nous n'avions plus le choix », précise l'entreprise.", "Nous n'avions plus le choix",
        speaker=None),
    # a company noun with an adjective and no company named is the words it says
    row("« Nous voterons contre », a annoncé le groupe socialiste.", "Nous voterons contre",
        speaker="groupe socialiste", kind="organization"),
    # a company noun that a name follows is that name
    row("NordChem Plastics a parlé. « Nous n'avions plus le choix », précise la société Kelvion.",
        "Nous n'avions plus le choix", speaker="Kelvion", kind="organization"),
    # a name written with a capital inside (« NordChem ») is still the name after the noun
    row("« Nous n'avions plus le choix », précise la société NordChem Plastics.",
        "Nous n'avions plus le choix", speaker="NordChem Plastics", kind="organization"),
    # must not fire: a complement is no name
    row("« Les trains partiront à l'heure », précise la société de transport.",
        "Les trains partiront à l'heure", speaker="société de transport", kind="organization"),
    # ---- a part of a firm said alone (« la direction », « le management », « la direction du
    # groupe »: lexicon/firm_parts.txt) is that part of the company named last before it
    row("Le fabricant Croquelin va fermer son site de Douai. « Il n'y avait plus d'avenir pour "
        "cette usine », a expliqué la direction.",
        "Il n'y avait plus d'avenir pour cette usine", speaker="direction de Croquelin",
        kind="organization"),
    row("Les salariés du groupe Ventarex Logistique ont cessé le travail lundi. « Aucun "
        "licenciement n'est prévu », assure le management.", "Aucun licenciement n'est prévu",
        speaker="management de Ventarex Logistique", kind="organization"),
    # a body whose own name starts with the noun is not what the bare noun stands for
    row("La société Ventarex Logistique a perdu son principal client. La Direction régionale de "
        "l'emploi suit le dossier. « Nous cherchons un repreneur », a indiqué la direction du "
        "groupe.", "Nous cherchons un repreneur", speaker="direction de Ventarex Logistique",
        kind="organization"),
    # nor is a union delegate's union the company; a part named with its owner is that one
    row("La société Ventarex Logistique ferme. « C'est un choc », dit Paul Morin, délégué "
        "Solidaires. « Le plan est prêt », répond la direction.", "Le plan est prêt",
        speaker="direction de Ventarex Logistique", kind="organization"),
    row("La société Ventarex Logistique ferme. La direction de Croquelin a racheté le stock. "
        "« Le plan est prêt », répond la direction.", "Le plan est prêt",
        speaker="direction de Croquelin", kind="organization"),
    # must not fire: the direction of a hospital named since is the hospital's; a company named
    # only after the quote, or none, leaves the mention to the other rules
    row("La société Ventarex Logistique livre les pharmacies. Une infirmière est morte à "
        "l'hôpital Saint-Roch. « Une enquête est ouverte », a indiqué la direction.",
        "Une enquête est ouverte", speaker="direction"),
    row("« Nous cherchons un repreneur », a indiqué la direction. La société Ventarex Logistique "
        "n'a pas confirmé.", "Nous cherchons un repreneur", speaker="direction"),
    row("« Nous cherchons un repreneur », a indiqué le management.",
        "Nous cherchons un repreneur", speaker="management"),
    # ---- a body named after someone (« le centre hospitalier Marcel Vaudier »): the whole is the
    # body, the person-like part no person of the cast (lexicon/body_kinds.tsv)
    row("Une patiente est morte au centre hospitalier Marcel Vaudier. « Nous avons tout fait », "
        "assure le centre hospitalier Marcel Vaudier.", "Nous avons tout fait",
        speaker="centre hospitalier Marcel Vaudier", kind="organization"),
    row("Le collège public Marthe Gautier a fermé une classe. « Nous manquons de professeurs », "
        "a expliqué l'établissement.", "Nous manquons de professeurs",
        speaker="collège public Marthe Gautier", kind="organization"),
    row("Paul Roy, médecin urgentiste, travaille au centre hospitalier Marcel Vaudier. « Le "
        "service est débordé », a confié le médecin.", "Le service est débordé",
        speaker="Paul Roy", kind="person"),
    # must not fire: a comma between the noun and the name, or a role noun before it
    row("Devant le centre hospitalier, Marcel Vaudier, le directeur, a parlé. « Nous avons tout "
        "fait », a-t-il dit.", "Nous avons tout fait", speaker="Marcel Vaudier", kind="person"),
    row("Le député socialiste Paul Morel a parlé. « Nous voterons contre », a-t-il dit.",
        "Nous voterons contre", speaker="Paul Morel", kind="person"),
    # ---- an acronym in brackets after a body's name, or one its initials spell, is that body
    row("Une patiente est morte au centre hospitalier Marcel-Vaudier (CHMV) de Vienne. « Nous "
        "avons prévenu la famille », assure le CHMV.", "Nous avons prévenu la famille",
        speaker="centre hospitalier Marcel-Vaudier", kind="organization"),
    row("Une patiente est morte au centre hospitalier Marcel Vaudier. « Nous avons prévenu la "
        "famille », assure le CHMV.", "Nous avons prévenu la famille",
        speaker="centre hospitalier Marcel Vaudier", kind="organization"),
    row("Le syndicat des agents de l'Office national des forêts (ONF) est inquiet. « Les coupes "
        "vont reprendre », annonce l'ONF.", "Les coupes vont reprendre",
        speaker="Office national des forêts", kind="organization"),
    row("Hier, la Fédération française de rugby (FFR) a suspendu le joueur. « La sanction est "
        "juste », a indiqué la FFR.", "La sanction est juste",
        speaker="Fédération française de rugby", kind="organization"),
    row("Le parquet national financier a ouvert une enquête. « Nous ne sommes pas saisis », a "
        "précisé le PNF.", "Nous ne sommes pas saisis", speaker="parquet national financier",
        kind="organization"),
    # must not fire: initials of no name the article gives; two names that both spell it
    row("Une patiente est morte au centre hospitalier Marcel Vaudier. « Nous suivons le dossier "
        "», assure la CGT.", "Nous suivons le dossier", speaker="CGT", kind="organization"),
    row("Une patiente est morte au centre hospitalier Marcel Vaudier, une autre au centre "
        "hospitalier Michel Verdier. « Nous suivons le dossier », assure le CHMV.",
        "Nous suivons le dossier", speaker="CHMV", kind="organization"),
    # ---- a definite noun of a body's kind (« l'hôpital », « le centre hospitalier », « l'hôpital
    # de Vienne », « l'établissement ») is the one body of that kind the article named …
    row("Une patiente est morte au centre hospitalier Marcel Vaudier. Le parquet a ouvert une "
        "enquête. « Nous avons prévenu la famille », assure l'hôpital.",
        "Nous avons prévenu la famille", speaker="centre hospitalier Marcel Vaudier",
        kind="organization"),
    row("Une patiente est morte au centre hospitalier Marcel Vaudier. « Nous avons prévenu la "
        "famille », assure l'hôpital de Vienne.", "Nous avons prévenu la famille",
        speaker="centre hospitalier Marcel Vaudier", kind="organization"),
    row("« Nous avons prévenu la famille », assure le centre hospitalier. Une patiente est morte "
        "au centre hospitalier Marcel Vaudier.", "Nous avons prévenu la famille",
        speaker="centre hospitalier Marcel Vaudier", kind="organization"),
    # … of two, the one named last before it, as « la société » is
    row("Un élève a été blessé au lycée Jean-Moulin. Un autre au collège Marthe-Gautier. « Nous "
        "avons prévenu la famille », assure l'établissement.", "Nous avons prévenu la famille",
        speaker="collège Marthe-Gautier", kind="organization"),
    row("Un élève a été blessé au lycée Jean-Moulin. Un autre au collège Marthe-Gautier. « Nous "
        "avons prévenu la famille », assure le lycée.", "Nous avons prévenu la famille",
        speaker="lycée Jean-Moulin", kind="organization"),
    # must not fire: two bodies both named after it; a body of another kind; a kind the list lacks
    row("« Nous avons prévenu la famille », assure l'établissement. Un élève a été blessé au "
        "lycée Jean-Moulin. Un autre au collège Marthe-Gautier.", "Nous avons prévenu la famille",
        speaker="établissement"),
    row("Un élève a été blessé au collège Marthe-Gautier. « Nous avons prévenu la famille », "
        "assure le lycée.", "Nous avons prévenu la famille", speaker="lycée",
        kind="organization"),
    row("La clinique Saint-Roch a fermé. Le lycée Jean-Moulin aussi. « Nous avons prévenu la "
        "famille », assure l'hôpital.", "Nous avons prévenu la famille", speaker="hôpital",
        kind="organization"),
    # (« syndicat » is no kind of that list; the union it describes is read as « le groupe »
    # is: the one named with that noun, by its own name)
    row("Le syndicat Force Ouvrière a appelé à la grève. « Le mouvement sera suivi », assure le "
        "syndicat.", "Le mouvement sera suivi", speaker="Force Ouvrière"),
    # ---- a full name the recogniser missed (page furniture before it), written once with a
    # first name of the list right before the surname the article uses
    row(DEPARTURE.format("Alpha Ferri", "Ferri"), "J’assume seul ce mauvais résultat",
        speaker="Alpha Ferri", kind="person"),
    row(DEPARTURE.format("Frank-Walter Rossetti", "Rossetti"), "J’assume seul ce mauvais résultat",
        speaker="Frank-Walter Rossetti", kind="person"),
    # must not fire: a title or an adverb before the surname is no first name
    row(DEPARTURE.format("Président Rossetti", "Rossetti"), "J’assume seul ce mauvais résultat",
        speaker="Rossetti", kind="person"),
    row(DEPARTURE.format("Hier Rossetti", "Rossetti"), "J’assume seul ce mauvais résultat",
        speaker="Rossetti", kind="person"),
    # an Italian first name of the list: the man's gender with no other evidence
    row("« Nous reconstruirons l’école », a promis Marcello Bianchi.",
        "Nous reconstruirons l’école", speaker="Marcello Bianchi", gender="male"),
    # marks in a clause where someone is to understand: the subject of the wanting verb speaks
    row("La maire Anne Roy veut que le conseil comprenne qu'en votant ce budget, « nous "
        "prenons un risque énorme ».", "nous prenons un risque énorme", speaker="Anne Roy"),
    row("Le ministre Paul Morel souhaite que les élus réalisent qu'en fermant cette usine, « nous "
        "changeons enfin de cap ».", "nous changeons enfin de cap", speaker="Paul Morel"),
    # must not fire: the perceiving verb governs the sentence, its subject speaks
    row("Le conseil comprend qu'en votant ce budget, « nous prenons un risque énorme ».",
        "nous prenons un risque énorme", speaker="conseil"),
    # a pronoun no subject agrees with: the person of its gender named within reach, were it
    # in a complement (the last mention counts, not the first)
    row(FLORIST.format(filler=STORM, shop="la boutique d'Anne Martel, qui a commencé à nettoyer"),
        "Tout le stock est perdu", speaker="Anne Martel", gender="female"),
    # must not fire: named only long before, no one
    row(FLORIST.format(filler=STORM, shop="la boutique du fleuriste"),
        "Tout le stock est perdu", speaker=None),
    # « Quant à X, il … »: the pronoun takes up the phrase set before it, who speaks next
    row("La crue a tout emporté. Quant au maire de Villers, Paul Morel, il se souvient de cette "
        "nuit. « Nous avons tout perdu en une heure. Rien ne sera plus comme avant. »",
        "Nous avons tout perdu en une heure. Rien ne sera plus comme avant.",
        speaker="Paul Morel", role="maire de Villers"),
    # must not fire: a phrase that names no one (the pronoun is the man named before)
    row("Paul Morel est venu. Quant à la saison prochaine, il ne sait rien. « Nous remonterons "
        "dès l’an prochain. »", "Nous remonterons dès l’an prochain.", speaker="Paul Morel"),
    # an inverted surname the tagger takes for a common noun (no determiner, a capital inside
    # the sentence) is who speaks, not the object of « annoncer »
    row("Le président du club, Paul Mauretton, a reçu Claire Dumas lundi. « Je suis prête », a "
        "dit Claire Dumas. «Nous sommes très heureux de cette arrivée», a annoncé Mauretton en "
        "conférence de presse.", "Nous sommes très heureux de cette arrivée",
        speaker="Paul Mauretton", role="président du club"),
    # must not fire: a capitalised day before the subject is no name
    row("Le club a tenu conférence. « Nous irons jusqu’au bout », a annoncé Jeudi le club.",
        "Nous irons jusqu’au bout", speaker="club"),
    # a study, a survey, a report speaks for the body it names as its author, by « de » or by
    # a participle and « par »
    row("Selon une étude de l’Observatoire des loyers, les prix ont baissé.",
        "les prix ont baissé", speaker="Observatoire des loyers", kind="organization"),
    row("Selon une enquête conduite par l’Union des artisans, trente boutiques ont fermé.",
        "trente boutiques ont fermé", speaker="Union des artisans", kind="organization"),
    # must not fire: a means is no author, and a study with none is an anonymous source
    row("Selon une enquête menée par téléphone, trente boutiques ont fermé.",
        "trente boutiques ont fermé", speaker="une enquête menée par téléphone", kind="anonymous"),
    row("Selon une enquête récente, trente boutiques ont fermé.",
        "trente boutiques ont fermé", speaker="une enquête récente", kind="anonymous"),
    # « pour X, … » after a colon opens a view as it does a sentence; the Belgian mayor is a role
    row("Le bourgmestre de Villers, Paul Morel, a visité les rues. La ville se relève : pour le "
        "bourgmestre, « le temps est venu de reconstruire ».", "le temps est venu de reconstruire",
        speaker="Paul Morel", role="bourgmestre de Villers"),
    row("Pour l’échevine Anne Roy, « la place sera rouverte en mai ».",
        "la place sera rouverte en mai", speaker="Anne Roy", role="échevine", gender="female"),
    # « selon X, » cutting the relative clause of a verbless sentence: the words run on after it
    row("L’institut a publié ses chiffres. Une hausse qui vient, selon l’Observatoire des loyers, "
        "de la baisse des taux.", "Une hausse qui vient, selon l’Observatoire des loyers, de la "
        "baisse des taux", speaker="Observatoire des loyers"),
    # must not fire: a clause of its own before it, or a relative about the source after it
    row("Le prix a baissé, selon l’Observatoire des loyers, depuis mars.", "Le prix a baissé",
        speaker="Observatoire des loyers"),
    row("Un camion a renversé trois passants, dont un est blessé, selon le préfet, Paul Morel, "
        "qui s’est rendu sur place.", "Un camion a renversé trois passants, dont un est blessé",
        speaker="Paul Morel"),
    # marks after a colon that an incise with its own subject follows are that incise's: not
    # the object of the verb before the colon, nor the end of a « selon » clause
    row("Paul Morel a visité le chantier avec Jean Tissot. Les travaux avancent bien : « Tout "
        "sera fini en mai », se réjouit Jean Tissot.", "Tout sera fini en mai",
        speaker="Jean Tissot"),
    row("Paul Morel a visité le chantier. Selon lui, les travaux avancent bien : « Tout sera fini "
        "en mai », se réjouit Paul Morel.", "les travaux avancent bien", speaker="Paul Morel"),
    # must not fire: no incise after the marks
    row("Anne Roy décrit son quotidien : « Je travaille la nuit depuis dix ans ».",
        "Je travaille la nuit depuis dix ans", speaker="Anne Roy"),
    row("Paul Morel a visité le chantier. Selon lui, la situation est claire : « nous avons "
        "gagné ».", "nous avons gagné", speaker="Paul Morel"),
    # ---- a plural description apposed to coordinated names names a group, which speaks as
    # one under the names as written; a later description of its noun, or a plural pronoun
    # whose nearest antecedent it is, is that group
    row("Odette Lemoine est morte à l'hôpital de Rennes. « Personne ne nous a prévenus », "
        "racontent ses enfants Paul et Sylvie.", "Personne ne nous a prévenus",
        speaker="Paul et Sylvie", role="enfants", gender=None, kind="person"),
    row("Odette Lemoine est morte à l'hôpital de Rennes. « Personne ne nous a prévenus », "
        "racontent ses enfants Paul et Sylvie. Le directeur a refusé de répondre. « Nous "
        "voulons la vérité », ajoutent les enfants.", "Nous voulons la vérité",
        speaker="Paul et Sylvie", role="enfants", gender=None),
    row("Paul et Sylvie, les enfants d'Odette Lemoine, accusent l'hôpital. « Nous irons "
        "jusqu'au bout », assurent-ils.", "Nous irons jusqu'au bout",
        speaker="Paul et Sylvie", role="enfants d'Odette Lemoine", gender=None),
    row("Paul et Sylvie, les enfants d'Odette Lemoine, accusent l'hôpital. Le directeur a "
        "répondu par écrit. « Nous attendons des excuses », affirment les enfants d'Odette "
        "Lemoine.", "Nous attendons des excuses", speaker="Paul et Sylvie"),
    row("Les parents du garçon, Marc Petit et Julie Roux, ont parlé à la presse. « Nous "
        "attendons des excuses », affirment les parents.", "Nous attendons des excuses",
        speaker="Marc Petit et Julie Roux", role="parents du garçon"),
    row("Ses deux avocats, Me Roux et Me Petit, ont plaidé la relaxe. « Le dossier est vide », "
        "estiment les avocats.", "Le dossier est vide", speaker="Roux et Petit",
        role="avocat"),  # each one's, as « ses deux avocats » gives (GUIDELINES)
    row("Le couple, Paul et Anne Roux, vit à Brest. Le maire est venu. « Nous avons tout "
        "perdu », explique le couple.", "Nous avons tout perdu", speaker="Paul et Anne Roux",
        role="couple", gender=None),
    row("Paul et Anne Roux, un couple de retraités, vivent à Brest. Le maire est venu. « Nous "
        "avons tout perdu », explique le couple.", "Nous avons tout perdu",
        speaker="Paul et Anne Roux"),
    # a group noun with no names apposed names no group; one member of a group is no group
    row("Paul et Anne Roux vivent à Brest. « Nous avons tout perdu », explique le couple.",
        "Nous avons tout perdu", role=None),
    row("Le couple, Paul et Anne Roux, vit à Brest. « Je suis épuisée », dit la mère.",
        "Je suis épuisée", speaker="Anne Roux", gender="female"),
    # must not fire: two names joined in the narration with no description, a plural
    # description with no names, another noun, a singular one
    row("Paul et Sylvie sont arrivés à midi. « Nous sommes fatigués », disent les enfants.",
        "Nous sommes fatigués", role=None),
    row("Ses enfants ont porté plainte. « Nous voulons la vérité », disent ses enfants.",
        "Nous voulons la vérité", speaker="enfants"),
    row("Ses enfants Paul et Sylvie ont porté plainte. Le directeur a répondu. « Nous avons "
        "suivi le protocole », disent les médecins.", "Nous avons suivi le protocole",
        speaker="médecins"),
    row("Ses enfants Paul et Sylvie ont porté plainte. « Je veux la vérité », dit l'enfant.",
        "Je veux la vérité", speaker="Sylvie"),
    # a plural pronoun whose nearest antecedent is another plural subject is theirs
    row("Ses enfants Paul et Sylvie ont porté plainte. Les médecins ont refusé de parler. « Nous "
        "avons suivi le protocole », assurent-ils.", "Nous avons suivi le protocole",
        speaker="médecins"),
    # a description long enough to run past a complement of place still sets off the names;
    # one before them of the group's noun, the only group of it, is that group (a pronoun
    # after it too); a kind noun over the group's noun (« magistrates » over « juges »,
    # lexicon/kind_members.tsv) names it as its own noun does
    row("Les deux juges d'instruction du tribunal judiciaire de Lyon, Anne Roy et Claire Petit, "
        "ont signé l'ordonnance. Le maire a réagi. « Les faits sont prescrits », estiment les "
        "juges.", "Les faits sont prescrits", speaker="Anne Roy et Claire Petit", gender=None,
        kind="person"),
    row("Les juges d'instruction ont ordonné mardi la remise en liberté du suspect. Elles "
        "estiment que sa détention n'est plus justifiée.\n\nLe parquet a fait appel. Les deux "
        "juges d'instruction, Julie Carpentier et Lina Haddad, instruisent le dossier depuis "
        "2023.", "sa détention n'est plus justifiée", speaker="Julie Carpentier et Lina Haddad",
        role="juge d'instruction", gender=None, kind="person"),
    row("Les deux juges d'instruction, Anne Roy et Claire Petit, ont signé l'ordonnance. Le "
        "maire a réagi. « Nous avons appliqué la loi », affirment les magistrates.",
        "Nous avons appliqué la loi", speaker="Anne Roy et Claire Petit", gender=None,
        kind="person"),
    # must not: another noun, the narrower noun for a group the kind noun sets off, a
    # description before two groups of its noun, one before the group whose complement says
    # another set of people (« de la défense », « du tribunal de commerce de Nantes »), a long
    # description of things (« réunions ») before two names
    row("Les avocats de la défense ont plaidé la relaxe mercredi devant le tribunal "
        "correctionnel de Rennes. « Il n'y a rien dans ce dossier », ont-ils martelé.\n\nDe "
        "leur côté, les deux avocats de la partie civile, Me Laure Dubois et Me Karim Haddad, "
        "ont réclamé de lourds dommages et intérêts pour les victimes.",
        "Il n'y a rien dans ce dossier", speaker="avocats de la défense"),
    row("Les juges du tribunal de commerce de Nantes ont rejeté jeudi l'offre de reprise du "
        "chantier naval. Ils estiment que le plan social était insuffisant.\n\nÀ Lyon, dans un "
        "tout autre dossier, les deux juges d'instruction, Pierre Marchand et Olivier Caron, ont "
        "mis en examen un promoteur immobilier pour corruption.",
        "le plan social était insuffisant", speaker="juges du tribunal de commerce de Nantes"),
    row("Au cours des trois dernières réunions publiques de la mairie de Bordeaux cette semaine, "
        "Paul Roux et Anne Morel ont affirmé que le projet de tramway était enterré.",
        "le projet de tramway était enterré", speaker="Paul Roux et Anne Morel", role=None),
    row("Les deux juges d'instruction, Anne Roy et Claire Petit, ont signé l'ordonnance. Le "
        "maire a réagi. « Nous allons faire appel », affirment les avocats.",
        "Nous allons faire appel", speaker="avocats"),
    row("Les deux magistrates, Anne Roy et Claire Petit, ont signé l'ordonnance. Le maire a "
        "réagi. « Nous avons appliqué la loi », affirment les juges.",
        "Nous avons appliqué la loi", speaker="juges"),
    row("« Nous avons appliqué la loi », affirment les juges. Les deux juges de Lyon, Anne Roy "
        "et Claire Petit, ont signé. Les deux juges de Brest, Marc Vidal et Luc Morel, ont "
        "refusé.", "Nous avons appliqué la loi", speaker="juges"),
    # the members of a group set off by another role noun are not the one a singular
    # description names (« l'avocate » is none of « les deux juges », even the one named alone
    # right before); must not: a group of no role noun (« ses deux fils »), a kind noun over
    # the group's noun (« la magistrate », before or after a member named alone by her noun)
    row("Les deux juges d'instruction, Anne Roy et Claire Petit, ont signé l'ordonnance. Claire "
        "Petit instruit le dossier depuis 2023.\n\n« C'est une injustice », a dénoncé "
        "l'avocate.", "C'est une injustice", speaker=None, role="avocate"),
    row("« C'est une injustice », dénonce l'avocat. Ses deux fils, Marc Roy et Paul Roy, ont "
        "porté plainte lundi.", "C'est une injustice", speaker="Marc Roy"),
    row("« C'est une injustice », dénonce la magistrate. Les deux juges d'instruction, Anne Roy "
        "et Claire Petit, ont signé l'ordonnance lundi.", "C'est une injustice",
        speaker="Anne Roy", gender="female"),
    row("Les deux juges d'instruction, Anne Roy et Claire Petit, ont signé l'ordonnance de "
        "renvoi. La juge Anne Roy a précisé qu'elle ne ferait aucun autre commentaire.\n\n« Le "
        "dossier est solide », a ajouté la magistrate.", "Le dossier est solide",
        speaker="Anne Roy", role="juge", gender="female"),
    # first names the recogniser leaves out, apposed to a plural description wherever it
    # stands (postposed subject, preposed subject, after « selon »), make the group too
    row("Odette Lemoine est morte à l'hôpital. « Personne ne nous a prévenus », ont dit ses "
        "enfants, Pierre et Sophie. Le directeur a refusé de répondre. « Nous voulons la "
        "vérité », ajoutent les enfants.", "Nous voulons la vérité", speaker="Pierre et Sophie",
        role="enfants", gender=None, kind="person"),
    row("Odette Lemoine est morte à l'hôpital. Ses filles, Anne et Julie, ont raconté : « Elle "
        "ne se plaignait jamais ».", "Elle ne se plaignait jamais", speaker="Anne et Julie",
        role="filles", gender=None, kind="person"),
    row("Odette Lemoine est morte à l'hôpital. « Elle ne se plaignait jamais », ont dit ses "
        "enfants, Marc et Julie.", "Elle ne se plaignait jamais", speaker="Marc et Julie",
        role="enfants", gender=None),
    # must not fire: one first name after a singular description, first names joined with no
    # description, a first name coordinated with no name
    row("Odette Lemoine est morte à l'hôpital. « Elle ne se plaignait jamais », a dit sa fille, "
        "Julie.", "Elle ne se plaignait jamais", speaker="Julie", kind="person"),
    row("Odette Lemoine est morte à l'hôpital. Julie et Marc sont arrivés à midi. « Nous sommes "
        "épuisés », disent les enfants.", "Nous sommes épuisés", role=None),
    row("Odette Lemoine est morte à l'hôpital. « Nous sommes épuisés », ont dit ses enfants, "
        "Pierre et les voisins.", "Nous sommes épuisés", role=None),
    # ---- an event, a meeting or a procedure says nothing (lexicon/noun_kinds.tsv, and the
    # nouns whose vector is nearest theirs: « une conférence »): a quote with no cue after it
    # is not theirs; nor a document's (« une étude »), which speaks only for its own words
    row("Paul Roux dirige l'usine depuis dix ans. En mars, une réunion entre la direction et le "
        "syndicat laissait présager la fermeture. « Nous allons tous partir avant la fin du "
        "mois, sans rien dire. »", "Nous allons tous partir avant la fin du mois, sans rien dire.",
        speaker="Paul Roux", kind="person"),
    row("Paul Roux dirige l'usine depuis dix ans. Une audience s'est tenue lundi au tribunal de "
        "Lyon. « Nous attendons des réponses depuis des années, enfin. »",
        "Nous attendons des réponses depuis des années, enfin.", speaker="Paul Roux"),
    row("Paul Roux dirige l'usine depuis dix ans. Une conférence a rassemblé lundi les élus de "
        "la région. « Nous attendons des réponses depuis des années, enfin. »",
        "Nous attendons des réponses depuis des années, enfin.", speaker="Paul Roux"),
    row("Paul Roux dirige l'usine depuis dix ans. Une étude publiée lundi montre que le bruit "
        "dépasse les normes. « Nous ne dormons plus depuis des mois, c'est invivable. »",
        "Nous ne dormons plus depuis des mois, c'est invivable.", speaker=None, kind="unknown"),
    # must not fire: a person's noun, a body, a document for its own words
    row("Paul Roux dirige l'usine depuis dix ans. Un riverain a manifesté lundi devant la "
        "mairie. « Nous attendons des réponses depuis des années, enfin. »",
        "Nous attendons des réponses depuis des années, enfin.", speaker="un riverain",
        kind="anonymous"),
    row("Paul Roux dirige l'usine depuis dix ans. Le syndicat s'est réuni lundi à Lyon. « Nous "
        "attendons des réponses depuis des années, enfin. »",
        "Nous attendons des réponses depuis des années, enfin.", speaker="syndicat",
        kind="organization"),
    row("Paul Roux dirige l'usine depuis dix ans. Selon une étude publiée lundi, le bruit dépasse "
        "les normes.", "le bruit dépasse les normes", kind="anonymous"),
    # ---- a text its owner wrote or a place they post on is no speaker (lexicon/documents.txt
    # and the documents among the sources' seeds): after a possessive, its owner speaks, the
    # subject its sentence names, else whom the possessive stands for as a pronoun would
    row("Un immeuble s'est effondré lundi. Le ministre du Logement, Paul Morel, s'est rendu sur "
        "place pour apporter « son soutien aux familles », selon sa page Facebook.",
        "Le ministre du Logement, Paul Morel, s'est rendu sur place pour apporter « son soutien "
        "aux familles »", speaker="Paul Morel", kind="person"),
    row("La préfecture a fermé la route lundi. « La réouverture est prévue avant jeudi », selon "
        "son compte X.", "La réouverture est prévue avant jeudi", speaker="préfecture",
        kind="organization"),
    row("Les pompiers sont arrivés vers midi. « Trois blessés légers », selon leur compte "
        "Twitter.", "Trois blessés légers", speaker="pompiers"),
    row("Anne Roy a quitté la salle sans un mot. « C'est un scandale », selon sa lettre.",
        "C'est un scandale", speaker="Anne Roy", kind="person"),
    # after « de », its author speaks; a noun of words after « de » is no author
    row("Selon la plainte du collectif Air Pur, l'usine aurait « caché ses rejets ».",
        "l'usine aurait « caché ses rejets »", speaker="Air Pur"),
    row("Les riverains se sont plaints du bruit. « Le chantier reprendra lundi », indique la "
        "page de la mairie.", "Le chantier reprendra lundi", speaker="mairie",
        kind="organization"),
    row("« La route restera fermée jusqu'à lundi », indique un communiqué de presse de la "
        "mairie.", "La route restera fermée jusqu'à lundi", speaker="mairie"),
    row("Selon une note d'information transmise lundi à la presse, la ministre veut de la "
        "« fermeté ».", "la ministre veut de la « fermeté »", kind="anonymous"),
    # a court's ruling speaks for the court that wrote it, named after « de » or by the
    # possessive; one no court is named for is an anonymous source named by its words
    row("« La prévenue a agi avec méthode », indique le jugement du tribunal correctionnel de "
        "Vernac, consulté par l'AFP.", "La prévenue a agi avec méthode",
        speaker="tribunal correctionnel de Vernac", kind="organization"),
    row("Le tribunal de Vernac a condamné lundi l'usine Marlex. « Les rejets étaient connus de "
        "la direction », selon son jugement.", "Les rejets étaient connus de la direction",
        speaker="tribunal de Vernac", kind="organization"),
    row("La cour d'appel de Lorvenne a confirmé la peine. « Le prévenu n'a montré aucun "
        "regret », selon son arrêt.", "Le prévenu n'a montré aucun regret",
        speaker="cour d'appel de Lorvenne", kind="organization"),
    row("Le conseil municipal de Vernac a voté lundi. Selon sa décision, la piscine fermera « dès "
        "l'été ».", "la piscine fermera « dès l'été »", speaker="conseil municipal de Vernac",
        kind="organization"),
    # must not fire: no court named, the court the subject of its own clause, a decision that
    # is an intention (its owner announces it, no text)
    row("Selon le jugement, l'entreprise a « sciemment trompé ses clients ».",
        "l'entreprise a « sciemment trompé ses clients »", speaker="le jugement",
        kind="anonymous"),
    row("Le tribunal de Vernac a condamné Paul Roux lundi. Dans son jugement, le tribunal estime "
        "que le prévenu a « agi par vengeance ».", "le prévenu a « agi par vengeance »",
        speaker="tribunal de Vernac", kind="organization"),
    row("Le maire Paul Roux a annoncé sa décision de quitter le parti. « Je pars la tête "
        "haute », a-t-il dit.", "sa décision de quitter le parti", speaker="Paul Roux",
        kind="person"),
    row("Paul Roux a annoncé lundi sa décision de « quitter la vie politique ».",
        "sa décision de « quitter la vie politique »", speaker="Paul Roux", kind="person"),
    # must not fire: a newspaper, a body, a platform, a title whose name opens with the noun
    row("Selon La Lettre, le ministre envisage « un départ rapide ».",
        "le ministre envisage « un départ rapide »", speaker="La Lettre"),
    row("Selon Le Courrier picard, la ligne restera « fermée jusqu'à lundi ».",
        "la ligne restera « fermée jusqu'à lundi »", speaker="Le Courrier picard",
        kind="organization"),
    row("« La ligne restera fermée », annonce Poste Canada.", "La ligne restera fermée",
        speaker="Poste Canada", kind="organization"),
    row("Selon Facebook, « deux millions de comptes » ont été touchés par la panne.",
        "« deux millions de comptes » ont été touchés par la panne", speaker="Facebook",
        kind="organization"),
    row("Selon le Rapport mondial sur la faim, la situation reste « très grave ».",
        "la situation reste « très grave »", speaker="Rapport mondial sur la faim"),
    # ---- a plural pronoun at a cue stands for the plural that speaks (a quote's speaker)
    # before one that is only a subject of the narration, when both agree
    row("Odette Lemoine est morte à l'hôpital. « Personne ne nous a prévenus », expliquent ses "
        "enfants Paul et Sylvie. Les médecins gardaient la patiente à jeun pour l'opération. "
        "« Elle avait faim tous les jours », racontent-ils.", "Elle avait faim tous les jours",
        speaker="Paul et Sylvie"),
    row("« Le quartier est oublié », déplorent Marc Petit et Julie Roux. Les élus ont visité le "
        "site lundi. « Rien n'a changé depuis dix ans », ajoutent-ils.",
        "Rien n'a changé depuis dix ans", speaker="Marc Petit et Julie Roux"),
    # must not fire: no plural spoke before (the nearest subject), the nearest plural spoke,
    # one person spoke
    row("Ses enfants Paul et Sylvie ont porté plainte. Les médecins ont refusé de parler. « Nous "
        "avons suivi le protocole », assurent-ils.", "Nous avons suivi le protocole",
        speaker="médecins"),
    row("Odette Lemoine est morte à l'hôpital. « Personne ne nous a prévenus », expliquent ses "
        "enfants Paul et Sylvie. « Nous avons suivi le protocole », répondent les médecins. "
        "« Elle était soignée », ajoutent-ils.", "Elle était soignée", speaker="médecins"),
    row("Odette Lemoine est morte à l'hôpital. « Personne ne nous a prévenus », explique son "
        "fils Paul Lemoine. Les médecins gardaient la patiente à jeun pour l'opération. « Nous "
        "n'avions pas le choix », disent-ils.", "Nous n'avions pas le choix", speaker="médecins"),
    # ---- the kind of the speaker agrees with the cue: a news outlet carries words, and no
    # pronoun stands for it, were it the subject named last (``outlets``): one the lexicon
    # lists, one the article names after a press noun, as who words were given to or who
    # passed them on, or whose name opens with a press noun; none agrees: no one
    row("Anne Roy a parlé au Parisien mardi. Le Parisien a publié son témoignage. « La grève "
        "continue », a-t-il précisé.", "La grève continue",
        speaker=None, role=None, gender=None, kind="unknown"),
    row("Le délégué Marc Petit a quitté la réunion. Le quotidien Le Courrier du Nord a publié son "
        "témoignage. « La grève continue », a-t-il précisé.", "La grève continue",
        speaker="Marc Petit", role="délégué", gender="male", kind="person"),
    row(PRESS.format("s'est confié au Phare de Lens"), "La grève continue",
        speaker="Marc Petit", role="délégué", gender="male", kind="person"),
    row(PRESS.format("a réagi auprès du Phare de Lens"), "La grève continue",
        speaker="Marc Petit", role="délégué", gender="male", kind="person"),
    row("Interrogée par Le Phare de Lens, la déléguée Anne Roy a confirmé la grève. Le Phare de "
        "Lens a publié l'entretien. « La grève continue », a-t-il précisé.", "La grève continue",
        speaker=None, role=None, gender=None, kind="unknown"),
    row("Le délégué Marc Petit a réagi dans les colonnes du Nouvelliste. Le Nouvelliste a publié "
        "l'entretien mardi. « La grève continue », a-t-il précisé.", "La grève continue",
        speaker="Marc Petit", role="délégué", gender="male", kind="person"),
    row("Le maire Paul Morel a reçu la presse. La Gazette de Lens a publié l'entretien. « Nous "
        "reconstruirons », a-t-elle assuré.", "Nous reconstruirons",
        speaker=None, role=None, gender=None, kind="unknown"),
    # a network's station (« France Bleu » and a place, lexicon/outlet_networks.tsv) is an
    # outlet: no person, so no role, gender or pronoun of the people named near it
    row("Le maire de Valbrune, Paul Rigaud, est mort lundi, rapporte France Bleu Vallonie.\n\n"
        "Le maire de la commune se trouvait sur la route.", "Le maire de Valbrune, Paul Rigaud, "
        "est mort lundi", speaker="France Bleu Vallonie", role=None, gender=None,
        kind="organization"),
    row("« Le pont ferme », a indiqué France 3 Hauts-de-Loire, citant le maire Paul Rigaud.",
        "Le pont ferme", speaker="France 3 Hauts-de-Loire", role=None, gender=None,
        kind="organization"),
    # an outlet whose article is part of its name (lexicon/outlet_names.txt: « La Libre
    # Belgique ») keeps it, however the article is written
    row("Paul Rigaud aurait quitté Lens en mai, selon La Libre Belgique.", "Paul Rigaud aurait "
        "quitté Lens en mai", speaker="La Libre Belgique", role=None, gender=None,
        kind="organization"),
    row("Paul Rigaud a quitté Lens. Il aurait pris cette décision en mai, selon les informations "
        "de La libre Belgique.", "Il aurait pris cette décision en mai",
        speaker="La libre Belgique", kind="organization"),
    # must not fire: the network alone, a person whose name is a region's, a place after « en »
    row("Paul Rigaud est mort lundi, rapporte France Bleu.", "Paul Rigaud est mort lundi",
        speaker="France Bleu", kind="organization"),
    row("« Nous reviendrons », a dit Paul Provence, le maire de Valbrune.", "Nous reviendrons",
        speaker="Paul Provence", role="maire de Valbrune", kind="person"),
    # a description of a medium (« la radio locale ») restates the one outlet the article names
    row("Paul Rigaud est mort lundi, rapporte France Bleu Vallonie.\n\nL'élu se trouvait « sur "
        "la route quand il a vu des camions », relate la radio locale.", "L'élu se trouvait « sur "
        "la route quand il a vu des camions »", speaker="France Bleu Vallonie",
        kind="organization"),
    # must not fire: a body with no sign of the press, one words were written to, an outlet
    # nothing shows to be one, an outlet after « selon »
    row("Le délégué Marc Petit a quitté la réunion. Le syndicat a publié un communiqué. « La grève "
        "continue », a-t-il précisé.", "La grève continue",
        speaker="syndicat", role=None, gender=None, kind="organization"),
    row("Paul Morel a écrit à la mairie de Lens. La mairie de Lens a publié un communiqué. « Nous "
        "reconstruirons », a-t-elle assuré.", "Nous reconstruirons",
        speaker="mairie de Lens", role=None, gender=None, kind="organization"),
    row(PRESS.format("a quitté la réunion") .replace(" mardi", ""), "La grève continue",
        speaker="Phare de Lens", role=None, gender=None, kind="organization"),
    row("Selon Le Phare de Lens, la grève va durer.", "la grève va durer",
        speaker="Phare de Lens", role=None, gender=None, kind="organization"),
    # a pronoun whose cue only a person does (lexicon/human_cues.txt, a row each in
    # test_lexicon.py) stands for the person named before, never for a body named since; with
    # no person, for no one
    row(COUNCIL.format("a-t-il soupiré"), "C'est une honte",
        speaker="Paul Morel", role=None, gender="male", kind="person"),
    row("Anne Roy a quitté la salle. La mairie a publié un communiqué. « C'est une honte », "
        "a-t-elle murmuré.", "C'est une honte",
        speaker="Anne Roy", role=None, gender="female", kind="person"),
    row("Le conseil municipal a voté le budget. « C'est une honte », a-t-il soupiré.",
        "C'est une honte", speaker=None, role=None, gender=None, kind="unknown"),
    # must not fire: a cue a body may give
    row(COUNCIL.format("a-t-il annoncé"), "C'est une honte",
        speaker="conseil municipal", role=None, gender=None, kind="organization"),
    row("Anne Roy a quitté la salle. La mairie a publié un communiqué. « C'est une honte », "
        "a-t-elle précisé.", "C'est une honte",
        speaker="mairie", role=None, gender=None, kind="organization"),
    # a « selon » of words or a document whose own words hold a cue with its subject: the
    # subject's words, the document only carries them
    row("Selon des propos rapportés par Le Phare de Lens, les grévistes promettent de « bloquer "
        "la ville ».", "« bloquer la ville »",
        speaker="grévistes", role=None, gender=None, kind="person"),
    row("Paul Morel a rappelé qu'il était « le seul » à décider, selon un communiqué du parquet.",
        "il était « le seul » à décider",
        speaker="Paul Morel", role=None, gender="male", kind="person"),
    # measurements (lexicon/speech_nouns.txt « mesures ») only carry the cue's words too
    row("Un porte-parole de la préfecture a déclaré que 40 millimètres étaient tombés sur le "
        "village, selon des mesures provisoires.", "40 millimètres étaient tombés sur le village",
        speaker="un porte-parole de la préfecture", role=None, gender=None, kind="anonymous"),
    # must not fire: measurements with no cue inside are the source
    row("Selon des mesures provisoires, 40 millimètres sont tombés sur le village.",
        "40 millimètres sont tombés sur le village",
        speaker="des mesures provisoires", role=None, gender=None, kind="anonymous"),
    # the same after a determiner or adjectives before the noun of information, and with who
    # gave it after « de » or « par »: the information's source only carries the cue's words
    row("Selon nos informations, la directrice a annoncé que l'usine « fermera en juin ».",
        "l'usine « fermera en juin »",
        speaker=None, role="directrice", gender="female", kind="person"),
    row("Selon les dernières informations de la préfecture, le maire Paul Morel a assuré que la "
        "digue « tiendra ».", "la digue « tiendra »",
        speaker="Paul Morel", role="maire", gender="male", kind="person"),
    row("D'après de nouvelles informations obtenues par Le Phare de Lens, Anne Roy a déclaré "
        "qu'elle « ne céderait pas ».", "elle « ne céderait pas »",
        speaker="Anne Roy", role=None, gender="female", kind="person"),
    # must not fire: information with no cue of its own inside, the source's account
    row("Selon les informations du Phare de Lens, la société prévoit de fermer le site.",
        "la société prévoit de fermer le site",
        speaker="Phare de Lens", role=None, gender=None, kind="organization"),
    # must not fire: a « selon » of a body or a person, whose account it is
    row("Selon le procureur, le suspect a affirmé qu'il « ignorait tout » du projet.",
        "le suspect a affirmé qu'il « ignorait tout » du projet",
        speaker=None, role="procureur", gender=None, kind="person"),
    row("Selon l'AFP, la société prévoit de fermer le site.",
        "la société prévoit de fermer le site",
        speaker="AFP", role=None, gender=None, kind="organization"),
    row("Paul Morel a rappelé qu'il était « le seul » à décider, selon le parquet.",
        "Paul Morel a rappelé qu'il était « le seul » à décider",
        speaker="parquet", role=None, gender=None, kind="organization"),
    row("Selon le procureur Paul Morel, le suspect a crié « je suis innocent » lors de son "
        "arrestation.", "le suspect a crié « je suis innocent » lors de son arrestation",
        speaker="Paul Morel", role="procureur", gender="male", kind="person"),
    # an inverted subject after « auprès de X »: the subject speaks, not the outlet
    row("« La grève continue », a réagi auprès de l'AFP le délégué syndical Marc Petit.",
        "La grève continue", speaker="Marc Petit", role="délégué syndical", gender="male",
        kind="person"),
    row("« Valtor fermera son usine », a indiqué auprès du Phare de Lens son porte-parole, Jean "
        "Dumas.", "Valtor fermera son usine",
        speaker="Jean Dumas", role="porte-parole", gender="male", kind="person"),
    # must not fire: « auprès de » after the subject
    row("« La grève continue », a réagi Marc Petit auprès de l'AFP.", "La grève continue",
        speaker="Marc Petit", role=None, gender="male", kind="person"),
    row("« La grève continue », a déclaré à l'AFP le délégué syndical Marc Petit.",
        "La grève continue", speaker="Marc Petit", role="délégué syndical", gender="male",
        kind="person"),
    # a speaker named by a noun of people is a person, one or several; a lone first name, or a
    # name an age follows, is one person
    row("Les grévistes ont promis de « bloquer la ville ».", "« bloquer la ville »",
        speaker="grévistes", role=None, gender=None, kind="person"),
    row("Les éboueurs ont juré de « tout bloquer ».", "« tout bloquer »",
        speaker="éboueurs", role=None, gender=None, kind="person"),
    row("« Il roulait vite », se souvient Paul, 11 ans.", "Il roulait vite",
        speaker="Paul", role=None, gender="male", kind="person"),
    row("« Il roulait vite », se souvient Timo, 11 ans.", "Il roulait vite",
        speaker="Timo", role=None, gender=None, kind="person"),
    # must not fire: a noun of no person (a document, an anonymous source named as written),
    # a body's name
    row("Le rapport affirme que « rien n'a été fait ».", "« rien n'a été fait »",
        speaker="le rapport", role=None, gender=None, kind="anonymous"),
    row("« Nous investirons », a annoncé Orange.", "Nous investirons",
        speaker="Orange", role=None, gender=None, kind="organization"),
    # « l'institut météorologique », « l'agence »: a name the recogniser took for a place or
    # a title, that acted before it, is the body, as an organisation would be
    row("Dans sa note du soir, Météo-Provence a levé l'alerte pour trois départements. « Le vent "
        "faiblit déjà », souligne l'institut météorologique.", "Le vent faiblit déjà",
        speaker="Météo-Provence", role=None, gender=None, kind="organization"),
    row("Lundi, Radio-Bretagne a annoncé la fermeture de deux studios. « Nous resterons à "
        "l'antenne », a assuré l'agence.", "Nous resterons à l'antenne",
        speaker="Radio-Bretagne", role=None, gender=None, kind="organization"),
    # must not fire: a place that did nothing, a person who acted
    row("Une tempête a frappé la Bretagne lundi. « Le vent faiblit déjà », souligne l'institut "
        "météorologique.", "Le vent faiblit déjà", speaker="institut météorologique",
        kind="organization"),
    row("Le maire Paul Morel a fermé les parcs. « Le vent faiblit déjà », souligne l'institut "
        "météorologique.", "Le vent faiblit déjà", speaker="institut météorologique",
        kind="organization"),
    # a subject then an object clitic before the cue, the parse lost after a place and a colon
    # (a sentence with its stop: the same line as a heading is no quote, test_headings)
    row("Tours : L’hôpital les informe que leur fille est guérie.\n\nLa patiente a quitté le "
        "centre hospitalier Marcel-Vaudier lundi.", "leur fille est guérie",
        speaker="centre hospitalier Marcel-Vaudier", kind="organization"),
    row("Bourg-en-Bresse : Le club lui annonce que son contrat est rompu.\n\nLe joueur "
        "attend.", "son contrat est rompu", speaker="club", kind="organization"),
    # must not fire: « on » before the clitic, a person's description
    row("À la mairie, on leur répond que la piscine rouvrira en mai.",
        "la piscine rouvrira en mai", speaker=None, kind="unknown"),
    row("Vienne : Sa voisine les informe que la route rouvrira", "la route rouvrira",
        speaker=None, kind="person", gender="female"),
    # ---- « nos sources », « une source proche du dossier »: anonymous sources, the mention as
    # their name; « nos confrères de X » is X (« nos informations » is no one: test_refusals)
    row("Selon nos sources, le directeur a déjà choisi son adjoint.",
        "le directeur a déjà choisi son adjoint", speaker="nos sources", role=None,
        gender=None, kind="anonymous"),
    row("La fusion sera votée jeudi, selon une source proche du conseil.",
        "La fusion sera votée jeudi", speaker="une source proche du conseil", kind="anonymous"),
    # must not fire: another outlet's reporting names it
    row("Selon nos confrères de La Voix du Jura, le maire se retire.", "le maire se retire",
        kind="organization"),
    # ---- « X, à la tête de Y », « X, aux commandes de Y »: leading a body is the role, as
    # written, up to where its complement ends
    row("« Nos ventes ont baissé », a reconnu Louis Arnal, à la tête de la coopérative laitière.",
        "Nos ventes ont baissé", speaker="Louis Arnal",
        role="à la tête de la coopérative laitière"),
    row("« La grève durera », affirme Mona Weil, aux commandes du syndicat depuis 2018.",
        "La grève durera", speaker="Mona Weil", role="aux commandes du syndicat"),
    # must not fire: at the head of no body, nothing after « à la tête »
    row("« Nous irons jusqu'à la mairie », a crié Louis Arnal, à la tête du cortège.",
        "Nous irons jusqu'à la mairie", speaker="Louis Arnal", role=None),
    row("« Nous irons jusqu'à la mairie », a crié Louis Arnal, à la tête.",
        "Nous irons jusqu'à la mairie", speaker="Louis Arnal", role=None),
    # ---- « selon X, <role>, … »: a role set off after the source (a role noun, a lead
    # phrase) with no verb is no part of what X says
    row("Selon Mona Weil, présidente du syndicat, la grève durera.", "la grève durera",
        speaker="Mona Weil", role="présidente du syndicat"),
    row("Selon Mona Weil, à la tête du syndicat, la grève durera.", "la grève durera",
        speaker="Mona Weil", role="à la tête du syndicat"),
    # must not fire: a time set off, a clause with its verb before the comma
    row("Selon lui, en 2019, les ventes ont baissé.", "en 2019, les ventes ont baissé"),
    row("Selon elle, les ministres ont menti, et le gouvernement le sait.",
        "les ministres ont menti, et le gouvernement le sait"),
    # ---- a feminine role noun derived from a listed masculine one by its ending (« -esse »
    # after « -e »), and an occupation with its complement, whole
    row("« Le budget est tenu », a assuré Hélène Vasseur, mairesse de Bordanne.",
        "Le budget est tenu", speaker="Hélène Vasseur", role="mairesse de Bordanne"),
    row("« Tout augmente », soupire Odile Ferrand, marchande de fruits.", "Tout augmente",
        speaker="Odile Ferrand", role="marchande de fruits"),
    row("« Tout augmente », soupire Marc Ferrand, chauffeur de taxi.", "Tout augmente",
        speaker="Marc Ferrand", role="chauffeur de taxi"),
    # must not fire: « -esse » words whose « -e » form is no role
    row("« Tout augmente », soupire Odile Ferrand, la jeunesse dans les yeux.", "Tout augmente",
        speaker="Odile Ferrand", role=None),
    # a quote with no cue that opens its paragraph, then the witness it belongs to: the next
    # sentence's subject, first named there (``intro.named_next``)
    row(WITNESS.format("Jeanne Morel habite au troisième étage de l'immeuble voisin."),
        "Tout a tremblé d'un coup, on a couru dehors.", speaker="Jeanne Morel", gender="female"),
    row(WITNESS.format("Au volant de sa camionnette, encore secoué, Marc Lenoir, 45 ans, décrit "
                       "la scène aux gendarmes."),
        "Tout a tremblé d'un coup, on a couru dehors.", speaker="Marc Lenoir", gender="male"),
    row(WITNESS.format("Sur le trottoir, Lina (son prénom a été changé), 12 ans, n'ose pas "
                       "rentrer chez elle."),
        "Tout a tremblé d'un coup, on a couru dehors.", speaker="Lina"),
    # no one spoke before: the witness still, where the parse lost the subject
    row(WITNESS.replace(" « Personne n'est blessé », ont-ils indiqué.", "").format(
        "Au volant de sa camionnette, encore secoué, Marc Lenoir, 45 ans, décrit la scène aux "
        "gendarmes."), "Tout a tremblé d'un coup, on a couru dehors.", speaker="Marc Lenoir"),
    # must not fire: the quote goes on with an earlier speaker's paragraph (turn-taking), the
    # sentence names two people, one named before, or its subject is someone else
    row("La salle des fêtes a rouvert samedi. « C'est un grand jour », a déclaré Anne Martel. "
        "« Nous attendions ce moment depuis des années. » Le maire, Paul Roux, a inauguré la "
        "salle hier.", "Nous attendions ce moment depuis des années.", speaker="Anne Martel"),
    row(WITNESS.format("Jeanne Morel et Marc Lenoir ont prévenu les pompiers."),
        "Tout a tremblé d'un coup, on a couru dehors.", speaker="pompiers"),
    row("Jeanne Morel dirige l'école depuis dix ans. " + WITNESS.format(
        "Jeanne Morel a prévenu les secours."), "Tout a tremblé d'un coup, on a couru dehors.",
        speaker="pompiers"),
    row(WITNESS.format("Le préfet a reçu Marc Lenoir dans l'après-midi."),
        "Tout a tremblé d'un coup, on a couru dehors.", speaker="pompiers"),
    # a narration subject too long to keep whole that is words said and their author, up to
    # the first comma: « Les mots de X, <a long apposition>, … »: the next quote with no cue is X's
    row(LONG_SUBJECT.format("Les mots de Paul Roux"), "Nous étudions toutes les offres.",
        speaker="Paul Roux", gender="male"),
    row(LONG_SUBJECT.format("Les propos d'Anne Martel"), "Nous étudions toutes les offres.",
        speaker="Anne Martel", gender="female"),
    # must not: a head that is no words said (« le frère de X »), or words said whose author
    # stands too far from them to keep: the head alone, the speaker before
    row(LONG_SUBJECT.format("Le frère de Paul Roux"), "Nous étudions toutes les offres.",
        speaker="direction"),
    row("« Le site n'a pas d'avenir », a dit la direction. Les mots très durs prononcés hier "
        "soir devant les salariés réunis dans la cantine de l'usine de conserves de Vitrac par "
        "le délégué Paul Roux ont choqué. « Nous étudions toutes les offres. »",
        "Nous étudions toutes les offres.", speaker="direction"),
    # ---- a definite plural of people (« les riverains », « les locataires ») is a group the
    # narration names, one « ils » / « elles » stands for as for a plural of a role noun, unless
    # the pronoun's number points elsewhere; an indefinite plural stays an anonymous source
    row("Les riverains sont inquiets. « Nous ne dormons plus la nuit », disent-ils.",
        "Nous ne dormons plus la nuit", speaker="riverains", role=None, gender=None,
        kind="person"),
    row("Les habitants du quartier ont manifesté. Ils dénoncent « un vacarme permanent ».",
        "un vacarme permanent", speaker="habitants du quartier", role=None, gender=None,
        kind="person"),
    row("Les locataires ont écrit au bailleur. « On ne lâchera rien », assurent-ils.",
        "On ne lâchera rien", speaker="locataires", role=None, gender=None, kind="person"),
    # must not fire: a singular person spoke since, the pronoun is singular, no people at all
    row("Les riverains sont inquiets. Le maire, Paul Morel, a promis des travaux. « Nous "
        "agirons vite », a-t-il assuré.", "Nous agirons vite", speaker="Paul Morel",
        gender="male"),
    row("Les habitants sont inquiets. « Rien ne bouge », dit-il.", "Rien ne bouge",
        speaker=None),
    row("Les travaux ont commencé. « Rien ne bouge », disent-ils.", "Rien ne bouge",
        speaker=None),
    # words with no cue carry on a group's once it spoke, never a group that is only the
    # subject of the narration before them (nor a role noun's plural)
    row("Les riverains sont inquiets. « Nous ne dormons plus », disent-ils. « Personne ne "
        "nous écoute. »", "Personne ne nous écoute.", speaker="riverains", kind="person"),
    row("Les locataires ont écrit au bailleur. Ils réclament « des travaux urgents ». « Le "
        "chauffage est en panne depuis un mois. »", "Le chauffage est en panne depuis un mois.",
        speaker="locataires"),
    row("Les salariés n'étaient pas prévenus. « On ne s'y attendait pas du tout. »",
        "On ne s'y attendait pas du tout.", speaker=None),
    row("Les enseignants sont en grève depuis lundi. « Rien ne va plus dans les classes. »",
        "Rien ne va plus dans les classes.", speaker=None),
    # a body the narration has speak, give words, take a stance or act before words with no
    # cue: they are its (« se dire », « se vouloir », « s'alarmer », « se féliciter »,
    # « s'excuser », « rester prudent », « présenter sa réforme », « publier un communiqué »)
    row("La mairie de Brenac a publié un communiqué lundi. « Les enfants seront accueillis à "
        "Vernac. »", "Les enfants seront accueillis à Vernac.", speaker="mairie de Brenac"),
    row("« L'école reste fermée », a indiqué la mairie de Brenac lundi. « Les enfants seront "
        "accueillis à Vernac. »", "Les enfants seront accueillis à Vernac.",
        speaker="mairie de Brenac"),
    row("La préfecture du Rhône se dit vigilante. « Aucun débordement ne sera toléré. »",
        "Aucun débordement ne sera toléré.", speaker="préfecture du Rhône"),
    row("Le ministère de la Santé se veut rassurant. « La situation est sous contrôle. »",
        "La situation est sous contrôle.", speaker="ministère de la Santé"),
    row("L'Unicef s'alarme de la situation à Gaza. « Les enfants paient le prix fort. »",
        "Les enfants paient le prix fort.", speaker="Unicef"),
    row("Le Medef s'est félicité de l'accord. « C'est une avancée pour les entreprises. »",
        "C'est une avancée pour les entreprises.", speaker="Medef"),
    row("La SNCF s'est excusée auprès des voyageurs. « Les trains circuleront normalement "
        "demain. »", "Les trains circuleront normalement demain.", speaker="SNCF"),
    row("La fédération française de rugby reste prudente. « Rien n'est signé à ce stade. »",
        "Rien n'est signé à ce stade.", speaker="fédération française de rugby"),
    row("Le gouvernement a présenté lundi sa réforme des retraites. « C'est un texte "
        "d'équilibre. »", "C'est un texte d'équilibre.", speaker="gouvernement"),
    # the speaker's own union, named since, goes on with his words
    row("« Nous voulons des garanties », a déclaré Paul Roux, délégué CGT. Le syndicat réclame "
        "une hausse de 5 %. « Sans cela, la grève continuera. »",
        "Sans cela, la grève continuera.", speaker="CGT"),
    row("« Nous ne lâcherons rien », a martelé Paul Roux, secrétaire de la CGT. La CGT appelle à "
        "une nouvelle journée jeudi. « La mobilisation va s'amplifier. »",
        "La mobilisation va s'amplifier.", speaker="CGT"),
    # a person who spoke keeps a « nous » past a group that only holds a stance
    row("« Nous ne fermerons aucune école », a promis la ministre Anne Petit. Les syndicats "
        "enseignants restent méfiants. « Nous tiendrons nos engagements. »",
        "Nous tiendrons nos engagements.", speaker="Anne Petit"),
    row("« Le site fermera », a dit le délégué Paul Roux. « Les négociations reprendront "
        "lundi. »", "Les négociations reprendront lundi.",
        speaker="Paul Roux"),
    # must not: a group that receives or seizes a document gives no words
    row("Les syndicats ont reçu une lettre de la direction lundi. « Les primes seront "
        "supprimées. »", "Les primes seront supprimées.", speaker=None),
    row("Les enquêteurs ont saisi plusieurs documents au siège. « Le dossier est solide. »",
        "Le dossier est solide.", speaker=None),
    # a group's request with an infinitive (a verb of asking) is an act in the events told, not
    # a voice: the words with no cue after it go on with the one whose account it is
    row("Le procureur Paul Martin a décrit la scène. Les agents lui demandent de se garer sur "
        "le bas-côté. « Le conducteur refuse et accélère vers le centre. »",
        "Le conducteur refuse et accélère vers le centre.", speaker="Paul Martin"),
    row("La procureure Anne Vidal a retracé la soirée. Les gendarmes demandent aux témoins de "
        "rester sur place. « La victime était encore consciente à leur arrivée. »",
        "La victime était encore consciente à leur arrivée.", speaker="Anne Vidal"),
    # with no account before it, a group's request alone leaves the words after it unresolved
    row("Les locataires demandent au bailleur de réparer le chauffage. « Il fait huit degrés "
        "dans les chambres. »", "Il fait huit degrés dans les chambres.", speaker=None),
    # must not: a group that says (« affirment avoir »), or speaks with a cue after its
    # request, goes on; one person's request goes on too
    row("Les riverains affirment avoir entendu des cris. « Personne n'est venu nous aider. »",
        "Personne n'est venu nous aider.", speaker="riverains"),
    row("Les grévistes demandent d'être reçus par la direction. « Nous attendons depuis des "
        "semaines », disent-ils. « Personne ne répond à nos courriers. »",
        "Personne ne répond à nos courriers.", speaker="grévistes"),
    row("Paul Roux demande à la mairie de rouvrir l'école. « Les enfants n'ont nulle part où "
        "aller. »", "Les enfants n'ont nulle part où aller.", speaker="Paul Roux"),
    # a voice a cue names with no name, of another gender than the person before, ends the
    # carry: the words after it are no longer that person's
    row("« Nous allons reconstruire l'école », a promis le maire Paul Roux. « Les travaux "
        "dureront un an », a ajouté la jeune femme. « Le chantier commence lundi. »",
        "Le chantier commence lundi.", speaker=None),
    row("« Le club va remonter », a assuré l'entraîneuse Julie Marchand. « On a tout donné », "
        "a soufflé le jeune homme. « Je suis fier de l'équipe. »", "Je suis fier de l'équipe.",
        speaker=None),
    # must not: a description that agrees with the person before may be that person
    row("« Nous allons reconstruire l'école », a promis le maire Paul Roux. « Les travaux "
        "dureront un an », a ajouté le jeune homme. « Le chantier commence lundi. »",
        "Le chantier commence lundi.", speaker="Paul Roux"),
    # an unnamed voice that puts a question (a verb of asking, or words ending in « ? ») is the
    # asker: it ends no carry, the answer after it is the one asked's
    row("Paul Roux a témoigné devant le tribunal. « Je regrette », a-t-il dit. « Et votre "
        "fille ? », a demandé la présidente. « Elle ne me parle plus. »",
        "Elle ne me parle plus.", speaker="Paul Roux"),
    row("Paul Roux a témoigné devant le tribunal. « Je regrette », a-t-il dit. « Et votre "
        "fille ? », s'étonne la présidente. « Elle ne me parle plus. »",
        "Elle ne me parle plus.", speaker="Paul Roux"),
    # must not: the same voice that asks nothing still ends it
    row("Paul Roux a témoigné devant le tribunal. « Je regrette », a-t-il dit. « Vous "
        "regrettez vraiment », insiste la présidente. « Elle ne me parle plus. »",
        "Elle ne me parle plus.", speaker=None),
    # « le » before a role noun says no sex (« le médecin » may be a woman): only a noun that
    # names one does (« le jeune homme », above)
    row("Sophie Bertin dirige les urgences de l'hôpital depuis 2019. « Nous sommes débordés », "
        "explique le médecin. « Les lits manquent chaque nuit. »",
        "Les lits manquent chaque nuit.", speaker="Sophie Bertin"),
    row("« Le site sera fermé », a annoncé la directrice Anne Roy. « C'est une honte », a lancé "
        "le délégué syndical. « Nous verrons en septembre. »", "Nous verrons en septembre.",
        speaker="Anne Roy"),
    # a request is the group's own voice when its words are quoted (« de « respecter … » »),
    # or when it is put to no one (« demandent à être reçus »): the words after go on with it
    row("Les grévistes demandent à la direction de « respecter ses engagements ». « Nous "
        "sommes à bout depuis des mois. »", "Nous sommes à bout depuis des mois.",
        speaker="grévistes"),
    row("Les salariés demandent à être reçus par le préfet. « On ne sait même pas si l'usine "
        "rouvrira », confie l'un d'eux. « C'est l'angoisse. »",
        "On ne sait même pas si l'usine rouvrira", speaker="salariés"),
    row("Les manifestants demandent de pouvoir défiler jusqu'à la préfecture. « On veut juste "
        "être entendus. »", "On veut juste être entendus.", speaker="manifestants"),
    # must not: a request put to someone, a clitic before the verb and its auxiliary, is an act
    # in the account told (« lui ont demandé de »)
    row("Le procureur Paul Martin a décrit la scène. Les agents lui ont demandé de se garer sur "
        "le bas-côté. « Le conducteur refuse et accélère vers le centre. »",
        "Le conducteur refuse et accélère vers le centre.", speaker="Paul Martin"),
    # a bare plural of people keeps its own words, the fuller phrase before it is not its name
    row("Les éboueurs de la ville ont voté la grève. Les éboueurs promettent de « tout "
        "bloquer ».", "« tout bloquer »", speaker="éboueurs", kind="person"),
    # ---- two names joined by « et », the second after its description (« et sa fille »,
    # « et son avocat »), are one plural speaker named by their names (GUIDELINES: a group's
    # name), with no role and no gender; a name kept out of the subject by « accompagné de »
    # or « avec » is no speaker
    row("« Il nous a quittés cette nuit », écrivent Anne Roux et sa fille Léa dans un "
        "communiqué.", "Il nous a quittés cette nuit", speaker="Anne Roux et Léa", role=None,
        gender=None, kind="person"),
    row("Anne Roux et son fils Hugo ont confirmé la nouvelle. « Il nous a quittés », "
        "écrivent-ils.", "Il nous a quittés", speaker="Anne Roux et Hugo", gender=None),
    row("« Nous ferons appel », ont annoncé Paul Morel et son avocat Marc Petit.",
        "Nous ferons appel", speaker="Paul Morel et Marc Petit", role=None, gender=None),
    row("Paul Morel, accompagné d'Anne Roux, a déclaré : « Nous resterons. »", "Nous resterons.",
        speaker="Paul Morel", gender="male"),
    row("« Nous resterons », a déclaré Paul Morel avec sa fille Léa à ses côtés.",
        "Nous resterons", speaker="Paul Morel", gender="male"),
    row("Paul Morel a rencontré Anne Roux et sa fille Léa. « Rien n'est réglé », a-t-il dit.",
        "Rien n'est réglé", speaker="Paul Morel", gender="male"),
    # ---- words with no cue carry on the speaker before them, never over one a cue named since
    # that no one of the cast is and who cannot be the one before: an unnamed person after a
    # body, a subject that is no person nor body; the carry ends there, and the one named next
    # does not take them either (unresolved beats another's words)
    row("L'agence Solvane publie son rapport. « La mer monte », a regretté la directrice d'un "
        "programme des Nations unies. « Personne n'est à l'abri. »", "Personne n'est à l'abri.",
        speaker=None),
    # ... but a voice with a name of its own that ends the carry is the one who goes on speaking
    row("Le car s'est renversé, précise la mairie de Valbrune. « La route glissait », a raconté "
        "le centre opérationnel de la gendarmerie du canton. « La pluie ne cessait pas. »",
        "La pluie ne cessait pas.", speaker="centre opérationnel de la gendarmerie du canton"),
    # ... unless the words are a person's (« je »): the body does not say them, no one does
    row("Paul Morel, maire de Valbrune, a réagi lundi. « La route glissait », a raconté le centre "
        "opérationnel de la gendarmerie du canton. « Je n'ai rien vu venir. »",
        "Je n'ai rien vu venir.", speaker=None),
    row("Le syndicat Fortal de Varnel dénonce le plan. « C'est un scandale », a réagi la section "
        "syndicale de l'usine. « Nous appelons à la grève. »", "Nous appelons à la grève.",
        speaker="section syndicale de l'usine"),
    # every voice since the one carried ends it, not only the last: the directrice may be Paul
    # Morel, the centre may not
    row("Paul Morel, maire de Valbrune, a réagi lundi. « Le car roulait vite », a raconté le "
        "centre opérationnel de la gendarmerie du canton. « La route glissait », a ajouté la "
        "directrice de l'école. « La pluie ne cessait pas. »", "La pluie ne cessait pas.",
        speaker=None),
    row("L'agence Solvane publie son rapport. « La mer monte », a regretté la directrice d'un "
        "programme des Nations unies. Résultat : le problème est là. « Personne n'est à "
        "l'abri. » C'est une « alerte rouge », estimait Paul Morel.", "Personne n'est à l'abri.",
        speaker=None),
    # must not: the speaker a cue named keeps the words after them; an unnamed description of a
    # person may be the person named before (« son futur ex-patron » is Paul Morel)
    row("La mairie de Valbrune a réagi. « La route glissait », a expliqué Paul Morel. « La "
        "pluie ne cessait pas. »", "La pluie ne cessait pas.", speaker="Paul Morel"),
    row("Paul Morel quitte la direction de Varnel. L'entreprise, selon son futur ex-patron, n'a "
        "pas le temps de « subir des divisions ». Et de dénoncer un dialogue social « d'un autre "
        "temps ».", "un dialogue social « d'un autre temps »", speaker="Paul Morel"),
    row("« La mer monte », a regretté la directrice d'un programme, Anne Roux. « Personne n'est "
        "à l'abri. »", "Personne n'est à l'abri.", speaker="Anne Roux"),
]


# ---- an epithet (« l'homme de droit », « la femme de lettres ») stands for the one within reach
# whom a role of its domain fits (lexicon/epithet_domains.tsv, a title: lexicon/title_roles.tsv),
# two such leaving it unresolved; « un second », « une autre » at a cue are one more anonymous
# speaker of the noun said before, of its gender; « un(e) autre » is named with that noun
# (`une autre maman`) when « un(e) » opened it
EPITHETS = [
    # a role of the epithet's domain the article gives beats the one named last
    row("L'avocat Jean Castel défend Paul Morel, accusé de fraude. « Ce dossier ne tient pas », "
        "a dit l'homme de droit.", "Ce dossier ne tient pas", speaker="Jean Castel"),
    row("La romancière Anne Martel a dîné avec la ministre Claire Vidal. « Il faut lire encore », "
        "a lancé la femme de lettres.", "Il faut lire encore", speaker="Anne Martel"),
    # the title before the name gives the role (« Me »: a lawyer)
    row("Pour Me Lionel Barde, la peine est trop lourde. Son client Marc Dufour a fait appel. "
        "« La cour s'est trompée », a estimé l'homme de loi.", "La cour s'est trompée",
        speaker="Lionel Barde"),
    # must not: two within reach hold a role of the domain, no one is chosen
    row("L'avocat Jean Castel a croisé le juge Paul Morel au palais. « Le droit avance », a dit "
        "l'homme de droit.", "Le droit avance", speaker=None),
    # must not: no one holds a role of the domain: the one of its gender named last, as before
    row("Le maire Paul Morel a reçu Anne Martel. « Nous ferons appel », a dit l'homme de droit.",
        "Nous ferons appel", speaker="Paul Morel"),
    # must not: an epithet of no domain keeps to the one of its gender named last
    row("L'avocat Jean Castel défend Paul Morel, accusé de fraude. « Je suis innocent », a dit "
        "le retraité.", "Je suis innocent", speaker="Paul Morel"),
]

ELLIPTIC = [
    row("La défense conteste tout. « Il n'y a aucune preuve », affirme un premier avocat. « Ce "
        "dossier est vide », renchérit un second.", "Ce dossier est vide", speaker="un second",
        kind="anonymous"),
    row("Des mères attendaient devant l'école. « Tout va bien », a dit une maman. « Je fais "
        "confiance aux enseignants », a expliqué une autre.", "Je fais confiance aux enseignants",
        speaker="une autre maman", gender="female", kind="anonymous"),
    row("Des voisines se sont réunies. Une habitante témoigne : « L'eau est montée vite. » Une "
        "autre ajoute : « Nous avons tout perdu. »", "Nous avons tout perdu.",
        speaker="une autre habitante", gender="female", kind="anonymous"),
    row("Trois élèves sont sortis. « On a eu peur », confie un premier. « Le bus penchait », "
        "raconte un troisième.", "Le bus penchait", speaker="un troisième", kind="anonymous"),
    row("Trois élèves sont sortis. « On a eu peur », confie un premier.", "On a eu peur",
        speaker="un premier", kind="anonymous"),
    # the noun said before names a sex: « une maman », « un papa » (lexicon/noun_genders.tsv)
    row("« Le car était en retard », a dit un papa. « Personne ne nous a prévenus », a ajouté "
        "un autre.", "Personne ne nous a prévenus", speaker="un autre papa", gender="male"),
    row("« Tout va bien », a confié une maman.", "Tout va bien", speaker="une maman",
        gender="female"),
    # must not: a noun of no person in the words said (« une équipe ») is not the one left out
    row("« Tout va bien », a dit une maman. « Une équipe solide nous aide », a ajouté une autre.",
        "Une équipe solide nous aide", speaker="une autre maman", gender="female"),
    # must not: the noun is there, the speaker is all of it
    row("Un responsable a parlé. « Le projet avance », a dit un autre responsable.",
        "Le projet avance", speaker="un autre responsable"),
    # must not: a noun feminine whoever it names (« une source ») gives « une autre » no gender
    row("« La situation est calme », a dit une source policière. « Rien ne bouge », a ajouté une "
        "autre.", "Rien ne bouge", speaker="une autre source", gender=None),
    # must not: « un autre jour » opening the sentence is no speaker
    row("Paul Morel a quitté la salle. Un autre jour, il a déclaré : « Je reviendrai. »",
        "Je reviendrai.", speaker="Paul Morel"),
]
# a person only described, whom the article never names (« la victime »: no role, a noun of
# state, GUIDELINES « Ages »): the record's gender is null for a
# noun feminine whoever it names (« la victime ») and for a circle of relatives (« sa famille »),
# whose determiner agrees with the word, not with a person (GUIDELINES)
DESCRIBED = [
    row("La victime a raconté que « le chauffeur roulait trop vite ».",
        "« le chauffeur roulait trop vite »", speaker=None, role=None, gender=None,
        kind="person"),
    row("« Je ne me souviens de rien », a murmuré la victime depuis son lit.",
        "Je ne me souviens de rien", speaker=None, role=None, gender=None, kind="person"),
    row("Sa famille estime que « l'hôpital l'a abandonné ».", "« l'hôpital l'a abandonné »",
        speaker=None, role=None, gender=None, kind="person"),
    row("Sa famille a fait savoir qu'elle « ne lâcherait rien ».", "elle « ne lâcherait rien »",
        speaker=None, role=None, gender=None, kind="person"),
    # an entourage whose owner the article never names is the anonymous source as written
    # (GUIDELINES « Someone's circle »)
    row("« Il va mieux », a confié son entourage.", "Il va mieux", speaker="son entourage",
        role=None, gender=None, kind="anonymous"),
    # the same circles named after their owner: a family is still a group, an entourage an
    # anonymous source; neither takes its noun's gender
    row("Paul Verdier a été retrouvé. « Merci aux secours », a déclaré sa famille.",
        "Merci aux secours", speaker="famille de Paul Verdier", role=None, gender=None,
        kind="person"),
    row("Hélène Marchal ne se représentera pas. « Sa décision est prise », a confié son "
        "entourage.", "Sa décision est prise", speaker="l’entourage d’Hélène Marchal", role=None,
        gender=None, kind="anonymous"),
    # must not: a relative of one sex keeps it (« sa fille »)
    row("Marc Olivet est mort. « Il était drôle », a confié sa fille.", "Il était drôle",
        speaker=None, role=None, gender="female", kind="person"),
    # must not: a feminine form that marks a woman, a noun naming a sex keep theirs
    row("« Les auditions se poursuivent », a indiqué la procureure adjointe de Vannes.",
        "Les auditions se poursuivent", speaker=None, role="procureure adjointe de Vannes",
        gender="female", kind="person"),
    row("« Le mouvement continuera », a prévenu la présidente du syndicat des infirmiers.",
        "Le mouvement continuera", speaker=None, role="présidente du syndicat des infirmiers",
        gender="female", kind="person"),
    row("« La grève continue », a lancé la porte-parole du collectif.", "La grève continue",
        speaker=None, role="porte-parole du collectif", gender="female", kind="person"),
    row("« Je n'ai rien vu venir », a confié l'homme, encore sous le choc.",
        "Je n'ai rien vu venir", speaker=None, role=None, gender="male", kind="person"),
    # a masculine noun, its agreement and « il » after it say nothing of an unnamed person
    # (French uses the masculine for anyone, GUIDELINES)
    row("« Les auditions se poursuivent », a indiqué le procureur adjoint de Vannes.",
        "Les auditions se poursuivent", speaker=None, role="procureur adjoint de Vannes",
        gender=None, kind="person"),
    row("« Le budget est tenu », a assuré le ministre des Finances. Il a ajouté : « Nous ne "
        "céderons pas. »", "Nous ne céderons pas.", speaker=None, role="ministre des Finances",
        gender=None, kind="person"),
    row("« Le dossier sera rouvert », a annoncé l'avocat du plaignant.",
        "Le dossier sera rouvert", speaker=None, role="avocat du plaignant", gender=None,
        kind="person"),
    row("Le directeur de la station d'épuration s'est dit « très surpris par ces analyses ».",
        "très surpris par ces analyses", speaker=None,
        role="directeur de la station d'épuration", gender=None, kind="person"),
    row("Interrogé hier, le directeur de l'usine a assuré que « rien n'a fui ».",
        "« rien n'a fui »", speaker=None, role="directeur de l'usine", gender=None,
        kind="person"),
    row("« Nous avons fermé la digue », a expliqué le directeur du port. Il a ajouté : « Aucun "
        "bateau ne sortira. »", "Aucun bateau ne sortira.", speaker=None,
        role="directeur du port", gender=None, kind="person"),
    row("« J'ai entendu un grand bruit », a raconté un homme du quartier.",
        "J'ai entendu un grand bruit", speaker="un homme du quartier", role=None,
        gender="male", kind="anonymous"),
    # must not: a named man keeps his masculine role's gender, a noun of a sex its sex, a
    # feminine form the woman it marks
    row("« Le dossier sera rouvert », a annoncé l'avocat du plaignant, Marc Delorme.",
        "Le dossier sera rouvert", speaker="Marc Delorme", role="avocat du plaignant",
        gender="male", kind="person"),
    row("« Tout a tremblé d'un coup », a raconté le père de l'élève blessé.",
        "Tout a tremblé d'un coup", speaker=None, role=None, gender="male", kind="person"),
    row("« La route restera fermée jusqu'au soir », a indiqué une policière.",
        "La route restera fermée jusqu'au soir", speaker="une policière", role=None,
        gender="female", kind="anonymous"),
    # ---- a body's name in capitals keeps the number right after it (orgs.numbered); a number
    # that counts a noun after it is no part of the name
    row("« Nous avons engagé quarante pompiers », a précisé le SDIS 12.",
        "Nous avons engagé quarante pompiers", speaker="SDIS 12", role=None, gender=None,
        kind="organization"),
    row("« La grève est reconduite », affirme la CFDT 59.", "La grève est reconduite",
        speaker="CFDT 59", role=None, gender=None, kind="organization"),
    row("« Nous restons mobilisés », a déclaré le syndicat CFDT 44 dans un communiqué.",
        "Nous restons mobilisés", speaker="CFDT 44", role=None, gender=None,  # as « la CFDT 59 »
        kind="organization"),
    row("« La grève est reconduite », a déclaré la CGT 24 heures plus tard.",
        "La grève est reconduite", speaker="CGT", role=None, gender=None, kind="organization"),
    row("« Nous restons mobilisés », a déclaré l'Unsa mardi.", "Nous restons mobilisés",
        speaker="Unsa", role=None, gender=None, kind="organization"),
]
# ---- a quote with no cue that opens its paragraph is the next person's named within the two
# sentences after it, not someone named further on (``Timeline.following``)
NAMED_SOON = [
    row("Le cortège a quitté la gare à midi. « Je ne lâcherai rien. » Sa voix tremble encore. "
        "Invitée du journal de midi, Odile Fabre a raconté la nuit du sinistre.",
        "Je ne lâcherai rien.", speaker="Odile Fabre", role=None, gender="female"),
    row("Le cortège a quitté la gare à midi. « Nous resterons ici jusqu'à la fin. » Le maire, "
        "Gaspard Lenain, a reçu les familles lundi.",
        "Nous resterons ici jusqu'à la fin.", speaker="Gaspard Lenain", role="maire",
        gender="male"),
    # must not fire: the one named three sentences on, who speaks words of his own
    row("Le cortège a quitté la gare à midi. « On a tous couru vers le parking. » Le pont a "
        "cédé dans la nuit. La route reste coupée. Les pompiers sont sur place. Gaspard Lenain, "
        "le maire, prévient : « Personne ne rentrera ce soir. »",
        "On a tous couru vers le parking.", speaker=None, role=None, gender=None),
    row("Le cortège a quitté la gare à midi. « Je ne lâcherai rien. » La grève dure depuis "
        "lundi. Le dépôt reste fermé. Le froid est vif. Odile Fabre a rencontré la "
        "direction mardi.",
        "Je ne lâcherai rien.", speaker=None, role=None, gender=None),
]
# ---- words in marks with no cue signed by a name right after them, alone in brackets or
# set off by a comma or a dash, with at most an apposition to the line's end (``intro.signed``)
SIGNED = [
    row("Le glissement a emporté trois maisons.\n\n« Je n'ai plus rien, tout est parti », "
        "Mireille Caron, boulangère à Vernoz\n\nLes secours fouillent encore les décombres.",
        "Je n'ai plus rien, tout est parti", speaker="Mireille Caron",
        role="boulangère à Vernoz", gender="female"),
    row("Grève des dockers : « Nous ne céderons rien, même pas un quai » (Hugo Lenoir)\n\n"
        "Le port est bloqué depuis lundi. Les navires attendent au large.",
        "Nous ne céderons rien, même pas un quai", speaker="Hugo Lenoir", role=None,
        gender="male"),
    row("Le club a perdu la finale.\n\n« Nous reviendrons plus forts l'an prochain » — Hugo "
        "Marchal, entraîneur du club\n\nLes joueurs sont rentrés dimanche.",
        "Nous reviendrons plus forts l'an prochain", speaker="Hugo Marchal",
        role="entraîneur du club", gender="male"),
    # must not fire: a sentence goes on after the name, a bracket that holds more than a
    # name: the turn of the one who spoke before goes on
    *(row("Paul Roux a pris la parole. « Je reste ici », a-t-il dit. « Je n'ai plus rien, "
          "tout est parti »" + after, "Je n'ai plus rien, tout est parti", speaker="Paul Roux",
          role=None, gender="male")
      for after in (", Mireille Caron, sa voisine, approuve d'un signe de tête.",
                    " (Mireille Caron était absente ce soir-là).")),
]
# ---- « après-midi » between a cue and its inverted subject or its que-clause is stepped over
# like « matin » (lexicon/skip_words.txt)
TOWER = "Le lieutenant Marc Vidal a inspecté la tour. « Rien ne va tomber », a-t-il dit. « {} »"
VISIT = "Le maire du quartier, Paul Roux, a visité le beffroi. « Tout ira bien », a-t-il assuré {}."
AFTERNOON = [
    row(TOWER.format("La mairie est blessée mais le reste est sauvé") + ", a déclaré ce lundi "
        "après-midi la maire du quartier, Anne Roy, très émue.",
        "La mairie est blessée mais le reste est sauvé", speaker="Anne Roy",
        role="maire du quartier", gender="female"),
    row(TOWER.format("Une enquête est ouverte pour incendie") + ", a indiqué samedi après-midi "
        "le procureur, Jean Nadal.", "Une enquête est ouverte pour incendie",
        speaker="Jean Nadal", role="procureur", gender="male"),
    # must not fire: no subject after the time, the time's own noun phrase
    row(VISIT.format("lundi après-midi"), "Tout ira bien", speaker="Paul Roux",
        role="maire du quartier", gender="male"),
    row(VISIT.format("dans l'après-midi"), "Tout ira bien", speaker="Paul Roux",
        role="maire du quartier", gender="male"),
]
ROWS += EPITHETS + ELLIPTIC + DESCRIBED + NAMED_SOON + SIGNED + AFTERNOON









# an unnamed person's gender (GUIDELINES: French uses the masculine for anyone): a masculine
# noun gives none, a feminine form a woman, a noun naming a man (« homme », « père ») a man
UNNAMED = [
    ("un riverain", None), ("un gendarme", None), ("un voisin", None), ("une riveraine", "female"),
    ("un homme", "male"), ("un père de famille", "male"), ("une mère de famille", "female"),
]


@pytest.mark.parametrize(("who", "gender"), UNNAMED)
def test_an_unnamed_persons_gender(nlp, who, gender):
    text = f"« La rue a été inondée en une heure », a raconté {who}."
    sp = quote_said(nlp, text, "La rue a été inondée en une heure").speaker
    assert (sp.name, sp.kind, sp.gender) == (who, "anonymous", gender)


# the function a role the article gives says (``function``): (role, function or None)
FUNCTIONS = [
    ("champion du monde 2018", None),
    ("double médaillée olympique", None),
    ("ancien numéro 1 mondial", None),
    ("n°1 mondial", None),
    ("prix Nobel de la paix", None),
    ("cofondateur du parti", None),
    ("religieux de 69 ans", None),
    ("homme de 56 ans", None),
    ("sexagénaire de 64 ans", None),
    # a function noun with an age keeps the function, a kind noun's too (GUIDELINES « Ages »)
    ("joueur de 38 ans", "joueur"),
    ("joueuse de 24 ans", "joueuse"),
    ("dirigeante de 52 ans", "dirigeante"),
    ("religieuse de 88 ans", None),
    # a complement after the age is the role's (GUIDELINES « Ages »)
    ("joueur âgé de 31 ans du RC Vernac", "joueur du RC Vernac"),
    # an office whose own name is written with « et » (lexicon/coordinated_offices.txt) stays
    # whole, with its complement (GUIDELINES « One function »)
    ("président et directeur général de Valmor Europe",
     "président et directeur général de Valmor Europe"),
    ("présidente et directrice générale", "présidente et directrice générale"),
    # must not: two functions, the first: not listed, one more word of office, a founding
    ("secrétaire et trésorière de l'association", "secrétaire"),
    ("sénateur et président du conseil départemental", "sénateur"),
    ("député et président du groupe Avenir", "député"),
    ("avocat et député de la Somme", "avocat"),
    ("président et directeur général adjoint de Valmor", "président"),
    ("PDG et fondateur de Valmor", "PDG"),
    ("président et cofondateur du parti", "président"),
    ("présidente du club et directrice de l'école", "présidente du club"),
    ("chanteuse et comédienne", "chanteuse"),
    ("fondateur et président du club", "président du club"),
    ("vice-capitaine de l'équipe et champion du monde 2018", "vice-capitaine de l'équipe"),
    ("généticienne et microbiologiste", "généticienne"),
    ("directrice de l'école et ex-adjointe au maire", "directrice de l'école"),
    ("directrice du musée et co-présidente du festival", "directrice du musée"),
    ("champion du monde et entraîneur du club", "entraîneur du club"),
    ("maire de 54 ans", "maire"),
    ("grande joueuse de tennis", "joueuse de tennis"),
    ("technicien champion du monde 2006", "technicien"),
    ("sélectionneur de l'équipe après la défaite contre la", "sélectionneur de l'équipe"),
    ("maire de Dole à la suite de la crue", "maire de Dole"),
    # the years an office was held: no part of it
    ("maire de Dole de 2008 à 2020", "maire de Dole"),
    ("directrice de l’usine entre 2010 et 2019", "directrice de l’usine"),
    ("ministre de la Santé (2012-2014)", "ministre de la Santé"),
    ("président du club jusqu'en 2019", "président du club"),
    # … and the period they date, with its article and preposition
    ("entraîneur du club pour la saison 2023-2024", "entraîneur du club"),
    ("capitaine de l'équipe durant l'exercice 2023/2024", "capitaine de l'équipe"),
    ("députée du Var pour la législature 2022-2027", "députée du Var"),
    # must not fire: a rank in a body, a year, joined complements, a plain function
    ("numéro deux du parti", "numéro deux du parti"),
    ("candidate à la présidentielle de 2022", "candidate à la présidentielle de 2022"),
    ("chef de mission de Paris 2024", "chef de mission de Paris 2024"),
    ("ministre de l'Europe et des Affaires étrangères",
     "ministre de l'Europe et des Affaires étrangères"),
    ("président", "président"),
    ("grand patron du groupe", "grand patron du groupe"),
    ("haut-commissaire au Plan", "haut-commissaire au Plan"),
    ("directeur des ventes", "directeur des ventes"),
]


@pytest.mark.parametrize(("role", "said"), FUNCTIONS)
def test_the_function_a_role_says(role, said):
    assert function(role) == said


# a prefix of lexicon/role_prefixes.txt, split off folded; a hyphenated noun without one whole
@pytest.mark.parametrize(("word", "split"), [
    ("Vice-Procureure", ("vice", "procureure")),
    ("ex-adjointe", ("ex", "adjointe")),
    ("haute-commissaire", ("haute", "commissaire")),
    ("sapeur-pompier", ("", "sapeur-pompier")),
    ("Maire", ("", "maire")),
])
def test_a_role_prefix_splits_off(word, split):
    assert role_prefix(word) == split


@pytest.mark.parametrize(
    ("named", "described", "kept"),
    [
        # a function a description gives is kept beside the named role ("le patron du club")
        ((("président du club", 0, 17),), (("patron du club", 40, 54),), ("patron du club",)),
        (((("ministre", 0, 8),)), (("ministre de la Culture", 40, 62),),
         ("ministre de la Culture",)),
        # a word that fits any role is none ("le responsable")
        ((("président du club", 0, 17),), (("responsable", 40, 51),), ()),
        # named with no role: every description's
        ((), (("responsable", 40, 51),), ("responsable",)),
    ],
)
def test_description_roles_the_article_gives(named, described, kept):
    assert tuple(r[0] for r in restating(named, described)) == kept


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender", "kind"), ROWS)
def test_attribution(nlp, text, quote, speaker, role, gender, kind):
    sp = quote_said(nlp, text, quote).speaker
    if speaker is not ANY:
        assert sp.name == speaker
    if role is not ANY:
        assert sp.role == role
    if gender is not ANY:
        assert sp.gender == gender
    if kind is not ANY:
        assert sp.kind == kind


def test_a_bare_on_going_on_is_no_surer_than_the_quote_it_continues(nlp):
    text = ("« Le plan tient », a-t-on déclaré dans l'entourage d'Anne Morel. « Rien ne change "
            "», a-t-on ajouté.")
    first, then = quote_said(nlp, text, "Le plan tient"), quote_said(nlp, text, "Rien ne change")
    assert then.speaker.name == first.speaker.name
    assert then.speaker.confidence < first.speaker.confidence


# marks that open before the negation of an infinitive of purpose (« pour « ne pas être … » »):
# the words of the main clause's subject, a predicate quote, not an uncued one tied to whoever
# spoke before; a noun phrase after « pour » is none
PURPOSES = [
    ("« Nous avons tranché », a déclaré Claire Vidal. Anne Morel et Paul Roux avaient décidé de "
     "ne pas venir pour « ne pas être juge et partie ».", "ne pas être juge et partie",
     "Anne Morel et Paul Roux", True),
    ("« Nous avons tranché », a déclaré Claire Vidal. Anne Morel a voté pour « la fin du "
     "régime ».", "la fin du régime", "Anne Morel", False),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "predicate"), PURPOSES)
def test_marks_before_an_infinitive_of_purpose(nlp, text, quote, speaker, predicate):
    (q,) = [q for q in extract_doc(Article("t", text), nlp(text)).quotes if q.span.text == quote]
    assert q.speaker.name == speaker
    assert ("predicate" in q.evidence) is predicate


# no verb above « pour » (a headline, a caption): the climb to the main clause stops at the
# root, which is its own head; it once compared tokens by identity and never stopped
VERBLESS_PURPOSES = [
    ("Une marche blanche pour « ne pas oublier les victimes de Vernay ».",
     "ne pas oublier les victimes de Vernay"),
    ("Les habitants de Vernay, réunis samedi pour « ne pas oublier les victimes ».",
     "ne pas oublier les victimes"),
]


@pytest.mark.parametrize(("text", "quote"), VERBLESS_PURPOSES)
def test_an_infinitive_of_purpose_without_a_main_verb_ends(nlp, text, quote):
    import threading

    found: list = []
    worker = threading.Thread(
        target=lambda: found.extend(extract_doc(Article("t", text), nlp(text)).quotes), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "the speaker search did not stop"
    (q,) = [q for q in found if q.span.text == quote]
    assert "predicate" not in q.evidence


_COORDINATION = re.compile(r"^[^ ]+ et (?:les|le|la|l['’]|un|une|ses|son|sa|leurs) ")
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
# « cet » too: « cet élu et les siens » kept its determiner
_DETERMINERS = DETERMINERS | INDEFINITE | {"des", "ces"}


def bad_name(name: str, kind: str, nlp) -> str | None:
    """Why a speaker name is not a name, or None: a pronoun, an inverted verb, a bare
    determiner, a fragment (a preposition or a conjunction first, a heading glued on), a
    participle alone, a word of time or an adverb glued on, a description that lost its
    determiner before « et », page furniture, a phrase of another language."""
    from quotes.attribute.name_shape import name_shaped
    from quotes.lexicon import fold, folded
    from quotes.lexicon.grammar import NAME_PARTICLES, NOT_NAMES, PRONOUNS
    from quotes.lexicon.roles import is_role_noun

    words = name.split()
    if not words or "\n" in name or name.strip().isdigit():
        return "fragment"
    if any(not (c.isalnum() or c in " -'’.,()") for c in name) or name[0] in "-–—":
        return "page furniture"  # a flag, a bar, a bullet, a dash, a handle
    if any(fold(w) in folded("time_words") for w in words[1:]):
        return "time word"  # « Le Parisien mercredi », « les avocats depuis mardi »
    if _COORDINATION.match(name) and fold(words[0]) not in _DETERMINERS:
        return "determiner lost"  # « enfants et les parents »
    doc = nlp(name)
    first, last = doc[0], doc[-1]
    if len(words) == 1 and name.islower() and _PARTICIPLE.search(name) and not (
            is_role_noun(name) or first.pos_ == "NOUN"):
        return "verb"  # « tweeté », not « autorités »
    if kind == "person" and name[0].isupper() and not name_shaped(doc[:]):
        return "not a name's shape"  # « Het werk », « Premier ministre »
    if fold(name) in PRONOUNS or fold(words[0]) in NOT_NAMES:
        return "pronoun"
    if re.search(r"-t-(il|elle|on)\b|-(il|elle|ils|elles|on)$", name):
        return "inverted verb"
    if len(doc) == 1 and first.pos_ == "DET":  # « leur », not « L’Indépendant »
        return "determiner"
    particle = first.text[:1].isupper() and fold(first.text) in NAME_PARTICLES  # "De Wever"
    if (first.pos_ in ("ADP", "SCONJ", "CCONJ") and not particle) or first.lower_ in (
            "qui", "que", "dont"):
        return "fragment"
    if first.pos_ == "VERB" and first.text.lower().endswith("ant") and kind != "organization":
        return "verb"
    if len(words) > 1 and last.pos_ == "ADV" and last.is_lower and "-" not in last.text:
        return "adverb"  # « une mère tout »
    return None


@pytest.mark.parametrize("which", ["seed_records", "corpus_records"])
def test_no_speaker_name_is_a_pronoun_verb_determiner_or_fragment(nlp, request, which):
    quotes = request.getfixturevalue(which)[1]
    names = {(q.speaker.name, q.speaker.kind) for q in quotes if q.speaker.name}
    assert len(names) > 10  # the check ran on real output
    bad = {name: why for name, kind in names if (why := bad_name(name, kind, nlp))}
    assert not bad, bad


ROLES = [
    # (text, quote, every role the speaker is given, in text order)
    ("Le cardinal Paul Morel, archevêque de Lyon, a reçu les fidèles. « Nous prierons », "
     "a-t-il dit.", "Nous prierons", ["cardinal", "archevêque de Lyon"]),
    ("Le chef du comité militaire de l'Otan, l'amiral néerlandais Rob Bauer, a parlé. « Nous "
     "tiendrons », a-t-il dit.", "Nous tiendrons",
     ["chef du comité militaire de l'Otan", "amiral néerlandais"]),
    ("Paul Roux, maire de Millau, a parlé lundi devant la presse régionale réunie à la "
     "mairie. Mardi, l'éleveur Paul Roux a affirmé que « le loup reviendra ».",
     "« le loup reviendra »", ["maire de Millau", "éleveur"]),
    ("Le commandant des opérations de secours, le colonel Patrick Laborde, a parlé. « Nous "
     "tiendrons », a-t-il dit.", "Nous tiendrons",
     ["commandant des opérations de secours", "colonel"]),
    ("Aux côtés du ministre, l'amiral Rob Bauer a affirmé que « l'alliance tiendra ».",
     "« l'alliance tiendra »", ["amiral"]),
    # a role before a comma that the parse joins to the title as a list of one
    ("Le président du jury, l'acteur Paul Morel, a salué « un film rare ».", "un film rare",
     ["président du jury", "acteur"]),
    # a heading's apposition ends with its line, and takes nothing from the next paragraph
    ("Rencontre avec Paul Roux, maire de Vire\n\n« La ville ira mieux », a-t-il dit.",
     "La ville ira mieux", ["maire de Vire"]),
    ("Rencontre avec Paul Roux, 45 ans\n\nMarc Petit, conseiller de la maire, a dit que « tout "
     "ira bien ». « Nous verrons », a ajouté Paul Roux.", "Nous verrons", []),
    # a description that announces someone else is not a role of the one the article is about
    (ANNOUNCED_IN_MARKS, "C'est injuste", ["acteur"]),
    # a description the article ties to one person restates no one else's role …
    ("Jan Vos veut que l'Europe agisse vite. « Nous devons tenir bon », a déclaré le Premier "
     "ministre. " + FILLER + " Le Premier ministre démissionnaire Piet Maas a dit qu'il « ne "
     "signera pas ».", "il « ne signera pas »", ["Premier ministre démissionnaire"]),
    # … while one tied to no one restates the role of the one person who holds it
    ("Le Premier ministre démissionnaire Piet Maas a parlé lundi. " + FILLER + " Le texte a été "
     "signé mardi par le Premier ministre. « Nous tiendrons », a dit Piet Maas.",
     "Nous tiendrons", ["Premier ministre démissionnaire", "Premier ministre"]),
    # … not one of a list of people
    ("Le maire de Lens, l'adjoint aux sports Paul Roux et la députée Anne Roy ont inauguré le "
     "stade. « Nous sommes fiers », a dit Paul Roux.", "Nous sommes fiers",
     ["adjoint aux sports"]),
]


@pytest.mark.parametrize(("text", "quote", "roles"), ROLES)
def test_every_role_the_article_gives_with_its_offsets(nlp, text, quote, roles):
    found = [q for q in extract_doc(Article("t", text), nlp(text)).quotes if q.span.text == quote]
    assert found
    given = found[0].speaker.roles
    assert [r.text for r in given] == roles
    assert all(text[r.start : r.end] == r.text for r in given)


@pytest.mark.parametrize(("text", "words", "role"), [
    # a cut that stops after « et » (the next role noun, a distinction, out of the window)
    ("Anne Roy, directrice du club et vice-championne d'Europe, a parlé.",
     "directrice du club et", "directrice du club"),
    ("Paul Morel, ministre du Logement et de la Ville, a parlé.",
     "ministre du Logement et de la Ville", "ministre du Logement et de la Ville"),
])
def test_a_role_cut_never_ends_on_a_coordination(nlp, text, words, role):
    from quotes.attribute.role_extent import role_span

    doc = nlp(text)
    lo = text.index(words)
    span = doc.char_span(lo, lo + len(words))
    assert span is not None
    found = role_span(doc, span.start, span.end)
    assert found is not None and found[0] == role


def test_a_demonstrative_mention_is_written_whole(nlp):
    text = "Paul Morel a rencontré Jean Tissot. Celui-ci a évoqué « une grave erreur »."
    (q,) = extract_doc(Article("t", text), nlp(text)).quotes
    m = q.speaker.mention
    assert m is not None and m.text == "Celui-ci" == text[m.start : m.end]
    assert q.speaker.name == "Jean Tissot"


@pytest.mark.parametrize(("text", "name", "is_outlet"), [
    # an outlet the article names as one: the name ends there
    ("Paul Morel l'a redit au micro du Phare de Lens.", "Le Phare de Lens", True),
    ("Interrogé par le Courrier de Lens, Paul Morel a confirmé.", "Courrier de Lens", True),
    ("Le délégué a réagi dans les colonnes du Nouvelliste mardi.", "Le Nouvelliste", True),
    # must not fire: the name only opens an outlet's longer name
    ("Anne Roy l'a redit au micro de France Inter mardi.", "France", False),
    ("Anne Roy l'a redit au micro d'Europe 1 mardi.", "Europe", False),
    ("Le quotidien Ouest-France a publié l'entretien.", "Ouest", False),
    ("Interrogé par Var-Matin, Paul Morel a confirmé.", "Var", False),
])
def test_an_outlet_is_named_whole(text, name, is_outlet):
    """A body is an outlet where the article names it as one, not where its name opens
    another's (« France » of « France Inter »)."""
    from quotes.attribute.outlets import outlet

    assert outlet(text, name) is is_outlet


@pytest.mark.parametrize("part", sorted(words("firm_parts")))
def test_every_part_of_a_firm_speaks_for_the_company_named_before(nlp, part):
    det = "la" if part.startswith("direction") else "le"
    for before, speaker in (
        ("La société Ventarex Logistique a fermé son site. ", f"{part} de Ventarex Logistique"),
        ("", part),  # no company named: the words as said
    ):
        text = f"{before}« Le plan est prêt », a précisé {det} {part}."
        found = [q for q in extract_doc(Article("t", text), nlp(text)).quotes
                 if q.span.text == "Le plan est prêt"]
        assert found and found[0].speaker.name == speaker, text


def test_a_plural_voice_ends_no_carry_by_its_gender():
    """Only one person's gender against one person's ends a carry (``carry_voices.another``): a
    group a cue names with no name (« ont ajouté les avocates ») may agree in the plural with
    words a member said, and no cue there says the words after are not the person's before."""
    from quotes.attribute.carry_voices import another
    from quotes.attribute.resolved import Resolved

    before = Resolved("Paul Roux", None, "person", "explicit", gender="m")
    one = Resolved(None, "avocate", "person", "explicit", gender="f")
    group = Resolved(None, "avocates", "person", "explicit", number="p", gender="f")
    assert another(one, before)
    assert not another(group, before)
    # a masculine voice ends it only from a noun that names a sex, not from « le » + role
    woman = Resolved("Sophie Bertin", None, "person", "explicit", gender="f")
    assert not another(Resolved(None, "médecin", "person", "explicit", gender="m"), woman)
    assert another(Resolved(None, None, "person", "description", gender="m",
                            described="le jeune homme"), woman)
