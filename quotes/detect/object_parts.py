"""The records an object holding marks gives (« a dénoncé un « … » »): one mixed stretch, or
several when the object is made of parts the verb governs each on its own.

- a colon after the marked object opens the speaker's own words: « a fustigé un discours
  « injuste » : « Ce projet … » » gives the object (mixed, a lone possessive left out as
  ``owned`` does) and the marks after the colon (direct), each with the cue;
- marked nouns coordinated, each after a possessive (« a fait part de sa « colère » et de son
  « indignation » »): the first possessive is the narrator's, the series one record from the
  first marks to the last (``possessed``: marks alone, as one such noun gives);
- the object then « de » and an infinitive, after a verb that takes both (lexicon flag ``o``:
  « a accusé le « gouvernement » de négliger … »): the object (« le « projet » de loi »
  whole), when it is the verb's direct object and its marks no name, and what the infinitive
  reports; whom the verb addresses (« a demandé aux « gilets jaunes » de … ») and a name in
  marks (« a accusé le « Conseil d'État » de … », ``named_object_infinitive``) are no record.
Otherwise the content stays one record, the possessive read by ``possessed.owned``.
"""

from __future__ import annotations

from itertools import pairwise

from quotes.detect.content import trim_end, trim_start
from quotes.detect.context import Context, Frame, name_like, outer_end
from quotes.detect.forms import conjugated
from quotes.detect.marks import Marked
from quotes.detect.possessed import owned
from quotes.lexicon import reporting_verbs
from quotes.lexicon.grammar import DE, JOINING_CONJUNCTIONS, LIST_JOINS, POSSESSIVES, TO_WHOM
from quotes.model import Evidence

Part = tuple[str, int, int, tuple[tuple[int, int], ...]]  # type, start, end, marked fragments


def object_parts(ctx: Context, frame: Frame, a: int, b: int, spoken: list[Marked],
                 integrated: bool) -> list[Part]:
    """The records of mixed content from ``a`` to ``b`` that holds the marks ``spoken``."""
    if Evidence.OBJECT_WITH_MARKS in frame.evidence:
        # the verb's own « de » (« a fait part de sa « … » ») leaves the possessive the
        # narrator's
        parts = _possessed_parts(ctx, a, b, spoken)
        if not parts and not integrated:
            parts = (_colon_parts(ctx, frame, a, b, spoken)
                     or _infinitive_parts(ctx, frame, a, b, spoken))
        if parts:
            return parts
    return [("mixed", *owned(ctx, frame, a, b, spoken, integrated), _frags(spoken))]


def _frags(spoken: list[Marked]) -> tuple[tuple[int, int], ...]:
    return tuple((m.start, m.end) for m in spoken)


def _colon_parts(ctx: Context, frame: Frame, a: int, b: int,
                 spoken: list[Marked]) -> list[Part]:
    """« un discours « injuste » : « … » »: the object before a colon outside the marks, and
    each marked stretch after it, when the colon holds nothing but marks after it; a
    possessive alone before the object's marks is the narrator's (``owned``)."""
    text = ctx.text
    for k, m in enumerate(spoken[1:], 1):
        colon = text[: m.open].rstrip()
        if not colon.endswith(":") or ctx.inside_marks(len(colon) - 1) is not None:
            continue
        before, after = spoken[:k], spoken[k:]
        hi = trim_end(text, a, len(colon) - 1)
        if any(text[outer_end(x) : y.open].strip(" \t,") not in ("", *LIST_JOINS)
               for x, y in pairwise(after)) or hi <= a:
            return []
        lo, hi = owned(ctx, frame, a, hi, before, False)  # « sa « colère » : « … » »
        return [("mixed", lo, hi, _frags(before))] + [("direct", m.start, m.end, ())
                                                      for m in after]
    return []


def _possessed_parts(ctx: Context, a: int, b: int, spoken: list[Marked]) -> list[Part]:
    """« sa « colère » et de son « indignation » »: each marked noun after a possessive, the
    parts joined by a comma or a conjunction (and the verb's « de »: « sa « A », sa « B » et
    son « C » »), nothing else between: one record
    from the first marks to the last, without the first possessive."""
    if any(m.close is None for m in spoken) or ctx.text[outer_end(spoken[-1]) : b].strip(
            " \t,.;"):
        return []
    lo = a
    for k, m in enumerate(spoken):
        lead = ctx.text[lo : m.open].replace("’", "'").lower().split()
        if k:  # « et de son », « et son », « , sa » in a list with commas
            comma = bool(lead) and lead[0] == ","
            lead = lead[comma:]
            if lead and lead[0] in JOINING_CONJUNCTIONS:
                lead = lead[1:]
            elif not comma:
                return []
            if lead and lead[0] in DE:
                lead = lead[1:]
        inner = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if len(lead) != 1 or lead[0] not in POSSESSIVES or inner is None or any(
                conjugated(t) for t in inner):  # « son « nous ne céderons pas » »: a clause
            return []
        lo = outer_end(m)
    # one cue's series (GUIDELINES, « A series of marked stretches after one cue »): one
    # record from the first mark to the last, the first possessive left out
    return [("mixed", spoken[0].open, outer_end(spoken[-1]), _frags(spoken))]


def _infinitive_parts(ctx: Context, frame: Frame, a: int, b: int,
                      spoken: list[Marked]) -> list[Part]:
    """« a accusé le « gouvernement » de négliger … »: after a verb whose object an infinitive
    follows, « de » and an infinitive outside the marks after the first marked stretch part the
    object (up to its marks, or to that « de » after a compound: « le « projet » de loi ») from
    what the infinitive reports. The object is a record only when it is the verb's direct
    object, a determiner (and adjectives) before the marks, and the marks no name; a possessive
    alone before them is the narrator's (``owned``). Whom the verb addresses (« a demandé aux
    « gilets jaunes » de … ») and a name in marks are none: the infinitive alone. Anything else
    before the marks (a name, « Paul Roux, le « … » ») keeps the content whole."""
    verb = reporting_verbs().get(frame.lemma)
    first = spoken[0]
    if verb is None or not verb.object_infinitive or first.close is None:
        return []
    doc, text = ctx.doc, ctx.text
    opening = ctx.token_at(first.open)
    lead = doc.char_span(a, first.open, alignment_mode="expand") if first.open > a else None
    if opening is None or (lead is None and first.open > a):
        return []
    for tok in doc[opening.i + 1 :]:
        if tok.idx >= b:
            return []
        if tok.idx < outer_end(first) or ctx.inside_marks(tok.idx) is not None:
            continue
        if tok.lower_ in DE and tok.i + 1 < len(doc) and "Inf" in doc[tok.i + 1].morph.get(
                "VerbForm", []):
            start = trim_start(text, doc[tok.i + 1].idx, b)
            rest = [m for m in spoken[1:] if m.open >= start]
            said: list[Part] = [("mixed" if rest else "indirect", start, b, _frags(rest))]
            addressed = lead is not None and lead[0].lower_ in TO_WHOM
            if addressed or name_like(ctx, first) is not None:
                return said  # « aux « gilets jaunes » », « l'association « Vivre ici » »
            if lead is not None and any(t.pos_ not in _OBJECT_LEAD for t in lead):
                return []  # « Paul Roux, le « fossoyeur » de la ville, de … »: whole
            marks = [m for m in spoken if m.open < tok.idx]
            hi = trim_end(text, a, tok.idx) if _compound(ctx, outer_end(marks[-1]), tok.idx) else (
                outer_end(marks[-1]))
            lo, hi = owned(ctx, frame, a, hi, marks, False)
            return [("mixed", lo, hi, _frags(marks)), *said]
    return []


def named_object_infinitive(ctx: Context, i: int, stop: int) -> int | None:
    """« a accusé la « Banque de France » de bloquer … »: after its article, an object whose
    marks hold a name (``name_like``: « le « Conseil d'État » »), then « de » and an
    infinitive right after them: the infinitive's token (``complements.object_infinitive``
    stops at the marks), else None. The name is no record; what the infinitive reports is."""
    doc = ctx.doc
    if i + 1 >= stop or doc[i].pos_ != "DET":
        return None
    m = ctx.opening_at(doc[i + 1].idx)
    if m is None or m.close is None or name_like(ctx, m) is None:
        return None
    close = ctx.token_at(m.close)
    k = close.i + 1 if close is not None else stop
    if k + 1 >= stop or doc[k].lower_ not in DE:
        return None
    return k + 1 if "Inf" in doc[k + 1].morph.get("VerbForm", []) else None


_OBJECT_LEAD = frozenset({"DET", "ADJ", "NUM"})  # « le », « son », « les deux », « ce fameux »


def _compound(ctx: Context, lo: int, hi: int) -> bool:
    """Are the words after the object's marks, up to the infinitive's « de », « de » and a
    bare noun, the rest of a compound (« le « projet » de loi »)? A determiner or a name there
    (« des élus », « d'Emmanuel Macron ») is a complement: the object ends at its marks."""
    span = ctx.doc.char_span(lo, hi, alignment_mode="contract")
    return span is not None and len(span) > 1 and span[0].lower_ in DE and all(
        t.pos_ in ("NOUN", "ADJ") for t in span[1:])
