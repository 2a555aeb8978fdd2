"""Personal names: first name, surname with its particles, and what a first name says of gender.

"Jean-Marie Le Pen" -> first "Jean-Marie", surname "Le Pen"; "François de Rugy" -> "François",
"de Rugy"; "Le Pen" alone is a surname. Surnames are compared without a lower-case particle
("de Rugy" and "Rugy" are one surname) but keep a capitalised one ("Le Pen" is not "Pen").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from quotes.attribute.bodies import kind_before
from quotes.lexicon import (
    bounded,
    cached,
    capitalised,
    fold,
    folded,
    folded_table,
    strip_title,
)
from quotes.lexicon.grammar import FILIATION_PARTICLES, NAME_PARTICLES, PRONOUNS
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import text_of


@dataclass(frozen=True)
class Name:
    """A person's name split into its parts; keys are folded for comparison."""

    text: str  # as written, titles dropped
    first: str | None  # "Jean-Marie"; None for a bare surname
    surname: str  # "Le Pen", "de Rugy"

    @property
    def key(self) -> str:
        return fold(self.text)

    @property
    def surname_key(self) -> str:
        words = self.surname.split()
        while len(words) > 1 and words[0] in NAME_PARTICLES:  # lower-case particles only
            words = words[1:]
        return fold(" ".join(words)).replace("’", "'")

    @property
    def first_key(self) -> str | None:
        return fold(self.first) if self.first else None

    @property
    def given_key(self) -> str | None:
        """The first of the first names, folded (« jean » of « Jean Marie Roux »); None for a
        bare surname."""
        words = (self.first or "").split()
        return fold(words[0]) if words else None

    @property
    def initialled(self) -> bool:
        """"R. Sikorski": a first name given by its initial."""
        return self.first is not None and self.first.endswith(".") and len(self.first) <= 3


@bounded(1 << 14)  # the same cast names again for every quote and every pair of a batch
def parse(text: str) -> Name | None:
    """The parts of a name as written ("M. Jens Stoltenberg" -> Jens / Stoltenberg)."""
    tokens = [t.strip(",;:") for t in strip_title(text.split())]
    tokens = [t for t in tokens if t]
    if tokens and (bare := title_unglued(tokens[0])) is not None:
        tokens[0] = bare  # « MRichard Delgenes »: « Mᵉ » without its superscript
    while len(tokens) > 1 and (
        (tokens[0].islower() and fold(tokens[0]) not in NAME_PARTICLES) or glued_title(tokens[0])
    ):
        tokens = tokens[1:]  # "cardinal Lorenzi", "Président Tebboune": a role run into the name
    if not tokens:
        return None
    i = len(tokens) - 1  # the surname starts at its last word, and takes the particles before
    while i > 0 and fold(tokens[i - 1]) in NAME_PARTICLES:
        i -= 1
    first = " ".join(tokens[:i]) or None
    return Name(" ".join(tokens), first, " ".join(tokens[i:]))


def title_unglued(word: str) -> str | None:
    """The first name a lone « M » is glued to, when a title lost its superscript or stop
    (« MRichard »: « Mᵉ Richard »): « M », a capital, then a first name of
    lexicon/first_names.tsv; None for any other word (« MacKenzie », « MBappé »)."""
    if len(word) > 2 and word[0] == "M" and word[1].isupper() and word[2:3].islower():
        return word[1:] if first_name_gender(word[1:]) is not None else None
    return None


def glued_title(word: str) -> bool:
    """Is this capitalised word a role noun written as a title before a name ("Président",
    "Cardinal", "Camerlingue")? A first name that is also a noun stays a first name."""
    return capitalised(word) and is_role_noun(word) and first_name_gender(word) is None


def inverted_verb(tok: Token) -> bool:
    """"Martèle-t-elle", "Insiste-t-il": a word joined to the subject pronoun after it is a
    verb, whatever its capital or the label the recogniser gave it."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1].lower_
    return after == "-t" or (after.startswith("-") and after[1:] in PRONOUNS)


def same_person(a: Name, b: Name) -> bool:
    """Can two forms name one person: one surname, and first names that do not disagree; one
    first name and one part of a double surname ("Anne Roy" and "Anne Roy-Lenz")."""
    if a.surname_key != b.surname_key and not (
            a.first_key is not None and a.first_key == b.first_key and one_part(a, b)):
        return False
    if a.first_key is None or b.first_key is None:
        return True
    if a.initialled or b.initialled:
        return a.first_key[0] == b.first_key[0]
    if respelled(a.first_key, b.first_key):
        return True
    # "Marco Lorenzi" and "Marco Giuseppe Lorenzi": a middle name left out; "Tayyip Erdogan"
    # and "Recep Tayyip Erdogan": the first left out, the names kept in their order, when
    # they do not show two genders ("Marie Roux" is not "Jean Marie Roux")
    shorter, longer = sorted((a.first_key.split(), b.first_key.split()), key=len)
    if longer[: len(shorter)] == shorter:
        return True
    rest = iter(longer)
    kept = all(name in rest for name in shorter)
    genders = {first_name_gender(shorter[0]), first_name_gender(longer[0])} - {None}
    return kept and len(genders) < 2


def compound_part(one: list[str], other: list[str]) -> bool:
    """Is one folded given name the later part of the other's hyphenated one, both of one
    gender the lexicon knows (« Suzanne » of « Marie-Suzanne », « Yves » of « Pierre-Yves »)?
    Not its first part (« Jean » and « Jean-Pierre » are two names), nor parts of two genders
    (« Marie » of « Jean-Marie »). Not in ``same_person``: a sister or a son may bear it, so
    only where the article describes the short form no way of its own (attribute/part_names)."""
    if len(one) != 1 or len(other) != 1:
        return False
    part, whole = sorted((one[0], other[0]), key=len)
    first, *later = whole.split("-")
    gender = first_name_gender(first)
    return part in later and gender is not None and gender == first_name_gender(part)


def respelled_surname(a: Name, b: Name) -> bool:
    """Are two full names one name whose surname is spelled two ways (``respelled``: two
    letters swapped, « Astorg » and « Astrog »; a letter doubled, « Bonet » and « Bonnet »),
    the first names the same and written out? One article writing both, or another article's
    holder of a role and the person this one names, name one person: a given name the same and
    such a slip between the surnames is rarely two people."""
    return bool(a.first_key and a.first_key == b.first_key and not (a.initialled or b.initialled)
                and respelled(a.surname_key, b.surname_key))


def leading(a: Name, b: Name) -> bool:
    """Is one full name the first words of the other, a surname of two words without a hyphen
    cut after its first ("Ana Ruiz" and "Ana Ruiz Vidal"): one person, named fully by the
    longer form. Not an initialled first name ("A. Ruiz")."""
    if not (a.first and b.first) or a.initialled or b.initialled:
        return False
    short, long_ = sorted((a.key.split(), b.key.split()), key=len)
    return len(short) < len(long_) and long_[: len(short)] == short


def one_part(a: Name, b: Name) -> bool:
    """Is one surname a part of the other, a double surname joined by a hyphen or a dash
    ("Lenz" and "Roy-Lenz")?"""
    short, long_ = sorted((a.surname_key, b.surname_key), key=len)
    return short != long_ and short in re.split(r"\s*[-–—]\s*", long_)


class HasName(Protocol):
    """Anyone the cast keeps a name for (a person being cast, a person of the cast)."""

    @property
    def parts(self) -> Name: ...


P = TypeVar("P", bound=HasName)


def named_by(name: Name, people: Iterable[P], *, titled: bool = False,
             inner: bool = False) -> list[P]:
    """People a partial name can name: one surname, else one first name ("Isabelle"), else one
    part of a double surname that is no first name ("Lenz" for "Anne Roy-Lenz", never "Martin"
    for "Luc Saint-Martin"), else with ``inner`` the one full name holding the word
    (``inner_word``); a titled one ("M. Martin") is a surname only, no one's first name."""
    people = list(people)
    found = [p for p in people if same_person(name, p.parts)]
    if not found:  # "M. Ruiz" of "Ana Ruiz Vidal", whom the article also names "Ana Ruiz"
        found = [p for p in people
                 if any(same_person(name, a) for a in getattr(p, "aliases", ()))]
    if not found and not titled and name.first is None and " " not in name.surname:
        found = [p for p in people if p.parts.first_key == fold(name.surname)]
    if not found and name.first is None and first_name_gender(name.surname) is None:
        found = [p for p in people if p.parts.first and one_part(name, p.parts)]
    if inner and not found and name.first is None and " " not in name.surname:
        found = inner_word(name, people)
    return found


def inner_word(name: Name, people: Iterable[P]) -> list[P]:
    """The one person whose full name holds a word alone, where it is neither their first
    name alone nor their surname: « Dorji » for « Dorji Wangmo Tshering », « Kawa » for
    « Pedro Kawa da Fonseca ». Not a particle, nor a word of two people's names, nor a known
    first name, which a middle name and someone else's first name share (« Marie » of « Jean
    Marie Roux »), nor the father's name after « ben » (grammar FILIATION_PARTICLES)."""
    key = fold(name.surname)
    if key in NAME_PARTICLES or first_name_gender(name.surname) is not None:
        return []
    found = [p for p in people if p.parts.first and key in p.parts.key.split() and not any(
        f" {f} {key} " in f" {p.parts.key} " for f in FILIATION_PARTICLES)]
    return found if len(found) == 1 else []


def sovereign(ent: Span) -> bool:
    """Is the name right after the title of a monarch, a pope, a prince or a saint (« le roi
    Philippe », « la reine Mathilde »; lexicon/sovereign_titles.txt)?"""
    before = text_of(ent.doc)[max(0, ent.start_char - 24) : ent.start_char].split()
    # « l'émir Tamim »: the title after its elided article
    return bool(before) and re.sub(r"^\w['’]", "", fold(before[-1])) in folded("sovereign_titles")


def is_titled(text: str) -> bool:
    """Does the name as written open with a title ("M. Martin", "Mme Roy")?"""
    words = text.split()
    return len(strip_title(words)) < len(words)


def shared_surname(first: Name, between: str, second: Name) -> Name | None:
    """"Patrick et Isabelle Balkany": a first name alone, joined by « et » to a full name,
    bears the same surname ("Patrick Balkany"); None when the words say nothing of it."""
    alone = first.first is None and " " not in first.surname
    if not (alone and between.strip() == "et" and second.first and not second.initialled):
        return None
    if first_name_gender(first.surname) is None:
        return None  # "Balkany et Isabelle Morel": a surname, not a first name
    return Name(f"{first.surname} {second.surname}", first.surname, second.surname)


def fuller(a: str, b: str) -> bool:
    """Is ``a`` a fuller form of the same name than ``b`` ("Jens Stoltenberg" vs "Stoltenberg")."""
    return _fullness(a) > _fullness(b)


def _fullness(s: str) -> tuple[int, bool, int]:
    parts = s.split()
    # "Paul Morel" over "PAUL MOREL": a name in capitals is typography, not a fuller form
    return (sum(1 for p in parts if not p.endswith(".")), not s.isupper(), len(s))


def written_most(forms: list[Name]) -> Name:
    """Of one person's forms in text order, the fullest (``fuller``); of as full ones spelled
    two ways (« Noureddine » twice, « Nouerddine » once), the one written most often, else the
    first."""
    full = max(_fullness(f.text) for f in forms)
    peers = [f for f in forms if _fullness(f.text) == full]
    counts = Counter(f.text for f in peers)
    return max(peers, key=lambda f: counts[f.text])  # max keeps the first of equal ones


def respelled(a: str | None, b: str | None) -> bool:
    """Are two folded first names one name spelled two ways: two letters swapped
    (« nouerddine », « noureddine »), or a letter doubled (« mohammed », « mohamed »)? Not two
    names the lexicon gives two genders, nor short ones (« anna », « nana »: four letters or
    fewer are too close to tell)."""
    if not a or not b or a == b or len(a) < 5 or len(b) < 5:
        return False
    genders = {first_name_gender(a), first_name_gender(b)} - {None}
    if len(genders) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and (
            a[diff[1]] == b[diff[0]])
    return _undoubled(a) == _undoubled(b)


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1", r"\1", word)


def body_name(ent: Span) -> bool:
    """Is a person's name here the name of a body after its common noun (« l'école
    Jules-Ferry », « le lycée Victor-Hugo », « le centre hospitalier Marcel-Vaudier »), no
    one's mention?"""
    return kind_before(ent.doc, ent.start)


def first_name_gender(first: str | None) -> str | None:
    """"f" or "m" for a first name in lexicon/first_names.tsv; a compound takes its first part."""
    if not first or first.endswith("."):
        return None
    names = folded_table("first_names")
    key = fold(first)
    return names.get(key) or names.get(re.split(r"[- ]", key)[0])


def with_first_name(person: HasName | None) -> bool:
    """Is ``person``, one of the cast, known by a first name (« Anne Roy »): no surname alone,
    no place the recogniser read as a name (« Matignon »)?"""
    return person is not None and person.parts.first is not None


def given_name_only(name: str) -> bool:
    """Is the name one word that is a given name of one sex or both (lexicon/first_names.tsv,
    given_names.tsv, epicene_names.txt: « Barbara », « Camille »), no surname with it?"""
    return len(name.split()) == 1 and fold(name) in given_names()


def private_given_name(doc: Doc, name: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Is ``name``, at the character ``spans`` of its mentions, a given name alone
    (``given_name_only``) that a noun in apposition describes (« Barbara, témoin de
    l'accident »): a private person's? Not a surname after a title (« Mme Bernard », « M.
    Martin »), nor one the text describes by what they do (« Sophie dirige la mairie »)."""
    if not given_name_only(name):
        return False
    apposed = False
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if is_titled(span.text) or (span.start and is_titled(f"{doc[span.start - 1].text} x")):
            return False  # « Mme Bernard »: a surname
        after = doc[span.end : span.end + 2]
        apposed |= len(after) == 2 and after[0].text == "," and after[1].pos_ in ("NOUN", "DET")
    return apposed


@cached
def given_names() -> frozenset[str]:
    """Given names, folded: listed of one sex (first_names, given_names) or of both (epicene)."""
    return frozenset(folded_table("first_names")) | frozenset(
        folded_table("given_names")) | folded("epicene_names")


def lone_person(head: Token) -> str | None:
    """A lone name the recogniser gives no body nor place that is a first name (« se souvient
    Paul ») or that an age follows (« Bob, 11 ans »): one person; their gender ("" when
    unknown), else None."""
    if head.ent_type_ in ("ORG", "LOC"):
        return None
    after = head.doc[head.i + 1 : head.i + 4]
    aged = [t.text if not t.like_num else "N" for t in after] == [",", "N", "ans"]
    return first_name_gender(head.text) or ("" if aged else None)


def numbered(text: str) -> bool:
    """ "COP28", "G7": a word with a digit is no one's name."""
    return any(c.isdigit() for c in text)
