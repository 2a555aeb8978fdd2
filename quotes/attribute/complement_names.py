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

Where a person's entity itself goes on such a complement (``past_title``), the name's shape
opens it, whatever the parse makes of it (the verb's subject): the first name of the lexicon
after the complement's first word; a one-word person's entity of the complement right before
a person's name (« le patron du groupe |Kessler| Evguéni Morozov ») holds no name.
``spelled_names.title_cut`` cuts the entity there once per document, before any reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.names import first_name_gender
from quotes.lexicon import capitalised, fold, folded, is_org_noun
from quotes.lexicon.grammar import DE_CONTRACTED, NAME_LINKS, NAME_PARTICLES
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import entities, glued_hyphen


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


def _first_name_after(run: Span, first: Token) -> Token | None:
    """The word of ``run`` past the complement's first word ``first`` that opens a person's
    name by its shape, whatever the parse makes of it (« le procureur de Vernac | Denis
    Morel », the name read as the verb's subject): a whole word (not the second part of a
    hyphenated one, « Saint-Georges ») that is a first name of the lexicon, a capitalised word
    after it; None when no word is."""
    doc = run.doc
    for tok in run:
        if tok.i <= first.i or tok.i + 1 >= run.end or glued_hyphen(doc, tok.i - 1) or (
                opens_place(doc[tok.i - 1])):  # « de Saint Denis Paul Roux »: the place's
            continue
        nxt = doc[tok.i + 1]
        if first_name_gender(tok.text) is not None and (capitalised(nxt.text) or glued_hyphen(
                doc, nxt.i)):
            return tok
    return None


TITLE_REACH = 8  # words from a role noun to the name its complement runs into


def past_title(ent: Span) -> int | None:
    """Where the person's name starts inside an entity that goes on a role noun's complement
    (« le procureur de |Vernac Denis Morel| », « le chef de la milice |Kessler Dmitri
    Sokolov| »): its leading words, which no first name opens, close the title, and the name
    starts at the first name after them (``_first_name_after``); the entity's end when it
    holds no first name and a person's name follows it with only a space between, opening
    on a first name or of two words (« le patron du groupe |Kessler| Evguéni Morozov »: the
    group's name). None when the entity does not follow a role noun and « de »
    (« l'ambassadeur Wolf Sokolov », « selon Anne Roy »), or opens on a first name (« l'avocat
    de Jean Pierre Dupont »: the complement is the person)."""
    doc = ent.doc
    if not _in_title(doc, ent.start) or first_name_gender(ent[0].text) is not None:
        return None
    opener = _first_name_after(ent, ent[0])
    if opener is not None:  # a capitalised word follows it in the entity: two words at least
        return opener.i
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.ent_iob_ != "B" or after.ent_type_ != "PER" or not (
            ent[-1].whitespace_):
        return None
    words = next((len(e) for e in entities(doc) if e.start == after.i), 0)  # the person's
    return ent.end if first_name_gender(after.text) is not None or words >= 2 else None


def _in_title(doc: Doc, start: int) -> bool:
    """Do the words before ``start`` go back to a lower-case role noun over its complement,
    with « de », « du » or « des » in it (« le procureur de | », « le patron du groupe
    rebelle russe | »): determiners, prepositions, nouns and adjectives, no punctuation, no
    verb?"""
    linked = False
    for k in range(start - 1, max(start - 1 - TITLE_REACH, -1), -1):
        tok = doc[k]
        if tok.is_lower and tok.pos_ == "NOUN" and is_role_noun(tok.text):
            return linked
        if tok.lower_ in DE_CONTRACTED:
            linked = True
        elif tok.pos_ not in ("NOUN", "ADJ", "DET", "ADP", "PROPN"):
            return False  # punctuation, a verb, a pronoun: no title goes on over it
    return False
