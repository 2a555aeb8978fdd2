"""Reporting frames: a cue, the words naming who speaks, and the stretch of text it reports.

- a cue after the reported words: "« … », a-t-il ajouté", "…, a annoncé R. Sikorski"
  (``postposed``);
- a cue before them: "X a déclaré que …", "X a annoncé vouloir …", "X a décrit … un « … »"
  (``preposed``);
- "selon X", "d'après X"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.agents import agent_after_marks, agent_first, agentive, said_by_agent
from quotes.detect.asides import comme_frame
from quotes.detect.brackets import before_cue
from quotes.detect.conjuncts import conjunct_frames
from quotes.detect.content import quote_after_comma
from quotes.detect.context import (
    CLOSING,
    Context,
    Frame,
    Rejected,
    char_range,
    name_like,
)
from quotes.detect.cues import (
    CueAt,
    adnominal_holder,
    cue_group,
    cue_verb,
    finite,
    governed_before,
    hypothetical,
    impersonal,
    incise_verb,
    passive,
    purpose,
    shares_auxiliary,
    unsaid_belief,
)
from quotes.detect.echoes import echo_frame
from quotes.detect.first_person import own_words_over
from quotes.detect.forms import governed_infinitive, in_later_subject, own_subject, past_participle
from quotes.detect.nested import nested_cue
from quotes.detect.postposed import postposed
from quotes.detect.pour import opinion_holder, pour_frame, relative_end
from quotes.detect.pour_edges import edge_holder, incise_follows
from quotes.detect.predicates import predicate_frames
from quotes.detect.preposed import preposed
from quotes.detect.relatives import object_relative
from quotes.detect.relays import comme_relayed, reports_who
from quotes.detect.selon import relayed, selon_frame
from quotes.detect.selon_asides import sourceless_selon
from quotes.detect.selon_lists import by_terms, own_reporting
from quotes.detect.selon_opens import connector_lead, selon_in_que_clause, subordinated
from quotes.detect.selon_relative import relative_barrier
from quotes.detect.skips import skip
from quotes.detect.speaker_phrases import np_after
from quotes.detect.speakerless import speakerless
from quotes.detect.subjects import subject_before
from quotes.detect.unable import nobody, unable
from quotes.detect.unquoted import heading_words
from quotes.lexicon import reporting_verbs
from quotes.lexicon.grammar import (
    CAUSATIVE,
    DE,
    ELIDED_DE,
    GERUND_LEADS,
    QUE,
    SELON,
)
from quotes.model import Evidence


def find_frames(ctx: Context, sent: tuple[int, int]) -> list[Frame]:
    """Every reporting frame whose cue lies in ``sent`` outside the quotation marks; in a
    heading (``unquoted.heading``) only the words in marks they report
    (``unquoted.heading_words``)."""
    doc = ctx.doc
    s_lo, s_hi = sent
    span = doc.char_span(s_lo, s_hi, alignment_mode="expand")
    if span is None:
        return []
    cues: list[CueAt] = []
    refused: list[Rejected] = []  # cues turned down, with the sentence and the reason
    bare: set[int] = set()  # cues that take no words of their own by their place or form
    main_verbs: set[int] = set()  # « X, pour qui « … », votera »: the verb X is subject of
    for tok in span:
        verbs = [c.tok for c in cues if c.verb is not None] if tok.lower_ in SELON else []
        if ctx.inside_marks(tok.idx) is not None or sourceless_selon(tok, verbs):
            continue
        low = tok.lower_
        colon = tok.i > span.start and doc[tok.i - 1].text in ":;"  # "…: pour X, « … »"
        # "…, tandis que pour X, « … »": a subordinate clause opens on X's view
        if low == "pour":
            at_start = connector_lead(doc[span.start : tok.i], 2) or colon or (
                subordinated(doc, tok))
            # « …, et pour lui, « … » », « le procureur, pour qui … »: at a clause's edge
            holder = (opinion_holder(doc, tok, span.end) if at_start
                      else edge_holder(ctx, span.start, tok, span.end))
            if holder is not None:
                cues.append(CueAt(tok, tok, None, tok, None, holder, (None, tok.idx)))
                if holder[1] <= tok.i and not any(
                        t.pos_ in ("VERB", "AUX") for t in doc[span.start : holder[0]]):
                    # « Les agriculteurs, pour lesquels « … », réclament … »: X's own verb
                    main_verbs.add(relative_end(ctx, tok, span.end) + 1)
            if holder is not None or at_start:
                continue
        if low == "selon" or (low == "après" and tok.i > 0 and doc[tok.i - 1].lower_ in ELIDED_DE):
            first = doc[tok.i - 1] if low == "après" else tok
            # « a affirmé que le plan, qui, selon X, serait rentable, allait … »: a « selon X »
            # in a relative ends the words of a cue before it at the pronoun, or not at all
            at = relative_barrier(first, [c.last for c in cues if c.verb is not None])
            cues.append(CueAt(first, tok, None, tok, None, None, (None, at)))
            continue
        verb = cue_verb(tok)
        if verb is None or verb.object_only:  # « … », a remercié X: an incise, whatever the verb
            verb = incise_verb(tok, ctx.closing_at) or verb or agentive(ctx, tok, span.end)
        if verb is None or (tok.pos_ == "AUX" and low not in reporting_verbs() and not verb.tail):
            continue  # an auxiliary, but the head of « a également fait savoir que … »
        if speakerless(tok, span.end):  # no cue at all: a « selon X » in the note frames the rest
            refused.append(Rejected(*sent, "the writer's infinitive (« À rappeler que »): no one"))
            continue
        first, pron, last = cue_group(tok, verb)
        after = skip(doc, last.i + 1, span.end)
        nxt = doc[after] if after < span.end else None
        if passive(tok) and not (
            nxt is not None and (nxt.lower_ in QUE or nxt.lower_ == "par")
        ) and agent_after_marks(ctx, after, span.end) is None and not (
                impersonal(tok) and nxt is not None and nxt.lower_ in DE):
            refused.append(Rejected(*sent, "a passive cue with no one named as who spoke"))
            continue  # "il leur était reproché de …" reports, with nobody named
        introduces = nxt is not None and (
            nxt.text == ":"
            or any(
                nxt.idx <= m.open < nxt.idx + ctx.settings.colon_lookahead_chars
                and name_like(ctx, m) is None and not governed_before(tok, m.open)
                for m in ctx.outer
            )
        )
        if introduces and verb.honours and nxt is not None and any(
                nxt.idx <= m.open < nxt.idx + ctx.settings.colon_lookahead_chars
                and m.close is not None and incise_follows(ctx, m.close, span.end)
                for m in ctx.outer):
            introduces = False  # « a rendu hommage à « … », a indiqué X »: X's record holds it
        if "Inf" in tok.morph.get("VerbForm", []) and verb.lemma != "dire" and (
                tok.i > 0 and doc[tok.i - 1].lower_ in CAUSATIVE):
            refused.append(Rejected(*sent, "a cue made a cause (« faisant craindre »): no speech"))
            continue  # "faisant craindre « plusieurs centaines » de morts": a cause, no speech
        if purpose(tok, first, nxt) and not introduces:
            refused.append(Rejected(
                *sent, "a cue in a purpose clause (« pour évoquer »): nothing said yet"))
            continue  # "…à Lisbonne pour évoquer les suites du vote, a annoncé X"
        before = before_cue(ctx, s_lo, first.idx)
        postposed = first.i > 0 and (doc[first.i - 1].text in (",", *CLOSING)
                                     or before[1] == "aside")
        if postposed and first.i in main_verbs:
            # « X, pour qui « … », affirme que … »: X's own verb, a cue before its words, no
            # incise reporting the relative's marks
            postposed, before = False, (before[0], "")
        bare_participle = (
            first.i == tok.i
            and past_participle(tok)
            and not shares_auxiliary(tok)  # "X a frappé …, et promis de …"
        )
        if bare_participle and ((nxt is not None and "Fin" in nxt.morph.get("VerbForm", []))
                                or (in_later_subject(tok)
                                    and not said_by_agent(ctx, tok, span.end))):
            refused.append(Rejected(*sent, "a cue's participle used as an adjective: no speech"))
            continue  # "les gestes dénoncés étaient « intentionnels »", "les élus visés … ont"
        if pron is None and not (introduces or postposed):
            if not (verb.que or verb.infinitive or verb.object_infinitive):
                refused.append(Rejected(
                    *sent, "a cue that reports only marked words, with none here"))
                continue  # "si Kiev continuait d'utiliser …": a cue only before marks
            if bare_participle and (nxt is None or nxt.lower_ not in QUE) and not any(
                    c.dep_ == "nsubj" for c in tok.children):
                refused.append(Rejected(
                    *sent, "a cue's participle with no subject, que-clause or marks: no speech"))
                continue  # "les gestes dénoncés", "une vidéo publiée"; "elle dit en avoir"
        subj = None if pron or (postposed and _inverted_last(tok, last, span.end)) else (
            adnominal_holder(tok) or subject_before(tok, first, span.start, ctx))
        barrier = (doc[_relative_start(doc, subj[0])].idx if subj else None,
                   _gerund_lead(first).idx)
        if object_relative(first):  # "se disant « choqué » par ce qu'il a qualifié de …"
            barrier = (None, 0)
        own = quote_after_comma(ctx, s_lo, before)
        if own is not None:  # "…, « A », a-t-elle souligné": the marks are not the clause's
            barrier = (None, own[0])
        if pron is None and not (introduces or postposed):
            bare.add(tok.i)
        cues.append(CueAt(first, tok, pron, last, verb, subj, barrier, own, before))
    turned: list[list[Rejected]] = [[] for _ in cues]  # each cue's refusals, as it last read
    found = [_cue_frame(ctx, sent, span, cues, cue, set(), turned[k])
             for k, cue in enumerate(cues)]
    # a finite verb or a governed infinitive that reported nothing (« Le projet reprendra en
    # mars, a déclaré X. ») does not end the words of a cue after it: they run to the start
    muted = {c.tok.i for c, f in zip(cues, found, strict=True) if f is None
             and c.tok.i in bare and ((finite(c.tok) and own_subject(c.tok))
                                      or governed_infinitive(c.tok))
             and not hypothetical(c.tok)}
    if muted:  # only the frames of the verbs after a mute one change
        for k, cue in enumerate(cues):
            if cue.verb is not None and any(
                    c is not cue and c.tok.i in muted and c.last.i < cue.first.i for c in cues):
                turned[k] = []
                found[k] = _cue_frame(ctx, sent, span, cues, cue, muted, turned[k])
    _close_over(ctx, sent, span, cues, found, turned, bare)
    own_words_over(ctx, cues, found, turned,
                   lambda cue, mute, refused: _cue_frame(ctx, sent, span, cues, cue, mute, refused))
    _nest(ctx, sent, span, cues, found, turned)
    ctx.refused.extend(refused + [r for t in turned for r in t])
    frames = [g for f in found if f is not None and (g := heading_words(ctx, f)) is not None]
    frames = [f for f in frames if not relayed(f, frames, ctx.text) and not reports_who(f, frames)]
    # « X a annoncé que …, comme l'a révélé Y »: Y an outlet, X's frame kept
    frames = [f for f in frames if not comme_relayed(f, frames, ctx.doc)]
    echo = echo_frame(ctx, span)  # « A. C'est ce qu'a annoncé X. »: A is X's
    echoes = [echo] if echo is not None else []
    # « regrette « … » et le préfet rend hommage à « … » »: the second clause's marks
    frames += conjunct_frames(ctx, sent, [(c, f) for c, f in zip(cues, found, strict=True)
                                          if any(f is g for g in frames)])
    return frames + predicate_frames(ctx, sent, span, frames, [c.barrier for c in cues]) + echoes


def _close_over(
    ctx: Context, sent: tuple[int, int], span: Span, cues: list[CueAt],
    found: list[Frame | None], turned: list[list[Rejected]], bare: set[int],
) -> None:
    """The last cue of a sentence, after its words, reports all the words before it: a cue
    inside them that reported an infinitive without marks, or nothing (« L'État s'est engagé à
    financer les travaux, a indiqué le maire »), is part of its words and keeps none itself. A
    que-clause before it keeps its own record: its speaker may be a second voice (« Le maire a
    déclaré que le pont rouvrirait, « en juin », a souligné son adjointe »)."""
    for k, cue in enumerate(cues):
        frame = found[k]
        if frame is None or frame.kind != "postposed" or frame.cue is None or any(
                hi > frame.cue[0] for _, hi in frame.content) or any(
                f is not None and c.first.i > cue.last.i for c, f in zip(cues, found, strict=True)):
            continue  # words after the cue, or a cue after it: not the sentence's last word
        inner = {c.tok.i for c, f in zip(cues, found, strict=True)
                 if c.tok.i in bare and c.last.i < cue.first.i and not hypothetical(c.tok)
                 and (f is None or (f.evidence[-1:] == (Evidence.INFINITIVE,) and not any(
                     lo <= m.open < hi for lo, hi in f.content for m in ctx.outer)))}
        if not inner:
            continue
        redone = _cue_frame(ctx, sent, span, cues, cue, inner, [])
        if redone is None:
            continue
        found[k] = redone
        for j, c in enumerate(cues):
            if c.tok.i in inner:
                found[j], turned[j] = None, []


def _nest(
    ctx: Context, sent: tuple[int, int], span: Span, cues: list[CueAt],
    found: list[Frame | None], turned: list[list[Rejected]],
) -> None:
    """A cue inside the clause another cue reports (``nested.nested_cue``) is part of its
    words: the outer frame is read again without it, and it keeps no frame itself."""
    for k, cue in enumerate(cues):
        frame = found[k]
        if frame is None or cue.verb is None:
            continue
        inner = {c.tok.i for c, f in zip(cues, found, strict=True)
                 if f is not None and c.verb is not None and c is not cue
                 and nested_cue(cue.tok, frame, c.first, c.tok)}
        if not inner:
            continue
        # a cue reporting nothing in a nested clause (« … aurait assuré que l'enquête
        # avancerait ») ends none of it either
        mute = inner | {c.tok.i for c, f in zip(cues, found, strict=True) if f is None and any(
            span.doc[i].is_ancestor(c.tok) for i in inner)}
        redone = _cue_frame(ctx, sent, span, cues, cue, mute, [])
        if redone is None or not all(_within(span.doc[i].idx, redone) and all(
                _within(lo, redone) for lo, _ in f.content)
                for i, f in ((c.tok.i, f) for c, f in zip(cues, found, strict=True)
                             if c.tok.i in inner and f is not None)):
            continue  # « … que le préfet lui aurait dit : « … » »: his words open outside it
        found[k] = redone
        for j, c in enumerate(cues):
            if c.tok.i in mute:
                found[j], turned[j] = None, []


def _within(at: int, frame: Frame) -> bool:
    """Is the character ``at`` in the words of ``frame``?"""
    return any(lo <= at < hi for lo, hi in frame.content)


def _gerund_lead(first: Token) -> Token:
    """Where the words of a cue opening at ``first`` begin: at the adverb of its gerund
    (« tout en condamnant »), which no clause before it keeps."""
    doc = first.doc
    en = first.i if first.lower_ == "en" else first.i - 1
    if en > 0 and doc[en].lower_ == "en" and doc[en - 1].lower_ in GERUND_LEADS:
        return doc[en - 1]
    return first


def _inverted_last(verb: Token, last: Token, stop: int) -> bool:
    """A cue after a comma with no subject, a noun phrase after its group ``last`` ending the
    sentence (« …, a contesté sa mère. »): that is its inverted subject, even where the parse
    reads the verb as coordinated with the clause before and the phrase as its object."""
    rng = np_after(verb.doc, last.i + 1, stop)
    return verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children) \
        and rng is not None and all(t.is_punct for t in verb.doc[rng[1] : stop])


def _relative_start(doc: Doc, i: int) -> int:
    """Where the clause of a subject at token ``i`` starts: at the relative pronoun set off by a
    comma before it (« …, dont Londres dit que … »), which ends the words of a cue before it
    with the subject; a relative with no comma (« tout projet qu'elle jugerait … ») runs on, and
    a « que » the parse makes a clause's conjunction (« a dit, depuis Lyon, qu'il craignait
    que … ») opens no relative, whatever its tag."""
    rel = i > 1 and "Rel" in doc[i - 1].morph.get("PronType", []) and doc[i - 2].text == "," and (
        doc[i - 1].dep_ != "mark")
    return i - 1 if rel else i


def _cue_frame(
    ctx: Context, sent: tuple[int, int], span: Span, cues: list[CueAt], cue: CueAt,
    mute: set[int], refused: list[Rejected],
) -> Frame | None:
    """The frame of ``cue``, None where it reports nothing (the reason added to ``refused``);
    bounded by the other cues, the words of a postposed one ended by the cues before it but
    the ``mute`` ones."""
    if hypothetical(cue.tok):  # "si l'un des alliés estime que …": a condition, nobody said it
        refused.append(Rejected(*sent, "a cue in a condition: nobody is said to have said it"))
        return None
    # "commencent à penser que …", "n'a pas pu confirmer que …": nobody is said to voice it
    for unsaid, why in ((unsaid_belief, "a belief in the infinitive under no verb of saying"),
                        (unable, "a cue under a negated ability (« n'a pas pu dire »)"),
                        (nobody, "a cue whose subject names nobody (« rien n'indique »)")):
        if unsaid(cue.tok):
            refused.append(Rejected(*sent, why))
            return None
    # a cue muted inside these words ends none of them
    others = [c.barrier for c in cues if c is not cue and c.tok.i not in mute]
    if cue.verb is None and cue.tok.lower_ == "pour":
        assert cue.subject is not None
        frame = pour_frame(ctx, sent, cue.tok, cue.subject, others)
        if frame is None:
            refused.append(Rejected(*sent, "« Pour X, » with no words after it"))
        return frame
    if cue.verb is None:
        frame = selon_frame(ctx, sent, span, cue.first, cue.tok, others)
        if frame is None:
            refused.append(Rejected(*sent, "the outlet's own reporting (« selon nos "
                                    "informations »): the narrator's words, no quote"
                                    if own_reporting(ctx.doc, cue.tok.i + 1, span.end)
                                    else "« selon » terms or a plan (« selon les conditions "
                                    "prévues »): in accordance with, no source"
                                    if by_terms(ctx.doc, cue.tok.i + 1, span.end)
                                    else "« selon » opening a cue's que-clause: that cue's words"
                                    if selon_in_que_clause(ctx.doc, cue.first, others)
                                    else "« selon » with no source found"))
        return frame
    ends = [
        c.last.idx + len(c.last.text) for c in cues
        if c is not cue and c.last.i < cue.first.i and c.tok.i not in mute
    ]
    return _verb_frame(ctx, sent, span, cue, others, ends, refused)


def _verb_frame(
    ctx: Context,
    sent: tuple[int, int],
    span: Span,
    at: CueAt,
    others: list[tuple[int | None, int]],
    ends: list[int],
    refused: list[Rejected],
) -> Frame | None:
    doc, stop = ctx.doc, span.end
    if at.tok.lower_ == "-t":
        return None
    assert at.verb is not None
    after = skip(doc, at.last.i + 1, stop)
    # "une décision qualifiée de …"
    participle = at.first.i == at.tok.i and (at.tok.pos_ == "ADJ" or past_participle(at.tok))
    agent = agent_after_marks(ctx, after, stop) if passive(at.tok) or participle else None
    if agent is not None:  # "un choix qualifié de « parfaitement imprévu » par X"
        (lo, hi), rng = agent
        cue = (at.first.idx, at.last.idx + len(at.last.text))
        return Frame("preposed", cue, at.verb.lemma, char_range(doc, rng), ((lo, hi),),
                     (Evidence.CUE_BEFORE, Evidence.AGENT))
    frame = comme_frame(ctx, sent, at.first, at.last, at.verb.lemma, stop, others) or (
        agent_first(ctx, at.first, at.tok, sent[1], others) if participle or passive(at.tok)
        else None)
    if frame is not None:
        return frame
    post = postposed(ctx, sent, at, ends, after, stop)
    if isinstance(post, Frame):
        return post
    frame = preposed(ctx, sent, at, others, after, stop)
    if frame is None:  # turned down after the words, or before them, with no other reading
        refused.append(post or Rejected(*sent, "a cue with no reported words found for it"))
    return frame
