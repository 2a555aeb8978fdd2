"""A name the recogniser ran into the complement of the title before it, one entity with the
complement or with the title: « le maire de |Vernac João dos Santos| » (a person's),
« la |ministre de la Culture Nkechi Adebayo| » (a body's), « la ministre de la |Mer Nkechi
Adebayo| » (a place's). The parse makes the name's first word the role noun's apposition
past its complement (``flat:name`` after it); that word opens the name, whatever the label and
whether or not the lexicon knows the first name. One reading for both readers: ``name_spans``
(a person's entity) and ``titled`` (any other run).

No name when the complement is the person: a first name of the lexicon opens it (« le
porte-parole d'|Ahmed Ben Salah| »), or a particle opens what would be the name (« de Tariq
|Ben Salah| », « de Tariq |Abou Sahel| »: a first name the lexicon lacks, then the surname).
No name either when a body's name the recogniser tagged opens after the complement, or an
organisation noun is in it (« le directeur de l'usine Renault Trucks »). This reading gives
none for « le directeur de l'Institut Marie Curie » too, but another one still names her (a
strict xfail in tests/test_titled_names.py). A word that opens a compound place
(lexicon/place_openers.txt: « Saint », « Port », « Fort » …) keeps the word after it in the
complement (« le maire de Saint Denis Mathieu Hanotin », « de Port Louis Jean Vidal », « de
Villeneuve Saint Georges … »).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.attribute.names import first_name_gender
from quotes.lexicon import capitalised, fold, folded, is_org_noun
from quotes.lexicon.grammar import NAME_LINKS, NAME_PARTICLES
from quotes.lexicon.roles import is_role_noun


def opens_place(tok: Token) -> bool:
    """Does the word open a compound place name with the word after it (« Saint Denis »,
    « Port Louis »: lexicon/place_openers.txt)?"""
    return capitalised(tok.text) and fold(tok.text) in folded("place_openers")


def name_after_complement(noun: Token) -> int | None:
    """Where the name starts after the role noun ``noun`` and its capitalised complement
    (« maire de Vernac | João dos Santos »): the noun's apposition the parse puts after the
    complement's first capitalised word, or the word after a place's opener the complement
    starts with (« de Port Louis | Jean Vidal »), moved past a compound place the complement
    ends on; None when there is no such word, the complement is a person or a body, or the
    name would be fewer than two capitalised words."""
    doc = noun.doc
    if not (noun.is_lower and is_role_noun(noun.text)):
        return None
    end = noun.i + 1
    while end < len(doc) and (capitalised(doc[end].text) or doc[end].lower_ in NAME_LINKS or (
            fold(doc[end].text) in NAME_PARTICLES and doc[end].is_lower)):
        end += 1
    run = doc[noun.i + 1 : end]
    first = next((t for t in run if capitalised(t.text)), None)
    opener = None if first is None else next(
        (t for t in run if t.i > first.i and t.dep_ == "appos" and t.head.i == noun.i), None)
    if first is None or first_name_gender(first.text) is not None:
        return None  # « le porte-parole d'Ahmed Ben Salah »: the complement is the person
    if opener is None and opens_place(first):
        opener = first  # « de Port Louis Jean Vidal »: no apposition, the place then the name
    if opener is None or fold(opener.text) in NAME_PARTICLES:
        return None  # « de Tariq Ben Salah »: a first name the lexicon lacks, the person
    if (opener.ent_iob_ == "B" and opener.ent_type_ == "ORG") or any(
            is_org_noun(t.text) for t in doc[noun.i + 1 : opener.i]):
        return None  # « le directeur de l'usine Renault Trucks »: a body
    if any(c.dep_ not in ("flat:name", "flat") for c in opener.children if c.i > opener.i):
        return None
    start = opener.i  # past « Saint » and the word after it: one place (« Saint Denis »)
    if opens_place(doc[start - 1]) and not opens_place(doc[start]):
        start += 1
    while start + 1 < end and opens_place(doc[start]):
        start += 2  # « Villeneuve Saint Georges »
    name = doc[start:end]
    while len(name) and not capitalised(name[-1].text):
        name = doc[start : name.end - 1]
    return start if len(name) >= 2 else None
