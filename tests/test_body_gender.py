"""A pronoun agrees with the grammatical gender of the noun naming a body, not with the people in
it (quotes/attribute/body_gender.py, read by ``pronouns._agrees``): « il » never stands for a
body the article names « la » (« l'Agence régionale », « l'Union européenne »), nor « elle » for
one named « le » or « l'Institut » (lexicon/elided_body_nouns.tsv); a body the registry names
by its full name (« l'Organisation mondiale des forêts (OMF) … l'OMF ») has that name's gender.
A proper noun or an acronym shows none by itself (« l'Élysée », « l'OMF » alone), nor does a
company's bare name: it agrees with both pronouns, as before. The mention the pronoun follows
shows its gender first (« Le Medef … La fédération patronale … Elle »)."""

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
    # « l' » and a masculine noun with no adjective: the lexicon's gender, never the parse's
    ("Anne Servais était présente. L'Institut Pasteur a publié un avis. « Nous restons "
     "prudents », a-t-elle expliqué.", "Nous restons prudents", "Anne Servais"),
    ("Anne Servais était présente. L'Observatoire des prix a publié un avis. « Les hausses vont "
     "ralentir », a-t-elle affirmé.", "Les hausses vont ralentir", "Anne Servais"),
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
    # a proper noun shows no gender, whatever the parse guesses (it tags « Élysée » feminine)
    ("Marc Roux était présent. L'Élysée a publié un communiqué. Il a jugé que « la situation est "
     "sous contrôle ».", "« la situation est sous contrôle »", "Élysée"),
    ("Anne Servais était présente. L'Élysée a salué « un accord historique ». Il a ajouté que "
     "« la France tiendra parole ».", "« la France tiendra parole »", "Élysée"),
    # the mention the pronoun follows wins over the gender of the body's name
    ("Le Medef a dénoncé une hausse des charges. La fédération patronale a réclamé « un geste du "
     "gouvernement ». Elle a ajouté : « Les entreprises ne tiendront pas. »",
     "Les entreprises ne tiendront pas.", "Medef"),
    # a person's mention shows no body's gender: « le médecin » is Claire Aubert
    ("Anne Servais a appelé les secours. Le médecin de garde, Claire Aubert, a examiné "
     "l'enfant. Elle a déclaré : « Il va mieux. »", "Il va mieux.", "Claire Aubert"),
    ("Le témoin, Anne Servais, a été entendu par les gendarmes. « Je n'ai rien vu », a-t-elle "
     "dit.", "Je n'ai rien vu", "Anne Servais"),
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
    # a proper noun or an acronym after « l' »: the parse's gender is a guess
    ("L'Élysée a publié un communiqué.", "Élysée", None),
    ("L'ONU a réagi.", "ONU", None),
    ("L'Unédic a publié un bilan.", "Unédic", None),
    # only an adjective agrees with the noun: « la » after it is no sign
    ("L'Élysée la juge prématurée.", "Élysée", None),
    # the name as written, a whole word: « le total » is no naming of « Total »
    ("Le total des ventes a baissé. Total a publié ses comptes.", "Total", None),
    # two namings that disagree: none
    ("Le Vigilant a publié un article. La Vigilant, elle, s'est tue.", "Vigilant", None),
]


@pytest.mark.parametrize(("text", "name", "gender"), NAMINGS)
def test_the_gender_a_bodys_namings_show(nlp, text, name, gender):
    assert body_gender(nlp(text), name) == gender


# lexicon/elided_body_nouns.tsv, one row an entry: (text, name, gender)
ELIDED = [
    ("L'Académie des lettres de Vernac a protesté.", "Académie des lettres de Vernac", "f"),
    ("L'Administration pénitentiaire a répondu.", "Administration pénitentiaire", "f"),
    ("L'Agence de l'eau Brenac a alerté.", "Agence de l'eau Brenac", "f"),
    ("L'Alliance des petits commerces a protesté.", "Alliance des petits commerces", "f"),
    ("L'Ambassade de Vernac a répondu.", "Ambassade de Vernac", "f"),
    ("L'Armée de l'air a démenti.", "Armée de l'air", "f"),
    ("L'Assemblée de Brenac a voté.", "Assemblée de Brenac", "f"),
    ("L'Association des riverains de Vernac a écrit.", "Association des riverains de Vernac",
     "f"),
    ("L'Autorité des marchés a tranché.", "Autorité des marchés", "f"),
    ("L'École des mines de Brenac a répondu.", "École des mines de Brenac", "f"),
    ("L'Entreprise Morel et fils a démenti.", "Entreprise Morel et fils", "f"),
    ("L'État a débloqué une aide.", "État", "m"),
    ("L'Hôpital de Vernac a répondu.", "Hôpital de Vernac", "m"),
    ("L'Instance de médiation a tranché.", "Instance de médiation", "f"),
    ("L'Institut Pasteur a publié un avis.", "Institut Pasteur", "m"),
    ("L'Institution des sourds de Brenac a écrit.", "Institution des sourds de Brenac", "f"),
    ("L'Observatoire des prix a publié un avis.", "Observatoire des prix", "m"),
    ("L'Office des forêts a répondu.", "Office des forêts", "m"),
    ("L'Opéra de Brenac a annulé la saison.", "Opéra de Brenac", "m"),
    ("L'Organisation des producteurs a protesté.", "Organisation des producteurs", "f"),
    ("L'Organisme de formation Vernac a répondu.", "Organisme de formation Vernac", "m"),
    ("L'Union des pêcheurs a protesté.", "Union des pêcheurs", "f"),
    ("L'Université de Brenac a répondu.", "Université de Brenac", "f"),
]


@pytest.mark.parametrize(("text", "name", "gender"), ELIDED)
def test_an_elided_bodys_noun_shows_its_gender(nlp, text, name, gender):
    assert body_gender(nlp(text), name) == gender
