"""Can a common noun speak: is it a person, an organisation, a group or a source, or a thing?

A speaker is a person, a body, a group or a source (a document, a text that gives words); « une
stèle », « l'avenue », « les travaux » are things and say nothing, and so do events, meetings
and procedures (« une réunion entre la direction et le syndicat », « le procès »). The word
lists decide first: a role, a trade, a relative, a noun of people or of a body, a noun of words
said or of an anonymous source is no thing. A noun they do not know takes the kind whose seeds
(lexicon/noun_kinds.tsv) its vector in the model is closest to, on average; it is a thing (or
an event) only when those seeds are closer, by ``MARGIN``, than those of every kind that speaks
(unresolved beats wrong: a doubt leaves it a speaker). A parse without vectors says nothing.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from quotes.attribute.descriptions import person_word
from quotes.attribute.mentions import head_noun
from quotes.attribute.names import given_names
from quotes.attribute.one_of import one_of_mention
from quotes.detect.nominal import nominalised
from quotes.lexicon import (
    cached,
    fold,
    folded,
    is_org_noun,
    is_speech_noun,
    noun_genders,
    singular,
    table,
    words,
)
from quotes.lexicon.grammar import DE_CONTRACTED, DETERMINERS, INDEFINITE, SOURCE_NOUNS
from quotes.lexicon.roles import is_role_noun

MARGIN = 0.1  # how much closer to the things' seeds than to any other kind a thing must be
SILENT = frozenset({"thing", "event"})  # the kinds of noun that say nothing


def is_thing(noun: Token, events: bool = True) -> bool:
    """Is the common noun a thing, a place or (``events``) an event, no one who can speak
    (« une stèle », « la réunion »)? Never a person's adjective made a noun (« le gaucher »)."""
    word = noun.lower_
    return not _speaks(word) and not nominalised(noun) and _nearest(noun.vocab, word) in (
        SILENT if events else {"thing"})


def thing_by_vector(noun: Token) -> bool:
    """Is the noun a thing by its vector (nearest the things' seeds by ``MARGIN``) though
    its agent's or origin's ending reads as a person's (« un café », « le fossé »)? Never a
    noun of people of lexicon/noun_genders.tsv, a seed of noun_kinds.tsv or a role noun."""
    word = noun.lower_
    one = singular(word)
    listed = one in _gendered() or one in _seeds() or is_role_noun(word)
    return not listed and _nearest(noun.vocab, word) == "thing"


def is_document(word: str) -> bool:
    """Is the noun a document that gives words (« une enquête », « un rapport »; the sources'
    seeds of lexicon/noun_kinds.tsv, an anonymous « source » aside) or a text posted and where
    (« une plainte », « un tweet », « sa page »: lexicon/documents.txt), whose author speaks?"""
    one = singular(word)
    return one not in SOURCE_NOUNS and (_seeds().get(one) == "source"
                                        or one in singular_words("documents"))


def names_a_document(kind: str, name: str | None) -> bool:
    """Is an anonymous or unknown speaker a document with no author named (« une étude publiée
    lundi », « le dernier rapport »)? It gives its own words, never a quote after it."""
    if kind not in ("anonymous", "unknown") or not name:
        return False
    said = [w for w in re.split(r"[\s'’]+", name.lower()) if w]
    said = said[1:] if said and said[0] in DETERMINERS | INDEFINITE | {"l", "des"} else said
    return any(is_document(w) for w in said[:2])


def silent_head(tokens: list[Token]) -> bool:
    """Is the mention headed by a noun of lexicon/silent_nouns.txt, an act or a quantity that
    never speaks whatever its determiner (« une censure », « une baisse des prix ») and that the
    vectors of ``says_nothing`` cannot place (the list says why, entry by entry)?"""
    head = head_noun(tokens)
    return head is not None and singular(head.text) in singular_words("silent_nouns")


def says_nothing(span: Span, named: bool) -> bool:
    """Is the mention a thing's, with no name in it (« une stèle », « les travaux »), or a name
    completing a thing's noun (« Ségur » of « l'avenue de Ségur »)?"""
    tokens = [t for t in span if not t.is_punct]
    _, one = one_of_mention(tokens)
    if not named and one is not None and one[0] < len(tokens) and _things(tokens[one[0]]):
        return True  # « l'un des minarets de la mosquée »: one of a group of things
    head = head_noun(tokens)
    # a capitalised head names a body by its place: « le Quai d'Orsay » speaks
    thing = not named and head is not None and head.pos_ == "NOUN" and head.is_lower and (
        is_thing(head))
    return thing or thing_of(span)


def _things(noun: Token) -> bool:
    """Is the plural noun a group of things: its singular's vector is nearest the things'
    seeds (``is_thing``'s margin; the plural's own vector often sits with the bodies')?"""
    word = noun.lower_
    return noun.pos_ == "NOUN" and not _speaks(word) and _nearest(
        noun.vocab, singular(word)) == "thing"


def thing_of(name: Span) -> bool:
    """Is the name the complement of a thing's noun (« l'avenue de Ségur », « le pont de
    Normandie »; one named after someone, lexicon/eponym_nouns.txt: « l'échelle de Richter »),
    or a town's (``town_of``): the thing's name, no one who speaks? Not a name
    shaped as a person's, a known first name and more: the thing is that person's (« le coup
    d'éclat de Léa Roy », who acts in the clause after it)."""
    noun = _noun_of(name)
    # « le procès de Laurent Roux », « l'élection de X »: an event's complement is someone
    return noun is not None and (_town_noun(name, noun) or (
        noun.pos_ == "NOUN" and not _given_and_more(name) and (
            fold(noun.text) in folded("eponym_nouns") or is_thing(noun, events=False))))


def town_of(name: Span) -> bool:
    """Is the name the complement of a town's noun of lexicon/town_nouns.txt (« la commune de
    Crépieux », « le village de Sarlieu »): a place, whatever the noun's vector reads? Not a
    name shaped as a person's: a known first name and more (« la commune de Paul Sarlin »,
    names.given_names), or a role in apposition after it (« la ville de Roux, maire depuis
    2008 »)."""
    noun = _noun_of(name)
    return noun is not None and _town_noun(name, noun)


def _town_noun(name: Span, noun: Token) -> bool:
    """``town_of`` for the name and the noun it is the complement of (``_noun_of``)."""
    if fold(noun.text) not in folded("town_nouns"):
        return False
    return not _given_and_more(name) and not _role_after(name)


def _given_and_more(name: Span) -> bool:
    """Is the name a known first name and more (« Paul Sarlin », names.given_names)?"""
    return len(name) > 1 and fold(name[0].text) in given_names()


def _role_after(name: Span) -> bool:
    """Does a role noun stand in apposition right after the name, its determiners and
    adjectives aside (« Sarlin, ancien ministre »)?"""
    doc, i = name.doc, name.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ") and not is_role_noun(doc[i].text):
        i += 1
    return i < len(doc) and is_role_noun(doc[i].text)


def _noun_of(name: Span) -> Token | None:
    """The common noun in lower case the name is the complement of, by « de » (determiners,
    adjectives and role nouns between aside), if any."""
    doc, i = name.doc, name.start - 1
    if i < 1 or doc[i].lower_ not in DE_CONTRACTED:
        return None
    i -= 1
    while i > 0 and (doc[i].pos_ in ("DET", "ADJ") or is_role_noun(doc[i].text)):
        i -= 1
    return doc[i] if doc[i].is_lower else None


def of_people(noun: Token) -> bool:
    """Is the plural noun (after the definite « les »: the caller's to check) a group of people
    who speak as one, as a role noun's plural is (« les riverains », « les locataires »): a
    person for the word lists, else one whose vector is nearest the persons' seeds? A body's
    noun is not, nor an indefinite plural (« des habitants »: an anonymous source)."""
    word = noun.lower_
    one = singular(word)
    if is_org_noun(word) or is_speech_noun(word):
        return False
    return (
        _listed_person(word, one) or _seeds().get(one) == "person"
        or (one not in _seeds() and _nearest(noun.vocab, word) == "person")
    )


def _speaks(word: str) -> bool:
    """Do the word lists make the noun one who speaks: a person, a body, words said, a source?"""
    one = singular(word)
    return (
        _listed_person(word, one) or is_org_noun(word) or is_speech_noun(word)
        or word in SOURCE_NOUNS or one in folded("anonymous")
        or _seeds().get(one, "thing") not in SILENT
    )


def human_noun(noun: Token) -> bool:
    """Is the noun a human being's by the word lists (``_listed_person``: « un voisin », « un
    éleveur »), not by its vector alone (« un berger allemand », « un rival »: a dog, a club
    may be), and no thing its agent's ending hides (« un chalutier »: ``thing_by_vector``)?"""
    word = noun.lower_
    return _listed_person(word, singular(word)) and not thing_by_vector(noun)


def _listed_person(word: str, one: str) -> bool:
    """Do the word lists make the noun (``one``: its ``singular``) a person's, by itself or
    by its feminine's seed (« une voisine »), or a noun of people with a gender (« la plume du
    président », « une figure du parti »)?"""
    return (
        person_word(word) or person_word(one) or one in _gendered()
        or _seeds().get(one.removesuffix("e")) == "person"
    )


@cached
def _gendered() -> frozenset[str]:
    """The nouns of people of lexicon/noun_genders.tsv, folded."""
    return frozenset(singular(noun) for noun in noun_genders())


@cached
def singular_words(name: str) -> frozenset[str]:
    """lexicon/NAME.txt, folded as ``singular`` gives it."""
    return frozenset(singular(w) for w in words(name))


@cached
def _kinds() -> dict[str, str]:
    """lexicon/noun_kinds.tsv: each seed as written -> its kind."""
    return {seed: kind for seed, kind in table("noun_kinds")}


@cached
def _seeds() -> dict[str, str]:
    """lexicon/noun_kinds.tsv, each seed folded as ``singular`` gives it -> its kind."""
    return {singular(seed): kind for seed, kind in table("noun_kinds")}


def _nearest(vocab: Vocab, word: str) -> str | None:
    """The kind whose seeds the word's vector is closest to, one that says nothing (a thing,
    an event) only by ``MARGIN``."""
    seeds = _kinds()
    if word in seeds:
        return seeds[word]
    vector = _unit(vocab, word)
    centroids = _centroids(vocab)
    if vector is None or not centroids:
        return None
    scores = {kind: float(vector @ c) for kind, c in centroids.items()}
    silent = {kind: scores.pop(kind) for kind in SILENT if kind in scores}
    if not silent or not scores:
        return None
    quiet = max(silent, key=silent.__getitem__)
    return quiet if silent[quiet] > max(scores.values()) + MARGIN else max(
        scores, key=scores.__getitem__)


def _unit(vocab: Vocab, word: str) -> Any:
    if not vocab.has_vector(word):
        return None
    vector: Any = np.asarray(vocab.get_vector(word))
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else None


@cached
def _centroids(vocab: Vocab) -> dict[str, Any]:
    """Per vocabulary: kind -> unit mean of its seeds (read again after ``use_folder``)."""
    groups: dict[str, list[Any]] = {}
    for seed, kind in table("noun_kinds"):
        vector = _unit(vocab, seed)
        if vector is not None:
            groups.setdefault(kind, []).append(vector)
    out = {}
    for kind, vectors in groups.items():
        mean = np.mean(vectors, axis=0)
        out[kind] = mean / np.linalg.norm(mean)
    return out
