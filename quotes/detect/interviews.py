"""Interviews laid out as questions and answers, without quotation marks.

"Emmanuelle Charpentier : J'ai appris la nouvelle …" is an answer of hers: a paragraph that
opens with a short label naming a person or an outlet ("France 2 : Comment … ?"), then a
colon, then words not in marks. A paragraph that ends with "?" next to such turns is the
interviewer's question. The layout is taken only when it repeats (a label used twice, or a
labelled turn beside a question), so that "Le Louvre sous le choc : …" or "Problème : …"
stay narration. « Question : », « R : » name no one: layouts that name nobody at each answer
are ``exchanges``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from quotes.detect.context import Context
from quotes.lexicon import capitalised, fold
from quotes.lexicon.grammar import EXCHANGE_LABELS, NAME_PARTICLES

_LABELLED = re.compile(r"(?P<label>[^:\n]{1,60}?) ?: +(?P<body>\S.*)")
_MARKS = "«»“”\"‹›„"
_LABEL_AT = re.compile(r"^[ \t]*(?P<label>\S+) ?: ", re.MULTILINE)  # a word labelling its line
# an exchange's labels, folded, and the plural heading (« Questions : »): no one's name
_QA = frozenset(fold(label) for label in EXCHANGE_LABELS) | {"questions"}
LABEL_MAX_TOKENS = 5  # "Emmanuelle Charpentier", "Le journaliste de France 2"
QUESTION_MAX_WORDS = 60


@dataclass(frozen=True)
class Turn:
    """One turn of an interview: the words said and the label naming who says them."""

    start: int
    end: int
    para: tuple[int, int]
    label: tuple[int, int] | None
    question: bool
    cue: tuple[int, int] | None = None  # what gives an unlabelled answer: "R.", a dash, « ? »


def _labelled(ctx: Context, lo: int, hi: int) -> Turn | None:
    m = _LABELLED.fullmatch(ctx.text, lo, hi)
    if m is None or m.group("body")[0] in _MARKS or len(m.group("body").split()) < 3:
        return None
    a, b = m.span("label")
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None or not 0 < len(span) <= LABEL_MAX_TOKENS:
        return None
    s, e = m.span("body")
    body = ctx.text[s:e].rstrip()
    question = body.endswith("?")
    lower = not capitalised(ctx.text[a])
    if lower and not (question and _lower_name(ctx, span)):
        return None  # an outlet in lower case asks; it never answers (« màj : le bilan … »)
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return None  # "Nicolas Sarkozy n'élude rien : …": a sentence, not a label
    named = lower or any(t.ent_type_ in ("PER", "ORG", "MISC", "LOC") for t in span) or all(
        t.is_title or t.is_upper or t.is_digit or fold(t.text) in NAME_PARTICLES for t in span
    )  # "Radio Nord", "France 2": a name the recogniser does not know
    if not named or fold(span.text) in _QA or topic(span):
        return None
    return Turn(s, s + len(body), (lo, hi), (a, b), question)


def _lower_name(ctx: Context, span: Span) -> bool:
    """A label in lower case names someone only as one word that is a proper noun or no word of
    the language's, which the article writes in its own text too, outside any label: an
    outlet's brand (« franceinfo : … », after « a dit sur franceinfo »), not « résultat : »,
    nor « màj : » written twice as a label and nowhere else."""
    known = span.doc.vocab.vectors.size > 0  # a model without vectors knows no word
    if len(span) != 1 or not (span[0].pos_ == "PROPN" or (known and span[0].is_oov)):
        return False
    word = re.escape(span.text)
    labels = {m.start("label") for m in _LABEL_AT.finditer(ctx.text)
              if m.group("label") == span.text}
    return any(m.start() not in labels
               for m in re.finditer(r"(?<!\w)" + word + r"(?!\w)", ctx.text))


def topic(span: Span) -> bool:
    """ "Salaires : …", "Grèves : …": a common noun in the plural with no determiner before
    a colon is a heading's topic, no one's name."""
    return len(span) == 1 and span[0].pos_ == "NOUN" and "Plur" in span[0].morph.get(
        "Number", [])


def plain_question(ctx: Context, lo: int, hi: int) -> Turn | None:
    body = ctx.text[lo:hi].strip()
    if not body.endswith("?") or any(c in body for c in _MARKS):
        return None
    if len(body.split()) > QUESTION_MAX_WORDS:
        return None
    start = lo + len(ctx.text[lo:hi]) - len(ctx.text[lo:hi].lstrip())
    return Turn(start, start + len(body), (lo, hi), None, True)


def interview_turns(ctx: Context) -> list[Turn]:
    """The turns of the interviews an article lays out, in text order."""
    paras = ctx.paras
    labelled = [_labelled(ctx, lo, hi) for lo, hi in paras]
    questions = [plain_question(ctx, lo, hi) if t is None else None for t, (lo, hi) in
                 zip(labelled, paras, strict=True)]
    counts: dict[str, int] = {}
    for t in labelled:
        if t is not None and t.label is not None:
            key = fold(ctx.text[t.label[0] : t.label[1]])
            counts[key] = counts.get(key, 0) + 1

    def asks(n: int) -> bool:
        if not 0 <= n < len(paras):
            return False
        t = labelled[n] or questions[n]
        return t is not None and t.question

    kept: list[Turn] = []
    for n, t in enumerate(labelled):
        if t is None or t.label is None:
            continue
        key = fold(ctx.text[t.label[0] : t.label[1]])
        if counts[key] >= 2 or asks(n - 1) or asks(n + 1) or t.question:
            kept.append(t)
    held = {t.para for t in kept}
    for n, q in enumerate(questions):
        near = {paras[k] for k in (n - 1, n + 1) if 0 <= k < len(paras)}
        if q is not None and near & held:
            kept.append(q)
    kept.sort(key=lambda t: t.start)
    # an unlabelled question is asked by whoever asked the labelled one before it
    out: list[Turn] = []
    asker: tuple[int, int] | None = None
    for t in kept:
        if t.question and t.label is not None:
            asker = t.label
        if t.question and t.label is None:
            t = Turn(t.start, t.end, t.para, asker, True)
        out.append(t)
    return out
