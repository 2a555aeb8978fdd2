"""What ties a description to someone besides the roles the cast gives: a name apposed to it
past an aside in brackets (``apposed``), the one person named later with its role
(``named_since``), the one an earlier description of the same body named (``same_body``), the
roles of the same unnamed one before it (``fuller``), and whether the
roles or gender of a person of the cast say it is someone else (``says_otherwise``); and who
it is not: the people the words said speak of (``spoken_of``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from quotes.attribute import holders
from quotes.attribute.anaphora import Entry
from quotes.attribute.cast import Person, Registry, holds
from quotes.attribute.name_spans import name_spans
from quotes.attribute.role_words import heads, names_place
from quotes.attribute.speakers import Resolved, merged
from quotes.lexicon import is_role_noun
from quotes.nlp.doc import text_of

# a short aside in brackets, no marks nor line in it, then a comma or not: « (chrétien), »
_ASIDE = re.compile(r"[ \t]*\([^()«»“”\"\n]{1,40}\)[ \t]*,?[ \t]*")
# a complement of the description's noun, then a comma: « au logement, », « pour l'Environnement, »
_COMPLEMENT = re.compile(
    r"[ \t]+(?:(?:à|au|aux|pour|de|du|des|en)[ \t]+|d['’])([^,.;:!?()«»“”\"\n]{1,60}?)[ \t]*,[ \t]*"
)
_CLOSED = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")  # what may follow the apposed name


def apposed(registry: Registry, end: int, gender: str | None) -> Person | None:
    """The person named right after a description that ends at ``end``, past an aside in
    brackets (« la secrétaire générale du syndicat (laïque), Anne Roy, », « le président de
    la fédération (FFE) Paul Roux. »): the one it describes, when the name closes the phrase
    and its gender is not the other one. The apposition with no aside is the mention's own."""
    return _named_past(registry, _ASIDE.match(text_of(registry.doc), end), gender)


def past_complement(registry: Registry, end: int, gender: str | None) -> Person | None:
    """The person named after a complement of the description's noun the mention stops
    before, and a comma (« le ministre délégué| au logement, Paul Roux »), on the same
    terms as ``apposed``."""
    return _named_past(registry, complement_before_name(text_of(registry.doc), end), gender)


def _named_past(
    registry: Registry, aside: re.Match[str] | None, gender: str | None
) -> Person | None:
    """The person whose name starts where ``aside`` ends and closes the phrase, of no other
    gender."""
    person = registry.at.get(aside.end()) if aside else None
    if aside is None or person is None or (gender and person.gender and gender != person.gender):
        return None
    text = text_of(registry.doc)
    return person if _CLOSED.match(text, registry.ends.get(aside.end(), len(text))) else None


def complement_before_name(text: str, end: int) -> re.Match[str] | None:
    """The complement of a description's noun the mention stops before, and the comma after
    it (« le ministre délégué| au logement, Paul Roux »): no person in it whom the name after
    the comma could be apposed to (« le maire de Val à son adjoint, Paul Roux »)."""
    found = _COMPLEMENT.match(text, end)
    if found is None:
        return None
    words = re.findall(r"\w+", found.group(1))
    return None if len(words) > 6 or any(is_role_noun(w) for w in words) else found


def spoken_of(registry: Registry, lo: int, hi: int) -> set[Person]:
    """The people of the cast the words said between ``lo`` and ``hi`` name, inside the marks
    too (« … avec mon coach (Roux) … »), though no name there is a mention of the cast: whom
    the speaker speaks of, rarely the speaker."""
    return registry.people_between(lo, hi) | {p for ent in name_spans(registry.doc)
            if ent.label_ == "PER" and lo <= ent.start_char < hi
            and (p := registry.person(ent.text)) is not None}


def named_since(
    registry: Registry, who: Resolved, lo: int, hi: int, barred: set[str]
) -> Person | None:
    """The one person of the unnamed one's gender named between ``lo`` and ``hi`` whom the
    article gives that one's role (« Leur avocat a refusé. … Me Paul Roux, avocat de la
    famille, … »), none of the ``barred``; None for none or several."""
    role = who.role
    if not role:
        return None
    found = {p for p in registry.people_between(lo + 1, hi) if p.gender == who.gender
             and p.name not in barred and holds(role, p)}
    return found.pop() if len(found) == 1 else None


def fuller(entries: Sequence[Entry], r: Resolved, pos: int) -> Resolved:
    """An unnamed description with the roles of the unnamed one before it that has the same
    role noun, gender and number and names its body or place: "Le préfet du Morbihan a
    salué … « … », a estimé le préfet" shows "préfet du Morbihan"."""
    own = heads(r.role or "")
    for e in reversed(entries):
        w = e.who
        if e.pos >= pos or w.kind != "person" or w.number != r.number or not w.role:
            continue
        if heads(w.role) == own and w.name is None and r.gender in (None, w.gender):
            return replace(r, roles=merged(w.roles, r.roles)) if names_place(w.role) else r
    return r


def says_otherwise(
    registry: Registry, description: str, name: str, fits: Callable[[Person], bool]
) -> bool:
    """Do the roles of the person of the cast so named say something else than the
    description ("le préfet" and the "maire de Quimper", ``holders``), or their gender does?"""
    person = registry.person(name)
    return person is not None and (
        holders.says_otherwise(description, person) or not fits(person))


def same_body(
    registry: Registry, entries: Sequence[Entry], description: str, pos: int, barred: set[str]
) -> Person | None:
    """The one person of the cast an earlier description naming the same body by its name was
    tied to (« Le patron de Valtor s'exprime », read as Paul Roux; then « le président de
    Valtor »), none of the ``barred``; None when none is, or several are."""
    body = holders.body_words(description)
    if not body:
        return None
    found = {e.who.name for e in entries
             if e.pos < pos and e.who.kind == "person" and e.who.number == "s" and e.who.name
             and e.who.role and e.who.resolution == "description" and e.who.name not in barred
             and body & holders.body_words(e.who.role)}
    return registry.person(found.pop()) if len(found) == 1 else None
