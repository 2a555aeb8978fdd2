"""A body said by its kind alone (« la préfecture », « le parquet », « la mairie », « le
ministère ») is the body of that kind the article showed speaking or acting, its place kept,
not one the article named in passing (« parti de la préfecture de Lyon »); of several that
acted, the one named last; with none that acted, the one named last, as before. A body whose
name holds the kind (« le Service de police de Vernac ») is what a later « la police » names.
A mention that names its body itself (« l'agence régionale de santé de Bretagne ») is not the
organisation named just before it, an outlet the words were given to. A text named again
(« précise le communiqué ») is the body's that spoke in it, an addressee (« à l'AFP ») between
the verb and that body. Sentences written for these tests, with invented names."""

import pytest
from conftest import quote_said


def row(text, quote, speaker, kind="organization"):
    return pytest.param(text, quote, speaker, kind)


ACTING = [
    # fires: the préfecture that spoke, not the one the minister left
    row("L'incendie a fait trois morts, a annoncé la préfecture du Cantal. Le ministre est "
        "parti de la préfecture de Lyon pour se rendre sur place. Deux pompiers ont été "
        "blessés, a signalé la préfecture.", "Deux pompiers ont été blessés",
        "préfecture du Cantal"),
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
    row("Le ministre est parti de la préfecture de Lyon. Deux pompiers ont été blessés, a "
        "signalé la préfecture.", "Deux pompiers ont été blessés", "préfecture de Lyon"),
    # must not: a body named in full is itself, whatever acted before
    row("La préfecture du Cantal a confirmé le bilan. Le ministre a quitté la préfecture de "
        "Lyon. « Le préfet arrive », a indiqué la préfecture de Lyon.", "Le préfet arrive",
        "préfecture de Lyon"),
]

FIELDS = [
    # fires: « la police » is the service the article named with « police » in its name
    row("Un autobus a percuté une garderie, selon le Service de police de Vernac. La police a "
        "indiqué que deux enfants étaient blessés.", "deux enfants étaient blessés",
        "Service de police de Vernac"),
    # must not: a word between (« le syndicat de la police »), no body of that field
    row("Le syndicat de la police de Vernac a manifesté. La police a indiqué que deux enfants "
        "étaient blessés.", "deux enfants étaient blessés", "police de Vernac"),
    # must not: a role before « de police » names no body
    row("Le préfet de police a visité le quartier. « Tout est calme », a dit la police de "
        "Vernac. La police a indiqué que deux enfants étaient blessés.",
        "deux enfants étaient blessés", "police de Vernac"),
]

NAMED_ITSELF = [
    # fires: the agency the mention names, not the radio it spoke to
    row("« Aucun autre cas n'a été identifié », a indiqué à Radio Vernac l'agence régionale de "
        "santé de Bretagne.", "Aucun autre cas n'a été identifié",
        "agence régionale de santé de Bretagne"),
    # must not: a bare « l'institut » is still the body named just before
    row("L'Insee a publié ses chiffres. « Le chômage baisse », a indiqué l'institut.",
        "Le chômage baisse", "Insee"),
]

TEXTS = [
    # fires: « à l'AFP » between the verb and the ministry that spoke in the communiqué
    row("« Un premier cas a été détecté », indique à l'AFP le ministère de la Santé dans un "
        "communiqué. « La personne n'a pas voyagé », précise le communiqué.",
        "La personne n'a pas voyagé", "ministère de la Santé"),
    # holds: « au » and a paper before the mairie, the communiqué still the mairie's
    row("« Nous restons ouverts », a confié au Courrier de Vernac la mairie dans un "
        "communiqué. « Les horaires changent », a ajouté le communiqué.",
        "Les horaires changent", "mairie"),
    # must not: with no addressee, as before
    row("« Un premier cas a été détecté », indique le ministère de la Santé dans un "
        "communiqué. « La personne n'a pas voyagé », précise le communiqué.",
        "La personne n'a pas voyagé", "ministère de la Santé"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"),
                         ACTING + FIELDS + NAMED_ITSELF + TEXTS)
def test_the_body_a_kind_or_a_text_stands_for(nlp, text, quote, speaker, kind):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (speaker, kind)
