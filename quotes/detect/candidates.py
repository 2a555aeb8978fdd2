"""Candidate quotes of a parsed article: frames and marked text turned into records-to-be.

Marked spans that no frame holds are direct quotes whose speaker comes from the surrounding
text, or, when short, name-like, a term, a heading or a phrase credited in passing
(``unquoted``), not quotes at all (kept as ``Rejected`` with the reason, so nothing
disappears unexplained).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.detect import begun_clauses as begun
from quotes.detect.candidate import Candidate
from quotes.detect.colon_extracts import colon_extracts
from quotes.detect.colon_paragraphs import chained, paragraph_colon_frame
from quotes.detect.colon_verbs import verb_colon_frame
from quotes.detect.context import (
    Context,
    Rejected,
    covers,
    name_like,
    outer_end,
    sentences,
    whole_subject,
)
from quotes.detect.coordinated import split_coordinated
from quotes.detect.cut_ends import cut
from quotes.detect.duplicates import dedupe, inside_reported
from quotes.detect.epithets import EPITHET, epithet_of_cue, label_agent, labelled
from quotes.detect.forms import present_participle
from quotes.detect.frames import Frame, find_frames
from quotes.detect.headlines import heading_frame, quoted_heading
from quotes.detect.incises import colon_after_incise, colon_frame, colon_incise, incise
from quotes.detect.joined_marks import split_joined
from quotes.detect.laid_out import interview_records, signed_records
from quotes.detect.lists import marked_lists, unlisted
from quotes.detect.marks import Marked
from quotes.detect.narrated import narrated
from quotes.detect.object_parts import object_parts
from quotes.detect.postposed import cut_off
from quotes.detect.predicates import relative_attribute
from quotes.detect.said_nothing import no_words, said_nothing
from quotes.detect.topics import speaking_subject, topic_content, topic_marks
from quotes.detect.unquoted import (
    charged,
    cited,
    heading,
    listed,
    said_sentence,
    teaser,
    term,
    titled,
)
from quotes.lexicon import words
from quotes.lexicon.grammar import DE_CONTRACTED as DE_ALL
from quotes.lexicon.grammar import DEGREE
from quotes.model import NO_CUE, Evidence

_AFTER_QUOTE = re.compile(r"[»”\"›]\s*,\s*$")  # "« … », " before an inverted verb
_AFTER_DE = re.compile(r"(?:\bde\s+|\bd['’]\s*)$", re.IGNORECASE)
_INTEGRATED = (Evidence.QUE_CLAUSE, Evidence.INFINITIVE)  # a que-clause, an infinitive


def _inverted_subject(ctx: Context, frame: Frame, lead: tuple[int, int] | None) -> bool:
    """A verb right after a quote and its comma (« … », a confié celui qui est « … »): what
    follows is its inverted subject, not marked words it reports. A present participle there
    takes no subject after it (« Les élus ont salué un « tournant », évoquant un « … » »)
    when the clause has a subject that can speak (not « Le ciel s'est « assombri »,
    annonçant un « … » ») and no noun phrase of its own comes before the object holding the
    marks in ``lead``, the words from the cue's content to the marks (« évoquant aussitôt le
    maire de Vernac un « … » »)."""
    if Evidence.OBJECT_WITH_MARKS not in frame.evidence or frame.cue is None:
        return False
    if _AFTER_QUOTE.search(ctx.text[max(0, frame.cue[0] - 6) : frame.cue[0]]) is None:
        return False
    cue = ctx.doc.char_span(*frame.cue, alignment_mode="expand")
    return not (cue is not None and present_participle(cue[0]) and frame.subject is not None
                and speaking_subject(ctx, frame) and not _phrase_before_object(ctx, lead))


def _phrase_before_object(ctx: Context, lead: tuple[int, int] | None) -> bool:
    """Does a noun phrase with its own determiner open ``lead``, the words after a cue up to
    its marks, before another determiner no preposition ties (« évoquant aussitôt le maire de
    Vernac un « miracle » »: a subject after the verb, then its words)?"""
    doc = ctx.doc
    span = doc.char_span(*lead, alignment_mode="expand") if lead is not None else None
    if span is None or not len(span) or span[0].pos_ != "DET":
        return False
    return any(t.pos_ == "DET" and doc[t.i - 1].pos_ != "ADP" and doc[t.i - 1].lower_ not in DE_ALL
               for t in span[1:])


def _said_attribute(ctx: Context, frame: Frame, a: int, b: int) -> bool:
    """An attribute after « se dire » with no marks counts as reported words when it says
    something of something ("se disant victime d'un complot", "s'est dite ravie de ce
    résultat"); a lone adjective ("s'est dit confiant.", "se disant trahie") only describes a
    state, with no que-clause, infinitive or marks."""
    if Evidence.ATTRIBUTE not in frame.evidence:
        return True
    span = ctx.doc.char_span(a, b, alignment_mode="expand")
    return span is not None and sum(not t.is_punct and t.lower_ not in DEGREE
                                    for t in span) > 1


def candidates(ctx: Context) -> tuple[list[Candidate], list[Rejected]]:
    """Candidate quotes of an article in text order, and the marked text set aside."""
    text, doc, marked, paras = ctx.text, ctx.doc, ctx.marked, ctx.paras
    out: list[Candidate] = []
    rejected: list[Rejected] = []
    turned: list[Rejected] = []  # what the rules turned down, kept if nothing explains it
    held: dict[int, Frame] = {}
    who: list[tuple[int, int]] = []  # the subjects of cues after the words
    headings = [(lo, hi) for lo, hi in paras if heading(ctx, lo, hi)]
    for sent in sentences(doc, marked, paras):
        framed, loose = False, []  # uncued marks: a clause begun outside them (begun_clauses)
        short: list[Rejected] = []  # set aside unless the sentence is one mixed quote
        frames = find_frames(ctx, sent)
        for frame in frames:
            framed = True
            if frame.kind == "postposed" and frame.subject is not None:
                who.append(frame.subject)
            for a, b in frame.content:
                inside = [m for m in ctx.outer if a <= m.open and outer_end(m) <= b]
                spoken = [m for m in inside if name_like(ctx, m) is None]
                for m in inside:
                    held[m.open] = frame
                if _inverted_subject(ctx, frame, (a, inside[0].open) if inside else None):
                    told = colon_incise(ctx, frame, spoken)
                    if told is not None:  # « A », insiste la ministre : « B »: both hers
                        told_frame, before = told
                        for m in (before, spoken[0]):
                            held[m.open] = told_frame
                            out.extend(_direct(ctx, m, sent, told_frame))
                        continue
                    # the marks describe who speaks: neither quote nor uncued
                    turned.extend(Rejected(m.start, m.end, "marked words that describe who "
                                           "speaks, after the cue") for m in inside)
                    continue
                if inside and all(epithet_of_cue(ctx, m, frame) for m in inside):
                    turned.extend(Rejected(m.start, m.end, EPITHET) for m in inside)
                    continue
                # after que or de, marked words stay mixed: « qualifiée de « inattendue » »
                integrated = any(e in frame.evidence for e in _INTEGRATED) or (
                    _AFTER_DE.search(text, max(0, a - 4), a) is not None)
                after_colon = bool(spoken) and all(
                    text[: m.open].rstrip().endswith(":") for m in spoken)
                if after_colon and (
                        len(spoken) > 1 or Evidence.OBJECT_WITH_MARKS in frame.evidence):
                    # "lancé à l'un : “Vous mentez” et à un juge : “…”", "décrit
                    # son quotidien : « … »": the words before a colon are whom or what the
                    # verb speaks of, the marked stretch after it is what is said
                    for m in spoken:
                        out.extend(_direct(ctx, m, sent, frame))
                elif len(spoken) == 1 and covers(text, a, b, spoken[0]) and not integrated:
                    out.extend(_direct(ctx, spoken[0], sent, frame))
                elif (frame.kind == "postposed" and len(inside) == 1 and not integrated
                      and covers(text, a, b, inside[0])):
                    # "« Merci », a répondu X": the words before the cue are what X said,
                    # however short or name-like
                    out.extend(_direct(ctx, inside[0], sent, frame))
                elif inside and not spoken and all(covers(text, a, b, m) for m in inside):
                    # only a name in marks: "appelé « Orechnik »"
                    turned.extend(Rejected(m.start, m.end, "a name in marks a cue gives: no "
                                           "words said") for m in inside)
                elif spoken and not integrated and narrated(ctx, a, b, spoken):
                    for m in spoken:  # "a salué sur RTL « … »": the marks are what is said
                        out.extend(_direct(ctx, m, sent, frame))
                elif spoken and frame.lemma in words("topic_verbs"):  # "parle de « … »"
                    # "le livre parle d'une « … »": no one speaks, the marks are a topic
                    said, phrase, held_marks = topic_content(ctx, a, b, spoken) \
                        if speaking_subject(ctx, frame) else (None, None, [])
                    if said is not None:
                        out.extend(_direct(ctx, said, sent, frame))
                    elif phrase is not None:  # "parle d'une « … »": with its article, mixed
                        out.append(Candidate("mixed", *phrase, sent, frame, tuple(
                            (m.start, m.end) for m in held_marks), frame.evidence))
                    else:
                        turned.extend(topic_marks(spoken))
                elif spoken and " " in frame.lemma and not speaking_subject(ctx, frame):
                    # « Le tableau fait état d'un « … » »: a locution of a thing, no one's words
                    turned.extend(Rejected(m.start, m.end, "a locution of speaking whose "
                                           "subject is a thing: no words said") for m in spoken)
                elif spoken:  # the object, or its parts (object_parts)
                    out.extend(Candidate(kind, lo, hi, sent, frame, frags, frame.evidence)
                               for kind, lo, hi, frags in object_parts(
                                   ctx, frame, a, b, spoken, integrated))
                elif _said_attribute(ctx, frame, a, b):
                    out.append(Candidate("indirect", a, b, sent, frame, evidence=frame.evidence))
                else:  # "s'est dit confiant": a state, no words
                    turned.append(Rejected(a, b, "a lone attribute after « se dire »: a "
                                           "state, no words reported"))
        for m in ctx.outer:
            if not sent[0] <= m.open < sent[1] or m.open in held:
                continue
            line = next(((lo, hi) for lo, hi in headings if lo <= m.open < hi), None)
            if line is not None and not quoted_heading(ctx, m, line):
                rejected.append(Rejected(m.start, m.end, "heading"))
                continue
            if line is not None:  # « « Nous tiendrons » » as a heading: the words, cue null
                colon = heading_frame(ctx, sent, m, line)
                if colon is not None:
                    held[m.open] = colon
                out.append(Candidate("direct", m.start, m.end, sent, colon, evidence=("heading",)))
                continue
            reason = name_like(ctx, m) or charged(ctx, m) or cited(ctx, m) or listed(ctx, m) or (
                EPITHET if labelled(ctx, m) else None)
            if reason:
                rejected.append(Rejected(m.start, m.end, reason))
                continue
            given = label_agent(ctx, m)  # « présenté comme « … » par X »: X's words
            if given is not None:
                held[m.open] = given
                out.append(Candidate("direct", m.start, m.end, sent, given, (), given.evidence))
                continue
            found = incise(ctx, m)
            if found is not None:
                frame, first, second = found
                held[m.open] = frame
                out.append(Candidate("direct", *first, sent, frame, evidence=(Evidence.INCISE,)))
                if second is not None:
                    out.append(Candidate("direct", *second, sent, frame,
                                         evidence=(Evidence.INCISE,)))
                continue
            carried = colon_after_incise(ctx, frames, m)
            if carried is not None:  # « A », explique-t-il : « B »: the incise's words too
                held[m.open] = carried
                out.extend(_direct(ctx, m, sent, carried))
                continue
            colon = colon_frame(ctx, sent, m) or verb_colon_frame(ctx, sent, m) or (
                paragraph_colon_frame(ctx, m))
            if colon is not None:
                held[m.open] = colon
                out.append(Candidate("direct", m.start, m.end, sent, colon, (), colon.evidence))
                continue
            if len(text[m.start : m.end].split()) <= 3 and not (
                    m.continues or m.continued or said_sentence(ctx, m)
                    or cut_off(ctx, m, sent, frames)):
                short.append(Rejected(m.start, m.end, "short marked words with no speaker"))
                continue
            if relative_attribute(ctx, m):  # « X, qui est « maire depuis trente ans », »
                rejected.append(Rejected(m.start, m.end, "what a relative clause says someone is"))
                continue
            if term(ctx, m) or teaser(ctx, m):
                term_why = "a term in marks: a noun phrase, no verb, no speaker"
                rejected.append(Rejected(m.start, m.end, term_why))
                continue
            if titled(ctx, m):
                rejected.append(Rejected(m.start, m.end, "a work's title in marks, where the "
                                         "narration puts a noun phrase: no speaker"))
                continue
            out.append(Candidate("direct", m.start, m.end, sent, None, evidence=(NO_CUE,)))
            loose.append(m)
        if not framed and begun.begun_outside(ctx, sent, loose):
            out = [c for c in out if not any(c.start == m.start for m in loose)]
            out.append(Candidate("mixed", *begun.clause_span(ctx, sent, loose), sent, None,
                                 begun.fragments(ctx, sent), begun.EVIDENCE))
            short = []  # its short marks are fragments of that quote, not set aside
        rejected.extend(short)
    # "« … », a confié celui qui se dit « las »": what the subject says of the speaker
    # describes who speaks; it is no quote of its own
    turned.extend(Rejected(c.start, c.end, "words that describe who speaks, in the subject "
                           "of the cue after the quote") for c in out if _within(c, who))
    out = [c for c in out if not _within(c, who)]
    out = begun.joined_relatives(ctx, _link_chains(ctx, out, held))
    out = interview_records(ctx, out)
    out = split_coordinated(ctx, split_joined(ctx, marked_lists(ctx, colon_extracts(
        ctx, signed_records(ctx, out)))))
    out.sort(key=lambda c: (c.start, c.end))
    # each frame's subject written whole; reported words cut on « à », « parce », « ne », or
    # only conjunctions (« et », ``said_nothing``), or no words (« « » »): no quote, kept so
    kept = []
    for c in dedupe(ctx, out):
        why = no_words(text, c.start, c.end) or (None if c.type == "direct" else (
            cut(text, c.start, c.end) or said_nothing(text, c.start, c.end)))
        if why:
            rejected.append(Rejected(c.start, c.end, why))
        else:
            kept.append(replace(c, frame=whole_subject(text, c.frame)) if c.frame else c)
    # speech inside the clause another record reports for someone named is that record's words
    said_inside = inside_reported(text, kept)
    rejected.extend(Rejected(c.start, c.end, "marked words said inside the clause another "
                             "quote reports: that quote's words") for c in said_inside)
    kept = [c for c in kept if not any(c is i for i in said_inside)]
    return kept, unlisted(rejected, kept) + _unexplained(ctx.refused + turned, kept, rejected)


def _within(c: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= c.start and c.end <= hi for lo, hi in spans)


def _unexplained(
    refused: list[Rejected], kept: list[Candidate], rejected: list[Rejected]
) -> list[Rejected]:
    """The cues turned down whose words no quote and no other record explains, one per
    stretch of text: nothing is dropped silently, and nothing is explained twice."""
    seen = [(c.start, c.end) for c in kept] + [(r.start, r.end) for r in rejected]
    out = []
    for r in refused:
        if r.end > r.start and not any(lo < r.end and r.start < hi for lo, hi in seen):
            out.append(r)
            seen.append((r.start, r.end))
    return out


def _direct(ctx: Context, m: Marked, sent: tuple[int, int], frame: Frame) -> list[Candidate]:
    """The marked stretch a frame gives as a direct quote; an incise inside it (« A, écrit
    l'ancien président. B ») splits it in two, so that the narrator's words between the parts
    are in neither. Each part takes the incise's cue and the frame's subject, the one the
    construction ties to the marks (the incise's when the frame has none)."""
    found = incise(ctx, m)
    if found is None:
        return [Candidate("direct", m.start, m.end, sent, frame, evidence=frame.evidence)]
    inner, first, second = found
    inner = replace(inner, subject=frame.subject or inner.subject)
    parts = [first] if second is None else [first, second]
    return [Candidate("direct", lo, hi, sent, inner, evidence=(Evidence.INCISE,))
            for lo, hi in parts]


def _link_chains(ctx: Context, out: list[Candidate], held: dict[int, Frame]) -> list[Candidate]:
    """Give every paragraph of a multi-paragraph quote the frame of the part that has one."""
    chains: list[list[Marked]] = []
    for m in ctx.outer:
        if m.continued and chains and chains[-1][-1].continues:
            chains[-1].append(m)
        else:
            chains.append([m])
    by_start = {c.start: c for c in out}
    result = list(out)
    for chain in chains:
        if len(chain) < 2:
            continue
        frame = next((held[m.open] for m in chain if m.open in held), None)
        frame = frame and chained(frame)  # later paragraphs: same speaker, no cue
        for m in chain:
            cand = by_start.get(m.start)
            if cand is None or cand.frame is not None or frame is None:
                continue
            result.remove(cand)
            evidence = (Evidence.MULTI_PARAGRAPH, *frame.evidence)
            result.append(
                Candidate(
                    "direct", m.start, m.end, cand.sentence, frame, (), evidence, chain[0].open
                )
            )
    return result
