"""A body said by its kind alone (« la préfecture », « le parquet », « la mairie », « le
ministère ») is the body of that kind the article showed speaking or acting, its place kept,
not one the article named in passing (« stationné devant la préfecture de Guéret »); of several
that acted, the one named last; with none that acted, the one named last, as before. A body
the mention's own paragraph names comes before one that acted paragraphs above (another
story); a paragraph that names none reaches back. Acting is a subject (not a passive one),
an agent, the source of « selon » or « d'après », or the subject a verb of saying inverts.
A body whose name holds the kind (« le Service de police de Vernac ») is what a later « la
police » names; a school « de police » holds none. A mention that names its body itself
(« l'agence régionale de santé de Normandie ») is not the organisation named just before it,
an outlet a verb of saying gave the words to. A text named again (« souligne le
communiqué ») is the body's that spoke in it, an addressee (« au Parisien ») between the verb
and that body. Sentences written for these tests, with invented names."""

import pytest
from conftest import quote_said


def row(text, quote, speaker, kind="organization"):
    return pytest.param(text, quote, speaker, kind)


ACTING = [
    # fires: the préfecture that spoke, not the one a coach stopped in front of
    row("Les digues ont tenu, a assuré la préfecture de la Creuse. Le car des secours a "
        "stationné devant la préfecture de Guéret. « Trois familles sont relogées », a ajouté "
        "la préfecture.", "Trois familles sont relogées", "préfecture de la Creuse"),
    row("La préfecture du Cantal a confirmé le bilan. Le ministre a quitté la préfecture de "
        "Lyon dans la nuit. Le feu est éteint, selon la préfecture.", "Le feu est éteint",
        "préfecture du Cantal"),
    # fires: a mairie that spoke, over one where the prefect was received
    row("La mairie de Vernac a confirmé la fermeture. Le préfet a été reçu à la mairie de "
        "Montclar. « Nous rouvrirons lundi », a indiqué la mairie.", "Nous rouvrirons lundi",
        "mairie de Vernac"),
    # fires: a parquet that opened an inquiry, not the one a lawyer wrote to
    row("Le parquet de Dijon a ouvert une enquête. L'avocat a écrit au parquet de Lyon. « Rien "
        "n'est exclu », a déclaré le parquet.", "Rien n'est exclu", "parquet de Dijon"),
    # fires: a ministry that published, not the one a union marched to
    row("Le ministère de la Santé a publié un avis. Le syndicat a manifesté devant le "
        "ministère de l'Intérieur. Selon le ministère, le risque reste faible.",
        "le risque reste faible", "ministère de la Santé"),
    # fires: « selon » and an agent of a passive make a body one that acted
    row("Le bilan a été confirmé par la préfecture de l'Ain. Le convoi est arrivé devant la "
        "préfecture de Bourg. « Les routes sont rouvertes », a précisé la préfecture.",
        "Les routes sont rouvertes", "préfecture de l'Ain"),
    # must not: two that acted, the one named last
    row("La mairie de Vernac a confirmé la fermeture. La mairie de Montclar a annoncé des "
        "travaux. « Nous rouvrirons lundi », a indiqué la mairie.", "Nous rouvrirons lundi",
        "mairie de Montclar"),
    # must not: none that acted, the one named last, as before
    row("Le car des secours a stationné devant la préfecture de Guéret. « Trois familles sont "
        "relogées », a ajouté la préfecture.", "Trois familles sont relogées",
        "préfecture de Guéret"),
    # fires: « selon » and « d'après » make a body one that spoke, over one written to
    row("Selon le parquet de Lorient, le suspect a avoué. Son avocat a écrit au parquet de "
        "Rennes. « Il sera présenté à un juge », a déclaré le parquet.",
        "Il sera présenté à un juge", "parquet de Lorient"),
    row("D'après le parquet de Lorient, le suspect a avoué. Son avocat a écrit au parquet de "
        "Rennes. « Il sera présenté à un juge », a déclaré le parquet.",
        "Il sera présenté à un juge", "parquet de Lorient"),
    # must not: a bare « après » of time or place is no source
    row("Le parquet de Montclar a ouvert une information judiciaire. Le cortège s'est dispersé "
        "après le parquet de Vernac. « L'enquête continue », a déclaré le parquet.",
        "L'enquête continue", "parquet de Montclar"),
    # must not: the object of a verb of saying with its own subject is criticised, no speaker
    row("Le parquet de Dijon a ouvert une enquête. L'avocat a critiqué le parquet de Lyon. "
        "« Rien n'est exclu », a déclaré le parquet.", "Rien n'est exclu", "parquet de Dijon"),
    # must not: nor the object of a verb that says nothing (« venu visiter »)
    row("La mairie de Vernac a confirmé la fermeture. Le préfet est venu visiter la mairie de "
        "Montclar. « Nous rouvrirons lundi », a indiqué la mairie.", "Nous rouvrirons lundi",
        "mairie de Vernac"),
    # must not: nor the object of a verb coordinated under another, whose subject is the first's
    row("La mairie de Vernac a fermé le gymnase. Le maire est arrivé vers 9 heures et a "
        "critiqué la mairie de Montclar. « Le gymnase rouvrira lundi », a précisé la mairie.",
        "Le gymnase rouvrira lundi", "mairie de Vernac"),
    # must not: a passive subject is a body something was done to
    row("« Le feu est maîtrisé », a annoncé la préfecture de la Drôme. Dans la soirée, la "
        "préfecture de Valence a été évacuée par précaution. « Aucune victime n'est à "
        "déplorer », a précisé la préfecture.", "Aucune victime n'est à déplorer",
        "préfecture de la Drôme"),
    # must not: a body that acted in another story, paragraphs above, is not this one
    row("Le ministère de l'Agriculture a annoncé mardi une aide pour les éleveurs. Les "
        "syndicats ont salué la mesure.\n\nDans un autre dossier, des agriculteurs ont "
        "déversé du fumier devant le ministère de la Transition écologique. « Ces actions sont "
        "inacceptables », a réagi le ministère.", "Ces actions sont inacceptables",
        "ministère de la Transition écologique"),
    # fires: a paragraph that names no body of the kind reaches back to the one that acted
    row("Le pont a cédé dans la nuit, a annoncé la préfecture de l'Aude.\n\nLe ministre a "
        "décollé de la préfecture de Toulouse vers 8 heures.\n\nLes recherches continuent, "
        "selon un porte-parole de la préfecture. Trois voitures sont tombées dans la rivière, a "
        "indiqué la préfecture.", "Trois voitures sont tombées dans la rivière",
        "préfecture de l'Aude"),
    # must not: a body named in full is itself, whatever acted before
    row("La préfecture du Cantal a confirmé le bilan. Le ministre a quitté la préfecture de "
        "Lyon. « Le préfet arrive », a indiqué la préfecture de Lyon.", "Le préfet arrive",
        "préfecture de Lyon"),
]

FIELDS = [
    # fires: « la police » is the service the article named with « police » in its name
    row("Le Service de police de Vernac a ouvert une enquête sur les vols de vélos. Selon la "
        "police, douze plaintes ont été déposées.", "douze plaintes ont été déposées",
        "Service de police de Vernac"),
    # fires: the same when the service did nothing, named in passing (it stands for its
    # complement « police de Vernac », in text order)
    row("Un camion a percuté la façade du Service de police de Vernac. La police a indiqué que "
        "le chauffeur était blessé.", "le chauffeur était blessé", "Service de police de Vernac"),
    # must not: a school « de police » holds no police, nor names one
    row("Le ministre a inauguré l'école de police de Montclar. La police a indiqué que deux "
        "suspects avaient été interpellés.", "deux suspects avaient été interpellés", "police"),
    # must not: a body of the field with no « de » before the field noun
    row("Le maire a rencontré la police de Vernac lundi. Au commissariat, police et pompiers "
        "ont fait le point. La police a indiqué que deux rues étaient fermées.",
        "deux rues étaient fermées", "police de Vernac"),
    # must not: a word between (« le syndicat de la police »), no body of that field
    row("Le syndicat de la police de Vernac a manifesté. La police a indiqué que deux enfants "
        "étaient blessés.", "deux enfants étaient blessés", "police de Vernac"),
    # must not: a role before « de police » names no body
    row("Le préfet de police a visité le quartier. « Tout est calme », a dit la police de "
        "Vernac. La police a indiqué que deux enfants étaient blessés.",
        "deux enfants étaient blessés", "police de Vernac"),
]

NAMED_ITSELF = [
    # fires: the agency the mention names, not the radio it spoke to (« à », « auprès de »)
    row("« Les lits sont tous occupés », a précisé à Radio Montclar l'agence régionale de santé "
        "de Normandie.", "Les lits sont tous occupés", "agence régionale de santé de Normandie"),
    row("« Les lits sont tous occupés », a indiqué auprès de Radio Montclar l'agence régionale "
        "de santé de Normandie.", "Les lits sont tous occupés",
        "agence régionale de santé de Normandie"),
    # must not: one a visit was paid to is no addressee of words
    row("Le ministre a rendu visite à l'Insee lundi. « Le chômage baisse », a indiqué "
        "l'institut.", "Le chômage baisse", "Insee"),
    # fires across a sentence end: the agency that spoke to the radio, named again
    row("« Le virus circule », a précisé à Radio Montclar l'agence régionale de santé de "
        "Normandie. « Les cas augmentent », a ajouté l'agence régionale de santé.",
        "Les cas augmentent", "agence régionale de santé de Normandie"),
    row("« Le virus circule », a précisé à Radio Montclar l'agence régionale de santé de "
        "Normandie. « Les cas augmentent », a ajouté l'agence.",
        "Les cas augmentent", "agence régionale de santé de Normandie"),
    # must not: nor one a verb that says nothing leads to, in the same sentence
    row("Le ministre est arrivé à l'Insee quand l'institut a indiqué que le chômage baissait.",
        "le chômage baissait", "Insee"),
    # must not: one written to in a sentence before may be the one answering
    row("Le Medef a écrit à la CGT jeudi. « Nous refusons cette réforme », a répondu "
        "l'organisation.", "Nous refusons cette réforme", "CGT"),
    # must not: an addressee after a time word or commas is still skipped, the body kept
    row("L'Insee a publié ses chiffres mardi. « Le chômage baisse », a indiqué jeudi à l'AFP "
        "l'institut.", "Le chômage baisse", "Insee"),
    row("L'Insee a publié ses chiffres mardi. « Le chômage baisse », a déclaré, à l'AFP, "
        "l'institut.", "Le chômage baisse", "Insee"),
    # must not: a bare « l'institut » is still the body named just before
    row("L'Insee a publié ses chiffres. « Le chômage baisse », a indiqué l'institut.",
        "Le chômage baisse", "Insee"),
    # a heading naming in capitals what the mention's own complement names is not the body
    # that speaks: the mention's words are
    row("PRIX GONCOURT - Le jury a choisi jeudi un roman de Marie Lenoir.\n\n« Notre lauréate "
        "était en voyage », raconte l'organisation du prix Goncourt via son compte.",
        "Notre lauréate était en voyage", "organisation du prix Goncourt"),
    # must not: a bare « l'organisation » is still the name in capitals before it
    row("PRIX GONCOURT - Le jury a choisi jeudi un roman de Marie Lenoir.\n\n« Notre lauréate "
        "était en voyage », raconte l'organisation.",
        "Notre lauréate était en voyage", "PRIX GONCOURT"),
]

TEXTS = [
    # fires: « au Parisien » between the verb and the ministry that spoke in the communiqué
    row("« Les musées rouvriront samedi », a annoncé au Parisien le ministère de la Culture "
        "dans un communiqué. « Les horaires restent les mêmes », souligne le communiqué.",
        "Les horaires restent les mêmes", "ministère de la Culture"),
    # holds: « au » and a paper before the mairie, the communiqué still the mairie's
    row("« Nous restons ouverts », a confié au Courrier de Vernac la mairie dans un "
        "communiqué. « Les horaires changent », a ajouté le communiqué.",
        "Les horaires changent", "mairie"),
    # must not: with no addressee, as before
    row("« Les musées rouvriront samedi », a annoncé le ministère de la Culture dans un "
        "communiqué. « Les horaires restent les mêmes », souligne le communiqué.",
        "Les horaires restent les mêmes", "ministère de la Culture"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"),
                         ACTING + FIELDS + NAMED_ITSELF + TEXTS)
def test_the_body_a_kind_or_a_text_stands_for(nlp, text, quote, speaker, kind):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (speaker, kind)
