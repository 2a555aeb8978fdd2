"""The view of one article every rule reads: its text, tokens, quoted stretches and sentences.

Nothing here decides what is a quote; it answers "is this offset inside quotation marks?",
"which token is at this offset?", "where do sentences start, without cutting a quote?".
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from spacy.tokens import Doc, Token

from quotes.detect.forms import conjugated
from quotes.detect.furniture import furniture
from quotes.detect.marks import Marked
from quotes.lexicon import capitalised, fold, is_org_noun, marked, titles, words
from quotes.lexicon.grammar import DEMONSTRATIVE_HEADS, NEGATION_START, RANKS
from quotes.lexicon.roles import is_role_noun, role_prefix
from quotes.nlp.doc import text_of, token_starts
from quotes.settings import DEFAULT, Settings

SENT_END = ".!?…"
CLOSING = '»”"›'  # marks that can close a quotation before its cue
OPENING = '«“"‹'  # marks that open a quotation
CLOSERS = frozenset(CLOSING)  # the closing quotation marks, as a set
SIGNS = " \t,.;:!?…"  # spaces and signs: what a stretch of words may hold besides its words
_CLAUSE_ENDS = (",", ".", ";", "!", "?", "…", "(")
_DEMONSTRATIVE = re.compile(r"(\w+)-$")  # « Celui- » before its « ci »



def ends_noun_phrase(tok: Token) -> bool:
    """Whether ``tok`` may follow an inverted subject that ends its clause: a punctuation mark
    of a clause's end, a word of lexicon/np_stops.txt (« à », « qui », « puis »), or a link or
    a pictograph (``furniture``: no word of the clause), or the « et » of a second relative
    clause (« un commerçant qui tient un bar | et qui ajoute … »)."""
    second = tok.lower_ == "et" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "qui"
    return tok.text in _CLAUSE_ENDS or tok.lower_ in words("np_stops") or furniture(tok) or second

@dataclass(frozen=True)
class Frame:
    """One reporting construction, as character offsets into the article."""

    kind: str  # postposed | preposed | incise | selon | colon
    cue: tuple[int, int] | None
    lemma: str
    subject: tuple[int, int] | None  # the words naming the speaker
    content: tuple[tuple[int, int], ...]  # reported stretches (two around an incise)
    evidence: tuple[str, ...] = ()


@dataclass
class Rejected:
    """Text judged not to be a quote, or a cue turned down, kept with the reason so nothing
    disappears unexplained."""

    start: int
    end: int
    reason: str


def names_someone(toks: Iterable[Token]) -> bool:
    """Do the words ``toks`` name someone who may speak: a person's name, a proper noun, a role
    or a body (« le maire », « la préfecture »)?"""
    return any(t.ent_type_ == "PER" or t.pos_ == "PROPN" or is_role_noun(t.lower_)
               or is_org_noun(t.lower_) for t in toks)


def demonstrative_start(text: str, start: int, end: int) -> int:
    """Where « Celui-ci » opens when the words kept only its « ci » (the tokenizer cuts the
    demonstrative into three words, each a subject to the parse)."""
    if fold(text[start:end].strip()) != "ci" or text[start - 1 : start] != "-":
        return start
    head = _DEMONSTRATIVE.search(text, max(0, start - 12), start)
    return start - len(head.group(0)) if head and fold(head.group(1)) in DEMONSTRATIVE_HEADS \
        else start


def whole_subject(text: str, frame: Frame) -> Frame:
    """The frame with its subject written whole: « Celui-ci », not its « ci »."""
    if frame.subject is None:
        return frame
    a, b = frame.subject
    start = demonstrative_start(text, a, b)
    return frame if start == a else replace(frame, subject=(start, b))


def after_incise_comma(doc: Doc, i: int) -> bool:
    """Does token ``i`` come right after a quotation's closing mark and the comma of its incise
    (« « … », a dit X »: the verb)?"""
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].text in CLOSERS


def char_range(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """Character offsets of the token range [start, end)."""
    return doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)


@dataclass
class Context:
    doc: Doc
    text: str
    marked: list[Marked]
    outer: list[Marked]
    paras: list[tuple[int, int]]
    settings: Settings
    starts: list[int] = field(default_factory=list)  # token char starts, for lookup
    # cues turned down by the frame rules, each with the words it would have reported
    refused: list[Rejected] = field(default_factory=list)

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        tok = self.doc[i]
        return tok if tok.idx <= char < tok.idx + len(tok.text) else None

    def tokens_in(self, lo: int, hi: int, *,
                  align: Literal["start", "contract", "expand"]) -> list[Token]:
        """The tokens of the characters ``lo`` to ``hi``, by ``align``: those that start there
        ("start"), those wholly inside ("contract") or those that overlap them ("expand", as
        spaCy's ``char_span`` aligns); none when no token fits."""
        if align == "start":
            return list(self.doc[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)])
        span = self.doc.char_span(lo, hi, alignment_mode=align)
        return list(span) if span is not None else []

    def __post_init__(self) -> None:
        # outermost quoted stretches never overlap and come sorted by their opening mark
        self._opens = [m.open for m in self.outer]
        self._by_open = {m.open: m for m in self.outer}
        self._by_close = {m.close: m for m in self.outer if m.close is not None}

    def closing_at(self, char: int) -> Marked | None:
        return self._by_close.get(char)

    def opening_at(self, char: int) -> Marked | None:
        return self._by_open.get(char)

    def noun_named_before(self, rng: tuple[int, int]) -> bool:
        """Does the head noun of the token range stand before a name earlier in the article,
        outside the marks ("le site Lumière" before "le site d'investigation")?"""
        doc = self.doc
        head = noun_head(doc, rng, ("NOUN",))
        return head is not None and any(
            t.lower_ == head.lower_ and doc[t.i + 1].pos_ == "PROPN"
            and self.inside_marks(t.idx) is None
            for t in doc[: rng[0] - 1]
        )

    def comma_after(self, k: int, end: int) -> int | None:
        """The first comma outside marks from ``k`` on, before ``end``."""
        return next((c for c in range(k, end)
                     if self.text[c] == "," and self.inside_marks(c) is None), None)

    def inside_marks(self, char: int) -> Marked | None:
        """The outermost quoted stretch (marks included) that holds ``char``, if any."""
        i = bisect_right(self._opens, char) - 1
        if i < 0:
            return None
        m = self.outer[i]
        end = m.close if m.close is not None else m.end
        return m if char <= end else None


def make_context(
    doc: Doc, marked: list[Marked], paras: list[tuple[int, int]], settings: Settings = DEFAULT
) -> Context:
    """The article view, built once per parsed text and read by every detection rule."""
    outer = [m for m in marked if m.depth == 0]
    return Context(doc, text_of(doc), marked, outer, paras, settings, token_starts(doc))


def noun_head(doc: Doc, rng: tuple[int, int], tags: tuple[str, ...]) -> Token | None:
    """The first word of the token range tagged one of ``tags``, past a rank the parse takes
    for the head before a role noun: "la vice-première |ministre|", "le premier |adjoint|"."""
    head = next((t for t in doc[rng[0] : rng[1]] if t.pos_ in tags), None)
    if head is None or head.i + 1 >= rng[1] or not is_role_noun(doc[head.i + 1].text):
        return head
    prefix, rest = role_prefix(head.text)
    rank = rest if prefix else rest.partition("-")[0]
    return doc[head.i + 1] if rank in RANKS and not is_role_noun(head.text) else head


def outer_end(m: Marked) -> int:
    return m.close + 1 if m.close is not None else m.end


def sign_before(text: str, floor: int, at: int, sign: str) -> int | None:
    """The offset of ``sign`` right before ``at``, spaces and tabs between, after ``floor``;
    None if another character comes first."""
    j = at
    while j > floor and text[j - 1] in " \t":
        j -= 1
    return j - 1 if j > floor and text[j - 1] == sign else None


def skip_blank(text: str, i: int, end: int) -> int:
    """The first offset from ``i`` on, before ``end``, that is no space nor tab (``end`` if
    none is)."""
    while i < end and text[i] in " \t":
        i += 1
    return i


def covers(text: str, a: int, b: int, m: Marked) -> bool:
    """Are the words from ``a`` to ``b`` just the marked words ``m`` (with their marks), signs
    and spaces aside?"""
    outside = text[a : m.open] + text[outer_end(m) : b]
    return not outside.strip(SIGNS)


def sentences(
    doc: Doc, marked: list[Marked], paras: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Sentence spans that never cut a quoted stretch and never cross a paragraph, except a
    line break inside a sentence: a line that starts with a comma or a small letter goes on
    the sentence above it ("« … »\na-t-elle déclaré", "… chaque surface\n, confie-t-il")."""
    text = text_of(doc)
    honorifics = titles()
    paras = _joined(text, paras)
    cuts = {lo for lo, _ in paras}
    for sent in doc.sents:
        prev = doc[sent.start - 1] if sent.start > 0 else None
        # "M. | Stoltenberg", "R. | Sikorski": a title or an initial, not a sentence end
        if prev is not None and (
            prev.text in honorifics
            or (len(prev.text) == 2 and capitalised(prev.text) and prev.text[1] == ".")
        ):
            continue
        start = _before_mark(text, sent.start_char)
        last = visible_end(text, start)
        if text[last - 1 : last] not in SENT_END + CLOSING + ";)":
            continue  # the model sometimes starts a sentence mid-clause: ", a confirmé M. X."
        head = text[start : start + 1]
        if head in (",", ";") or head.islower():
            continue  # "« … », a-t-il déclaré": the attribution belongs to the quote
        cuts.add(start)
    cuts |= _lost_stops(doc, text)
    for m in marked:
        if m.depth == 0:
            end = m.close if m.close is not None else m.end
            cuts = {c for c in cuts if not m.open < c <= end}
    result = []
    for lo, hi in paras:
        inner = sorted(c for c in cuts if lo < c < hi)
        bounds = [lo, *inner, hi]
        for a, b in itertools.pairwise(bounds):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                result.append((a, b))
    return result


_STARTERS = frozenset({"ADP", "SCONJ", "CCONJ", "PRON", "ADV"})  # words no name starts with
_CLOSED = frozenset(CLOSING) - {'"'}  # marks that only close: a straight one may open
_ELLIPSES = frozenset({"...", "…"})


def _lost_stops(doc: Doc, text: str) -> set[int]:
    """Where a sentence starts whose stop the text lost after a closing mark: « … sera
    transmise »Selon X, …», « … » Il a ajouté …: a capitalised word the parse reads as a
    preposition, a conjunction, a pronoun or an adverb opens no name, so its capital opens a
    sentence; the model, seeing no stop, runs the two into one."""
    out = set()
    for tok in doc[1:]:
        mark = doc[tok.i - 1]
        if mark.text in _ELLIPSES and tok.pos_ in _STARTERS and capitalised(tok.text) and (
                not tok.ent_type_ and not tok.is_sent_start and mark.whitespace_):
            out.add(tok.idx)  # "… dans les règles... Forcément interrogé, X a dit": a new one
            continue
        if (mark.text not in _CLOSED or tok.pos_ not in _STARTERS or tok.ent_type_
                or not capitalised(tok.text) or tok.is_sent_start):
            continue
        before = visible_end(text, mark.idx)
        if text[before - 1 : before] not in SENT_END:
            out.add(tok.idx)
    return out


def _before_mark(text: str, start: int) -> int:
    """Where a sentence that the model starts inside an opening mark starts: at the mark,
    when a sentence end and a space come before it ("… sportive. « Il arrive …"), else at
    ``start``."""
    mark = visible_end(text, start) - 1
    if mark < 0 or text[mark] not in OPENING:
        return start
    last = visible_end(text, mark)
    if text[mark - 1 : mark].isspace() and text[last - 1 : last] in SENT_END:
        return mark
    return start


def visible_end(text: str, end: int, lo: int = 0) -> int:
    """Where the text before ``end`` stops once its trailing spaces are dropped, never before
    ``lo``: the length of ``text[:end].rstrip()`` (``lo`` 0), without copying the text."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _joined(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs, each line that goes on the one above it joined to it: after a single
    line break, a line that opens with a comma or a semicolon, or with a small letter after
    closing marks ("« … »\na-t-elle déclaré"); not after a heading ("Le contexte\nselon …")."""
    out: list[tuple[int, int]] = []
    for lo, hi in paras:
        head = text[lo : lo + 1]
        above = text[out[-1][0] : out[-1][1]].rstrip() if out else ""
        goes_on = head in (",", ";") or (head.islower() and above[-1:] in CLOSING)
        if out and goes_on and text[out[-1][1] : lo].count("\n") == 1:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _title_noun(word: str) -> bool:
    """A work's noun whose capitalised marks are its title (« ses tubes « … » »): an entry of
    lexicon/title_nouns.txt, or the plural of one or of an entry of lexicon/naming_cues.txt
    marked ``work`` (« films », « romans »): the plurals are read from those, never listed."""
    works = words("title_nouns") | marked("naming_cues", "work")
    return word in words("title_nouns") or (word.endswith("s") and word[:-1] in works)


def _said_of(ctx: Context, m: Marked) -> bool:
    """Are the marks after a work's noun what someone said of it, no title: they open on a
    finite verb, « ne » aside (« ses tubes « Ont marqué toute une génération » », « les
    livres « Ne sont pas des ennemis » »), or a comma and a cue follow them, an incise (« …
    « Mes souvenirs », a confié le chanteur »)?"""
    from quotes.detect.cues import cue_verb  # the cues read this module: imported when used

    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None:
        first = next((t for t in span if t.lower_ not in NEGATION_START), None)
        if first is not None and conjugated(first) and "Imp" not in first.morph.get("Mood", []):
            return True
    if m.close is None:
        return False
    after = ctx.token_at(m.close)
    if after is None or after.i + 2 >= len(ctx.doc) or ctx.doc[after.i + 1].text != ",":
        return False
    for t in ctx.doc[after.i + 2 : after.i + 2 + _INCISE_VERB]:
        if t.is_punct:
            return False
        if t.pos_ == "VERB":
            return cue_verb(t) is not None
    return False


_INCISE_VERB = 3  # tokens after the comma to the cue's verb: « , a-t-il lancé », « , a lancé »


def name_like(ctx: Context, m: Marked) -> str | None:
    """Why marked words are a name or title rather than speech, or None."""
    text = ctx.text
    inner = text[m.start : m.end]
    before = text[max(0, m.open - ctx.settings.name_cue_chars) : m.open].split()
    # "l'émission « … »": the noun without its elided article
    cue = before[-1].strip("(,").lower().replace("’", "'").split("'")[-1] if before else ""
    if cue in words("naming_cues") or (
            _title_noun(cue) and capitalised(inner) and not _said_of(ctx, m)):
        return f"name: after '{before[-1]}'"
    tokens = inner.split()
    if not tokens or len(tokens) > 4 or not capitalised(inner) or inner[-1] in SENT_END:
        return None
    # "Merci au pape François" is a sentence, not a name; the elided « d' » of « Conseil
    # d'État » is the name's own
    if any(len(w) > 3 and w[0].islower() for w in (t.replace("’", "'").rsplit("'", 1)[-1]
                                                    for t in tokens)):
        return None
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return "name or title in marks"


def colon_marks(ctx: Context, start: int, end: int) -> list[int]:
    """Offsets of the colons outside the marks, between ``start`` and ``end``, that open a
    quotation: « qu'il voulait rester : « … » »."""
    out = []
    for i in range(start, end):
        if ctx.text[i] == ":" and ctx.inside_marks(i) is None and (
                ctx.opening_at(skip_blank(ctx.text, i + 1, end)) is not None):
            out.append(i)
    return out
