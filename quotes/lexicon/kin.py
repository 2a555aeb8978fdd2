"""The kin nouns of one relative, with the relation they state (lexicon/kin_nouns.txt)."""

from __future__ import annotations

from quotes.lexicon import _lines, cached, fold, marked_rows


@cached
def relatives() -> dict[str, tuple[str, str | None]]:
    """The kin nouns of one relative (lexicon/kin_nouns.txt, those with a relation), folded,
    and « oe » for « œ »: "epouse" -> ("femme", "f"), the relation they state, folded, and the
    relative's sex (None: « enfant »)."""
    found: dict[str, tuple[str, str | None]] = {}
    for line in _lines("kin_nouns.txt"):
        word, *said = line.split("\t")
        if said:
            one = (fold(said[0]), said[1] if len(said) > 1 else None)
            found[fold(word)] = found[fold(word).replace("œ", "oe")] = one
    return found


@cached
def relation_genders() -> dict[str, str | None]:
    """The relation each kin noun of ``relatives`` states, folded -> the relative's sex:
    "femme" -> "f", "enfant" -> None."""
    return dict(relatives().values())


@cached
def bare_relatives() -> frozenset[str]:
    """The kin nouns (folded) that alone still mean the relative (lexicon/kin_nouns.txt, fourth
    column ``bare``: « la mère », « le père »), not anyone (« la femme », « la fille »)."""
    return frozenset(fold(row[0]) for row in marked_rows("kin_nouns.txt", "bare"))
