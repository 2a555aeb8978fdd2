"""Who speaks, read from the sentence's syntax and the article's sources and cast: an agent only
after a passive, a sentence after an ellipsis, a definite description of a source named before,
each name's share of a plural title, a generic noun that stands for a function, a
description that announces no one once someone else is quoted after it, and marks reopened
after a cue that have a cue of their own.

Each row: text, the words said, then the speaker, role and gender the quote must show.
"""

import pytest
from conftest import quote_said

ROWS = [
    # « par » after an active verb is a means or a locution, no agent who speaks
    pytest.param(
        "Le sénateur Paul Morel a quitté la salle, expliquant par la même occasion que le "
        "texte était mal rédigé.",
        "le texte était mal rédigé", "Paul Morel", "sénateur", "male", id="par-after-a-gerund"),
    pytest.param(
        "La ministre Anne Roy a répondu par écrit que la réforme serait maintenue.",
        "la réforme serait maintenue", "Anne Roy", "ministre", "female",
        id="par-after-a-compound-active-tense"),
    # must still hold: the agent of a passive is the one who said it
    pytest.param(
        "Le maire a été informé par des sources policières que le suspect avait fui.",
        "le suspect avait fui", "des sources policières", None, None, id="agent-of-a-passive"),
    # an ellipsis before a capitalised adverb ends the sentence: no subject from before it
    pytest.param(
        "Plusieurs actions ont fait débat, comme ce plaquage non sanctionné sur l'ailier... "
        "Logiquement questionné au sujet de l'arbitrage, le capitaine Paul Martin a été net : "
        "« Il y a des fautes évidentes qui n'ont pas été sifflées. »",
        "Il y a des fautes évidentes qui n'ont pas été sifflées.", "Paul Martin", "capitaine",
        "male", id="a-sentence-after-an-ellipsis"),
    # « le porte-parole » after « un porte-parole de … »: the source named before, no one of
    # the cast guessed (a brand's name is no one either)
    pytest.param(
        "La banque va fermer trois agences, a déclaré un porte-parole de l'établissement. "
        "Rien n'est décidé pour les salariés, a ajouté le porte-parole.",
        "Rien n'est décidé pour les salariés", "un porte-parole de l'établissement", None, None,
        id="the-same-noun-as-the-source"),
    pytest.param(
        "Le stock de café Moka sera vendu, a indiqué un porte-parole de l'enseigne. Aucun "
        "magasin ne fermera, a ajouté le porte-parole.",
        "Aucun magasin ne fermera", "un porte-parole de l'enseigne", None, None,
        id="the-source-over-a-brand-read-as-a-name"),
    # another noun right after the source, no one named since: the same source; its feminine
    # form shows her gender
    pytest.param(
        "Les magasins fermeront à midi, a annoncé une porte-parole de l'enseigne. Les employés "
        "seront payés, a précisé la représentante.",
        "Les employés seront payés", "une porte-parole de l'enseigne", None, "female",
        id="another-noun-right-after-the-source"),
    # a finding quoted before is no person: « le ministre » after « selon l'enquête » is no one
    pytest.param(
        "Le camion roulait trop vite, selon l'enquête. « Des sanctions suivront », a déclaré "
        "le ministre.",
        "Des sanctions suivront", None, "ministre", None, id="no-finding-for-a-description"),
    # « les ministres du X et de la Y, A et B »: each their own
    pytest.param(
        "Jeudi, les ministres du Travail et de la Santé, Anne Roy et Paul Morel, ont dénoncé la "
        "décision. « C'est une faute », a déclaré Paul Morel. « Nous ferons appel », a ajouté "
        "Anne Roy.",
        "C'est une faute", "Paul Morel", "ministre de la Santé", "male", id="shared-title-second"),
    pytest.param(
        "Jeudi, les ministres du Travail et de la Santé, Anne Roy et Paul Morel, ont dénoncé la "
        "décision. « C'est une faute », a déclaré Paul Morel. « Nous ferons appel », a ajouté "
        "Anne Roy.",
        "Nous ferons appel", "Anne Roy", "ministre du Travail", "female", id="shared-title-first"),
    # must not fire: a kinship description is no role, whatever its complements
    pytest.param(
        "Les parents de la victime, Marc Roux et Léa Roux, ont porté plainte. « Nous voulons la "
        "vérité », a déclaré Marc Roux.",
        "Nous voulons la vérité", "Marc Roux", None, "male", id="kin-no-role"),
    # « le dirigeant du fabricant de jouets » names no body: it stands for his function
    pytest.param(
        "Paul Morel, président de Valtor, s'est exprimé devant les députés. Le dirigeant du "
        "fabricant de jouets a justifié les fermetures. « Les coûts ont doublé », a-t-il dit.",
        "Les coûts ont doublé", "Paul Morel", "président de Valtor", "male",
        id="a-generic-noun-with-a-periphrasis"),
    # « le ministre » speaks of Roux, quoted right after it: it announces no one named later
    pytest.param(
        "Paul Roux a confirmé son départ, deux jours après que le gouvernement a refusé de voir "
        "le ministre de la Culture quitter son poste. « Je pars », a déclaré M. Roux. Le chef "
        "de l'État « attend les propositions du gouvernement » de Paul Morel, a indiqué "
        "l'Élysée. Interrogé, Paul Morel a déclaré : « Chaque ministre doit se consacrer à sa "
        "tâche. »",
        "Chaque ministre doit se consacrer à sa tâche.", "Paul Morel", None, "male",
        id="no-announcement-past-another-speaker"),
    # « « A », a écrit X, « B », a ajouté Y »: the marks reopened after X's cue have a cue of
    # their own, so they are Y's
    pytest.param(
        "« Je pense fort à toi », a écrit Anne Roy, « Elle vivra dans nos cœurs », a ajouté "
        "Paul Morel.",
        "Elle vivra dans nos cœurs", "Paul Morel", None, "male", id="reopened-marks-own-cue"),
    # must not fire: a present participle after them reports what follows it, not the marks
    pytest.param(
        "« Je pense fort à toi », a écrit Anne Roy, « Elle vivra dans nos cœurs », ajoutant "
        "qu'elle viendrait.",
        "Elle vivra dans nos cœurs", "Anne Roy", None, "female", id="reopened-marks-participle"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_speaker_role_and_gender(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
