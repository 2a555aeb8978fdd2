"""The marked stretches a postposed cue reports: those that open its words (« « A », un village
du port, puis « B » où …, a expliqué X ») and those reopened after its subject (« A »,
a-t-il plaidé, « B »); and the marks after a colon that close a « selon X » clause (« Selon
lui, A : « B » », ``colon_parts``). Offsets in, offsets out."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import narrated_lead
from quotes.detect.context import Context, colon_marks, outer_end, skip_blank
from quotes.detect.cues import cue_verb
from quotes.detect.forms import conjugated, present_participle
from quotes.detect.marks import Marked
from quotes.lexicon import is_time_word, opens_circumstance


def tail_after_subject(ctx: Context, subj_end: int, s_hi: int) -> tuple[int, int] | None:
    """The marks reopened right after a postposed cue's subject: « A », a-t-il plaidé, « B »."""
    text = ctx.text
    j = subj_end
    while j < s_hi and text[j] in " \t,":
        j += 1
    if text[subj_end - 1] == "." and "," not in text[subj_end:j]:
        return None  # "…, a commenté l'avocate de Julie K. « C'est … »": a new sentence
    m = ctx.opening_at(j)
    if m is None:
        return None
    end = outer_end(m)
    return None if _own_cue_after(ctx, end, s_hi) else (m.open, end)


def _own_cue_after(ctx: Context, end: int, s_hi: int) -> bool:
    """Do the reopened marks ending at ``end`` have a cue of their own right after them (« A »,
    a écrit X, « B », a ajouté Y): a verb that reports words, after a comma or none?"""
    k = skip_blank(ctx.text, end, s_hi)
    if k < s_hi and ctx.text[k] == ",":
        k = skip_blank(ctx.text, k + 1, s_hi)
    span = ctx.doc.char_span(k, k + 1, alignment_mode="expand") if k < s_hi else None
    if span is None:
        return False
    i = span.start
    while i < len(ctx.doc) and cue_verb(ctx.doc[i]) is None and (
            ctx.doc[i].pos_ == "AUX" or ctx.doc[i].text.startswith("-")):
        i += 1  # "a ajouté", "a-t-il ajouté"
    if i >= len(ctx.doc) or ctx.doc[i].pos_ not in ("VERB", "AUX") or present_participle(
            ctx.doc[i]) or "Inf" in ctx.doc[i].morph.get("VerbForm", []):
        return False  # « B », ajoutant que …: the participle reports what follows it
    return cue_verb(ctx.doc[i]) is not None


def marked_leads(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """What a postposed cue reports, from ``start`` to ``end``: one stretch, or, when it opens
    with marks set off by a comma and more marks follow (« « A », un village du port, puis
    « B » où …, a expliqué X »), each such marked stretch alone and the rest from the last
    marks on; the narrator's words between them are in none. Marks set side by side with no
    comma (« « A ! » « B ! », ont crié des détenus ») are such stretches too. Words between
    that hold a finite verb outside marks (``narrated_lead``: « « Si A », la route reste
    fermée, « B », a-t-il dit ») are a clause the marks belong to: the cue reports it whole."""
    text, out = ctx.text, []
    end = own_sentence_end(ctx, start, end) or end
    m = ctx.opening_at(start)
    while m is not None and m.close is not None and m.close < end:
        j = skip_blank(text, m.close + 1, end)
        nxt = next((o for o in ctx.outer if j <= o.open < end), None)
        if nxt is None or j >= end or (text[j] != "," and j != nxt.open) or narrated_lead(
                ctx, j, nxt.open) or _runs_into(ctx, m, j, nxt):
            break
        out.append((start, m.close + 1))
        start, m = nxt.open, nxt
    return [*out, (start, end)]


def own_sentence_end(ctx: Context, start: int, end: int) -> int | None:
    """The end of marks that open the words from ``start`` to a postposed cue at ``end`` and
    hold a sentence of their own (a capital first word, a finite verb or a final stop), when
    what follows them to the cue holds no marks and no finite verb, and comes after that final
    stop, in brackets, or after a comma as a phrase of time or circumstance (``_circumstance``):
    when or how the words were given (« « Quand on … », dans la nuit de samedi, a déclaré X »;
    « « A. » D'une voix ferme, la juge, X, prévient … »), the narrator's. Words run on with no comma
    may be the speaker's clause going on (« « Il faut gagner » pour rester en tête, a dit X »),
    and so may more of what is said after a comma (« « X a lancé des drones », ainsi que des
    missiles, a indiqué Y »). None otherwise."""
    m = ctx.opening_at(start)
    if m is None or m.close is None:
        return None
    close = m.close + 1
    after = ctx.text[close:end].lstrip()
    if not after:
        return None
    inner = ctx.text[m.start : m.end].rstrip()
    stop = inner[-1:] in _STOPS
    if not inner[:1].isupper() or not (stop or _finite(ctx, m)):
        return None
    if any(close <= o.open < end for o in ctx.outer):
        return None
    rest = ctx.doc.char_span(close, end, alignment_mode="contract")
    if rest is None or any(conjugated(t) for t in rest):
        return None
    words = [t for t in rest if not t.is_punct]
    if stop or after[0] == "(" or (after[0] == "," and words and _circumstance(words)):
        return close
    return None


def _circumstance(words: list[Token]) -> bool:
    """Do the words between a comma and a postposed cue say when the words were given: a
    preposition then a noun of time (« dans la nuit de lundi ») or a complement of
    circumstance (« à l'issue de », « après »)? A preposition alone says
    nothing of it: « avec deux obus de mortier », « pour les écoles », « sans conditions » go
    on with what is said."""
    if words[0].pos_ != "ADP":
        return False
    said = " ".join(t.lower_ for t in words).replace("’", "'").replace("' ", "'")
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    return opens_circumstance(said) or (noun is not None and is_time_word(noun.text))


def _runs_into(ctx: Context, first: Marked, start: int, nxt: Marked) -> bool:
    """Do the narrator's words from ``start`` to the marks ``nxt`` begin the clause those marks
    go on: the subject or the determiner of a word inside them (« « A », le ministre « n'avait
    exprimé … » », « « A », car la « réalité » budgétaire « … » »)? Then the cue reports the
    sentence whole, not the first marks alone. Marks ``first`` that hold a finite verb are a
    sentence of their own (« « Je démissionne », le maire « n'a plus … » », a lancé X): no
    clause runs on from them, each marked stretch is the cue's, unless a conjunction joins
    the next clause to them (« car la « réalité » … »)."""
    lead = ctx.doc.char_span(start, nxt.open, alignment_mode="contract")
    if lead is None:
        return False
    joined = next((t.pos_ in ("CCONJ", "SCONJ") for t in lead if not t.is_punct), False)
    if not joined and _finite(ctx, first):
        return False
    end = outer_end(nxt)
    return any(t.dep_ in _BEGUN and nxt.open < t.head.idx < end for t in lead)


def _finite(ctx: Context, m: Marked) -> bool:
    """Do the words inside the marks ``m`` hold a finite verb (« Je démissionne »)?"""
    said = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return said is not None and any(conjugated(t) for t in said)


_BEGUN = ("nsubj", "nsubj:pass", "det")  # a word outside the marks that begins their clause


def chained_marks(ctx: Context, start: int, end: int) -> bool:
    """Are the words from ``start`` to ``end`` only marked stretches side by side, set off by
    commas or blanks (« « Libérez X ! », « X ! X ! », a scandé la foule »)? A sentence that ends
    inside them is a cry of the chant, not the narrator's full stop. A question is answered by
    what follows it (« « Combien ? » « Deux euros », répond la vendeuse »): no chain runs past
    it. Marks set by blanks alone are a chant only when each cries out (« « A ! » « B ! » »):
    else the next marks are another line (« « Bienvenue. » « Nous… », a ajouté Y »)."""
    text = ctx.text
    m = ctx.opening_at(start)
    comma, cries = False, True
    while m is not None and m.close is not None and m.close < end:
        if "?" in _last_stop(text, m):
            return False
        cries = cries and "!" in _last_stop(text, m)
        j = skip_blank(text, m.close + 1, end)
        if j < end and text[j] == ",":
            comma, j = True, skip_blank(text, j + 1, end)
        if j >= end:
            last = ctx.opening_at(end)
            return comma or (cries and last is not None and "!" in _last_stop(text, last))
        m = ctx.opening_at(j)
    return False


def _last_stop(text: str, m: Marked) -> str:
    """The stops that end the words inside the marks ``m`` (« Libérez X ! »: « ! »)."""
    inner = text[m.start : m.end].rstrip()
    return inner[len(inner.rstrip(_STOPS)) :]


_STOPS = ".!?…"


def colon_parts(ctx: Context, start: int, end: int) -> tuple[tuple[int, int], ...] | None:
    """« Selon lui, cette décision « triste » n'a qu'une explication : « … » »: a colon before
    marks that close the words from ``start`` to ``end`` is one of their own; the words before
    it and the marks are two parts (GUIDELINES: a colon of its own starts another record).
    None when no such colon is there, the marks do not end the words, or they hold no clause
    (no finite verb: « la priorité est claire : « l'emploi » » is one record)."""
    text = ctx.text
    for c in colon_marks(ctx, start, end):
        m = ctx.opening_at(skip_blank(text, c + 1, end))
        lead = start + len(text[start:c].rstrip(" \t"))
        if m is None or lead <= start or any(ch.isalnum() for ch in text[outer_end(m) : end]):
            continue
        if not _finite(ctx, m):  # « deux options restent : « la négociation ou la loi » »
            continue
        return (start, lead), (m.open, outer_end(m))
    return None
