"""A subject that runs over an apposition holding a determiner (« lauréate ce mardi du
prix… », « lauréat du prix Vernier l'an dernier ») is the name before the apposition, not the
second noun phrase: an article opening the sentence before a noun in lower case and a person's
name (« La romancière Inès Vardel », « Le sculpteur Marc Oudin ») is an article, not the first
word of a title (« Le Matin ») nor of a time's phrase (« Le jour du vote | la candidate »), and
a name set off by a comma before the apposition keeps it (quotes/attribute/mentions.py,
``_one_phrase``).
"""

import pytest
from conftest import quote_said

ROWS = [
    ("La romancière belge Inès Vardel, lauréate ce mardi du prix Lémane, a salué « une vraie "
     "surprise ».", "une vraie surprise", "Inès Vardel", "romancière belge", "female"),
    ("La romancière Inès Vardel, lauréate ce mardi du prix Lémane, a affirmé que le livre était "
     "fini.", "le livre était fini", "Inès Vardel", "romancière", "female"),
    ("Le sculpteur Marc Oudin, vainqueur cette année du concours de Brelon, a déclaré que "
     "l'oeuvre était prête.", "l'oeuvre était prête", "Marc Oudin", "sculpteur", "male"),
    # a name first, its apposition set off by a comma, a determiner inside it
    ("Le romancier Paul Dorval, lauréat du prix Vernier l'an dernier, a jugé « ce choix "
     "excellent ».", "ce choix excellent", "Paul Dorval", "romancier", "male"),
    ("Paul Dorval, lauréat du prix Vernier l'an dernier, a jugé « ce choix excellent ».",
     "ce choix excellent", "Paul Dorval", None, "male"),
    # near misses: a title opening the sentence stays a title; no apposition, no change
    ("Le Matin Dimanche a affirmé que le projet était abandonné.", "le projet était abandonné",
     "Matin Dimanche", None, None),
    ("Selon Anne Roux, la directrice de l'école, « tout est calme ».", "tout est calme",
     "Anne Roux", "directrice de l'école", "female"),
    ("Le lendemain le maire a déclaré que la route était fermée.", "la route était fermée",
     None, "maire", None),
    # a time's phrase with a complement and no name opening the sentence is no speaker's
    ("Le jour du vote la candidate a affirmé que la victoire était proche.",
     "la victoire était proche", None, "candidate", "female"),
    ("Le matin de l'attentat le préfet a indiqué que la zone était bouclée.",
     "la zone était bouclée", None, "préfet", None),
    ("Le soir du drame le père a raconté que la porte était fermée.", "la porte était fermée",
     None, None, "male"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_the_name_before_the_apposition_speaks(nlp, text, said, speaker, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.role, who.gender) == (speaker, role, gender)
