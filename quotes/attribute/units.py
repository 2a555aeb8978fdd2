"""A body's unit speaking: the head of the noun phrase, not its complement.

« la section CFDT de Vendimo », « le syndicat Sud de l'usine Vendimo de Montbrun », « l'équipe de
Paul Morel », « le cabinet de la ministre Anne Roy » are organisations of their own, neither the
body nor the person their complement names (fixtures/gold/GUIDELINES.md, « Kind » and
« Speaker »: an organisation speaking as such, by its name without the article). A noun of a
unit (lexicon/unit_nouns.txt) with a complement « de … », or of a body (lexicon/org_nouns.txt)
with its own name and a complement naming an owner or a place, is written as the text gives
it, the article left out (« le ministère de la Culture » is the body's phrase, as before); a
person's name in the complement is that person's full name, as « Someone's circle » writes an
entourage. A possessive before a noun of someone's staff (lexicon/unit_nouns.txt, « staff »:
« son équipe de campagne », « selon son cabinet ») is replaced by the person named last before
it, as « son entourage » is. A noun that names again a body named before
(lexicon/anaphoric_org_nouns.txt) with lower-case words only is that body (« l'institut national
de la statistique »: the Insee, ``orgs.org_name``). A bare noun (« le gouvernement kirghize »,
« le syndicat CGT ») and a role noun (« le porte-parole de la CGT »: a person) are left to the
other rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.attribute.cast import Registry
from quotes.attribute.descriptions import of
from quotes.attribute.name_spans import name_spans
from quotes.lexicon import (
    cached,
    capitalised,
    fold,
    folded,
    is_org_noun,
    listed,
    marked,
    singular,
    titles,
)
from quotes.lexicon.grammar import DE_CONTRACTED, DEFINITE, OWNER_POSSESSIVES
from quotes.nlp.doc import glued_hyphen, text_of

_OPEN, _CLOSE = "(", ")"


def is_unit_noun(word: str) -> bool:
    """Is the noun a body's or a unit's (« syndicat », « section », « équipe »)?"""
    return is_org_noun(word) or listed(word, "unit_nouns")


def unit_speaker(span: Span, registry: Registry) -> tuple[str, str] | None:
    """The unit a mention names and its number (« s », « p »): « section CFDT de Vendimo »,
    « équipe de Paul Morel » for « l'équipe de M. Morel », « équipe de campagne de Paul Morel »
    for « son équipe de campagne » after Paul Morel; None for any other mention."""
    first = span[0].lower_
    found = _head(span)
    if found is None:
        return None
    head, after = found
    end = _phrase_end(span, after)
    number = "p" if "Plur" in head.morph.get("Number", []) else "s"
    doc = span.doc
    text = text_of(doc)
    words = text[head.idx : doc[end - 1].idx + len(doc[end - 1].text)]
    if first in OWNER_POSSESSIVES:
        if singular(head.text) not in _staff():
            return None
        owner = next(iter(registry.people_before(span.start_char)), None)
        return (f"{words} {of(owner.name)}", number) if owner is not None else None
    if first not in DEFINITE or not _completed(doc[after:end]) or (
            fold(words) in folded("firm_parts")):
        return None  # « le service de presse »: the company's (``firm_parts``)
    if not listed(doc[head.i : after].text, "unit_nouns") and not _own_name_first(doc, after, end):
        return None  # « le ministère de la Culture »: the body's phrase (``orgs.org_phrase``)
    return _owner_named(doc[head.i : end], words, registry), number


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
    """Where the noun phrase the head opens ends, in the document's tokens: at a comma, a verb
    or a pronoun (« le syndicat de l'usine, qui … »), brackets and a hyphen inside a word kept
    (« la section Force ouvrière (FO) de Vendimo », « de Seine-Maritime »)."""
    doc, depth = span.doc, 0
    for j in range(after, span.end):
        tok = doc[j]
        depth += (tok.text == _OPEN) - (tok.text == _CLOSE)
        if depth == 0 and tok.text != _CLOSE and not glued_hyphen(doc, j) and (
                tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ")):
            return j
    return span.end


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


def _owner_named(phrase: Span, words: str, registry: Registry) -> str:
    """``words`` (``phrase`` as written), a person's name right after its « de » (a title
    between them aside) given in full: « équipe de M. Morel » -> « équipe de Paul Morel »."""
    doc = phrase.doc
    for name in name_spans(doc):
        if name.label_ != "PER" or not (phrase.start < name.start and name.end == phrase.end):
            continue
        i = name.start - 1
        while i > phrase.start and doc[i].text in titles():
            i -= 1
        person = registry.person(name.text, at=name.start_char)
        if i > phrase.start and doc[i].lower_ in DE_CONTRACTED - {"des"} and person is not None:
            return f"{doc[phrase.start : i].text} {of(person.name)}"
    return words


@cached
def _staff() -> frozenset[str]:
    """The unit nouns a person has (« son équipe », « son cabinet »), as ``singular`` gives them."""
    return frozenset(singular(w) for w in marked("unit_nouns", "staff"))
