"""First names alone that the recogniser missed, or labelled a place or a thing.

Someone a report names by a first name only (« Un voisin, Gérard, … », « Nadège, 34 ans,
raconte », « Léa, elle, … ») is a person of the cast even when the recogniser saw no one
there. A capitalised word of lexicon/first_names.tsv, outside quotation marks, with no
person's or body's entity on it, is such a name when the text sets it apart as one: apposed
between commas (or before a bracket) to a noun phrase of a person before it (« une habitante
du quartier, Nadège, ») or after it (« Plus loin, Nadège, une voisine, »); followed by an age
(« Imène, 12 ans, », a bracket between them allowed); or followed by a stressed pronoun
between commas (« Léa, elle, »). A word after a preposition or an article (« à Florence »,
« la Rose ») or inside a run of capitalised words (« Florence Morel »: the recogniser's to
read) is none; nor is a word the text only places (« la capitale, Florence, »: no noun of a
person before it). A capitalised word alone is one too where « , un / une » and a human noun
follow it (``_introduced``): a first name of the lexicon as its apposition or after a
reporting verb, another word the recogniser labels nothing only as its own apposition in the
parse (« à l'image de Gwendal, un habitant du bourg »).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import person_word
from quotes.attribute.names import Name, first_name_gender
from quotes.attribute.noun_kinds import human_noun, of_people
from quotes.attribute.one_of import past_one_of
from quotes.lexicon import capitalised, fold, reporting_verbs, words
from quotes.lexicon.grammar import INDEFINITE

_REACH = 6  # words back from the comma to the noun of a person the name is apposed to
_AGES = ("an", "ans", "mois")
_STRESSED = {"f": "elle", "m": "lui"}  # a first name's gender -> its stressed pronoun


def given_names(doc: Doc, outside: Callable[[int], bool]) -> list[tuple[Span, Name]]:
    """Each first name alone that the text sets apart as a person's (see the module)."""
    found = []
    for tok in doc[:-1]:  # the first word too: « Imène, 12 ans, … » may open the text
        if outside(tok.idx) and ((_candidate(tok) and (
            _apposed(tok) or _described(tok) or _aged(tok) or _stressed(tok)
        )) or _introduced(tok)):
            found.append((Span(doc, tok.i, tok.i + 1, label="PER"), Name(tok.text, None, tok.text)))
    return found


def _candidate(tok: Token) -> bool:
    """A capitalised first name of the lexicon on its own, no entity of a person or a body on
    it, not after a preposition, an article or another capitalised word, nor before one."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i else None
    return (
        capitalised(tok.text, letters=True) and not tok.is_upper
        and tok.ent_type_ not in ("PER", "ORG")
        and first_name_gender(tok.text) is not None
        and (before is None or (before.pos_ not in ("ADP", "DET")
                                and not capitalised(before.text)))
        and not capitalised(doc[tok.i + 1].text)
    )


def _introduced(tok: Token) -> bool:
    """« à l'image de Lénaick, un habitant du bourg », « », raconte Tristan, un habitant »: a
    capitalised word alone followed by a comma and « un » / « une » with a noun of a person
    (a human noun: not « un berger allemand », « un chalutier »). A first name of the lexicon
    is one after a reporting verb or with that apposition; another word only when the parse
    makes the description its own apposition, or that of a noun that shows a person
    (lexicon/showing_nouns.txt, by its lemma: « à l'image de X »), not of the noun the word
    completes (« Le maire de Vernac, un agriculteur »: the mayor's), and never a word the
    recogniser reads as a place, a body or a thing (« a réagi Marseille, un rival historique »:
    the club)."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i else None
    if tok.i + 3 >= len(doc) or not capitalised(tok.text, letters=True) or tok.is_upper or (
            tok.ent_type_ == "PER"):
        return False
    first = first_name_gender(tok.text) is not None
    if not first and tok.ent_type_:
        return False  # « Marseille », « Vernac », « Nova »: a place, a body, a thing
    if before is not None and (capitalised(before.text) or before.pos_ == "DET"):
        return False  # « le Vaurien, un policier noir »: a title
    comma, det, noun = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    if comma.text != "," or det.lower_ not in INDEFINITE or not (
            noun.pos_ == "NOUN" and noun.is_lower and human_noun(noun)):
        return False
    cue = before is not None and before.pos_ == "VERB" and before.lower_ in reporting_verbs()
    # the parse may hang the apposition on the noun the name completes (« l'image »)
    shown = tok.head.lemma_.lower() in words("showing_nouns") and tok.head.i < tok.i
    return (first and cue) or (noun.dep_ == "appos" and (
        noun.head.i == tok.i or (shown and noun.head.i == tok.head.i)))


def _apposed(tok: Token) -> bool:
    """ "Un voisin, Gérard, …", "une habitante du quartier, Nadège (…)": between a comma and
    a comma or a bracket, after a noun phrase one of whose nouns names a person."""
    doc = tok.doc
    if not tok.i or doc[tok.i - 1].text != "," or doc[tok.i + 1].text not in (",", "("):
        return False
    back = (doc[k] for k in range(tok.i - 2, max(-1, tok.i - 2 - _REACH), -1))
    return _names_person(back, lambda word: person_word(word.text), line_ends=True)


def _described(tok: Token) -> bool:
    """ "Plus loin, Nadège, une voisine, …": between commas, before a noun phrase opened by a
    determiner (or by « un des », « l'un des ») one of whose nouns names a person, at the start
    of a sentence or after a comma; right after a reporting verb (« », raconte Pierre, un
    soignant »), only the noun right after the determiner (or after « un des ») is read."""
    doc = tok.doc
    d = tok.i + 2  # the determiner, or the « un » of « un des »
    if tok.i + 3 >= len(doc) or doc[tok.i + 1].text != "," or (
            doc[d].pos_ != "DET" and past_one_of(doc, d) == d):
        return False
    cue = tok.i > 0 and doc[tok.i - 1].pos_ == "VERB" and doc[tok.i - 1].lower_ in reporting_verbs()
    if tok.i and doc[tok.i - 1].text != "," and not tok.is_sent_start and not cue:
        return False
    k = max(d + 1, past_one_of(doc, d))  # « Pierre, l'un des soignants »: one of them
    # « », raconte Pierre, un soignant »: the subject of a cue after a quote, only when the
    # head right after the determiner names a person (« explique Nancy, l'une des villes
    # candidates »: a city, whatever noun of a person follows)
    return _names_person(doc[k : k + (1 if cue else _REACH)], of_people)  # « une élève »


def _names_person(words: Iterable[Token], person: Callable[[Token], bool], *,
                  line_ends: bool = False) -> bool:
    """Is one of ``words``, read in order, a lower-case noun ``person`` takes for a person's,
    before any punctuation, verb or pronoun (or line end, with ``line_ends``) stops the
    noun phrase?"""
    for word in words:
        if word.is_punct or (line_ends and "\n" in word.text) or word.pos_ in (
                "VERB", "AUX", "PRON"):
            return False
        if word.pos_ == "NOUN" and word.is_lower and person(word):
            return True
    return False


def _aged(tok: Token) -> bool:
    """ "Imène, 12 ans, …", "Imène (son prénom a été changé), 12 ans": an age after the name."""
    doc, k = tok.doc, tok.i + 1
    if doc[k].text == "(":
        while k < len(doc) and doc[k].text != ")" and "\n" not in doc[k].text:
            k += 1
        k += 1
    return (
        k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num
        and fold(doc[k + 2].text) in _AGES
    )


def _stressed(tok: Token) -> bool:
    """ "Léa, elle, n'en démord pas": a stressed pronoun between commas after the name, of the
    first name's gender (a candidate's name is in the lexicon, so it has one)."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or doc[tok.i + 1].text != "," or doc[tok.i + 3].text != ",":
        return False
    return doc[tok.i + 2].lower_ == _STRESSED.get(first_name_gender(tok.text) or "")
