"""A clause whose verb is no reporting verb, then a colon and a sentence in marks: « Le
syndicaliste ne mâche pas ses mots : « … » », « La ministre a ensuite nuancé son propos :
« … » », « Un riverain se veut plus prudent : « … » ».

The colon hands the floor to the clause's subject only where the clause is about what the
subject says or how it stands: the verb takes a noun of speech or stance after a possessive
(« ses mots », « son propos », « sa position »: lexicon speech_nouns.txt, stance_nouns.txt),
or it is reflexive with an attribute (« se montre prudent », « se veut rassurante »). Any
other clause may receive, find, hear, translate or show the words (« a reçu une lettre :
« … » », « a été accueilli par des cris : « … » »): no cue. Only a subject that names
someone speaks, and only a sentence in marks, a finite verb in it, is said.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import Context, Frame, char_range, outer_end, sign_before
from quotes.detect.cues import cue_group, cue_verb
from quotes.detect.forms import conjugated
from quotes.detect.marks import Marked
from quotes.detect.speaker_phrases import speaker_like
from quotes.detect.subjects import subject_before
from quotes.lexicon import Verb, cached, fold, folded, lemma_of, table_verb_forms, words
from quotes.lexicon.grammar import POSSESSIVES, REFLEXIVE, SUBJECT_PRONOUNS
from quotes.model import Evidence

MIN_WORDS = 3  # a sentence in marks: fewer words are a term or a title


def verb_colon_frame(ctx: Context, sent: tuple[int, int], m: Marked) -> Frame | None:
    """``X VERB … : « … »`` with a verb the lexicon does not list: its group is the cue, its
    subject who speaks; None when the words before the colon are no such clause."""
    doc, text = ctx.doc, ctx.text
    colon = sign_before(text, sent[0], m.open, ":")
    if colon is None or not is_sentence(ctx, m):
        return None
    before = doc.char_span(sent[0], colon, alignment_mode="contract")
    if before is None:
        return None
    verb = _main_verb(ctx, before.start, before.end)
    if verb is None:
        return None
    lemma = lemma_of(verb.text)  # no lexicon entry: the lexicon's lemma, else the form read
    first, _, last = cue_group(verb, Verb(lemma, False, False, False))
    rng = subject_before(verb, first, before.start, ctx)
    pronoun = rng is not None and rng[1] - rng[0] == 1 and doc[rng[0]].lower_ in SUBJECT_PRONOUNS
    if rng is None or ctx.inside_marks(doc[rng[0]].idx) is not None or not (
            speaker_like(doc, rng) or pronoun):
        return None
    cue = (first.idx, last.idx + len(last.text))
    return Frame("preposed", cue, lemma, char_range(doc, rng), ((m.open, outer_end(m)),),
                 (Evidence.CUE_BEFORE, Evidence.COLON))


def _main_verb(ctx: Context, lo: int, hi: int) -> Token | None:
    """The finite verb heading the clause of tokens ``lo`` to ``hi``, outside marks: the
    sentence's root, no reporting verb (its own frame reads it), that takes a noun of speech
    or stance or is reflexive with an attribute."""
    doc = ctx.doc
    for tok in doc[lo:hi]:
        # « a ensuite nuancé » : a participle after its auxiliary, whatever its tag
        tensed = any(c.dep_ == "aux:tense" for c in tok.children)
        if tok.dep_ != "ROOT" or not (tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tensed)) or (
                ctx.inside_marks(tok.idx) is not None):
            continue
        if any(cue_verb(t) is not None for t in doc[lo:hi] if ctx.inside_marks(t.idx) is None):
            return None  # a reporting verb in the clause: its frame says what it reports
        reflexive = _reflexive_attribute(tok)
        if not (_about_speech(tok) or reflexive) or any(
                c.lower_ == "y" or c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children):
            # « Il y a eu le témoignage de X : « … » » presents X's words; « a été accueilli
            # par des cris : « … » »: the agent's words, not the subject's
            return None
        if not reflexive and (
                fold(tok.text) in _passing_forms() or fold(lemma_of(tok.text)) in _passing_forms()):
            return None  # « a reçu son message : « … » »: the words received, read or shown
        return tok if "Fin" in tok.morph.get("VerbForm", []) or tensed else None
    return None


def _about_speech(verb: Token) -> bool:
    """Does the verb take a noun of speech or stance after a possessive (« ses mots », « son
    propos », « sa position »), whatever dependency the parse gives it?"""
    nouns = words("speech_nouns") | words("stance_nouns")
    return any(c.pos_ == "NOUN" and c.lower_ in nouns
               and any(d.lower_ in POSSESSIVES for d in c.children) for c in verb.children)


def _reflexive_attribute(verb: Token) -> bool:
    """« se montre prudent », « se veut rassurante »: a reflexive pronoun and an adjective
    the verb governs."""
    kids = list(verb.children)
    return any(c.lower_ in REFLEXIVE for c in kids) and any(c.pos_ == "ADJ" for c in kids)


@cached
def _passing_forms() -> frozenset[str]:
    """Folded forms of the verbs whose subject receives, perceives, holds or passes on words
    (lexicon passing_verbs.tsv, holding_verbs.tsv, perception_verbs.txt)."""
    return (table_verb_forms("passing_verbs") | table_verb_forms("holding_verbs")
            | folded("perception_verbs"))


def is_sentence(ctx: Context, m: Marked) -> bool:
    """Are the marked words a sentence: ``MIN_WORDS`` words or more, opening on a capital
    letter, closed by a full stop or holding a finite verb?"""
    inner = ctx.text[m.start : m.end].strip()
    if len(inner.split()) < MIN_WORDS or not inner[:1].isupper():
        return False
    if inner[-1] in ".!?…":
        return True
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="contract")
    return span is not None and any(conjugated(t) for t in span)
