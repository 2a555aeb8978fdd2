"""Whom a cue stands for when the words before it or the sentence before it name the speaker:
a body that is the subject of words said with no marks takes the pronoun of the cue after
them when no one before it in the paragraph agrees (« Le parquet ne dira rien, a-t-il
indiqué »); a body of no gender cited after « selon » is no gendered pronoun's when one of its
gender is named before it; a name at the head of the sentence, in full or after a title,
before the comma of an apposed « l'un des … » is who speaks (« Me Paul Roux, l'un des
avocats, a indiqué »); a participle opening a fronted clause, a preposition after it
(« Assis dans le box, … »), is no name, a first name is.
"""

import pytest
from conftest import quote_said

from quotes.attribute.name_shape import common_opener

# (text, words said, speaker, kind, role, gender)
OWN_BODY = [
    # fire: the body the words said are about; the man named in an earlier paragraph is not it
    ("Le ministre Paul Roux viendra mardi à Valence.\n\nLa juge est arrivée sur les lieux lundi. "
     "Le parquet de Valence ne souhaite pas communiquer sur le dossier, mais il s'exprimera "
     "mardi, a-t-il indiqué.",
     "Le parquet de Valence ne souhaite pas communiquer sur le dossier, mais il s'exprimera "
     "mardi", "parquet de Valence", "organization", None, None),
    # must not: the body does not agree with the pronoun; one who agrees in the paragraph
    ("Le ministre Paul Roux viendra mardi à Valence.\n\nLa mairie de Valence ne souhaite pas "
     "communiquer sur le dossier, a-t-il indiqué.",
     "La mairie de Valence ne souhaite pas communiquer sur le dossier", "Paul Roux", "person",
     "ministre", "male"),
    ("Le ministre Paul Roux est arrivé à Valence lundi.\n\n« Le parquet de Valence a tous les "
     "pouvoirs pour enquêter », a-t-il déclaré.",
     "Le parquet de Valence a tous les pouvoirs pour enquêter", "Paul Roux", "person",
     "ministre", "male"),
    ("Le ministre Paul Roux est venu lundi à Valence. Le parquet de Valence ne souhaite pas "
     "communiquer sur le dossier, a-t-il indiqué.",
     "Le parquet de Valence ne souhaite pas communiquer sur le dossier", "Paul Roux", "person",
     "ministre", "male"),
]

CITED = [
    # fire: « elle » passes over the body « selon » cites, to the spokeswoman before it
    ("Un bus a heurté une école lundi, a indiqué Julie Fortin, porte-parole des pompiers de la "
     "région. Selon Radio-Nord, deux enfants sont morts. « Douze camions sont présents sur le "
     "terrain », a-t-elle ajouté.", "Douze camions sont présents sur le terrain", "Julie Fortin",
     "person", "porte-parole des pompiers de la région", "female"),
    # must not: a body with a gender of its own, or a person, cited after « selon »
    ("Un bus a heurté une école lundi, a indiqué Paul Morel, porte-parole des pompiers de la "
     "région. Selon la préfecture, deux enfants sont morts. « Douze camions sont présents sur le "
     "terrain », a-t-elle ajouté.", "Douze camions sont présents sur le terrain", "préfecture",
     "organization", None, None),
    ("Un bus a heurté une école lundi, a indiqué Paul Morel, porte-parole des pompiers de la "
     "région. Selon Julie Fortin, deux enfants sont morts. « Douze camions sont présents sur le "
     "terrain », a-t-elle ajouté.", "Douze camions sont présents sur le terrain", "Julie Fortin",
     "person", None, "female"),
    # must not: no one of the pronoun's gender before the body: the body speaks
    ("La ministre Claire Roux a visité l'usine. D'après Vexal Industries, les livraisons "
     "reprendront en mars. « Nous tiendrons nos délais », a-t-il ajouté.",
     "Nous tiendrons nos délais", "Vexal Industries", "organization", None, None),
]

APPOSED = [
    # fire: the parse makes « l'un des avocats » the subject; the name before it speaks
    ("Le tribunal a rendu son jugement lundi.\n\nMe Paul Morin, l'un des avocats de la firme, a "
     "indiqué « prendre acte de ce jugement très long ».", "prendre acte de ce jugement très long",
     "Paul Morin", "person", "avocat de la firme", "male"),
    ("Le tribunal a rendu son jugement lundi.\n\nMe Paul Morin, l'un des avocats de la firme, a "
     "indiqué « prendre acte de ce jugement ». « Nous allons l'analyser », a-t-il déclaré.",
     "Nous allons l'analyser", "Paul Morin", "person", "avocat de la firme", "male"),
    ("Le tribunal a rendu son jugement lundi.\n\nMe Morin, l'un des avocats de la firme, a "
     "indiqué « prendre acte de ce jugement très long ».", "prendre acte de ce jugement très long",
     "Morin", "person", "avocat de la firme", None),
    # must not: a preposition opens the name, the description is the subject; a surname with
    # no title; a description that is no « l'un des … »
    ("Le tribunal a rendu son jugement lundi.\n\nDevant Paul Morin, l'un des avocats de la "
     "firme a indiqué « prendre acte de ce jugement très long ».",
     "prendre acte de ce jugement très long", "l'un des avocats de la firme", "anonymous", None,
     None),
    ("Le tribunal a rendu son jugement lundi.\n\nMorin, l'un des avocats de la firme, a "
     "indiqué « prendre acte de ce jugement très long ».", "prendre acte de ce jugement très long",
     "l'un des avocats de la firme", "anonymous", None, None),
    ("Le tribunal a rendu son jugement lundi.\n\nPaul Morin, un policier du quartier a déclaré "
     "« Il est parti ».", "Il est parti", "un policier du quartier", "anonymous", None, None),
]

FRONTED = [
    # fire: « Assis » opens a fronted clause, no one's name: the clerk stays unnamed
    ("Il était midi au palais de justice de Valence. Assis dans le box des accusés, Marc Delorme "
     "se balançait doucement.\n\n« Qui parlera en votre nom ? », a demandé la greffière.",
     "Qui parlera en votre nom ?", None, "person", "greffière", "female"),
    # must not: a name opening its sentence before its verb is still a name
    ("Il était midi au palais de justice de Valence. Delorme dans le box a déclaré « Je suis "
     "innocent ».", "Je suis innocent", "Delorme", "person", None, None),
]


# (text, is its first word a common one when the parse makes it a clause's head: « advcl »)
OPENERS = [
    # fire: a fronted clause's head, a preposition right after it
    ("Assis dans le box, Marc Delorme a parlé.", True),
    # must not: a first name; no preposition after the word
    ("Valentin dans le box a parlé.", False),
    ("Assis, Marc Delorme a parlé.", False),
]


@pytest.mark.parametrize(("text", "common"), OPENERS)
def test_a_fronted_participle_is_no_name(nlp, text, common):
    doc = nlp(text)
    doc[0].dep_ = "advcl"  # set by hand: the row tests the rule, not the parse
    assert common_opener(doc[0]) is common


@pytest.mark.parametrize(("text", "said", "speaker", "kind", "role", "gender"),
                         OWN_BODY + CITED + APPOSED + FRONTED)
def test_who_the_sentence_before_names(nlp, text, said, speaker, kind, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.kind, who.role, who.gender) == (speaker, kind, role, gender)
