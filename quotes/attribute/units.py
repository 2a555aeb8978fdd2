"""A body's unit speaking: the head of the noun phrase, not its complement.

« la section CFDT de Vendimo », « le syndicat Sud de l'usine Vendimo de Montbrun », « l'équipe de
Paul Morel », « l'équipe Morel » are organisations of their own, neither the body nor the person
their complement names (fixtures/gold/GUIDELINES.md, « Kind » and « Speaker »: an organisation
speaking as such, by its name without the article). A noun of a unit (lexicon/unit_nouns.txt) with
a complement « de … », or of a body (lexicon/org_nouns.txt) with its own name and a complement
naming a place or an establishment, is written as the text gives it, the article left out, a
coordination inside the complement kept (« des usines Vendimo de Montbrun et de Valbrune »); a
person's name in the complement, a title or a role noun before it left out, is that person's full
name, as « Someone's circle » writes an entourage (« le cabinet de la ministre Anne Roy »:
`cabinet d’Anne Roy`), a description kept as written (« le cabinet du ministre de
l'Intérieur »); a unit's noun before the surname of a person the cast names in full is written
as the text gives it (« l'équipe Morel »: `équipe Morel`). A body with its own name after a
domain (« le cabinet d'études Xerfi ») or before its owner's name (« le parti Renaissance
d'Emmanuel Macron ») is that name: `Xerfi`, `Renaissance`. A possessive before a noun of a unit
(« son équipe de campagne ») is the unit of the subject before (``unit_owner``).

« le ministère de la Culture » is the body's phrase, and a bare noun (« le gouvernement
kirghize », « le syndicat CGT ») and a role noun (« le porte-parole de la CGT »: a person) are
left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import of
from quotes.attribute.name_spans import name_spans
from quotes.attribute.names import with_first_name
from quotes.attribute.unit_owner import owned_unit
from quotes.detect.context import char_range
from quotes.lexicon import (
    capitalised,
    fold,
    folded,
    is_org_noun,
    listed,
    titles,
)
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DEFINITE,
    OWNER_POSSESSIVES,
)
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import glued_hyphen, text_of

if TYPE_CHECKING:
    from quotes.attribute.cast import Registry
    from quotes.attribute.unit_owner import Classify

_OPEN, _CLOSE = "(", ")"
_OF = DE_CONTRACTED - {"des"}  # before one owner: « de », « d' », « du »
_OPENERS = DEFINITE | OWNER_POSSESSIVES  # « la section de … », « son équipe »


def is_unit_noun(word: str) -> bool:
    """Is the noun a body's or a unit's (« syndicat », « section », « équipe »)?"""
    return is_org_noun(word) or listed(word, "unit_nouns")


def unit_speaker(span: Span, registry: Registry, classify: Classify) -> tuple[str, str] | None:
    """The unit a mention names and its number (« s », « p »): « section CFDT de Vendimo »,
    « équipe de Paul Morel » for « l'équipe de M. Morel », « Xerfi » for « le cabinet d'études
    Xerfi », « équipe de campagne de Paul Morel » for « son équipe de campagne » after « Paul
    Morel a été blessé. »; None for any other mention. ``classify`` reads who a subject before
    names (``speakers.classify``)."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in DEFINITE and span[0].is_lower and (
            doc[span.start - 1].idx + len(doc[span.start - 1].text) == span.start_char):
        span = doc[span.start - 1 : span.end]  # « L'état-major des armées », its « L' » left out
    first = span[0].lower_
    if first not in _OPENERS:
        return None  # « un syndicat », « ce syndicat »: no unit's phrase
    found = _head(span)
    if found is None:
        return None
    head, after = found
    end = _phrase_end(span, after)
    number = "p" if "Plur" in head.morph.get("Number", []) else "s"
    text = text_of(doc)
    words = text[slice(*char_range(doc, (head.i, end)))]
    if first in OWNER_POSSESSIVES:
        unit = owned_unit(span, head, words, registry, classify)
        return (unit, number) if unit is not None else None
    if (name := _own_name(doc, after, end, registry)) is not None:
        return name, number  # « le cabinet d'études Xerfi », « le groupe Alcyon de Paul Morel »
    if listed(doc[head.i : after].text, "unit_nouns") and _apposed_person(
            doc[after:end], registry):
        return words, number  # « l'équipe Trump »: the unit of the person named after its noun
    if not _completed(doc[after:end]) or fold(words) in folded("firm_parts"):
        return None  # « le service de presse »: the company's (``firm_parts``)
    if not listed(doc[head.i : after].text, "unit_nouns") and not _own_name_first(doc, after, end):
        return None  # « le ministère de la Culture »: the body's phrase (``orgs.org_phrase``)
    return _owners_named(doc[head.i : end], registry), number


def _head(span: Span) -> tuple[Token, int] | None:
    """The noun after the determiner (and adjectives before it) when it is a lower-case noun
    of a body or a unit, and the token after it (after « état-major », cut in three by the
    tokenizer); else None."""
    k = 1
    while k < len(span) and span[k].pos_ == "ADJ" and span[k].is_lower:
        k += 1
    if k >= len(span) or not span[k].is_lower or span[k].pos_ not in ("NOUN", "PROPN"):
        return None
    head, doc = span[k], span.doc
    if k + 2 < len(span) and glued_hyphen(doc, head.i + 1):
        compound = doc[head.i : head.i + 3]
        return (head, compound.end) if is_unit_noun(compound.text) else None
    return (head, head.i + 1) if is_unit_noun(head.text) else None


def _phrase_end(span: Span, after: int) -> int:
    """Where the noun phrase the head opens ends, in the document's tokens: at a comma, a verb,
    a pronoun or a conjunction of clauses (« le syndicat de l'usine, qui … », « la section de
    Vendimo et la direction »), brackets and a hyphen inside a word kept (« la section Force
    ouvrière (FO) de Vendimo », « de Seine-Maritime »), and a coordination inside the
    complement (« de Montbrun et de Valbrune », « Morel et Roy »)."""
    doc, depth = span.doc, 0
    for j in range(after, span.end):
        tok = doc[j]
        depth += (tok.text == _OPEN) - (tok.text == _CLOSE)
        if depth == 0 and tok.text != _CLOSE and not glued_hyphen(doc, j) and (
                tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")) and not (
                _complements_joined(span, j)):
            return j
    return span.end


def _complements_joined(span: Span, j: int) -> bool:
    """Does « et » at token ``j`` join two complements of the noun (« de Montbrun et de
    Valbrune », « de Paul Morel et d'Anne Roy ») or two names (« Morel et Roy »)?"""
    doc = span.doc
    if doc[j].lower_ != "et" or j == span.start or j + 1 >= span.end:
        return False
    after = doc[j + 1]
    return after.lower_ in DE_CONTRACTED or (
        capitalised(doc[j - 1].text) and capitalised(after.text) and after.pos_ != "DET")


def _own_name(doc: Doc, after: int, end: int, registry: Registry) -> str | None:
    """A body's own name, when the words after its noun are a domain and that name (« le
    cabinet d'études Xerfi », « le cabinet d'avocats Morel et Roy ») or that name and its owner,
    a person by a full name (« le parti Renaissance d'Emmanuel Macron »); else None."""
    k, domain = after, False
    if k + 1 < end and doc[k].lower_ in DE and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
        k, domain = k + 1, True  # « d'études », « de conseil »: no article (« du docteur »)
        while k < end and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
    n = k
    while n < end and (
            (capitalised(doc[n].text) and doc[n].pos_ != "DET")
            or (n > k and n + 1 < end and doc[n].lower_ == "et" and capitalised(doc[n + 1].text))):
        n += 1
    if n == k:
        return None
    name = text_of(doc)[slice(*char_range(doc, (k, n)))]
    if _person_owner(doc, k - 1, n, registry):
        return None  # « le cabinet d'avocat Paul Morel »: a person's, not a body's name
    if n == end:
        return name if domain else None
    return name if doc[n].lower_ in _OF and _person_owner(doc, n, end, registry) else None


def _person_owner(doc: Doc, de: int, end: int, registry: Registry) -> bool:
    """Are the words after « de » at token ``de`` up to ``end`` a person's name the cast knows
    with a first name, a title aside (« d'Emmanuel Macron », « de M. Morel »), no company's
    one-word name (« de Vendimo »)?"""
    for name in name_spans(doc):
        if name.label_ != "PER" or name.end != end or name.start <= de:
            continue
        if any(t.text not in titles() for t in doc[de + 1 : name.start]):
            return False
        return with_first_name(registry.person(name.text, at=name.start_char))
    return False


def _apposed_person(words: Span, registry: Registry) -> bool:
    """Are the words right after a unit's noun, all capitalised, a person's name the cast knows
    with a first name (« l'équipe Trump » after « Donald Trump »), whatever the recogniser
    tagged them?"""
    return bool(words) and all(capitalised(t.text) and t.pos_ != "DET" for t in words) and (
        with_first_name(registry.person(words.text, at=words.start_char)))


def _own_name_first(doc: Doc, after: int, end: int) -> bool:
    """Does a body's noun have its own name (an acronym, capitalised words, no article of a
    title: « Le Courrier du Lot » is one name) before a complement « de … » that names an
    owner or a place, adjectives aside: « le syndicat CGT de l'usine Vendimo », « la fédération
    CGT de Haute-Savoie »?"""
    j = after
    while j < end and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1
    if j >= end or not capitalised(doc[j].text) or doc[j].pos_ == "DET":
        return False
    de = next((t.i for t in doc[j:end] if t.lower_ in DE_CONTRACTED), None)
    # a named owner or place after it (« de Vendimo »), not a domain (« la fédération FNB de
    # la boulangerie » is the FNB)
    return de is not None and any(capitalised(t.text) for t in doc[de + 1 : end])


def _completed(rest: Span) -> bool:
    """Do the words after the head hold a complement « de … » with something after it?"""
    return any(t.lower_ in DE_CONTRACTED and t.i + 1 < rest.end for t in rest)


def _owners_named(phrase: Span, registry: Registry) -> str:
    """``phrase`` as written, each person's name after a « de » of it (a title or an article
    and a role noun between them aside) given in full: « équipe de M. Morel » -> « équipe de
    Paul Morel », « cabinet de la ministre Anne Roy » -> « cabinet d’Anne Roy »; « cabinet du
    ministre de l'Intérieur » as written."""
    doc = phrase.doc
    text = text_of(doc)
    lo, hi = phrase.start_char, phrase.end_char
    out, at = [], lo
    for name in name_spans(doc):
        if name.label_ != "PER" or not (phrase.start < name.start and name.end <= phrase.end):
            continue
        i = name.start - 1
        while i > phrase.start and (doc[i].text in titles() or (
                is_role_noun(doc[i].text) and doc[i].is_lower) or (
                fold(doc[i].text) in folded("office_adjectives") and i + 1 < name.start
                and is_role_noun(doc[i + 1].text))):
            i -= 1  # « du Premier ministre Gabriel Attal »: an office's adjective, capitalised
        if i > phrase.start and doc[i].lower_ in DEFINITE and doc[i - 1].lower_ in DE_CONTRACTED:
            i -= 1  # « de la ministre »
        person = registry.person(name.text, at=name.start_char)
        if i <= phrase.start or doc[i].lower_ not in _OF or person is None or doc[i].idx < at:
            continue
        out += [text[at : doc[i].idx], of(person.name)]
        at = name.end_char
    return "".join([*out, text[at:hi]])
