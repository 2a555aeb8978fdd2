"""The speaker's name as the article gives it in full.

Each mechanism has rows that fire and rows that must not (made-up sentences, invented names):
- one part of a double surname (« Lenz », « Anne Roy ») names the one person of the article
  whose surname it is part of (« Anne Roy-Lenz »); a first name that disagrees, or someone
  bearing that surname alone, keeps them apart;
- a past participle glued after the noun of the source a « selon » names (« selon une note
  transmise lundi », « d'après les gardiens postés sur le quai ») is not part of the speaker's
  words; a participle that names an office (« délégué ») or an appointment (« élu ») stays.
"""

import pytest
from conftest import quote_said

from quotes.attribute.names import named_by, parse, same_person

DOUBLE = [
    # one part of the double surname, alone, after the full name
    ("La ministre Anne Roy-Lenz a visité le port. « Nous tiendrons bon », a écrit Lenz.",
     "Nous tiendrons bon", "Anne Roy-Lenz"),
    # the first name and the first part of the surname
    ("Le député Marc Oller-Vidal était à Lyon. « Le texte passera », a assuré Marc Oller.",
     "Le texte passera", "Marc Oller-Vidal"),
]

APART = [
    # someone else bearing one part as their whole surname: the exact surname wins
    ("Le maire Paul Lenz a reçu la ministre Anne Roy-Lenz. « Le pont sera refait », a dit "
     "M. Lenz.", "Le pont sera refait", "Paul Lenz"),
    # a first name that disagrees: two people
    ("Le juge Luc Oller-Vidal a été cité. « Je témoignerai », a déclaré Sophie Oller.",
     "Je témoignerai", "Sophie Oller"),
]


@pytest.mark.parametrize(("text", "said", "speaker"), DOUBLE + APART)
def test_part_of_a_double_surname(nlp, text, said, speaker):
    assert quote_said(nlp, text, said).speaker.name == speaker


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Anne Roy", "Anne Roy-Lenz", True),
    ("Anne Lenz", "Anne Roy-Lenz", True),
    ("Paul Lenz", "Anne Roy-Lenz", False),  # first names disagree
    ("Anne Roy", "Anne Royer", False),  # no part of a double surname
    ("Jean Marie", "Jean-Marie Roy", False),  # a double first name is no surname
])
def test_same_person_by_a_part_of_the_surname(a, b, same):
    one, other = parse(a), parse(b)
    assert one is not None and other is not None
    assert same_person(one, other) is same


def test_a_bare_part_names_the_double_surname_only_when_nobody_bears_it():
    lenz, roy_lenz, paul = parse("Lenz"), parse("Anne Roy-Lenz"), parse("Paul Lenz")
    assert lenz is not None and roy_lenz is not None and paul is not None

    class P:
        def __init__(self, parts):
            self.parts = parts

    double, bare = P(roy_lenz), P(paul)
    assert named_by(lenz, [double]) == [double]
    assert named_by(lenz, [double, bare]) == [bare]
    assert named_by(parse("Marie"), [P(parse("Jean-Marie Roy"))]) == []
    # a part that is a first name: never a part of someone's surname
    assert named_by(parse("Martin"), [P(parse("Luc Saint-Martin"))]) == []
    martin = P(parse("Martin Roux"))
    assert named_by(parse("Martin"), [P(parse("Anne Saint-Martin")), martin]) == [martin]


GLUED = [
    # a participle before a time word: the note, not what happened to it
    ("Selon une note d’information transmise lundi à la presse, le maire a démissionné.",
     "le maire a démissionné", "une note d’information"),
    # a participle before a relative pronoun
    ("L'incendie a pris vers minuit selon les secouristes arrivés qui ont évacué l'immeuble.",
     "L'incendie a pris vers minuit", "secouristes"),
    # « d'après », a participle before a preposition that ends the phrase
    ("D'après les gardiens postés sur le quai, le navire a quitté le port à l'aube.",
     "le navire a quitté le port à l'aube", "gardiens"),
]

KEPT = [
    # a participle naming an office stays
    ("Selon le ministre délégué, le budget sera tenu.",
     "le budget sera tenu", "ministre délégué"),
    # an appointment participle stays
    ("Selon le maire élu dimanche, la piscine rouvrira en juin.",
     "la piscine rouvrira en juin", "maire élu"),
    # a participle right after a determiner is the noun itself
    ("Selon les blessés, le car roulait trop vite.", "le car roulait trop vite", "blessés"),
]


@pytest.mark.parametrize(("text", "said", "words"), GLUED + KEPT)
def test_participle_glued_after_the_source(nlp, text, said, words):
    q = quote_said(nlp, text, said)
    mention = q.speaker.mention.text if q.speaker.mention else ""
    assert mention.endswith(words), mention
