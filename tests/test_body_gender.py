"""A pronoun agrees with the grammatical gender of the noun naming a body, not with the people in
it (quotes/attribute/body_gender.py, read by ``pronouns._agrees``): « il » never stands for a
body the article names « la » (« l'Agence régionale », « l'Union européenne »), nor « elle » for
one named « le » (« l'Institut »); an acronym takes the gender of its full name where the
article writes it (« l'Organisation mondiale des forêts (OMF) … l'OMF »). A body whose naming
shows no gender (an acronym alone, a company's bare name) agrees with both, as before."""

import pytest
from conftest import quote_said

from quotes.attribute.body_gender import body_gender

# (text, words said, speaker): the body before the pronoun disagrees, the person before it speaks
DISAGREE = [
    # an acronym after « l' »: its full name, written with « l'Organisation », is feminine
    ("Tedros Adhanom était à Genève mardi. L'Organisation mondiale des forêts (OMF) a tenu sa "
     "réunion annuelle. L'OMF juge « la situation alarmante ». Il s'est dit « très inquiet ».",
     "très inquiet", "Tedros Adhanom"),
    # a noun the parse gives no gender: the adjective agreeing with it (« régionale »)
    ("Sacha Morel a ouvert la séance. L'Agence régionale de santé a jugé « la situation "
     "grave ». « Nous restons mobilisés », a-t-il ajouté.", "Nous restons mobilisés",
     "Sacha Morel"),
    ("Dominique Arnal était à Bruxelles. L'Union européenne a promis « une aide rapide ». Il a "
     "salué « un geste fort ».", "un geste fort", "Dominique Arnal"),
    # a masculine body's acronym and « elle »
    ("Camille Roux a présenté les chiffres. L'Institut national des sondages (INS) a publié son "
     "rapport. L'INS prévoit « une hausse du chômage ». « Les chiffres sont clairs », "
     "a-t-elle affirmé.", "Les chiffres sont clairs", "Camille Roux"),
]

# near misses: the body agrees with the pronoun, or shows no gender, and keeps it
AGREE = [
    ("Tedros Adhanom était à Genève mardi. L'Organisation mondiale des forêts (OMF) a tenu sa "
     "réunion annuelle. L'OMF juge « la situation alarmante ». Elle s'est dite « très "
     "inquiète ».", "très inquiète", "Organisation mondiale des forêts"),
    ("Sacha Morel a ouvert la séance. L'Agence régionale de santé a jugé « la situation "
     "grave ». « Nous restons mobilisés », a-t-elle ajouté.", "Nous restons mobilisés",
     "Agence régionale de santé"),
    ("Camille Roux a présenté les chiffres. L'Institut national des sondages (INS) a publié son "
     "rapport. L'INS prévoit « une hausse du chômage ». « Les chiffres sont clairs », "
     "a-t-il affirmé.", "Les chiffres sont clairs", "Institut national des sondages"),
    # an acronym the article never writes in full shows no gender
    ("Tedros Adhanom était à Genève mardi. L'OMF juge « la situation alarmante ». Il s'est dit "
     "« très inquiet ».", "très inquiet", "OMF"),
    # a determiner that shows it, as before
    ("Sacha Morel a ouvert la séance lundi. La CGT a appelé à « durcir le mouvement ». « Nous "
     "tiendrons jusqu'au bout », a-t-elle ajouté.", "Nous tiendrons jusqu'au bout", "CGT"),
    ("Dominique Arnal a reçu les familles. Le parquet de Brenac a estimé que « les faits sont "
     "graves ». Il a promis « toute la lumière ».", "toute la lumière", "parquet de Brenac"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), DISAGREE + AGREE)
def test_a_pronoun_agrees_with_the_bodys_noun(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


# (text, name, gender the article's namings show)
NAMINGS = [
    ("La CGT a appelé à la grève.", "CGT", "f"),
    ("Le parquet de Brenac a ouvert une enquête.", "parquet de Brenac", "m"),
    ("Une réunion avec le gouvernement est prévue au ministère.", "gouvernement", "m"),
    ("L'Agence régionale de santé a ouvert une enquête.", "Agence régionale de santé", "f"),
    ("L'État a débloqué une aide.", "État", "m"),
    ("Le bilan du syndicat a été publié par l'Office national des forêts.",
     "Office national des forêts", "m"),
    # « son » says nothing (« son agence »), nor a bare name, nor an acronym alone
    ("Son agence a fermé.", "agence", None),
    ("Sanofi a annoncé un plan social.", "Sanofi", None),
    ("L'OMF a publié un rapport.", "OMF", None),
    # two namings that disagree: none
    ("Le Vigilant a publié un article. La Vigilant, elle, s'est tue.", "Vigilant", None),
]


@pytest.mark.parametrize(("text", "name", "gender"), NAMINGS)
def test_the_gender_a_bodys_namings_show(nlp, text, name, gender):
    assert body_gender(nlp(text), name) == gender
