"""Who speaks a heading's words in marks with no name before a colon (``detect.headlines``):
whoever the article names who says the same words elsewhere in it (« « Le bon moment » » over
« C'est le bon moment pour nous tous », a dit X), or whose quote shares its sentence with those
words in marks (« Dix ans avec « des joies et des peines », mais : « Je ne regrette rien » »,
after X's words before it), then a person it describes without naming who says them (« a
confié la jeune femme »: the heading is hers, with her gender; never a group or a banner); else
nobody the text shows; never the speaker of the paragraph before, since a heading announces what
follows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotes.attribute import speakers
from quotes.detect.candidates import Candidate
from quotes.detect.headlines import excerpt, repeats
from quotes.detect.marks import Marked
from quotes.detect.unquoted import content_words
from quotes.model import Evidence

Final = list[tuple[Candidate, speakers.Resolved, tuple[str, ...]]]


def heading_speakers(text: str, final: Final, marked: Sequence[Marked] = ()) -> Final:
    """``final`` with each uncued heading quote given the speaker of the same words: a quote
    that holds them, else the quote whose sentence holds them in other ``marked`` words."""
    out = []
    body = [(c, w) for c, w, _ in final if w.name and Evidence.HEADING not in c.evidence]
    # a person the text describes but does not name (« a confié la jeune femme »): the words
    # are still hers, and say her gender; a named speaker of the same words or of their
    # sentence comes first
    unnamed = [(c, w) for c, w, _ in final
               if not w.name and w.kind == "person" and Evidence.HEADING not in c.evidence]
    for cand, who, notes in final:
        if cand.frame is None and Evidence.HEADING in cand.evidence:
            said = text[cand.start : cand.end]
            own = content_words(said)
            same = next((w for c, w in body if repeats(own, text[c.start : c.end])), None)
            note = Evidence.HEADING_SAME_WORDS
            if same is None:
                same, note = _sentence_of_marks(text, said, own, cand, body, marked), (
                    Evidence.HEADING_SAME_SENTENCE)
            if same is None:
                same, note = next((w for c, w in unnamed if repeats(own, text[c.start : c.end])),
                                  None), Evidence.HEADING_SAME_WORDS
            if same is not None:
                who, notes = replace(same, resolution="continuation"), (note,)
            else:
                who, notes = speakers.UNKNOWN, (Evidence.NO_SPEAKER,)
        out.append((cand, who, notes))
    return out


def _sentence_of_marks(
    text: str, said: str, own: set[str], cand: Candidate,
    body: list[tuple[Candidate, speakers.Resolved]], marked: Sequence[Marked],
) -> speakers.Resolved | None:
    """The speaker of the one quote whose sentence holds the heading's words again in marks
    of their own outside it (words someone's quote leads up to, no quote themselves)."""
    for m in marked:
        if cand.start <= m.start < cand.end or not (
                repeats(own, text[m.start : m.end]) or excerpt(said, text[m.start : m.end])):
            continue
        near = {w.name: w for c, w in body
                if c.sentence[0] <= m.start < c.sentence[1] and not c.start <= m.start < c.end}
        if len(near) == 1:
            return next(iter(near.values()))
    return None
