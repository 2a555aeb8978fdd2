"""Verbs of speaking about something (lexicon/topic_verbs.txt: « parler »): the marked words
right after their preposition are what is said (« parle de « coup dur » »); marks inside a
longer object are only the topic (« parle du projet avec ses « amis » »), no quote; so are
marks a thing speaks of (« le film parle d'une « … » »), said by no one."""

from __future__ import annotations

from quotes.detect.content import gerund
from quotes.detect.context import SIGNS, Context, Frame, Rejected, outer_end
from quotes.detect.marks import Marked
from quotes.detect.subjects import speaker_like
from quotes.lexicon import cached, table
from quotes.lexicon.grammar import DE, INDEFINITE


def topic_content(ctx: Context, a: int, b: int, spoken: list[Marked]
                  ) -> tuple[Marked | None, tuple[int, int] | None]:
    """What a verb of speaking about something says from ``a`` to ``b``, read once from the
    words before its one marked stretch (``_lone_lead``): the marked stretch when it is the
    whole content after its « de » (the content may start after it); else the content from
    ``a`` to the closing mark when it opens on an indefinite article (« parle d'une
    « épreuve très difficile » »: a marked object with its article, mixed); a definite one
    (« parle de la « réforme » ») names a topic: (None, None)."""
    lead = _lone_lead(ctx, a, b, spoken)
    if lead is not None and (not lead or lead in DE):
        return spoken[0], None
    return None, ((a, outer_end(spoken[0])) if lead in INDEFINITE else None)


def _lone_lead(ctx: Context, a: int, b: int, spoken: list[Marked]) -> str | None:
    """The words before the one marked stretch of the content from ``a`` to ``b``, lower
    case, when nothing but signs or a gerund follows it (« parle de « … » en quittant la
    salle »: when, not what); else None."""
    if len(spoken) != 1:
        return None
    m, text = spoken[0], ctx.text
    tail = text[outer_end(m) : b]
    lo = b - len(tail.lstrip(SIGNS))  # where the words after the marks start
    rest = text[lo:b].rstrip(SIGNS)
    after = ctx.doc.char_span(lo, lo + len(rest), alignment_mode="expand") if rest else None
    if rest and (after is None or not gerund(after[0])):
        return None
    return text[a : m.open].strip().lower()


def speaking_subject(ctx: Context, frame: Frame) -> bool:
    """Can the subject of a verb of speaking about something speak: a person, a body, a
    name, a pronoun (« La juge parle d'une « … » », « Il parle de « … » »), or no subject
    written? Not a thing (« Le film parle d'une « … » »: what it is about, no one's words)."""
    if frame.subject is None:
        return True
    span = ctx.doc.char_span(*frame.subject, alignment_mode="expand")
    if span is None or span[0].pos_ == "PRON" or speaker_like(ctx.doc, (span.start, span.end)):
        return True
    # a plural noun most often names people (« les habitants »); a noun the kinds' seeds
    # give as one that speaks, a person, a body, a document (« le témoin », « le rapport »)
    head = span.root
    return head.pos_ != "NOUN" or "Plur" in head.morph.get("Number", []) or (
        head.lower_ in _speaking_seeds())


@cached
def _speaking_seeds() -> frozenset[str]:
    """The nouns lexicon/noun_kinds.tsv gives as seeds of a kind that speaks."""
    return frozenset(noun for noun, kind in table("noun_kinds") if kind in _SPEAKING_KINDS)


_SPEAKING_KINDS = frozenset({"person", "organization", "source"})


def topic_marks(spoken: list[Marked]) -> list[Rejected]:
    return [Rejected(m.start, m.end, "marked words in what a verb speaks of, not its "
                     "object: a topic") for m in spoken]
