"""« selon X » inside a sentence with no finite verb, the words going on after the source: « La
faute, selon le groupe, à la concurrence », « Aucune victime, selon les pompiers, à ce stade ».
The words on both sides are X's claim, whole, from after a label's colon (« Inondations : des
dégâts, selon la préfecture, dans tout le département »: the label is the narrator's).

Only a phrase opening with a preposition goes on the claim. An adjective or a participle after
the source describes it (« selon les organisateurs, ravis de … », « selon les pompiers dépêchés
sur place »), as does a name (« selon le maire de Vernac Paul Girod, interrogé lundi »); with no
comma after the source, so do a « de » (« selon les organisateurs du festival ») and any phrase
after a source with a complement of its own, whose name may go on (« selon les organisateurs
du festival Jazz en baie »). A second « selon » gives each figure its own source (« Deux mille
manifestants selon la police, dix mille selon les syndicats »). Those keep the words before
the source alone, and so do a phrase that says how long the source has held its place
(« selon le maire, en poste depuis 2014 », « selon la directrice, à la tête du festival »).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import after_colon, trim_start
from quotes.detect.context import Context
from quotes.detect.forms import conjugated
from quotes.detect.selon_lists import selon_word
from quotes.lexicon.grammar import DE_CONTRACTED


def verbless_start(ctx: Context, first: Token, tok: Token, source: tuple[int, int],
                   sent: tuple[int, int]) -> int | None:
    """Where the claim starts when the « selon » from ``first`` to ``tok``, its source at
    ``source``, cuts a sentence with no finite verb that goes on after the source; else None."""
    doc, text = ctx.doc, ctx.text
    s_lo, s_hi = sent
    after = source[1]
    span = first.sent
    rest = doc.char_span(after, s_hi, alignment_mode="contract")
    words = [t for t in rest or () if not t.is_punct]
    if first.i <= span.start or len(words) < 2 or any(conjugated(t) for t in span) or any(
            selon_word(t) for t in span if t.i not in (first.i, tok.i)):
        return None
    head, glued = words[0], "," not in text[after : words[0].idx]
    if head.pos_ != "ADP" or (glued and (head.lower_ in DE_CONTRACTED or _complemented(
            ctx, source))):  # « ravis de … », « dépêchés sur place », « du festival »,
        return None  # « les organisateurs du festival Jazz en baie »: the source's own
    if _tenure(words):  # « selon le maire, en poste depuis 2014 »: the source's, not the claim
        return None
    start = after_colon(ctx, trim_start(text, s_lo, s_hi), first.idx)
    return start if start < first.idx else None


def _tenure(words: list[Token]) -> bool:
    """Does the phrase after the source say how long the source has held its place: a
    « depuis » after its first preposition (« en poste depuis 2014 », « au pouvoir depuis
    2008 »), or « à la tête de » (« à la tête du festival depuis dix ans »)? A « depuis »
    heading the phrase dates the claim (« depuis le début de l'année »)."""
    lowered = [t.lower_ for t in words]
    return "depuis" in lowered[1:] or lowered[:3] == ["à", "la", "tête"]


def _complemented(ctx: Context, source: tuple[int, int]) -> bool:
    """Does the source hold a preposition (« les organisateurs du festival »)? Then a phrase
    glued after it with no comma may still be the source's, its name or its complement."""
    span = ctx.doc.char_span(*source, alignment_mode="expand")
    return span is None or any(t.pos_ == "ADP" or t.lower_ in DE_CONTRACTED for t in span)
