"""JSONL records for fact-checkers: one quote, problem or group a line, schema ``quotes/io/schema``.

The only place that turns records (``Quote``, ``Problem``, ``Group``) into plain dicts and
back: ``to_dict`` and ``from_dict``; ``from_dict(to_dict(r)) == r``. Every field is present;
a missing value is ``null``. Offsets are Python string indices (Unicode code points) into the
article text as read: ``text[start:end] == quote.text``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from quotes.io.lines import json_lines
from quotes.model import (
    Appearance,
    ArticleRef,
    Cue,
    Extraction,
    Group,
    Problem,
    Quote,
    Span,
    Speaker,
)

SCHEMA_VERSION = "1.3"
Record = Quote | Problem | Group


def to_dict(record: Record) -> dict[str, Any]:
    """The JSON form of a record, keys in schema order."""
    if isinstance(record, Quote):
        kind, fields = "quote", _quote(record)
    elif isinstance(record, Problem):
        kind, fields = "problem", _problem(record)
    else:
        kind, fields = "quote_group", _group(record)
    return {"schema_version": SCHEMA_VERSION, "record_type": kind, **fields}


def from_dict(obj: dict[str, Any]) -> Record:
    """The record a JSON line holds; ``KeyError`` or ``ValueError`` when it is not one."""
    kind = obj.get("record_type")
    if kind == "quote":
        return _read_quote(obj)
    if kind == "problem":
        return Problem(obj["source"], obj["message"], obj["article_id"], obj["stage"],
                       obj["offset"], obj["severity"])
    if kind == "quote_group":
        return _read_group(obj)
    raise ValueError(f"unknown record_type {kind!r}")


# beside C0 (escaped by json), C1 controls, bidi overrides and the line separators that
# str.splitlines and JavaScript break lines at: written as \u escapes, read back the same
_ESCAPED = re.compile("[\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def dumps(record: Record) -> str:
    """One JSONL line; non-ASCII kept as is (but for the controls of ``_ESCAPED``), keys in
    schema order, byte-stable."""
    line = json.dumps(to_dict(record), ensure_ascii=False, separators=(",", ":"))
    return _ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", line) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema every exported line validates against."""
    text = resources.files("quotes.io.schema").joinpath("quotes.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def read_jsonl(lines: Iterable[str | bytes], source: str = "-") -> Iterator[Quote | Problem]:
    """Quote and problem records of an exported file; a line that is not one, or whose fields
    are missing, of the wrong type or with offsets that cannot hold, becomes a ``Problem``."""
    for item in json_lines(lines, source, stage="export"):
        if isinstance(item, Problem):
            yield item
            continue
        n, obj = item
        why = "not a quote or problem record"
        if isinstance(obj, dict) and obj.get("record_type") in ("quote", "problem"):
            try:
                record = from_dict(obj)
                if isinstance(record, (Quote, Problem)):
                    yield checked(record)
                    continue
            except KeyError as exc:
                why = f"missing field {str(exc)[:40]}"
            except (TypeError, AttributeError):
                why = "a field of the wrong type"
            except ValueError as exc:
                why = str(exc)
        yield Problem(f"{source}:{n}", f"{why}; line skipped", stage="export")


def is_records(values: Iterable[Any]) -> tuple[bool, str | None]:
    """Whether the first values of a JSONL file are records that ``quotes`` wrote (then it is
    read back as it is) or articles, and a warning when the evidence is mixed: a line with a
    ``text`` string is an article, whatever ``record_type`` key it carries (records have no
    ``text`` at the top level); else a known ``record_type`` is a record."""
    objects = [v for v in values if isinstance(v, dict)]
    tagged = [v for v in objects if v.get("record_type") in KINDS]
    if any(isinstance(v.get("text"), str) for v in objects):
        if any("record_type" in v for v in objects):
            return False, ("lines carry a record_type key but also a text: read as articles "
                           "(the records quotes writes have no top-level text)")
        return False, None
    return bool(tagged), None


KINDS = ("quote", "problem", "quote_group")


def checked(record: Quote | Problem) -> Quote | Problem:
    """``record`` when every field has its schema's type and every span fits its offsets
    (``0 <= start <= end``, ``end - start == len(text)``); else ``ValueError`` naming the field."""
    if isinstance(record, Problem):
        _strings(source=record.source, message=record.message, stage=record.stage)
        _strings(optional=True, article_id=record.article_id)
        if record.severity not in ("warning", "error"):  # it decides the exit code
            raise ValueError(f"severity {str(record.severity)[:40]!r} is not warning or error")
        if record.start is not None and type(record.start) is not int:
            raise ValueError("offset is not an integer")
        return record
    q, sp, art = record, record.speaker, record.article
    _strings(id=q.id, article_id=art.id, version=q.extraction.version, tool=q.extraction.tool)
    _strings(optional=True, group_id=q.group_id, outlet=art.outlet, url=art.url,
             date=art.date, title=art.title, article_source=art.source, speaker=sp.name,
             role=sp.role, linked=sp.linked, speaker_id=sp.id, model=q.extraction.model)
    # a value outside the schema's enums (an unknown gender) is kept: it is still text
    _strings(type=q.type, speaker_kind=sp.kind, speaker_resolution=sp.resolution)
    _strings(optional=True, speaker_gender=sp.gender)
    if (not isinstance(sp.confidence, (int, float)) or isinstance(sp.confidence, bool)
            or not math.isfinite(sp.confidence)):  # NaN, Infinity: not JSON once written
        raise ValueError("speaker confidence is not a number")
    if not isinstance(q.truncated, bool) or not all(isinstance(e, str) for e in q.evidence):
        raise ValueError("truncated or evidence of the wrong type")
    if not q.span.text:
        raise ValueError("empty quote text")
    spans = [("quote", q.span), ("sentence", q.sentence), *(("fragment", f) for f in q.fragments),
             *(("role", r) for r in sp.roles)]
    if sp.mention is not None:
        spans.append(("mention", sp.mention))
    if q.cue is not None:
        _strings(cue_lemma=q.cue.lemma, cue_type=q.cue.type)
        spans.append(("cue", Span(q.cue.start, q.cue.end, q.cue.text)))
    for name, span in spans:
        _fits(span, name)
    return q


def _strings(*, optional: bool = False, **values: object) -> None:
    for name, value in values.items():
        if not isinstance(value, str) and not (optional and value is None):
            raise ValueError(f"{name.replace('_', ' ')} is not a string")


def _fits(span: Span, name: str) -> None:
    if type(span.start) is not int or type(span.end) is not int or not isinstance(span.text, str):
        raise ValueError(f"{name}: start and end must be integers and text a string")
    if not 0 <= span.start <= span.end or span.end - span.start != len(span.text):
        raise ValueError(f"{name}: offsets {span.start}:{span.end} do not fit its "
                         f"{len(span.text)} characters")


# ---------------------------------------------------------------------------- quotes


def _span(sp: Span) -> dict[str, Any]:
    return {"text": sp.text, "start": sp.start, "end": sp.end}


def _read_span(obj: dict[str, Any]) -> Span:
    return Span(obj["start"], obj["end"], obj["text"])


def _quote(q: Quote) -> dict[str, Any]:
    sp, art = q.speaker, q.article
    return {
        "id": q.id,
        "group_id": q.group_id,
        "type": q.type,
        "quote": {
            **_span(q.span),
            "truncated": q.truncated,
            "fragments": [_span(f) for f in q.fragments],
        },
        "sentence": _span(q.sentence),
        "cue": None if q.cue is None else {
            **_span(Span(q.cue.start, q.cue.end, q.cue.text)),
            "lemma": q.cue.lemma,
            "type": q.cue.type,
        },
        "speaker": {
            "name": sp.name,
            "mention": None if sp.mention is None else _span(sp.mention),
            "role": sp.role,
            "kind": sp.kind,
            "resolution": sp.resolution,
            "linked": sp.linked,
            "gender": sp.gender,
            "roles": [_span(r) for r in sp.roles],
            "confidence": sp.confidence,
            "id": sp.id,
        },
        "evidence": list(q.evidence),
        "article": {
            "id": art.id, "outlet": art.outlet, "url": art.url,
            "date": art.date, "title": art.title, "source": art.source,
            "names": sorted(art.names),
        },
        "extraction": {
            "tool": q.extraction.tool, "version": q.extraction.version, "model": q.extraction.model,
        },
    }


def _read_quote(obj: dict[str, Any]) -> Quote:
    body, sp, art, ext = obj["quote"], obj["speaker"], obj["article"], obj["extraction"]
    cue = obj["cue"]
    return Quote(
        id=obj["id"],
        article=ArticleRef(art["id"], art["outlet"], art["url"], art["date"], art["title"],
                           art["source"], frozenset(art.get("names") or ())),  # 1.3 on
        type=obj["type"],
        span=_read_span(body),
        sentence=_read_span(obj["sentence"]),
        cue=None if cue is None else Cue(cue["text"], cue["lemma"], cue["start"], cue["end"],
                                         cue["type"]),
        speaker=Speaker(
            sp["name"],
            None if sp["mention"] is None else _read_span(sp["mention"]),
            sp["role"],
            sp["kind"],
            sp["resolution"],
            sp["linked"],
            sp.get("gender"),  # absent from schema 1.0 files
            tuple(_read_span(r) for r in sp.get("roles", ())),
            sp.get("confidence", 0.0),
            sp.get("id"),
        ),
        evidence=tuple(obj["evidence"]),
        fragments=tuple(_read_span(f) for f in body["fragments"]),
        truncated=body["truncated"],
        group_id=obj["group_id"],
        extraction=Extraction(ext["model"], ext["version"], ext["tool"]),
    )


def _problem(p: Problem) -> dict[str, Any]:
    return {
        "source": p.source,
        "article_id": p.article_id,
        "stage": p.stage,
        "severity": p.severity,
        "offset": p.start,
        "message": p.message,
    }


# ---------------------------------------------------------------------------- groups


def _where(a: Appearance) -> dict[str, Any]:
    return {"article_id": a.article_id, "outlet": a.outlet, "url": a.url, "date": a.date}


def _appearance(a: Appearance) -> dict[str, Any]:
    return {
        "quote_id": a.quote_id, **_where(a), "text": a.text, "type": a.type,
        "relation": a.relation,
        "similarity": {"ratio": a.ratio, "partial_ratio": a.partial_ratio},
    }


def _news_article(a: Appearance) -> dict[str, Any]:
    return {"@type": "NewsArticle", "url": a.url,
            "publisher": {"@type": "Organization", "name": a.outlet}}


def _claim(g: Group) -> dict[str, Any]:
    """The schema.org ``Claim`` of a group, ready for ClaimReview markup."""
    author: dict[str, Any] = {
        "@type": "Organization" if g.kind == "organization" else "Person", "name": g.speaker,
    }
    if g.roles:
        author["jobTitle"] = g.roles[0]
    first = g.first_appearance
    return {
        "@context": "https://schema.org", "@type": "Claim",
        "text": g.representative_text,
        "author": author,
        "datePublished": first.date,
        "firstAppearance": _news_article(first),
        "appearance": [_news_article(a) for a in g.appearances],
    }


def _group(g: Group) -> dict[str, Any]:
    return {
        "group_id": g.id,
        "representative_text": g.representative_text,
        "speaker": {"name": g.speaker, "roles": list(g.roles), "kind": g.kind},
        "first_appearance": _where(g.first_appearance),
        "appearances": [_appearance(a) for a in g.appearances],
        "num_mentions": g.num_mentions,
        "num_outlets": g.num_outlets,
        "outlets": list(g.outlets),
        "schema_org_claim": _claim(g),
    }


def _read_group(obj: dict[str, Any]) -> Group:
    sp = obj["speaker"]
    appearances = tuple(
        Appearance(a["quote_id"], a["article_id"], a["outlet"], a["url"], a["date"], a["text"],
                   a["type"], a["relation"], a["similarity"]["ratio"],
                   a["similarity"]["partial_ratio"])
        for a in obj["appearances"]
    )
    return Group(obj["group_id"], obj["representative_text"], sp["name"], tuple(sp["roles"]),
                 sp["kind"], appearances)
