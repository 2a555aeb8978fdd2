"""Word-level alignment of the wordings in one quote group against its longest version.

Words are compared through ``similarity.normalize`` (case, accents, marks and punctuation set
aside) but shown as each outlet wrote them. A fragment's missing words at either end are
``outside`` it (the part of the long version that outlet did not quote), not ``dropped``.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from quotes.group.similarity import normalize
from quotes.model import Appearance, Group


@dataclass(frozen=True)
class Piece:
    op: str  # equal | added | dropped | outside
    text: str


@dataclass(frozen=True)
class Variant:
    """One appearance of a group, aligned word by word with the longest wording."""

    appearance: Appearance
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


def variants(group: Group) -> list[Variant]:
    """Every appearance of a group, aligned with its representative text; a ``fragment``
    (``similarity.relation``) has the words beyond its ends ``outside``, not ``dropped``; a
    ``paraphrase`` says it in other words, so it is not aligned (no pieces)."""
    reference = group.representative_text
    return [
        Variant(a, () if a.relation == "paraphrase" else
                tuple(align(reference, a.text, fragment=a.relation == "fragment")))
        for a in group.appearances
    ]
