"""Marked stretches in a frame's content that are the reported words, the rest only the narrator's.

After a verb (not after « que » or « de »), the words outside the marks may only say where, to
whom or what for the words were given, or name the speaker the frame took in: then each marked
stretch is a direct quote (``candidates``); otherwise the content stays one mixed quote."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.closing_tails import aim
from quotes.detect.context import Context, outer_end
from quotes.detect.marks import Marked
from quotes.detect.media import medium
from quotes.lexicon import capitalised
from quotes.lexicon.grammar import DE, NEGATION_START, QUE, SET_OFF_RELATIVES
from quotes.lexicon.roles import is_role_noun

_NOT_NARRATED = QUE | DE | SET_OFF_RELATIVES  # words that go on the reported clause


def narrated(ctx: Context, a: int, b: int, spoken: list[Marked]) -> bool:
    """Are the content's words outside its marks only the narrator's? Then the marked
    stretches are the reported words (after a verb, not after « que » or « de »). Before the
    first marks: where the words were given ("sur RTL", "dans un communiqué, lundi,"), a link
    ("Toutefois,") or a name or role the frame took in ("le ministre, mais"); between marks,
    punctuation only; after the last: where or to whom they were given ("sur son blog", "à
    l'AFP"), or what the saying was for (« … » pour justifier …: ``aim``). An article before
    the marks (un « … ») or words that complete them (« … » pour sa santé) keep a mixed
    record, as do marks opening with a verb (il « sait tout »)."""
    if any(m.close is None or m.depth for m in spoken):
        return False
    if any(_opens_with_verb(ctx, m) for m in spoken):
        return False
    bounds = [a] + [x for m in spoken for x in (m.open, outer_end(m))] + [b]
    last = len(bounds) - 2
    for k in range(0, len(bounds), 2):
        span = ctx.doc.char_span(bounds[k], bounds[k + 1], alignment_mode="expand")
        words = [t for t in span if not t.is_punct] if span is not None else []
        if not words:
            continue
        if k == last and aim(ctx, words, spoken):
            continue
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ in _NOT_NARRATED
               for t in words[:1] + [t for t in words if t.pos_ != "ADP"]):
            return False
        if k in (0, last) and medium(words) and words[-1].pos_ != "DET":  # not "sur X un « … »"
            continue
        if k == last and all(t.pos_ in ("ADV", "SCONJ") for t in words):  # "« … » tandis"
            continue
        if k == 0 and _subject(ctx, words, spoken[0]):
            continue
        return False
    return True


def _opens_with_verb(ctx: Context, m: Marked) -> bool:
    """« a promis », « n'a rien dit »: marked words that go on a clause begun outside them."""
    t = ctx.token_at(m.start)
    if t is not None and t.lower_ in NEGATION_START and t.i + 1 < len(t.doc):
        t = t.doc[t.i + 1]
    return t is None or t.pos_ in ("VERB", "AUX")


def _subject(ctx: Context, words: list[Token], m: Marked) -> bool:
    """A name or a role the frame took in before marks that are a sentence of their own
    ("le président Paul Roy « Nous … »") or after which a link goes on ("le ministre, mais")."""
    if words[0].pos_ != "DET" or not any(t.pos_ == "PROPN" or is_role_noun(t.text)
                                         for t in words):
        return False
    return words[-1].pos_ == "CCONJ" or (
        words[-1].pos_ in ("PROPN", "NOUN") and capitalised(ctx.text[m.start : m.start + 1]))
