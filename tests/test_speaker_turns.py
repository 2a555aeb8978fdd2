"""Who takes the turn after another speaker: an incise verb of turn-taking in the present,
which the model may tag as a noun (« embraye X », « tacle X »: lexicon/reporting_verbs.tsv); a
speech pronoun after a body named only as the subject of a relative clause inside another
noun's phrase (« L'annonce, dont l'exécutif rejetait l'idée, … ») stands for the person of its
gender who spoke before (``anaphora.in_relative``), while a body in its sentence's main clause,
the only one who agrees, or one whose clause hangs on an unnamed body (« Le groupe, dont … »)
keeps it; an unnamed source whose noun says a sex (« une autre mère
de famille ») agrees with the pronoun of that sex; « la comédienne » is the one given as
« actrice » (lexicon/role_kinds.tsv). A purpose clause after a verb that reports marks only
(« a embrayé, pour reprocher à X de « … » ») is why it was said, not what: the verb in it
reports; one whose verb reports nothing (« a répondu, pour couper court, « … » ») leaves the
words to the verb before it.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, kind, role, gender)
TURN_VERBS = [
    # fire: a present-tense incise verb of turn-taking the model tags as a noun
    ("« Un maire ne peut pas dire ça », embraye Laure Vasseur, porte-parole du parti bleu.",
     "Un maire ne peut pas dire ça", "Laure Vasseur", "person", "porte-parole du parti bleu",
     "female"),
    ("« Un maire ne peut pas dire ça », embraie Laure Vasseur, porte-parole du parti bleu.",
     "Un maire ne peut pas dire ça", "Laure Vasseur", "person", "porte-parole du parti bleu",
     "female"),
    ("« Ce plan ne tient pas debout », tacle Hugo Benard, député de la Creuse.",
     "Ce plan ne tient pas debout", "Hugo Benard", "person", "député de la Creuse", "male"),
]

# (text, words said, cue, speaker)
PURPOSE = [
    # fire: a purpose clause after a verb of marks only is why, not what: its own verb reports,
    # the cue with its « pour » (GUIDELINES, cues settled on the forty-seventh batch)
    ("Puis Marc Leroy a embrayé, pour reprocher à la ministre de « s'être mise en mauvaise "
     "posture » devant les élus.", "« s'être mise en mauvaise posture » devant les élus",
     "pour reprocher", "Marc Leroy"),
    # must not: a purpose clause whose verb reports nothing leaves the words to the cue before it
    ("« Rien n'est décidé », a dit la porte-parole Marie Roux.\n\nInterrogé sur Radio Vaudrey, "
     "le ministre a répondu pour couper court « je ne suis candidat à rien ».",
     "je ne suis candidat à rien", "a répondu", None),
    ("« Rien n'est décidé », a dit la porte-parole Marie Roux.\n\nInterrogé sur Radio Vaudrey, "
     "le ministre a répondu, pour couper court aux rumeurs, « je ne suis candidat à rien ».",
     "je ne suis candidat à rien", "a répondu", None),
    ("« Rien n'est décidé », a dit la porte-parole Marie Roux.\n\nInterrogé sur Radio Vaudrey, "
     "le ministre a ajouté, pour finir, « je ne suis candidat à rien ».",
     "je ne suis candidat à rien", "a ajouté", None),
    # must not: a colon after the purpose clause introduces the words
    ("Le maire Paul Roux a lancé, pour rassurer les élus : « Nous tiendrons les délais ».",
     "Nous tiendrons les délais", "a lancé", "Paul Roux"),
]

RELATIVE_BODY = [
    # fire: « il » passes over the body named in a relative clause to the man who spoke
    ("Paul Morel a confirmé lundi devant les députés le choix du gouvernement d'un gel des "
     "loyers, ont rapporté des participants.\n\n« Il faut calmer la situation », a expliqué le "
     "Premier ministre.\n\n« Le gel ne remettra pas en cause les travaux prévus », a plaidé le "
     "chef du gouvernement.\n\nL'annonce de ce recul, dont l'exécutif rejetait jusqu'à présent "
     "l'hypothèse, intervient après deux semaines de manifestations dans le pays.\n\n« Il faut "
     "donner aux habitants une raison d'espérer », a-t-il justifié.",
     "Il faut donner aux habitants une raison d'espérer", "Paul Morel", "person",
     "chef du gouvernement", "male"),
    # fire: the relative clause hangs on a body's name: the pronoun passes to that body
    ("« Les salariés sont épuisés », a expliqué le délégué syndical Karim Benali.\n\nLe groupe "
     "Vernal, dont le conseil d'administration se réunit jeudi, a confirmé le plan.\n\n« Nous "
     "assumons ce choix difficile », a-t-il déclaré.",
     "Nous assumons ce choix difficile", "Vernal", "organization", None, None),
    # must not: the clause hangs on an unnamed body (« Le groupe »), which may be the one who
    # speaks: no passing over to the man before
    ("« Les salariés sont épuisés », a expliqué le délégué syndical Karim Benali.\n\nLe groupe, "
     "dont le conseil d'administration se réunit jeudi, a confirmé le plan.\n\n« Nous assumons "
     "ce choix difficile », a-t-il déclaré.",
     "Nous assumons ce choix difficile", "conseil d'administration", "organization", None, None),
    # must not: no person named before: the body in the relative clause is the one who agrees
    ("L'annonce du plan, dont le syndicat rejetait jusqu'ici l'idée, intervient après deux "
     "semaines de grève. « Nous ne signerons rien », a-t-il ajouté.",
     "Nous ne signerons rien", "syndicat", "organization", None, None),
    # must not: the body is the subject of the main clause: it keeps the turn
    ("« Nous viendrons », a dit Paul Morel, maire de Valbourg. Le syndicat des agents a dénoncé "
     "la réforme. « C'est inacceptable », a-t-il ajouté.",
     "C'est inacceptable", "syndicat des agents", "organization", None, None),
    # must not: the one who spoke before is a woman: agreement leaves « il » to the body
    ("« Nous viendrons », a dit Claire Morel, maire de Valbourg. L'annonce du plan, dont le "
     "syndicat rejetait jusqu'ici l'idée, intervient après deux semaines de grève. « Nous ne "
     "signerons rien », a-t-il ajouté.",
     "Nous ne signerons rien", "syndicat", "organization", None, None),
]

SEXED_SOURCE = [
    # fire: « elle » is the mother quoted last, not the police named before her
    ("La police de Valbourg a ouvert une enquête sur l'accident. « J'ai aidé à sortir les "
     "enfants », a confié un père de famille. « C'est la classe des plus grands qui a été "
     "touchée », raconte une autre mère de famille. « Beaucoup de parents sont en panique », "
     "poursuit-elle.",
     "Beaucoup de parents sont en panique", "une autre mère de famille", "anonymous", None,
     "female"),
    # fire: a description after a sexed source (« une mère », its noun accented) is hers
    ("« Nous avons eu très peur », raconte une mère présente sur place. « C'était terrible », "
     "ajoute ce témoin.",
     "C'était terrible", "une mère présente", "anonymous", None, "female"),
    # must not: no source of that sex: the father's words leave « elle » to the police
    ("La police de Valbourg a ouvert une enquête sur l'accident. « J'ai aidé à sortir les "
     "enfants », a confié un père de famille. « Une équipe est sur place », poursuit-elle.",
     "Une équipe est sur place", "police de Valbourg", "organization", None, None),
]

DESCRIBED = [
    # fire: « la comédienne de 51 ans » is the actress who spoke, not the prize she is given;
    # her function, the age dropped, is the role closest before the quote (GUIDELINES « Ages »)
    ("Son discours était attendu. L'actrice Lise Armand s'est exprimée vendredi sur la scène "
     "des César.\n\n« Le silence a trop duré », a déclaré Lise Armand lors de la cérémonie "
     "des César.\n\n« Il faut se méfier des petites filles, elles se blessent mais elles "
     "rebondissent », a scandé la comédienne de 51 ans.\n\n« Je parle, mais je ne vous "
     "entends pas », regrette-t-elle.",
     "Je parle, mais je ne vous entends pas", "Lise Armand", "person", "comédienne", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender"),
                         TURN_VERBS + RELATIVE_BODY + SEXED_SOURCE + DESCRIBED)
def test_who_takes_the_turn(nlp, text, said, speaker, kind, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.kind, who.role, who.gender) == (speaker, kind, role, gender)


@pytest.mark.parametrize(("text", "said", "cue", "speaker"), PURPOSE)
def test_a_purpose_clause_is_no_object(nlp, text, said, cue, speaker):
    q = quote_said(nlp, text, said)
    assert (q.cue.text if q.cue else None, q.speaker.name) == (cue, speaker)
