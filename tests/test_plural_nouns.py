"""A plural noun of people written in full (quotes/attribute/plural_nouns.py, and the possessives
that read it): « ses avocats » is someone's function, `avocat` as « son avocat » gives one,
written in full (`avocat de Paul Morel`) only when the article gives the noun a complement that
names the owner of « ses » (« les avocats de Paul Morel »); one of them (« l'un de ses avocats »)
has that role too. A complement naming anyone or anything else (the other party, a place, « de
renom », « de son équipe »), two complements, or a possessive with no owner leave the bare noun;
a group that is no one's function (« les avocats », « ses enfants ») gets no role from it. A name
right after « de » that a description completes (« les avocats de Paul Morel, Mes Roux et
Petit ») is whose they are, not one of them.
"""

import pytest
from conftest import ANY, quote_said


def row(case, text, said, speaker, role, gender=ANY):
    return pytest.param(text, said, speaker, role, gender, id=case)


UNOWNED = "Le prévenu a été condamné lundi. Ses avocats ont annoncé qu'ils feraient appel. "
CONDEMNED = "Paul Morel a été condamné lundi. Ses avocats ont annoncé qu'ils feraient appel. "

ROWS = [
    # a possessive group of a role noun: its role, in full when a complement names its owner
    row("fires: the article writes the group with its owner's name",
        CONDEMNED + "Les avocats de Paul Morel dénoncent une décision sévère.",
        "ils feraient appel", "avocats de Paul Morel", "avocat de Paul Morel", None),
    row("fires: the owner's surname alone in the complement",
        "Paul Morel a été condamné lundi. Ses deux avocats ont annoncé qu'ils feraient appel. "
        "Les avocats de Morel dénoncent une décision sévère.", "ils feraient appel",
        "avocats de Paul Morel", "avocat de Morel", None),
    row("fires: the fuller of two namings of the owner",
        CONDEMNED + "Les avocats de Morel dénoncent une décision sévère. Les avocats de Paul "
        "Morel ont quitté la salle.", "ils feraient appel", "avocats de Paul Morel",
        "avocat de Paul Morel", None),
    row("fires: the owner named, the bare noun as the role",
        "Paul Morel a été condamné lundi. Ses avocats ont annoncé qu'ils feraient appel.",
        "ils feraient appel", "avocats de Paul Morel", "avocat", None),
    row("fires: a number between the possessive and its noun",
        "Paul Morel a été condamné lundi. Ses deux avocats ont annoncé qu'ils feraient appel.",
        "ils feraient appel", "avocats de Paul Morel", "avocat", None),
    # must not: a complement that is not the owner's name
    row("must not: « ses » names no one, a complement names someone",
        UNOWNED + "Les avocats de Paul Morel dénoncent une décision sévère.",
        "ils feraient appel", "avocats", "avocat", None),
    row("must not: the other party's lawyers",
        CONDEMNED + "Les avocats de la victime se sont dits satisfaits.",
        "ils feraient appel", "avocats de Paul Morel", "avocat", None),
    row("must not: a company's lawyers, the employees' lawyers",
        "La société Brivane a été condamnée lundi. Ses avocats ont annoncé qu'ils feraient "
        "appel. Les avocats des salariés ont salué une victoire.", "ils feraient appel",
        "avocats", "avocat", None),
    row("must not: the civil party's lawyers",
        "Le prévenu a été relaxé lundi. Ses avocats ont annoncé qu'ils étaient soulagés. Les "
        "avocats de la partie civile envisagent un recours.", "ils étaient soulagés",
        "avocats", "avocat", None),
    row("must not: the prosecution's and the defence's",
        UNOWNED + "Les avocats de l'accusation et ceux de la défense ont quitté la salle.",
        "ils feraient appel", "avocats", "avocat", None),
    row("must not: the victim's family's lawyers, after a cue",
        UNOWNED + "« C'est une décision juste », ont déclaré les avocats de la famille de "
        "la victime.",
        "ils feraient appel", "avocats", "avocat", None),
    row("must not: the accused's lawyers for the victim's family",
        "La famille de la victime a été reçue lundi. Ses avocats ont annoncé qu'elle était "
        "soulagée. Les avocats du prévenu ont quitté la salle.", "elle était soulagée",
        "avocats", "avocat", None),
    row("must not: another's deputies",
        "Le président du club a été entendu lundi. Ses adjoints ont affirmé qu'il était "
        "innocent. Les adjoints du maire de Lyon étaient absents.", "il était innocent",
        "adjoints", "adjoint", None),
    row("must not: a place's advisers",
        "Le chef de l'État a reçu les syndicats lundi. Ses conseillers ont assuré que la réforme "
        "serait maintenue. Les conseillers de Matignon restent prudents.",
        "la réforme serait maintenue", "conseillers", "conseiller", None),
    row("must not: a subsidiary's managers",
        "L'entreprise a annoncé un plan social. Ses dirigeants ont affirmé que les emplois "
        "seraient sauvés. Les dirigeants de la filiale allemande ont démissionné.",
        "les emplois seraient sauvés", "dirigeants", "dirigeant", None),
    row("must not: « leurs », no owner, the town hall's lawyers",
        "Les opposants au maire Luc Girard ont porté plainte. Leurs avocats ont affirmé que le "
        "vote était truqué. Les avocats de la mairie ont démenti.", "le vote était truqué",
        "avocats", "avocat", None),
    row("must not: « leurs », no owner, even a complement that fits",
        "Les opposants ont porté plainte. Leurs avocats ont affirmé que le vote était truqué. "
        "Les avocats des opposants ont démenti.", "le vote était truqué", "avocats", "avocat",
        None),
    row("must not: a city's lawyers", CONDEMNED + "Les avocats de Paris sont en grève.",
        "ils feraient appel", "avocats de Paul Morel", "avocat", None),
    row("must not: a complement with no article nor name",
        CONDEMNED + "Ces avocats de renom sont réputés.", "ils feraient appel",
        "avocats de Paul Morel", "avocat", None),
    row("must not: a complement holding a possessive",
        CONDEMNED + "Le juge a entendu les avocats de son équipe.", "ils feraient appel",
        "avocats de Paul Morel", "avocat", None),
    row("must not: two complements, the owner's and another",
        CONDEMNED + "Les avocats de Paul Morel et de sa femme dénoncent une décision sévère.",
        "ils feraient appel", "avocats de Paul Morel", "avocat", None),
    row("must not: « des » before the owner's surname, his family's",
        CONDEMNED + "Les avocats des Morel dénoncent une décision sévère.", "ils feraient appel",
        "avocats de Paul Morel", "avocat", None),
    row("must not: two complements, no owner",
        "Le couple a été condamné lundi. Ses avocats ont annoncé qu'ils feraient appel. Les "
        "avocats de Paul Morel et de sa femme dénoncent une décision sévère.",
        "ils feraient appel", "avocats", "avocat", None),
    row("must not: any determiner, the complement not the owner",
        CONDEMNED + "Un collectif d'avocats de Marseille le soutient.", "ils feraient appel",
        "avocats de Paul Morel", "avocat", None),
    row("must not: two ministries, no owner",
        "Le gouvernement a présenté la réforme. Ses ministres ont assuré qu'elle serait votée. "
        "Les ministres de l'Intérieur et de la Justice se sont tus.", "elle serait votée",
        "ministres", "ministre", None),
    row("must not: a group with no possessive is no one's function",
        "Le prévenu a été condamné lundi. Les avocats ont annoncé qu'ils feraient appel.",
        "ils feraient appel", "avocats", None),
    row("must not: relatives are no function, even written in full elsewhere",
        "Paul Morel est mort lundi. Ses enfants ont annoncé que les obsèques auraient lieu "
        "samedi. Les enfants de la voisine étaient présents.",
        "les obsèques auraient lieu samedi", "enfants de Paul Morel", None),
    # a named group set off by a possessive description: its bare noun, whatever the article
    # writes elsewhere (the owner is not read while the groups are built)
    row("must not: a named group's bare noun, the other party written in full",
        "Paul Morel a été condamné lundi. Ses avocats, Mes Claire Renaud et Marc Dupuis, ont "
        "annoncé qu'il regrettait. Les avocats de la victime ont applaudi.", "il regrettait",
        "Claire Renaud et Marc Dupuis", "avocat", None),
    row("must not: a named group's bare noun, written nowhere in full",
        "Le juge a entendu le suspect. Ses avocats, Mes Claire Renaud et Marc Dupuis, ont "
        "annoncé qu'il regrettait.", "il regrettait", "Claire Renaud et Marc Dupuis", "avocat",
        None),
    row("must not: a named group of relatives, another's written in full",
        "Paul Morel est mort lundi. Ses enfants, Hugo et Clara, ont annoncé que les obsèques "
        "auraient lieu samedi. Les enfants de la voisine étaient présents.",
        "les obsèques auraient lieu samedi", "Hugo et Clara", "enfants", None),
    # one of them
    row("fires: one of the group, the role in full with the owner's name",
        "Paul Morel a été condamné lundi. Les avocats de Paul Morel ont quitté le tribunal. « Il "
        "regrette », selon l'un de ses avocats, Me Marc Roux.", "Il regrette", "Marc Roux",
        "avocat de Paul Morel", "male"),
    row("must not: one of the group, the noun written nowhere in full",
        "Paul Morel a quitté le tribunal lundi. « Il regrette », selon l'un de ses avocats, Me "
        "Marc Roux.", "Il regrette", "Marc Roux", "avocat"),
    row("must not: one of the group, the other party's lawyers",
        "Paul Morel a été condamné lundi. « Il regrette », selon l'un de ses avocats, Me Marc "
        "Roux. Les avocats de la victime ont applaudi.", "Il regrette", "Marc Roux", "avocat",
        "male"),
    row("must not: one of the group, another's lawyers named",
        "Marie Roux a été condamnée lundi. « Elle regrette », selon l'un de ses avocats, Me Marc "
        "Roux. Les avocats de Paul Morel ont quitté la salle.", "Elle regrette", "Marc Roux",
        "avocat"),
    row("must not: one of « leurs » avocats, the owner of no « ses »",
        "Paul Morel et Marie Roux ont été condamnés lundi. Les avocats de Paul Morel ont quitté "
        "le tribunal. « Ils regrettent », selon l'un de leurs avocats, Me Marc Roux.",
        "Ils regrettent", "Marc Roux", "avocat"),
    row("must not: one of the group, a clinic's surgeons",
        "Paul Morel a été opéré lundi. « Il va bien », selon l'un de ses chirurgiens, le Pr Marc "
        "Roux. Les chirurgiens de la clinique voisine étaient en grève.", "Il va bien",
        "Marc Roux", "chirurgien"),
    # whose they are, before the names the description sets off
    row("fires: the name after « de » completes the description, no member",
        "Le juge a critiqué la conférence des avocats de Paul Morel, Mes Claire Renaud et Marc "
        "Dupuis. Mais ces derniers ont affirmé que le suspect regrettait.",
        "le suspect regrettait", "Claire Renaud et Marc Dupuis", "avocat de Paul Morel", None),
    row("must not: three names with no « de » before them are the group",
        "Le maire a reçu Paul Morel, Claire Renaud et Marc Dupuis, les avocats du club. Ces "
        "derniers ont affirmé que le dossier était vide.", "le dossier était vide",
        "Paul Morel, Claire Renaud et Marc Dupuis", "avocat du club", None),
    row("must not: a name after « de » that no plural description completes",
        "Le juge a reçu la lettre de Paul Morel, Claire Renaud et Marc Dupuis, les avocats du "
        "club. Ces derniers ont affirmé que le dossier était vide.", "le dossier était vide",
        "Paul Morel, Claire Renaud et Marc Dupuis", "avocat du club", None),
    row("must not: a description ending with the first name, no « de » before it",
        "Les trois amis Paul Morel, Claire Renaud et Marc Dupuis ont affirmé que le dossier "
        "était vide.", "le dossier était vide", "Paul Morel, Claire Renaud et Marc Dupuis",
        "amis", None),
    # the honorific « Mes » is no word of the names; the possessive « Mes » is no honorific
    row("must not: « Mes » opening a quotation is a possessive",
        "« Mes collègues me soutiennent », a dit Paul Morel.", "Mes collègues me soutiennent",
        "Paul Morel", None, "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_a_plural_noun_written_in_full(nlp, text, said, speaker, role, gender):
    q = quote_said(nlp, text, said)
    assert (q.speaker.name, q.speaker.role) == (speaker, role)
    if gender is not ANY:
        assert q.speaker.gender == gender
