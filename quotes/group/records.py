"""The records grouping gives back: each quote with its group id and its linked speaker, and
one ``Group`` record a cluster (its longest wording, its dated appearances, its speaker).

Records are made without ``dataclasses.replace``: grouping a million quotes gives most of
them a new record (``scripts/bench_group.py``).
"""

from __future__ import annotations

from typing import TypeVar

from quotes.group.similarity import relation
from quotes.model import Appearance, Group, Quote, Relation, Speaker

_R = TypeVar("_R", Quote, Speaker, Appearance)


def linked_quote(q: Quote, group_id: str | None, linked: dict[str, str]) -> Quote:
    """``q`` with its group id and its speaker's one name across the batch (``linked``: a
    person's; a body named as someone is named keeps its own name); ``q`` itself when it has
    both already."""
    name = q.speaker.name
    who = linked.get(name, name) if name and q.speaker.kind == "person" else name
    if q.group_id == group_id and q.speaker.linked == who:
        return q
    return _copy(q, group_id=group_id, speaker=_copy(q.speaker, linked=who))


def _copy(record: _R, **changes: object) -> _R:
    """``dataclasses.replace`` for a frozen record with no ``__post_init__``, at a third of
    its cost: grouping a million quotes gives most of them a new record."""
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new


def _record(kind: type[_R], **fields: object) -> _R:
    """A new frozen record with no ``__post_init__`` from all its fields, as ``_copy`` makes
    one: a million quotes make hundreds of thousands of appearances."""
    new = object.__new__(kind)
    new.__dict__.update(fields)
    return new


def group_record(gid: str, normalised: list[tuple[Quote, str]], consensus: str | None,
                 paraphrased: set[str]) -> Group:
    """The group record of quotes (with their normalised text): the longest wording, every
    appearance from the earliest dated article, and the consensus speaker (else the one most
    members name), with their roles and kind."""
    members = [q for q, _ in normalised]
    rep, rep_norm = max(normalised, key=lambda qn: (len(qn[0].span.text), qn[0].id))
    dated = sorted(normalised, key=lambda qn: (qn[0].article.date or "9999", qn[0].article.id,
                                               qn[0].span.start))
    appearances = []
    related: dict[str, tuple[Relation, float, float]] = {}  # outlets share wordings
    for q, norm in dated:
        if (rel_of := related.get(norm)) is None:
            rel, ratio, partial = relation(norm, rep_norm)
            rel_of = related[norm] = (rel, round(ratio, 1), round(partial, 1))
        rel, ratio, partial = rel_of
        if q.id in paraphrased:
            rel = "paraphrase"  # its own words for what the longest says: no alignment
        art = q.article
        appearances.append(_record(Appearance, quote_id=q.id, article_id=art.id,
                                   outlet=art.outlet, url=art.url, date=art.date,
                                   text=q.span.text, type=q.type, relation=rel, ratio=ratio,
                                   partial_ratio=partial))
    who = [q.who for q in members]
    names = [n for n in who if n]
    name = consensus or (max(sorted(set(names)), key=names.count) if names else None)
    roles = sorted({q.speaker.role for q, n in zip(members, who, strict=True)
                    if q.speaker.role and n == name})
    kinds = [q.speaker.kind for q, n in zip(members, who, strict=True) if n == name]
    kind = kinds[0] if kinds else "unknown"
    return Group(gid, rep.span.text, name, tuple(roles), kind, tuple(appearances))
