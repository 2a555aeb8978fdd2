"""A body's unit speaking is the head of its noun phrase, not the complement
(``attribute.units``): « la section CFDT de Vendimo », « le syndicat Sud de l'usine Vendimo de
Montbrun », « l'équipe de Paul Morel », « l'équipe Morel » are organisations of their own,
written as the text gives them without the article, neither the union, the company nor the
person the complement names; a person's name there is written in full (a title before it left
out), a body with its own name after a domain or before its owner's name is that name (« le
cabinet d'études Xerfi »: Xerfi), and a possessive before a noun of a unit someone has (« son
équipe de campagne ») is that unit of the subject of the closest sentence before that names one
person or body, never an object or a complement; the unit as written when unsure. A role noun
before the complement is a person (« le porte-parole de la CGT »), an entourage an anonymous
source, a bare noun (« le syndicat CGT ») the body. One row: text -> the quote, the speaker,
its kind, role and gender."""

import pytest
from conftest import quotes_of

from quotes.lexicon import words

MOREL = "Paul Morel a été blessé lundi lors d'un meeting à Valbrune. "
ROY = "La ministre Anne Roy a été reçue mardi à Matignon. "
VENDIMO = "Vendimo va fermer son usine de Montbrun. "

ROWS = [
    # a union's unit: the whole phrase, not the union nor the company in its complement
    (VENDIMO + "La section CFDT de Vendimo a estimé que le plan était « brutal ».",
     "le plan était « brutal »", "section CFDT de Vendimo", "organization", None, None),
    (VENDIMO + "La section CFDT de Vendimo a dénoncé « un plan brutal ».",
     "un plan brutal", "section CFDT de Vendimo", "organization", None, None),
    (VENDIMO + "« Nous ne céderons pas », a affirmé la section Sud de la société Vendimo.",
     "Nous ne céderons pas", "section Sud de la société Vendimo", "organization", None, None),
    (VENDIMO + "En France, la section Force ouvrière (FO) de Vendimo dénonçait « une faute "
     "grave ».", "une faute grave", "section Force ouvrière (FO) de Vendimo", "organization",
     None, None),
    ("« Ce patron a détruit des emplois », a réagi le syndicat Sud de l'usine Vendimo de "
     "Montbrun.", "Ce patron a détruit des emplois",
     "syndicat Sud de l'usine Vendimo de Montbrun", "organization", None, None),
    ("Le syndicat CGT de l'usine Vendimo de Montbrun a estimé que « la direction ment ».",
     "« la direction ment »", "syndicat CGT de l'usine Vendimo de Montbrun", "organization",
     None, None),
    ("« Le plan est brutal », a estimé la fédération CGT de Haute-Savoie.",
     "Le plan est brutal", "fédération CGT de Haute-Savoie", "organization", None, None),
    # someone's team, cabinet, services: not the person their complement names
    ("L'équipe de Paul Morel a indiqué qu'il était en bonne santé.",
     "il était en bonne santé", "équipe de Paul Morel", "organization", None, None),
    (MOREL + "L'équipe de M. Morel a assuré que le meeting suivant était annulé.",
     "le meeting suivant était annulé", "équipe de Paul Morel", "organization", None, None),
    # the surname of someone the article names in full right after the noun: the unit as
    # written
    (MOREL + "De son côté, l'équipe Morel a affirmé que le meeting serait « reporté ».",
     "le meeting serait « reporté »", "équipe Morel", "organization", None, None),
    # must not: a surname no one of the cast bears in full is left to the other rules
    ("De son côté, l'équipe Morel a affirmé que le meeting serait « reporté ».",
     "le meeting serait « reporté »", "Morel", "person", None, None),
    ("Selon l'équipe de campagne de Clara Vidal, la candidate « va bien ».",
     "la candidate « va bien »", "équipe de campagne de Clara Vidal", "organization", None,
     None),
    # a person's name in the complement is the name in full, her title left out (« Someone's
    # circle »), a description as written
    ("Le cabinet de la ministre Anne Roy a précisé que la réforme serait votée.",
     "la réforme serait votée", "cabinet d’Anne Roy", "organization", None, None),
    ("Le cabinet de la ministre Anne Roy a précisé que la loi serait votée. « Nous irons "
     "vite », a ajouté son cabinet.", "Nous irons vite", "cabinet d’Anne Roy", "organization",
     None, None),
    ("« Il n'y a aucun danger », ont assuré les services de la préfète Anne Roy.",
     "Il n'y a aucun danger", "services d’Anne Roy", "organization", None, None),
    # an office's adjective, capitalised, with its role noun: left out too
    ("Le cabinet du Premier ministre Gabriel Attal a démenti « toute pression ».",
     "toute pression", "cabinet de Gabriel Attal", "organization", None, None),
    ("« Nous sommes inquiets », a confié à la presse le cabinet du maire de Montbrun, Paul "
     "Morel.", "Nous sommes inquiets", "cabinet du maire de Montbrun", "organization", None,
     None),
    # a coordination inside the complement stays in it
    ("« Nous restons mobilisées », ont assuré les sections CGT des usines Vendimo de Montbrun "
     "et de Valbrune.", "Nous restons mobilisées",
     "sections CGT des usines Vendimo de Montbrun et de Valbrune", "organization", None, None),
    ("D'après l'équipe de campagne de Paul Morel et d'Anne Roy, le débat aura lieu « jeudi ».",
     "le débat aura lieu « jeudi »", "équipe de campagne de Paul Morel et d’Anne Roy",
     "organization", None, None),
    (VENDIMO + "Le syndicat Sud de Vendimo et la direction ont affirmé que « le dialogue "
     "reprend ».", "« le dialogue reprend »", "syndicat Sud de Vendimo", "organization", None,
     None),
    # a body by its own name: after a domain, or before the person who owns it
    ("« Nous avons porté plainte », a annoncé le cabinet d'avocats Morel et Roy.",
     "Nous avons porté plainte", "Morel et Roy", "organization", None, None),
    ("« Le marché va reculer », estime le cabinet d'études Xerfi.",
     "Le marché va reculer", "Xerfi", "organization", None, None),
    ("Selon le cabinet de conseil Alcyon, le marché va « reculer de 5 % ».",
     "le marché va « reculer de 5 % »", "Alcyon", "organization", None, None),
    ("« Nous voterons contre », a annoncé le parti Renaissance d'Emmanuel Macron.",
     "Nous voterons contre", "Renaissance", "organization", None, None),
    ("« Les résultats sont solides », a indiqué le groupe Alcyon de Paul Morel.",
     "Les résultats sont solides", "Alcyon", "organization", None, None),
    ("« Nous saisirons le Conseil d'État », a annoncé l'association Anticor de Montbrun.",
     "Nous saisirons le Conseil d'État", "association Anticor de Montbrun", "organization",
     None, None),
    ("« Rien n'est décidé », précisent les services du ministère de l'Intérieur.",
     "Rien n'est décidé", "services du ministère de l'Intérieur", "organization", None, None),
    ("« Nous condamnons cet acte », a déclaré l'état-major de l'armée kirghize.",
     "Nous condamnons cet acte", "état-major de l'armée kirghize", "organization", None, None),
    ("L'état-major des armées a indiqué que deux soldats avaient été blessés.",
     "deux soldats avaient été blessés", "état-major des armées", "organization", None, None),
    # a possessive before a noun of a unit someone has: the unit of the subject of the closest
    # sentence before that names one person or one body, not an object or a complement
    (MOREL + "Il va « bien », selon son équipe de campagne.",
     "Il va « bien »", "équipe de campagne de Paul Morel", "organization", None, None),
    ("Clara Vidal a été hospitalisée. Elle « va bien », assure son équipe de campagne.",
     "Elle « va bien »", "équipe de campagne de Clara Vidal", "organization", None, None),
    (MOREL + "« Tout va bien », a indiqué son équipe.",
     "Tout va bien", "équipe de Paul Morel", "organization", None, None),
    (ROY + "Selon son cabinet, la réforme sera votée en juin.",
     "la réforme sera votée en juin", "cabinet d’Anne Roy", "organization", None, None),
    ("Anne Roy a limogé son conseiller Paul Morel. Selon son cabinet, la décision était "
     "« inévitable ».", "la décision était « inévitable »", "cabinet d’Anne Roy",
     "organization", None, None),
    ("La ministre Anne Roy a reçu le maire Paul Morel. « Rien n'est décidé », a précisé son "
     "cabinet.", "Rien n'est décidé", "cabinet d’Anne Roy", "organization", None, None),
    ("Le ministère de la Santé a répondu aux critiques de Paul Morel. Selon ses services, les "
     "stocks sont « suffisants ».", "les stocks sont « suffisants »",
     "services du ministère de la Santé", "organization", None, None),
    ("Le club de Valbrune a battu Montbrun dimanche, malgré l'absence de Paul Morel. « Nous "
     "sommes fiers », a réagi son équipe.", "Nous sommes fiers", "équipe du club de Valbrune",
     "organization", None, None),
    # the quote's « Elle »: not the man named since, the woman before him
    ("La candidate Anne Roy a été hospitalisée lundi à Valbrune après un malaise. Son "
     "adversaire, Paul Morel, lui a souhaité un prompt rétablissement. Les deux candidats "
     "doivent débattre jeudi à Montbrun. La réunion publique prévue mardi a été annulée. « Elle "
     "se repose et reprendra bientôt sa campagne », a indiqué son équipe de campagne.",
     "Elle se repose et reprendra bientôt sa campagne", "équipe de campagne d’Anne Roy",
     "organization", None, None),
    # a part of a firm: the company's, not the person it fired
    ("Le groupe Vendimo a licencié Paul Morel, son directeur financier. « Nous ne commenterons "
     "pas », a indiqué son service de presse.", "Nous ne commenterons pas",
     "service de presse de Vendimo", "organization", None, None),
    # unsure (the subject cannot have such a unit, or is no one named): the unit as written
    ("La mairie de Montbrun a reçu Anne Roy. « Les travaux commenceront en mai », a indiqué "
     "son cabinet.", "Les travaux commenceront en mai", "cabinet", "organization", None, None),
    ("Le ministre de l'Intérieur a démenti. Selon son cabinet, l'enquête « avance ».",
     "l'enquête « avance »", "cabinet", "organization", None, None),
    (MOREL + "Ses services ont précisé que « rien n'est décidé ».",
     "« rien n'est décidé »", "services", "organization", None, None),
    # two owners coordinated in one subject, a man's « Il » after a woman: unsure
    ("La ministre Anne Roy et son homologue Claire Dumas ont signé l'accord. « C'est un jour "
     "historique », a salué son cabinet.", "C'est un jour historique", "cabinet",
     "organization", None, None),
    ("Anne Roy et Paul Morel ont débattu jeudi. Selon son équipe, le débat a été « utile ».",
     "le débat a été « utile »", None, "person", None, "female"),
    ("Anne Roy a rencontré les maires du département. « Il est très satisfait », a dit son "
     "équipe.", "Il est très satisfait", None, "person", None, "female"),
    # an impersonal « il » says no one's gender
    ("Anne Roy a rencontré les maires du département. « Il faut du repos », a dit son équipe.",
     "Il faut du repos", "équipe d’Anne Roy", "organization", None, None),
    # a ministry, a government, a prefecture, a direction: the body as written, as before
    ("« Nous condamnons cet acte », a déclaré le ministère kirghize des Affaires étrangères.",
     "Nous condamnons cet acte", "ministère kirghize des Affaires étrangères", "organization",
     None, None),
    ("Le gouvernement kirghize a annoncé que le deuil durerait cinq jours.",
     "le deuil durerait cinq jours", "gouvernement kirghize", "organization", None, None),
    ("La préfecture de la Drôme a indiqué que les routes étaient fermées.",
     "les routes étaient fermées", "préfecture de la Drôme", "organization", None, None),
    (VENDIMO + "La direction de Vendimo a annoncé que l'usine fermerait en juin.",
     "l'usine fermerait en juin", "direction de Vendimo", "organization", None, None),
    ("Selon le parquet de Montbrun, l'homme a été interpellé.",
     "l'homme a été interpellé", "parquet de Montbrun", "organization", None, None),
    ("L'équipe de France a annoncé qu'elle jouerait à Lyon.",
     "elle jouerait à Lyon", "équipe de France", "organization", None, None),
    ("« Restez chez vous », a recommandé la préfecture de Haute-Vienne.",
     "Restez chez vous", "préfecture de Haute-Vienne", "organization", None, None),
    # a body named again by lower-case words: the body named before, as before
    ("L'Insee a publié ses chiffres mardi. « Les prix reculent », a indiqué l'institut "
     "national de la statistique.", "Les prix reculent", "Insee", "organization", None, None),
    # near misses: a bare body is the body; a role noun is a person; an entourage anonymous
    ("« Nous voulons des garanties », a déclaré le syndicat CGT.",
     "Nous voulons des garanties", "CGT", "organization", None, None),
    ("« Le plan est brutal », a estimé la fédération FNB de la boulangerie.",
     "Le plan est brutal", "FNB", "organization", None, None),
    ("« Le plan est brutal », a dit le porte-parole de la CGT.",
     "Le plan est brutal", None, "person", "porte-parole de la CGT", None),
    ("« Le plan est brutal », a dit le patron de Vendimo.",
     "Le plan est brutal", None, "person", "patron de Vendimo", None),
    ("« Le plan est brutal », a dit la secrétaire de la section CFDT de Vendimo.",
     "Le plan est brutal", None, "person", "secrétaire de la section CFDT de Vendimo",
     "female"),
    (MOREL + "« Tout va bien », a indiqué son entourage.",
     "Tout va bien", "l’entourage de Paul Morel", "anonymous", None, None),
    (MOREL + "« Tout va bien », a indiqué l'entourage de Paul Morel.",
     "Tout va bien", "l’entourage de Paul Morel", "anonymous", None, None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender"), ROWS)
def test_a_unit_speaks_as_itself(nlp, text, said, speaker, kind, role, gender):
    found = [q for q in quotes_of(nlp, text) if q.span.text == said]
    assert found, [q.span.text for q in quotes_of(nlp, text)]
    s = found[0].speaker
    assert (s.name, s.kind, s.role, s.gender) == (speaker, kind, role, gender)


def test_a_subject_the_quote_says_is_not_the_owner_gives_no_owner(nlp):
    """« la candidate » of the quote is no subject's before (Paul Morel met her): no one's team,
    never his."""
    text = "Paul Morel a rencontré Anne Roy mardi. Selon son équipe, la candidate « va bien »."
    found = [q for q in quotes_of(nlp, text) if "va bien" in q.span.text]
    assert found  # the quote is read: no owner said, not no quote
    names = {q.speaker.name for q in found}
    assert not any(name and "Morel" in name for name in names), names


# lexicon/unit_nouns.txt: (entry, sentence, the unit): each entry speaks as the unit, not the
# one its complement names, nor, after a possessive, an unnamed description
UNIT_NOUNS = [
    ("équipe", MOREL + "« Tout va bien », a indiqué son équipe.", "équipe de Paul Morel"),
    ("section", VENDIMO + "La section CFDT de Vendimo a estimé que le plan était « brutal ».",
     "section CFDT de Vendimo"),
    ("cabinet", ROY + "Selon son cabinet, la réforme sera votée en juin.", "cabinet d’Anne Roy"),
    ("état-major", "« Nous condamnons cet acte », a déclaré l'état-major de l'armée kirghize.",
     "état-major de l'armée kirghize"),
    ("service", "Le ministère de la Santé a été critiqué. Selon ses services, les stocks sont "
     "« suffisants ».", "services du ministère de la Santé"),
]


@pytest.mark.parametrize(("entry", "text", "unit"), UNIT_NOUNS)
def test_unit_noun(nlp, entry, text, unit):
    assert unit in {q.speaker.name for q in quotes_of(nlp, text)}


def test_every_unit_noun_has_a_row():
    assert {row[0] for row in UNIT_NOUNS} == set(words("unit_nouns"))
