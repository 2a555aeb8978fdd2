"""A town's inhabitant or a nationality made a noun (« la Rémoise », « la Française ») and a
demonstrative with its relative clause (« celle qui … ») stand for a person of the article:
made-up sentences, one row a case.

- an age apposed after the two words (« La Rémoise, 33 ans, … ») leaves them a description,
  as « de 33 ans » does, never a body's name (speakers.py); a capitalised article opening
  the paragraph opens the sentence, whatever the parser made of it (names.py);
- a nationality or an inhabitant's name that no one named before can restate goes to the
  one person of its gender the article names after it, paragraphs on; to no one when it names
  two (described.py);
- an adjunct between the cue and « celle qui … » (« a admis avec lucidité celle qui … ») is
  skipped to the demonstrative, not to a noun of its clause (detect/skips.py).
"""

import pytest
from conftest import quote_said

SAID = "J'ai mis la barre très haut cette année"
FILLER = ("Le public a chanté longtemps sur la place du village et les bénévoles ont rangé les "
          "barrières avant la nuit. Les organisateurs ont annoncé une nouvelle édition pour "
          "l'année prochaine, avec un parcours plus long et plus de montagne. Les coureuses "
          "devront aussi affronter deux contre-la-montre. Le départ sera donné à Brest et "
          "l'arrivée jugée à Paris, sur les Champs-Élysées, au terme de neuf étapes.")
OPENS = f"« {SAID} », jubile la Française, première à gagner le Tour.\n\n{FILLER}\n\n"
LOST = "Elle était trop forte"
NONE = None

# (text, words said, speaker, gender)
ROWS = [
    # fire: an age apposed after a town's inhabitant, the capitalised article opening the
    # sentence: the one woman named before, not a body named « Rémoise »
    ("Léa Fontaine a gagné mardi à Nice. « Je suis heureuse », a-t-elle dit.\n\nLa Rémoise, "
     "33 ans, avait d'abord « envie de profiter du moment ».", "envie de profiter du moment",
     "Léa Fontaine", "female"),
    # fire: the capitalised article opens its paragraph, the parser running the sentence on
    # from the marks before the line break
    ("Léa Fontaine a gagné mardi à Nice. Elle a remercié ses parents : «Sans eux, je ne serais "
     "pas là où j'en suis aujourd'hui.»\n\nLa Rémoise avait ensuite «envie de profiter du "
     "moment».", "envie de profiter du moment", "Léa Fontaine", "female"),
    # must not: two women it could restate: someone the article does not say
    ("Anne Roux a battu Marie Lenoir. La Lyonnaise, 30 ans, a ensuite déclaré : « Le vent a "
     "tout changé. »", "Le vent a tout changé.", NONE, "female"),
    # fire: a nationality no one named before restates: the one woman the article names
    # after it, paragraphs on
    (f"{OPENS}Aujourd'hui Léa Fontaine veut se reposer.", SAID, "Léa Fontaine", "female"),
    # must not: two women named after it
    (f"{OPENS}Aujourd'hui Léa Fontaine veut se reposer, et Anne Petit aussi.", SAID, NONE,
     "female"),
    # must not: the one man named after it, not of its gender
    (f"{OPENS}Aujourd'hui Paul Roux veut se reposer.", SAID, NONE, "female"),
    # must not: a noun that says no origin (« la championne ») names no one so far ahead
    (f"{OPENS.replace('la Française', 'la championne')}Aujourd'hui Léa Fontaine veut se "
     "reposer.", SAID, NONE, "female"),
    # fire: « celle qui … » after an adjunct: the demonstrative, a pronoun for the one named
    (f"Léa Fontaine a perdu jeudi. « {LOST} », a admis avec lucidité celle qui disputait son "
     "premier Grand Chelem.", LOST, "Léa Fontaine", "female"),
    ("Paul Roux a perdu jeudi. « Il était trop fort », a reconnu devant la presse celui qui "
     "jouait son premier Grand Chelem.", "Il était trop fort", "Paul Roux", "male"),
    # near miss (the same without the change): no adjunct between them
    (f"Léa Fontaine a perdu jeudi. « {LOST} », a admis celle qui disputait son premier Grand "
     "Chelem.", LOST, "Léa Fontaine", "female"),
    # must not: a name after the adjunct stays the subject, the relative apposed to it
    (f"Léa Fontaine a perdu jeudi face à Anne Petit. « {LOST} », a admis avec lucidité Anne "
     "Petit, celle qui disputait son premier tournoi.", LOST, "Anne Petit", "female"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "gender"), ROWS)
def test_inhabitants_and_demonstratives(nlp, text, said, speaker, gender):
    sp = quote_said(nlp, text, said).speaker
    assert (sp.name if sp else None, sp.gender if sp else None) == (speaker, gender)


# (words, an inhabitant's or a nationality's word)
WORDS = [
    ("Française", True),
    ("Rémoise", True),
    ("Dijonnaise", True),
    # must not: lower case, two words, a noun of no origin
    ("française", False),
    ("la Française", False),
    ("championne", False),
]


@pytest.mark.parametrize(("words", "expected"), WORDS)
def test_inhabitant_word(words, expected):
    from quotes.lexicon.nominal import inhabitant_word

    assert inhabitant_word(words) is expected
