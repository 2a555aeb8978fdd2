"""The speaker named as the article names it, the mention neither cut nor glued. An elliptic
« un autre », « une autre » is one more of the noun said before it, outside the words said
(`un autre voyageur`, `une autre riveraine`); « l'un d'eux » is one of the plural group of
people said before it in its sentence or the one before (`l'un des agents de la mairie`), and
« dont certains » some of the group the relative stands for (`certains des élus de la région`);
an unnamed source keeps the relative clause that says which it is (`un gendarme qui suit le
dossier`), not one that reports speech (« un témoin qui affirme … ») or says only that it is
unnamed (« qui souhaite rester anonyme »), and leaves out an adjective set off by commas;
« de nombreux », « de nombreuses » open one; an outlet's name the recogniser ran into a
person's (« a confié à l'Agence France-Presse Julie Marchand ») is the outlet the words were
given to, and the name the person's; a proper name after a descriptive noun, its adjectives and
a bare complement of kind (« le site local d'information The Vernac Herald ») is the name,
unless it is a place (« l'observatoire régional de santé Bretagne » is all one name).
Sentences written for these tests, with invented names."""

import pytest
from conftest import quote_said
from spacy.tokens import Span

from quotes.attribute.spelled_names import _person_after_outlet


def row(text, quote, speaker, kind, gender=None):
    return pytest.param(text, quote, speaker, kind, gender)


ELLIPTIC = [
    # fires: the noun said before, whatever the verb, tense or gender
    row("« Le quai est bondé », lance un voyageur. « On attend depuis une heure », reprend un "
        "autre.", "On attend depuis une heure", "un autre voyageur", "anonymous"),
    row("« Rien ne change », rapporte une riveraine. « On attend », assure une autre à la "
        "radio.", "On attend", "une autre riveraine", "anonymous", "female"),
    row("« La route est coupée », a dit un policier. Un autre a ajouté : « Personne ne "
        "passe. »", "Personne ne passe.", "un autre policier", "anonymous"),
    row("« La grève continue », a déclaré une infirmière. « Nous sommes épuisées », a renchéri "
        "une autre.", "Nous sommes épuisées", "une autre infirmière", "anonymous", "female"),
    row("« Le train est annulé », peste une femme. Une autre ajoute : « C'est le seul moyen de "
        "partir. »", "C'est le seul moyen de partir.", "une autre femme", "anonymous",
        "female"),
    row("« Rien n'est décidé », avait confié une source. « Le vote aura lieu », indiquait une "
        "autre.", "Le vote aura lieu", "une autre source", "anonymous"),
    # must not: the noun written after « autre » stays as written
    row("« On attend », rapporte une riveraine. « Rien ne bouge », dit une autre habitante du "
        "quartier.", "Rien ne bouge", "une autre habitante du quartier", "anonymous", "female"),
    # must not: a noun inside the words said is not the one left out
    row("Un pompier explique : « Un enfant a été sauvé de justesse. » « Le feu allait trop "
        "vite », raconte un autre.", "Le feu allait trop vite", "un autre pompier", "anonymous"),
    # must not: no person's noun before, the words as written
    row("Une équipe est venue. « On attend », assure une autre.", "On attend", "une autre",
        "anonymous"),
]

ONE_OF_THEM = [
    # fires: « l'un d'eux » is one of the group said before it, with its complement
    row("Du côté des agents de la mairie, l'un d'eux affirme : « Le service est à bout. »",
        "Le service est à bout.", "l'un des agents de la mairie", "anonymous"),
    row("Les secouristes ont travaillé toute la nuit. L'un d'eux a déclaré : « Le bilan est "
        "lourd. »", "Le bilan est lourd.", "l'un des secouristes", "anonymous"),
    row("Le maire a reçu ses deux adjoints. L'un d'eux a affirmé que le pont était fragile.",
        "le pont était fragile", "l'un de ses deux adjoints", "anonymous"),
    # fires: the group's words end at a verb, and at a noun no « de » opens (a place, a day)
    row("Les enseignantes du lycée de Brive protestaient devant le rectorat lundi. L'une "
        "d'elles a affirmé que les classes étaient surchargées.",
        "les classes étaient surchargées", "l'une des enseignantes du lycée de Brive",
        "anonymous", "female"),
    row("Les gendarmes ont contrôlé une vingtaine de grévistes rue de Rivoli. L'un d'eux a "
        "affirmé que la grève continuerait.", "la grève continuerait", "l'un des grévistes",
        "anonymous"),
    # fires: the group is the noun phrase's head, the noun of people found its complement
    row("Le préfet a reçu les délégués des agriculteurs vendredi. L'un d'eux a déclaré que "
        "les prix baissaient encore.", "les prix baissaient encore",
        "l'un des délégués des agriculteurs", "anonymous"),
    row("Le juge a entendu les avocats des familles de victimes. L'un d'eux a estimé que le "
        "procès serait long.", "le procès serait long",
        "l'un des avocats des familles de victimes", "anonymous"),
    # fires: a capital that only opens the sentence is lower-cased
    row("Quatre agents de la mairie ont été entendus. L'un d'eux a affirmé que les comptes "
        "étaient faux.", "les comptes étaient faux", "l'un des quatre agents de la mairie",
        "anonymous"),
    # must not: a quantity is no head of the group (« des milliers de manifestants »)
    row("Les policiers ont encadré des milliers de manifestants. L'un d'eux a affirmé que la "
        "réforme passerait.", "la réforme passerait", "l'un des manifestants", "anonymous"),
    # must not: two groups coordinated, which one is not said
    row("Le juge a entendu les pompiers et les policiers. L'un d'eux a affirmé que le pont "
        "était fragile.", "le pont était fragile", "l'un d'eux", "anonymous"),
    # must not: a group in a side clause against the subject's, which one is not said
    row("Les pompiers ont éteint le feu, tandis que le préfet s'entretenait avec les élus. "
        "L'un d'eux a affirmé que le pont était fragile.", "le pont était fragile",
        "l'un d'eux", "anonymous"),
    # must not: a group inside the words said (« », " " or “ ”), or two sentences back
    row("« Les gendarmes sont venus. » Le maire est parti. L'un d'eux a affirmé que le pont "
        "était fragile.", "le pont était fragile", "l'un d'eux", "anonymous"),
    row('"Les policiers sont venus", a dit le maire. L\'un d\'eux a affirmé que le pont était '
        "fragile.", "le pont était fragile", "l'un d'eux", "anonymous"),
    row("“Les policiers sont venus”, a dit le maire. L'un d'eux a affirmé que le pont était "
        "fragile.", "le pont était fragile", "l'un d'eux", "anonymous"),
    # « elles » stands for a feminine group only, and « l'une » is a woman when the group's
    # noun shows it; not when the noun is feminine whoever it names (« les victimes »)
    row("Les infirmières du service sont épuisées. L'une d'elles a affirmé que les lits "
        "manquaient.", "les lits manquaient", "l'une des infirmières du service", "anonymous",
        "female"),
    row("Le sénateur a présenté ses deux collaboratrices. L'une d'elles a affirmé que le pont "
        "était fragile.", "le pont était fragile", "l'une de ses deux collaboratrices",
        "anonymous", "female"),
    row("Les victimes de l'accident ont été reçues à la mairie. L'une d'elles a affirmé que le "
        "carrefour était dangereux.", "le carrefour était dangereux",
        "l'une des victimes de l'accident", "anonymous"),
    row("Les secouristes sont arrivés. L'une d'elles a affirmé que le pont était fragile.",
        "le pont était fragile", "l'une d'elles", "anonymous"),
    # « eux » stands for no group the noun shows feminine only
    row("Les infirmières du service sont épuisées. L'un d'eux a affirmé que les lits "
        "manquaient.", "les lits manquaient", "l'un d'eux", "anonymous"),
]

UNNAMED = [
    # fires: a relative clause says which unnamed source speaks: part of the mention as written
    row("« Le suspect connaît le quartier », renchérit un gendarme qui suit le dossier, cité par "
        "la radio.", "Le suspect connaît le quartier", "un gendarme qui suit le dossier",
        "anonymous"),
    row("« Le site va fermer », a expliqué une salariée qui travaille sur la chaîne, devant "
        "l'usine.", "Le site va fermer", "une salariée qui travaille sur la chaîne",
        "anonymous", "female"),
    row("Selon des habitants qui vivent près du fleuve, l'eau est montée en une heure.",
        "l'eau est montée en une heure", "des habitants qui vivent près du fleuve", "anonymous"),
    # must not: a relative clause in a past tense tells what befell the source, not which it is
    row("« Le site va fermer », a expliqué un ancien salarié qui s'est reconverti dans le "
        "bâtiment.", "Le site va fermer", "un ancien salarié", "anonymous"),
    # must not: a relative clause after a name is no part of it
    row("« Le site va fermer », a expliqué Julie Marchand, une salariée qui travaille de nuit.",
        "Le site va fermer", "Julie Marchand", "person", "female"),
    # must not: a relative clause that reports speech is no part of the mention, and the words
    # it reports keep that speaker (a verb with an infinitive, a colon, marks in it)
    row("« Le maire mentait », assure un témoin qui affirme avoir vu les plans du lotissement.",
        "Le maire mentait", "un témoin", "anonymous"),
    row("« Le maire mentait », assure un témoin qui affirme avoir vu les plans du lotissement.",
        "avoir vu les plans du lotissement", "un témoin", "anonymous"),
    row("« Nous resterons jusqu'au bout », prévient un viticulteur qui ajoute : « La préfecture "
        "nous ignore. »", "Nous resterons jusqu'au bout", "un viticulteur", "anonymous"),
    row("« Nous resterons jusqu'au bout », prévient un viticulteur qui ajoute : « La préfecture "
        "nous ignore. »", "La préfecture nous ignore.", "un viticulteur", "anonymous"),
    row("« Le chantier sera fini en mai », promet un responsable du comité d'organisation qui se "
        "dit « serein ».", "Le chantier sera fini en mai",
        "un responsable du comité d'organisation", "anonymous"),
    # (the noun's complement left out of the short quote's speaker, as before the rule)
    row("« Le chantier sera fini en mai », promet un responsable du comité d'organisation qui se "
        "dit « serein ».", "serein", "un responsable", "anonymous"),
    # a second relative « et qui » is no part of the first
    row("« Les loyers flambent », déplore un commerçant qui tient un bar place Carnot et qui vit "
        "ici depuis trente ans.", "Les loyers flambent",
        "un commerçant qui tient un bar place Carnot", "anonymous"),
    # must not: a relative clause that says only that the source is unnamed is no part of it
    # (lexicon/anonymity.txt, a row each), after the cue, after « selon », before the cue
    row("« Le dossier est vide », confie un enquêteur qui souhaite rester anonyme.",
        "Le dossier est vide", "un enquêteur", "anonymous"),
    row("« Le dossier est vide », confient des enquêteurs qui souhaitent rester anonymes.",
        "Le dossier est vide", "des enquêteurs", "anonymous"),
    row("« Le dossier est vide », confie un enquêteur qui demande l'anonymat.",
        "Le dossier est vide", "un enquêteur", "anonymous"),
    row("« Le dossier est vide », confie une enquêtrice qui préfère taire son nom.",
        "Le dossier est vide", "une enquêtrice", "anonymous", "female"),
    row("« Le dossier est vide », confie une enquêtrice qui préfère garder l'anonymat.",
        "Le dossier est vide", "une enquêtrice", "anonymous", "female"),
    row("Selon un enquêteur qui souhaite rester anonyme, le dossier est vide.",
        "le dossier est vide", "un enquêteur", "anonymous"),
    row("Un enquêteur qui souhaite rester anonyme affirme que le dossier est vide.",
        "le dossier est vide", "un enquêteur", "anonymous"),
    # fires: after « selon », a short tail with a preposition is the source's, each of its
    # parts a conjunction opens read as one tail
    row("Selon des sources au sein du ministère et de la préfecture, le pont sera fermé lundi.",
        "le pont sera fermé lundi", "des sources au sein du ministère et de la préfecture",
        "anonymous"),
    row("Selon des témoins sur place et à la mairie, le pont sera fermé lundi.",
        "le pont sera fermé lundi", "des témoins sur place et à la mairie", "anonymous"),
    # must not: a tail the conjunction itself opens is the claim's, not the source's
    row("Selon la fédération et pour la deuxième année, les ventes ont reculé dans le secteur.",
        "et pour la deuxième année, les ventes ont reculé dans le secteur", "fédération",
        "organization"),
    # must not: a part longer than a short tail stays out of the source
    row("Selon des sources au sein du ministère et de la commission d'enquête parlementaire sur "
        "l'eau, le pont sera fermé lundi.", "au sein du ministère et de la commission d'enquête "
        "parlementaire sur l'eau, le pont sera fermé lundi", "des sources", "anonymous"),
    # fires: « de nombreux », « de nombreuses » open an unnamed source, as « plusieurs » does;
    # an adjective set off by commas with its complement is no part of it
    row("De nombreux élus ont affirmé que la fermeture était une erreur.",
        "la fermeture était une erreur", "de nombreux élus", "anonymous"),
    row("De nombreuses habitantes ont affirmé que la route était dangereuse.",
        "la route était dangereuse", "de nombreuses habitantes", "anonymous"),
    row("De nombreux maires, issus de toute la région, ont appelé l'État à revoir sa copie.",
        "revoir sa copie", "de nombreux maires", "anonymous"),
    row("Plusieurs syndicalistes, proches de la direction, ont affirmé que le site fermerait.",
        "le site fermerait", "plusieurs syndicalistes", "anonymous"),
    # must not: an adjective right after the noun, no comma before it, stays in the mention
    row("Plusieurs élus locaux ont affirmé que la fermeture était une erreur.",
        "la fermeture était une erreur", "plusieurs élus locaux", "anonymous"),
    # fires: « dont certains » is some of the people the relative « dont » stands for
    row("La fermeture a suscité la colère des élus de la région, dont certains ont exhorté "
        "l'État à intervenir.", "intervenir", "certains des élus de la région", "anonymous"),
    row("Le projet a divisé les habitants du quartier, dont plusieurs ont affirmé que le pont "
        "était fragile.", "le pont était fragile", "plusieurs des habitants du quartier",
        "anonymous"),
    # must not: « dont » on a noun of things names no group of people
    row("Le ministre a annoncé des mesures, dont certaines ont été jugées « injustes » par le "
        "député Luc Blanc.", "injustes", "Luc Blanc", "person", "male"),
]

GLUED = [
    # fires: the agency is who the words were given to, the person who said them
    row("« Nous fermons », a confié à l'Agence France-Presse Julie Marchand, directrice du "
        "site.", "Nous fermons", "Julie Marchand", "person", "female"),
    row("« Nous ouvrons un second atelier », a expliqué à l'Agence France-Presse Laurent "
        "Morvan, fondateur de la coopérative Vantor. « Les embauches commencent en mars », "
        "a-t-il ajouté.", "Les embauches commencent en mars", "Laurent Morvan", "person",
        "male"),
    # must not: a listed outlet the recogniser kept apart, and the agency speaking itself
    row("« Nous restons », a dit à Reuters Julie Marchand.", "Nous restons", "Julie Marchand",
        "person", "female"),
    row("« La dépêche est partie », a indiqué l'Agence France-Presse.", "La dépêche est partie",
        "Agence France-Presse", "organization"),
]

PROPER = [
    # fires: adjectives, a complement of kind, then the name
    row("Trois ouvriers étaient originaires du Pérou, selon le site local d'information The "
        "Vernac Herald.", "Trois ouvriers étaient originaires du Pérou", "The Vernac Herald",
        "organization"),
    row("Le bilan est lourd, a rapporté la chaîne publique de télévision Vernac TV.",
        "Le bilan est lourd", "Vernac TV", "organization"),
    # holds: a complement of kind right after the noun, as before
    row("Le bilan est lourd, selon l'agence régionale de presse Info Sud.",
        "Le bilan est lourd", "Info Sud", "organization"),
    # must not: a place after the complement of kind says where the body acts, no name
    row("« La mortalité baisse », selon l'observatoire régional de santé Bretagne.",
        "La mortalité baisse", "observatoire régional de santé Bretagne", "organization"),
    row("« La mortalité baisse », a indiqué la direction régionale de santé Bretagne.",
        "La mortalité baisse", "direction régionale de santé Bretagne", "organization"),
    # must not: a complement with its article is the body's, no name after it
    row("Le bilan est lourd, selon le ministère français de la Santé.", "Le bilan est lourd",
        "ministère français de la Santé", "organization"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind", "gender"),
                         ELLIPTIC + ONE_OF_THEM + UNNAMED + GLUED + PROPER)
def test_the_speaker_as_the_article_names_it(nlp, text, quote, speaker, kind, gender):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.kind, sp.gender) == (speaker, kind, gender)


def test_every_anonymity_entry_has_a_row():
    from quotes.lexicon import words

    texts = " ".join(p.values[0].lower() for p in UNNAMED)
    assert all(f" {entry}" in texts.replace("l'", "l' ") for entry in words("anonymity"))


def test_an_outlet_before_no_first_name_is_left_whole(nlp):
    """``_person_after_outlet`` cuts an entity only where a first name of the lexicon starts
    after a listed outlet: « Agence France-Presse Julie Marchand » before « Julie »; « Agence
    France-Presse Europe Nord » nowhere (no person in it), nor « Banque Vantor Julie Marchand »
    (no outlet before her)."""
    for words, cut in (("Agence France-Presse Julie Marchand", "Julie"),
                       ("Agence France-Presse Europe Nord", None),
                       ("Banque Vantor Julie Marchand", None)):
        doc = nlp.make_doc(f"à l'{words} .")
        ent = Span(doc, 2, len(doc) - 1, label="ORG")  # the words after « l' », as glued
        at = _person_after_outlet(ent)
        assert (doc[at].text if at is not None else None) == cut
