"""« selon X » set off by commas inside a clause, around its verb: between an auxiliary and the
participle (« Ils auraient, selon Y, planifié … »), between « être » and its attribute
(« La panne est, selon Y, la cause du retard ») or right after the verb, its own object or
argument after the source (« Le maire a signé, selon Y, la convention »). The clause runs on
around the aside and is the source's whole; selon.py reads its frames with it. And « selon » with
a pronoun inside the words of a cue before it, the speaker's own aside (``own_aside``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.context import Context, skip_blank
from quotes.detect.forms import conjugated, shown_gender
from quotes.lexicon import is_time_word
from quotes.lexicon.grammar import (
    CLITIC_SUBJECTS,
    COORDINATORS,
    COPULA_BE,
    ELIDED_DE,
    INFINITIVE_CLITICS,
    NEGATION_END,
    NEGATION_START,
    PRONOUNS,
    QUE,
    RELATIVE_SELON,
    SOURCE_RELATIVES,
    STRESSED,
)

# the words that may open a coordinated clause before its verb (« et il reste », « mais n'a »)
_SUBJECT_OPENERS = CLITIC_SUBJECTS | INFINITIVE_CLITICS | NEGATION_START
_OPENER_TAGS = ("DET", "NOUN", "PROPN", "ADJ")


def set_off_aside(ctx: Context, first: Token, after: int, s_hi: int) -> bool:
    """ "Ils auraient, selon Y, planifié …", "Il devrait, selon Y, démissionner": « selon Y »
    set off by commas between an auxiliary and the participle (or a modal and the infinitive)
    it serves, or right after the clause's verb, its own argument after it (``_after_verb``);
    the clause runs on around it."""
    doc = ctx.doc
    if first.i < 2 or doc[first.i - 1].text != ",":
        return False
    rest = ctx.text[after:s_hi]
    nxt = ctx.token_at(after + len(rest) - len(rest.lstrip(" \t,")))
    copula = _copula_before(doc, first.i - 2)
    if copula is not None and _attribute_after(ctx, copula, after, s_hi):
        return True  # « La panne est, selon Y, la cause du retard »: « est » alone says nothing
    if doc[first.i - 2].pos_ != "AUX":
        return _after_verb(doc[first.i - 2], nxt, rest)
    return rest.lstrip(" \t")[:1] == "," and nxt is not None and nxt.pos_ in ("VERB", "AUX") and (
        bool({"Part", "Inf"} & set(nxt.morph.get("VerbForm", []))))


def narrator_clause(ctx: Context, lo: int, end: int) -> int:
    """Where the claim around a « selon Y » incise ends before a clause the narrator
    coordinates to it after a comma (or « mais »), with its own subject and verb (« Le blessé
    serait, selon Y, hors de danger, mais il reste hospitalisé »: up to « danger »); ``end``
    when none comes after ``lo``."""
    doc, text = ctx.doc, ctx.text
    for tok in ctx.tokens_in(lo, end, align="contract"):
        if ctx.inside_marks(tok.idx) is not None or tok.i + 2 >= len(doc):
            continue
        if tok.lower_ == "mais":  # « hors de danger mais il reste … »
            link = tok
        elif tok.text == "," and doc[tok.i + 1].pos_ == "CCONJ" and doc[tok.i + 1].idx < end:
            link = doc[tok.i + 1]
        else:
            continue
        k = link.i + 1
        while k < len(doc) and doc[k].idx < end and (doc[k].lower_ in _SUBJECT_OPENERS
                                                      or doc[k].pos_ in _OPENER_TAGS):
            k += 1
        if k > link.i + 1 and k < len(doc) and doc[k].idx < end and conjugated(doc[k]):
            return len(text[:tok.idx].rstrip())
    return end


def _copula_before(doc: Doc, k: int) -> Token | None:
    """The form of « être » at token ``k`` before the aside's comma, or before the second word
    of its negation there (« n'est pas, selon Y, … »)."""
    if k > 0 and doc[k].lower_ in NEGATION_END:
        k -= 1
    return doc[k] if k >= 0 and doc[k].lower_ in COPULA_BE else None


def _attribute_after(ctx: Context, copula: Token, after: int, s_hi: int) -> bool:
    """After « être » and « , selon Y, »: the attribute goes on (« la cause », « fermé »,
    « à Paris », « « très clair » », « qu'une manœuvre » after « n'est »), not the clause's end
    or another clause (« …, selon Y, et la police le cherche »). The source's description
    (« selon un rapport publié mardi, ») and an incise set off by commas after it (« selon le
    maire, qui s'exprimait mardi, », « , et malgré ses dénégations, ») are passed over. The
    parse of such a clause is unsure (« est » is often read as the root), so the words are
    read, not the tree."""
    text = ctx.text
    k = skip_blank(text, after, s_hi)
    if k < s_hi and text[k] != ",":  # the source's description: up to its comma, no verb
        comma = ctx.comma_after(k, s_hi)
        if comma is None or any(conjugated(t) for t in ctx.tokens_in(k, comma, align="contract")):
            return False
        k = comma
    if k >= s_hi or text[k] != ",":
        return False
    for _ in range(_INCISES + 1):
        nxt = ctx.token_at(k + 1 + len(text[k + 1 : s_hi]) - len(text[k + 1 : s_hi].lstrip()))
        if nxt is None or (nxt.is_punct and not nxt.is_quote):
            return False
        if nxt.lower_ in QUE and nxt.i > 0 and any(
                t.lower_ in NEGATION_START for t in copula.doc[max(copula.i - 2, 0) : copula.i]):
            return True  # « n'est, selon Y, qu'une manœuvre »
        if not (nxt.pos_ in ("CCONJ", "SCONJ") or nxt.lower_ in SOURCE_RELATIVES):
            return True
        comma = ctx.comma_after(nxt.idx, s_hi)  # « , qui s'exprimait mardi, », « , et
        if comma is None:  # malgré ses dénégations, »: an incise, the attribute after it
            return False  # « …, selon Y, et la police le cherche »: another clause
        k = comma
    return False


_INCISES = 1  # incises passed over after the source's


def _after_verb(verb: Token, nxt: Token | None, rest: str) -> bool:
    """ "Cette baisse a permis, selon Y, à la plupart des pays de …", "Le maire a signé, selon
    Y, la convention": « selon Y » set off by commas right after the clause's verb, the verb's
    own object or argument going on after it: the clause runs on around it. Not a time or a
    place after it (« Le maire a été élu, selon Y, le 3 mai »: the clause before stands alone),
    nor a clause that ends there, the source's relative or another clause."""
    if verb.pos_ != "VERB" or nxt is None or rest.lstrip(" \t")[:1] != ",":
        return False
    if nxt.is_punct or nxt.pos_ in ("CCONJ", "SCONJ") or nxt.lower_ in SOURCE_RELATIVES:
        return False
    top = nxt
    while top.head != verb and top.head != top and top.head.i > verb.i:
        top = top.head
    return top.head == verb and top.dep_ in _ARGUMENTS and not is_time_word(top.text)


_ARGUMENTS = frozenset({"obj", "obl:arg", "iobj", "xcomp"})


def sourceless_selon(tok: Token, verbs: list[Token]) -> bool:
    """ "les accusations selon lesquelles …", "selon que …": "selon" opens a relative clause
    or a conjunction there, and names no source; nor does it in the speaker's own aside (see
    ``own_aside``) after the cues ``verbs``."""
    doc = tok.doc
    return (tok.lower_ == "selon" and tok.i + 1 < len(doc) and (
        doc[tok.i + 1].lower_ in RELATIVE_SELON or doc[tok.i + 1].lower_ in QUE)) or own_aside(
        tok, verbs)


def own_aside(tok: Token, verbs: list[Token]) -> bool:
    """ "X a annoncé qu'il reportait le vote en raison de troubles qui, selon lui, …": a
    « selon » and a pronoun set off by commas inside the que-clause of a cue before it in the
    sentence restate that cue's speaker; the words stay the cue's, whole. So do they with no
    comma on either side right after a relative pronoun, inside its que-clause or its
    infinitive (« a annoncé avoir ouvert des gymnases pour des familles qui selon lui ne peuvent
    pas rentrer »), when the pronoun can stand for that cue's subject (``_stands_for``: « a
    promis d'aider les commerçants, qui selon eux ont tout perdu » is theirs); not after a
    conjunction (« même si selon lui … »: his own view). With no comma, inside the que-clause
    (« elles estiment que la décision se justifie d'après elles par … », « il juge que la
    fermeture est due selon lui à … »), the same: « d'après » as « selon »."""
    doc = tok.doc
    first = doc[tok.i - 1] if tok.lower_ == "après" and tok.i > 0 and (
        doc[tok.i - 1].lower_ in ELIDED_DE) else tok  # « d'après »
    if (first is tok and tok.lower_ != "selon") or tok.i + 2 >= len(doc) or (
            doc[tok.i + 1].lower_ not in STRESSED):
        return False
    commas = (doc[tok.i + 2].text == ",", first.i > 0 and doc[first.i - 1].text == ",")
    if commas == (False, False):  # right after a relative pronoun: « des familles qui selon lui »
        before = doc[first.i - 1] if first.i > 0 else first
        return first.i > 0 and ("Rel" in before.morph.get("PronType", []) or (
            before.pos_ not in ("SCONJ", "CCONJ") and _in_que_clause(first, verbs))) and any(
            _reported(v, first) and _stands_for(doc[tok.i + 1], v) for v in verbs if v.i < first.i)
    if not all(commas) or first.i < 2:
        return False
    if doc[first.i - 2].lower_ in COORDINATORS:
        return False  # "…, mais, selon elle, rien n'est réglé": another view, maybe another's
    return _in_que_clause(first, verbs)


def _in_que_clause(first: Token, verbs: list[Token]) -> bool:
    """Does a « que » stand between one of the cues ``verbs`` before ``first`` and it?"""
    return any(any(t.lower_ in QUE for t in first.doc[v.i + 1 : first.i]) for v in verbs
               if v.i < first.i)


def _reported(verb: Token, tok: Token) -> bool:
    """Does a que-clause or an infinitive that ``verb`` takes open between it and ``tok``?"""
    return any(t.lower_ in QUE or ("Inf" in t.morph.get("VerbForm", []) and verb in (
        t.head, t.head.head)) for t in verb.doc[verb.i + 1 : tok.i])


def _stands_for(pronoun: Token, verb: Token) -> bool:
    """Can the stressed ``pronoun`` after « selon » stand for the subject of the cue ``verb``?
    « eux », « elles » for a plural subject, « lui », « elle » for a singular one; « elle »,
    « elles » never for a masculine subject, « lui », « eux » never for a feminine one. A cue
    with no subject the parse shows, or « l'un », stands for no one here."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    said = PRONOUNS.get(pronoun.lower_)
    if subject is None or said is None:
        return False
    gender, number = _shown(subject)
    return (number is None or number == said[1]) and (gender is None or gender == said[0])


_GENDERS = {"Masc": "m", "Fem": "f"}
_NUMBERS = {"Sing": "s", "Plur": "p"}


def _shown(subject: Token) -> tuple[str | None, str | None]:
    """The gender (m, f) and number (s, p) a cue's subject shows: a pronoun's (« il »), else
    its determiner's, else its common noun's tags (a name's tags say nothing sure of a gender:
    « Anne » Masc); subjects joined by « et » are plural, of no one gender."""
    if subject.lower_ in PRONOUNS:
        return PRONOUNS[subject.lower_]
    if any(c.dep_ == "conj" for c in subject.children):
        return None, "p"
    genders = [_GENDERS[g] for g in shown_gender(subject) if g in _GENDERS]
    det = next((c for c in subject.children if c.dep_ == "det" and c.i < subject.i), None)
    numbers = [_NUMBERS[n] for t in (det, subject) if t is not None
               for n in t.morph.get("Number", []) if n in _NUMBERS]
    return (genders[0] if genders else None), (numbers[0] if numbers else None)
