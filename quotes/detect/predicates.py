"""Marked words inside their speaker's own clause, with no reporting verb.

The quotation marks open inside a verb group, after its subject: « Anne Roy ne « juge pas
sévère » la décision », « un proche, qui l'a « longtemps côtoyé » »; or inside an infinitive
of purpose whose subject is the main clause's: « X n'a pas assisté au vote pour ne pas
être « juge et partie » ». The subject (the antecedent of « qui », the main clause's subject)
says the marked words; the content runs from the verb group to the end of the clause. A mark
after a determiner (« les « casseurs » ») or a noun opens no verb group.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.content import content_end
from quotes.detect.context import Context, Frame, char_range, name_like
from quotes.detect.marks import Marked
from quotes.detect.skips import skippable_words
from quotes.detect.speaker_phrases import speaker_like
from quotes.detect.subjects import antecedent, subject_before
from quotes.lexicon import reporting_verbs
from quotes.lexicon.grammar import (
    DE,
    INFINITIVE_CLITICS,
    INFINITIVE_NEGATION,
    NEGATION_START,
    PURPOSE,
    QUE,
    SUBJECT_PRONOUNS,
)

_MIN_WORDS = 2  # one marked word in a clause is a scare quote (« les prix ont « explosé » »)


def predicate_frames(
    ctx: Context, sent: tuple[int, int], span: Span, frames: list[Frame],
    others: list[tuple[int | None, int]],
) -> list[Frame]:
    """The frames of the marked words of ``sent`` that no frame in ``frames`` holds and that
    open inside their speaker's own clause."""
    held = [c for f in frames for c in f.content]
    speakers = [f.subject for f in frames if f.subject is not None]
    out = []
    for m in ctx.outer:
        if sent[0] <= m.open < sent[1] and not any(a <= m.open < b for a, b in held):
            frame = predicate_frame(ctx, sent, span, m, others, speakers)
            if frame is not None:
                out.append(frame)
                held.extend(frame.content)
    return out


def predicate_frame(
    ctx: Context, sent: tuple[int, int], span: Span, m: Marked,
    others: list[tuple[int | None, int]],
    speakers: list[tuple[int, int]],
) -> Frame | None:
    """The frame of marked words ``m`` that open inside a verb group, or None. After « qui »,
    the antecedent must be who speaks in the sentence (``speakers``, character ranges):
    « confie un proche, qui l'a « longtemps côtoyé » », not « Elle a vu son fils, qui ne
    « reviendra jamais » », her words about him."""
    doc = ctx.doc
    opening = ctx.token_at(m.open)
    if (
        opening is None
        or opening.i <= span.start
        or name_like(ctx, m) is not None
        or len(ctx.text[m.start : m.end].split()) < _MIN_WORDS
        or relative_attribute(ctx, m)
    ):
        return None
    g = opening.i
    while g - 1 > span.start and _in_verb_group(doc[g - 1]):
        g -= 1
    inner = [t for t in doc[opening.i + 1 : opening.i + 4] if not t.is_punct]
    group = list(doc[g : opening.i]) + inner[:1]
    if not group or not (group[0].lower_ in NEGATION_START or any(_verbal(t) for t in group)):
        return None  # « les « casseurs » », « ses « amis » »: a noun phrase, no verb group
    before = doc[g - 1]
    if before.lower_ in DE and g >= 2 and doc[g - 2].lower_ in PURPOSE:
        before = doc[g - 2]  # "afin de"
    # « pour « ne pas être … » »: the marks may open before the infinitive's negation
    infinitive = any("Inf" in t.morph.get("VerbForm", []) for t in group + inner)
    if before.lower_ in PURPOSE and infinitive:
        subject = _main_subject(ctx, before, span)
    elif before.lower_ == "qui" and "Rel" in before.morph.get("PronType", []):
        subject = _relative_subject(before)
        said = char_range(doc, subject) if subject is not None else None
        if said is None or not any(lo < said[1] and said[0] < hi for lo, hi in speakers):
            return None
    else:
        subject = _own_subject(ctx, doc[g], span)
    if subject is None:
        return None
    # « avait « exprimé le souhait … » »: an auxiliary alone before the marks is no words of
    # the narrator's inside the quote
    start = m.open if all(t.pos_ == "AUX" for t in doc[g : opening.i]) else doc[g].idx
    end = content_end(ctx, start, sent[1], [b for b in others if b[1] > start])
    if end <= m.open:
        return None
    return Frame("predicate", None, "", char_range(doc, subject), ((start, end),),
                 ("predicate",))


def relative_attribute(ctx: Context, m: Marked) -> bool:
    """Do the marks open right after « qui » and a copula (« Paul Dorin, qui est « maire
    depuis trente ans », a dit … »)? They say who the antecedent is, a description of
    someone: no words of theirs, nor anyone's."""
    opening = ctx.token_at(m.open)
    if opening is None or opening.i < 2:
        return False
    cop, qui = ctx.doc[opening.i - 1], ctx.doc[opening.i - 2]
    return cop.dep_ == "cop" and qui.lower_ == "qui"


def _in_verb_group(tok: Token) -> bool:
    """A word of a verb group before its verb: a negation, a clitic pronoun, an auxiliary."""
    low = tok.lower_
    return (
        (low in INFINITIVE_NEGATION and tok.pos_ == "ADV")
        or (low in INFINITIVE_CLITICS and tok.pos_ == "PRON")
        or tok.pos_ == "AUX"
    )


def _verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or (tok.lower_ in INFINITIVE_NEGATION and tok.pos_ == "ADV")


def _speaks(ctx: Context, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    if rng is None or rng[0] >= rng[1]:
        return None
    doc = ctx.doc
    pronoun = rng[1] - rng[0] == 1 and doc[rng[0]].lower_ in SUBJECT_PRONOUNS
    if ctx.inside_marks(doc[rng[0]].idx) is not None:
        return None
    return rng if pronoun or speaker_like(doc, rng) else None


def _own_subject(ctx: Context, first: Token, span: Span) -> tuple[int, int] | None:
    """The subject right before the verb group that starts at ``first``: « Anne Roy ne … »."""
    rng = subject_before(first.head, first, span.start, ctx)
    if rng is None or rng[1] != first.i:
        return None  # the marks must open in the subject's own verb group
    if rng[0] > span.start and saying_verb(ctx.doc, rng[0] - 1, span.start) is not None:
        return None  # « Le PDG juge que Luc Roy « décrit … » »: words said about him, not his
    return _speaks(ctx, rng)


def saying_verb(doc: Doc, q: int, floor: int) -> int | None:
    """The index of the form of a verb of saying right before token ``q``, a « que » (one
    skippable word between: « Le PDG juge aussi que »), never before token ``floor``: the
    clause « que » opens is what is said, were the verb missed by the parse. None after any
    other « que » (« Bien que Luc Roy … », « C'est ainsi que Luc Roy … »)."""
    if doc[q].lower_ not in QUE:
        return None
    k = q - 1
    if k > floor and doc[k].lower_ in skippable_words():
        k -= 1
    return k if k >= floor and doc[k].lower_ in reporting_verbs() else None


def _relative_subject(qui: Token) -> tuple[int, int] | None:
    """The noun phrase « qui » stands for: « un proche, qui l'a « … » »."""
    doc = qui.doc
    verb = qui.head
    noun: Token | None = verb.head
    if not (verb.dep_ == "acl:relcl" and verb.head.i < qui.i):
        k = qui.i - 1 - (qui.i > 0 and doc[qui.i - 1].text == ",")
        noun = doc[k] if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        return None
    rng = antecedent(noun, qui.i)
    return rng if speaker_like(doc, rng) else None


def _main_subject(ctx: Context, purpose: Token, span: Span) -> tuple[int, int] | None:
    """The subject of the clause an infinitive of purpose hangs on: « X n'a pas assisté à la
    réunion pour ne pas être … »."""
    verb: Token | None = purpose.head
    while verb is not None and not (verb.pos_ in ("VERB", "AUX") and verb.i < purpose.i):
        verb = verb.head if verb.head.i != verb.i else None  # the root is its own head
    if verb is None:
        return None
    return _speaks(ctx, subject_before(verb, verb, span.start, ctx))
