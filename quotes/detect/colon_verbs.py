"""A clause whose verb is no reporting verb, then a colon and a sentence in marks: « Le
syndicaliste ne mâche pas ses mots : « … » », « La ministre a ensuite nuancé son propos :
« … » », « Un riverain, lui, se veut plus prudent : « … » ».

The colon hands the floor to the clause's subject: its verb is the cue, its subject who
speaks. Only a subject that names someone (a name, a role, a body, « il » or « elle ») speaks
(« Le programme prévoit trois étapes : « … » » names no one), and only a sentence in marks,
a finite verb in it, is said: a title or a term after a colon is no quote (« Il a choisi un
titre : « Les Ombres du port » »). A verb of perceiving (« Il a vu l'inscription : « … » »)
reads the words, it does not say them.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context, Frame, char_range, outer_end, sign_before
from quotes.detect.cues import cue_group, cue_verb
from quotes.detect.marks import Marked
from quotes.detect.subjects import speaker_like, subject_before
from quotes.lexicon import Verb, words
from quotes.model import Evidence

_PERSONAL = frozenset({"il", "elle", "ils", "elles"})
MIN_WORDS = 3  # a sentence in marks: fewer words are a term or a title


def verb_colon_frame(ctx: Context, sent: tuple[int, int], m: Marked) -> Frame | None:
    """``X VERB … : « … »`` with a verb the lexicon does not list: its group is the cue, its
    subject who speaks; None when the words before the colon are no such clause."""
    doc, text = ctx.doc, ctx.text
    colon = sign_before(text, sent[0], m.open, ":")
    if colon is None or not _sentence(ctx, m):
        return None
    before = doc.char_span(sent[0], colon, alignment_mode="contract")
    if before is None:
        return None
    verb = _main_verb(ctx, before.start, before.end)
    if verb is None:
        return None
    first, _, last = cue_group(verb, Verb(verb.lemma_, False, False, False))
    rng = subject_before(verb, first, before.start, ctx)
    if rng is None or ctx.inside_marks(doc[rng[0]].idx) is not None or not (
            speaker_like(doc, rng) or (rng[1] - rng[0] == 1 and doc[rng[0]].lower_ in _PERSONAL)):
        return None
    cue = (first.idx, last.idx + len(last.text))
    lemma = verb.lemma_ or verb.lower_  # no lexicon entry: the form the parse read
    return Frame("preposed", cue, lemma, char_range(doc, rng), ((m.open, outer_end(m)),),
                 (Evidence.CUE_BEFORE, Evidence.COLON))


def _main_verb(ctx: Context, lo: int, hi: int) -> Token | None:
    """The finite verb heading the clause of tokens ``lo`` to ``hi``, outside marks: the
    sentence's root, no reporting verb (its own frame reads it), no verb of perceiving."""
    doc = ctx.doc
    for tok in doc[lo:hi]:
        # « a ensuite nuancé » : a participle after its auxiliary, whatever its tag
        tensed = any(c.dep_ == "aux:tense" for c in tok.children)
        if tok.dep_ != "ROOT" or not (tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tensed)) or (
                ctx.inside_marks(tok.idx) is not None):
            continue
        if any(cue_verb(t) is not None for t in doc[lo:hi] if ctx.inside_marks(t.idx) is None):
            return None  # a reporting verb in the clause: its frame says what it reports
        if any(c.lower_ == "y" or c.dep_.startswith("expl") for c in tok.children):
            return None  # « Il y a eu le témoignage de X : « … » »: it presents, X speaks
        if tok.lower_ in words("perception_verbs") | words("reading_verbs"):
            return None  # « Il a lu l'inscription : « … » »: the words read or seen, not said
        return tok if "Fin" in tok.morph.get("VerbForm", []) or tensed else None
    return None


def _sentence(ctx: Context, m: Marked) -> bool:
    """Are the marked words a sentence: ``MIN_WORDS`` words or more, opening on a capital
    letter, closed by a full stop or holding a finite verb?"""
    inner = ctx.text[m.start : m.end].strip()
    if len(inner.split()) < MIN_WORDS or not inner[:1].isupper():
        return False
    if inner[-1] in ".!?…":
        return True
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="contract")
    return span is not None and any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in span)
