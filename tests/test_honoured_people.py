"""A noun of the one honoured (lexicon/distinction_nouns.txt: « le héros de la soirée »,
« l'héroïne du jour ») names a person, described, not a speaker of its own: the one of its
gender named last, else the next one named. Made-up sentences.
"""

import pytest
from conftest import quote_said

# (text, words said, speaker, gender)
ROWS = [
    # « héros »: the man named last, the cue after the words
    ("Paul Vidal a marqué trois buts dimanche. « Je n'y croyais plus », a lancé le héros de "
     "la soirée.", "Je n'y croyais plus", "Paul Vidal", None),
    # « héroïne »: a woman, another verb and tense
    ("Léa Morin a sauvé deux enfants de la noyade. « J'ai agi sans réfléchir », a raconté "
     "l'héroïne du jour.", "J'ai agi sans réfléchir", "Léa Morin", "female"),
    # the feminine noun passes over the man named before her
    ("Paul Vidal a marqué trois buts. Léa Morin a arrêté un penalty. « Je n'y croyais plus », "
     "a lancé l'héroïne de la soirée.", "Je n'y croyais plus", "Léa Morin", "female"),
    # the one named after the words, no one before
    ("« Ce n'est pas fini comme je l'aurais voulu », a regretté le héros du jour devant la "
     "foule. Mais « je suis heureux », a ajouté un Marc Lenoir souriant.",
     "Ce n'est pas fini comme je l'aurais voulu", "Marc Lenoir", None),
    # must not: several heroes are no one person of the cast
    ("Paul Vidal a marqué trois buts. « Nous avons tenu », ont lancé les héros de la soirée.",
     "Nous avons tenu", "héros de la soirée", None),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS)
def test_a_noun_of_the_honoured_describes_a_person(nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert sp.name == speaker
    if gender:
        assert sp.gender == gender
