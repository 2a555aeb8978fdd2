"""Offices a description names by a periphrasis: « le chef de l'État » is whoever holds the
office of président de la République.

``office`` reads what office words name: a phrase of lexicon/periphrases.tsv ("le patron de
la diplomatie", "ministre des Affaires étrangères"), or an office's role noun with adjectives
only ("président ivoirien", "ministre polonais": any office of that noun), with what they say
beyond it ("ivoirien"). A former or future holder ("l'ancien Premier ministre", "ex-ministre")
holds no office now. ``fit`` says how well a person's role fits a description: a qualified
description ("le chef de l'État ivoirien") only fits a role that says the same of its holder,
never the French president an article names; an unqualified one fits best a role that says
nothing more ("président de la République"), less one that does ("président ivoirien").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span

from quotes.attribute.role_words import heads, kind_heads, stems, words_of
from quotes.lexicon import bounded, cached, capitalised, fold, folded
from quotes.lexicon import words as word_list
from quotes.lexicon.grammar import (
    DE_CONTRACTED,
    DEFINITE,
    DEMONSTRATIVES,
    DETERMINERS,
    FORMER,
    NAME_LINKS,
    NATIONALITY_ENDINGS,
    NEW,
    SINGULAR_DEMONSTRATIVES,
    SUBJECT_PRONOUNS,
    TENURE,
    TO_COME,
    A,
)
from quotes.lexicon.periphrases import (
    bygone,
    occupied,
    past_office,
    periphrases,
    periphrasis,
    phrase_key,
)
from quotes.lexicon.roles import is_role_noun, learned_roles
from quotes.lexicon.short_forms import unshortened

if TYPE_CHECKING:
    from quotes.attribute.cast import Person

_FORMER = FORMER | TO_COME  # folded
# folded: the country a French article's offices are of unless it says another ("la cheffe
# de la diplomatie française" is the "ministre des Affaires étrangères" it names)
_HOME = frozenset({"francais", "francaise"})
# folded, as words_of splits them (« d'un » is « d », « un »): what links a post's noun to its body
_LINKS = frozenset(fold(w).rstrip("'’") for w in NAME_LINKS | A)


@dataclass(frozen=True)
class Office:
    """The offices words may name, and the stems of what they say beyond them."""

    names: frozenset[str]
    more: frozenset[str]
    exact: bool  # a phrase of the list names it, not only its role noun
    foreign: bool = False  # what it says more names a country ("ivoirien", "allemande")
    # … or an adjective in "-ique" ("britannique"), which ``fit`` lets a role without it hold
    # (an article on London calls its "Premier ministre britannique" "Premier ministre")
    abroad: bool = False


def office(text: str, *, role: bool = False) -> Office | None:
    """The office the words name, or None; ``role``: the words are a role the article gives
    someone, not a description to resolve."""
    # what is a role noun depends on the article being read (``article_roles``): in the key
    return _office(unshortened(text), role, learned_roles())  # « la PM »: its phrase, cased


@bounded(1 << 14)  # asked for every role against every description, article after article
def _office(text: str, role: bool, _learned: frozenset[str]) -> Office | None:
    words = [w for w in fold(text).replace("’", "'").replace("'", "' ").split()]
    while words and words[0] in DETERMINERS | {"l'"}:
        words = words[1:]
    if words and words[0] in NEW:
        # a role "nouveau pape" holds the office; a description "le nouveau pape" is not
        # whoever the article gave it before (the predecessor, often)
        if not role:
            return None
        words = words[1:]
    if not words or words[0] in _FORMER or words[0].startswith("ex-"):
        return None
    bare = " ".join(words).replace("' ", "'")
    found = periphrasis(bare)
    if found is not None:
        name, rest = found
        if not role and bygone(rest):
            return None  # « le locataire de l'Élysée de l'époque »: not whoever holds it now
        rest = _at_home(rest)
        foreign = _foreign(rest)
        return Office(frozenset({name}), frozenset(stems(rest)), True, foreign,
                      foreign or _foreign(rest, ("ique",)))
    if any(w in DE_CONTRACTED or w.endswith("'") for w in words[1:]):
        return None  # "ministre de la Santé": an office the list does not know
    own = heads(words[0])
    names = frozenset(o for o in _offices() if own and own & heads(o.split()[0]))
    rest = _at_home(" ".join(words[1:]))
    return Office(names, frozenset(stems(rest)), False, _foreign(rest)) if names else None


def _at_home(rest: str) -> str:
    """What an office's words say beyond it, the home country's adjective and the words of its
    tenure (« démissionnaire ») aside."""
    words = [w for w in rest.split() if fold(w) not in TENURE]
    return " ".join(words[1:] if words and fold(words[0]) in _HOME else words)


def _foreign(rest: str, endings: tuple[str, ...] = NATIONALITY_ENDINGS) -> bool:
    """Does the word right after an office name a country by its adjective ("ivoirien",
    "allemande", "russe"), rather than say when or how ("démissionnaire", "sortant") or go on
    with the office's own complements ("des Finances et … numérique")?"""
    words = rest.split()
    return bool(words) and words[0].endswith(endings)


@cached
def _offices() -> frozenset[str]:
    return frozenset(periphrases().values())


def office_mention(span: Span) -> tuple[str, int, int] | None:
    """The words of a mention that names an office by a periphrasis without a role noun, as
    a role (text, start, end): "le garde des Sceaux", "le Saint-Père", "le locataire de
    Matignon ivoirien", a short form of an office (« la PM britannique », ``unshortened``), a
    seat held then or for a day (« l'hôte de Matignon d'un jour », ``past_office``: a
    description, never a name); None for any other mention, or when a name follows the
    phrase ("le locataire de l'Élysée, Marc Salin")."""
    if not len(span) or span[0].lower_ not in DEFINITE | DEMONSTRATIVES:
        return None
    seated = occupied(span.text)  # « le maître du Kremlin »: the office sitting there
    found = periphrasis(span.text) or (None if seated is None else (seated, "")) or (
        ("", "") if past_office(span.text) else None)  # « l'hôte de Matignon d'un jour »
    # « la Première britannique »: the short form heads it, whatever the tagger made of it
    short = unshortened(span.text) != span.text
    head = span[1] if short else next((t for t in span[1:] if t.pos_ in ("NOUN", "PROPN")), None)
    if found is None or head is None or is_role_noun(head.text):
        return None  # a role noun heads it: read as any role ("le chef de l'État")
    rest = set(found[1].split())
    if any(t.ent_type_ == "PER" and fold(t.text) in rest for t in span):
        return None
    words = span[1:]
    return words.text, words.start_char, words.end_char


def fit(description: Office, role: Office | None) -> int:
    """2: the role holds the office the description names, saying the same of it; 1: it holds
    it but one of them says more, or the role names only its role noun; 0: another office,
    another country, or words that say otherwise ("de Lyon", "de Dole")."""
    if role is None or not description.names & role.names:
        return 0
    if description.more and role.more:
        return 2 if description.more & role.more else 0
    if description.foreign:
        return 0  # "le chef de l'État ivoirien" is not the "président de la République"
    return 2 if role.exact and not role.more and not description.more else 1


def nation(text: str) -> frozenset[str]:
    """The countries an office's words name: by a nationality (``nations``), by the adjective
    right after the office (« Premier ministre britannique », « président américain »), « de
    France » as « français »; cut to five letters."""
    words = [w for w in fold(text).replace("’", "'").replace("'", "' ").split()
             if w not in DETERMINERS | {"l'"} | NEW | TENURE]
    found = periphrasis(" ".join(words).replace("' ", "'"))
    after = (found[1] if found is not None else " ".join(words[1:])).split()
    said = {after[0][:5]} if after and (_foreign(after[0]) or _foreign(after[0], ("ique",))) \
        else set()
    home = " de france" in f" {fold(text)} ".replace("'", " ")
    return nations(text) | said | (nations("français") if home else frozenset())


def seat_fit(description: str, role: str) -> int | None:
    """A seat's office (``periphrases.occupied``, always with its country: « président de la
    République russe », « Premier ministre français ») against a role the article gives: None,
    the role holds no such office; 2, it holds it in the seat's country (« président russe »,
    « Premier ministre de France »); 1, it holds it saying no country (« Premier ministre »),
    which a French article's home seat only takes (a seat abroad is never a bare role's: « Hugo
    Bernard, Premier ministre » is no locataire de Downing Street); 0, another country's, by
    a nationality or, at a home seat, by any place but France (``abroad``: « président du
    Sénégal », « président tchèque »)."""
    wanted, held = office(description), office(role, role=True)
    if wanted is None:
        return None
    own = nation(description)
    home = bool(own & nation("français"))
    if held is None or not wanted.names & held.names:
        # « président du Sénégal », at a home seat of « président de la République »: another
        # state's
        return 0 if home and _state_elsewhere(wanted, role) else None
    theirs = nation(role)
    if theirs:
        return 2 if own & theirs else 0
    # « Premier ministre de Belgique », « président tchèque »: a place the nationalities do
    # not name, not France
    return 1 if home and not abroad(role) else 0


# folded: the complement by which an office's noun names the state (« président de la
# République »): that noun with another place's (« président du Sénégal ») is held elsewhere
_STATE = " de la republique"
# folded: words right after an office that go on the sentence or the office, not a place
# (« Premier ministre par intérim », « ministre de l'Économie et des Finances », « président
# depuis 2017 »); the words that say how or when it is held are lexicon office_qualifiers
_NOT_PLACE = TENURE | A | SUBJECT_PRONOUNS | frozenset(
    {"et", "en", "par", "a", "pour", "chez", "depuis", "sur", "lui"})
_LEAD_WORDS = (DEFINITE - {"l’"}) | SINGULAR_DEMONSTRATIVES  # folded: le, la, les, ce, cet, cette


def abroad(role: str) -> bool:
    """Does a role say where its office is held, a place that is not France: a capitalised
    complement right after the office (or, for no phrase of the list, after its noun) opened
    by « du », « de la », « de », « des », « d' » (« Premier ministre de Belgique », « président
    du Sénégal », « … de la République populaire de Chine », « … du Royaume-Uni »), or an
    adjective there that is not « français(e) » (« président tchèque », « président de la
    République tchèque »)? No list of countries: any place but France. Words that go on
    with the office after a comma (« ministre de l'Économie, des Finances ») say no place."""
    key = phrase_key(role)
    found = periphrasis(role)
    if found is not None:
        rest = found[1]
    else:
        words = key.split()
        while words and words[0] in _LEAD_WORDS:
            words = words[1:]
        rest = " ".join(words[1:])
    if not rest or key[: len(key) - len(rest)].rstrip().endswith(","):
        return False
    cased = role.replace("’", "'").replace("-", " ").split()
    tail = cased[len(cased) - len(rest.split()):]
    first = fold(tail[0])
    if first in ("du", "de", "des") or first.startswith("d'"):
        place = tail[0][2:] if first.startswith("d'") else " ".join(tail[1:2])
        if fold(place) == "la" or fold(place).startswith("l'"):
            place = place[2:] if fold(place).startswith("l'") else " ".join(tail[2:3])
        return capitalised(place) and fold(place) != "france"
    return first.isalpha() and tail[0].islower() and first not in (
        _HOME | _NOT_PLACE | folded("office_qualifiers"))


def _state_elsewhere(wanted: Office, role: str) -> bool:
    """Is the role the noun of an office that names the state by its complement (« président
    de la République ») with another place's (« président du Sénégal »: ``abroad``)?"""
    words = [w for w in words_of(role) if fold(w) not in _LEAD_WORDS]
    own = heads(words[0]) if words else set()
    return bool(own) and abroad(role) and any(
        phrase_key(name).endswith(_STATE) and own & heads(name.split()[0])
        for name in wanted.names)


def seat_holders(description: str, people: Iterable[Person]) -> set[Person]:
    """Those of ``people`` given the office a seat's occupant names (``seat_fit`` not None),
    in any country: when ``Registry.office_holder`` took none of them (another country's,
    « président américain » for « l'hôte de l'Élysée »; a bare « Premier ministre » at Downing
    Street; two bare ones; the other gender), none is the one it describes."""
    return {p for p in people
            if any(seat_fit(description, r) is not None for r in p.role_texts())}


def other_posts(description: str, roles: list[str]) -> bool:
    """Do the roles a person is given name the body the description names, each in another
    post ("l'attaquant du Real Madrid" and the "ancien coach au Real Madrid": two people),
    the role nouns of another kind (lexicon/role_kinds.tsv; the office a periphrasis names
    counts as its words')? Never for a noun that covers any role ("le responsable"), nor for
    a body that is no name."""
    own, body = kind_heads(description), _body(description)
    posts = [r for r in roles if body & _body(r)]
    if not own or not posts:
        return False
    own |= office_heads(description)
    return all((theirs := kind_heads(r)) and not own & (theirs | office_heads(r)) for r in posts)


def _body(role: str) -> frozenset[str]:
    """The folded words of the name right after the role noun and « de », « du », « au »
    (« coach au Real Madrid »: real, madrid); none for a complement that is no name (« auteur
    d'une saison avec le Real Madrid »)."""
    words = words_of(role)
    at = next((i for i, w in enumerate(words) if is_role_noun(w)), len(words)) + 1
    while at < len(words) and fold(words[at]) in _LINKS:
        at += 1
    name = []
    while at < len(words) and words[at][:1].isupper():
        name.append(fold(words[at]))
        at += 1
    return frozenset(name)


def office_heads(words: str) -> set[str]:
    """The role nouns of the office a periphrasis names ("le chef de la diplomatie": the
    "ministre"'s), none for other words."""
    held = office(words, role=True)
    return {h for name in held.names for h in heads(name)} if held and held.exact else set()


def other_nation(description: str, roles: list[str]) -> bool:
    """Does the description say whose country it serves by an adjective (« le président
    français », « le chef de la diplomatie polonaise ») and every role the article gives a
    person that says one another country (« président ukrainien »)? Words of no country
    (« le chef de l'État », « président de la République ») say nothing either way."""
    own = nations(description)
    said = [n for r in roles if (n := nations(r))]
    return bool(own and said) and not any(own & n for n in said)


def nations(words: str) -> frozenset[str]:
    """The countries the words name by a nationality adjective (lexicon/nationalities.txt),
    either gender: its masculine cut to five letters (« français », « française »: franç;
    « turc », « turque »: turc; « grec », « grecque »: grec)."""
    known = folded("nationalities")
    found = (_masculine(w, known) for w in map(fold, words_of(words)))
    return frozenset(w[:5] for w in found if w is not None)


def _masculine(word: str, known: frozenset[str]) -> str | None:
    """The masculine of a folded nationality adjective the list holds, else None: « turque »
    → « turc », « grecque » → « grec », « française » → « français », « belge » as it is."""
    forms = [word[:-4] + "c"] if word.endswith("cque") else []
    forms += [word[:-3] + "c"] if word.endswith("que") else []
    forms += [word.removesuffix("e"), word]
    return next((f for f in forms if f in known), None)


def other_office(description: str, roles: list[str]) -> bool:
    """Is every one of a person's ``roles`` an office the list knows by a phrase (« Premier
    ministre ») that the office a bare role noun names is none of (« le ministre »: one of the
    ministers), though its words hold that noun?"""
    held = office(description)
    if held is None or held.exact:
        return False
    offices = [office(r, role=True) for r in roles]
    return bool(offices) and all(o is not None and o.exact and not fit(held, o) for o in offices)


def state_title(role: str) -> bool:
    """Is the role a title every holder of its function bears, its only complement naming the
    State they serve (« procureur de la République », lexicon/state_complements.txt), and no
    office with one holder (« président de la République »)? Such a title names no place, so
    it fits a description of a holder by their place (« le procureur de Lyon »)."""
    held = office(role, role=True)
    said = stems(role)
    return bool(said) and said <= _state_stems() and not (held is not None and held.exact)


@cached
def _state_stems() -> frozenset[str]:
    return frozenset(stems(" ".join(word_list("state_complements"))))
