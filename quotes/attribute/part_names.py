"""A full name whose given name is the later part of another's hyphenated one, of one surname
(« Suzanne Vidal » and « Marie-Suzanne Vidal »: ``names.compound_part``), is that person only
where the article gives the short form no description of its own: the one judge at a cue
(« a écrit Suzanne Vidal »), not a relative (« Sa sœur cadette, Anne Leroy », « son fils Pierre
Garnier », « Marie Collet, sa nièce »: lexicon/name_kin.txt), not someone with a role of their own
(« Le délégué syndical Yves Martin », « Sophie Durand, conseillère municipale »), not one joined to
the long form (« Marie-Claire Dubois et Claire Dubois »), and never in an article that speaks of
a « lien de parenté » (« sans lien de parenté avec le dirigeant »).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quotes.attribute.names import Name, compound_part
from quotes.attribute.roles import roles_near
from quotes.lexicon import fold, folded
from quotes.nlp.doc import text_of

_KINSHIP = re.compile(r"\bliens? de parente\b")  # folded: « sans lien de parenté »
_JOINED = re.compile(r"\s*(?:,\s*)?(?:et|ou|ni)\s", re.IGNORECASE)
_BESIDE = ("DET", "ADJ", "PUNCT")  # « , sa nièce », « (sa fille) » between a name and its noun


def part_named(ent: Span, name: Name, other: Name, spans: list[tuple[int, int]],
               window: int) -> bool:
    """Is the full name ``name`` at ``ent`` the person already named ``other`` at the character
    ``spans``, one given name the later part of the other's hyphenated one and the surname the
    same (``names.compound_part``), every mention of the short form bare (``_bare``), none
    joined by « et », « ou » or a comma to the long form's, the article saying nothing of a
    « lien de parenté »?"""
    if not (name.first_key and other.first_key and name.surname_key == other.surname_key
            and compound_part(name.first_key.split(), other.first_key.split())):
        return False
    doc = ent.doc
    if _KINSHIP.search(fold(text_of(doc))):
        return False
    there = [s for a, b in spans if (s := doc.char_span(a, b, alignment_mode="expand"))]
    short, long_ = ([ent], there) if len(name.first_key) < len(other.first_key) else (
        there, [ent])
    return all(_bare(s, window) for s in short) and not any(
        _joined(doc, s, w) for s in short for w in long_)


def _bare(ent: Span, window: int) -> bool:
    """Does the article give this mention no description: no role beside it (``roles_near``:
    « Le délégué syndical Yves Martin », « Sophie Durand, conseillère municipale »), no kin noun
    (lexicon/name_kin.txt) before it since the verb before or its sentence's start (« Sa sœur
    cadette, Anne Leroy », « Marie-Claire Dubois et sa fille Claire Dubois ») nor right after
    it past a comma, an article or an adjective (« Marie Collet, sa nièce »)?"""
    if roles_near(ent, window):
        return False
    doc, kin = ent.doc, folded("name_kin")
    k = ent.start - 1
    while k >= ent.sent.start and doc[k].pos_ not in ("VERB", "AUX"):
        if fold(doc[k].text) in kin:
            return False
        k -= 1
    k = ent.end
    while k < min(len(doc), ent.end + 4) and doc[k].pos_ in _BESIDE and doc[k].text not in ".;:":
        k += 1
    return not (k < len(doc) and fold(doc[k].text) in kin)


def _joined(doc: Doc, one: Span, other: Span) -> bool:
    """Are two mentions joined, the one right after the other past « et », « ou », « ni » or a
    comma alone (« Marie-Claire Dubois et Claire Dubois »)?"""
    first, second = sorted((one, other), key=lambda s: s.start_char)
    between = text_of(doc)[first.end_char : second.start_char]
    return between.strip() == "," or bool(_JOINED.match(between + " "))
