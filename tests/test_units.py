"""A body's unit speaking is the head of its noun phrase, not the complement
(``attribute.units``): « la section CFDT de Vendimo », « le syndicat Sud de l'usine Vendimo de
Montbrun », « l'équipe de Paul Morel » are organisations of their own, written as the text
gives them without the article, neither the union, the company nor the person the complement
names; a person's name there is written in full, and a possessive before a noun of someone's
staff (« son équipe de campagne ») is the person named before, as « son entourage » is. A role
noun before the complement is a person (« le porte-parole de la CGT »), an entourage an
anonymous source, a bare noun (« le syndicat CGT ») the body. One row: text -> the quote, the
speaker, its kind, role and gender."""

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
    ("Selon l'équipe de campagne de Clara Vidal, la candidate « va bien ».",
     "la candidate « va bien »", "équipe de campagne de Clara Vidal", "organization", None,
     None),
    ("Le cabinet de la ministre Anne Roy a précisé que la réforme serait votée.",
     "la réforme serait votée", "cabinet de la ministre Anne Roy", "organization", None, None),
    ("« Il n'y a aucun danger », ont assuré les services de la préfète Anne Roy.",
     "Il n'y a aucun danger", "services de la préfète Anne Roy", "organization", None, None),
    ("« Rien n'est décidé », précisent les services du ministère de l'Intérieur.",
     "Rien n'est décidé", "services du ministère de l'Intérieur", "organization", None, None),
    ("« Nous condamnons cet acte », a déclaré l'état-major de l'armée kirghize.",
     "Nous condamnons cet acte", "état-major de l'armée kirghize", "organization", None, None),
    # a possessive before a noun of someone's staff: the person named before
    (MOREL + "Il va « bien », selon son équipe de campagne.",
     "Il va « bien »", "équipe de campagne de Paul Morel", "organization", None, None),
    ("Clara Vidal a été hospitalisée. Elle « va bien », assure son équipe de campagne.",
     "Elle « va bien »", "équipe de campagne de Clara Vidal", "organization", None, None),
    (MOREL + "« Tout va bien », a indiqué son équipe.",
     "Tout va bien", "équipe de Paul Morel", "organization", None, None),
    (ROY + "Selon son cabinet, la réforme sera votée en juin.",
     "la réforme sera votée en juin", "cabinet d’Anne Roy", "organization", None, None),
    (MOREL + "Ses services ont précisé que « rien n'est décidé ».",
     "« rien n'est décidé »", "services de Paul Morel", "organization", None, None),
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


# lexicon/unit_nouns.txt: (entry, sentence, the unit): each entry speaks as the unit, not the
# one its complement names, nor, after a possessive, an unnamed description
UNIT_NOUNS = [
    ("équipe", MOREL + "« Tout va bien », a indiqué son équipe.", "équipe de Paul Morel"),
    ("section", VENDIMO + "La section CFDT de Vendimo a estimé que le plan était « brutal ».",
     "section CFDT de Vendimo"),
    ("cabinet", ROY + "Selon son cabinet, la réforme sera votée en juin.", "cabinet d’Anne Roy"),
    ("état-major", "« Nous condamnons cet acte », a déclaré l'état-major de l'armée kirghize.",
     "état-major de l'armée kirghize"),
    ("service", MOREL + "Ses services ont précisé que « rien n'est décidé ».",
     "services de Paul Morel"),
]


@pytest.mark.parametrize(("entry", "text", "unit"), UNIT_NOUNS)
def test_unit_noun(nlp, entry, text, unit):
    assert unit in {q.speaker.name for q in quotes_of(nlp, text)}


def test_every_unit_noun_has_a_row():
    assert {row[0] for row in UNIT_NOUNS} == set(words("unit_nouns"))
