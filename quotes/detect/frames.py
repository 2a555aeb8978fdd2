"""Reporting frames: a cue, the words naming who speaks, and the stretch of text it reports.

- a cue after the reported words: "« … », a-t-il ajouté", "…, a annoncé R. Sikorski";
- a cue before them: "X a déclaré que …", "X a annoncé vouloir …", "X a décrit … un « … »";
- "selon X", "d'après X"."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from quotes.detect.agents import agent_after_marks, agentive
from quotes.detect.asides import comme_frame
from quotes.detect.complements import (
    clitic_infinitive,
    infinitive_after,
    intention_object,
    object_infinitive,
    que_after,
)
from quotes.detect.content import (
    CLOSING,
    after_colon,
    attribute_at,
    before_cue,
    conj_barriers,
    content_end,
    gerund,
    infinitive_head,
    narrated_lead,
    narrator_after,
    narrator_resumes,
    participle_resumes,
    past_adjunct,
    quote_after_comma,
    sentence_ends_in,
    trim_start,
)
from quotes.detect.context import Context, Frame, char_range, colon_marks, name_like, outer_end
from quotes.detect.cues import (
    adnominal_holder,
    cue_group,
    cue_verb,
    finite,
    governed_before,
    hypothetical,
    impersonal,
    incise_verb,
    object_relative,
    passive,
    purpose,
    shares_auxiliary,
)
from quotes.detect.forms import past_participle
from quotes.detect.leads import marked_leads, tail_after_subject
from quotes.detect.lost import without_subject
from quotes.detect.marks import Marked
from quotes.detect.predicates import predicate_frames
from quotes.detect.selon import opinion_holder, pour_frame, relayed, selon_frame, sourceless_selon
from quotes.detect.skips import skip, skip_adjunct
from quotes.detect.subjects import (
    described,
    np_after,
    on_source,
    opens,
    speaker_like,
    subject_before,
)
from quotes.lexicon import Verb, reporting_verbs, words
from quotes.lexicon.grammar import A_OR_DE, CAUSATIVE, DE, ELIDED_DE, ELIDED_QUE, QUE, A


@dataclass(frozen=True)
class _CueAt:
    first: Token  # first token of the cue group
    tok: Token  # the verb (or "selon")
    pron: Token | None  # inverted pronoun: "a-t-il"
    last: Token  # last token of the group
    verb: Verb | None  # None for selon / d'après / pour
    subject: tuple[int, int] | None  # token range of a preposed subject, read once
    barrier: tuple[int | None, int]  # (its subject's start, its first word): content stops here
    own: tuple[int, Marked] | None = None  # marks after a comma right before it, read once


def find_frames(ctx: Context, sent: tuple[int, int]) -> list[Frame]:
    """Every reporting frame whose cue lies in ``sent`` outside the quotation marks."""
    doc = ctx.doc
    s_lo, s_hi = sent
    span = doc.char_span(s_lo, s_hi, alignment_mode="expand")
    if span is None:
        return []
    cues: list[_CueAt] = []
    for tok in span:
        verbs = [c.tok for c in cues if c.verb is not None] if tok.lower_ == "selon" else []
        if ctx.inside_marks(tok.idx) is not None or sourceless_selon(tok, verbs):
            continue
        low = tok.lower_
        colon = tok.i > span.start and doc[tok.i - 1].text in ":;"  # "…: pour X, « … »"
        if low == "pour" and (opens(span, tok) or colon):
            holder = opinion_holder(doc, tok, span.end)
            if holder is not None:
                cues.append(_CueAt(tok, tok, None, tok, None, holder, (None, tok.idx)))
            continue
        if low == "selon" or (low == "après" and tok.i > 0 and doc[tok.i - 1].lower_ in ELIDED_DE):
            first = doc[tok.i - 1] if low == "après" else tok
            cues.append(_CueAt(first, tok, None, tok, None, None, (None, first.idx)))
            continue
        verb = cue_verb(tok) or incise_verb(tok, ctx.closing_at) or agentive(ctx, tok, span.end)
        if verb is None or (tok.pos_ == "AUX" and low not in reporting_verbs()):
            continue
        first, pron, last = cue_group(tok, verb)
        after = skip(doc, last.i + 1, span.end)
        nxt = doc[after] if after < span.end else None
        if passive(tok) and not (
            nxt is not None and (nxt.lower_ in QUE or nxt.lower_ == "par")
        ) and agent_after_marks(ctx, after, span.end) is None and not (
                impersonal(tok) and nxt is not None and nxt.lower_ in DE):
            continue  # "il leur était reproché de …" reports, with nobody named
        introduces = nxt is not None and (
            nxt.text == ":"
            or any(
                nxt.idx <= m.open < nxt.idx + ctx.settings.colon_lookahead_chars
                and name_like(ctx, m) is None and not governed_before(tok, m.open)
                for m in ctx.outer
            )
        )
        if "Inf" in tok.morph.get("VerbForm", []) and verb.lemma != "dire" and (
                tok.i > 0 and doc[tok.i - 1].lower_ in CAUSATIVE):
            continue  # "faisant craindre « plusieurs centaines » de morts": a cause, no speech
        if purpose(tok, first, nxt) and not introduces:
            continue  # "…à Berlin pour évoquer les conséquences du vote, a annoncé X"
        postposed = first.i > 0 and doc[first.i - 1].text in (",", "»", "”", '"', "›")
        bare_participle = (
            first is tok
            and past_participle(tok)
            and not shares_auxiliary(tok)  # "X a frappé …, et promis de …"
        )
        if bare_participle and nxt is not None and "Fin" in nxt.morph.get("VerbForm", []):
            continue  # "les gestes dénoncés étaient « intentionnels »": an adjective, no cue
        if pron is None and not (introduces or postposed):
            if not (verb.que or verb.infinitive or verb.object_infinitive):
                continue  # "si Kiev continuait d'utiliser …": a cue only before marks
            if bare_participle and (nxt is None or nxt.lower_ not in QUE) and not any(
                    c.dep_ == "nsubj" for c in tok.children):
                continue  # "les gestes dénoncés", "une vidéo publiée"; "elle dit en avoir"
        subj = None if pron else (
            adnominal_holder(tok) or subject_before(tok, first, span.start, ctx))
        barrier = (doc[subj[0]].idx if subj else None, first.idx)
        if object_relative(first):  # "s'estimant « indigné » par ce qu'il a qualifié de …"
            barrier = (None, 0)
        own = quote_after_comma(ctx, s_lo, first.idx)
        if own is not None:  # "…, « A », a-t-elle souligné": the marks are not the clause's
            barrier = (None, own[0])
        cues.append(_CueAt(first, tok, pron, last, verb, subj, barrier, own))
    frames: list[Frame] = []
    for cue in cues:
        others = [c.barrier for c in cues if c is not cue]
        ends = [
            c.last.idx + len(c.last.text) for c in cues if c is not cue and c.last.i < cue.first.i
        ]
        if hypothetical(cue.tok):
            continue  # "si l'un des alliés estime que …": a condition, nobody said it
        if cue.verb is None and cue.tok.lower_ == "pour":
            assert cue.subject is not None
            frame = pour_frame(ctx, sent, cue.tok, cue.subject, others)
        elif cue.verb is None:
            frame = selon_frame(ctx, sent, span, cue.first, cue.tok, others)
        else:
            frame = _verb_frame(ctx, sent, span, cue, others, ends)
        if frame is not None:
            frames.append(frame)
    frames = [f for f in frames if not relayed(f, frames, ctx.text)]
    return frames + predicate_frames(ctx, sent, span, frames, [c.barrier for c in cues])


def _verb_frame(
    ctx: Context,
    sent: tuple[int, int],
    span: Span,
    at: _CueAt,
    others: list[tuple[int | None, int]],
    ends: list[int],
) -> Frame | None:
    doc, stop = ctx.doc, span.end
    if at.tok.lower_ == "-t":
        return None
    assert at.verb is not None
    after = skip(doc, at.last.i + 1, stop)
    # "une décision qualifiée de …"
    participle = at.first is at.tok and (at.tok.pos_ == "ADJ" or past_participle(at.tok))
    agent = agent_after_marks(ctx, after, stop) if passive(at.tok) or participle else None
    if agent is not None:  # "une décision qualifiée de « totalement inattendue » par X"
        (lo, hi), rng = agent
        cue = (at.first.idx, at.last.idx + len(at.last.text))
        return Frame("preposed", cue, at.verb.lemma, char_range(doc, rng), ((lo, hi),),
                     ("cue-before", "agent"))
    return (comme_frame(ctx, sent, at.first, at.last, at.verb.lemma, stop, others)
            or _postposed(ctx, sent, at, ends, after, stop)
            or _preposed(ctx, sent, at, others, after, stop))


def _postposed(
    ctx: Context, sent: tuple[int, int], at: _CueAt, ends: list[int], after: int, stop: int
) -> Frame | None:
    """Cue after the content: "…», a-t-il ajouté", "…, a annoncé R. Sikorski, ministre polonais"."""
    doc, text = ctx.doc, ctx.text
    s_lo, s_hi = sent
    assert at.verb is not None
    end_before, sep = before_cue(text, s_lo, at.first.idx)
    if not sep or end_before <= s_lo:
        return None
    cue = (at.first.idx, at.last.idx + len(at.last.text))
    if at.pron is not None:  # "…, a-t-il ajouté"; "…, a-t-on appris de source policière"
        subject = on_source(doc, at.pron, at.last.i + 1, stop) or (
            at.pron.idx + 1, at.pron.idx + len(at.pron.text))
    else:
        if at.first is at.tok and not finite(at.tok):
            return None  # a participle has no inverted subject: "…, murmurant une prière"
        after = skip_adjunct(doc, after, stop)  # "a soufflé à franceinfo Anne Rasmussen"
        rng = np_after(doc, after, stop)
        # the inverted subject ends the clause: "…, a indiqué mardi l'armée de l'air."
        # right after the marks, any noun phrase there is who speaks: "», assure le retraité"
        quoted = text[end_before - 1] in CLOSING
        # after unmarked words, a description names who speaks when the article gave its
        # noun to a name before: "…, explique le site d'investigation" after "le site X"
        if rng is None or not (speaker_like(doc, rng) or (described(doc, rng) and (
                quoted or ctx.noun_named_before(rng)))):
            return None
        nxt = doc[rng[1]].text if rng[1] < len(doc) else ""  # "Amélie K." may end the text
        ends_sentence = doc[rng[1] - 1].text.endswith(".") and nxt in ("«", "“", '"')
        if not (
            rng[1] >= stop
            or doc[rng[1]].text in (",", ".", ";", "!", "?", "…", "(")
            or doc[rng[1]].lower_ in words("np_stops")
            or ends_sentence  # "…, a commenté l'avocate d'Amélie K. « C'est la victoire …"
        ):
            return None
        subject = char_range(doc, rng)
    start = max([s_lo] + [e for e in ends if e < at.first.idx])
    own = at.own
    if own is not None and own[1].open > start and (
            start > s_lo or narrated_lead(ctx, start, own[1].open)):
        start = own[1].open  # after a cue's words or a clause, the marks alone (see there)
    start = trim_start(text, start, end_before)
    if (
        text[start:end_before].split(" ", 1)[0].lower() in QUE
        or text[start : start + 3].lower() in ELIDED_QUE
    ):
        return None  # "…que « … » rapporte France Presse": the relay, not the speaker
    start = after_colon(ctx, start, end_before)
    said = doc.char_span(start, end_before, alignment_mode="expand")
    if (
        said is not None
        and not any(t.pos_ in ("VERB", "AUX") for t in said)
        and not any(start <= m.open < end_before for m in ctx.outer)
    ):
        # "Dmitri Peskov, porte-parole du Kremlin, avait fustigé …": an apposition, not speech
        return None
    closing = ctx.closing_at(end_before - 1)
    if (
        closing is not None
        and closing.open > start
        and sentence_ends_in(text, start, closing.open)
    ):
        start = closing.open  # "… ». « Notre objectif … », a-t-il ajouté"
    contents = marked_leads(ctx, start, end_before) if start < end_before else []
    # "« A », a-t-il plaidé, « B »": the marks reopened right after the subject
    tail = tail_after_subject(ctx, max(subject[1], cue[1]), s_hi)
    if tail is not None:
        contents.append(tail)
    if not contents:
        return None
    return Frame("postposed", cue, at.verb.lemma, subject, tuple(contents), ("cue-after",))


def _preposed(
    ctx: Context,
    sent: tuple[int, int],
    at: _CueAt,
    others: list[tuple[int | None, int]],
    after: int,
    stop: int,
) -> Frame | None:
    """Cue before the content: "X a déclaré que …", "X a annoncé vouloir …", "X : « … »"."""
    doc, text = ctx.doc, ctx.text
    verb, tok = at.verb, at.tok
    assert verb is not None
    s_hi = sent[1]
    cue = (at.first.idx, at.last.idx + len(at.last.text))
    subj = None
    if at.pron is not None:
        subj = on_source(doc, at.pron, at.last.i + 1, stop) or (
            at.pron.idx + 1, at.pron.idx + len(at.pron.text))
    elif at.subject is not None:  # read once, when the cue was found
        first_word = doc[at.subject[0]]  # "De source policière, on précise que …"
        subj = on_source(doc, first_word, at.last.i + 1, stop, sent[0]) or char_range(
            doc, at.subject)
    evidence = ["cue-before"]
    if subj is None:
        lo = doc.char_span(sent[0], sent[1], alignment_mode="expand")
        rng, why = without_subject(tok, lo.start if lo is not None else 0, ctx)
        subj = char_range(doc, rng) if rng is not None else None
        if subj is None and why:
            evidence.append(why)
    start_tok = after
    # an agent before que: "informé par des sources … que"
    if start_tok < stop and doc[start_tok].lower_ == "par":
        rng = np_after(doc, start_tok + 1, stop)
        if rng is not None:
            subj = char_range(doc, rng)
            evidence.append("agent")
            start_tok = skip(doc, rng[1], stop)
    window = ctx.settings.infinitive_window
    start_tok = past_adjunct(doc, verb, start_tok, stop, ctx.settings.que_window)
    if start_tok >= stop:
        return None
    nxt = doc[start_tok]
    que = que_after(doc, start_tok, stop, ctx.settings.que_window) if verb.que else None
    marked = ctx.opening_at(nxt.idx) or (
        ctx.opening_at(doc[start_tok + 1].idx) if nxt.text == ":" and start_tok + 1 < stop else None
    )
    if que is None and "agent" in evidence:
        return None  # "révélée par le quotidien « Le Matin »": the agent reports no clause
    if que is not None:
        start = doc[que].idx + len(doc[que].text)
        evidence.append("que-clause")
    elif (
        ((nxt.lower_ in DE and verb.infinitive)
         or (nxt.lower_ in A_OR_DE and verb.object_infinitive  # "a appelé à", not "X, accusé de"
             and not (at.first is tok and past_participle(tok) and not shares_auxiliary(tok))))
        and start_tok + 1 < stop
        and clitic_infinitive(doc, start_tok + 1, stop) is not None
    ):
        start = doc[start_tok + 1].idx
        evidence.append("infinitive")
    elif verb.infinitive and (inf := infinitive_after(doc, start_tok, stop, window)) is not None:
        start = doc[inf].idx
        evidence.append("infinitive")
    elif verb.infinitive and (obj := intention_object(doc, start_tok, stop, window)) is not None:
        start = doc[obj].idx  # "a annoncé son intention de démissionner": the whole object
        evidence.append("intention-infinitive")
    elif marked is not None:
        if nxt.text == ":":
            evidence.append("colon")
        end = outer_end(marked)
        # « fatigué de … » ses alliés …: the quoted words run on into the clause
        next_char = text[end : end + 2].strip()[:1]  # "" (the end) is in every string
        if end < s_hi and next_char not in ",.;:!?…()" and not narrator_after(
                ctx, marked, nxt.text == ":"):
            end = content_end(ctx, end, s_hi, others)
        return Frame("preposed", cue, verb.lemma, subj, ((marked.open, end),), tuple(evidence))
    elif attribute_at(tok, verb, start_tok, stop):
        start = nxt.idx  # "se disant victime d'un complot", "s'estimant lésé"
        evidence.append("attribute")
    elif verb.object_infinitive and (inf := object_infinitive(doc, start_tok, stop, window)):
        start = doc[inf].idx
        evidence.append("object-infinitive")
    else:
        # "a décrit l'explosion comme un « incident tragique »": content holding marks
        end = content_end(ctx, nxt.idx, s_hi, others)
        spoken = [m for m in ctx.outer if nxt.idx <= m.open < end and name_like(ctx, m) is None]
        if not spoken or sentence_ends_in(text, nxt.idx, spoken[0].open):
            return None  # "a lancé ce missile (appelé « Orechnik »)"; marks of the next sentence
        # "a appelé à la « … »": what one calls for, when someone calls ("une décision
        # appelant à une « transition »" names no one)
        whom = nxt.lower_ in A and not (verb.object_infinitive and subj is not None)
        if (whom or (nxt.lower_ == "en" and gerund(nxt))) and not text[
                : spoken[0].open].rstrip().endswith(":"):
            # "Répondant à Sébastien Lecornu, qui …": whom, not what; "a ironisé en arrivant
            # devant ses « juges »": when, not what (« a répondu en souriant : « … » » is)
            return None
        start = nxt.idx
        evidence.append("object-with-marks")
    start = trim_start(text, start, s_hi)
    if evidence[-1] == "infinitive":  # "affirme l'avoir prévenu": its own verb ends nothing
        others = [b for b in others if not start <= b[1] <= infinitive_head(ctx, start, stop)]
    barriers = others + [(None, b) for b in conj_barriers(tok, start)]
    if evidence[-1] == "que-clause":  # "a dit qu'il voulait rester : « … »": the marks are direct
        barriers += [(None, c) for c in colon_marks(ctx, start, s_hi)]
    verbless = "infinitive" in evidence[-1] or evidence[-1] == "attribute"
    resumes = narrator_resumes(ctx, start, stop, at.first, infinitive=verbless)
    if resumes is not None:  # "X, qui assure avoir écrit au ministre, attend …"
        barriers.append((None, resumes))
    if evidence[-1] in ("attribute", "object-with-marks"):
        barriers.append((None, participle_resumes(ctx, start, stop) or s_hi))
    if evidence[-1] == "object-with-marks":
        # « … ». « … »: a sentence ends between two quotes the parse ran together
        outer = [m for m in ctx.outer if start <= m.open < s_hi]
        for quoted, following in pairwise(outer):
            if sentence_ends_in(text, quoted.end, following.open):
                barriers.append((None, quoted.end if quoted.close is None else quoted.close + 1))
                break
    end = content_end(ctx, start, s_hi, barriers)
    if end <= start:
        return None
    return Frame("preposed", cue, verb.lemma, subj, ((start, end),), tuple(evidence))
