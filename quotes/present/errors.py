"""The errors of an evaluation as plain lines: each quote as text, its speaker beside gold's.

In: gold and predicted items (``quotes.evaluate``) and article texts for context. Out: lines
of text; every article-derived string goes through ``safe``.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotes.evaluate import Item, errors
from quotes.present.report import safe

TITLES = {"missed": "missed (in gold, not found)",
          "false_alarm": "false alarms (found, not in gold)",
          "wrong_speaker": "wrong speaker (found, speaker differs from gold)"}


def _gold_for(item: Item, gold: list[Item]) -> Item | None:
    """The gold quote of the same article that overlaps ``item`` the most."""
    same = [g for g in gold
            if g.article == item.article and g.start < item.end and item.start < g.end]
    return max(same, key=lambda g: min(g.end, item.end) - max(g.start, item.start), default=None)


def _who(name: str | None) -> str:
    return safe(name) if name else "(no speaker)"


def error_lines(gold: list[Item], pred: list[Item], texts: dict[str, str]) -> Iterator[str]:
    """Misses, false alarms and wrong speakers, each with its words in the article around it."""
    for kind, items in errors(gold, pred).items():
        yield f"\n{TITLES.get(kind, kind)}: {len(items)}"
        for it in items:
            words = safe(it.text)
            words = words if len(words) <= 100 else words[:99] + "…"
            yield f"  [{safe(it.article)} {it.start}:{it.end} {safe(it.type)}] {words}"
            if kind == "wrong_speaker":
                right = _gold_for(it, gold)
                said = right.speaker if right is not None else None
                yield f"      predicted: {_who(it.speaker)}   gold: {_who(said)}"
            else:
                yield f"      {'gold' if kind == 'missed' else 'predicted'}: {_who(it.speaker)}"
            text = texts.get(it.article)
            if text is not None:
                before = safe(text[max(0, it.start - 60) : it.start])
                after = safe(text[it.end : it.end + 60])
                yield f"      …{before}⟦…⟧{after}…"
