"""« Pour X, … »: the view X holds, a frame whose cue is no verb.

X is a noun phrase that can speak (a name, a role, a body), set off by a comma; what X holds is
the clause after it, up to a colon that opens marks, which are X's own words."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.content import content_end, trim_start
from quotes.detect.context import OPENING, Context, Frame, char_range, colon_marks
from quotes.detect.forms import conjugated
from quotes.detect.governing import SUBJECT_DEPS
from quotes.detect.skips import skip
from quotes.detect.source_asides import after_description
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import STRESSED
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import entity_end


def pour_frame(
    ctx: Context,
    sent: tuple[int, int],
    tok: Token,
    holder: tuple[int, int],
    others: list[tuple[int | None, int]],
) -> Frame | None:
    """ "Pour X, …": the rest of the sentence is X's view (a "selon" frame whose cue is
    "Pour")."""
    doc, text = ctx.doc, ctx.text
    subject = char_range(doc, holder)
    if tok.i >= holder[1]:  # « X, pour qui … » (pour_edges): X's words follow « qui »
        start = trim_start(text, doc[tok.i + 1].idx + len(doc[tok.i + 1].text), sent[1])
        end_at = relative_end(ctx, tok, len(doc))  # « X, pour qui « … », votera »
        if end_at < len(doc):
            others = [*others, (None, doc[end_at].idx)]
    else:
        comma = next(t for t in doc[holder[1] :] if t.text == ",")
        # "Pour X, présent à Lyon, …": the words that describe X are not the view it holds
        start = after_description(ctx, trim_start(text, comma.idx + 1, sent[1]), sent[1])
        start = after_holder_name(ctx, holder, start, sent[1])
    # "Pour X, la crise s'aggrave : « … »": the marks after a colon are X's words, direct
    barriers = others + [(None, c) for c in colon_marks(ctx, start, sent[1])]
    marks = ctx.opening_at(start)
    if marks is not None and marks.close is not None:
        # « pour X, « … » « … », estime X »: the next marks, right after, are other words
        after = trim_start(text, marks.close + 1, sent[1])
        if after < sent[1] and text[after] in OPENING:
            barriers.append((None, after))
    end = content_end(ctx, start, sent[1], barriers, verbless=True)
    if end <= start:
        return None
    cue = (tok.idx, tok.idx + len(tok.text))
    return Frame("selon", cue, "pour", subject, ((start, end),), ("selon", "pour"))


def after_holder_name(ctx: Context, holder: tuple[int, int], start: int, end: int) -> int:
    """« Pour la Première ministre, Anne Roy, Paul Roux « a tout donné » »: the name set off by
    commas right after a holder named by no name is the holder's, when the words after it hold
    a clause of their own, a subject before its verb (not « Pour le ministre, Paul Roux a
    menti »: no comma, nor « …, Paul Roux, a menti »: the name is the verb's subject, nor
    « Pour le procureur, Paul Roux, Anne Roy et Luc Petit « ont menti » »: the name opens a list
    the words after it close with « et » or « ou » before the verb); where the view starts
    after it, else ``start``."""
    doc = ctx.doc
    tok = ctx.token_at(start)
    if tok is None or tok.ent_type_ != "PER" or tok.ent_iob_ != "B" or any(
            t.ent_type_ == "PER" for t in doc[holder[0] : holder[1]]):
        return start
    k = entity_end(doc, tok.i)
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].idx >= end:
        return start
    rest = [t for t in doc[k + 1 :] if t.idx < end]
    verb = next((t for t in rest if conjugated(t)), None)
    if verb is None or not any(
            t.dep_.startswith("nsubj") or t.ent_type_ in ("PER", "ORG") for t in rest
            if t.i < verb.i) or any(t.lower_ in ("et", "ou") for t in rest if t.i < verb.i):
        return start
    return trim_start(ctx.text, doc[k].idx + 1, end)


def relative_end(ctx: Context, tok: Token, stop: int) -> int:
    """Where the relative « X, pour qui … » (``tok`` its « pour », before token ``stop``)
    ends: at the next comma outside marks, whatever comes before X (« La députée X, pour qui
    « … », votera contre », « attendent le ministre X, pour qui « … », et le préfet »)."""
    doc = ctx.doc
    return next((t.i for t in doc[tok.i + 2 : stop]
                 if t.text == "," and ctx.inside_marks(t.idx) is None), stop)


def opinion_holder(doc: Doc, tok: Token, stop: int) -> tuple[int, int] | None:
    """ "Pour X, <a clause>": X holds the view the clause states when X can speak (a person,
    a role, a body, a source, "lui"), the phrase ends at a comma (after a word of time or a
    link, lexicon/skip_words.txt, when it holds a name: « Pour la CGT aujourd'hui, ») and a
    clause (see ``_clause_verb``) or marks follow; the token range of X and its apposition ("Pour
    Anne Roy, maire de Lens, …"), or None.
    "Pour la France, …", "Pour sa part, …", "Pour rendre sa décision, …" are no cue."""
    rng = np_after(doc, tok.i + 1, stop)
    if rng is None:
        return None
    rng = _past_acronym(doc, rng, stop)
    comma = skip(doc, rng[1], stop)
    cut = next((t.i for t in doc[rng[0] : rng[1]] if t.text == ","), None)
    if (comma >= stop or doc[comma].text != ",") and cut is not None:
        rng, comma = (rng[0], cut), cut  # "Pour X, présent à Lyon, …": X, then what describes X
    if comma >= stop or doc[comma].text != ",":
        return None
    if comma > rng[1] and not any(_named(t) for t in doc[rng[0] : rng[1]]):
        return None  # "Pour les victimes aussi, …": whom it is for, not who holds a view
    head = next((t for t in doc[rng[0] : rng[1]] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None or (head.pos_ == "PRON" and head.lower_ not in STRESSED):
        return None
    named = any(t.ent_type_ in ("PER", "ORG") for t in doc[rng[0] : rng[1]])
    if head.pos_ == "PROPN" and not named:  # "Pour la France, …"
        return None
    # a peer a person's name stands right after (« Pour son collègue Marc Roy, … »,
    # lexicon/colleague_nouns.txt): that person; not a name after « de » (« Pour
    # l'anniversaire de X »), nor before a clause with a named subject of its own
    noun_name = head.pos_ == "NOUN" and head.i + 1 < rng[1] and doc[head.i + 1].ent_type_ == "PER"
    peer = noun_name and fold(head.text) in folded("colleague_nouns")
    if head.pos_ != "PRON" and not speaker_like(doc, rng) and not peer:
        return None
    end = rng[1]
    apposed = np_after(doc, comma + 1, stop) if comma == end else None
    if (
        apposed is not None
        and apposed[1] < stop
        and doc[apposed[1]].text == ","
        and (any(is_role_noun(t.text) for t in doc[apposed[0] : apposed[0] + 4])
             or all(t.ent_type_ == "PER" for t in doc[apposed[0] : apposed[1]]))
    ):
        # ", directrice de l'association,"; after a description, the name: ", Anne Roy,"
        end = comma = apposed[1]
    rest = doc[comma + 1 : stop]
    if peer and any(t.pos_ in ("VERB", "AUX") and any(
            c.dep_.startswith("nsubj") and _named(c) for c in t.children) for t in rest):
        return None  # « Pour son confrère Marc Roy, Anne Lenoir a écrit … »: for whom
    marked = len(rest) > 0 and rest[0].text in OPENING  # "Pour X, « … »": X's words
    return (rng[0], end) if marked or any(_clause_verb(t) for t in rest) else None


def _clause_verb(tok: Token) -> bool:
    """A verb that makes a clause: finite, or with a subject of its own (« Paul Roy aggrave la
    crise », whose verb the tagger may read as an infinitive)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return "Fin" in tok.morph.get("VerbForm", []) or (
        "Part" not in tok.morph.get("VerbForm", [])
        and any(c.dep_ in SUBJECT_DEPS for c in tok.children))


def _named(tok: Token) -> bool:
    """A word of a person's or a body's name: so tagged, or a proper noun that is no place."""
    return tok.ent_type_ in ("PER", "ORG") or (tok.pos_ == "PROPN" and tok.ent_type_ != "LOC")


def _past_acronym(doc: Doc, rng: tuple[int, int], stop: int) -> tuple[int, int]:
    """The noun phrase ``rng`` with an acronym in brackets and the words up to the next comma
    when no verb is among them (« son homologue du Centre national d'études (CNE) français,
    … »): the phrase goes on past the brackets."""
    if rng[1] >= stop or doc[rng[1]].text != "(":
        return rng
    close = next((t.i for t in doc[rng[1] : stop] if t.text == ")"), None)
    if close is None or close - rng[1] > 4:
        return rng
    end = next((t.i for t in doc[close + 1 : stop] if t.text == ","), stop)
    if end - close > 4 or any(
            t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[close + 1 : end]):
        return rng
    return rng[0], end
