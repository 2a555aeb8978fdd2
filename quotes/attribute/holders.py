"""Who can hold the function a description names: never someone whose known functions all have
another role noun. « le ministre de l'Intérieur » is not the « procureur de Paris » the article
is about, nor « la ministre » its « juge d'instruction »; a party's leader (« président du
parti », lexicon/second_hats.txt) may hold an office beside, so neither says the other is
someone else (« le chef du parti » may be the « Premier ministre »; not so « le conseiller
spécial », a post at no party: ``at_party``), and someone with no known role says nothing
against it. Nor is « le président du Sénat » the « président de l'association des
maires du Rhône »: the same role noun at another body named (``other_body``); nor « le
président français » the « président ukrainien »: another country (``offices.other_nation``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from quotes.attribute.offices import office, other_nation
from quotes.attribute.role_fit import other_role
from quotes.attribute.role_words import (
    head_nouns,
    heads,
    party_adjectives,
    party_form,
    words_after,
    words_of,
)
from quotes.lexicon import bounded, cached, fold, folded, in_capitals, singular
from quotes.lexicon.grammar import NAME_LINKS
from quotes.lexicon.roles import counterparts

if TYPE_CHECKING:
    from quotes.attribute.cast import Person

_PUNCT = ".,;:!?()«»“”\"…"  # around a word of running text


def says_otherwise(description: str, person: Person, parties: frozenset[str]) -> bool:
    """Do the person's roles say something else than the description (``other_role``), its
    body (``other_body``) or country (``other_nation``), or, for an office of state, does
    every role of theirs have a role noun of another function? ``parties``: the article's
    ``party_words``."""
    if (other_role(description, person)
            and not _beside_office(description, person, parties)) or (
            other_body(description, person) or other_nation(description, person.role_texts())):
        return True
    held = office(description)
    if held is None or not held.exact:
        return False
    nouns = {h for name in held.names for h in heads(name)} | heads(description)
    own = [(heads(r), _second_hat(r)) for r in person.role_texts()]
    return bool(nouns) and bool(own) and all(
        h and not h & nouns and not hat for h, hat in own
    )


def _beside_office(description: str, person: Person, parties: frozenset[str]) -> bool:
    """Is the description a post of lexicon/second_hats.txt at a party (``at_party``: no
    office of state), and every role of the person an office of state that names no place
    (« Premier ministre », not « maire de Vernay »), which such a post is held beside? A post
    at another body (« le chef du service », « le porte-parole de Matignon ») or none (« le
    conseiller spécial ») may be anyone's."""
    roles = person.role_texts()
    return office(description) is None and _second_hat(description) and at_party(
        description, parties) and bool(roles) and all(
        (held := office(r, role=True)) is not None and held.exact and not held.more
        for r in roles)


def at_party(description: str, parties: frozenset[str]) -> bool:
    """Does the description name a party after its role noun: by a noun of
    lexicon/party_nouns.txt (« le chef du Parti centriste »), by a party's acronym
    (``party_words``, lexicon/party_acronyms.txt: « le chef du PLQ », not « le président du
    CNRS »), or by the word right after the role noun: an adjective of a party's family
    (lexicon/party_adjectives.txt: « le chef libéral ») or a word of ``parties``
    (``party_words``: « le chef bleu » where the article names the « Parti bleu »)? The whole
    word counts, not its first letters (« la communauté » is not the « Parti communiste »);
    any other adjective says nothing (« l'élu local », « le conseiller spécial »)."""
    after = words_after(description)
    acronyms = folded("party_acronyms")
    return any(singular(w) in folded("party_nouns")
               or (in_capitals(w) and (fold(w) in parties or fold(w) in acronyms))
               for w in after) or (bool(after) and (
                   (form := party_form(after[0])) in parties or form in party_adjectives()))


# a party's acronym in brackets after its name: « le Parti libéral du Québec (PLQ) »
_EXPANDED = re.compile(r"\b(?:[Pp]arti|[Mm]ouvement)\b[^()«»“”\n.]{0,60}\((\w+)\)")


@bounded(8)
def party_words(text: str) -> frozenset[str]:
    """The words a text names a party by, in their ``party_form``: the word after a noun of
    lexicon/party_nouns.txt (« le Parti centriste », « le mouvement vert », « le parti
    PLQ »), and an acronym in brackets after a name with such a noun (« le Parti libéral du
    Québec (PLQ) »)."""
    ws = [w.strip(_PUNCT) for w in words_of(text)]
    named = {party_form(w) for noun, w in pairwise(ws)
             if singular(noun) in folded("party_nouns") and w.isalpha() and len(w) > 2
             and fold(w) not in NAME_LINKS}
    return frozenset(named | {fold(m) for m in _EXPANDED.findall(text) if in_capitals(m)})


def other_body(description: str, person: Person) -> bool:
    """Does a description that is no office of the list name a body (a capitalised word after
    its role noun: « président du Sénat ») and every role of the person with the same role
    noun another one (« président de l'association des maires du Rhône ») that is not its
    acronym? A role with no body named (« le président ») says nothing."""
    if office(description) is not None:  # an office of state: a body's head may hold it too
        return False
    own = heads(description)
    body = body_words(description)
    same = [r for r in person.role_texts() if heads(r) & own]
    return bool(own and body and same) and all(
        (b := body_words(r)) and not b & body and not _acronym(description, r) for r in same
    )


def _after_noun(role: str) -> list[str]:
    """The words of a role after its first role noun, function words left out."""
    return [w for w in words_after(role) if len(w) > 2 and fold(w) not in NAME_LINKS]


def body_words(role: str) -> set[str]:
    """The capitalised words of a role after its first role noun, folded (« Sénat »): the
    body it names by its name; none for a body named by common nouns (« de l'association »)."""
    return {fold(w) for w in _after_noun(role) if w[:1].isupper()}


def _acronym(a: str, b: str) -> bool:
    """Is a word in capitals of one role the initials of the other's body (« AMR » and
    « Association des maires du Rhône »)?"""
    def initials(role: str) -> str:
        return "".join(w[0] for w in _after_noun(role)).upper()

    caps = {w for w in words_of(f"{a} {b}".replace("(", " ").replace(")", " ")) if in_capitals(w)}
    return any(c in (initials(a), initials(b)) for c in caps)


def _second_hat(role: str) -> bool:
    """Has the role a noun of lexicon/second_hats.txt, in the plural or the other gender too
    (« présidente », « conseillers »)? The noun itself, not its first letters: « présidentiable »
    is no « président »."""
    return any(singular(n) in _second_hats() for n in head_nouns(role))


@cached
def _second_hats() -> frozenset[str]:
    """The nouns of lexicon/second_hats.txt, folded, with their other gender's form."""
    listed = folded("second_hats")
    return frozenset(listed) | {c for w in listed for c in counterparts(w)}
