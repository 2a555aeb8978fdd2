"""Word-level alignment of the wordings in one quote group against its longest version.

Words are compared through ``group.normalize`` (case, accents, marks and punctuation set
aside) but shown as each outlet wrote them. A fragment's missing words at either end are
``outside`` it (the part of the long version that outlet did not quote), not ``dropped``.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from quotes.group.grouping import normalize


@dataclass(frozen=True)
class Piece:
    op: str  # equal | added | dropped | outside
    text: str


@dataclass(frozen=True)
class Variant:
    quote_id: str
    article_id: str
    outlet: str | None
    date: str | None
    relation: str
    pieces: tuple[Piece, ...]


def align(reference: str, variant: str, *, fragment: bool = False) -> list[Piece]:
    """How ``variant`` differs from ``reference``, word by word."""
    ref, var = reference.split(), variant.split()
    ref_keys = [normalize(w) for w in ref]
    var_keys = [normalize(w) for w in var]
    ops = SequenceMatcher(None, ref_keys, var_keys, autojunk=False).get_opcodes()
    pieces: list[Piece] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            pieces.append(Piece("equal", " ".join(var[j1:j2])))
            continue
        if tag in ("delete", "replace"):
            edge = fragment and tag == "delete" and (n == 0 or n == len(ops) - 1)
            pieces.append(Piece("outside" if edge else "dropped", " ".join(ref[i1:i2])))
        if tag in ("insert", "replace"):
            pieces.append(Piece("added", " ".join(var[j1:j2])))
    return [p for p in pieces if p.text]


def variants(group: dict[str, Any]) -> list[Variant]:
    """Every appearance of a ``quote_group`` record, aligned with its representative text."""
    reference = group["representative_text"]
    out = []
    for a in group["appearances"]:
        pieces = align(reference, a["text"], fragment=a["relation"] == "fragment")
        out.append(Variant(a["quote_id"], a["article_id"], a["outlet"], a["date"], a["relation"], tuple(pieces)))
    return out
