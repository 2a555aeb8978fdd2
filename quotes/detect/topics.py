"""Verbs of speaking about something (lexicon/topic_verbs.txt: « parler »): the marked words
right after their preposition are what is said (« parle de « coup dur » »); marks inside a
longer object are only the topic (« parle du projet avec ses « amis » »), no quote; so are
marks a thing speaks of (« le film parle d'une « … » »), said by no one. Marked objects the
parse coordinates with the first (« parle d'un « … » et d'un « … » », « de « … », de « … » ou
de « … » ») are more of the same content: one record from the first to the last."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import gerund
from quotes.detect.context import SIGNS, Context, Frame, Rejected, outer_end
from quotes.detect.marks import Marked
from quotes.detect.speaker_phrases import speaker_like
from quotes.lexicon import cached, fold, folded, table
from quotes.lexicon.grammar import DE, INDEFINITE, LINKING_RELATIVES


def topic_content(ctx: Context, a: int, b: int, spoken: list[Marked]
                  ) -> tuple[Marked | None, tuple[int, int] | None, list[Marked]]:
    """What a verb of speaking about something says from ``a`` to ``b``, read once from the
    words before its marked objects (``_lone_lead``): the marked stretch when it is the whole
    content after its « de » (the content may start after it); else the content from ``a``
    to the last closing mark when it opens on an indefinite article (« parle d'une
    « épreuve très difficile » »: a marked object with its article, mixed), or when several
    marked objects are coordinated (« parle de « A » et de « B » »: mixed, as a list of
    marks after one cue is); a definite one (« parle de la « réforme » ») names a topic:
    (None, None). The marked stretches the content holds come last."""
    objects = coordinated_marks(ctx, spoken)
    lead = _lone_lead(ctx, a, b, objects)
    if lead is not None and (not lead or lead in DE):
        if len(objects) == 1:
            return objects[0], None, objects
        return None, (objects[0].open, outer_end(objects[-1])), objects
    if lead in INDEFINITE:
        return None, (a, outer_end(objects[-1])), objects
    held = _indefinite_phrase_marks(ctx, a, spoken)
    return None, ((a, outer_end(held[-1])) if held else None), held or objects


def _indefinite_phrase_marks(ctx: Context, a: int, spoken: list[Marked]) -> list[Marked]:
    """The marked stretches of ``spoken`` inside the noun phrase an indefinite article opens
    at ``a`` (« parle d'un « plan social » qui toucherait … », « parlant d'un jeune qui
    « … » mais qui « … » »): what the speaker is said to have spoken of, in its own words,
    up to the last of them; the words after it are the narrator's. None with a definite
    article (« parle du projet de « … » »: a topic) or marks outside the phrase."""
    det = ctx.token_at(a)
    if det is None or det.lower_ not in INDEFINITE or det.i + 1 >= len(ctx.doc):
        return []
    # the article's noun; where the parse fixes « d'un » as one word, the word after it
    head = det.head if det.dep_ == "det" else ctx.doc[det.i + 1]
    if det.dep_ != "det" and (det.dep_ != "fixed" or head.pos_ not in ("NOUN", "ADJ")):
        return []
    if any(t.i < det.i and t.pos_ != "ADP" for t in head.subtree):
        return []  # the article opens the phrase, after its « de »
    hi = _phrase_end(head)
    doc = ctx.doc
    nxt = next((t for t in doc if t.idx >= hi), None)
    if nxt is not None and (nxt.pos_ == "CCONJ" or (nxt.text == "," and nxt.i + 1 < len(doc)
                                                   and doc[nxt.i + 1].lower_ in DE)):
        return []  # « d'une « … » et de la dette »: another object after it, a topic
    held = [m for m in spoken if a <= m.open < hi]
    if not held or held != spoken[: len(held)]:
        return []  # the phrase holds its marks from the first on: none is passed over
    if len(held) < len(spoken):
        gap = doc.char_span(outer_end(held[-1]), spoken[len(held)].open, alignment_mode="expand")
        if gap is None or all(t.is_punct or t.pos_ in ("CCONJ", "ADP", "DET") for t in gap):
            return []  # « d'une « … », d'un « … » »: a series of objects, topics
    return held


def coordinated_marks(ctx: Context, spoken: list[Marked]) -> list[Marked]:
    """The first of ``spoken`` and the marked stretches after it that the parse coordinates
    with it: nothing stands between two of them but a comma, a conjunction and the later
    one's own preposition and determiner (« et d'un », « , de »), and the word heading the
    last one is a conjunct of an earlier one's head or of the word that governs the first
    (the parse hangs « d'un « allié » » on the verb too). An item of a series the parse
    makes a complement of the one before (« d'une « A », d'un « B » et d'une « C » ») is
    one of them when the conjunct closes the series; with no conjunct, the first alone."""
    first = _head(ctx, spoken[0]) if spoken else None
    if first is None:
        return spoken[:1]
    heads, found, closed = [first], spoken[:1], 1
    for m in spoken[1:]:
        head = _head(ctx, m)
        if head is None or head.head not in (*heads, first.head) or head.dep_ not in (
                "conj", "nmod"):
            break
        between = ctx.doc.char_span(outer_end(found[-1]), m.open, alignment_mode="expand")
        if between is None or not between.text.strip() or any(
                not (t.text == "," or (t.dep_ in ("cc", "case", "det") and t.head == head))
                for t in between) or (head.dep_ == "nmod" and between[0].text != ","):
            break
        heads.append(head)
        found.append(m)
        if head.dep_ == "conj":
            closed = len(found)
    return found[:closed]


def _phrase_end(head: Token) -> int:
    """Where the noun phrase of ``head`` ends, with the relative clauses right after it
    (« un jeune qui « … » mais qui « … » ») wherever the parse hangs them."""
    doc = head.doc
    # its own words, not a phrase coordinated with it (« et de la dette ») or one the parse
    # hangs on it after a comma (« , d'un « … » »)
    j = max([head.i] + [t.right_edge.i for t in head.children if t.dep_ not in ("conj", "cc")
                        and not (t.i > head.i and doc[t.left_edge.i - 1].text == ",")])
    while True:
        k = j + 1 + (j + 1 < len(doc) and doc[j + 1].pos_ == "CCONJ")
        if k >= len(doc) or doc[k].lower_ not in LINKING_RELATIVES or doc[k].head.i <= k:
            return doc[j].idx + len(doc[j].text)
        j = max(doc[k].head.right_edge.i, k)


def _head(ctx: Context, m: Marked) -> Token | None:
    """The word of the marked stretch ``m`` whose head stands outside it (its phrase's
    head), when there is one word so."""
    inner = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if inner is None:
        return None
    heads = [t for t in inner if not t.is_punct and not inner.start <= t.head.i < inner.end]
    return heads[0] if len(heads) == 1 else None


def _lone_lead(ctx: Context, a: int, b: int, spoken: list[Marked]) -> str | None:
    """The words before the first of the marked stretches ``spoken``, all of the content from
    ``a`` to ``b``, lower case, when nothing but signs or a gerund follows the last (« parle
    de « … » en quittant la salle »: when, not what); else None."""
    if not spoken:
        return None
    m, text = spoken[-1], ctx.text
    tail = text[outer_end(m) : b]
    lo = b - len(tail.lstrip(SIGNS))  # where the words after the marks start
    rest = text[lo:b].rstrip(SIGNS)
    after = ctx.doc.char_span(lo, lo + len(rest), alignment_mode="expand") if rest else None
    if rest and (after is None or not gerund(after[0])):
        return None
    return text[a : spoken[0].open].strip().lower()


def speaking_subject(ctx: Context, frame: Frame) -> bool:
    """Can the subject of a verb of speaking about something speak: a person, a body, a
    name, a pronoun (« La juge parle d'une « … » », « Il parle de « … » »), or no subject
    written? Not « on », what people say (« on parle d'un « … » »), nor a thing (« Le film
    parle d'une « … » »: what it is about, no one's words)."""
    if frame.subject is None:
        return True
    span = ctx.doc.char_span(*frame.subject, alignment_mode="expand")
    if span is not None and len(span) == 1 and span[0].lower_ == "on":
        return False  # « on parle d'un « miracle » »: what is said around, no one's words
    if span is None or span[0].pos_ == "PRON" or speaker_like(ctx.doc, (span.start, span.end)):
        return True
    # a plural noun most often names people (« les habitants »); a noun the kinds' seeds
    # give as one that speaks, a person, a body, a document (« le témoin », « le rapport »)
    # a noun naming a news outlet by what it is (« le quotidien X », lexicon/press_nouns.txt)
    head = span.root
    return head.pos_ != "NOUN" or "Plur" in head.morph.get("Number", []) or (
        head.lower_ in _speaking_seeds()) or fold(head.text) in folded("press_nouns")


@cached
def _speaking_seeds() -> frozenset[str]:
    """The nouns lexicon/noun_kinds.tsv gives as seeds of a kind that speaks."""
    return frozenset(noun for noun, kind in table("noun_kinds") if kind in _SPEAKING_KINDS)


_SPEAKING_KINDS = frozenset({"person", "organization", "source"})


def topic_marks(spoken: list[Marked]) -> list[Rejected]:
    return [Rejected(m.start, m.end, "marked words in what a verb speaks of, not its "
                     "object: a topic") for m in spoken]
