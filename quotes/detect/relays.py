"""A report of who spoke: « Le journal rapporte que X a écrit vendredi : « … » »: the relay's
que-clause names the speaker and the act; the words are those after it. « X a annoncé que …,
comme l'a révélé Y », Y an outlet: the aside names who reported X's words, no speaker."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.detect.context import Frame
from quotes.lexicon.outlets import is_press_noun, listed_outlet
from quotes.model import Evidence

# the verbs of an outlet's report of words it did not say (« comme l'a révélé Y »); one of
# saying (« comme l'a dit, affirmé, confirmé Y ») makes Y a speaker of the words too
_REPORTING = frozenset({"révéler", "rapporter"})
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # « Ouest‐France » as listed


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


def comme_relayed(frame: Frame, kept: list[Frame], doc: Doc) -> bool:
    """« Le maire a annoncé qu'il partait, comme l'a révélé Y »: an aside « comme » whose verb
    reveals or reports (révéler, rapporter) and whose subject is an outlet (a press noun, or
    words ``listed_outlet`` knows: « L'Équipe », « nos confrères de Ouest-France ») after words
    that hold a cue before them with its own subject (``asides.comme_frame``), that cue's frame
    among the ``kept`` ones, those left a record: Y names who reported the words, not who
    spoke; the words are the subject's. Y is a speaker all the same when the words have no cue
    of their own (« Le maire partira, comme l'a révélé Y »), when the verb is one of saying
    (« comme l'a dit la Cour des comptes », « comme l'avait affirmé l'entraîneur X ») or when
    Y is no outlet."""
    if frame.kind != "postposed" or "comme" not in frame.evidence or (
            frame.lemma not in _REPORTING or frame.subject is None):
        return False
    y = doc.char_span(*frame.subject, alignment_mode="expand")
    if y is None or not (any(is_press_noun(t.text) for t in y) or any(
            listed_outlet(doc[k:m].text.translate(_HYPHENS))
            for k in range(y.start, y.end) for m in range(k + 1, y.end + 1))):
        return False
    lo, hi = frame.content[0][0], frame.content[-1][1]
    return any(f is not frame and f.kind == "preposed" and f.cue is not None
               and f.subject is not None and lo <= f.subject[0] < f.cue[1] <= hi for f in kept)
