"""Marked text that is no quote: a phrase credited in passing, a title in a numbered list, a
charge named after a proceeding's « pour », a term inside the narration, a work's title
(« primé pour « … » »), a line announcing the quote that repeats it, a heading (an epithet
after « présenté comme » that no one gives: ``epithets``).

Each test reads one stretch in marks (or one paragraph, for a heading); the candidates keep
what they set aside as ``Rejected``, with the reason.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from quotes.detect.context import (
    CLOSING,
    SENT_END,
    Context,
    Frame,
    Rejected,
    covers,
    outer_end,
    skip_blank,
    visible_end,
)
from quotes.detect.forms import conjugated
from quotes.detect.marks import Marked
from quotes.lexicon import fold, folded, table_verb_forms
from quotes.lexicon.grammar import (
    DE_CONTRACTED,
    DEFINITE,
    DEFINITE_SINGULAR,
    IN_A_WORK,
    INDEFINITE,
    PARTITIVE,
)
from quotes.lexicon.roles import is_role_noun
from quotes.model import Evidence

_ITEM = re.compile(r"\s*\d{1,3}[.)]\s*")  # "4. " opening a list item
# the article of a charge after « pour » (« pour des « … » », « pour de l'« … » »)
_CHARGE_ARTICLES = sorted(DEFINITE | INDEFINITE | (DE_CONTRACTED - {"de"})
                          | {f"de {a}" for a in DEFINITE_SINGULAR - {"le"}}, key=len, reverse=True)
# « pour », maybe with the article of the charge, or « du chef de »
_CHARGE_LEAD = re.compile(
    r"(?:\b(pour)(?:\s+(?:"
    + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _CHARGE_ARTICLES)
    + r"))?|\bchefs? d(?:e|['’]))\s*$", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"[.;:!?«»\"“”,]")
# what parts two charges of one list: « et », « ou », « ainsi que », a comma, maybe an article
_CHARGE_JOIN = re.compile(
    r"\s*(?:,|,?\s*(?:et|ou|ainsi\s+qu(?:e|['’]))\s*)\s*(?:(?:"
    + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _CHARGE_ARTICLES)
    + r")\s*)?", re.IGNORECASE)


def cited(ctx: Context, m: Marked) -> str | None:
    """A famous phrase credited in passing: "« Levez-vous ! » du pape Clément XV en 1962"."""
    end = outer_end(m)
    after = ctx.doc.char_span(
        end, min(len(ctx.text), end + ctx.settings.citation_chars), alignment_mode="contract"
    )
    if after is None or len(after) < 2 or after[0].lower_ not in PARTITIVE:
        return None
    rest = [t for t in after[1:4] if t.pos_ != "DET"]
    if rest and (rest[0].ent_type_ == "PER" or is_role_noun(rest[0].text)):
        return "phrase credited in passing, not reported speech"
    return None


def charged(ctx: Context, m: Marked) -> str | None:
    """Marks that name a charge, an offence (« une enquête ouverte pour « … » », « mis en
    examen du chef d'« … » »): after « chef de » always; after « pour », with or without an
    article (« pour des », « pour l' »), when a word of a proceeding
    (lexicon/charge_words.txt) comes at most ``charge_reach_words`` words before it, in its
    clause, within ``charge_lead_chars`` (settings), or governs the marked words in the parse
    (``_proceeding_above``); marks that follow a charge's after « et », « ou », « ainsi
    que » or a comma name one too. Marks standing alone only: inside words a cue reports, they stay
    in its content."""
    window = ctx.text[max(0, m.open - ctx.settings.charge_lead_chars) : m.open]
    lead = _CHARGE_LEAD.search(window)
    if lead is None:
        # « pour « A » et « B » », « pour « A » ainsi qu'« B » »: each charge of the list
        prev = next((p for p in reversed(ctx.outer) if p.close is not None and p.close < m.open),
                    None)
        joined = prev is not None and _CHARGE_JOIN.fullmatch(ctx.text, outer_end(prev), m.open)
        return charged(ctx, prev) if prev is not None and joined else None
    clause = _CLAUSE_CUT.split(window[: lead.start()])[-1]
    near = re.findall(r"\w+", clause)[-ctx.settings.charge_reach_words:]
    if lead.group(1) and not (any(fold(w) in folded("charge_words") for w in near)
                              or _proceeding_above(ctx, m)):
        return None
    return "name of a charge: after a proceeding's « pour » or « du chef de »"


def _proceeding_above(ctx: Context, m: Marked) -> bool:
    """Does a word of a proceeding govern the marked words, up to the first verb above them?
    « condamné à six mois de prison avec sursis pour « … » », « condamné … pour des violences
    et pour « … » »: the sentence's verb, however far back; « a plaidé pour « … » » stops at
    its own verb."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if fold(tok.text) in folded("charge_words"):
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def listed(ctx: Context, m: Marked) -> str | None:
    """A title that opens a numbered list item, then its figures or nothing:
    "5. « Titre » : 88 972 entrées", "2. « Titre » (nouveauté)"; a cue after a comma keeps
    a quote ("1. « Nous gagnerons », a dit X")."""
    para = next(((lo, hi) for lo, hi in ctx.paras if lo <= m.open < hi), None)
    if para is None or not _ITEM.fullmatch(ctx.text, para[0], m.open):
        return None
    rest = ctx.text[outer_end(m) : para[1]].strip()
    return "title in a numbered list" if rest[:1] in ("", ":", "(") else None


def term(ctx: Context, m: Marked) -> bool:
    """ "six « trésors du duché de Savoie »": a noun phrase in marks inside the narration."""
    doc = ctx.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    before = ctx.token_at(m.open - 2) if m.open >= 2 else None
    if (
        span is None
        or before is None
        or len(span) > ctx.settings.term_max_tokens
        or ctx.text[m.end - 1 : m.end] in SENT_END
    ):
        return False
    # "en raison de « son état de santé »": a preposition's object that completes a noun is
    # a term too; after a verb ("a voté pour « … »") it may be the subject's words
    of_noun = before.pos_ == "ADP" and before.i > 0 and doc[before.i - 1].pos_ == "NOUN"
    return (before.pos_ in ("DET", "NUM", "ADJ") or of_noun) and not any(
        t.pos_ in ("VERB", "AUX") for t in span)


def titled(ctx: Context, m: Marked) -> bool:
    """The title of a work in marks, standing where a noun phrase stands in the narration: words
    that open on a capital, end with no stop and hold no verb, right after a preposition, hanging
    on a word of a prize or of a work's making (« primé pour « La Nuit des loups » »,
    « a remis son prix à « The Long Road » »: ``_of_a_work``), alone between brackets after a
    year or a number (« en 1998 (« Le Chant du quai ») »), or before their author after « de »
    (« « Le Chant du quai », de Marc Loriot, a reçu … »). After any other preposition
    (« s'est contenté de « Aucun commentaire » »), or between brackets after a statement, the
    words are what someone said. A capitalised word after the first is a name's, whatever verb
    the parse reads in it (« Interest », « Bouffant »). After « dans » (« l'a dirigée dans
    « Un homme est une femme » »), the words are a work's whatever verb they hold: one is
    never said « dans » words someone spoke."""
    doc, text = ctx.doc, ctx.text
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    words = text[m.start : m.end]
    if (span is None or len(span) > ctx.settings.term_max_tokens or not words[:1].isupper()
            or words[-1] in SENT_END):
        return False
    ahead = visible_end(text, m.open)
    before = ctx.token_at(ahead - 1) if ahead else None
    if before is not None and before.lower_ in IN_A_WORK:
        return True
    if any(t.pos_ in ("VERB", "AUX") and (t.i == span.start or not t.text[:1].isupper())
           for t in span):
        return False
    if before is not None and before.pos_ == "ADP":
        return _of_a_work(span)
    if before is not None and before.text == "(":
        # a bracket after a statement holds its words (« a balayé les critiques (« Des rumeurs
        # sans fondement ») »); after a year or a count, it names what was dated or counted
        dated = before.i > 0 and (doc[before.i - 1].pos_ == "NUM" or doc[before.i - 1].is_digit)
        return dated and text[skip_blank(text, outer_end(m), len(text)):][:1] == ")"
    return _authored(ctx, outer_end(m))


def _of_a_work(span: Span) -> bool:
    """Does the marked ``span`` hang, up to its verb, on a word of a prize or of a work's making
    (lexicon/work_contexts.tsv): « a été primé pour « … » », « a remis son prix à « … » »? Past
    that verb the clause is another's (« a été primé après avoir terminé sur « … » »)."""
    head = next((t for t in span if not span.start <= t.head.i < span.end), None)
    work = table_verb_forms("work_contexts")
    while head is not None and head.head.i != head.i:
        head = head.head
        if fold(head.text) in work:
            return True
        if head.pos_ in ("VERB", "AUX"):
            break
    return False


def _authored(ctx: Context, at: int) -> bool:
    """Does a work's author follow offset ``at``: « de », « du » or « d' », after a comma or
    not, then a capitalised name, a determiner maybe before it (« du Britannique Paul Dane »,
    « , d'Ana Roy »)?"""
    after = ctx.doc.char_span(at, min(len(ctx.text), at + ctx.settings.citation_chars),
                              alignment_mode="contract")
    toks = [t for t in after or () if t.pos_ != "DET" and t.text != ","][:2]
    return (len(toks) == 2 and toks[0].lower_ in PARTITIVE
            and toks[1].text[:1].isupper() and toks[1].pos_ in ("PROPN", "NOUN"))


def teaser(ctx: Context, m: Marked) -> bool:
    """A verbless line in marks that opens a paragraph and announces a quote of that
    paragraph repeating its words (« Du courage ». « Il faut du courage », a dit X): a
    heading for the quote, not a quote of its own."""
    para = next(((lo, hi) for lo, hi in ctx.paras if lo <= m.open < hi), None)
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if para is None or span is None or ctx.text[para[0] : m.open].strip():
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    words = content_words(ctx.text[m.start : m.end])
    return bool(words) and any(
        words <= content_words(ctx.text[o.start : o.end])
        for o in ctx.outer if outer_end(m) <= o.open < para[1])


def content_words(text: str) -> set[str]:
    """The content words of a stretch (three letters or more), lower-cased."""
    return {w.lower() for w in re.findall(r"\w{3,}", text)}


def heading(ctx: Context, lo: int, hi: int) -> bool:
    """A short paragraph with no closing punctuation: a heading or a pull-quote line
    (``heading_text``, at most ``heading_max_words`` words)."""
    return heading_text(ctx.text, lo, hi, ctx.settings.heading_max_words)


def heading_text(text: str, lo: int, hi: int, max_words: int, *, title: bool = True,
                 stops: str = SENT_END) -> bool:
    """Are the characters from ``lo`` to ``hi`` of a text (a paragraph or a line) a heading:
    ``max_words`` words or fewer that do not end on one of ``stops``? With ``title``, the
    text's first paragraph, short, with more text after it, is its title even when it ends on
    « ! » or « ? » (« X appelle à …, Y répond « Niet » ! »), and its words are counted, not
    the marks or signs standing alone between them. Elsewhere, and everywhere without
    ``title``, those count as words, so that a signed pull quote a little longer (« « … »,
    Name, role ») is no heading."""
    body = text[lo:hi].strip().rstrip(CLOSING + " ")
    first = title and not text[:lo].strip()
    words = [w for w in body.split() if not first or _WORD.search(w)]
    if not body or len(words) > max_words:
        return False
    return body[-1] not in stops or (
        first and body[-1] in "!?" and bool(text[hi:].strip()))


_WORD = re.compile(r"\w")


def in_heading(ctx: Context, at: int, end: int) -> bool:
    """Do the characters from ``at`` to ``end`` lie in one heading paragraph (``heading``)
    that heads more text? A text's last words with no stop are cut short, no heading."""
    return any(lo <= at and end <= hi and heading(ctx, lo, hi) and bool(ctx.text[hi:].strip())
               for lo, hi in ctx.paras)


def headed(ctx: Context, frame: Frame) -> bool:
    """Do a frame's cue and words lie in one heading, the words not all in marks? Then they
    are a title's, no quote; the words in marks it gives stay (« Le syndicat lui répond « … » »)."""
    if frame.cue is None or all(_marked(ctx, a, b) for a, b in frame.content):
        return False
    lo, hi = min(frame.cue[0], frame.content[0][0]), max(frame.cue[1], frame.content[-1][1])
    if not in_heading(ctx, lo, hi):
        return False
    ctx.refused.append(Rejected(lo, hi, "a cue in a heading: a title, no quote"))
    return True


_REPORTED_CLAUSES = (Evidence.QUE_CLAUSE, Evidence.INFINITIVE, Evidence.OBJECT_INFINITIVE,
                     Evidence.INTENTION_INFINITIVE, Evidence.ATTRIBUTE)


def heading_words(ctx: Context, frame: Frame) -> Frame | None:
    """A frame as a heading leaves it: whole outside headings; in one, only the marks its
    object holds when a verb of saying has its subject there (« L'opposition réclame des
    élections « maintenant » »: the marks are the subject's words, the cue the verb's; the
    rest is the title's); None when no marks are left, or the verb reports a clause or an
    infinitive: a title's words, whatever marks they hold (``headed``)."""
    if not headed(ctx, frame):
        return frame
    if frame.kind != "preposed" or frame.subject is None or any(
            e in frame.evidence for e in _REPORTED_CLAUSES):
        return None
    marks = tuple((m.open, outer_end(m)) for m in ctx.outer for a, b in frame.content
                  if a <= m.open and outer_end(m) <= b)
    if not marks:
        return None
    ctx.refused.pop()  # the marks stay, only the title's words around them go
    ctx.refused.extend(Rejected(a, b, "a cue in a heading: its words out of marks are the "
                                "title's") for a, b in frame.content)
    return Frame(frame.kind, frame.cue, frame.lemma, frame.subject, marks, frame.evidence)


def _marked(ctx: Context, a: int, b: int) -> bool:
    """Are the words from ``a`` to ``b`` one marked stretch, marks and end signs aside?"""
    return any(a <= m.open and outer_end(m) <= b and covers(ctx.text, a, b, m) for m in ctx.outer)


def said_sentence(ctx: Context, m: Marked) -> bool:
    """Short marked words that are a sentence of their own (« Tout est fini. », « Papa est
    parti… »): a conjugated verb after its subject inside the marks, a final stop ending them.
    Someone said them, however few the words; a term has no such clause."""
    words = ctx.text[m.start : m.end].rstrip()
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="contract")
    if not words or words[-1] not in SENT_END or span is None:
        return False
    verb = next((t for t in span if conjugated(t)), None)
    return verb is not None and any(t.pos_ in ("NOUN", "PROPN", "PRON")
                                    for t in span[: verb.i - span.start])
