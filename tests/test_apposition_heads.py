"""A subject that runs over an apposition holding a determiner (« lauréate ce jeudi du prix… »,
« lauréat du prix Vernier l'an dernier ») is the name before the apposition, not the second
noun phrase: an article opening the sentence before a noun in lower case (« L'écrivaine »,
« Le sculpteur ») is an article, not the first word of a title (« Le Matin »), and a name set
off by a comma before the apposition keeps it (quotes/attribute/mentions.py, ``_one_phrase``).
"""

import pytest
from conftest import quote_said

ROWS = [
    ("L'écrivaine française Lise Marvaud, lauréate ce jeudi du prix Goncourt, a évoqué « un "
     "très grand honneur » pour elle.", "« un très grand honneur » pour elle", "Lise Marvaud",
     "écrivaine française", "female"),
    ("La romancière Lise Marvaud, lauréate ce jeudi du prix Goncourt, a affirmé que le livre "
     "était fini.", "le livre était fini", "Lise Marvaud", "romancière", "female"),
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
]


@pytest.mark.parametrize(("text", "said", "speaker", "role", "gender"), ROWS)
def test_the_name_before_the_apposition_speaks(nlp, text, said, speaker, role, gender):
    who = quote_said(nlp, text, said).speaker
    assert (who.name, who.role, who.gender) == (speaker, role, gender)
