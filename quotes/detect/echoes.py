"""A sentence that credits the one before it: « Les routes resteront fermées. C'est ce qu'a
annoncé mardi le préfet Jean Morel. » The cue is the verb of the relative after « c'est ce
que », its subject the speaker, and what is said the sentence before, in the same paragraph.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotes.detect.content import trim_end, trim_start
from quotes.detect.context import Context, Frame, char_range
from quotes.detect.cues import cue_verb
from quotes.detect.selon_lists import selon_cues
from quotes.detect.skips import inverted_start
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.lexicon.grammar import CE, CLEFT_BE, QUE
from quotes.model import Evidence

EVIDENCE = Evidence.ECHO
_OPENING = (CE | {"ce"}, CLEFT_BE, frozenset({"ce"}))  # « C'est ce », « C'était ce »


def echo_frame(ctx: Context, span: Span) -> Frame | None:
    """The frame of a sentence « C'est (C'était) ce que/qu' <cue> <adjuncts> <subject> » that gives
    the sentence before it to the verb's subject: that sentence in the same paragraph, with no
    marks, no reporting verb and no « selon » / « d'après » source. None for any other
    sentence."""
    doc, text = ctx.doc, ctx.text
    toks = [t for t in span if not t.is_space]
    if len(toks) < 6 or span.start == 0:
        return None
    for tok, forms in zip(toks, _OPENING, strict=False):
        if tok.lower_ not in forms:
            return None
    if toks[3].lower_ not in QUE:
        return None
    verb = next((t for t in toks[4:6] if t.pos_ == "VERB"), None)
    said = cue_verb(verb) if verb is not None and verb.dep_ == "acl:relcl" else None
    if verb is None or said is None:
        return None
    # the inverted subject, read as after a postposed cue: past a date and an adjunct
    # (« a annoncé ce mardi après-midi le préfet »), the noun phrase alone, not a participle
    # or a relative after its comma (« le ministre X, confirmant que … »)
    rng = np_after(doc, inverted_start(doc, verb.i + 1, span.end), span.end)
    if rng is None or not speaker_like(doc, rng):
        return None  # « C'est ce qu'il faut retenir »
    prev = doc[span.start - 1].sent
    lo = trim_start(text, prev.start_char, prev.end_char)
    hi = trim_end(text, lo, prev.end_char)
    if hi <= lo or not any(a <= lo and span.start_char < b for a, b in ctx.paras) or any(
            lo <= m.open < hi or lo < m.end <= hi for m in ctx.outer):
        return None
    if selon_cues(ctx, (lo, hi)) or any(_told(t) for t in prev):
        # « Selon X, A. C'est ce qu'a confirmé Y »: A has its source; « X a annoncé une
        # hausse », « Il a été annoncé que A »: an act of saying, told by the narrator
        return None
    first = toks[4] if toks[4].i < verb.i else verb
    return Frame("postposed", (first.idx, verb.idx + len(verb.text)), said.lemma,
                 char_range(doc, rng), ((lo, hi),), (EVIDENCE,))


_TELLING = frozenset({"nsubj", "csubj", "ccomp", "xcomp", "obl:agent"})


def _told(tok: Token) -> bool:
    """Is ``tok`` a reporting verb told with its sayer or its words (« X a annoncé une
    hausse », « Il a été annoncé que … », « annoncée par X »)? Not a passive of another sense
    with its noun alone: « Un suspect a été interpellé »."""
    return tok.pos_ == "VERB" and cue_verb(tok) is not None and any(
        c.dep_ in _TELLING for c in tok.children)
