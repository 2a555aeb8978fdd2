"""A report of who spoke: « Le journal rapporte que X a écrit vendredi : « … » »: the relay's
que-clause names the speaker and the act; the words are those after it. « X a annoncé que …,
comme l'a révélé Y »: the aside names who reported X's words, no speaker."""

from __future__ import annotations

from quotes.detect.context import Frame
from quotes.model import Evidence


def reports_who(frame: Frame, frames: list[Frame]) -> bool:
    """ "Le journal rapporte que X a écrit vendredi : « … »": a que-clause that holds another
    cue and its subject, whose words run on past the clause, says who spoke, not what: X's
    words are those after it, the relay's clause no quote."""
    if frame.kind != "preposed" or Evidence.QUE_CLAUSE not in frame.evidence:
        return False
    lo, hi = frame.content[0][0], frame.content[-1][1]
    return any(f is not frame and f.kind == "preposed" and f.cue is not None
               and f.subject is not None and lo <= f.subject[0] < f.cue[1] <= hi
               and f.content[-1][1] > hi for f in frames)


def comme_relayed(frame: Frame, frames: list[Frame]) -> bool:
    """« Le maire a annoncé qu'il partait, comme l'a révélé Y »: an aside « comme » after words
    that hold a cue before them with its own subject (``asides.comme_frame``) names the outlet
    that reported them, not who spoke; the words are the subject's. Words with no cue of their
    own (« Le maire partira, comme l'a révélé Y ») stay Y's."""
    if frame.kind != "postposed" or "comme" not in frame.evidence:
        return False
    lo, hi = frame.content[0][0], frame.content[-1][1]
    return any(f is not frame and f.kind == "preposed" and f.cue is not None
               and f.subject is not None and lo <= f.subject[0] < f.cue[1] <= hi for f in frames)
