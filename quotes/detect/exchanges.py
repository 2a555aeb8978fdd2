"""Interviews whose answers name nobody: the layout tells the questions from the answers.

« — Pourquoi partir ? » then « — Parce que … », « Q. … » then « R. … », « Question : … » then
« Réponse : … », or a question paragraph ending with « ? » and the paragraph after it (its
words, or those inside the marks that hold it whole: « Avez-vous douté ? » then « « Non. » »). Each
answer is the interviewee's: the one person the labelled answers name (labels on the first
exchange only), else the one person the introduction names (what stands before the first
question), else the only one in the title, right before the questions or as a subject. The
journalist's questions stay nobody's, or an outlet's when its label asked the first.

The layout is taken only when the article shows an interview, so that a news article's
rhetorical question and the narration after it stay narration: Q and R labels twice each; a run
of dashes whose turns alternate, the questions ending with « ? »; or at least two questions
answered, an answer in the first person, and either an interview marker (« Entretien »,
« propos recueillis par »: ``lexicon/interview_markers.txt``), labelled answers, or questions
that say « vous » half the time or more and an answer that says « je ». An answer goes on over
the plain paragraphs after it that come before the next question; in a layout taken, a short
paragraph with no first person between an answer and one in the first person is a question put
without « ? ».
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile

from spacy.tokens import Span

from quotes.detect.context import Context
from quotes.detect.interviews import Turn, plain_question
from quotes.lexicon import cached, fold, phrases
from quotes.lexicon.grammar import EXCHANGE_LABELS
from quotes.lexicon.grammatical_person import (
    ADDRESS,
    FIRST_PERSON,
    FIRST_PERSON_PLURAL,
    THIRD_PERSON,
)

_QR = re.compile(rf"(?P<cue>(?P<who>{'|'.join(EXCHANGE_LABELS)}) ?[.:—–-]) +\S")
_DASH = re.compile(r"(?P<cue>[—–-]) +\S")
_INLINE = re.compile(r"[?…] *(?P<cue>[—–]) +\S")  # "— Comment va le genou ? — Très bien."
_SPEAKS = FIRST_PERSON | FIRST_PERSON_PLURAL  # an answer for oneself or one's own
MIN_EXCHANGES = 2
PROMPT_MAX_WORDS = 20


@dataclass(frozen=True)
class _Para:
    """A paragraph as the layout reads it: ``kind`` Q or R (« Q. », « Réponse : »), D (after a
    dash), ask (ends with « ? »), asked and held (a question and an answer with a label), told
    (a reporting verb names its speaker), text; its words, and the mark that opens it ("R.",
    the dash)."""

    kind: str
    lo: int
    hi: int
    cue: tuple[int, int] | None = None
    inline: tuple[int, int, int] | None = None  # a dash turn's own answer: its dash, its start
    n: int = 0  # its place among the paragraphs


@dataclass(frozen=True)
class _Exchange:
    question: tuple[int, int]  # the question's words
    answer: tuple[int, int]  # the answer's words
    cue: tuple[int, int]  # "R.", the answer's dash, else the question's « ? »
    para: _Para  # the answer's paragraph


def _read(ctx: Context, n: int, held: dict[tuple[int, int], Turn], told: list[int]) -> _Para:
    text = ctx.text
    lo, hi = ctx.paras[n]
    hi = lo + len(text[lo:hi].rstrip())
    turn = held.get(ctx.paras[n])
    if turn is not None:  # "France 2 : Comment … ?" asked, "Anne Vidal : …" answered
        return _Para("asked" if turn.question else "held", turn.start, turn.end, n=n)
    m = _QR.match(text, lo, hi)
    if m is not None:
        kind = "Q" if m.group("who")[0] == "Q" else "R"
        return _Para(kind, m.end() - 1, hi, m.span("cue"), n=n)
    m = _DASH.match(text, lo, hi)
    if m is not None:
        inner = _INLINE.search(text, m.end() - 1, hi)
        pair = None if inner is None else (*inner.span("cue"), inner.end() - 1)
        return _Para("D", m.end() - 1, hi, m.span("cue"), pair, n)
    if plain_question(ctx, lo, hi) is not None:
        return _Para("ask", lo, hi, n=n)
    if any(lo <= pos < hi for pos in told) and not _says(ctx, lo, hi, FIRST_PERSON, True):
        return _Para("told", lo, hi, n=n)  # "…, a expliqué le maire": the narrator's
    return _Para("text", lo, hi, n=n)


def _says(
    ctx: Context, lo: int, hi: int, listed: frozenset[str], outside: bool = False
) -> bool:
    """Do the words [lo, hi) hold one of ``listed`` (``outside``: outside quotation marks)?"""
    span = ctx.doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and any(
        t.lower_.lstrip("-") in listed and not (outside and ctx.inside_marks(t.idx))
        for t in span
    )


def _labelled_form(paras: list[_Para]) -> list[_Exchange]:
    if sum(p.kind == "Q" for p in paras) < 2 or sum(p.kind == "R" for p in paras) < 2:
        return []
    return [_pair(q, a) for q, a in pairwise(paras)
            if q.kind == "Q" and a.kind == "R"]


def _pair(q: _Para, a: _Para) -> _Exchange:
    """Question ``q`` answered by ``a``, after the mark that opens ``a``."""
    assert a.cue is not None
    return _Exchange((q.lo, q.hi), (a.lo, a.hi), a.cue, a)


def _dash_form(ctx: Context, paras: list[_Para]) -> list[_Exchange]:
    """Runs of turns after dashes, questions and answers in turn; an answer may go on in
    paragraphs without a dash before the next question."""
    runs: list[list[_Para]] = []
    gap = True  # paragraphs that are no turn since the last turn after a dash
    for p in paras:
        if p.kind == "D":
            if gap or not runs:
                runs.append([p])
            else:
                runs[-1].append(p)
            gap = False
        elif p.kind != "text" or (runs and len(runs[-1]) % 2):
            gap = True  # not after a question, and only plain paragraphs after an answer
    out: list[_Exchange] = []
    for run in runs:
        if all(p.inline for p in run):  # question and answer on one line
            for p in run:
                assert p.inline is not None
                a, b, start = p.inline
                end = len(ctx.text[p.lo : a].rstrip()) + p.lo
                out.append(_Exchange((p.lo, end), (start, p.hi), (a, b), p))
            continue
        asks, answers = run[0::2], run[1::2]
        if len(run) % 2 or any(ctx.text[a.lo : a.hi].rstrip().endswith("?") for a in answers):
            continue
        if sum(ctx.text[q.lo : q.hi].rstrip().endswith("?") for q in asks) < MIN_EXCHANGES:
            continue
        out += [_pair(q, a) for q, a in zip(asks, answers, strict=True)]
    return out if len(out) >= MIN_EXCHANGES else []


def _plain_form(
    ctx: Context, paras: list[_Para], held: list[Turn], marked: Callable[[], bool]
) -> list[_Exchange]:
    """Question paragraphs each followed by its answer; ``held``: the answers with a label."""
    out = [
        _Exchange((q.lo, q.hi), answer, (q.hi - 1, q.hi), a)
        for q, a in pairwise(paras)
        if q.kind in ("ask", "asked") and a.kind == "text" and (answer := _answer(ctx, a))
    ]
    if not out or len(out) + len(held) < MIN_EXCHANGES:
        return []
    if not (_speak(ctx, out) or any(_says(ctx, t.start, t.end, _SPEAKS) for t in held)):
        return []
    addressed = sum(_says(ctx, *e.question, ADDRESS) for e in out)
    # with no marker nor label, questions to « vous » and an answer that says « je », not only
    # « nous » (« Notre simulateur … » answers a reader's guide)
    if not (held or marked() or (2 * addressed >= len(out) and _speak(ctx, out, FIRST_PERSON))):
        return []
    return out + _prompts(ctx, paras, {e.para.n for e in out}, max(e.para.n for e in out))


def _answer(ctx: Context, a: _Para) -> tuple[int, int] | None:
    """The words of paragraph ``a`` an answer would be: the paragraph, or the words inside the
    marks that hold the whole of it (« « Non, pas vraiment. Je … » », a stop after them at
    most); None for one that marks open and do not hold whole (« « … » Le match a repris. »)."""
    m = ctx.inside_marks(a.lo)
    if m is None:
        return a.lo, a.hi
    if m.open == a.lo and m.close is not None and not ctx.text[m.close + 1 : a.hi].strip(" ."):
        return m.start, m.end
    return None


def _prompts(
    ctx: Context, paras: list[_Para], answered: set[int], last: int
) -> list[_Exchange]:
    """In a layout taken, a short paragraph that says no « je » right after an answer, followed
    by one that does, before the last question, is a question put without « ? » (« Les maires
    sont réticents. »)."""
    out: list[_Exchange] = []
    for p, a in pairwise(paras[:last]):
        if p.n - 1 not in answered or p.kind != "text" or a.kind != "text":
            continue
        if len(ctx.text[p.lo : p.hi].split()) > PROMPT_MAX_WORDS:
            continue
        if _says(ctx, p.lo, p.hi, _SPEAKS) or not _says(ctx, a.lo, a.hi, FIRST_PERSON):
            continue
        out.append(_Exchange((p.lo, p.hi), (a.lo, a.hi), (p.hi - 1, p.hi), a))
        answered.add(a.n)
    return out


def _speak(ctx: Context, found: list[_Exchange], said: frozenset[str] = _SPEAKS) -> bool:
    return any(_says(ctx, *e.answer, said) for e in found)


def _marker(ctx: Context, upto: int) -> bool:
    """An interview marker in the introduction (before ``upto``) or the last paragraph."""
    last = ctx.paras[-1] if ctx.paras else (0, 0)
    said = fold(ctx.text[:upto] + " " + ctx.text[last[0] : last[1]])
    return _markers().search(said) is not None


@cached
def _markers() -> re.Pattern[str]:
    """One pattern for the list: an entry matches as whole words anywhere, one written
    « ^ … » only where it opens a line after at most one word (« Trois questions à X », not
    « a posé trois questions à la ministre »)."""
    entries = sorted((" ".join(p) for p in phrases("interview_markers")), key=len, reverse=True)
    alternatives = [
        r"(?:^|(?<=\n))[ \t]*(?:\w+[ \t]+)?" + re.escape(e[1:]) if e.startswith("^")
        else r"(?<!\w)" + re.escape(e)
        for e in entries
    ]
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")


def _interviewee(ctx: Context, answers: list[Turn], upto: int,
                 questions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words naming the one person who answers: the labelled answers' one name, else the
    one person ``questions`` call by name (``_called``), else the
    one person the introduction (before ``upto``) names, else the only one of them in the
    title, in the paragraph right before the questions (« Trois questions à X ») or as a
    sentence's subject (« où il succède à Y, le préfet X présente … »)."""
    labels = {fold(ctx.text[t.label[0] : t.label[1]]): t.label for t in answers if t.label}
    if labels:
        return next(iter(labels.values())) if len(labels) == 1 else None
    called = {fold(ctx.text[a:b]): (a, b)
              for a, b in (_called(ctx, *q) for q in questions) if a < b}
    if called:  # « Anne Vidal, qu'avez-vous ressenti ? »: whom the questions are put to
        return next(iter(called.values())) if len(called) == 1 else None
    named: dict[str, list[Span]] = {}
    for ent in ctx.doc.ents:
        if ent.label_ != "PER" or ent.end_char > upto or ctx.inside_marks(ent.start_char):
            continue
        if ent.start > 0 and ctx.doc[ent.start - 1].lower_ == "par":
            continue  # "Propos recueillis par X", "par X, envoyé spécial": the journalist
        named.setdefault(fold(ent[-1].text), []).append(ent)
    before = [p for p in ctx.paras if p[1] <= upto]
    title, last = (before[0], before[-1]) if before else ((0, 0), (0, 0))
    for keep in (
        lambda e: True,
        lambda e: e.end_char <= title[1],
        lambda e: last[0] <= e.start_char,
        _subject,
    ):
        found = {k: v for k, v in named.items() if any(keep(e) for e in v)}
        if len(found) == 1:
            ent = next(iter(found.values()))[-1]
            return ent.start_char, ent.end_char
    return None


def _called(ctx: Context, lo: int, hi: int) -> tuple[int, int]:
    """The name of a person the question from ``lo`` to ``hi`` opens on, a comma right after
    it (« Anne Vidal, qu'est-ce qui a changé ? »: a vocative), else an empty span. « Anne Vidal
    a-t-elle douté ? » asks about her, not her; so do a name with words set off after it (« Anne
    Vidal, la ministre, … », « Anne Vidal, qui a signé, … », « Anne Vidal, selon vous, … ») and
    a question with « elle » or « il » in it (« Anne Vidal, a-t-elle menti ? »)."""
    question = ctx.text[lo:hi]
    start = lo + len(question) - len(question.lstrip())
    ent = next((e for e in ctx.doc.ents if e.start_char == start and e.label_ == "PER"), None)
    if ent is None or not ctx.text.startswith(",", ent.end_char):
        return lo, lo
    # past the comma, up to the question's end (not over the rest of the article)
    rest = list(takewhile(lambda t: t.idx < hi, ctx.doc[ent.end :]))[1:]
    if any(t.text == "," for t in rest):  # an apposition, a relative, an aside after the name
        return lo, lo
    if any(t.dep_ in ("appos", "acl", "acl:relcl") and t.head.i in range(ent.start, ent.end)
           for t in rest):
        return lo, lo
    words = [fold(t.text).lstrip("-") for t in rest]
    if any(w in THIRD_PERSON for w in words if w):
        return lo, lo
    return ent.start_char, ent.end_char


def _subject(ent: Span) -> bool:
    """Is the name a subject, or beside one (« le préfet X présente »)?"""
    root = ent.root
    if root.dep_.startswith("nsubj"):
        return True
    return root.dep_ in ("appos", "flat:name", "nmod") and root.head.dep_.startswith("nsubj")


def _goes_on(paras: list[_Para], n: int, questions: set[int]) -> list[_Para]:
    """The paragraphs after answer ``n`` that go on with it, up to the next question."""
    k = n + 1
    while k < len(paras) and k not in questions and paras[k].kind == "text":
        k += 1
    return paras[n + 1 : k] if k in questions else []


def _exchanges(ctx: Context, paras: list[_Para], turns: list[Turn]) -> list[_Exchange]:
    """The exchanges of the one layout the article shows, or none."""
    found = _labelled_form(paras)
    if found:
        return found
    found = _dash_form(ctx, paras)
    if found:
        addressed = any(_says(ctx, *e.question, ADDRESS) for e in found)
        return found if addressed or _speak(ctx, found) else []
    upto = next((p.lo for p in paras if p.kind == "ask"), len(ctx.text))
    held = [t for t in turns if not t.question]
    return _plain_form(ctx, paras, held, lambda: _marker(ctx, upto))


def unlabelled_turns(ctx: Context, turns: list[Turn], told: list[int]) -> list[Turn]:
    """``turns`` (the labelled ones) with the questions and answers of a layout that names
    nobody at each answer, in text order; the answers are the interviewee's. A paragraph where
    a reporting verb names its speaker (a subject at an offset in ``told``) is narration. A
    labelled answer, too, goes on over the plain paragraphs after it, up to the next turn."""
    held = {t.para: t for t in turns if t.label is not None}
    paras = [_read(ctx, n, held, told) for n in range(len(ctx.paras))]
    found = _exchanges(ctx, paras, turns)
    asked = {(e.question[0], e.question[1]) for e in found} - {
        (t.start, t.end) for t in turns if t.label is not None
    }  # the questions no label is written at
    taken = {ctx.paras[e.para.n] for e in found} | {
        para for para in ctx.paras for lo, _ in asked if para[0] <= lo < para[1]
    }
    who = _interviewee(  # only the exchanges found have answers to give it
        ctx, [t for t in turns if not t.question], min(e.question[0] for e in found),
        [e.question for e in found],
    ) if found else None
    if who is not None and not any(t.label for t in turns if not t.question):
        # answers named by the layout alone: the questions are the journalist's, a name before
        # a colon in one is whom it is about (« Anne Vidal, Marc Roy : qui croire ? »)
        turns = [replace(t, label=None) if t.question else t for t in turns]
    out = [t for t in turns if t.para not in taken]
    askers = [t for t in turns if t.question and t.label is not None]
    for lo, hi in asked:  # asked by whoever asked the labelled question before, if any
        asker = next((t.label for t in reversed(askers) if t.start < lo), None)
        out.append(Turn(lo, hi, next(p for p in ctx.paras if p[0] <= lo < p[1]), asker, True))
    index = {para: n for n, para in enumerate(ctx.paras)}
    questions = {index[t.para] for t in out if t.question} | {
        n for n, p in enumerate(paras) if p.kind in ("asked", "held")
    }
    for t in [t for t in out if t.label is not None and not t.question]:
        for p in _goes_on(paras, index[t.para], questions):
            out.append(Turn(p.lo, p.hi, ctx.paras[p.n], t.label, False))
    for e in found if who is not None else []:
        out.append(Turn(*e.answer, ctx.paras[e.para.n], who, False, e.cue))
        for p in _goes_on(paras, e.para.n, questions):
            out.append(Turn(p.lo, p.hi, ctx.paras[p.n], who, False, e.cue))
    return sorted(out, key=lambda t: t.start)
