"""Cues that share one subject: « « C'est un échec », a-t-elle ajouté, estimant que Anne Roy
« ne peut pas rester » »: the participle speaks for the subject of the cue it follows, so one
« elle » says both stretches, and a person either stretch names is no one it stands for (she
does not say « Anne Roy » of herself): the pronoun is read once over the words of both."""

from __future__ import annotations

from collections.abc import Sequence

from quotes.detect.candidates import Candidate


def shared_words(cands: Sequence[Candidate]) -> dict[tuple[int, int], tuple[int, int]]:
    """For each cue subject that two candidates or more share (the same characters), the
    stretch from the first one's words to the last one's end."""
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for c in cands:
        if c.frame is not None and c.frame.subject is not None:
            spans.setdefault(c.frame.subject, []).append((c.start, c.end))
    return {s: (min(a for a, _ in found), max(b for _, b in found))
            for s, found in spans.items() if len(found) > 1}
