"""Given names lexicon/first_names.tsv lists on the word of an outside source.

Each name added with the source its header names (a name the source gives as male or female
overall, not « mostly » one nor both) has a made-up sentence of its own where nothing but the
first name shows the speaker's gender; names the source gives to both stay out of the list and
give none. Every sentence and surname is made up.
"""

from __future__ import annotations

import pytest

from quotes.attribute.name_model import NAME_MODEL
from quotes.attribute.names import first_name_gender
from quotes.model import Article
from quotes.pipeline import extract_doc

# (first name, sentence, speaker, role, gender)
ADDED = [
    ("Adrien", "« Le chantier avance bien », a déclaré Adrien Valmont.", "Adrien Valmont", None,
     "male"),
    ("Alexander", "« Nous serons prêts en juin », a assuré Alexander Brenning.",
     "Alexander Brenning", None, "male"),
    ("Annelies", "« La digue tiendra », a affirmé Annelies Vermaut.", "Annelies Vermaut", None,
     "female"),
    ("Bob", "« Il roulait trop vite », se souvient Bob, 12 ans.", "Bob", None, "male"),
    ("Conner", "« Le texte sera voté », a déclaré Conner Blanchet.", "Conner Blanchet", None,
     "male"),
    ("Cora", "« Les classes rouvriront lundi », a indiqué Cora Mantelli.", "Cora Mantelli", None,
     "female"),
    ("Dick", "« Nous resterons vigilants », a prévenu Dick Verhoef.", "Dick Verhoef", None,
     "male"),
    ("Fleur", "« La saison a été rude », confie Fleur Dassonville.", "Fleur Dassonville", None,
     "female"),
    ("Élodie", "« La digue a cédé dans la nuit », a raconté Élodie Rambert.", "Élodie Rambert",
     None, "female"),
    ("Jérémie", "« Mon client conteste tout », a plaidé Jérémie Castan.", "Jérémie Castan", None,
     "male"),
    ("Line", "« Le festival aura lieu », a annoncé Line Moreau.", "Line Moreau", None, "female"),
    # an epicene role noun leaves the gender to the first name
    ("Martial", "« Les secours sont arrivés vite », a expliqué Martial Diouf, chef des pompiers.",
     "Martial Diouf", "chef des pompiers", "male"),
    ("Philip", "« Les négociations reprendront », a dit Philip Carrow.", "Philip Carrow", None,
     "male"),
    ("Rob", "« L'alliance tiendra », a répété Rob Halsema.", "Rob Halsema", None, "male"),
    ("Sally", "« On ne peut pas payer le car tous les jours », raconte Sally, 16 ans.", "Sally",
     None, "female"),
    # a known first name also ends a channel's name the recogniser ran into the person's
    ("Tamara", "« Nous avons gagné », a confié à beIN SPORTS Tamara Kovacek, capitaine des "
     "Bleues.", "Tamara Kovacek", "capitaine des Bleues", "female"),
    ("Willy", "« La ville paiera », a promis Willy Demarteau, bourgmestre de Herve.",
     "Willy Demarteau", "bourgmestre de Herve", "male"),
]

# must not: names the source gives to both, left out of the list (Dilan is marked in
# lexicon/epicene_names.txt), and a lone name the list lacks before an age
LEFT_OUT = [
    ("« Le vote aura lieu en mars », a annoncé Alexis Varnier.", "Alexis Varnier"),
    ("« Le pont rouvrira », a déclaré Dilan Okur.", "Dilan Okur"),
    ("« Il roulait trop vite », se souvient Timo, 11 ans.", "Timo"),
]


@pytest.mark.parametrize(("first", "text", "speaker", "role", "gender"), ADDED)
def test_added_first_name_gives_the_gender(nlp, first, text, speaker, role, gender):
    assert first_name_gender(first) == gender[0]
    (q,) = extract_doc(Article("t", text), nlp(text)).quotes
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, role, gender)
    assert q.speaker.kind == "person" and NAME_MODEL not in q.evidence


@pytest.mark.parametrize(("text", "speaker"), LEFT_OUT)
def test_names_given_to_both_give_none(nlp, text, speaker):
    assert first_name_gender(speaker.split()[0]) is None
    (q,) = extract_doc(Article("t", text), nlp(text)).quotes
    assert (q.speaker.name, q.speaker.role, q.speaker.gender) == (speaker, None, None)
