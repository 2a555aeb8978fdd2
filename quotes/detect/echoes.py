"""A sentence that credits the one before it: « Les routes resteront fermées. C'est ce qu'a
annoncé mardi le préfet Jean Morel. » The cue is the verb of the relative after « c'est ce
que », its subject the speaker, and what is said the sentence before, in the same paragraph.
"""

from __future__ import annotations

from spacy.tokens import Span

from quotes.detect.content import trim_end, trim_start
from quotes.detect.context import Context, Frame
from quotes.detect.cues import cue_verb
from quotes.lexicon.grammar import QUE

EVIDENCE = "echo"
_OPENING = (("c'", "ce"), ("est",), ("ce",))


def echo_frame(ctx: Context, span: Span) -> Frame | None:
    """The frame of a sentence « C'est ce que/qu' <cue> <adjuncts> <subject> » that gives
    the sentence before it to the verb's subject: that sentence in the same paragraph, with no
    marks and no reporting verb with a subject of its own. None for any other sentence."""
    doc, text = ctx.doc, ctx.text
    toks = [t for t in span if not t.is_space]
    if len(toks) < 6 or span.start == 0:
        return None
    for tok, forms in zip(toks, _OPENING, strict=False):
        if tok.lower_.replace("’", "'") not in forms:
            return None
    if toks[3].lower_.replace("’", "'") not in QUE:
        return None
    verb = next((t for t in toks[4:6] if t.pos_ == "VERB"), None)
    said = cue_verb(verb) if verb is not None and verb.dep_ == "acl:relcl" else None
    if verb is None or said is None:
        return None
    # the parse may hang the subject on a date before it (« ce lundi après-midi le procureur »)
    subj = next((t for t in doc[verb.i + 1 : span.end]
                 if t.dep_ == "nsubj" and verb.i <= t.head.i < t.i), None)
    if subj is None:
        return None
    words = [t for t in subj.subtree if not t.is_punct]
    prev = doc[span.start - 1].sent  # a paragraph's break is a sentence of its own: no words
    lo = trim_start(text, prev.start_char, prev.end_char)
    hi = trim_end(text, lo, prev.end_char)
    if hi <= lo or any(
            lo <= m.open < hi or lo < m.end <= hi for m in ctx.outer):
        return None
    if any(t.pos_ == "VERB" and cue_verb(t) is not None
           and any(c.dep_ == "nsubj" for c in t.children) for t in prev):
        return None  # « X a annoncé une hausse. C'est ce qu'a dit Y »: X's act, told as such
    first = toks[4] if toks[4].i < verb.i else verb
    return Frame("postposed", (first.idx, verb.idx + len(verb.text)), said.lemma,
                 (words[0].idx, words[-1].idx + len(words[-1].text)), ((lo, hi),), (EVIDENCE,))
