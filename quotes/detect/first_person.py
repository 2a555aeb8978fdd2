"""A cue whose subject is the speaker's own « je » or « nous », in unmarked words a cue after
them reports: « J'espère qu'il réussira, a déclaré X ». The narrator of a news article does not
speak in the first person, so the que-clause is part of X's words, not a record of its own
left with no speaker; a first-person verb among them that reports nothing (« les valeurs que
nous partageons ») ends none of them.

Only « je » and « nous »: « on » is the narrator's too (« on apprend que … »). Only an incise
(« …, a déclaré X »), not an aside (« …, comme l'a indiqué X ») nor a clause (« car X l'a dit »),
whose words hold each que-clause whole (not « Je pense, a dit X, que … »), and « je » not for a
plural speaker (« Je pense que …, affirment les syndicats »). The quote's evidence says so
(``FIRST_PERSON_WORDS``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from quotes.detect.context import Context, Frame, Rejected
from quotes.detect.cues import CueAt
from quotes.lexicon.grammatical_person import FIRST_PERSON, FIRST_PERSON_PLURAL
from quotes.model import Evidence

_SPEAKER_OWN = FIRST_PERSON | FIRST_PERSON_PLURAL
EVIDENCE = Evidence.FIRST_PERSON_WORDS

# reads a cue's frame again with some cues muted (frames._cue_frame, bound to the sentence)
Reread = Callable[[CueAt, set[int], list[Rejected]], Frame | None]


def first_person_subject(doc: Doc, subject: tuple[int, int] | None) -> bool:
    """Is the token range ``subject`` one first-person pronoun (« je », « j' », « nous »)?"""
    if subject is None or subject[1] - subject[0] != 1:
        return False
    tok = doc[subject[0]]
    return tok.pos_ == "PRON" and tok.lower_ in _SPEAKER_OWN


def _unmarked(ctx: Context, content: tuple[tuple[int, int], ...]) -> bool:
    return not any(lo <= m.open < hi for lo, hi in content for m in ctx.outer)


def _held(words: Frame, frame: Frame) -> bool:
    """Does ``frame`` hold every stretch of ``words``?"""
    return all(any(r_lo <= lo and hi <= r_hi for r_lo, r_hi in frame.content)
               for lo, hi in words.content)


def _plural(verb: Token) -> bool:
    """Is the finite verb of ``verb`` (itself or its auxiliary) plural: « affirment », « ont
    déclaré »?"""
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any("Fin" in t.morph.get("VerbForm", []) and "Plur" in t.morph.get("Number", [])
               for t in finite)


def own_words_over(ctx: Context, cues: list[CueAt], found: list[Frame | None],
                   turned: list[list[Rejected]], reread: Reread) -> None:
    """A cue after the words (an incise) reports the first-person clauses before it
    (``first_person_subject``, their que-clause unmarked): its frame is read again with them
    muted, and kept when it is still an incise whose words hold each of them; they then keep no
    frame. ``found`` and ``turned`` are changed in place."""
    said = {c.tok.i for c, f in zip(cues, found, strict=True)
            if f is not None and first_person_subject(ctx.doc, c.subject)
            and _unmarked(ctx, f.content)}
    if not said:
        return
    # a first-person verb that reported nothing (« les valeurs que nous partageons ») is of
    # the same words: it ends none of them either
    own = said | {c.tok.i for c, f in zip(cues, found, strict=True)
                  if f is None and first_person_subject(ctx.doc, c.subject)}
    for k, cue in enumerate(cues):
        before = {c.tok.i for c in cues if c.tok.i in own and c.last.i < cue.first.i}
        if cue.verb is None or cue.tok.i in said or not before & said:
            continue
        # « je » is one person's: « Je pense que A, affirment les syndicats » leaves A as before
        if _plural(cue.tok) and any(ctx.doc[c.subject[0]].lower_ in FIRST_PERSON for c in cues
                                    if c.tok.i in before & said and c.subject):
            continue
        redone = reread(cue, own - {cue.tok.i}, [])
        # an incise only: « Nous pensons que A, comme l'a indiqué X » says X gave A, not that
        # X said « nous pensons »
        if redone is None or Evidence.CUE_AFTER not in redone.evidence:
            continue
        # the words it reports hold each que-clause whole: « Je pense, a dit X, que A » gives
        # X only « Je pense », and A would be lost
        if not all(_held(f, redone) for c, f in zip(cues, found, strict=True)
                   if c.tok.i in before & said and f is not None):
            continue
        found[k], turned[k] = replace(redone, evidence=(*redone.evidence, EVIDENCE)), []
        for j, c in enumerate(cues):
            if c.tok.i in before:
                found[j], turned[j] = None, []
