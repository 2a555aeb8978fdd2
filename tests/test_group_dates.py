"""The dates a quote gives (``group.dates``): two quotes of one speaker that share the date of
one occasion and no other word are two statements, not a rendering of one; a rendering that
shares words besides the date, or figures that are no date, still joins. Invented names and
places throughout."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_group_words import rec

from quotes.group.dates import date_words
from quotes.group.grouping import group_quotes
from quotes.group.normal import normalize
from quotes.model import Speaker

_OTHER = Speaker("Paul Verdier", None, None, "person", "explicit", confidence=0.93)


@pytest.mark.parametrize(("text", "dated"), [
    ("les élections auront lieu le 12 mars prochain", "mars 12 prochain"),
    ("elle partira le 1er juin 2026", "1er juin 2026"),
    ("la grève commencera mardi 3 juin", "mardi 3 juin"),
    ("le 30 septembre dernier, il était à Brion", "30 septembre dernier"),
    # a month alone, and a number that is no day of it
    ("le chômage était de 7,5 % en avril", "avril"),
    # must not: no month, no date
    ("il restera maire de Brion le prochain mandat", ""),
    ("les 12 élus du conseil voteront", ""),
])
def test_the_words_of_a_date(text, dated):
    split = normalize(text).split()
    assert sorted(split[n] for n in date_words(split)) == sorted(dated.split())


# other speakers' quotes of the batch: a word two quotes share weighs what it weighs in a
# batch of news, not in a batch of two
_OTHERS = ("Le pont de Lorvenne sera fermé aux camions",
           "Nous avons reçu trois offres pour le stade",
           "Les travaux du port dureront deux ans",
           "La cantine servira des repas bio",
           "Il faut sauver le cinéma du quartier",
           "Les horaires du musée changent cet hiver")


@pytest.mark.parametrize(("said", "other", "grouped"), [
    # must not: two statements of one speaker that share the date of one occasion only
    ("les élections se tiendront le 12 mars prochain",
     "d'ici au 12 mars prochain, elle continuerait à siéger au conseil", False),
    ("le vote aura lieu le 21 mai 2026", "jusqu'au 21 mai 2026 elle restera maire", False),
    ("le vote aura lieu mardi 21 mai", "jusqu'à mardi 21 mai elle restera maire", False),
    # ... nor a month with no day: a month alone is the date of one occasion too
    ("le référendum aura lieu en mars", "en mars elle quittera la présidence du club", False),
    ("la foire aura lieu en octobre", "en octobre, la salle des fêtes restera fermée", False),
    # a rendering of one statement with its date: the words besides the date join them
    ("les élections se tiendront le 12 mars prochain",
     "des élections auraient lieu le 12 mars prochain", True),
    # figures that are no date still tell: the month is set aside, the rates are not
    ("le chômage à Brion était de 7,5 % en mars et il est de 7,1 % en avril",
     "le taux est passé de 7,5 % à 7,1 % en avril à Brion", True),
    # ... and so does a figure that is no date with no other word shared: the figure tells
    ("1 200 postes seront créés le 12 mars", "le 12 mars, l'usine embauchera 1 200 salariés",
     True),
])
def test_a_shared_date_is_no_rendering(said, other, grouped):
    others = [replace(rec(f"o{n}", f"b{n}", t, "direct"), speaker=_OTHER)
              for n, t in enumerate(_OTHERS)]
    quotes, _ = group_quotes([rec("q1", "a1", said, "indirect"),
                              rec("q2", "a2", other, "indirect"), *others])
    assert (quotes[0].group_id == quotes[1].group_id is not None) == grouped
    assert all(q.speaker.name == "Léa Morin" for q in quotes[:2])
