"""Roles the narration restates of a person without naming them (attribute/restated.py): an
office with its country (« la Première ministre finlandaise ») restates the bare office a
description alone gave the speaker (« a avancé la Première ministre »), which says no country;
never a bare office an apposition gave a name, one of the other gender, nor a speaker the
article gives the office of another country.

One row: text -> the quote, then speaker, role and gender.
"""

import pytest
from conftest import quote_said

ROWS = [
    # the office with its country, in a phrase that names no one, is the described speaker's
    ("La venue de la Première ministre finlandaise à la fête a surpris. Anna Virtanen a dansé "
     "toute la nuit. « Je n'ai rien fait de mal », a assuré la Première ministre.",
     "Je n'ai rien fait de mal", "Anna Virtanen", "Première ministre finlandaise", "female"),
    ("Le départ de la ministre islandaise a surpris. Anna Jonsdottir a quitté la salle tôt. "
     "« Paris est magnifique », a confié la ministre.",
     "Paris est magnifique", "Anna Jonsdottir", "ministre islandaise", "female"),
    # negative: the bare office an apposition gave the name stays (the country's is another's)
    ("Le Premier ministre Paul Morel a reçu le Premier ministre belge. « Nos vues sont "
     "proches », a déclaré le Premier ministre.",
     "Nos vues sont proches", "Paul Morel", "Premier ministre", "male"),
    # negative: the country's office in the other gender restates no one
    ("La venue de la Première ministre finlandaise a été annulée. Paul Morel a dansé toute la "
     "nuit. « Je n'ai rien fait de mal », a assuré le Premier ministre.",
     "Je n'ai rien fait de mal", "Paul Morel", "Premier ministre", "male"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "role", "gender"), ROWS)
def test_the_role_the_narration_restates(nlp, text, quote, speaker, role, gender):
    sp = quote_said(nlp, text, quote).speaker
    assert (sp.name, sp.role, sp.gender) == (speaker, role, gender)
