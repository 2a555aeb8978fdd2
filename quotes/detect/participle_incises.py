"""The incise a gerund or a participle set off by a comma goes on from: « « … », a-t-il ajouté,
en promettant « … » »; who says it there says the rest (``preposed``'s frames ask it first)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context
from quotes.detect.cue_spellings import pronoun_range
from quotes.detect.cues import cue_group, cue_verb
from quotes.detect.skips import inverted_start
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.lexicon.grammar import GERUND


def incise_before(ctx: Context, first: Token, stop: int) -> tuple[int, int] | None:
    """The subject of an incise right before a gerund or a participle set off by a comma:
    « », a-t-il ajouté, en promettant « … » », « », a souligné M. Roy, en avançant que … »:
    who says it there says the rest, whatever clause the parse hangs the participle on."""
    doc = ctx.doc
    k = first.i - (first.i > 0 and doc[first.i - 1].lower_ == GERUND)
    if k < 2 or doc[k - 1].text != "," or "Part" not in first.morph.get("VerbForm", []):
        return None
    # the nearest cue before the comma, however long its subject: "…, a indiqué ce jeudi
    # 3 mai le procureur de la République de Vernac Paul Morel, en précisant que …"
    for t in reversed(doc[first.sent.start : k - 1]):
        verb = cue_verb(t)
        if verb is None:
            continue
        head, pron, last = cue_group(t, verb)
        if head.i == 0 or doc[head.i - 1].text not in (",", "»", "”", '"'):
            continue  # no incise: "X a dit, en souriant, …"
        if any(c.dep_.startswith("nsubj") and c.i < head.i for c in t.children):
            return None  # "X, la directrice, a répondu au maire Y, ajoutant …": a main clause
        if pron is not None:  # "…, précise-t-il aussitôt, ajoutant que …"
            adverbs = all(a.pos_ == "ADV" for a in doc[last.i + 1 : k - 1])
            return pronoun_range(pron) if adverbs else None
        rng = np_after(doc, inverted_start(doc, last.i + 1, stop), stop)
        if rng is not None and rng[1] == k - 1 and speaker_like(doc, rng):
            return doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)
        return None
    return None
