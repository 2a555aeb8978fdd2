"""The person the sentence right before a description names, whom the description may then
describe without naming: its subject (« Paul Roux est allé dans le même sens. « … », a estimé
le maire »: ``fresh_subject``), else the one it names by name as the speaker of its words
(« « … », a réagi Marie Vidal. « … », a commenté la présidente du groupe »: ``just_named``),
unless the two sentences are an exchange between two speakers. ``described`` ranks them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotes.attribute.answers import asks
from quotes.attribute.intro import SENTENCE_END
from quotes.attribute.possessor import subjects_before
from quotes.lexicon import cached, fold, folded, marked, reporting_verbs
from quotes.lexicon.grammar import DATIVES
from quotes.model import NAMED_AT_CUE
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotes.attribute.cast import Registry
    from quotes.attribute.timeline import Timeline

_MARKS = re.compile(r"[«»\"“”]")
_OPENING = re.compile(r"[\s«\"“]*")
_OPENING_END = re.compile(r"[\s«\"“]*$")


def fresh_subject(registry: Registry, at: int) -> str | None:
    """The name of the person the sentence right before offset ``at`` names as its main
    subject, in the same paragraph, when that sentence quotes no words (« Paul Roux est allé
    dans le même sens. »): one a cue after it describes without naming."""
    text = text_of(registry.doc)
    # the sentence's first word, not a space nor the mark opening its words, which the parse
    # may leave at the end of the sentence before
    at = next(_OPENING.finditer(text, at)).end()  # the pattern matches the empty string too
    subjects = next(subjects_before(registry.doc, at, registry), [])
    # everyone the subjects' words name: « Paul Roux et Luc Martin » is no one of them alone
    named = set().union(*(registry.people_between(
        t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in subjects))
    if len(named) != 1:  # no subjects name no one
        return None
    sent = subjects[0].sent
    first = min(t.i for t in subjects)
    if any(t.dep_.startswith("nsubj") for t in registry.doc[sent.start : first]):
        return None  # « Le joueur a décidé … alors que Paul Roux annoncera … »: not his
    between = text[sent.start_char : at]
    if "\n" in between or _MARKS.search(_OPENING_END.sub("", between)):
        return None
    return next(iter(named)).name


def just_named(timeline: Timeline, at: int, pos: int) -> str | None:
    """The one person the sentence right before offset ``at``, in the same paragraph, names
    by name as the speaker of its words (« « … », a réagi Marie Vidal. », « Luc Fabre a
    accusé X de « … ». »); None for none or two, or when the two are an exchange
    (``_exchange``): the description at ``pos`` (its mention) then answers the one just
    named, or goes on past them. A subject of the narration is ``fresh_subject``'s (« Le
    joueur a décidé … alors que Paul Roux annoncera … »: none)."""
    text = text_of(timeline.registry.doc)
    at = next(_OPENING.finditer(text, at)).end()
    para = text.rfind("\n", 0, at) + 1
    ends = list(SENTENCE_END.finditer(text, para, at))
    if not ends or ends[-1].group() == "\n":
        return None
    lo = ends[-2].end() if len(ends) > 1 else para
    named = {e.who.name for e in timeline.entries
             if e.spoke and lo <= e.pos < ends[-1].start() and e.who.kind == "person"
             and e.who.number == "s" and e.who.resolution in NAMED_AT_CUE}
    if len(named) != 1:
        return None
    before = ends[-3].end() if len(ends) > 2 else para
    if _exchange(timeline.registry.doc, before, ends[-1].end(), pos):
        return None
    return named.pop()


def _exchange(doc: Doc, before: int, end: int, pos: int) -> bool:
    """The words from ``before`` to ``end`` (the sentence naming the one just named, and the
    one before it) and the cue from ``end`` to the description at ``pos`` are an exchange, not
    one speaker going on: a question (« ? », a verb of asking: answers.py), a verb of replying
    on either side (lexicon/replying_verbs.txt: « « … », a répondu Sophie Marchal », « a
    rétorqué la ministre »), the person addressed on the description's cue (« lui a répondu la
    ministre »), or a cue that resumes one's own words past another's (lexicon/
    continuing_cues.txt, marked « resumes »: « a poursuivi la ministre »)."""
    text = text_of(doc)
    if "?" in text[before:end]:
        return True
    prior = doc.char_span(before, end, alignment_mode="contract")
    cue = doc.char_span(max(end, text.rfind("»", end, pos) + 1), pos, alignment_mode="expand")
    for span in (prior, cue):
        if span is not None and any(_lemma(t) in folded("replying_verbs") for t in span):
            return True
    if prior is not None and any(asks(t) for t in prior):
        return True
    return cue is not None and any(t.lower_ in DATIVES or resuming(t) for t in cue)


def resuming(tok: Token) -> bool:
    """Is ``tok`` a cue that resumes one's own words (lexicon/continuing_cues.txt, « resumes »:
    « poursuit-il », « a-t-elle continué »)?"""
    return _lemma(tok) in _resuming()


@cached
def _resuming() -> frozenset[str]:
    """The folded cues that resume one's own words (lexicon/continuing_cues.txt, « resumes »)."""
    return frozenset(fold(w) for w in marked("continuing_cues", "resumes"))


def _lemma(tok: Token) -> str | None:
    """The folded lemma of a reporting verb's form (« rétorqué »: « retorquer »), else None."""
    verb = reporting_verbs().get(tok.lower_)
    return fold(verb.lemma) if verb is not None else None
