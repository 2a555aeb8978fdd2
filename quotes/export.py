"""JSONL records for fact-checkers: one quote (or problem) a line, schema ``quotes/schema``.

Every field is present; a missing value is ``null``. Offsets are Python string indices
(Unicode code points) into the article text as read: ``text[start:end] == quote.text``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from quotes import __version__
from quotes.model import Article, Problem, Quote

SCHEMA_VERSION = "1.0"


def _span(start: int, end: int, text: str) -> dict[str, Any]:
    return {"text": text, "start": start, "end": end}


def quote_record(q: Quote, article: Article, *, model: str | None = None) -> dict[str, Any]:
    sp = q.speaker
    return {
        "schema_version": SCHEMA_VERSION,
        "record_type": "quote",
        "id": q.id,
        "group_id": q.group_id,
        "type": q.type,
        "quote": {
            **_span(q.span.start, q.span.end, q.span.text),
            "truncated": q.truncated,
            "fragments": [_span(f.start, f.end, f.text) for f in q.fragments],
        },
        "sentence": _span(q.sentence.start, q.sentence.end, q.sentence.text),
        "cue": None if q.cue is None else {
            **_span(q.cue.start, q.cue.end, q.cue.text), "lemma": q.cue.lemma, "type": q.cue.type,
        },
        "speaker": {
            "name": sp.name,
            "mention": None if sp.mention is None else _span(sp.mention.start, sp.mention.end, sp.mention.text),
            "role": sp.role,
            "kind": sp.kind,
            "resolution": sp.resolution,
        },
        "evidence": list(q.evidence),
        "article": {
            "id": article.id, "outlet": article.outlet, "url": article.url,
            "date": article.date, "title": article.title, "source": article.source,
        },
        "extraction": {"tool": "quotes", "version": __version__, "model": model},
    }


def problem_record(p: Problem) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "record_type": "problem",
        "source": p.source,
        "article_id": p.article_id,
        "stage": p.stage,
        "severity": p.severity,
        "offset": p.start,
        "message": p.message,
    }


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line; non-ASCII kept as is, keys in schema order, byte-stable."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema every exported line validates against."""
    text = resources.files("quotes.schema").joinpath("quotes.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def read_jsonl(lines: Iterable[str], source: str = "-") -> Iterator[dict[str, Any] | Problem]:
    """Records of an exported file; a bad line becomes a ``Problem`` naming it."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(f"{source}:{n}", f"invalid JSON ({exc.msg}); line skipped", stage="export")
            continue
        if not isinstance(obj, dict) or obj.get("record_type") not in ("quote", "problem"):
            yield Problem(f"{source}:{n}", "not a quotes record; line skipped", stage="export")
            continue
        yield obj
