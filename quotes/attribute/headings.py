"""Who speaks a heading's words in marks with no name before a colon (``detect.headlines``):
whoever says the same words elsewhere in the article (« « Le bon moment » » over « C'est le
bon moment pour tout le monde », a dit X), else nobody the text shows; never the speaker of
the paragraph before, since a heading announces what follows."""

from __future__ import annotations

from dataclasses import replace

from quotes.attribute import speakers
from quotes.detect.candidates import Candidate
from quotes.detect.headlines import repeats
from quotes.detect.unquoted import content_words


def heading_speakers(
    text: str, final: list[tuple[Candidate, speakers.Resolved, tuple[str, ...]]]
) -> list[tuple[Candidate, speakers.Resolved, tuple[str, ...]]]:
    """``final`` with each uncued heading quote given the speaker of the same words."""
    out = []
    for cand, who, notes in final:
        if cand.frame is None and "heading" in cand.evidence:
            own = content_words(text[cand.start : cand.end])
            same = next((w for c, w, _ in final if c is not cand and w.name
                         and "heading" not in c.evidence
                         and repeats(own, text[c.start : c.end])), None)
            if same is not None:
                who, notes = replace(same, resolution="continuation"), ("heading-same-words",)
            else:
                who, notes = speakers.UNKNOWN, ("no-speaker",)
        out.append((cand, who, notes))
    return out
