"""One title in the plural shared out among the names coordinated after it, in order: « les
ministres des Armées et des Affaires étrangères, Anne Roy et Paul Morel » gives Anne Roy
« ministre des Armées » and Paul Morel « ministre des Affaires étrangères ». As many
complements joined by « et » as names, each opening on « de »; any other plural title is no
one's (``role_number.one_person``).
"""

from __future__ import annotations

from spacy.tokens import Span

from quotes.attribute.role_extent import Pieced, Role
from quotes.lexicon.grammar import DE_CONTRACTED, DETERMINERS
from quotes.lexicon.roles import is_role_noun


def shared_title(ent: Span, window: int) -> Role | None:
    """The part of a plural title before the names coordinated with ``ent`` that is its own:
    the noun in the singular with the complement of its rank among them."""
    doc = ent.doc
    names = [e for e in doc.ents if e.label_ == "PER"]
    at = next((k for k, e in enumerate(names) if e.start == ent.start), None)
    if at is None:
        return None
    lo = hi = at  # the run of names joined by commas and a last « et »
    while lo > 0 and _joined(names[lo - 1], names[lo]):
        lo -= 1
    while hi + 1 < len(names) and _joined(names[hi], names[hi + 1]):
        hi += 1
    run = names[lo : hi + 1]
    comma = run[0].start - 1
    if len(run) < 2 or comma < 2 or doc[comma].text != "," or \
            doc[run[-1].start - 1].lower_ != "et":
        return None
    noun = next((t for t in reversed(doc[max(0, comma - window) : comma])
                 if is_role_noun(t.text) and "Plur" in t.morph.get("Number", [])), None)
    if noun is None or noun.i == 0 or doc[noun.i - 1].lower_ not in DETERMINERS \
            or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[noun.i : comma]):
        return None
    one = noun.text[:-1] if noun.text.endswith("s") else ""
    parts = _complements(doc[noun.i + 1 : comma])
    if not is_role_noun(one) or len(parts) != len(run):
        return None
    part = parts[at - lo]
    return Pieced((f"{one} {part.text}", noun.idx, part.end_char))


def _joined(first: Span, second: Span) -> bool:
    """Do two names follow each other with only a comma or « et » between them?"""
    return second.start == first.end + 1 and first.doc[first.end].lower_ in (",", "et")


def _complements(words: Span) -> list[Span]:
    """The complements joined by « et » (and commas before it) after a plural role noun, each
    opening on « de », « du », « des »: « des Armées et des Affaires étrangères »; none when
    they do not all open so."""
    cuts = [t.i for t in words if t.lower_ == "et" or t.text == ","]
    bounds = [words.start, *(c + 1 for c in cuts)]
    ends = [*cuts, words.end]
    doc = words.doc
    parts = [doc[a:b] for a, b in zip(bounds, ends, strict=True)]
    if len(parts) < 2 or any(len(p) < 2 or p[0].lower_ not in DE_CONTRACTED for p in parts):
        return []
    return parts
