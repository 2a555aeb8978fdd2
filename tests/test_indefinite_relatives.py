"""A « que » after the cue's object with an indefinite article (« un », « une », « des ») is a
relative pronoun when the parse makes it the object of a relative clause on that noun, as after a
definite one (quotes/detect/complements.py, ``_relative``): « a tweeté une vidéo qu'elle lui
avait envoyée » reports nothing. A person told something after a verb of
lexicon/addressee_verbs.txt (« a averti des élus que … »), a place before « que » (« devant des
journalistes », « dans un entretien ») and a time, a noun of time or « fois » anywhere in the
phrase (« des dizaines de fois »), leave the que-clause the cue's.

Sentences written for these tests; names and places are invented.
"""

import pytest
from conftest import beside_its_own_quote, quote_said

RELATIVES = [
    # « une » then a noun the relative clause is on
    "L'animateur Luc Vigne a tweeté une vidéo qu'elle lui avait envoyée il y a peu.",
    "La ministre Léa Fontaine a rappelé une évidence que certains oublient.",
    # « des » then a noun the relative clause is on
    "Le syndicaliste Denis Royer a dénoncé des pratiques que la direction refuse de reconnaître.",
]


@pytest.mark.parametrize("text", RELATIVES)
def test_a_relative_on_the_object_reports_nothing(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


CLAUSES = [
    # the person told, then what: « des »
    ("Le maire Paul Roux a informé des journalistes que le projet était abandonné.",
     "le projet était abandonné", "Paul Roux", "a informé"),
    ("La ministre Léa Fontaine a assuré des riverains que l'usine ne rouvrirait pas.",
     "l'usine ne rouvrirait pas", "Léa Fontaine", "a assuré"),
    # where or when it was said, an indefinite in it
    ("Le maire Paul Roux a déclaré devant des journalistes que le projet était abandonné.",
     "le projet était abandonné", "Paul Roux", "a déclaré"),
    ("Le maire Paul Roux a dit dans un entretien que le projet était abandonné.",
     "le projet était abandonné", "Paul Roux", "a dit"),
    # a verb of lexicon/addressee_verbs.txt: the one told, whatever the parse makes of « que »
    ("Le directeur Luc Perrin a assuré un collègue que rien ne changerait.",
     "rien ne changerait", "Luc Perrin", "a assuré"),
    ("Le député Marc Olivier a averti des élus que le budget serait rejeté.",
     "le budget serait rejeté", "Marc Olivier", "a averti"),
    # a noun of time or « fois » anywhere in the phrase: when, no object
    ("La maire Claire Aubin a répété des dizaines de fois que la piscine rouvrirait.",
     "la piscine rouvrirait", "Claire Aubin", "a répété"),
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), CLAUSES)
def test_a_que_clause_after_an_indefinite_stays_the_cues(nlp, text, said, speaker, cue):
    q = quote_said(nlp, text, said)
    assert (q.type, q.speaker.name, q.cue.text) == ("indirect", speaker, cue)
