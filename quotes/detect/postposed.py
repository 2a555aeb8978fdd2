"""A cue after the words it reports: "« … », a-t-il ajouté", "…, a annoncé R. Sikorski".

Its inverted subject (a pronoun, a name, a role, a body the article named), the words before it
that it reports, and, where the cue is turned down there, those words with the reason
(``frames.find_frames`` weighs this reading against the preposed one, ``preposed``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.clause_scope import after_coordination, fronted_source, rule_source
from quotes.detect.content import after_colon, narrated_lead, subordinate_lead, trim_start
from quotes.detect.context import (
    CLOSING,
    Context,
    Frame,
    Rejected,
    char_range,
    colon_marks,
    ends_noun_phrase,
    noun_head,
    skip_blank,
)
from quotes.detect.cue_spellings import pronoun_range
from quotes.detect.cues import CueAt, finite
from quotes.detect.elliptic import elliptic
from quotes.detect.inserted_cues import clause_after
from quotes.detect.leads import chained_marks, marked_leads, tail_after_subject
from quotes.detect.marks import Marked
from quotes.detect.narrator_links import is_link, past_link
from quotes.detect.np_ends import cut_at
from quotes.detect.on_sources import learned_from, on_source
from quotes.detect.sentence_stops import sentence_ends_in, stopped_marks
from quotes.detect.skips import inverted_start, skip_insertion, stray_comma
from quotes.detect.speaker_phrases import described, np_after, speaker_like
from quotes.lexicon import capitalised, in_capitals, is_time_word, marked
from quotes.lexicon.grammar import ELIDED_QUE, LINKING_CONJUNCTIONS, QUE
from quotes.lexicon.outlets import is_press_noun, listed_outlet
from quotes.model import Evidence


def postposed(
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
    by_body = False  # the inverted subject names a body or an outlet: a relay's, maybe
    start = max([s_lo] + [e for e in ends if e <= end_before])  # not a cue in an aside
    if at.pron is not None:  # "…, a-t-il ajouté"; "…, a-t-on appris de source policière"
        subject = on_source(doc, at.pron, at.last.i + 1, stop) or pronoun_range(at.pron)
    elif at.verb.lemma == "apprendre" and (told := learned_from(doc, after, stop)):
        subject = char_range(doc, told)  # "…, a appris l'agence de source policière"
    else:
        if at.first is at.tok and not finite(at.tok):
            return None  # a participle has no inverted subject: "…, murmurant une prière"
        after = inverted_start(doc, after, stop)  # "a confié à la radio X"
        rng = np_after(doc, after, stop) or _person(doc, after, stop)
        aside = skip_insertion(doc, after, stop) if rng is None or not speaker_like(
            doc, rng) else None
        if aside is not None and np_after(doc, aside, stop) is None:
            aside = skip_insertion(doc, aside, stop)  # "a lancé au micro, devant la foule, X"
        if aside is not None and (named := np_after(doc, aside, stop)) is not None and (
                speaker_like(doc, named)) and not _audience(doc, after, named):
            rng = named  # "», a déclaré, devant la presse, le maire"
        stray = stray_comma(doc, after, stop) if rng is None and aside is None else None
        clause_end = stop  # where the subject may end the clause: its end, or a participle
        if stray is not None and (named := np_after(doc, *stray)) is not None and (
                speaker_like(doc, named)):
            rng = named  # "», a affirmé, Annie Ernaux à la télévision": a comma typed before it
            clause_end = stray[1]  # "», a commenté, France Info citant une source"
        closed = text[end_before - 1] in CLOSING  # right after the marks
        # a subject before the cue already names who speaks: a noun phrase after it that a
        # que-clause follows is an adjunct (« …, la maire a annoncé à Lyon qu'elle partira »);
        # without one it is the inverted subject, a relative clause after it (« …, a déclaré le
        # ministre Paul Roux que les élus interrogeaient »); after marks, a participle may
        # follow the subject (« « … », a dit le ministre précisant que … »)
        if rng is not None and at.subject is not None and speaker_like(doc, at.subject) and (
                at.verb.que and not closed and rng[1] < stop and doc[rng[1]].lower_ in QUE):
            return None  # a place, no subject
        # the inverted subject ends the clause: "…, a indiqué mardi l'armée de l'air."
        # right after the marks, any noun phrase there is who speaks: "», assure le retraité"
        # so after words that hold marks, no subject of the verb right before it: « X a été
        # « arrêté » …, ont annoncé les militaires », not « « A. » Par ce mot X, Y, a annoncé … »
        quoted = closed or (
            (at.subject is None or at.subject[1] < at.first.i - 1)
            and any(start <= m.open < end_before for m in ctx.outer))
        # after unmarked words, a description names who speaks when the article gave its
        # noun to a name before: "…, explique le site d'investigation" after "le site X"
        if rng is None or not (
            speaker_like(doc, rng)
            or named_body(doc, rng)  # "…, note le journal", "…, précise le SDIS 13"
            or elliptic(list(doc[rng[0] : rng[1]]))  # "», renchérit un second"
            or some_of(doc, rng, at.first)  # "…, rapportent plusieurs médias"
            or (described(doc, rng) and (quoted or ctx.noun_named_before(rng)))
        ):
            return _turned(ctx, start, end_before,
                           "a cue after the words, with no one named as who spoke")
        nxt = doc[rng[1]].text if rng[1] < len(doc) else ""  # "Julie K." may end the text
        ends_sentence = doc[rng[1] - 1].text.endswith(".") and nxt in ("«", "“", '"')
        if not (
            rng[1] >= clause_end
            or ends_noun_phrase(doc[rng[1]])
            or cut_at(doc, rng[0], rng[1])  # "…, a dit X par le biais de …"
            or ends_sentence  # "…, a commenté l'avocate de Julie K. « C'est un succès …"
        ):
            return _turned(ctx, start, end_before,
                           "a cue after the words whose subject does not end the clause")
        subject = char_range(doc, rng)
        # « rapporte Ouest-France »: an outlet the lexicon lists, its name bare
        by_body = named_body(doc, rng) or listed_outlet(text[subject[0]:subject[1]])
    own = at.own
    # a main clause before the marks is the narrator's only before « -t-elle » (content.py)
    if own is not None and own[1].open > start and (start > s_lo or (
            narrated_lead(ctx, start, own[1].open)
            and (at.pron is not None or subordinate_lead(ctx, start, own[1].open)))):
        start = own[1].open  # after a cue's words or a clause, the marks alone (see there)
    start = trim_start(text, start, end_before)
    if _after_que(text, start, end_before) and not by_body and (
            fresh := _marks_after_colon(ctx, start, end_before)) is not None:
        start = fresh  # « X affirme que A : « B », a précisé Y »: B, Y's answer
    if start > s_lo and text[start:end_before].split(" ", 1)[0].lower() in QUE:
        start = after_coordination(ctx, start, end_before) or start  # « …, mais B, dit-il »
    if _after_que(text, start, end_before):
        # "…que « … » rapporte France Presse": the relay, not the speaker
        return _turned(ctx, start, end_before,
                       "words after « que » a cue relays: the relay is not who spoke")
    if fronted_source(text, start, end_before):  # "Selon X, …, rapporte Le Parisien"
        return _turned(ctx, start, end_before,
                       "words a fronted « selon X » gives, a cue after them relays")
    rule = rule_source(ctx, start, end_before)  # "Selon la loi, A, a rappelé X": A is X's
    if rule is not None:
        start = trim_start(text, rule, end_before)
    start = after_colon(ctx, start, end_before)
    said = doc.char_span(start, end_before, alignment_mode="expand")
    if (
        said is not None
        and (not any(t.pos_ in ("VERB", "AUX") for t in said)
             or is_link(text[start:end_before].strip(" \t,") + ","))  # « C'est pourquoi, »
        and not any(start <= m.open < end_before for m in ctx.outer)
    ):
        # "Dmitri Peskov, porte-parole du Kremlin, avait fustigé …": an apposition, not speech;
        # « De manière inédite, rapporte X, les juges … »: the clause after the cue
        inserted = clause_after(ctx, (start, end_before), subject[1], sent, stop)
        return None if inserted is None else Frame(
            "postposed", cue, at.verb.lemma, subject, (inserted,),
            (Evidence.CUE_AFTER, Evidence.CUE_INSERTED))
    closing = ctx.closing_at(end_before - 1)
    if closing is not None and text[start : closing.open].strip().lower() in LINKING_CONJUNCTIONS:
        start = closing.open  # "Mais « … », a lancé X": the narrator's link, the marks alone
    start = past_link(ctx, start, end_before)  # "Toutefois, « … », a-t-il dit": the marks
    if (
        closing is not None
        and closing.open > start
        and sentence_ends_in(text, start, closing.open)
        and not chained_marks(ctx, start, closing.open)
    ):
        start = closing.open  # "… ». « Notre objectif … », a-t-il ajouté"
    # marks ending a sentence before unmarked words the cue follows (« « … continuerons. » Les
    # habitants sont sceptiques, constate-t-on »): their own speaker's; the words after them
    stopped = stopped_marks(ctx, start - 1, end_before) if closing is None else []
    if stopped:
        start = trim_start(text, max(stopped), end_before)
    contents = marked_leads(ctx, start, end_before) if start < end_before else []
    # "« A », a-t-il plaidé, « B »": the marks reopened right after the subject
    tail = tail_after_subject(ctx, max(subject[1], cue[1]), s_hi)
    if tail is not None:
        contents.append(tail)
    if not contents:
        return _turned(ctx, start, end_before,
                       "a cue after the words, with no reported words before it")
    return Frame("postposed", cue, at.verb.lemma, subject, tuple(contents), (Evidence.CUE_AFTER,))


def _after_que(text: str, start: int, end_before: int) -> bool:
    """Do the words from ``start`` open with « que » or « qu' »?"""
    return (text[start:end_before].split(" ", 1)[0].lower() in QUE
            or text[start : start + 3].lower() in ELIDED_QUE)


def _marks_after_colon(ctx: Context, start: int, end_before: int) -> int | None:
    """Where marks open after a colon that ends the words from ``start`` (a que-clause of
    another cue), when they run to the cue after them at ``end_before``: « X affirme que A :
    « B », a précisé Y ». The colon closes A; B is a statement of its own, and the cue after
    its marks is B's. None when no such marks."""
    colons = colon_marks(ctx, start, end_before)
    closing = ctx.closing_at(end_before - 1)
    if not colons or closing is None:
        return None
    opening = skip_blank(ctx.text, colons[-1] + 1, end_before)
    return opening if closing.open == opening else None


def cut_off(ctx: Context, m: Marked, sent: tuple[int, int], frames: list[Frame]) -> bool:
    """Marks a postposed cue's unmarked words begin after because they end a sentence of their
    own (« « Pourquoi nous ? » La décision est prise, précise la maire »): opening the sentence or
    right after other such marks, their last word a stop. A record of their own, however short
    (``candidates`` keeps them past its short-marks filter)."""
    if m.close is None:
        return False
    starts = [f.content[0][0] for f in frames if f.kind == "postposed" and f.content]
    lo = next((s for s in starts if s > m.close), None)
    if lo is None or ctx.opening_at(lo) is not None:
        return False  # « « Bonsoir. » « Nous … », a ajouté X »: the cue reports marks
    stops = stopped_marks(ctx, sent[0] - 1, lo + 1)
    return m.close + 1 in stops and any(
        skip_blank(ctx.text, at, m.open) == m.open for at in [sent[0], *stops])


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


def some_of(doc: Doc, rng: tuple[int, int], verb: Token) -> bool:
    """A plural noun some of whose kind are said to speak (« plusieurs médias belges », « des
    participants à la réunion »: lexicon/anonymous.txt, marked « some »), never a time (« des
    mois plus tard »): an unnamed source, after unmarked words too, when the cue's verb (its
    first word ``verb``) agrees with it as an inverted subject does: « …, Claire Janvier,
    avait promis des propositions concrètes » gives an object, no source."""
    first = doc[rng[0]]
    head = noun_head(doc, rng, ("NOUN",))
    return (first.lower_ in marked("anonymous", "some") and head is not None and head.i > rng[0]
            and "Plur" in head.morph.get("Number", []) and not is_time_word(head.text)
            and "Sing" not in verb.morph.get("Number", []))


def _person(doc: Doc, i: int, stop: int) -> tuple[int, int] | None:
    """The person's name that opens at ``i`` when its first word was tagged as no noun (« a
    renchéri Marine Le Guen »: a first name read as a verb): the name's entity, whole."""
    first = doc[i] if i < stop else None
    if first is None or first.ent_type_ != "PER" or first.ent_iob_ != "B" or not capitalised(
            first.text):
        return None
    j = i + 1
    while j < stop and doc[j].ent_iob_ == "I" and doc[j].ent_type_ == "PER":
        j += 1
    return (i, j)


def _audience(doc: Doc, after: int, named: tuple[int, int]) -> bool:
    """Do the asides before an inverted subject name a person after a preposition while that
    subject only describes someone (« a lancé au micro, devant Paul Roux, la syndicaliste »)?
    The description would take the aside's name, who is not who speaks; a name set off alone
    is the subject with its apposition (« précisait jeudi, Paul Girard, le directeur »)."""
    if any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in doc[named[0] : named[1]]):
        return False
    lead = False  # a preposition opens the aside so far
    for t in doc[after : named[0]]:
        lead = t.text != "," and (lead or t.pos_ == "ADP")
        if lead and t.ent_type_ == "PER":
            return True
    return False


def _turned(ctx: Context, start: int, end_before: int, reason: str) -> Rejected | None:
    """The words from ``start`` to a postposed cue turned down, with the reason; None when they
    hold no verb and no marks, a subject and no words said."""
    lo = trim_start(ctx.text, start, end_before)
    said = ctx.doc.char_span(lo, end_before, alignment_mode="expand")
    if said is not None and not any(t.pos_ in ("VERB", "AUX") for t in said) and not any(
            lo <= m.open < end_before for m in ctx.outer):
        return None  # "Anne Vidal, chercheuse, a répondu": a subject, no words said
    return Rejected(lo, end_before, reason)
