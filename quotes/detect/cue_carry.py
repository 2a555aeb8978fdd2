"""Cue, continued: a quote in marks with no cue of its own takes the cue of the same speaker's
words just before it (fixtures/gold/GUIDELINES.md, « The cue »): « A », a-t-il ajouté. « B »;
X a averti que …, explique-t-il. « B »; et d'ajouter que … : « B ». The cue itself, as
written, is detect/cue_extent's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.detect.context import CLOSING
from quotes.detect.sentence_stops import sentence_ends_in
from quotes.model import CUE_CARRIED, Evidence, Quote

_BEFORE_CUE = re.compile(r"[\s»”\"›,]*")  # the first words' closing mark and comma
# the stop that ends the cue's sentence, and the opening of the next marks
_STOP_TO_MARKS = re.compile(r"[.!?…:]\s*[«“\"‹]?\s*$")
_COMMA_TO_MARKS = re.compile(r",\s*[«“\"‹]\s*$")  # after an incise, the same sentence
_MARKS = re.compile(r"[«»“”\"‹›;]")


def carried_cues(text: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes, in text order, each quote in marks with no cue of its own given the cue of
    the quote just before it when the same speaker's words and their cue run straight into its
    marks: the cue after those words (« A », a-t-il ajouté. « B »; …, explique X. « B »), or
    before them with only a stop between the words and the marks (et d'ajouter que … : « B »);
    not when a comma or a word in lower case follows its marks (« B », balance X; « B » morts,
    a précisé X): a cue of its own comes there, or the words go on. A speaker with no name
    (« a commenté la jeune femme ») carries it to marks that took no speaker (``_same_voice``).
    Its evidence says so (``CUE_CARRIED``): grouping and the batch do not read it as its own.
    A heading's marks take none: they announce what follows.
    """
    out = list(quotes)
    for n in range(1, len(out)):
        q, prev = out[n], out[n - 1]
        if q.cue is not None or prev.cue is None or q.type != "direct":
            continue
        if Evidence.HEADING in q.evidence:  # a heading announces what follows: no cue before it
            continue
        if Evidence.POST in q.evidence or Evidence.SIGNED_LINE in q.evidence:
            # a post or a pull quote is signed, in no marks: a cue before it is not its
            continue
        if not _same_voice(prev, q):
            continue
        after = text[q.span.end : q.span.end + 40].lstrip()
        after = after[1:].lstrip() if after[:1] in CLOSING else after
        if after[:1] == "," or after[:1].islower():
            continue  # a cue of its own after its marks (« B », balance X), or words going on
        cue = prev.cue
        at = prev.span.end
        if cue.start >= at:  # a cue after the words: only their marks and a comma before it
            m = _BEFORE_CUE.match(text, at, cue.start)
            if m is None or m.end() != cue.start:
                continue
            at = cue.end
        elif cue.end > prev.span.start:
            continue
        # the rest of the cue's sentence (its subject, an adjunct: no mark, no other stop
        # than a title's or an initial's, « M. Roy »), its stop, the next marks
        stop = _STOP_TO_MARKS.search(text, at, q.span.start)
        if stop is None and cue.start >= prev.span.end:
            # « A », a-t-elle dit en fin de journée, « b »: an incise splits one quotation
            stop = _COMMA_TO_MARKS.search(text, at, q.span.start)
        if stop is not None and not _MARKS.search(text, at, stop.start()) and (
                not sentence_ends_in(text, at, stop.start())):
            out[n] = replace(q, cue=cue, evidence=(*q.evidence, CUE_CARRIED))
    return out


def _same_voice(prev: Quote, q: Quote) -> bool:
    """Are ``q``'s words said by whoever said ``prev``'s: the same name, or, the cue before
    naming someone the cast holds no name for (« …, a commenté la jeune femme. « … » »), no
    one else: ``q`` took no speaker, its carry ended at that unnamed voice."""
    if q.speaker.name is not None:
        return q.speaker.name == prev.speaker.name
    return prev.speaker.name is None and prev.speaker.mention is not None and (
        q.speaker.kind == "unknown")
