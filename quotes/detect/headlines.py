"""A heading that carries someone's words in marks: « « … » », « Nom : « … » », « Titre : « … » ».

A short paragraph with no final stop (``unquoted.heading``) is page furniture, unless it is
made of words in marks said by someone: the marks hold the whole line but for a colon
introduction before them, and their words make a clause (a verb) or come back in other marks
of the article, or the marks are the whole line and no title or name; or the marks end the line
after words of the newsroom's with no colon (« Préparer « un départ en douceur » ») and three
words or more of theirs come back in other marks; after a person's name and a colon two words
do (« Paul Roux : « Un moment de gravité » », not « Marseille : « Nuit blanche » »). A line
with no reported words (« Le bilan », « Objectif « titre » 2026 ») is no quote. Who speaks: the
name before the colon (``incises.colon_frame``), else whoever says the same words elsewhere in
the article (``attribute.headings``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quotes.detect.context import Context, Frame, outer_end
from quotes.detect.incises import colon_frame, has_verb, names_speaker
from quotes.detect.marks import Marked
from quotes.detect.unquoted import content_words
from quotes.lexicon.grammar import ARTICLE_WORDS, DE_BARE, DE_CONTRACTED, DEFINITE_BARE

_MIN_WORDS = 2  # « Non » alone is an answer or a term, not a heading's quote
_VERBLESS_WORDS = 3  # content words a heading's quote with no verb needs
_NAMED_WORDS = 2  # … after a name and a colon (« Paul Roux : « Un moment de gravité » »)
_NAME_LEADS = DEFINITE_BARE | DE_BARE | {"au", "aux"}  # « des gilets jaunes », « la zéro … »
_SHARED = 0.8  # share of a heading's words another quotation must hold to say the same


def repeats(own: set[str], other: str) -> bool:
    """Whether ``other`` says again the heading's words ``own`` (``content_words`` of the
    heading, read once; most of them: a heading trims)."""
    return bool(own) and len(own & content_words(other)) >= _SHARED * len(own)


def quoted_heading(ctx: Context, m: Marked, para: tuple[int, int]) -> bool:
    """Whether marked words in a heading paragraph are a quote of their own."""
    text = ctx.text
    before = text[para[0] : m.open].strip()
    after = text[outer_end(m) : para[1]].strip()
    # « Morin : « … » ? Le maire s'explique »: the sign ends the quote's part of the title
    if after.startswith(("?", "!")):
        after = ""
    said = text[m.start : m.end]
    if before and not before.endswith(":") and not after:
        # « Préparer « une passation sereine » »: marks that end the line after a word or two
        # of the newsroom's are words said when three or more come back in marks below
        return _lifted(ctx, m, said)
    if (after and (before or not after.startswith(":"))) or (
            before and not before.endswith(":")):
        return False  # words in marks inside a title: « Le « grand soir » du club »
    if len(said.split()) < _MIN_WORDS:
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    # the whole line in marks (« « Tellement dur » »): someone's words, verb or none, but a
    # work's title (« « Chronique d'une nuit annoncée » »)
    whole = not before and not text[outer_end(m) : para[1]].strip()
    if span is not None and (has_verb(span) or (
            whole and not _work_title(span) and not _named(ctx, para, span))):
        return True
    # words with no verb but a participle count after a name and a colon (« Morin : « Trop
    # d'incertitudes » »), or when they come back in other marks (« Le bon moment pour tous »
    # over « C'est le bon moment pour tous », a dit X); a title in marks does not (« Chronique
    # d'une nuit annoncée »); two words alone (« Ecoles : « forte affluence » ») are a term,
    # three or more lifted from longer marks below are an excerpt after a colon too (« Morin :
    # « Le cœur du quartier » » over « C'est le cœur du quartier qui … »)
    own = content_words(said)
    # after a name and its colon two words of the speaker's do (« Paul Roux : « Un moment de
    # gravité » »): the name says whose they are, as three do when they come back below; after
    # a person's name only (« Marseille : « Nuit blanche » »: a place's two words are a term)
    frame = heading_frame(ctx, para, m, para)
    named = frame is not None
    short = _NAMED_WORDS if frame is not None and _a_persons(ctx, frame) else _VERBLESS_WORDS
    return (len(own) >= short and (
        named or any(o.open != m.open and repeats(own, text[o.start : o.end]) for o in ctx.outer))
    ) or ((not before or len(said.split()) >= _VERBLESS_WORDS)
          and any(o.open != m.open and excerpt(said, text[o.start : o.end]) for o in ctx.outer))


def _a_persons(ctx: Context, frame: Frame) -> bool:
    """Is the name a heading's colon gives a person's (the model's PER: « Paul Roux »), not a
    place's or a body's (« Marseille »)?"""
    if frame.subject is None:
        return False
    span = ctx.doc.char_span(*frame.subject, alignment_mode="contract")
    return span is not None and any(t.ent_type_ == "PER" for t in span)


def _work_title(span: Span) -> bool:
    """Whether the marked words are a noun with a « de » complement, as a work's title is
    (« Chronique d'une nuit annoncée », « Le Journal d'un curé »), not a remark
    (« Conséquences graves », « Tellement dur »)."""
    root = span.root
    return root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in DE_CONTRACTED
                                 for k in c.children) for c in root.children)


def _named(ctx: Context, para: tuple[int, int], span: Span) -> bool:
    """Whether verbless words in marks over a whole line name a work, a person, a movement or a
    policy rather than say something: a capital past the first word (« Les Choristes »,
    « Astérix et Obélix »), a proper noun as head, or the same words used elsewhere in the
    article as the newsroom's own or after an article or « de » (« les gilets jaunes »,
    « l'objectif de zéro artificialisation nette »); a remark (« Très inquiets », « Peine
    immense » over « C'est une peine immense ») names nothing."""
    words = re.findall(r"\w+", span.text)
    if any(w[0].isupper() for w in words[1:]) or span.root.pos_ == "PROPN":
        return True
    said = [w.lower() for w in words]
    found = [(w.start(), w.group().lower()) for w in re.finditer(r"\w+", ctx.text)
             if not para[0] <= w.start() < para[1]]
    n, texts = len(said), [w for _, w in found]
    return any(
        texts[i : i + n] == said
        and ((i > 0 and found[i - 1][1] in _NAME_LEADS) or ctx.inside_marks(at) is None)
        for i, (at, _) in enumerate(found))


def _lifted(ctx: Context, m: Marked, said: str) -> bool:
    """Whether the marks of a heading with words of its own before them hold three words or
    more that other marks of the article hold again (« Objectif « titre » » is a term)."""
    own = content_words(said)
    return len(said.split()) >= _VERBLESS_WORDS and any(
        o.open != m.open and (repeats(own, ctx.text[o.start : o.end])
                              or excerpt(said, ctx.text[o.start : o.end]))
        for o in ctx.outer)


def excerpt(said: str, other: str) -> bool:
    """Are a heading's words, but an article opening them, found as they stand inside longer
    marked words (« En position de force » over « … les syndicats seront en position de force
    … »)? A pull quote, the marks alone on their line, lifts its words from the quote it
    heads, however few; after a topic and a colon two words are a term."""
    words = re.findall(r"\w+", said.lower())
    if words and words[0] in ARTICLE_WORDS:
        words = words[1:]
    longer = re.findall(r"\w+", other.lower())
    return len(words) >= _MIN_WORDS and len(longer) > len(words) + 1 and (
        f" {' '.join(words)} " in f" {' '.join(longer)} ")


def heading_frame(
    ctx: Context, sent: tuple[int, int], m: Marked, para: tuple[int, int]
) -> Frame | None:
    """The name a colon gives a heading's words, before them (« Morin : « … » »,
    ``incises.colon_frame``) or after them (« « … » : Paul Morin »); None when the words
    across the colon are no name (« Un village sous le choc : « … » »)."""
    found = colon_frame(ctx, sent, m)
    end = outer_end(m)
    rest = ctx.text[end : para[1]]
    if found is not None or not rest.lstrip().startswith(":"):
        return found
    colon = end + rest.index(":")
    name = ctx.doc.char_span(colon + 1, para[1], alignment_mode="contract")
    if name is None or not names_speaker(ctx, name):
        return None  # « « … » : le maire s'explique »: the narrator's words, no name alone
    subject = (name.start_char, name.end_char)
    return Frame("colon", (colon, colon + 1), ":", subject, ((m.open, end),), ("colon",))
