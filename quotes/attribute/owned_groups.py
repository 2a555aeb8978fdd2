"""Whose group « ses services », « son cabinet », « ses avocats » speaking is, when the mention
alone could not tell (its speaker is the bare noun): the person its possessive stands for,
written « <noun> de <name> » as GUIDELINES writes a circle (`services de Mette Frederiksen`,
`avocats de Paul Morel`).

The owner is read on the article's timeline, so a description or a pronoun standing for a
person counts as that person (« La ministre a été poussée …, ont annoncé ses services », the
minister named later). Only a group left bare changes: an owner ``possessor`` or ``unit_owner``
gave stays. Its owner is first, after words said before their cue (« X …, a indiqué son
cabinet », « …, selon ses services »), the subject of those words, when it is one person; else
the subject of the closest sentence before that names someone (``possessor.subjects_before``),
a body or no one there leaving the group as written. A description counts only when the
timeline ties it to one who holds its words, never to the next name or the article's main
person (« L'élue souffre …, a indiqué son cabinet », two women named since: as written).
Only a noun of a unit
(lexicon/unit_nouns.txt) a person can have (« son cabinet »; « ses services » an office-holder's
only) or a role noun in the plural, after « son », « sa », « ses »: « leurs » may be several
people's, and a group of anything else (« ses opposants ») is left as written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quotes.attribute.descriptions import of
from quotes.attribute.names import with_first_name
from quotes.attribute.plural_nouns import in_full
from quotes.attribute.possessor import subjects_before
from quotes.attribute.speakers import Resolved, classify
from quotes.attribute.unit_owner import NOT_SUBJECT, had_by, own_words
from quotes.lexicon import fold, listed, singular
from quotes.lexicon.grammar import OWNER_POSSESSIVES
from quotes.lexicon.roles import is_role_noun
from quotes.model import Evidence

if TYPE_CHECKING:
    from quotes.attribute.cast import Registry
    from quotes.attribute.timeline import Timeline
    from quotes.detect.candidates import Candidate

# a description tied to no one who holds its words: the next name, the article's main person
_GUESSED = frozenset({Evidence.DESCRIPTION_TO_MAIN_PERSON, Evidence.DESCRIPTION_TO_JUST_NAMED,
                      Evidence.DESCRIPTION_TO_NEXT_NAME, Evidence.DESCRIPTION_UNRESOLVED})
_CUT = NOT_SUBJECT | {"appos"}  # the subject's own words: no apposition either


def owned_group(doc: Doc, cand: Candidate, who: Resolved, registry: Registry,
                timeline: Timeline) -> Resolved | None:
    """``who``, the speaker of ``cand``, with its owner's name, when ``who`` is the group a
    possessive in the cue's subject opens (« ses services »: `services`) and its owner is one
    named person (see the module). A group already given an owner (``possessor``,
    ``unit_owner``) is kept: None, as otherwise."""
    frame = cand.frame
    if frame is None or frame.subject is None:
        return None
    said = (cand.start, cand.end) if frame.kind in ("postposed", "selon") else None
    mention = frame.subject
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or who.name is None or who.kind not in ("person", "organization"):
        return None
    noun = _owned_noun(span, who.name)
    if noun is None:
        return None  # also « avocats de X »: an owner the other rules gave
    owner = _own(doc, said, registry, timeline) if said is not None else None
    if owner is None:
        owner = _before(doc, noun.idx, registry, timeline)
    person = registry.person(owner) if owner else None
    if person is None or not _may_have(noun, bool(person.roles)):
        return None
    full = in_full(doc, noun.text, person, registry) if who.role else None
    role = full or who.role  # « les avocats de Paul Morel » written too: his lawyers' function
    return replace(who, name=f"{noun.text} {of(person.name)}", role=role)


def _owned_noun(span: Span, name: str) -> Token | None:
    """The noun after « son », « sa », « ses » in ``span`` that the speaker's ``name`` is (not
    one an owner follows: « services du ministère »), when it is a unit's or a plural role
    noun; else None."""
    low = fold(name)
    for tok in span[:-1]:
        noun = tok.nbor(1)
        if tok.lower_ not in OWNER_POSSESSIVES or low != fold(noun.text):
            continue
        plural_role = is_role_noun(noun.text) and "Plur" in noun.morph.get("Number", [])
        if listed(noun.text, "unit_nouns") or plural_role:
            return noun
    return None


def _may_have(noun: Token, office: bool) -> bool:
    """Can a person (``office``: one the article gives a function) have the group ``noun``
    names? A plural role noun, anyone (« ses avocats »); a unit, as lexicon/unit_nouns.txt marks
    it: « person » (« son cabinet »), « office » for an office-holder only (« ses services »
    are a minister's, not a candidate's)."""
    if not listed(noun.text, "unit_nouns"):
        return True
    unit = singular(noun.text)
    return unit in had_by("person") or (office and unit in had_by("office"))


def _own(doc: Doc, said: tuple[int, int], registry: Registry, timeline: Timeline) -> str | None:
    """The one person the subject of the words ``said`` names, read on the timeline."""
    words = doc.char_span(*said, alignment_mode="expand")
    subject = next((c for c in words.root.children if c.dep_.startswith("nsubj")), None) if (
        words is not None) else None
    if subject is None or not said[0] <= (where := own_words(subject, _CUT))[0] < said[1]:
        return None  # a heading the parse ran into the words: no subject of theirs
    return _person(doc, where, registry, timeline)


def _before(doc: Doc, at: int, registry: Registry, timeline: Timeline) -> str | None:
    """The person the closest sentence before names as its subject; None when that subject is
    anything else (a body, a thing, two people)."""
    for subjects in subjects_before(doc, at, registry):
        if not subjects:
            continue
        if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for t in subjects
               for c in t.children):
            return None  # « La ministre Anne Roy et son homologue … »: two owners
        found = [_person(doc, own_words(t, _CUT), registry, timeline) for t in subjects]
        if len(found) != 1 or found[0] is None:
            pronouns = all(t.pos_ == "PRON" for t in subjects)
            if pronouns and not any(found):
                continue  # « Il … » no one was found for: the sentence before
            return None
        return found[0]
    return None


def _person(doc: Doc, where: tuple[int, int], registry: Registry,
            timeline: Timeline) -> str | None:
    """The name of the one person of the cast the words at ``where`` stand for, a
    description or a pronoun resolved on the timeline; else None."""
    who = classify(doc, *where, registry)
    if who.resolution == "pronoun":  # a subject of the narration: as the timeline read it
        who = next((e.who for e in timeline.entries if e.pos == where[0]), who)
    elif who.kind == "person" and who.name is None:
        who, note = timeline.resolve(who, where[0], mention=where)
        if note in _GUESSED:
            return None
    if who.kind != "person" or who.number != "s" or who.name is None:
        return None
    # a full name: not a place read as one (« Matignon »)
    return who.name if with_first_name(registry.person(who.name)) else None
