"""Quote records: a candidate and its resolved speaker as the ``Quote`` the pipeline returns.

The cue as written, the mention, the gender the text shows (or the first name's ending), the
roles at their first place, the evidence and the confidence; a stable id from the article and
the span; and a quote found in a stretch of a long article moved to offsets into the whole."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from quotes.attribute import speakers
from quotes.attribute.confidence import confidence
from quotes.attribute.gender import described_gender
from quotes.attribute.listed_roles import one_holder
from quotes.attribute.name_model import NAME_MODEL, name_guess
from quotes.attribute.role_extent import Pieced
from quotes.attribute.shown import role_at
from quotes.detect import candidates as detect
from quotes.detect.cue_extent import written_start
from quotes.model import Article, Cue, Evidence, Gender, Quote, Span, Speaker


def quote_id(article_id: str, start: int, end: int) -> str:
    """Stable id: the same article text and span always give the same id."""
    digest = hashlib.sha1(f"{article_id}\x1f{start}\x1f{end}".encode()).hexdigest()
    return f"q-{digest[:16]}"


GENDERS: dict[str, Gender] = {"f": "female", "m": "male"}


def quote_record(
    article: Article, cand: detect.Candidate, r: speakers.Resolved, extra: tuple[str, ...],
    place: int,
) -> Quote:
    """The record of one quote: its candidate, its resolved speaker and the notes on how."""
    text = article.text
    frame = cand.frame
    cue = None
    mention = None
    if frame is not None and frame.cue is not None:
        cue_type = {"selon": "selon", "colon": "colon", "interview": "none"}.get(frame.kind, "verb")
        b = frame.cue[1]
        a = written_start(text, frame.cue[0], b)
        cue = Cue(text[a:b], frame.lemma, a, b, cue_type)  # type: ignore[arg-type]
    if frame is not None and frame.subject is not None:
        a, b = frame.subject
        mention = Span(a, b, text[a:b])
    single = r.kind in ("person", "anonymous") and r.number == "s"
    gender = GENDERS.get(r.gender or "") if single else None
    unnamed = {Evidence.DESCRIPTION_UNRESOLVED, Evidence.PRONOUN_TO_DESCRIPTION} & {*extra}
    if gender and r.name is None and unnamed:
        said = " ".join(w or "" for w in (mention and mention.text, r.role, r.described))
        gender = GENDERS.get(described_gender(r.gender, said) or "")  # « la victime »: null
    guess = name_guess(r.name) if single and r.kind == "person" and not gender else None
    if guess:  # no word of the text says it: the first name's does (name_model)
        gender, extra = GENDERS[guess], (*extra, NAME_MODEL)
    every = tuple(Span(a, b, role) for role, a, b in r.roles)
    first: dict[str, Span] = {}
    for given, sp in zip(r.roles, every, strict=True):  # in text order, each once, at its first
        if not isinstance(given, Pieced):  # place; one pieced together is a role, never a span
            first.setdefault(sp.text, sp)
    roles = tuple(first.values())
    evidence = quote_evidence(cand, extra)
    role = role_at(every, cand.start, r.role, text, place)
    if role and r.kind == "person" and r.number == "p":
        role = one_holder(role)  # « X et Y, les avocats de Z »: each one an `avocat de Z`
    speaker = Speaker(
        r.name, mention, role, r.kind, r.resolution,
        gender=gender, roles=roles, confidence=confidence(r.resolution, r.kind, evidence),
    )
    s_lo, s_hi = cand.sentence
    s_lo, s_hi = min(s_lo, cand.start), max(s_hi, cand.end)
    body = text[cand.start : cand.end]
    return Quote(
        id=quote_id(article.id, cand.start, cand.end),
        article=article.ref,
        type=cand.type,  # type: ignore[arg-type]
        span=Span(cand.start, cand.end, body),
        sentence=Span(s_lo, s_hi, text[s_lo:s_hi]),
        cue=cue,
        speaker=speaker,
        evidence=evidence,
        fragments=tuple(Span(a, b, text[a:b]) for a, b in cand.fragments),
        truncated="[…]" in body or "(…)" in body or "(...)" in body or "[...]" in body,
    )


def quote_evidence(cand: detect.Candidate, notes: tuple[str, ...]) -> tuple[str, ...]:
    """What a quote's record gives as evidence: how it was cued, found and resolved."""
    frame = cand.frame
    return tuple(dict.fromkeys((frame.kind if frame else Evidence.UNCUED, *cand.evidence, *notes)))


def shifted(q: Quote, article: Article, offset: int) -> Quote:
    """A quote found in a stretch of the article, with offsets into the whole text."""
    if offset == 0:
        return q

    def span(sp: Span | None) -> Span | None:
        return None if sp is None else Span(sp.start + offset, sp.end + offset, sp.text)

    cue = q.cue and replace(q.cue, start=q.cue.start + offset, end=q.cue.end + offset)
    body = span(q.span)
    assert body is not None
    return replace(
        q,
        id=quote_id(article.id, body.start, body.end),
        span=body,
        sentence=span(q.sentence) or q.sentence,
        cue=cue,
        speaker=replace(
            q.speaker,
            mention=span(q.speaker.mention),
            roles=tuple(span(r) or r for r in q.speaker.roles),
        ),
        fragments=tuple(span(f) or f for f in q.fragments),
    )
