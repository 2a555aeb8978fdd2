"""What a speaker's name is and where it ends, on made-up sentences with invented names: an elided
word closing a mention opens the words after it (« selon les élus s'exprimer … »:
quotes/attribute/mentions.py); a name a comma and a role noun follow after an outlet's noun or a
body spoken to is the role holder's, not the body's (« au quotidien Marc Dellori, procureur de
Brioude »), a body that speaks keeps it (quotes/attribute/held_names.py); a body's name after its
kind, that kind's adjectives (after a bare complement or right after the noun: « le média croate
| ZagrebWire »), or a particle of another language (« la chaîne de télévision qatarie | al Nour
»: quotes/attribute/mention_names.py); a post's heading label before a colon is
the post's words, signed by the name before the handle (quotes/attribute/signed.py). Must-not
rows follow each group and reach the guard: the quote is found and its speaker said."""

import pytest
from conftest import quote_said


def row(text, quote, speaker, kind, role=None):
    return pytest.param(text, quote, speaker, kind, role)


ELIDED = [
    # fires: « s' » of the verb after the source is no part of it
    row("« Rien ne change », selon les médias s’exprimer hier soir.", "Rien ne change",
        "les médias", "anonymous"),
    # the elided word closing the mention goes, not the one inside its name (« d’Arles »)
    row("« Rien ne change », selon les élus d’Arles s’exprimer hier soir.", "Rien ne change",
        "élus d’Arles", "person"),
]

HOLDER = [
    # fires: after « au quotidien », the name set off by a role noun is the one who speaks
    row("« Les deux enfants avaient six ans », a déclaré au quotidien Marc Dellori, procureur "
        "de Brioude.", "Les deux enfants avaient six ans", "Marc Dellori", "person",
        "procureur de Brioude"),
    row("« Les deux enfants avaient six ans », a déclaré au quotidien Marc Dellori, le "
        "procureur de Brioude.", "Les deux enfants avaient six ans", "Marc Dellori", "person",
        "procureur de Brioude"),
    # a body words are given to, not of the press: « à la fondation »
    row("« Les deux enfants avaient six ans », a confié à la fondation Marc Dellori, procureur "
        "de Brioude.", "Les deux enfants avaient six ans", "Marc Dellori", "person",
        "procureur de Brioude"),
    # must not: a body that speaks keeps its name, whatever its apposition says
    row("« Nous ouvrirons un centre à Brioude », a fait savoir la fondation Jean Sarrail, "
        "membre du collectif Alerte.", "Nous ouvrirons un centre à Brioude",
        "fondation Jean Sarrail", "organization"),
    # must not: a body's name after its noun, with no role noun after its comma, stays the body's
    row("« Nous accueillerons tous les élèves », a assuré le lycée Victor Marsac, qui ouvre en "
        "septembre.", "Nous accueillerons tous les élèves", "lycée Victor Marsac",
        "organization"),
]

BODY_NAME = [
    # fires: the kind's adjective, or a foreign particle, between the noun and the name
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon la chaîne de "
        "télévision qatarie al Nour TV.", "Plus de cent vols ont été annulés", "al Nour TV",
        "organization"),
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon le site "
        "d’information régional Breizh Actu.", "Plus de cent vols ont été annulés",
        "Breizh Actu", "organization"),
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon la chaîne al Nour.",
        "Plus de cent vols ont été annulés", "al Nour", "organization"),
    # the kind's adjectives end at the particle: « d’opposition | al Watan »
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon le journal "
        "d’opposition al Watan.", "Plus de cent vols ont été annulés", "al Watan",
        "organization"),
    # fires: the noun's adjectives in lower case before the name say its kind, not its name
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon le média croate "
        "ZagrebWire.", "Plus de cent vols ont été annulés", "ZagrebWire", "organization"),
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon le quotidien "
        "régional Le Courrier du Lot.", "Plus de cent vols ont été annulés",
        "Le Courrier du Lot", "organization"),
    # must not: adjectives with no name after them are the body's words
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon le parquet "
        "national financier.", "Plus de cent vols ont été annulés", "parquet national financier",
        "organization"),
    # must not: a word other than an adjective ends them (« de »); one entity of the recogniser
    # runs from the noun to the name, the adjectives in it
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon le quotidien "
        "régional de Lozère.", "Plus de cent vols ont été annulés",
        "quotidien régional de Lozère", "organization"),
    row("Selon la préfecture maritime Atlantique, trois marins ont été secourus.",
        "trois marins ont été secourus", "préfecture maritime Atlantique", "organization"),
    # must not: a French particle opens a complement, not a name
    row("La grève a touché le port. Plus de cent vols ont été annulés, selon la mairie de "
        "Brioude.", "Plus de cent vols ont été annulés", "mairie de Brioude", "organization"),
    row("« Nous rouvrirons en mai », a annoncé le musée de Bretagne.", "Nous rouvrirons en mai",
        "musée de Bretagne", "organization"),
    row("Selon le ministère de la Santé, le virus recule.", "le virus recule",
        "ministère de la Santé", "organization"),
]

SIGNED = [
    # fires: « Norvège : » heads a post signed below it
    row("Anne Vidal a perdu son siège dimanche. Elle a réagi vivement.\n\nNorvège : Anne Vidal "
        "qualifie sa défaite de “coup monté” https://t.co/AbC\n— Radio Nordine (@radionordine) "
        "3 mai 2024\n\nLe président a démenti.\n\nNorvège : revivez la chute d’Anne Vidal en "
        "cinq dates https://t.co/XyZ\n— KORVALFILMS (@korvalfilms) 3 mai 2024\n\nLe vote a eu "
        "lieu mardi.", "Anne Vidal qualifie sa défaite de “coup monté” https://t.co/AbC",
        "Radio Nordine", "organization"),
    # must not: words in marks the post quotes are the labelled speaker's
    row("Anne Vidal a perdu son siège dimanche.\n\nAnne Vidal sur sa défaite : \"Nous "
        "reviendrons plus forts l'an prochain\" https://t.co/AbC — Radio Nordine (@radionordine) "
        "3 mai 2024\n\nLe président a démenti.", "Nous reviendrons plus forts l'an prochain",
        "Anne Vidal", "person"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "kind", "role"),
                         ELIDED + HOLDER + BODY_NAME + SIGNED)
def test_speaker_name(nlp, text, quote, speaker, kind, role):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (speaker, kind)
    if role is not None:
        assert sp.role == role
