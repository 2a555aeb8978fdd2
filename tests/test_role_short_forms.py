"""Capitalised role words and short forms are no one's name: « la PM britannique », « la
Première belge » stand for the office they shorten and name whoever the article gives it; an
ordinal that opens a sentence is no body; a capitalised body noun with its own words is that
body, no anaphor of another. A description of a body by its name is the one an earlier
description of it named; a word a degree adverb grades is no part of a role; the phrase after
an age aside that opens with a verb is no apposition; a count (« le recensement de … », « le
décompte de … ») speaks for the body that made it.
"""

import pytest
from conftest import quote_said

from quotes.lexicon.short_forms import unshortened


@pytest.mark.parametrize(("words", "written_out"), [
    ("la PM britannique", "la Premier ministre britannique"),
    ("le PM", "le Premier ministre"),
    ("la PR", "la président de la République"),
    ("la Première belge", "la Première ministre belge"),
    ("le Premier irlandais", "le Premier ministre irlandais"),
    # must not: the phrase itself, a name, a lower-case ordinal, no determiner, an unknown acronym
    ("la Première ministre belge", "la Première ministre belge"),
    ("la Premier League", "la Premier League"),
    ("la première belge à gagner", "la première belge à gagner"),
    ("Première belge", "Première belge"),
    ("la CGT", "la CGT"),
])
def test_short_forms_written_out(words, written_out):
    assert unshortened(words) == written_out


# (text, words said, speaker, role, gender)
SHORT_FORMS = [
    # fire: the initials of an office after a determiner
    ("La Première ministre danoise Karen Holm a reçu les syndicats. « Nous tiendrons bon », "
     "a dit la PM danoise.", "Nous tiendrons bon", "Karen Holm", "Première ministre danoise",
     "female"),
    ("La Première ministre danoise Karen Holm a reçu les syndicats. « Nous tiendrons bon », "
     "a dit la PM danoise, ajoutant que la réforme serait votée.", "la réforme serait votée",
     "Karen Holm", "PM danoise", "female"),
    # fire: the office's first word alone, capitalised, and the pronoun after it
    ("Karen Holm a présenté son budget jeudi à Copenhague. Interrogée sur Berlin, la Première "
     "danoise s'est montrée ferme. « Nous attendons un geste », a-t-elle lancé.",
     "Nous attendons un geste", "Karen Holm", "Première danoise", "female"),
    ("Le Premier ministre Hugo Lambert a parlé à Bruxelles. « Le plan est prêt », a "
     "affirmé le Premier belge.", "Le plan est prêt", "Hugo Lambert", "Premier ministre",
     "male"),
]

# (text, words said, speaker, role, gender)
APPOSITIONS = [
    # fire: after an age aside, the verb opens a clause: the role is its subject's, and the
    # generic « dirigeante » gives way to the function the article gives her
    ("La Première ministre Karen Holm a reçu les maires jeudi. Elle a cité le cas de son "
     "voisin Marc et de sa nièce Lise, 19 ans, a raconté la dirigeante aux élus.",
     "Elle a cité le cas de son voisin Marc et de sa nièce Lise, 19 ans", "Karen Holm",
     "Première ministre", "female"),
    # must not: an aside then an apposition keeps the role
    ("« Nous partirons », a dit Paul Roux, 45 ans, entraîneur du club.", "Nous partirons",
     "Paul Roux", "entraîneur du club", "male"),
]

# (text, words said, speaker, role, gender)
BODIES = [
    # fire: the body's name after « selon », with a sixth place and another agency before
    ("Quatrième du classement l'an passé, la nageuse a été sanctionnée par l'Office national "
     "du sport. Pour ces molécules, le seuil est bas, d'après l'Office européen antidopage.",
     "Pour ces molécules, le seuil est bas", "Office européen antidopage", None, None),
    # fire: a bare lower-case « l'agence » is the one named before
    ("La nageuse a été sanctionnée par l'Agence nationale du sport. D'après l'agence, le "
     "seuil est bas.", "le seuil est bas", "Agence nationale du sport", None, None),
    # fire: a count (lexicon/noun_kinds.tsv, « recensement ») speaks for the body that made it
    ("Selon un recensement de la préfecture, les cas de rougeole ont doublé.",
     "les cas de rougeole ont doublé", "préfecture", None, None),
    # ... and a tally (lexicon/noun_kinds.tsv, « décompte »), which fails without the entry
    ("Selon le décompte de la préfecture, trois mille personnes ont défilé.",
     "trois mille personnes ont défilé", "préfecture", None, None),
    # a count speaks for the body named in it, by its name
    pytest.param(
        "Selon le recensement annuel de l'autorité de veille Santé Ouest, les cas de rougeole "
        "ont doublé.", "les cas de rougeole ont doublé", "Santé Ouest", None, None),
]

# (text, words said, speaker, role, gender)
SAME_BODY = [
    # fire: « le président de Valtor » is the one « le patron de Valtor » named, not the
    # president of the association
    ("Paul Roux dirige l'entreprise depuis 2010. Jeudi, le patron de Valtor a enfin répondu "
     "aux familles. « Nous paierons », a-t-il promis. « Nous voulons la vérité », réplique Marc "
     "Petit, président de l'association des familles. Le président de Valtor admet que la "
     "bactérie a été trouvée en mai.", "la bactérie a été trouvée en mai", "Paul Roux",
     "président de Valtor", "male"),
    ("Paul Roux dirige l'entreprise depuis 2010. Jeudi, le patron de Valtor a enfin répondu "
     "aux familles. « Nous paierons », a-t-il promis. « Nous voulons la vérité », réplique Marc "
     "Petit, président de l'association des familles.", "Nous voulons la vérité", "Marc Petit",
     "président de l'association des familles", "male"),
    # fire: a graded adjective is no part of the role; an adjective of office stays
    ("Paul Roux dirige l'entreprise depuis 2010. Jeudi, le très populaire patron de Valtor a "
     "répondu aux familles. « Nous paierons », a-t-il promis.", "Nous paierons", "Paul Roux",
     "patron de Valtor", "male"),
    ("« Nous paierons », a dit le désormais ancien maire de Lens, Paul Roux.", "Nous paierons",
     "Paul Roux", "ancien maire de Lens", "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"),
                         SHORT_FORMS + APPOSITIONS + BODIES + SAME_BODY)
def test_speaker_role_gender(nlp, text, said, speaker, role, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
