"""In an exchange, the one spoken to is not the speaker: a description the cast gives no one
stays an unnamed person when the guess would be the one its cue addresses.

« « … », a lancé au ministre la retraitée »: a description that is no role of anyone in the
cast (``described``'s guesses: the one of its gender named last, the person the article is
about, the other party of an exchange) is not the one the cue speaks to, whether the cue
names them (« au ministre », « auprès de Paul Roux »: a name, or a role the cast gives them),
points back at the last one who spoke (« lui répond », « l'interroge ») or replies to them
(« répond la retraitée » after the minister's words, a verb of ``lexicon/replying_verbs.txt``).
Then, and wherever the same words describe a speaker again (« …, dit la retraitée »), the
speaker is an unnamed person: no name, kind person. A function (« le ministre », « le
président ») is someone's in the article, and the one the exchange names (« a répondu Anne
Vidal ») speaks as named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotes.attribute.anaphora import last_spoke
from quotes.attribute.role_fit import holds
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DE_CONTRACTED, OBJECT_CLITICS, REFLEXIVE, TO_WHOM
from quotes.model import Evidence
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotes.attribute.cast import Person
    from quotes.attribute.resolved import Resolved
    from quotes.attribute.timeline import Timeline
    from quotes.detect.context import Frame

UNNAMED = Evidence.DESCRIPTION_UNNAMED_PARTY  # evidence: the one spoken to was the guess
# the guesses of a description no role ties to anyone (``described``, ``answers.replier``)
_GUESSES = frozenset({Evidence.DESCRIPTION_TO_LAST_NAMED, Evidence.DESCRIPTION_TO_MAIN_PERSON,
                      Evidence.DESCRIPTION_TO_JUST_NAMED, Evidence.INTERVIEWEE})
_PARAS_BACK = 1  # the turn replied to: in the paragraph of the reply or the one before
_BACK = OBJECT_CLITICS - REFLEXIVE | {"l'", "l’"}  # « lui répond », « l'interroge »
_CLAUSE_END = re.compile(r'[,.;:!?«»"\n]')  # what ends the clause after a cue


def unnamed_party(
    doc: Doc, frame: Frame, mention: Resolved, who: Resolved, note: str | None,
    timeline: Timeline, start: int, para: int,
) -> Resolved | None:
    """The unnamed speaker the description ``mention`` (the cue's subject, resolved to
    ``who`` by ``note``) stands for, when ``who`` was a guess that is the one the cue speaks
    to, or the same words left someone unnamed before (module doc); else None. ``start``:
    where the words said open; ``para``: their paragraph."""
    words = mention.described
    # a function (« le président ») is someone's in the article, named with it or not
    if (mention.resolution != "description" or mention.kind != "person" or words is None
            or mention.role is not None or note not in _GUESSES or who.name is None):
        return None
    if any(holds(words, p) for p in timeline.registry.people):  # « le ministre »: the
        return None  # one the cast gives that role, however the guess went
    unnamed = replace(mention, resolution="unresolved", owned=False)
    if _left_unnamed(timeline, words, start):
        return unnamed
    person = timeline.registry.person(who.name)
    if person is None or frame.cue is None or frame.subject is None:
        return None
    last = _last_speaker(timeline, start, para)
    spoken_to = _addressed(doc, frame, person, timeline) or (last == who.name and (
        _points_back(doc, frame) or fold(frame.lemma) in folded("replying_verbs")))
    return unnamed if spoken_to else None


def _left_unnamed(timeline: Timeline, words: str, start: int) -> bool:
    """Did a cue's subject with the same description speak before, left to no one of the
    cast (« …, répond la retraitée », then « …, dit la retraitée »)?"""
    return any(
        e.pos < start and e.spoke and e.who.name is None and e.who.kind == "person"
        and e.who.resolution == "unresolved"
        and e.who.role is None and fold(e.who.described or "") == fold(words)
        for e in timeline.unnamed
    )


def _last_speaker(timeline: Timeline, start: int, para: int) -> str | None:
    """The name of the last one who spoke before ``start``, in its paragraph or the one
    before."""
    last = last_spoke(timeline.entries, start)
    return None if last is None or para - last.para > _PARAS_BACK else last.who.name


def _points_back(doc: Doc, frame: Frame) -> bool:
    """A clitic object of the cue (« lui répond », « l'interroge alors »): the one spoken to
    is someone the text has already given."""
    assert frame.cue is not None
    span = doc.char_span(*frame.cue, alignment_mode="expand")
    if span is None:
        return False
    before = doc[max(0, span.start - 1) : span.end]
    return any(t.lower_ in _BACK for t in before)


def _addressed(doc: Doc, frame: Frame, person: Person, timeline: Timeline) -> bool:
    """Does the cue name ``person`` as the one it speaks to: « à », « au », « aux » or
    « auprès de » + their name or a role the cast gives them, between the cue and its
    subject, or after the cue up to the end of its clause?"""
    assert frame.cue is not None and frame.subject is not None
    text = text_of(doc)
    lo = frame.cue[1]
    hi = frame.subject[0] if frame.subject[0] > lo else _clause_end(text, lo)
    span = doc.char_span(lo, hi, alignment_mode="contract")
    if span is None:
        return False
    toks = list(span)
    at = next((i for i, t in enumerate(toks) if t.lower_ in TO_WHOM), None)
    if at is None:
        return False
    rest = toks[at + 1 :]
    if toks[at].lower_ == "auprès":
        rest = rest[1:] if rest and rest[0].lower_ in DE_CONTRACTED else []
    if not rest:
        return False
    phrase = (rest[0].idx, rest[-1].idx + len(rest[-1]))
    if person in timeline.registry.people_between(*phrase):
        return True
    return holds(text[phrase[0] : phrase[1]], person)


def _clause_end(text: str, at: int) -> int:
    """Where the clause after offset ``at`` ends: its next comma, stop or quote mark."""
    end = _CLAUSE_END.search(text, at)
    return end.start() if end is not None else len(text)
