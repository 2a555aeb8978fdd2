"""Grammatical person: the words of one who speaks, of one spoken to, of a third person.

They tell a speaker's own words from the narrator's (« mon bilan » goes on a quote), a person
from a body, and a verb's « nous » or « vous » subject. Closed classes, as in ``grammar``:
named constants, lower case, both apostrophes listed.
"""

from __future__ import annotations

# a speaker who says these is one person, not a body or a place
FIRST_PERSON = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes"})
FIRST_PERSON_PLURAL = frozenset({"nous", "notre", "nos"})  # for oneself and one's own
# words that speak of someone else, maybe one a heading names (attribute/headed.py): these
# always, and those of THIRD_PERSON_BACK as a pronoun or a possessive that refers back, with no
# noun before it in the words (« nous attendons sa démission », not « un rêve, je l'ai réalisé »)
THIRD_PERSON = frozenset({"il", "elle", "lui"})
THIRD_PERSON_BACK = frozenset({"le", "la", "l'", "l’", "sa", "son", "ses", "leur", "leurs"})
THEM = frozenset({"eux", "elles"})  # « l'un d'eux »: one of a group said before it
ADDRESS = frozenset({"vous", "votre", "vos"})  # a question put to someone
# the words of one spoken to (« Bravo à toi », « merci pour votre soutien »)
SECOND_PERSON = ADDRESS | {"tu", "te", "t'", "t’", "toi", "ton", "ta", "tes"}
# the words of one who speaks or is spoken to: never the narrator's about a third person
# (« …, a dit Paul Morel, mon bilan. »: the quote goes on)
FIRST_SECOND_PERSON = FIRST_PERSON | FIRST_PERSON_PLURAL | SECOND_PERSON
# « nous » and « vous », a subject or an object alike: the endings of a verb whose subject
# they are ("nous confions", "vous dites")
OWN_VERB_ENDINGS = {"nous": ("ons", "sommes"), "vous": ("ez", "êtes", "dites", "faites")}
