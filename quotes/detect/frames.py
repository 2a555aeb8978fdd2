"""Reporting frames: a cue, the words naming who speaks, and the stretch of text it reports.

- a cue after the reported words: "« … », a-t-il ajouté", "…, a annoncé R. Sikorski";
- a cue before them: "X a déclaré que …", "X a annoncé vouloir …", "X a décrit … un « … »"
  (``preposed``);
- "selon X", "d'après X"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.agents import agent_after_marks, agentive
from quotes.detect.asides import comme_frame
from quotes.detect.brackets import before_cue
from quotes.detect.clause_scope import after_coordination, fronted_source
from quotes.detect.content import (
    after_colon,
    narrated_lead,
    quote_after_comma,
    subordinate_lead,
    trim_start,
)
from quotes.detect.context import (
    CLOSING,
    Context,
    Frame,
    Rejected,
    char_range,
    ends_noun_phrase,
    name_like,
    noun_head,
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
from quotes.detect.elliptic import elliptic
from quotes.detect.forms import governed_infinitive, in_later_subject, own_subject, past_participle
from quotes.detect.leads import chained_marks, marked_leads, tail_after_subject
from quotes.detect.on_sources import on_source
from quotes.detect.pour import opinion_holder, pour_frame
from quotes.detect.predicates import predicate_frames
from quotes.detect.preposed import preposed
from quotes.detect.relatives import object_relative
from quotes.detect.relays import reports_who
from quotes.detect.selon import relayed, selon_frame, sourceless_selon
from quotes.detect.selon_lists import by_terms, own_reporting
from quotes.detect.sentence_stops import sentence_ends_in
from quotes.detect.skips import skip, skip_adjunct, skip_insertion
from quotes.detect.subjects import (
    described,
    np_after,
    opens,
    speaker_like,
    subject_before,
)
from quotes.detect.unable import nobody, unable
from quotes.detect.unquoted import headed
from quotes.lexicon import capitalised, in_capitals, reporting_verbs
from quotes.lexicon.grammar import CAUSATIVE, DE, ELIDED_DE, ELIDED_QUE, QUE
from quotes.lexicon.outlets import is_press_noun


def find_frames(ctx: Context, sent: tuple[int, int]) -> list[Frame]:
    """Every reporting frame whose cue lies in ``sent`` outside the quotation marks; in a
    heading (``unquoted.heading``) only those that report words in marks (``unquoted.headed``)."""
    doc = ctx.doc
    s_lo, s_hi = sent
    span = doc.char_span(s_lo, s_hi, alignment_mode="expand")
    if span is None:
        return []
    cues: list[CueAt] = []
    refused: list[Rejected] = []  # cues turned down, with the sentence and the reason
    bare: set[int] = set()  # cues that take no words of their own by their place or form
    for tok in span:
        verbs = [c.tok for c in cues if c.verb is not None] if tok.lower_ == "selon" else []
        if ctx.inside_marks(tok.idx) is not None or sourceless_selon(tok, verbs):
            continue
        low = tok.lower_
        colon = tok.i > span.start and doc[tok.i - 1].text in ":;"  # "…: pour X, « … »"
        if low == "pour" and (opens(span, tok) or colon):
            holder = opinion_holder(doc, tok, span.end)
            if holder is not None:
                cues.append(CueAt(tok, tok, None, tok, None, holder, (None, tok.idx)))
            continue
        if low == "selon" or (low == "après" and tok.i > 0 and doc[tok.i - 1].lower_ in ELIDED_DE):
            first = doc[tok.i - 1] if low == "après" else tok
            cues.append(CueAt(first, tok, None, tok, None, None, (None, first.idx)))
            continue
        verb = cue_verb(tok)
        if verb is None or verb.object_only:  # « … », a remercié X: an incise, whatever the verb
            verb = incise_verb(tok, ctx.closing_at) or verb or agentive(ctx, tok, span.end)
        if verb is None or (tok.pos_ == "AUX" and low not in reporting_verbs() and not verb.tail):
            continue  # an auxiliary, but the head of « a également fait savoir que … »
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
        bare_participle = (
            first is tok
            and past_participle(tok)
            and not shares_auxiliary(tok)  # "X a frappé …, et promis de …"
        )
        if bare_participle and ((nxt is not None and "Fin" in nxt.morph.get("VerbForm", []))
                                or in_later_subject(tok)):
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
        barrier = (doc[_relative_start(doc, subj[0])].idx if subj else None, first.idx)
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
    ctx.refused.extend(refused + [r for t in turned for r in t])
    frames = [f for f in found if f is not None and not headed(ctx, f)]
    frames = [f for f in frames if not relayed(f, frames, ctx.text) and not reports_who(f, frames)]
    return frames + predicate_frames(ctx, sent, span, frames, [c.barrier for c in cues])


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
    with the subject; a relative with no comma (« tout projet qu'elle jugerait … ») runs on."""
    rel = i > 1 and "Rel" in doc[i - 1].morph.get("PronType", []) and doc[i - 2].text == ","
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
    others = [c.barrier for c in cues if c is not cue]
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
    participle = at.first is at.tok and (at.tok.pos_ == "ADJ" or past_participle(at.tok))
    agent = agent_after_marks(ctx, after, stop) if passive(at.tok) or participle else None
    if agent is not None:  # "un choix qualifié de « parfaitement imprévu » par X"
        (lo, hi), rng = agent
        cue = (at.first.idx, at.last.idx + len(at.last.text))
        return Frame("preposed", cue, at.verb.lemma, char_range(doc, rng), ((lo, hi),),
                     ("cue-before", "agent"))
    frame = comme_frame(ctx, sent, at.first, at.last, at.verb.lemma, stop, others)
    if frame is not None:
        return frame
    post = _postposed(ctx, sent, at, ends, after, stop)
    if isinstance(post, Frame):
        return post
    frame = preposed(ctx, sent, at, others, after, stop)
    if frame is None:  # turned down after the words, or before them, with no other reading
        refused.append(post or Rejected(*sent, "a cue with no reported words found for it"))
    return frame


def _postposed(
    ctx: Context, sent: tuple[int, int], at: CueAt, ends: list[int], after: int, stop: int
) -> Frame | Rejected | None:
    """Cue after the content: "…», a-t-il ajouté", "…, a annoncé R. Sikorski, ministre polonais".
    A cue in that place turned down gives the words before it and the reason."""
    doc, text = ctx.doc, ctx.text
    s_lo, s_hi = sent
    assert at.verb is not None
    assert at.before is not None
    end_before, sep = at.before
    if not sep or end_before <= s_lo or at.verb.object_only:
        return None  # "« … », loue les efforts de X": the object, no inverted subject
    cue = (at.first.idx, at.last.idx + len(at.last.text))
    start = max([s_lo] + [e for e in ends if e <= end_before])  # not a cue in an aside
    if at.pron is not None:  # "…, a-t-il ajouté"; "…, a-t-on appris de source policière"
        subject = on_source(doc, at.pron, at.last.i + 1, stop) or (
            at.pron.idx + 1, at.pron.idx + len(at.pron.text))
    else:
        if at.first is at.tok and not finite(at.tok):
            return None  # a participle has no inverted subject: "…, murmurant une prière"
        after = skip_adjunct(doc, after, stop)  # "a confié à la radio Lina Tavaro"
        rng = np_after(doc, after, stop)
        aside = skip_insertion(doc, after, stop) if rng is None or not speaker_like(
            doc, rng) else None
        if aside is not None and (named := np_after(doc, aside, stop)) is not None and (
                speaker_like(doc, named)):  # "», a déclaré, devant la presse, le maire"
            rng = named
        # the inverted subject ends the clause: "…, a indiqué mardi l'armée de l'air."
        # right after the marks, any noun phrase there is who speaks: "», assure le retraité"
        # so after words that hold marks, no subject of the verb right before it: « X a été
        # « arrêté » …, ont annoncé les militaires », not « « A. » Par ce mot X, Y, a annoncé … »
        quoted = text[end_before - 1] in CLOSING or (
            (at.subject is None or at.subject[1] < at.first.i - 1)
            and any(start <= m.open < end_before for m in ctx.outer))
        # after unmarked words, a description names who speaks when the article gave its
        # noun to a name before: "…, explique le site d'investigation" after "le site X"
        if rng is None or not (
            speaker_like(doc, rng)
            or named_body(doc, rng)  # "…, note le journal", "…, précise le SDIS 13"
            or elliptic(list(doc[rng[0] : rng[1]]))  # "», renchérit un second"
            or (described(doc, rng) and (quoted or ctx.noun_named_before(rng)))
        ):
            return _turned(ctx, start, end_before,
                           "a cue after the words, with no one named as who spoke")
        nxt = doc[rng[1]].text if rng[1] < len(doc) else ""  # "Julie K." may end the text
        ends_sentence = doc[rng[1] - 1].text.endswith(".") and nxt in ("«", "“", '"')
        if not (
            rng[1] >= stop
            or ends_noun_phrase(doc[rng[1]])
            or ends_sentence  # "…, a commenté l'avocate de Julie K. « C'est un succès …"
        ):
            return _turned(ctx, start, end_before,
                           "a cue after the words whose subject does not end the clause")
        subject = char_range(doc, rng)
    own = at.own
    # a main clause before the marks is the narrator's only before « -t-elle » (content.py)
    if own is not None and own[1].open > start and (start > s_lo or (
            narrated_lead(ctx, start, own[1].open)
            and (at.pron is not None or subordinate_lead(ctx, start, own[1].open)))):
        start = own[1].open  # after a cue's words or a clause, the marks alone (see there)
    start = trim_start(text, start, end_before)
    if start > s_lo and text[start:end_before].split(" ", 1)[0].lower() in QUE:
        start = after_coordination(ctx, start, end_before) or start  # « …, mais B, dit-il »
    if (
        text[start:end_before].split(" ", 1)[0].lower() in QUE
        or text[start : start + 3].lower() in ELIDED_QUE
    ):
        # "…que « … » rapporte France Presse": the relay, not the speaker
        return _turned(ctx, start, end_before,
                       "words after « que » a cue relays: the relay is not who spoke")
    if fronted_source(text, start, end_before):  # "Selon X, …, rapporte Le Parisien"
        return _turned(ctx, start, end_before,
                       "words a fronted « selon X » gives, a cue after them relays")
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
        and not chained_marks(ctx, start, closing.open)
    ):
        start = closing.open  # "… ». « Notre objectif … », a-t-il ajouté"
    contents = marked_leads(ctx, start, end_before) if start < end_before else []
    # "« A », a-t-il plaidé, « B »": the marks reopened right after the subject
    tail = tail_after_subject(ctx, max(subject[1], cue[1]), s_hi)
    if tail is not None:
        contents.append(tail)
    if not contents:
        return _turned(ctx, start, end_before,
                       "a cue after the words, with no reported words before it")
    return Frame("postposed", cue, at.verb.lemma, subject, tuple(contents), ("cue-after",))


def named_body(doc: Doc, rng: tuple[int, int]) -> bool:
    """An inverted subject that names a body or an outlet by its head noun: an acronym (« le
    SDIS 13 »), a capitalised noun after its determiner inside the sentence, a title (« Le
    Courrier »), or a noun for the press (« le journal », lexicon.outlets.is_press_noun)."""
    head = noun_head(doc, rng, ("NOUN", "PROPN"))
    if head is None or head.is_sent_start:
        return False
    text = head.text
    acronym = in_capitals(text) and text.isalpha()
    titled = capitalised(text) and head.i > 0 and doc[head.i - 1].pos_ == "DET"
    return acronym or titled or is_press_noun(head.text)


def _turned(ctx: Context, start: int, end_before: int, reason: str) -> Rejected | None:
    """The words from ``start`` to a postposed cue turned down, with the reason; None when they
    hold no verb and no marks, a subject and no words said."""
    lo = trim_start(ctx.text, start, end_before)
    said = ctx.doc.char_span(lo, end_before, alignment_mode="expand")
    if said is not None and not any(t.pos_ in ("VERB", "AUX") for t in said) and not any(
            lo <= m.open < end_before for m in ctx.outer):
        return None  # "Anne Vidal, chercheuse, a répondu": a subject, no words said
    return Rejected(lo, end_before, reason)
