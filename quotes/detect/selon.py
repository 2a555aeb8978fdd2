"""Frames whose cue is no verb: "selon X", "d'après X" ("Pour X, …": ``pour``).

The source is the noun phrase after the cue; what it says is the rest of the sentence, or the
words before the cue when it comes last.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.detect.brackets import before_cue
from quotes.detect.clause_scope import last_clause, rule_text
from quotes.detect.content import (
    after_colon,
    content_end,
    narrated_lead,
    quote_after_comma,
    trim_end,
    trim_start,
)
from quotes.detect.context import Context, Frame, char_range, colon_marks, name_like, outer_end
from quotes.detect.findings import told_finding
from quotes.detect.forms import conjugated, given_by, past_participle
from quotes.detect.leads import colon_parts
from quotes.detect.media import medium, medium_tail
from quotes.detect.np_ends import past_date
from quotes.detect.phrase_ends import unglued
from quotes.detect.selon_asides import narrator_clause, set_off_aside
from quotes.detect.selon_lists import (
    by_terms,
    fronted_clause_end,
    name_after,
    np_end,
    own_reporting,
    own_words,
    phrase_noun,
    series_item,
    series_source,
)
from quotes.detect.selon_opens import cue_opens_clause, selon_in_que_clause, subordinated
from quotes.detect.selon_phrases import phrase_bounds
from quotes.detect.selon_relative import number_tail, opens_relative, relative_words
from quotes.detect.selon_verbless import verbless_start
from quotes.detect.skips import skip
from quotes.detect.source_asides import after_description, clause_subject, token_end
from quotes.detect.speaker_phrases import np_after
from quotes.detect.subjects import antecedent, np_before
from quotes.lexicon import fold, is_speech_noun, words
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DE_DU,
    DESCRIBING_RELATIVES,
    ELIDED_DE,
    JOINING_CONJUNCTIONS,
    QUE,
    SELON,
    SOURCE_RELATIVES,
)


def _noun_of_kind(doc: Doc, k: int, stop: int) -> bool:
    """Is token ``k`` the « de » of a bare noun that says what kind of text the noun before is
    (lexicon/text_kinds.txt), another « de » after it naming whose (« un communiqué de presse du
    préfet », « les déclarations d'intention du maire »)? « Les propos de proches du suspect »
    has none: the proches are the source."""
    return (k + 2 < stop and doc[k].lower_ in DE
            and doc[k + 1].text in words("text_kinds") and doc[k + 2].lower_ in DE_CONTRACTED)


def selon_frame(
    ctx: Context,
    sent: tuple[int, int],
    span: Span,
    first: Token,
    tok: Token,
    others: list[tuple[int | None, int]],
) -> Frame | None:
    """ "selon X, …", "…, d'après X": X's words, before or after the cue; inside a clause
    with no comma around it ("X est selon « Le Courrier » arrivé …"), the whole clause."""
    doc, text = ctx.doc, ctx.text
    s_lo, s_hi = sent
    stop = span.end
    i = tok.i + 1
    if own_reporting(doc, i, stop) or by_terms(doc, i, stop) or selon_in_que_clause(
            doc, first, others):
        return None
    document, named = False, None
    # "selon les (premières) explications de l'institut": the source is the institut
    j = phrase_noun(doc, i, stop)
    giver = given_by(doc, j, stop) if j < stop and doc[j].pos_ == "NOUN" else None
    if giver is not None:  # "selon un bilan communiqué par la préfecture": the préfecture
        i = giver
    elif j < stop and is_speech_noun(doc[j].text):
        k = j + 1
        while k < stop:
            if _noun_of_kind(doc, k, stop):  # « un communiqué de presse du préfet »
                k += 2
            elif (doc[k].pos_ in ("ADJ", "VERB") or doc[k].is_quote) and doc[k].lower_ not in DE_DU:
                k += 1  # "les estimations publiées ce jour", « les explications "officielles" »
            else:
                break
        if k < stop and doc[k].lower_ in DE_CONTRACTED:
            i = k + 1  # "du maire": the article is folded into "du", the noun comes next
        elif (named := name_after(doc, k, stop)) is not None:
            i = k  # « selon les estimations Ipsos-Sopra pour … »: whose figures they are
        else:  # "Selon les chiffres officiels, …": the document is the source; not « ses
            document = not own_words(doc, i, j)  # dires », the one « ses » stands for
    relative = _relative_source(ctx, sent, first, tok)
    if relative is not None:
        return relative
    subject = char_range(doc, named) if named is not None else _source(ctx, i, stop)
    if subject is None:
        return None
    subject = series_source(ctx, sent, tok, subject)  # « … selon X et … selon Y »
    cut = number_tail(ctx, first, subject)  # « qui seraient selon la mairie 200 à … »
    if cut is not None:
        subject = (subject[0], cut)
    cue = (first.idx, tok.idx + len(tok.text))
    lemma = "selon" if tok.lower_ == "selon" else "d'après"
    before = text[s_lo : first.idx].strip(" \t,")
    lead = doc.char_span(s_lo, first.idx, alignment_mode="contract") if before else None
    # « mais selon X », « puisque selon X », after a colon: "Il s'en est fallu de peu : selon X,
    # le feu a été arrêté à temps" (the words before the colon are the narrator's)
    connector = cue_opens_clause(doc, s_lo, first)
    # between an auxiliary and its participle, no comma around: "X est selon Y arrivé", or
    # set off by commas: "Ils auraient, selon Y, planifié …"; after a verbless lead, the clause
    # after the source is what it says: "En effet, selon Y, les médecins auraient décidé …"
    inserted = (bool(before) and doc[first.i - 1].pos_ == "AUX" and text[
        subject[1] : s_hi].strip(" \t.!?…")[:1] not in ("", ",")) or set_off_aside(
        ctx, first, subject[1], s_hi)
    connector = connector or _verbless_lead(ctx, lead, subject[1], s_hi)
    opening = False  # the clause after the source is what it says
    in_relative = None if document else relative_words(
        ctx, first, subject[1], s_hi, others, cut is not None)
    if in_relative is not None and (  # « L'usine, qui, selon X, serait rentable, va fermer »
            opens_relative(first) or not _interrupted(ctx, first, subject[1], s_hi)):
        start, end = in_relative  # "un conflit qui, selon X, serait …": the rest of the clause
    elif connector:  # "D'autant que d'après le président, …"
        opening = True
        start = trim_start(text, subject[1], s_hi)
        if "," in text[subject[1] : start]:
            start = after_description(ctx, start, s_hi)
        else:  # "Selon un diplomate qui a requis l'anonymat, …": the clause after its comma
            subject, start = _source_tail(ctx, subject, start, s_hi)
        barriers = others + _incise_colons(ctx, start, s_hi, others)
        end = content_end(ctx, start, s_hi, barriers, verbless=True)
        clause = fronted_clause_end(doc, first, tok) if subordinated(doc, first) else None
        if clause is not None and start < clause < end:  # « Même si, selon X, A, B »: A
            end = clause
    elif inserted:  # "Paul Morel est selon « Le Courrier » arrivé à Lisbonne"
        lead_end = s_lo + len(text[s_lo : first.idx].rstrip(" \t,"))  # the comma before it
        comma = text.rfind(",", s_lo, lead_end)
        start = trim_start(text, s_lo if comma < 0 else comma + 1, s_hi)
        end = content_end(ctx, start, s_hi, others, verbless=True)
        end = narrator_clause(ctx, subject[1], end)  # «, mais il reste … »: the narrator's
    elif document:
        return None  # "…, selon des chiffres donnés mercredi": the figures only relay the words
    elif (phrase := phrase_bounds(ctx, first, subject, s_hi)) is not None:
        start = phrase[0]  # "la clarté due selon lui aux Français": the noun phrase whole
        end = content_end(ctx, start, phrase[1], others, verbless=True)
    elif cut is not None or _interrupted(ctx, first, subject[1], s_hi):  # "Des fermetures
        start = trim_start(text, s_lo, s_hi)  # qui découlent, selon X, du plan": words go on
        end = content_end(ctx, start, s_hi, others)
    elif (whole := verbless_start(ctx, first, tok, subject, sent)) is not None:
        start = whole  # "La faute, selon X, à la crise": the claim on both sides of X
        end = content_end(ctx, start, s_hi, others)
    else:
        end = trim_end(text, s_lo, first.idx)
        start = last_clause(ctx, _past_fronted(ctx, trim_start(text, s_lo, end), end), end,
                            first.idx)
        start = series_item(ctx, sent, tok, start, end)  # « A selon X, B selon Y »
        start = after_colon(ctx, start, end)  # "Un bémol toutefois: le module …, selon X"
        own = quote_after_comma(ctx, s_lo, before_cue(ctx, s_lo, first.idx))
        if own is not None and narrated_lead(ctx, start, own[1].open):
            start = own[1].open  # "X a démissionné, « s'estimant lésé », selon l'AFP"
    start = past_date(doc, start)  # « selon la commission | de mars »: when it sat, no words
    if end <= start:
        return None
    if subject[1] <= start:  # « selon X, Paul Roux, … joue … »: Paul Roux is the clause's
        subject, start = clause_subject(ctx, subject, start)
    # « Selon lui, A : « B » »: A, then the marks on their own
    parts = (colon_parts(ctx, start, end) if opening else None) or ((start, end),)
    return told_finding(ctx, sent, Frame("selon", cue, lemma, subject, parts, ("selon",)))


def _past_fronted(ctx: Context, start: int, end: int) -> int:
    """ "Selon X, blessée, la voiture a dérapé, selon Y": the words a last « selon » gives
    start after a first « selon X » and what describes X, set off by commas."""
    doc, text = ctx.doc, ctx.text
    tok = ctx.token_at(start)
    if tok is not None and tok.lower_ in ELIDED_DE and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    if tok is None or tok.lower_ not in SELON:
        return start
    stop = token_end(doc, tok.i + 1, end)
    source = _source(ctx, tok.i + 1, stop) if tok.i + 1 < stop else None
    if source is None or text[source[1] : end].lstrip()[:1] != ",":
        return start
    return after_description(ctx, trim_start(text, source[1], end), end)


def _relative_source(
    ctx: Context, sent: tuple[int, int], first: Token, tok: Token
) -> Frame | None:
    """ "…, a précisé M. Roux, selon qui le voleur « ne dit rien » depuis …": the source is the
    noun phrase before the comma that « qui » stands for, the content the whole clause after
    it. "On ignore selon qui …" (no comma, an indirect question) names no source."""
    doc, text = ctx.doc, ctx.text
    j = tok.i + 1
    if tok.lower_ != "selon" or j >= len(doc) or doc[j].lower_ != "qui":
        return None
    if first.i < 1 or doc[first.i - 1].text != ",":
        return None
    floor = ctx.token_at(sent[0])
    rng = np_before(doc, first.i - 1, 0 if floor is None else floor.i, ctx)
    name = doc[first.i - 2] if first.i > 1 else None
    if rng is None and name is not None and name.pos_ == "PROPN":
        rng = antecedent(name, first.i - 1)  # "M. Roux": a title before the name
    if rng is None:
        return None
    start = trim_start(text, doc[j].idx + len(doc[j].text), sent[1])
    end = content_end(ctx, start, sent[1], [])
    if end <= start:
        return None
    cue = (first.idx, doc[j].idx + len(doc[j].text))
    return Frame("selon", cue, "selon", char_range(doc, rng), ((start, end),), ("selon",))


def _source(ctx: Context, i: int, stop: int) -> tuple[int, int] | None:
    """Offsets of the source a "selon" names from token ``i``: a noun phrase, or a name in
    marks (« selon « Le Courrier » »)."""
    doc = ctx.doc
    m = ctx.opening_at(doc[i].idx) if i < stop else None
    if m is not None:
        return (m.start, m.end) if name_like(ctx, m) is not None else None
    rng = np_after(doc, i, stop)  # "une note transmise lundi": the note
    if rng is None:
        return None
    rng = (rng[0], np_end(doc, *rng))
    lo, hi = char_range(doc, (rng[0], unglued(doc, *rng)))
    # « selon une source policière à l'AFP »: the outlet it spoke to is no part of the source
    return lo, trim_end(ctx.text, lo, medium_tail(ctx, lo, hi))


def _source_tail(
    ctx: Context, subject: tuple[int, int], start: int, end: int
) -> tuple[tuple[int, int], int]:
    """The source and where its words start when the words after it up to a comma still
    describe it, with no comma before them: a relative clause (« selon un diplomate qui a
    requis l'anonymat, … ») or a participle (« selon une note transmise lundi, … »), or a short
    phrase with no verb, a place or a time (« selon un correspondant sur place, … »), the
    source's own when it opens with a preposition."""
    doc, text = ctx.doc, ctx.text
    comma = ctx.comma_after(start, end)
    tail = doc.char_span(start, comma, alignment_mode="contract") if comma else None
    if comma is None or tail is None or len(tail) == 0:
        return subject, start
    after = doc.char_span(comma + 1, end, alignment_mode="contract")
    if after is None or not any("Fin" in t.morph.get("VerbForm", []) for t in after):
        return subject, start  # no clause after the comma: "selon lui la crise durera, …"
    relative = tail[1:2] if tail[0].lower_ in JOINING_CONJUNCTIONS else tail[:1]  # « et qui »
    if (relative and relative[0].lower_ in DESCRIBING_RELATIVES) or (
            tail[0].pos_ == "VERB" and past_participle(tail[0])):
        return subject, trim_start(text, comma + 1, end)  # "…, qui …", "…transmise lundi, …"
    named = tail[-1].pos_ == "PROPN"  # "le secrétaire d'État à l'Intérieur Laurent Nunez"
    if (not _short(tail) and not named) or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return subject, start
    if tail[0].pos_ == "ADP" and skip(doc, tail.start, tail.end) == tail.start and (
            not medium(list(tail))):  # « à l'AFP »: whom the source spoke to, not its own
        subject = (subject[0], tail.end_char)  # "un correspondant sur place"
    return subject, trim_start(text, comma + 1, end)


_TAIL_TOKENS = 4


def _short(tail: Span) -> bool:
    """Is each part of the tail that a conjunction before a preposition opens short (« au sein
    du gouvernement | et de la commission »), as a tail of one part must be? Only a tail that
    opens with a preposition, a complement of the source, is read part by part: « selon le
    syndicat et pour la première fois, … » is one tail, the claim's."""
    if tail[0].pos_ != "ADP":
        return len(tail) <= _TAIL_TOKENS
    cuts = [t.i for t in tail if t.pos_ == "CCONJ" and t.i + 1 < tail.end
            and t.nbor().pos_ == "ADP"]
    bounds = zip([tail.start - 1, *cuts], [*cuts, tail.end], strict=True)
    return all(hi - lo - 1 <= _TAIL_TOKENS for lo, hi in bounds)


def relayed(frame: Frame, frames: list[Frame], text: str) -> bool:
    """ "…, a fait savoir l'Elysée, selon Reuters": a "selon" after the words whose incise
    names its speaker after the verb only says who relayed them; so does a « selon » of words
    or a document (« selon des propos rapportés par X », « selon un communiqué de Z »,
    lexicon/speech_nouns.txt) whose words hold a cue of their own with its subject ("…, les
    grévistes promettent de « … »", "Y a rappelé que …"): Y's words, which the document
    carries. « Selon X, Y a crié … » is X's account of what Y did; « Selon X, …, selon Y » is
    X's account that Y carries. « Selon la loi, A, a rappelé X »: a text stating a rule
    (``rule_text``) speaks for no one; A is X's, who reads it."""
    if frame.kind != "selon" or frame.cue is None or frame.subject is None:
        return False
    lo, hi = frame.content[0][0], frame.content[-1][1]
    if rule_text(text[frame.subject[0] : frame.subject[1]]) and any(
        f.kind == "postposed" and f.cue is not None and f.subject is not None
        and f.content[0][0] < hi <= f.content[-1][1] <= f.cue[0]
        for f in frames
    ):
        return True
    if frame.cue[1] <= lo and any(f is not frame and f.kind == "selon" and f.cue is not None
                                  and f.content[0][0] <= lo and hi <= f.content[-1][1] <= f.cue[0]
                                  for f in frames):
        return True
    if _of_words(text[frame.cue[1] : frame.subject[1]]) and any(
        f.kind in ("preposed", "postposed") and f.cue is not None and f.subject is not None
        and lo <= min(f.subject[0], f.cue[0]) and f.cue[1] <= hi
        and f.subject[0] < f.cue[0] < f.content[0][0]
        for f in frames
    ):
        return True
    if frame.content[-1][1] > frame.cue[0]:
        return False
    hi = frame.cue[0]
    return any(
        f.kind != "selon" and f.cue is not None and f.subject is not None
        and lo < f.cue[0] < f.subject[0] < hi  # « a fait savoir X », « a-t-elle écrit »
        for f in frames
    )


def _of_words(source: str) -> bool:
    """Does the source a « selon » names open with a noun of words or a document, before any
    « de » or « par » that names who gave them, after its determiner and adjectives (« les
    informations du Parisien », « nos informations », « les dernières informations obtenues
    par X », « un communiqué de Z »)? « le procureur », « l'AFP » name who speaks."""
    for i, w in enumerate(re.findall(r"[\w-]+", source)):
        if i and fold(w) in _GIVERS:  # first, « des », « de » are determiners
            return False
        if is_speech_noun(w):
            return True
    return False


_GIVERS = frozenset(fold(w) for w in DE_CONTRACTED) | {"par", "aupres"}


def _interrupted(ctx: Context, first: Token, after: int, s_hi: int) -> bool:
    """A verbless sentence whose relative clause the « selon X, » incise cuts in two ("Une
    hausse qui vient, selon l'Insee, de la baisse des prix"): its words run on after it."""
    sent = first.sent
    lead = ctx.doc[sent.start : first.i]
    relative = any(t.lower_ in QUE or t.lower_ in DESCRIBING_RELATIVES for t in lead)
    verbs = all(t.dep_ == "acl:relcl" for t in lead if t.pos_ == "VERB")  # no clause of its own
    rest = ctx.text[after:s_hi].strip(" ,")
    return (sent.root.pos_ in ("NOUN", "PROPN") and sent.root.i < first.i and relative
            and verbs and ctx.text[after:s_hi].strip()[:1] == "," and len(rest.split()) > 1
            and rest.split()[0].lower() not in SOURCE_RELATIVES)  # not the source's own


def _verbless_lead(ctx: Context, lead: Span | None, after: int, s_hi: int) -> bool:
    """A short lead with no verb before « , selon Y, » and a clause with a finite verb after it
    ("En effet, selon Y, les prix …", "Dès lundi, selon Y, les écoles …"): the clause is Y's."""
    if lead is None or len(lead) > 4 or any(t.pos_ in ("VERB", "AUX") for t in lead):
        return False
    rest = ctx.text[after:s_hi]
    if rest.lstrip(" \t")[:1] != ",":
        return False
    tail = ctx.doc.char_span(after, s_hi, alignment_mode="contract")
    return tail is not None and any(
        conjugated(t) for t in tail)


def _incise_colons(
    ctx: Context, start: int, end: int, others: list[tuple[int | None, int]]
) -> list[tuple[int | None, int]]:
    """ "Selon lui, les travaux avancent : « … », se réjouit X": a colon before marks that
    another cue's incise follows ends the content; the marks are that cue's."""
    out: list[tuple[int | None, int]] = []
    for c in colon_marks(ctx, start, end):
        gap = len(ctx.text[c + 1 : end]) - len(ctx.text[c + 1 : end].lstrip(" \t"))
        m = ctx.opening_at(c + 1 + gap)
        close = outer_end(m) if m is not None else end
        if any(0 <= b[1] - close <= 3 for b in others):
            out.append((None, c))
    return out
