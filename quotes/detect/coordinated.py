"""Que-clauses a cue reports one after the other: « X a annoncé que A, et que B ».

A reported que-clause that a comma and « et que » continue with a second que-clause of the
same cue is two things said, a record each, with the cue and the speaker of the whole
(« Elle a annoncé que le vote aura lieu en mai, et que d'ici là elle reste en poste »: the
date of the vote, then what she does until it); in a series the comma alone parts the
clauses before the last (« que A, que B, et que C »: three records). With no comma (« que A
et que B ») the narrator lists one report, which stays one record; an « et que » inside
marks is the speaker's own words, and a clause the cue does not open with « que » (an
infinitive, marks after a colon) is left whole. A « que » that is no second clause of the
cue leaves the clause whole too: a relative one (« la salle, qui compte 300 places, et que
la ville a rénovée »), one of a verb or noun inside the clause (« craignaient que l'eau
monte, et que les digues cèdent »), one that a verb follows (« et qu'importe l'avis »), one
after a clause that a noun's « que » opened (« repose sur l'idée que A, et que B »:
lexicon/completive_nouns.txt).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotes.detect.context import Context, outer_end, visible_end
from quotes.lexicon import listed
from quotes.lexicon.grammar import QUE, SET_OFF_RELATIVES
from quotes.model import Evidence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotes.detect.candidates import Candidate

_OPENED = re.compile(r"\bqu(?:e\s+|['’]\s*)$", re.IGNORECASE)  # the cue's « que » before it
# « , et que » « , et qu' » « , et que, « … » », or « , que » in a series; « , et « qu'… » »
# when the second clause is quoted from its « que » on (the marks open the next record)
_NEXT = re.compile(r",\s+(?P<et>et\s+)?(?P<open>[«“\"]\s*)?(?P<que>qu)(?:e\b|['’])[\s,]*",
                   re.IGNORECASE)
_RELATIVES = SET_OFF_RELATIVES | QUE  # a stretch they open says more of a noun
EVIDENCE = Evidence.COORDINATED_QUE


def split_coordinated(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """``out`` with each indirect or mixed quote that opens on the cue's « que » cut before
    every « , et que » outside its marks (and every « , que » of a series it closes): one
    quote per clause, each indirect, or mixed when it holds marks."""
    kept: list[Candidate] = []
    for c in out:
        cuts = _cuts(ctx, c)
        if not cuts:
            kept.append(c)
            continue
        bounds = [c.start, *(x for cut in cuts for x in cut), c.end]
        for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
            inside = tuple(f for f in c.fragments if lo <= f[0] and f[1] <= hi)
            kept.append(replace(c, type="mixed" if _marked(ctx, lo, hi) else "indirect",
                                start=lo, end=hi, fragments=inside,
                                evidence=(*c.evidence, EVIDENCE)))
    return kept


def opens_second_clause(verb: Token, after: int = -1) -> bool:
    """Does a « que » after « , et », past offset ``after``, open ``verb``'s clause (an
    auxiliary's: its participle's)? Then ``verb`` is the verb of a second que-clause of a cue
    (« a raconté que son fils était rentré, et qu'il n'avait rien dit »), reported too, and no
    verb the narrator goes on with. Without the comma (« alors que X a annoncé … et que … »)
    the « que » may be the narrator's."""
    if verb.dep_.startswith("aux"):
        verb = verb.head  # « a | déclaré »
    doc = verb.doc
    if not any(c.dep_ == "cc" and c.i > 0 and doc[c.i - 1].text == "," for c in verb.children):
        return False
    que = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in QUE), None)
    return que is not None and que.idx > after


def _cuts(ctx: Context, c: Candidate) -> list[tuple[int, int]]:
    """Where ``c`` is cut: (end of a clause, start of the next) at each « , et que » that no
    marks hold and that opens a second clause of the cue, when the cue opened ``c`` with
    « que »; at a « , que » before such a cut too (a series)."""
    if c.type == "direct" or c.frame is None:
        return []
    # the « que » ends at the blanks before ``c``: read there, not the whole text before it
    opened = _OPENED.search(ctx.text, max(0, visible_end(ctx.text, c.start) - 3), c.start)
    if opened is None:
        return []
    cue_que = ctx.token_at(opened.start())
    found: list[re.Match[str]] = []
    for m in _NEXT.finditer(ctx.text, c.start, c.end):
        que = ctx.token_at(m.start("que"))
        if que is not None and ctx.inside_marks(m.start()) is None and _second_clause(
                ctx, c.start if not found else found[-1].end(), m.start(), que, cue_que):
            found.append(m)
    last = max((i for i, m in enumerate(found) if m["et"]), default=-1)  # the series' « , et que »
    # a blank before the comma (« sous contrôle , et que ») stays out of the clause before
    return [(visible_end(ctx.text, m.start(), c.start), m.start("open") if m["open"] else m.end())
            for m in found[: last + 1]]


def _second_clause(ctx: Context, start: int, at: int, que: Token, cue_que: Token | None) -> bool:
    """Does ``que``, after the comma at ``at``, open a second clause of the cue, whose clause
    before it starts at ``start``? Not a relative one (the tagger's pronoun, or after a
    stretch a relative opens: « la salle, qui compte 300 places, et que la ville a
    rénovée »), not one right before a verb (« et qu'importe l'avis »: no clause), nor one
    the parse coordinates with a verb that has a « que » of its own (« craignaient que l'eau
    monte, et que les digues cèdent », « le fait que les prix montent, et que … »)."""
    if que.pos_ == "PRON" and not _marks_second(que, cue_que):
        return False
    if _noun_clause(ctx, start, at):
        return False
    stretch = ctx.text[max(start, ctx.text.rfind(",", start, at) + 1) : at].split()
    if stretch and stretch[0].lower() in _RELATIVES:
        return False
    if que.i + 1 < len(que.doc) and que.nbor().pos_ == "VERB":
        return False
    verb = que.head
    while verb.pos_ not in ("VERB", "AUX", "ADJ") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ != "conj" or not any(_own_que(m, cue_que) for m in verb.head.children)


def _noun_clause(ctx: Context, start: int, at: int) -> bool:
    """Does a noun's « que » clause open between ``start`` and ``at`` (« l'idée que »,
    « du fait que »)? A « , et que » after it may go on with it."""
    span = ctx.doc.char_span(start, at, alignment_mode="contract")
    return span is not None and any(
        t.lower_ in QUE and t.i > span.start and listed(t.nbor(-1).text, "completive_nouns")
        for t in span)


def _marks_second(que: Token, cue_que: Token | None) -> bool:
    """Is the tagger's pronoun ``que`` the mark of a verb the parse coordinates with the cue's
    first clause, or with the cue (« a affirmé que « … », et que la police … »)? After a noun
    (« la salle, rénovée en 2021, et que la ville loue ») it is a relative."""
    verb = que.head
    return que.dep_ == "mark" and cue_que is not None and verb.dep_ == "conj" and (
        verb.head in (cue_que.head, cue_que.head.head))


def _own_que(mark: Token, cue_que: Token | None) -> bool:
    """Is ``mark`` a « que » of its own (not the cue's, nor one after a comma in a series)?"""
    return mark.dep_ == "mark" and mark.lower_ in QUE and mark != cue_que and not (
        mark.i > 0 and mark.doc[mark.i - 1].text == ",")


def _marked(ctx: Context, lo: int, hi: int) -> bool:
    """Whether marks stand between ``lo`` and ``hi``."""
    return any(lo <= m.open and outer_end(m) <= hi for m in ctx.outer)
