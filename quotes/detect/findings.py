"""A finding someone tells: « Selon les premiers éléments de l'enquête, le feu a pris dans la
cave, a indiqué une source policière ». The « selon » names what the words rest on (a finding),
the verb after it who gives them: the words are the teller's, with that verb for cue; a finding
is its own anonymous source only when no one is named telling it. A finding is a phrase whose
noun names a thing found (lexicon/finding_nouns.txt, own_findings.txt: « l'autopsie », « les
constatations »), no name in it; a « selon » that names someone (« selon le maire », « selon
des témoins », « selon le témoignage de sa voisine ») keeps its words. So does a finding whose
teller is an outlet (« d'après l'autopsie, …, rapporte le journal »: the outlet only carries
it), one whose verb denies it (« …, a démenti son avocat », lexicon/denial_verbs.txt), names the
one told (« …, a prévenu le maire », lexicon/addressee_verbs.txt) or takes no que-clause (« …, a
menacé le caissier »), and one whose teller stands inside its clause (« le feu, a expliqué X, a
pris dans la cave »).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.detect.context import Context, Frame, ends_noun_phrase, noun_head
from quotes.detect.cues import cue_verb
from quotes.detect.selon_lists import phrase_noun
from quotes.detect.speaker_phrases import np_after, speaker_like
from quotes.lexicon import words
from quotes.lexicon.outlets import is_press_noun, listed_outlet
from quotes.model import Evidence

_CLOSING = " \t\u00a0»\"”’"


def told_finding(ctx: Context, sent: tuple[int, int], frame: Frame) -> Frame:
    """The « selon » ``frame`` as the postposed frame of the verb that follows its source or its
    words with a comma and names its teller after it (``_teller``), when the source is a finding
    (``_finding``); else ``frame`` as it is."""
    if frame.subject is None or not _finding(ctx, frame.subject):
        return frame
    lo, hi = frame.content[0][0], frame.content[-1][1]
    # right after the source (« selon X, a indiqué Y »), or at a comma that ends the words
    commas = [i for i in range(lo, hi) if ctx.text[i] == "," and ctx.inside_marks(i) is None]
    for at in (frame.subject[1], *commas, hi):
        told = _teller(ctx, at, sent[1])
        if told is None:
            continue
        cue, lemma, subject = told
        content = frame.content
        if lo < at < hi:  # « Selon X, le feu a pris, a indiqué Y, qui … »: the words end there
            if _cut_inside(ctx, (lo, at), subject[1]):
                return frame
            content = ((lo, len(ctx.text[:at].rstrip())),)
        return Frame("postposed", cue, lemma, subject, content,
                     (Evidence.POSTPOSED, Evidence.CUE_AFTER, Evidence.FINDING_TOLD))
    return frame


def _finding(ctx: Context, source: tuple[int, int]) -> bool:
    """Does the source name a thing found (« les premiers éléments de l'enquête »,
    « l'autopsie »): no name in it, and the noun of its phrase (past its determiner and
    adjectives) one of lexicon/finding_nouns.txt or own_findings.txt?"""
    span = ctx.doc.char_span(*source, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in span):
        return False
    j = phrase_noun(ctx.doc, span.start, span.end)
    return j < span.end and is_finding_noun(ctx.doc[j].text)


def is_finding_noun(word: str) -> bool:
    """Is the noun one of a thing found (lexicon/finding_nouns.txt, own_findings.txt:
    « autopsie », « analyses », « enquête »)?"""
    low = word.lower()
    return low in words("finding_nouns") or low in words("own_findings")


def _cut_inside(ctx: Context, piece: tuple[int, int], after: int) -> bool:
    """Does a teller inside the words leave them cut: the ``piece`` before it holds no verb
    (« le feu, a expliqué X, a pris … »), or a verb follows the comma after the teller's end
    ``after``?"""
    doc = ctx.doc
    span = doc.char_span(*piece, alignment_mode="contract")
    if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
        return True
    end = ctx.token_at(after - 1)
    if end is None or end.i + 2 >= len(doc) or doc[end.i + 1].text != ",":
        return False
    return doc[end.i + 2].pos_ in ("VERB", "AUX")


Told = tuple[tuple[int, int], str, tuple[int, int]]  # the cue, the verb's lemma, the teller


def _teller(ctx: Context, at: int, stop: int) -> Told | None:
    """At ``at``, past closing marks: a comma, a reporting verb (its auxiliary before it) that
    takes a que-clause, neither denies (lexicon/denial_verbs.txt) nor names the one told
    (lexicon/addressee_verbs.txt: « a prévenu le maire »), and its inverted subject inside the
    sentence (which ends at ``stop``), someone, no outlet, followed by a mark that ends a clause
    or a word that ends a noun phrase (lexicon/np_stops.txt: « à la presse »). The cue's and the
    subject's character ranges and the verb's lemma, or None."""
    doc, text = ctx.doc, ctx.text
    i = at
    while i < stop and text[i] in _CLOSING:
        i += 1
    if i >= stop or text[i] != ",":
        return None
    comma = ctx.token_at(i)
    if comma is None or comma.i + 2 >= len(doc) or ctx.inside_marks(i) is not None:
        return None
    first = doc[comma.i + 1]
    verb_tok = doc[comma.i + 2] if first.pos_ == "AUX" else first
    verb = cue_verb(verb_tok)
    if verb is None or not verb.que or verb.lemma in words("denial_verbs") or (
            verb_tok.lower_ in words("addressee_verbs")):
        return None
    end_tok = next((t.i for t in doc[verb_tok.i :] if t.idx >= stop), len(doc))
    rng = np_after(doc, verb_tok.i + 1, end_tok) if verb_tok.i + 1 < end_tok else None
    if rng is None or not speaker_like(doc, rng) or _outlet(doc, rng):
        return None
    end = doc[rng[1]] if rng[1] < len(doc) else None
    if end is not None and not ends_noun_phrase(end):
        return None
    cue = (first.idx, verb_tok.idx + len(verb_tok.text))
    last = doc[rng[1] - 1]
    return cue, verb.lemma, (doc[rng[0]].idx, last.idx + len(last.text))


def _outlet(doc: Doc, rng: tuple[int, int]) -> bool:
    """Is the subject an outlet (lexicon.outlets.listed_outlet: « l’Équipe », « Le Journal de
    Lens »), or one its head noun names for the press (« le quotidien »), which only carries the
    finding?"""
    head = noun_head(doc, rng, ("NOUN", "PROPN"))
    return listed_outlet(doc[rng[0] : rng[1]].text) or (
        head is not None and is_press_noun(head.text))
