"""JSONL records for fact-checkers: one quote (or problem) a line, schema ``quotes/io/schema``.

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
            "linked": None,  # the same person's name across the batch, set by grouping
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
    text = resources.files("quotes.io.schema").joinpath("quotes.schema.json").read_text("utf-8")
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


def _who(record: dict[str, Any]) -> str | None:
    """The speaker's name across the batch when grouping linked it, else in its article."""
    sp = record["speaker"]
    return sp.get("linked") or sp["name"]


def group_records_out(records: list[dict[str, Any]], groups: list[Any]) -> Iterator[dict[str, Any]]:
    """One ``quote_group`` record a group: wording, speaker, first and every appearance.

    The canonical wording is the longest member (the most complete); each appearance says
    how it relates to it (``same`` words, a ``variant``, a ``fragment``) with similarities.
    """
    from rapidfuzz import fuzz

    from quotes.group.grouping import normalize

    by_id = {r["id"]: r for r in records if r.get("record_type") == "quote"}
    for g in groups:
        members = [by_id[i] for i in g.members if i in by_id]
        rep = max(members, key=lambda r: (len(r["quote"]["text"]), r["id"]))
        rep_norm = normalize(rep["quote"]["text"])
        appearances = []
        for r in sorted(members, key=lambda r: (r["article"]["date"] or "9999", r["article"]["id"], r["quote"]["start"])):
            norm = normalize(r["quote"]["text"])
            ratio, partial = fuzz.ratio(norm, rep_norm), fuzz.partial_ratio(norm, rep_norm)
            relation = "same" if norm == rep_norm else ("fragment" if partial > ratio + 10 else "variant")
            appearances.append({
                "quote_id": r["id"], "article_id": r["article"]["id"], "outlet": r["article"]["outlet"],
                "url": r["article"]["url"], "date": r["article"]["date"], "text": r["quote"]["text"],
                "type": r["type"], "relation": relation,
                "similarity": {"ratio": round(ratio, 1), "partial_ratio": round(partial, 1)},
            })
        names = [n for n in (_who(r) for r in members) if n]
        name = max(sorted(set(names)), key=names.count) if names else None
        roles = sorted({r["speaker"]["role"] for r in members if r["speaker"]["role"] and _who(r) == name})
        kinds = [r["speaker"]["kind"] for r in members if _who(r) == name]
        first = appearances[0]
        outlets = sorted({a["outlet"] or a["article_id"] for a in appearances})
        author: dict[str, Any] = {"@type": "Organization" if kinds and kinds[0] == "organization" else "Person", "name": name}
        if roles:
            author["jobTitle"] = roles[0]
        yield {
            "schema_version": SCHEMA_VERSION,
            "record_type": "quote_group",
            "group_id": g.id,
            "representative_text": rep["quote"]["text"],
            "speaker": {"name": name, "roles": roles, "kind": kinds[0] if kinds else "unknown"},
            "first_appearance": {k: first[k] for k in ("article_id", "outlet", "url", "date")},
            "appearances": appearances,
            "num_mentions": len(appearances),
            "num_outlets": len(outlets),
            "outlets": outlets,
            "schema_org_claim": {
                "@context": "https://schema.org", "@type": "Claim",
                "text": rep["quote"]["text"],
                "author": author,
                "datePublished": first["date"],
                "firstAppearance": {"@type": "NewsArticle", "url": first["url"],
                                    "publisher": {"@type": "Organization", "name": first["outlet"]}},
                "appearance": [{"@type": "NewsArticle", "url": a["url"],
                                "publisher": {"@type": "Organization", "name": a["outlet"]}} for a in appearances],
            },
        }
