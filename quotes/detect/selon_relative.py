"""« selon X » inside a relative clause: the record is what follows it, to the clause's end.

"un conflit qui, selon le syndicat, serait mal supporté", "des horaires qui sont selon eux trop
imprévisibles", "ce qui, selon X, n'a fait qu'envenimer la situation": the relative pronoun
links the narrator's noun; X's words are the rest of the relative clause after « selon X »
(GUIDELINES, « selon X » inside a clause). The clause ends with the last word the parse hangs
on its verb, or before at its first comma (« L'usine, qui selon X serait rentable, va fermer »:
the narrator's « va fermer »). Not read so: a cleft
(« C'est lui qui, selon X, a signé »), a question (« se demande qui, selon X, … »), a main
clause whose subject a relative describes (« Le maire qui a démissionné est, selon X, … »),
a relative that holds a verb of saying of its own (« le préfet, qui, selon eux, aurait affirmé
que … »: that verb's words).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.content import content_end, trim_end, trim_start
from quotes.detect.context import Context, outer_end
from quotes.detect.forms import conjugated
from quotes.detect.source_asides import after_description
from quotes.lexicon.grammar import (
    CE,
    CLEFT_BE,
    INFINITIVE_CLITICS,
    LINKING_RELATIVES,
    NEGATION_START,
    QUE,
    SOURCE_RELATIVES,
)

# words that may sit between the relative pronoun and « selon »: the relative clause's own
# verb, its negation or clitics (« qui sont », « qui ne sont », « qui en seraient »), no
# subject of its own (« dont un est blessé, selon X »: the clause is whole before it)
_BETWEEN = frozenset({"AUX", "VERB", "ADV"})
_CLITICS = INFINITIVE_CLITICS | NEGATION_START
_MAX_BETWEEN = 3
_CLEFT_REACH = 8  # tokens from « c'est » to the pronoun: « C'est le préfet de la région qui »
_CLIMB = 3  # heads from the pronoun to its clause's verb: « dont … la décision est illégale »


def relative_pronoun(first: Token) -> Token | None:
    """The relative pronoun (lexicon ``LINKING_RELATIVES``) that opens the clause « selon »
    (``first``) sits in: right before it, its comma aside, or with only the clause's own verb
    and its clitics between (no punctuation, no second verb: « qui a démissionné est » is the
    main clause's « est »). None in a cleft or a question."""
    doc, sent = first.doc, first.sent
    k = _before(first)
    between: list[Token] = []
    while k >= sent.start and len(between) <= _MAX_BETWEEN:
        tok = doc[k]
        if tok.lower_ in LINKING_RELATIVES:  # « que » only as the parse's relative pronoun
            if tok.lower_ in QUE and "Rel" not in tok.morph.get("PronType", []):
                return None
            return tok if k > sent.start and _linking(tok, between) else None
        if tok.pos_ not in _BETWEEN and tok.lower_ not in _CLITICS:
            return None
        between.insert(0, tok)
        k -= 1
    return None


def opens_relative(first: Token) -> bool:
    """Is the relative pronoun that opens the clause « selon » (``first``) sits in right before
    it, its comma aside (« L'usine, qui, selon X, serait rentable, »): the clause's verb comes
    after the source, whole (not « Une hausse qui vient, selon X, de … »: cut in two)."""
    pronoun = relative_pronoun(first)
    return pronoun is not None and pronoun.i == _before(first)


def _before(first: Token) -> int:
    """The index of the token before « selon » (``first``), its comma skipped."""
    k = first.i - 1
    if k >= 0 and first.doc[k].text == ",":
        k -= 1
    return k


def _relative_verb(pronoun: Token) -> Token:
    """The verb of the clause ``pronoun`` opens: its head, climbed to the ``acl:relcl`` that
    hangs the clause on its noun (« dont … la décision est illégale »), or where the climb
    stops."""
    verb = pronoun.head
    for _ in range(_CLIMB):
        if verb.dep_ == "acl:relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def number_tail(ctx: Context, first: Token, source: tuple[int, int]) -> int | None:
    """Where a source ending in a number that runs on with no comma in a relative clause
    (« qui seraient selon la mairie 200 à avoir été évacués ») ends before that number: the
    number opens X's words; None elsewhere."""
    if relative_pronoun(first) is None:
        return None
    span = ctx.doc.char_span(*source, alignment_mode="contract")
    if span is None or len(span) < 2 or not span[-1].like_num or span[-2].like_num:
        return None
    nxt = ctx.token_at(trim_start(ctx.text, source[1], len(ctx.text)))
    if nxt is None or nxt.is_punct:
        return None
    return span[-2].idx + len(span[-2].text)


def relative_barrier(first: Token, cues: list[Token]) -> int:
    """Where « selon » (``first``) ends the words of a cue before it (``cues``: their last
    words): in a relative inside that cue's que-clause, at the pronoun when the relative ends
    the clause (« a annoncé une réunion sur leurs plannings, qui sont selon eux imprévisibles »:
    « une réunion sur leurs plannings »), nowhere (0) when its noun is the subject of the
    clause's verb after it (« a affirmé que le plan, qui, selon X, serait rentable, allait
    coûter des emplois »: the cue's clause whole); elsewhere at « selon »."""
    if not cues:
        return first.idx
    pronoun = relative_pronoun(first)
    if pronoun is None or not any(any(
            t.lower_ in QUE and t.pos_ == "SCONJ" for t in first.doc[c.i + 1 : pronoun.i])
            for c in cues if c.i < pronoun.i):
        return first.idx
    verb = _relative_verb(pronoun)
    noun = verb.head
    subject = verb.dep_ == "acl:relcl" and ((
        noun.dep_.startswith("nsubj") and noun.head.i > first.i) or any(
        c.lower_ in QUE for c in noun.children))  # the parse hangs the clause's verb on it
    return 0 if subject or _goes_on(first) else pronoun.idx


def _goes_on(first: Token) -> bool:
    """Does a finite verb open what follows the comma after the relative's own verb (« qui,
    selon X, serait rentable, allait coûter »: the clause's verb after the relative)?"""
    doc, sent = first.doc, first.sent
    own = next((t for t in doc[first.i + 1 : sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if own is None:
        return False
    comma = next((t for t in doc[own.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= sent.end:
        return False
    nxt = doc[comma.i + 1]
    if nxt.lower_ in NEGATION_START and nxt.i + 1 < sent.end:
        nxt = doc[nxt.i + 1]
    return conjugated(nxt)


def _linking(pronoun: Token, between: list[Token]) -> bool:
    """Does ``pronoun`` open a relative on a noun with ``between`` its own words: not after a
    verb or « pas » (« se demande qui », « ne sait pas qui »: a question), not in a question
    or a cleft, one verb group between (« qui a démissionné est »: two)."""
    doc, sent = pronoun.doc, pronoun.sent
    before = doc[pronoun.i - 1]
    if before.pos_ in ("VERB", "AUX") or before.lower_ == "pas" or sent.text.rstrip()[-1:] == "?":
        return False
    if _cleft(pronoun):
        return False
    full = [t for t in between if t.pos_ == "VERB" and not t.dep_.startswith(("aux", "cop"))]
    return not full or all(t.pos_ not in ("VERB", "AUX") for t in between if t.i > full[0].i)


def _cleft(pronoun: Token) -> bool:
    """« C'est lui qui », « Ce n'est pas le préfet qui », « ce sont eux qui »: a cleft."""
    doc = pronoun.doc
    lo = max(pronoun.sent.start, pronoun.i - _CLEFT_REACH)
    for k in range(lo, pronoun.i):
        if doc[k].lower_ not in CE and doc[k].lower_ != "ce":
            continue
        nxt = k + 1
        if nxt < pronoun.i and doc[nxt].lower_ in NEGATION_START:
            nxt += 1
        if nxt < pronoun.i and doc[nxt].lower_ in CLEFT_BE and not any(
                t.is_punct for t in doc[nxt : pronoun.i]):
            return True
    return False


def relative_words(
    ctx: Context, first: Token, after: int, s_hi: int, others: list[tuple[int | None, int]],
    cut: bool = False,
) -> tuple[int, int] | None:
    """X's words when « selon X » (its source ending at ``after``) sits in a relative clause: from
    after the source, its comma and what describes it set off by commas (« ce qui, selon Sud-Rail,
    troisième syndicat, n'a … ») to the clause's end: the last word the parse hangs on its verb, or
    before it the first comma outside marks, or the sentence end; None elsewhere, when nothing of
    the clause follows but the source's own relative, or when another cue (``others``) is the
    clause's verb (« qui, selon eux, n'a rien promis »): the clause is that verb's (an infinitive in
    it, « de justifier », is not). A relative opened by « dont », or a source cut before its number
    (``cut``), needs the comma after X (« dont selon X 200 ont … », « qui seraient selon X 200 à …
    »: where X ends and the clause goes on are unsure)."""
    pronoun = relative_pronoun(first)
    if pronoun is None:
        return None
    text = ctx.text
    rest = text[after:s_hi]
    if rest.lstrip(" \t")[:1] == ",":
        start = after_description(ctx, trim_start(text, after + rest.index(",") + 1, s_hi), s_hi)
    elif pronoun.lower_ == "dont" or cut:
        return None
    else:
        start = trim_start(text, after, s_hi)
    words = text[start:s_hi].strip(" \t.!?…").split()
    if not words or words[0].lower() in SOURCE_RELATIVES:
        return None  # « …, selon le préfet, qui … »: the source's own relative, after the clause
    stop = _clause_end(ctx, pronoun, start, s_hi)
    if any(start <= cue < stop and _finite(ctx, cue) for _, cue in others):
        return None
    end = trim_end(text, start, content_end(ctx, start, stop, others, verbless=True))
    return (start, end) if start < end else None


def _clause_end(ctx: Context, pronoun: Token, start: int, s_hi: int) -> int:
    """Where the relative clause ``pronoun`` opens ends, after ``start``: at the last word the
    parse hangs on its verb (« Le plan qui, selon X, coûterait 3 millions a été voté »), and at
    its first comma outside marks that goes on with no item of a list of its own (« …, qui selon
    X serait rentable, va fermer », « …, ce qu'elle conteste »; not « serait coûteux, inutile et
    dangereux »)."""
    doc, text = ctx.doc, ctx.text
    verb = _relative_verb(pronoun)
    own = {t.i for t in verb.subtree} if verb.dep_ == "acl:relcl" else set()
    if own and pronoun.i in own:
        last = doc[max(own)]
        edge = last.idx + len(last.text)
        marked = ctx.inside_marks(edge - 1)  # the closing mark the parse hangs elsewhere
        edge = edge if marked is None else max(edge, outer_end(marked))
        if start < edge < s_hi:
            s_hi = edge
    for k in range(start, s_hi):
        if text[k] != "," or ctx.inside_marks(k) is not None:
            continue
        nxt = ctx.token_at(trim_start(text, k + 1, s_hi))
        if nxt is None or nxt.dep_ != "conj" or nxt.i not in own:
            return k
    return s_hi


def _finite(ctx: Context, char: int) -> bool:
    """Is the cue group that starts at ``char`` a verb of its own clause, no infinitive?"""
    tok = ctx.token_at(char)
    return tok is not None and "Inf" not in tok.morph.get("VerbForm", [])
