"""Two sources of one sentence coordinated in a cue's subject: one speaker, their namings joined.

GUIDELINES (« Two sources of one sentence »): « …, ont indiqué son avocat Me Richard Delgenes et
une source judiciaire » is one record of one speaker, `Richard Delgenes et une source judiciaire`,
role and gender null; two people keep the role their mention gives (« Mes X et Y, avocats de … »,
as the gold writes a pair of lawyers). The subject is cut at its one « et » and each side read on
its own (``speakers.classify``): each must be a name (a person the cast knows by a full name, a
body or an outlet by its proper name), an unnamed source (« une source judiciaire ») or, beside
a name, people a plural noun of a party names after « les » (lexicon/side_nouns.txt: `Renaud
Pinoit et les familles`, as written; not « les journalistes présents », who only witness);
a body named by its common noun after a definite article (« le gouvernement ») is a side too,
when the other side is a name (`gouvernement et Paul Morel`, as the gold writes a body without
its determiner). Only an
« et » joining the subject's head to another subject cuts it: one after a comma (an apposition:
« X, porte-parole de la SNCF et de la RATP ») or inside a complement (« une source proche de X et
de Y ») joins no two sources. Anything else (« ses alliés », « plus de 8000 personnes », a
function « et président de … », a side the cast reads as a body named by both sides' words)
leaves the speaker as the other rules read it. A joining the other rules already made is kept.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.mentions import joined, without_determiner
from quotes.attribute.names import with_first_name
from quotes.attribute.speakers import Resolved, classify
from quotes.lexicon import fold, listed
from quotes.lexicon.grammar import DE, DEFINITE_SINGULAR, SOURCE_NOUNS
from quotes.lexicon.roles import is_role_noun

if TYPE_CHECKING:
    from quotes.attribute.cast import Registry
    from quotes.detect.candidates import Candidate


def joined_sources(doc: Doc, cand: Candidate, who: Resolved,
                   registry: Registry) -> Resolved | None:
    """The one speaker two coordinated sources of ``cand``'s cue subject make (see the
    module), when the other rules gave ``who`` as one of them or as the words as written;
    None otherwise."""
    frame = cand.frame
    if frame is None or frame.subject is None or who.kind == "unknown":
        return None
    span = doc.char_span(*frame.subject, alignment_mode="expand")
    if span is None:
        return None
    if " et " in (who.name or "") and fold(who.name or "") != fold(without_determiner(span.text)):
        return None  # « Paul Morel et Anne Roy »: joined already
    ands = [t for t in span if t.lower_ == "et"]
    if len(ands) != 1 or any(t.text in "()" for t in span):
        return None
    cut = ands[0].i
    if not _joins_head(span, ands[0]):
        return None
    right = span.doc[cut + 1 : span.end]
    if len(right) > 1 and right[0].lower_ in DE:  # « la Lettre et | de | l'AFP »: its own « de »
        right = right[1:]
    sides = [_source(doc, span.doc[span.start : cut], registry), _source(doc, right, registry)]
    if None in sides:  # an empty side too
        return None
    names = [s.name for s in sides if s is not None and s.name]
    if len(set(map(fold, names))) != 2 or not any(n[:1].isupper() for n in names):
        return None  # « le syndicat et la direction »: no name tells the two apart
    kinds = [s.kind for s in sides if s is not None]
    if "organization" in kinds and _people_named(span):
        return None  # « Lemoine et Karadec, les deux avocats »: names the cast took for places
    kind = "person" if "person" in kinds else kinds[0]
    # two people keep the roles the mention gives them (« Mes X et Y, avocats de … », read on
    # the apposition as the other rules read it); a person and a source, two outlets, have none
    pair = kinds == ["person", "person"]
    return replace(who, name=joined(names), kind=kind, role=who.role if pair else None,
                   gender=None, number="p", roles=who.roles if pair else (),
                   resolution="explicit")


def _joins_head(span: Span, conj: Token) -> bool:
    """Does the « et » ``conj`` join the subject's head to another subject (« Me X et une
    source », « la Lettre et de l'AFP »), not two words of an apposition (a comma before it:
    « X, porte-parole de A et de B ») or of a complement (the word the second hangs on, or one
    above it in the subject, after its own « de »: « une source proche de X et de Y »)?"""
    other = conj.head
    if other.dep_ != "conj" or not span.start <= other.head.i < conj.i:
        return False
    if any(t.text == "," for t in span.doc[span.start : conj.i]):
        return False
    at = other.head
    while span.start <= at.i < span.end:
        if any(c.dep_ == "case" and span.start <= c.i < span.end for c in at.children):
            return False
        if at.head == at:
            break
        at = at.head
    return True


def _people_named(span: Span) -> bool:
    """Does an apposition after the subject (« X et Y, les deux avocats de … ») say that its
    names are people: a role noun heads the words set off by the comma after it?"""
    doc, at = span.doc, span.end
    if at >= len(doc) - 1 or doc[at].text != ",":
        return False
    head = next((t for t in doc[at + 1 : at + 6] if t.pos_ == "NOUN"), None)
    return head is not None and is_role_noun(head.text)


def _source(doc: Doc, side: Span, registry: Registry) -> Resolved | None:
    """One side read alone, when it is a name or an unnamed source (not a description that
    holds a name: « son adjoint venu avec Anne Roy »); else None."""
    side = side[:-1] if len(side) > 1 and side[-1].text == "," else side
    if len(side) == 0 or any(t.pos_ in ("VERB", "AUX") for t in side):
        return None
    who = classify(doc, side.start_char, side.end_char, registry)
    if who.name is None or " et " in who.name:  # a body the cast knows by both sides' words
        return None
    if who.kind == "anonymous":
        return who if any(t.lower_ in SOURCE_NOUNS for t in side) else None
    if who.kind == "person" and who.number == "p" and side[0].lower_ == "les" and all(
            t.pos_ in ("DET", "NOUN", "ADJ") for t in side) and _party(side):
        # « Renaud Pinoit et les familles »: people a plural noun names, as the side writes
        # them, a source beside the name (no role for the two)
        return replace(who, name=side.text, kind="anonymous")
    if who.kind == "person":
        return who if with_first_name(registry.person(who.name)) else None
    if who.kind != "organization":
        return None
    if who.name[:1].isupper():
        return who
    # « le gouvernement »: a body the article names by its noun, written as the side writes it
    # (the cast may have glued a name apposed to that noun elsewhere: « du gouvernement X »)
    if side[0].lower_ in DEFINITE_SINGULAR:
        return replace(who, name=without_determiner(side.text))
    return None


def _party(side: Span) -> bool:
    """Is the side's noun one of people who speak for themselves as a party (lexicon/
    side_nouns.txt: « les familles », « les victimes », « les avocats »), not of those who
    only witness what the name does (« les journalistes présents »)?"""
    head = next((t for t in side if t.pos_ == "NOUN"), None)
    return head is not None and listed(head.text, "side_nouns")
