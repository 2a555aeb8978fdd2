"""Where the words of a « selon » start beside other clauses: after a conjunction that opens
a clause (« puisque selon X, … », ``selon_opens.subordinated``), and where they end when that
clause opens the sentence before the main one (« Même si, selon X, A, B »: A,
``fronted_clause_end``); in a series of postposed « selon » in one sentence (« trois
blessés, un pompier selon la préfecture, un passant selon la police et un cycliste selon la
mairie »).

Each source speaks for its own item only, the stretch between the link before it (a comma, or
« et » / « ou » after the previous source) and its cue, not for the words the sources before it
already gave; and a source's noun phrase stops before the « et » that opens the next item.
It also finds the noun of a source's phrase, past its determiner and adjectives
(``phrase_noun``), for selon.py and findings.py, and what that phrase names: the outlet's own
findings, terms it follows, the words of the one a possessive stands for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.context import Context, char_range, skip_blank
from quotes.detect.forms import conjugated
from quotes.detect.phrase_ends import next_phrase, partitive_subject, unglued
from quotes.detect.speaker_phrases import np_after
from quotes.lexicon import is_possessed_word, is_speech_noun, marked, words
from quotes.lexicon.grammar import (
    COORDINATORS,
    ELIDED_DE,
    LIST_JOINS,
    POSSESSIVES,
    STRESSED,
)
from quotes.lexicon.grammatical_person import FIRST_PERSON_PLURAL

_JOINED = COORDINATORS | LIST_JOINS  # a word that joins a source to more (« elle et son mari »)
_CLAUSE_STOPS = frozenset({",", ";", ":"})  # what parts a fronted clause from the main one


def fronted_clause_end(doc: Doc, first: Token, tok: Token) -> int | None:
    """Where the clause of the subordinated cue ``first`` … ``tok`` ends when the conjunction
    opens its sentence, before the main clause (« Même si, selon X, les artisans manquent, la
    piscine rouvrira »): X's words stop with it. The clause is the predicate the source hangs
    on, with what depends on it before the main clause: the predicate's head after it, or (the
    parse taking the fronted clause for the main one) its first dependent after a comma with a
    finite verb of its own; its closing marks and brackets stay with it. ``None`` when a finite
    verb comes before the conjunction (« …, même si, selon X, … »: the words run to the sentence
    end) or the parse ties the source to nothing after it."""
    k = first.i - 1
    if k > 0 and doc[k].text == ",":
        k -= 1
    if any(conjugated(t) for t in doc[first.sent.start : k]):
        return None
    case = first.head if first.dep_ == "fixed" else first  # the « d' » of « d'après »
    noun = case.head
    pred = noun.head  # selon → its noun → the predicate it serves
    if pred.i <= tok.i or pred.i == noun.i:  # the noun the parse's root: no predicate read
        return None
    if pred.head.i > pred.i:  # « manquent » advcl of « rouvrira »
        k = pred.right_edge.i
        while k > pred.i and (doc[k].text in _CLAUSE_STOPS or doc[k].is_space
                              or k >= pred.head.i):
            k -= 1  # a closing mark or bracket stays: « … sont « presque finis », la … »
        return doc[k].idx + len(doc[k].text)
    if pred.dep_ != "ROOT":
        return None
    main = next((c for c in pred.rights if not c.is_punct and c.left_edge.i > pred.i + 1
                 and doc[c.left_edge.i - 1].text == ","
                 and any(conjugated(t) for t in c.subtree)), None)
    if main is None:
        return None
    last = doc[main.left_edge.i - 2]
    return last.idx + len(last.text)


def selon_cues(ctx: Context, sent: tuple[int, int]) -> list[Token]:
    """The « selon » / « d'après » tokens of ``sent`` outside the marks, in text order (the
    « selon » or the « après »)."""
    span = ctx.doc.char_span(sent[0], sent[1], alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if ctx.inside_marks(t.idx) is None and selon_word(t)]


def selon_word(t: Token) -> bool:
    """A « selon », or the « après » of « d'après »."""
    return t.lower_ == "selon" or (t.lower_ == "après" and t.i > 0
                                   and t.doc[t.i - 1].lower_ in ELIDED_DE)


def _cue_start(tok: Token) -> int:
    """Where the cue of ``tok`` starts: the « d' » of « d'après »."""
    return tok.doc[tok.i - 1].idx if tok.lower_ == "après" else tok.idx


def series_source(
    ctx: Context, sent: tuple[int, int], tok: Token, source: tuple[int, int]
) -> tuple[int, int]:
    """The source of the cue ``tok``, cut before a coordinator inside it when a later « selon »
    follows with no comma between (« un blessé selon les pompiers et un autre selon la
    mairie »: the pompiers, not « les pompiers et un autre »)."""
    later = [t for t in selon_cues(ctx, sent) if t.idx >= source[1]]
    if not later:
        return source
    nxt = _cue_start(later[0])
    doc = ctx.doc
    for t in doc[tok.i + 1 :]:
        if t.idx >= source[1]:
            break
        if t.lower_ in LIST_JOINS and t.i > tok.i + 1 and "," not in ctx.text[t.idx : nxt]:
            prev = doc[t.i - 1]
            return (source[0], prev.idx + len(prev.text))
    return source


def series_item(
    ctx: Context, sent: tuple[int, int], tok: Token, start: int, end: int
) -> int:
    """Where the words of the postposed « selon » ``tok`` start, its content running from
    ``start`` to ``end``: the start of its own item when it belongs to a series (the item
    before or after it is another source's, joined by a comma or « et »); else ``start``."""
    cues = selon_cues(ctx, sent)
    k = next((n for n, t in enumerate(cues) if t.i == tok.i), None)
    if k is None:
        return start
    lo, linked = _item_start(ctx, sent, cues, k, start, end)
    if not _verbless(ctx, lo, end):
        return start
    if not linked and k + 1 < len(cues):
        nxt = cues[k + 1]
        n_lo, n_linked = _item_start(ctx, sent, cues, k + 1, start, _cue_start(nxt))
        linked = n_linked and _verbless(ctx, n_lo, _cue_start(nxt))
    return lo if linked else start


def _item_start(
    ctx: Context, sent: tuple[int, int], cues: list[Token], k: int, start: int, end: int
) -> tuple[int, bool]:
    """Where the item of the ``k``-th cue starts (after the last comma outside the marks, or
    after the previous source and the link that follows it) and whether it is linked to the
    previous source that way."""
    text = ctx.text
    lo = start
    for i in range(end - 1, start - 1, -1):
        if text[i] == "," and ctx.inside_marks(i) is None:
            lo = i + 1
            break
    if k == 0:
        return skip_blank(text, lo, end), False
    prev = cues[k - 1]
    source = _source_end(ctx, sent, prev)
    if source is None or not start <= source <= end:
        return skip_blank(text, lo, end), False
    gap = text[source:end]
    link = gap.lstrip(" \t")
    parts = link.lstrip(",").split(None, 1)
    if link[:1] == ",":
        after = source + len(gap) - len(link) + 1
        if parts and parts[0] in LIST_JOINS:  # « …, et … »
            after = text.index(parts[0], after) + len(parts[0])
    elif parts and parts[0] in LIST_JOINS:
        after = text.index(parts[0], source) + len(parts[0])
    else:
        return skip_blank(text, lo, end), False
    after = skip_blank(text, after, end)
    return max(after, skip_blank(text, lo, end)), after >= lo


def _source_end(ctx: Context, sent: tuple[int, int], tok: Token) -> int | None:
    """Where the source after the cue ``tok`` ends, cut as ``series_source`` cuts it."""
    doc = ctx.doc
    stop = doc.char_span(sent[0], sent[1], alignment_mode="expand")
    if stop is None or tok.i + 1 >= stop.end:
        return None
    rng = np_after(doc, tok.i + 1, stop.end)
    if rng is None:
        return None
    return series_source(ctx, sent, tok, char_range(doc, (rng[0], unglued(doc, *rng))))[1]


def _verbless(ctx: Context, lo: int, hi: int) -> bool:
    """Is the stretch a phrase with no finite verb (« un homme blessé à la main »)?"""
    span = ctx.doc.char_span(lo, hi, alignment_mode="contract")
    return span is not None and len(span) > 0 and not any(
        "Fin" in t.morph.get("VerbForm", []) for t in span)


def phrase_noun(doc: Doc, i: int, stop: int) -> int:
    """Where the noun of the phrase at token ``i`` stands: past one determiner and any
    adjectives ("les (premières) explications"); ``stop`` or past it if the phrase ends first."""
    return _past_adjectives(doc, i + 1 if i < stop and doc[i].pos_ == "DET" else i, stop)


def _past_adjectives(doc: Doc, j: int, stop: int) -> int:
    """The first token from ``j`` on, before ``stop``, that is no adjective."""
    while j < stop and doc[j].pos_ == "ADJ":
        j += 1
    return j


def np_end(doc: Doc, lo: int, hi: int) -> int:
    """Where a source's noun phrase from ``lo`` ends: a stressed pronoun with no coordinator
    or punctuation after it is the whole source (« selon lui les artisans manquent »), the
    clause it speaks comes next; one coordinated with more (« selon elle et son mari, … »)
    and any other phrase end where ``np_after``'s walk over tags stops (a finite verb,
    punctuation, ``np_stops``), or before a determiner right after its noun (« selon la
    préfecture les crues reviendront »): no preposition ties that one to the source, it
    opens the subject of the clause the source speaks; so does a « des » or « du » before a
    finite verb that has no other subject (``phrase_ends.partitive_subject``). A determiner
    before a capital is a name's (« selon l'hebdomadaire le Furet »)."""
    if doc[lo].lower_ in STRESSED and lo + 1 < hi:
        after = doc[lo + 1]
        return hi if after.is_punct or after.lower_ in _JOINED else lo + 1
    return next((k for k in range(lo + 1, hi)
                 if next_phrase(doc, k) or partitive_subject(doc, k)), hi)


def own_reporting(doc: Doc, i: int, stop: int) -> bool:
    """Does the phrase at token ``i`` after « selon » / « d'après » name the outlet's own
    findings (« nos informations », « notre enquête », lexicon/own_findings.txt)? The
    narrator's words then, no one else's: « nos sources » and « nos confrères » name others."""
    if i >= stop or doc[i].lower_ not in FIRST_PERSON_PLURAL:
        return False
    j = _past_adjectives(doc, i + 1, stop)  # "nos propres informations"
    return j < stop and (is_speech_noun(doc[j].text) or doc[j].lower_ in words("own_findings"))


def own_words(doc: Doc, i: int, j: int) -> bool:
    """« selon ses dires », « d'après leurs déclarations » (lexicon/possessed_words.txt): the
    words of the one the possessive stands for, no document."""
    return doc[i].lower_ in POSSESSIVES and is_possessed_word(doc[j].text)


def by_terms(doc: Doc, i: int, stop: int) -> bool:
    """Does the phrase at token ``i`` after « selon » / « d'après » name terms, a rule or a
    plan it follows (« selon les conditions envisagées », « selon le calendrier prévu »,
    lexicon/selon_terms.txt)? « in accordance with »: the sentence names no source."""
    j = phrase_noun(doc, i, stop)  # "selon les nouvelles modalités"
    if not (i < j < stop and doc[j].lower_ in words("selon_terms")):
        return False
    # « selon les cas » only closing the clause or set off by commas: « selon les cas étudiés
    # par la commission » names the commission's finding
    return doc[j].lower_ not in marked("selon_terms", "bare") or j + 1 >= stop or \
        doc[j + 1].is_punct


def name_after(doc: Doc, k: int, stop: int) -> tuple[int, int] | None:
    """The token range of a name right after a noun of figures at token ``k`` (« les estimations
    Harris Interactive-Agence Epoka pour … », « le sondage Ifop »): capitalised words, the
    tagger's proper nouns or foreign words, and the hyphens that join them with no space; None
    where ``k`` opens none."""
    j = k
    while j < stop and (
            ((doc[j].is_title or doc[j].is_upper) and doc[j].pos_ in ("PROPN", "X"))
            or (j > k and doc[j].text == "-" and not doc[j - 1].whitespace_ and j + 1 < stop
                and doc[j + 1].is_title)
            or (j > k and doc[j - 1].text == "-" and doc[j].is_title)):  # « -Agence »
        j += 1
    return (k, j) if j > k else None

