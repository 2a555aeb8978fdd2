"""Find reporting frames in a parsed article and turn them into candidate quotes.

A *frame* is one reporting construction: a cue (reporting verb, "selon", a colon), the
words naming who speaks, and the stretch of text it reports. Frames come from:

- a cue after the reported words: "« … », a-t-il ajouté", "…, a annoncé R. Sikorski";
- a cue before them: "X a déclaré que …", "X a annoncé vouloir …", "X a déclaré : « … »",
  "X a décrit l'explosion comme un « incident tragique »";
- an incise inside the marks: "« A, a-t-il ajouté, B »";
- "selon X", "d'après X";
- a colon after a speaker: "Le président des LR : « … »".

Marked spans that no frame holds are direct quotes whose speaker comes from the
surrounding quotes, or, when short or name-like, not quotes at all (scare quotes,
titles, names in marks).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from quotes.lexicon import Verb, phrases, reporting_verbs, words
from quotes.marks import Marked
from quotes.registry import entities, is_org_noun, is_role_noun, text_of

INVERTED = {"-il", "-elle", "-ils", "-elles", "-on"}
QUE = {"que", "qu'", "qu’"}
SENT_END = ".!?…"


@dataclass(frozen=True)
class Frame:
    """One reporting construction, as character offsets into the article."""

    kind: str  # postposed | preposed | incise | selon | colon
    cue: tuple[int, int] | None
    lemma: str
    subject: tuple[int, int] | None  # the words naming the speaker
    content: tuple[tuple[int, int], ...]  # reported stretches (two around an incise)
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A quote before its speaker is resolved."""

    type: str  # direct | indirect | mixed
    start: int
    end: int
    sentence: tuple[int, int]
    frame: Frame | None
    fragments: tuple[tuple[int, int], ...] = ()
    evidence: tuple[str, ...] = ()
    chain: int | None = None  # opening offset of a multi-paragraph quote's first part


@dataclass
class Rejected:
    """Marked text judged not to be a quote, kept so nothing disappears unexplained."""

    start: int
    end: int
    reason: str


@dataclass
class _Ctx:
    doc: Doc
    text: str
    marked: list[Marked]
    outer: list[Marked]
    starts: list[int] = field(default_factory=list)  # token char starts, for lookup

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        tok = self.doc[i]
        return tok if tok.idx <= char < tok.idx + len(tok.text) else None

    def closing_at(self, char: int) -> Marked | None:
        return next((m for m in self.outer if m.close == char), None)

    def opening_at(self, char: int) -> Marked | None:
        return next((m for m in self.outer if m.open == char), None)

    def inside_marks(self, char: int) -> Marked | None:
        for m in self.outer:
            end = m.close if m.close is not None else m.end
            if m.open <= char <= end:
                return m
        return None


# ---------------------------------------------------------------------------- sentences


def sentences(doc: Doc, marked: list[Marked], paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans that never cut a quoted stretch and never cross a paragraph."""
    text = text_of(doc)
    titles = words("titles")
    cuts = {lo for lo, _ in paras}
    for sent in doc.sents:
        prev = doc[sent.start - 1] if sent.start > 0 else None
        # "M. | Stoltenberg", "R. | Sikorski": a title or an initial, not a sentence end
        if prev is not None and (prev.text in titles or (len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == ".")):
            continue
        if text[: sent.start_char].rstrip()[-1:] not in SENT_END + "»”\"›;)":
            continue  # the model sometimes starts a sentence mid-clause: ", a confirmé M. X."
        head = text[sent.start_char : sent.start_char + 1]
        if head in (",", ";") or head.islower():
            continue  # "« … », a-t-il déclaré": the attribution belongs to the quote
        cuts.add(sent.start_char)
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


# ---------------------------------------------------------------------------- cues


@cache
def _multiword_heads() -> frozenset[str]:
    return frozenset(form.split()[0] for form in reporting_verbs() if " " in form)


def _multiword(tok: Token) -> Verb | None:
    """A cue of several words ("met en avant"), looked up with the words after the verb."""
    if tok.lower_ not in _multiword_heads():
        return None
    doc = tok.doc
    for n in (2, 1):
        if tok.i + n < len(doc):
            key = " ".join([tok.lower_, *(doc[k].lower_ for k in range(tok.i + 1, tok.i + 1 + n))])
            verb = reporting_verbs().get(key)
            if verb is not None:
                return verb
    return None


def cue_verb(tok: Token) -> Verb | None:
    """The reporting verb ``tok`` is a form of, if it is used as a verb here."""
    multi = _multiword(tok)
    if multi is not None and tok.pos_ in ("VERB", "AUX"):
        return multi
    verb = reporting_verbs().get(tok.lower_) or reporting_verbs().get(tok.lemma_.lower())
    if verb is None or (tok.lower_ not in reporting_verbs() and tok.pos_ != "VERB"):
        return None
    prev = tok.nbor(-1) if tok.i > 0 else None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if prev is not None and prev.pos_ == "DET":
        return None  # "une note", "la réponse"
    if not verb.reflexive and _reflexive(tok):
        return None  # "la guerre se poursuivait", "pour s'assurer"
    if tok.pos_ in ("VERB", "AUX"):
        return verb
    if nxt is not None and (nxt.lower_ in INVERTED or nxt.lower_ == "-t"):
        return verb  # "raconte-t-il", tagged ADJ by the model
    if prev is not None and prev.pos_ == "AUX":
        return verb
    if nxt is not None and nxt.text == ":" and (prev is None or prev.pos_ != "DET"):
        return verb  # "le président des LR rétorque : « … »", tagged as a noun
    if prev is not None and prev.text == "," and nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in ("le", "la", "l'", "l’", "les")):
        return verb  # "…, note La Croix.": tagged as a noun after a comma
    return None


def passive(tok: Token) -> bool:
    """The reporting verb in the passive ("a été soulignée", "sont lancées")."""
    if _reflexive(tok):
        return False  # "s'est exclamée", "s'est dit": reflexive, not passive
    return any(c.dep_ == "aux:pass" for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("été", "sont", "est", "sera", "seront", "était", "étaient")
        and "Part" in tok.morph.get("VerbForm", [])
    )


def impersonal(tok: Token) -> bool:
    """A passive with an empty "il" ("il a été rapporté que"): nobody is named."""
    return passive(tok) and any(c.lower_ == "il" and c.i < tok.i for c in tok.children)


def _reflexive(tok: Token) -> bool:
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and (doc[i].pos_ == "AUX" or doc[i].lower_ in ("-t", *INVERTED)):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("se", "s'", "s’")


@cache
def _skip_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Skippable phrases by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in phrases("skip_words"):
        index.setdefault(entry[0], []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


def _skip(doc: Doc, i: int, stop: int) -> int:
    """Index of the first token at or after ``i`` that is not a skippable phrase."""
    index = _skip_index()
    while i < stop:
        for entry in index.get(doc[i].lower_, ()):
            n = len(entry)
            if i + n <= stop and all(doc[i + k].lower_ == entry[k] for k in range(1, n)):
                i += n
                break
        else:
            if doc[i].pos_ == "ADV" and doc[i].lower_.endswith("ment"):
                i += 1  # "a rapidement annoncé", "a annoncé publiquement"
                continue
            return i
    return i


def _group(tok: Token) -> tuple[Token, Token | None, Token]:
    """(first token of the cue group, inverted pronoun or None, last token of the group).

    The group runs from the auxiliary to the verb and its inverted pronoun:
    "a-t-il néanmoins plaidé", "s'est dit", "poursuit-il".
    """
    doc = tok.doc
    skippable = {w for entry in phrases("skip_words") for w in entry}
    first, pron = tok, None
    i = tok.i - 1
    while i >= 0:
        t = doc[i]
        low = t.lower_
        if low in INVERTED:
            pron = t
        elif low == "-t" or low in skippable or (t.pos_ == "ADV" and low.endswith("ment")):
            pass  # "a-t-il néanmoins plaidé", "a rapidement annoncé"
        elif t.pos_ == "AUX" or t.lemma_ in ("avoir", "être") or low in ("s'", "s’", "se"):
            first = t
        else:
            break
        i -= 1
    last = tok
    j = tok.i + 1
    verb = cue_verb(tok)
    if verb is not None and verb.tail:
        last = doc[min(len(doc) - 1, tok.i + len(verb.tail))]
        j = last.i + 1
    while j < len(doc) and (doc[j].lower_ == "-t" or doc[j].lower_ in INVERTED):
        if doc[j].lower_ in INVERTED:
            pron = doc[j]
        last = doc[j]
        j += 1
    return first, pron, last


# ---------------------------------------------------------------------------- noun phrases


def np_after(doc: Doc, i: int, stop: int) -> tuple[int, int] | None:
    """Token range [i, j) of a noun phrase starting at ``i`` (an inverted subject, a selon X)."""
    stops = words("np_stops")
    if i >= stop:
        return None
    first = doc[i]
    if first.pos_ not in ("DET", "PROPN", "NOUN", "NUM", "ADJ", "PRON") and first.text not in words(
        "titles"
    ):
        return None
    if first.pos_ == "PRON" and first.lower_ not in ("lui", "elle", "eux", "elles", "l'un", "l’un"):
        return None
    j = i
    while j < stop:
        t = doc[j]
        if (t.lower_ in stops and j > i) or (t.is_punct and t.text not in ("-", "'", "’", ".")):
            if t.text == "," and _apposition(doc, j + 1, stop):
                j += 1
                continue
            break
        if t.text == "." and not (j > i and (doc[j - 1].text in words("titles") or len(doc[j - 1]) == 1)):
            break
        if t.text in "«»“”\"":
            break
        if t.pos_ in ("VERB", "AUX") and j > i and t.tag_ != "ADJ" and "Part" not in t.morph.get("VerbForm", []):
            break
        j += 1
    while j > i and doc[j - 1].is_punct and doc[j - 1].text != ".":
        j -= 1
    return (i, j) if j > i else None


def _apposition(doc: Doc, i: int, stop: int) -> bool:
    """An apposed phrase (", l'amiral néerlandais Rob Bauer,") that names a person."""
    j = i
    has_name = False
    while j < stop and not (doc[j].is_punct and doc[j].text not in ("-", "'", "’")):
        if doc[j].pos_ in ("VERB", "AUX"):
            return False
        if doc[j].ent_type_ == "PER" or doc[j].pos_ == "PROPN":
            has_name = True
        j += 1
    return has_name and j > i and (j - i) <= 8


def _subtree_before(tok: Token, limit: int) -> tuple[int, int]:
    """Token range of ``tok``'s phrase, cut before ``limit`` and before relative clauses."""
    lo, hi = tok.i, tok.i + 1
    for t in tok.subtree:
        if t.i >= limit:
            continue
        if any(a.dep_ == "acl:relcl" and a != tok and a.i > tok.i for a in t.ancestors if a.i < limit):
            continue
        lo, hi = min(lo, t.i), max(hi, t.i + 1)
    doc = tok.doc
    for k in range(tok.i - 1, lo - 1, -1):
        if "\n" in doc[k].text:
            lo = k + 1  # never across a paragraph break: "Doctrine nucléaire\n\nMoscou"
            break
    for k in range(tok.i + 1, hi):
        if "\n" in doc[k].text:
            hi = k
            break
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "cc" or doc[lo].is_space):
        lo += 1
    return lo, hi


def subject_before(
    verb: Token, first: Token, floor: int = 0, ctx: _Ctx | None = None
) -> tuple[int, int] | None:
    """The preposed subject of ``verb`` (token range, never before token ``floor``).

    Climbs to the governing verb for participles ("…, déclarant que"); when the parse
    gives no subject, falls back to the nearest name earlier in the sentence.
    """
    if impersonal(verb):
        return None  # "il a été rapporté que": nobody is named
    rng = _parsed_subject(verb, first, ctx)
    if rng is not None:
        doc = verb.doc
        hi = rng[1]
        while hi < first.i and doc[hi].pos_ == "PROPN":
            hi += 1  # "Le président russe Vladimir | Poutine" split by the parse
        rng = (rng[0], hi)
    if rng is not None and rng[0] >= floor:
        return rng
    if rng is not None and rng[1] > floor:
        return floor, rng[1]
    doc = verb.doc
    near = _np_before(doc, first.i, floor, ctx)
    if near is not None:
        return near
    people = [
        ent for ent in entities(doc)
        if ent.label_ == "PER" and floor <= ent.start and ent.end <= first.i
        and (ctx is None or ctx.inside_marks(ent.start_char) is None)
    ]
    subjects = [e for e in people if any(t.dep_.startswith("nsubj") for t in e)]
    if subjects or people:
        ent = (subjects or people)[-1]
        return ent.start, ent.end
    names = [t for t in doc[floor : first.i] if t.pos_ == "PROPN" and t.is_title and t.i > floor]
    if names and (ctx is None or ctx.inside_marks(names[-1].idx) is None):
        hi = names[-1].i + 1
        lo = hi - 1
        while lo > floor and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title:
            lo -= 1
        if hi - lo >= 2:
            return lo, hi
    before = doc[first.i - 1] if first.i > floor else None
    if before is not None and before.lower_ in ("il", "elle", "ils", "elles"):
        return before.i, before.i + 1
    return None


def _np_before(doc: Doc, i: int, floor: int, ctx: _Ctx | None) -> tuple[int, int] | None:
    """The noun phrase right before the cue: "bien que Moscou ait assuré", "le président des LR rétorque"."""
    j = i - 1
    if j < floor or doc[j].pos_ not in ("PROPN", "NOUN") or (ctx and ctx.inside_marks(doc[j].idx)):
        return None
    lo = j
    while lo - 1 >= floor and lo > j - 8:
        t = doc[lo - 1]
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or t.lower_ in ("de", "du", "des", "d'", "d’", "la", "l'", "l’", "le", "les"):
            lo -= 1
        elif t.pos_ == "DET":
            lo -= 1
            break
        else:
            break
    span = doc[lo : j + 1]
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    if head.pos_ == "PROPN" or is_role_noun(head.text) or is_org_noun(head.text):
        return lo, j + 1
    return None


def _parsed_subject(verb: Token, first: Token, ctx: _Ctx | None) -> tuple[int, int] | None:
    seen = 0
    cur: Token | None = verb
    while cur is not None and seen < 4:
        seen += 1
        for child in cur.children:
            if child.lower_ == "-t" or child.lower_ in INVERTED:
                continue
            if ctx is not None and ctx.inside_marks(child.idx) is not None:
                continue
            subj_dep = child.dep_ in ("nsubj", "nsubj:pass") or (
                child.dep_ == "expl:subj" and child.lower_ in ("il", "elle")
            )
            if subj_dep and child.i < first.i:
                if child.lower_ in ("qui",) and cur.dep_ == "acl:relcl":
                    return _subtree_before(cur.head, cur.head.i + 1)
                lo, hi = _subtree_before(child, first.i)
                return lo, hi
        form = cur.morph.get("VerbForm", [])
        if cur.dep_ in ("advcl", "xcomp", "conj", "acl") and cur.head != cur and (
            "Part" in form or "Inf" in form or cur.dep_ == "conj"
        ):
            cur = cur.head
            # "estimant que les faits ont été établis et relevant que …": not "les faits"
            while cur.head != cur and any(c.dep_ == "mark" and c.lower_ in QUE for c in cur.children):
                cur = cur.head
            continue
        break
    return None


# ---------------------------------------------------------------------------- frames


_COORDINATED = re.compile(
    r"(?:,\s+|\s+(?=et\s))(?:(?:mais|et|puis)\s+(?:n[e’']\s*)?(?:a|ont|avait|avaient|est|sont|s[’'])\b"
    r"|(?:bien|alors|tandis)\s+qu)"
)


def _content_end(ctx: _Ctx, start: int, sent_end: int, barriers: list[tuple[int | None, int]]) -> int:
    """Where reported content that starts at ``start`` stops: the sentence end or the next cue.

    Another cue stops it at its subject when that subject lies inside the content ("…, et
    Biden a déclaré"), else at the cue itself ("…et relevant que"); a cue whose subject opens
    the content is nested in it ("que des évaluations suggèrent que …") and does not stop it.
    A verb coordinated with the cue's own ("…, mais a refusé de …") ends it too.
    """
    stops = []
    for subject, first in barriers:
        if subject is not None and subject >= start:
            if subject > start:
                stops.append(subject)
        elif first > start:
            stops.append(first)
    coordinated = [m.start() for m in _COORDINATED.finditer(ctx.text, start, sent_end)]
    coordinated = [c for c in coordinated if ctx.inside_marks(c) is None]
    end = min(stops + coordinated + [sent_end])
    return _trim_end(ctx.text, start, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1] in " \t,;:" or text[end - 1] in SENT_END):
        end -= 1
    for tail in (" et", " mais", " puis", " ou", " en"):
        if text[start:end].endswith(tail):
            end -= len(tail)
            return _trim_end(text, start, end)
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t,;:":
        start += 1
    return start


def find_frames(ctx: _Ctx, sent: tuple[int, int]) -> list[Frame]:
    """Every reporting frame whose cue lies in ``sent`` outside the quotation marks."""
    doc = ctx.doc
    s_lo, s_hi = sent
    span = doc.char_span(s_lo, s_hi, alignment_mode="expand")
    if span is None:
        return []
    cues: list[_CueAt] = []
    for tok in span:
        if ctx.inside_marks(tok.idx) is not None:
            continue
        low = tok.lower_
        if low == "selon" or (low == "après" and tok.i > 0 and doc[tok.i - 1].lower_ in ("d'", "d’")):
            first = doc[tok.i - 1] if low == "après" else tok
            cues.append(_CueAt(first, tok, None, tok, None, (None, first.idx)))
            continue
        verb = cue_verb(tok)
        if verb is None or (tok.pos_ == "AUX" and low not in reporting_verbs()):
            continue
        first, pron, last = _group(tok)
        after = _skip(doc, last.i + 1, span.end)
        nxt = doc[after] if after < span.end else None
        if passive(tok) and not (nxt is not None and (nxt.lower_ in QUE or nxt.lower_ == "par")):
            continue
        introduces = nxt is not None and (nxt.text == ":" or any(
            nxt.idx <= m.open < nxt.idx + 80 and name_like(ctx, m) is None for m in ctx.outer
        ))
        postposed = first.i > 0 and doc[first.i - 1].text in (",", "»", "”", '"', "›")
        if pron is None and not (introduces or postposed):
            if not (verb.que or verb.infinitive or verb.object_infinitive):
                continue  # "si Kiev continuait d'utiliser …": a cue only before marks
            bare_participle = first is tok and "Part" in tok.morph.get("VerbForm", []) and "Pres" not in tok.morph.get("Tense", [])
            if bare_participle and (nxt is None or nxt.lower_ not in QUE):
                continue  # "les gestes dénoncés", "une vidéo publiée"
        subj = subject_before(tok, first, span.start, ctx) if pron is None else None
        cues.append(_CueAt(first, tok, pron, last, verb, (doc[subj[0]].idx if subj else None, first.idx)))
    frames: list[Frame] = []
    for cue in cues:
        others = [c.barrier for c in cues if c is not cue]
        ends = [c.last.idx + len(c.last.text) for c in cues if c is not cue and c.last.i < cue.first.i]
        if cue.verb is None:
            frame = _selon_frame(ctx, sent, cue.first, cue.tok, others)
        else:
            frame = _verb_frame(ctx, sent, cue, others, ends, span.start)
        if frame is not None:
            frames.append(frame)
    return frames


@dataclass(frozen=True)
class _CueAt:
    first: Token  # first token of the cue group
    tok: Token  # the verb (or "selon")
    pron: Token | None  # inverted pronoun: "a-t-il"
    last: Token  # last token of the group
    verb: Verb | None  # None for selon / d'après
    barrier: tuple[int | None, int]  # (its subject's start, its first word): where other content stops


def _before_cue(text: str, lo: int, first_idx: int) -> tuple[int, str]:
    """End of the text a postposed cue reports, and what separates them (',' or a mark)."""
    j = first_idx
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j > lo and text[j - 1] == ",":
        j -= 1
        while j > lo and text[j - 1] in " \t":
            j -= 1
        return j, ","
    if j > lo and text[j - 1] in "»”\"›":
        return j, "mark"
    return j, ""


def _span_of(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    return doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)


def _speaker_like(doc: Doc, rng: tuple[int, int]) -> bool:
    """An inverted subject names someone: a name, a role, a body, a source; not "un dimanche"."""
    head = next((t for t in doc[rng[0] : rng[1]] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return False
    if head.pos_ == "PROPN" or head.ent_type_ in ("PER", "ORG") or head.text in words("titles"):
        return True
    low = head.lower_
    return (
        is_role_noun(low) or is_org_noun(low) or is_org_noun(head.lemma_)
        or low in words("kin_nouns") or low in ("source", "sources")
    )


def _verb_frame(
    ctx: _Ctx, sent: tuple[int, int], at: _CueAt, others: list[tuple[int | None, int]], ends: list[int], floor: int
) -> Frame | None:
    doc = ctx.doc
    span = doc.char_span(sent[0], sent[1], alignment_mode="expand")
    stop = span.end if span is not None else len(doc)
    if at.tok.lower_ == "-t":
        return None
    after = _skip(doc, at.last.i + 1, stop)
    frame = _postposed(ctx, sent, at, ends, after, stop)
    if frame is None:
        frame = _preposed(ctx, sent, at, others, after, stop, floor)
    return frame


def _postposed(
    ctx: _Ctx, sent: tuple[int, int], at: _CueAt, ends: list[int], after: int, stop: int
) -> Frame | None:
    """Cue after the content ("…», a-t-il ajouté", "…, a annoncé R. Sikorski, ministre polonais")."""
    doc, text = ctx.doc, ctx.text
    s_lo, s_hi = sent
    assert at.verb is not None
    end_before, sep = _before_cue(text, s_lo, at.first.idx)
    if not sep or end_before <= s_lo:
        return None
    cue = (at.first.idx, at.last.idx + len(at.last.text))
    if at.pron is not None:
        subject = (at.pron.idx + 1, at.pron.idx + len(at.pron.text))
    else:
        if at.first is at.tok and "Fin" not in at.tok.morph.get("VerbForm", ["Fin"]):
            return None  # a participle has no inverted subject: "…, murmurant une prière"
        if after + 1 < stop and doc[after].lower_ in ("à", "au", "aux"):
            k = after + 1 + (doc[after + 1].pos_ == "DET")
            if k < stop and doc[k].pos_ == "PROPN":
                after = _skip(doc, k + 1, stop)  # "a soufflé à franceinfo Anne Rasmussen", "à l'AFP"
        rng = np_after(doc, after, stop)
        # the inverted subject ends the clause: "…, a indiqué mardi l'armée de l'air."
        if rng is None or not _speaker_like(doc, rng):
            return None
        ends_sentence = doc[rng[1] - 1].text.endswith(".") and doc[rng[1]].text in ("«", "“", '"')
        if not (
            rng[1] >= stop
            or doc[rng[1]].text in (",", ".", ";", "!", "?", "…", "(")
            or doc[rng[1]].lower_ in words("np_stops")
            or ends_sentence  # "…, a commenté l'avocate d'Amélie K. « C'est la victoire …"
        ):
            return None
        subject = _span_of(doc, rng)
    start = max([s_lo] + [e for e in ends if e < at.first.idx])
    start = _trim_start(text, start, end_before)
    if text[start:end_before].split(" ", 1)[0].lower() in QUE or text[start : start + 3].lower() in ("qu'", "qu’"):
        return None  # "…que « … » rapporte France Presse": the relay, not the speaker
    start = _after_colon(ctx, start, end_before)
    said = doc.char_span(start, end_before, alignment_mode="expand")
    if said is not None and not any(t.pos_ in ("VERB", "AUX") for t in said) and not any(
        start <= m.open < end_before for m in ctx.outer
    ):
        return None  # "Dmitri Peskov, porte-parole du Kremlin, avait fustigé …": an apposition, not speech
    closing = ctx.closing_at(end_before - 1)
    if closing is not None and closing.open > start and any(c in text[start : closing.open] for c in SENT_END):
        start = closing.open  # "… ». « Notre objectif … », a-t-il ajouté"
    contents = [(start, end_before)] if start < end_before else []
    # "« A », a-t-il plaidé, « B »": the marks reopened right after the subject
    tail = _tail_after_subject(ctx, max(subject[1], cue[1]), s_hi)
    if tail is not None:
        contents.append(tail)
    if not contents:
        return None
    return Frame("postposed", cue, at.verb.lemma, subject, tuple(contents), ("cue-after",))


def _after_colon(ctx: _Ctx, start: int, end: int) -> int:
    """Reported content after a lead-in: "Un monstre sacré … à la fois: l'acteur … est mort"."""
    for i in range(end - 1, start, -1):
        if ctx.text[i] == ":" and ctx.inside_marks(i) is None:
            return _trim_start(ctx.text, i + 1, end)
    return start


def _que_after(doc: Doc, i: int, stop: int) -> int | None:
    """A que within a few words: "assurait dans l'émission Téléfoot en septembre qu'il …"."""
    for j in range(i, min(stop, i + 12)):
        t = doc[j]
        if t.lower_ in QUE:
            if j > 0 and doc[j - 1].lower_ in words("subordinators"):
                return None  # "alors que", "bien que": the narrator's clause, not a complement
            return j
        if t.text in (".", ";", ":", "«", "»", "“", "”", '"') or (
            t.pos_ in ("VERB", "AUX") and "Ger" not in t.morph.get("VerbForm", [])
            and not (j > 0 and doc[j - 1].lower_ == "en")
        ):
            return None
    return None


def _infinitive_after(doc: Doc, i: int, stop: int) -> int | None:
    """A bare infinitive, maybe after a time or place: "a reconnu en mars devant le tribunal avoir …"."""
    for j in range(i, min(stop, i + 10)):
        t = doc[j]
        if "Inf" in t.morph.get("VerbForm", []) and t.pos_ in ("VERB", "AUX"):
            return j if j == i or doc[j - 1].lower_ not in ("de", "d'", "d’", "à", "pour", "sans", "par") else None
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != ",") or t.lower_ in QUE:
            return None
        if j == i and t.pos_ in ("DET", "NOUN", "PRON"):
            return None  # an object first: "a annoncé sa retraite"
    return None


def _object_infinitive(doc: Doc, i: int, stop: int) -> int | None:
    """The infinitive after an object ("a invité les croyants à avancer", "a demandé à X de …")."""
    for j in range(i, min(stop - 1, i + 10)):
        t = doc[j]
        if t.lower_ in ("à", "de", "d'", "d’") and j > i:
            nxt = doc[j + 1]
            if "Inf" in nxt.morph.get("VerbForm", []) or nxt.lower_ in ("lui", "leur", "se", "s'", "s’", "les", "la", "le"):
                return j + 1
        if (t.is_punct and t.text != ",") or t.pos_ in ("VERB", "AUX"):
            return None
    return None


def _preposed(
    ctx: _Ctx, sent: tuple[int, int], at: _CueAt, others: list[tuple[int | None, int]], after: int, stop: int, floor: int
) -> Frame | None:
    """Cue before the content: "X a déclaré que …", "X a annoncé vouloir …", "X : « … »"."""
    doc, text = ctx.doc, ctx.text
    verb, tok = at.verb, at.tok
    assert verb is not None
    s_hi = sent[1]
    cue = (at.first.idx, at.last.idx + len(at.last.text))
    subj = None
    if at.pron is not None:
        subj = (at.pron.idx + 1, at.pron.idx + len(at.pron.text))
    else:
        rng = subject_before(tok, at.first, floor, ctx)
        subj = _span_of(doc, rng) if rng is not None else None
    evidence = ["cue-before"]
    if subj is None and impersonal(tok):
        evidence.append("impersonal")  # "il a été rapporté que": nobody is named
    elif subj is None and tok.morph.get("VerbForm", [""])[0] in ("Inf", "Part"):
        evidence.append("subjectless-verb")  # "ajoutant : …", "avant d'ajouter : …"
    start_tok = after
    # an agent before que: "informé par des sources … que"
    if start_tok < stop and doc[start_tok].lower_ == "par":
        rng = np_after(doc, start_tok + 1, stop)
        if rng is not None:
            subj = _span_of(doc, rng)
            evidence.append("agent")
            start_tok = _skip(doc, rng[1], stop)
    if start_tok >= stop:
        return None
    nxt = doc[start_tok]
    que = _que_after(doc, start_tok, stop) if verb.que else None
    marked = ctx.opening_at(nxt.idx) or (
        ctx.opening_at(doc[start_tok + 1].idx) if nxt.text == ":" and start_tok + 1 < stop else None
    )
    if que is not None:
        start = doc[que].idx + len(doc[que].text)
        evidence.append("que-clause")
    elif verb.infinitive and nxt.lower_ in ("de", "d'", "d’") and start_tok + 1 < stop and "Inf" in doc[start_tok + 1].morph.get("VerbForm", []):
        start = doc[start_tok + 1].idx
        evidence.append("infinitive")
    elif verb.infinitive and (inf := _infinitive_after(doc, start_tok, stop)) is not None:
        start = doc[inf].idx
        evidence.append("infinitive")
    elif marked is not None:
        if nxt.text == ":":
            evidence.append("colon")
        end = _outer_end(marked)
        # « fatigué de … » ses alliés …: the quoted words run on into the clause
        if end < s_hi and text[end : end + 2].strip()[:1] not in ("", ",", ".", ";", ":", "!", "?", "…", "(", ")"):
            end = _content_end(ctx, end, s_hi, others)
        return Frame("preposed", cue, verb.lemma, subj, ((marked.open, end),), tuple(evidence))
    elif verb.object_infinitive and (inf := _object_infinitive(doc, start_tok, stop)) is not None:
        start = doc[inf].idx
        evidence.append("object-infinitive")
    else:
        # "a décrit l'explosion comme un « incident tragique »": content holding marks
        end = _content_end(ctx, nxt.idx, s_hi, others)
        spoken = [m for m in ctx.outer if nxt.idx <= m.open < end and name_like(ctx, m) is None]
        if not spoken:
            return None  # "a lancé ce missile (appelé « Orechnik »)": an object, not speech
        if nxt.lower_ in ("à", "au", "aux") and not text[: spoken[0].open].rstrip().endswith(":"):
            return None  # "Répondant à Sébastien Lecornu, qui …": whom, not what
        start = nxt.idx
        evidence.append("object-with-marks")
    start = _trim_start(text, start, s_hi)
    end = _content_end(ctx, start, s_hi, others + [(None, b) for b in _conj_barriers(tok, start)])
    if end <= start:
        return None
    return Frame("preposed", cue, verb.lemma, subj, ((start, end),), tuple(evidence))


def _conj_barriers(verb: Token, after: int) -> list[int]:
    """Offsets where a verb coordinated with the cue starts: ", mais a refusé de …"."""
    out = []
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.idx > after:
            left = min(t.idx for t in child.subtree)
            out.append(left)
    return out


def _tail_after_subject(ctx: _Ctx, subj_end: int, s_hi: int) -> tuple[int, int] | None:
    text = ctx.text
    j = subj_end
    while j < s_hi and text[j] in " \t,":
        j += 1
    for m in ctx.outer:
        if m.open == j:
            end = (m.close + 1) if m.close is not None else m.end
            return (m.open, end)
    return None


def _selon_frame(
    ctx: _Ctx, sent: tuple[int, int], first: Token, tok: Token, others: list[tuple[int | None, int]]
) -> Frame | None:
    doc, text = ctx.doc, ctx.text
    s_lo, s_hi = sent
    span = doc.char_span(s_lo, s_hi, alignment_mode="expand")
    stop = span.end if span is not None else len(doc)
    i = tok.i + 1
    # "selon les (premières) explications de l'institut": the source is the institut
    j = i + 1 if i < stop and doc[i].pos_ == "DET" else i
    while j < stop and doc[j].pos_ == "ADJ":
        j += 1
    if j < stop and doc[j].lower_ in words("speech_nouns"):
        k = j + 1
        while k < stop and (doc[k].pos_ in ("ADJ", "VERB") and doc[k].lower_ not in ("de", "du")):
            k += 1  # "les estimations publiées ce jour"
        if k < stop and doc[k].lower_ in ("de", "du", "des", "d'", "d’"):
            i = k + 1 if doc[k].lower_ in ("de", "d'", "d’") else k
        else:
            return None  # "selon des chiffres donnés mercredi": figures, not a speaker
    rng = np_after(doc, i, stop)
    if rng is None:
        return None
    head = doc[rng[0]]
    subject = (head.idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text))
    cue = (first.idx, tok.idx + len(tok.text))
    lemma = "selon" if tok.lower_ == "selon" else "d'après"
    before = text[s_lo : first.idx].strip(" \t,")
    lead = doc.char_span(s_lo, first.idx, alignment_mode="contract") if before else None
    connector = lead is not None and len(lead) <= 3 and not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in lead)
    if not before or connector:  # "D'autant que d'après le président, …"
        start = _trim_start(text, subject[1], s_hi)
        end = _content_end(ctx, start, s_hi, others)
    else:
        end = _trim_end(text, s_lo, first.idx)
        start = _trim_start(text, s_lo, end)
    if end <= start:
        return None
    return Frame("selon", cue, lemma, subject, ((start, end),), ("selon",))


def colon_frame(ctx: _Ctx, sent: tuple[int, int], m: Marked) -> Frame | None:
    """``Speaker : « … »`` with no verb: the words before the colon name the speaker."""
    doc, text = ctx.doc, ctx.text
    j = m.open
    while j > sent[0] and text[j - 1] in " \t":
        j -= 1
    if j <= sent[0] or text[j - 1] != ":":
        return None
    before = doc.char_span(sent[0], j - 1, alignment_mode="contract")
    if before is None or not 0 < len(before) <= 12:
        return None
    if any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm", []) for t in before):
        return None
    if not any(t.pos_ == "PROPN" or t.lower_ in words("role_nouns") for t in before):
        return None
    lo, hi = before.start_char, before.end_char
    end = (m.close + 1) if m.close is not None else m.end
    return Frame("colon", (j - 1, j), ":", (lo, hi), ((m.open, end),), ("colon",))


def incise(ctx: _Ctx, m: Marked) -> tuple[Frame, tuple[int, int], tuple[int, int] | None] | None:
    """A cue inside the marks: « A, a-t-il ajouté, B » -> (frame, A, B or None)."""
    doc, text = ctx.doc, ctx.text
    span = doc.char_span(m.start, m.end, alignment_mode="contract")
    if span is None:
        return None
    for tok in span:
        verb = cue_verb(tok)
        if verb is None:
            continue
        first, pron, last = _group(tok)
        if first.i == 0 or doc[first.i - 1].text != ",":
            continue
        after = _skip(doc, last.i + 1, span.end)
        if pron is not None:
            subject = (pron.idx + 1, pron.idx + len(pron.text))
            end_tok = after
        else:
            rng = np_after(doc, after, span.end)
            if rng is None:
                continue
            subject = (doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text))
            end_tok = rng[1]
        if end_tok < span.end and doc[end_tok].text not in (",", ".", ";"):
            continue
        a_end = _trim_end(text, m.start, doc[first.i - 1].idx)
        a_end = doc[first.i - 1].idx
        b = None
        if end_tok + 1 < span.end:
            b_start = doc[end_tok + 1].idx
            b = (b_start, m.end)
        cue = (first.idx, last.idx + len(last.text))
        frame = Frame("incise", cue, verb.lemma, subject, ((m.start, a_end),), ("incise",))
        return frame, (m.start, a_end), b
    return None


def make_context(doc: Doc, marked: list[Marked]) -> _Ctx:
    outer = [m for m in marked if m.depth == 0]
    return _Ctx(doc, text_of(doc), marked, outer, [t.idx for t in doc])


# ---------------------------------------------------------------------------- candidates


def _outer_end(m: Marked) -> int:
    return m.close + 1 if m.close is not None else m.end


def name_like(ctx: _Ctx, m: Marked) -> str | None:
    """Why marked words are a name or title rather than speech, or None."""
    text = ctx.text
    inner = text[m.start : m.end]
    before = text[max(0, m.open - 30) : m.open].split()
    if before and before[-1].strip("(,").lower() in words("naming_cues"):
        return f"name: after '{before[-1]}'"
    tokens = inner.split()
    if not tokens or len(tokens) > 4 or not inner[0].isupper() or inner[-1] in SENT_END:
        return None
    if any(len(w) > 3 and w[0].islower() for w in tokens):
        return None  # "Merci au pape François" is a sentence, not a name
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return "name or title in marks"


def _cited(ctx: _Ctx, m: Marked) -> str | None:
    """A famous phrase credited in passing: "« N'ayez pas peur ! » du pape Jean Paul II en 1978"."""
    end = _outer_end(m)
    after = ctx.doc.char_span(end, min(len(ctx.text), end + 40), alignment_mode="contract")
    if after is None or len(after) < 2 or after[0].lower_ not in ("de", "du", "d'", "d’"):
        return None
    rest = [t for t in after[1:4] if t.pos_ != "DET"]
    if rest and (rest[0].ent_type_ == "PER" or is_role_noun(rest[0].text)):
        return "phrase credited in passing, not reported speech"
    return None


def _term(ctx: _Ctx, m: Marked) -> bool:
    """"huit « joyaux de la couronne de France »": a noun phrase in marks inside the narration."""
    doc = ctx.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    before = ctx.token_at(m.open - 2) if m.open >= 2 else None
    if span is None or before is None or len(span) > 8 or ctx.text[m.end - 1 : m.end] in SENT_END:
        return False
    return before.pos_ in ("DET", "NUM", "ADJ") and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _heading(text: str, lo: int, hi: int) -> bool:
    """A short paragraph with no closing punctuation: a heading or a pull-quote line."""
    body = text[lo:hi].strip().rstrip("»”\"› ")
    return bool(body) and body[-1] not in SENT_END and len(body.split()) <= 12


def _covers(text: str, a: int, b: int, m: Marked) -> bool:
    """The content is just the marked words (with their marks)."""
    outside = text[a : m.open] + text[_outer_end(m) : b]
    return not outside.strip(" \t,.;:!?…")


def candidates(
    doc: Doc, marked: list[Marked], paras: list[tuple[int, int]]
) -> tuple[list[Candidate], list[Rejected]]:
    """Candidate quotes of an article in text order, and the marked text set aside."""
    ctx = make_context(doc, marked)
    text = ctx.text
    out: list[Candidate] = []
    rejected: list[Rejected] = []
    held: dict[int, Frame] = {}
    headings = [(lo, hi) for lo, hi in paras if _heading(text, lo, hi)]
    for sent in sentences(doc, marked, paras):
        for frame in find_frames(ctx, sent):
            for a, b in frame.content:
                inside = [m for m in ctx.outer if a <= m.open and _outer_end(m) <= b]
                spoken = [m for m in inside if name_like(ctx, m) is None]
                for m in inside:
                    held[m.open] = frame
                integrated = "que-clause" in frame.evidence or "infinitive" in frame.evidence
                if spoken and all(text[:m.open].rstrip().endswith(":") for m in spoken) and len(spoken) > 1:
                    for m in spoken:  # "lancé à l'une : “On ne vous croit pas” et à une avocate : “…”"
                        out.append(Candidate("direct", m.start, m.end, sent, frame, evidence=frame.evidence))
                elif len(spoken) == 1 and _covers(text, a, b, spoken[0]) and not integrated:
                    m = spoken[0]
                    out.append(Candidate("direct", m.start, m.end, sent, frame, evidence=frame.evidence))
                elif inside and not spoken and all(_covers(text, a, b, m) for m in inside):
                    continue  # only a name in marks: "appelé « Orechnik »"
                elif spoken:
                    frags = tuple((m.start, m.end) for m in spoken)
                    out.append(Candidate("mixed", a, b, sent, frame, frags, frame.evidence))
                else:
                    out.append(Candidate("indirect", a, b, sent, frame, evidence=frame.evidence))
        for m in ctx.outer:
            if not sent[0] <= m.open < sent[1] or m.open in held:
                continue
            if any(lo <= m.open < hi for lo, hi in headings):
                rejected.append(Rejected(m.start, m.end, "heading"))
                continue
            reason = name_like(ctx, m) or _cited(ctx, m)
            if reason:
                rejected.append(Rejected(m.start, m.end, reason))
                continue
            found = incise(ctx, m)
            if found is not None:
                frame, first, second = found
                held[m.open] = frame
                out.append(Candidate("direct", *first, sent, frame, evidence=("incise",)))
                if second is not None:
                    out.append(Candidate("direct", *second, sent, frame, evidence=("incise",)))
                continue
            colon = colon_frame(ctx, sent, m)
            if colon is not None:
                held[m.open] = colon
                out.append(Candidate("direct", m.start, m.end, sent, colon, evidence=colon.evidence))
                continue
            if len(text[m.start : m.end].split()) <= 3 and not (m.continues or m.continued):
                rejected.append(Rejected(m.start, m.end, "short marked words with no speaker"))
                continue
            if _term(ctx, m):
                rejected.append(Rejected(m.start, m.end, "a term in marks: a noun phrase, no verb, no speaker"))
                continue
            out.append(Candidate("direct", m.start, m.end, sent, None, evidence=("no-cue",)))
    out = _link_chains(ctx, out, held)
    out.sort(key=lambda c: (c.start, c.end))
    return _dedupe(out), rejected


def _link_chains(ctx: _Ctx, out: list[Candidate], held: dict[int, Frame]) -> list[Candidate]:
    """Give every paragraph of a multi-paragraph quote the frame of the part that has one."""
    chains: list[list[Marked]] = []
    for m in ctx.outer:
        if m.continued and chains and chains[-1][-1].continues:
            chains[-1].append(m)
        else:
            chains.append([m])
    by_start = {c.start: c for c in out}
    result = list(out)
    for chain in chains:
        if len(chain) < 2:
            continue
        frame = next((held[m.open] for m in chain if m.open in held), None)
        for m in chain:
            cand = by_start.get(m.start)
            if cand is None or cand.frame is not None or frame is None:
                continue
            result.remove(cand)
            evidence = ("multi-paragraph", *frame.evidence)
            result.append(Candidate("direct", m.start, m.end, cand.sentence, frame, (), evidence, chain[0].open))
    return result


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Drop a candidate nested in another of the same frame (two cues over one clause)."""
    keep: list[Candidate] = []
    for c in cands:
        if any(k.start <= c.start and c.end <= k.end and (k.start, k.end) != (c.start, c.end) and k.type != "direct" and c.type != "direct" for k in cands):
            continue
        if any((k.start, k.end) == (c.start, c.end) for k in keep):
            continue
        keep.append(c)
    return keep


def sentence_subjects(
    doc: Doc, marked: list[Marked], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Subjects of the narrator's own clauses: the people and bodies the text is about.

    Subjects inside quotation marks or inside reported content (``spans``) are speech,
    not narration, and are left out.
    """
    ctx = make_context(doc, marked)
    out = []
    for tok in doc:
        cleft = tok.ent_type_ == "PER" and tok.i >= 2 and doc[tok.i - 1].lower_ in ("est", "était") and doc[tok.i - 2].lower_ in ("c'", "c’")
        if not cleft and (tok.dep_ not in ("nsubj", "nsubj:pass") or tok.lower_ in ("qui", "que", "qu'", "qu’", "ce", "c'", "c’", "cela", "ça")):
            continue  # "c'est Nicolas Sarkozy qui raconte" names the speaker too
        if ctx.inside_marks(tok.idx) is not None or any(a <= tok.idx < b for a, b in spans):
            continue
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.text.startswith("-"):
            continue
        lo, hi = _subtree_before(tok, tok.head.i if tok.head.i > tok.i else len(doc))
        if hi - lo > 12:
            lo, hi = tok.i, tok.i + 1
        out.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)))
    return out
