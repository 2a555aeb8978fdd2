"""Answers in an exchange: words with no cue right after a question are the other party's.

A question put to someone and the words after it are two turns of an exchange: the asker
does not answer their own question. « « … Et vous, vous partiriez ? », relance Paul Roux.
« Certainement pas. » » and « Paul Roux lui a alors demandé s'il partirait. « Non. » »: the
« Non. » is not Paul Roux's, nor the next person the question names, but the one who spoke
before the question, to whom it is put. The question is a verb of asking
(``lexicon/asking_verbs.txt``) in the sentence of the words, the one before it or the one
before that (the sentence between not the asker's: « Elle a insisté. »), not reflexive
(« s'interroge-t-il » asks oneself), that either names whom it asks and puts a question
(« lui a demandé si », « l'a interrogé sur », a sentence holding « ? »; « a demandé aux élus
de voter » asks for a thing) or is the cue of words in marks holding a « ? » that answer
someone else (the one who spoke just before, in its paragraph or the one before, is not the
asker: a speaker's own question in a run of her words asks no one), and no one has spoken
with a cue since (« … », a répondu X: the turn is taken). The one asked is the last person
who spoke before, in the paragraphs just before, who is not the asker.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotes.attribute.anaphora import last_spoke
from quotes.attribute.intro import SENTENCE_END
from quotes.attribute.speakers import Resolved
from quotes.detect.context import CLOSING
from quotes.lexicon import cached, er_forms, fold, folded, quote_marks
from quotes.lexicon.grammar import (
    A_OR_DE,
    OBJECT_CLITICS,
    PRONOUNS,
    QUE,
    REFLEXIVE,
    SUBJECT_PRONOUNS,
)
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from quotes.attribute.timeline import Timeline

# stops looked back from the answer: its own sentence up to it (« La réponse a fusé : « »), one
# sentence between (« Un silence a suivi. »; not the asker's: ``_goes_on``) and the question's
_SENTENCES_BACK = 3
_PARAS_BACK = 3  # how far back the one asked spoke last
_ASKED = OBJECT_CLITICS - REFLEXIVE | {"l'", "l’", "vous"}  # whom it asks
_REFLEXIVE = REFLEXIVE | {"me", "m'", "m’", "nous"}  # one asks oneself


def answerer(doc: Doc, start: int, para: int, timeline: Timeline) -> Resolved | None:
    """The one who answers with the words at ``start`` that have no cue, when a question put
    by someone else comes right before them (module doc); else None."""
    text = text_of(doc)
    stops = [m.end() for m in SENTENCE_END.finditer(text, max(0, start - 800), start)]
    lo = stops[-_SENTENCES_BACK] if len(stops) >= _SENTENCES_BACK else max(0, start - 800)
    span = doc.char_span(lo, start, alignment_mode="contract")
    if span is None:
        return None
    asking = [t for t in span if asks(t) and not _reflexive(t)]
    asked = [(t, _cue_of_question(text, t)) for t in asking]
    asked = [(t, o) for t, o in asked if o is not None or (
        _names_asked(t) and _puts_question(text, t))]
    if not asked:
        return None
    verb, opener = asked[-1]
    asker = _asker(verb, timeline, start, opener is not None)
    if asker is None:
        return None
    if _answered(text, timeline, verb, start) or _goes_on(text, timeline, verb, start, asker) \
            or (opener is not None and not _exchange(timeline, opener, para, asker)):
        return None
    return _other_party(timeline, start, para, asker)


def replier(lemma: str | None, doc: Doc, subject: tuple[int, int], start: int, para: int,
            timeline: Timeline) -> Resolved | None:
    """Who replies with a verb of replying (``lexicon/replying_verbs.txt``) whose subject (the
    characters ``subject`` of ``doc``) has for head noun a noun for the other party
    (``lexicon/interlocutor_words.txt``: « « … ? », relance Paul Roux. « … », répond son
    interlocuteur du jour »): the other party of the last one who spoke before; else None."""
    if lemma is None or fold(lemma) not in folded("replying_verbs"):
        return None
    span = doc.char_span(*subject, alignment_mode="expand")
    if span is None or fold(span.root.lower_) not in folded("interlocutor_words"):
        return None
    entry = last_spoke(timeline.entries, start)
    last = entry.who if entry is not None else None
    if last is None or last.kind != "person" or not last.name:
        return None
    return _other_party(timeline, start, para, last.name)


def _other_party(timeline: Timeline, start: int, para: int, asker: str) -> Resolved | None:
    """The last person who spoke before ``start``, in the paragraphs just before, who is not
    ``asker``."""
    for e in reversed(timeline.entries):
        if e.pos >= start or not e.spoke:
            continue
        if para - e.para > _PARAS_BACK:
            return None
        if e.who.kind == "person" and e.who.name and e.who.name != asker:
            return e.who
    return None


def asks(tok: Token) -> bool:
    """A form of a verb of asking (all of the first group: ``lexicon.er_forms``)."""
    return tok.pos_ == "VERB" and fold(tok.lower_) in _er_forms_of("asking_verbs")


@cached
def _er_forms_of(name: str) -> frozenset[str]:
    """Every first-group form (``lexicon.er_forms``) of the lemmas of lexicon/NAME.txt, folded."""
    return frozenset(fold(f) for lemma in folded(name) for f in er_forms(lemma))


def _reflexive(verb: Token) -> bool:
    """« s'interroge », « se demande »: one asks oneself."""
    return any(c.lower_ in _REFLEXIVE and c.i < verb.i for c in verb.children)


def _names_asked(verb: Token) -> bool:
    """« lui a demandé », « l'a interrogé », « a demandé au ministre »: whom it asks."""
    for c in verb.children:
        if c.i < verb.i and c.lower_ in _ASKED and c.dep_ in ("iobj", "obj", "obl:arg"):
            return True
        if c.i > verb.i and c.dep_ in ("iobj", "obl:arg") and any(
                t.lower_ in ("à", "au", "aux") for t in c.children):
            return True
    return False


def _puts_question(text: str, verb: Token) -> bool:
    """The verb that names whom it asks puts a question: its sentence holds a « ? », a clause
    complement after it opens with a word of asking (``lexicon/question_openers.txt``: « si »,
    « pourquoi »; « ce que »), or a verb of asking about a topic
    (``lexicon/topic_asking_verbs.txt``) has a complement with « sur » (« l'a interrogé sur »);
    « a demandé aux élus de voter », « lui a demandé sur un ton sec de », « a demandé une
    enquête au ministre » ask for a thing."""
    lo = max((m.end() for m in SENTENCE_END.finditer(text, max(0, verb.idx - 400), verb.idx)),
             default=0)
    end = SENTENCE_END.search(text, verb.idx)
    if "?" in text[lo : end.end() if end else len(text)]:
        return True
    doc = verb.doc
    topic = fold(verb.lower_) in _er_forms_of("topic_asking_verbs")
    for c in verb.children:
        if c.i < verb.i:
            continue
        first = min(c.subtree, key=lambda t: t.i)
        if topic and c.dep_.startswith("obl") and first.lower_ == "sur":
            return True
        if not _clause(c):
            continue
        if fold(first.lower_.replace("’", "'")) in folded("question_openers"):
            return True
        if first.lower_ == "ce" and first.i + 1 < len(doc) and doc[first.i + 1].lower_ in QUE:
            return True
    return False


def _clause(c: Token) -> bool:
    """Is a complement a clause that may be a question (« si le texte serait retiré », « ce
    qu'il ferait »), not an infinitive asked for (« quand même de retirer le texte », « quand
    même à voir les comptes »: ``grammar.A_OR_DE``)? The marks are read unfolded: folded, « à »
    is « a »."""
    return (c.pos_ in ("VERB", "AUX") or c.dep_ in ("ccomp", "obj")) and not any(
        m.dep_ == "mark" and m.lower_ in A_OR_DE for m in c.children)


def _cue_of_question(text: str, verb: Token) -> int | None:
    """Where the words in marks that hold a « ? » open, when the verb is their cue right after
    them (« « … ? », relance Paul Roux »); else None."""
    j = verb.idx
    for tok in islice(reversed(verb.doc[max(0, verb.i - 3) : verb.i]), 3):
        if tok.text in CLOSING:
            j = tok.idx
            break
        if not (tok.is_punct or tok.pos_ == "AUX"):
            return None
    else:
        return None
    opener = quote_marks()[text[j]][0]  # CLOSING: each closes its own pair
    o = text.rfind(opener, max(0, j - 600), j) if opener else -1
    return o if o >= 0 and "?" in text[o:j] else None


def _exchange(timeline: Timeline, opener: int, para: int, asker: str) -> bool:
    """A question in marks is a turn of an exchange: the one who spoke last before it, in its
    paragraph or the one before, is someone other than the asker."""
    before = last_spoke(timeline.entries, opener, named=True)
    return before is not None and para - before.para <= 1 and before.who.name != asker


def _after_question(text: str, verb: Token, start: int) -> int:
    """Where the question's sentence ends (``start`` when no stop follows it)."""
    end = SENTENCE_END.search(text, verb.idx)
    return end.end() if end else start


def _answered(text: str, timeline: Timeline, verb: Token, start: int) -> bool:
    """Someone speaks with a cue of their own between the question's sentence and the words
    at ``start`` (« « … ? », l'a interrogé Paul Roux. « … », a répondu Anne Vidal. »): the
    question has had its answer, or the asker went on."""
    after = _after_question(text, verb, start)
    return any(e.spoke and after <= e.pos < start and e.who.name for e in timeline.entries)


def _goes_on(text: str, timeline: Timeline, verb: Token, start: int, asker: str) -> bool:
    """The asker is the subject of a sentence between the question's and the words at
    ``start`` (« … lui a demandé s'il partirait. Elle a insisté. « … » »): named, or a subject
    pronoun of the asker's gender (of any when the asker or the asker's gender is unknown); the
    words are hers, the turn not handed over. A sentence with no such subject (« Un silence a
    suivi. ») hands it over."""
    after = _after_question(text, verb, start)
    span = verb.doc.char_span(after, start, alignment_mode="contract")
    if span is None or not len(span):
        return False
    if asker and any(span.start_char <= e.pos < start and e.who.name == asker
                     for e in timeline.entries):
        return True
    gender = next((e.who.gender for e in timeline.entries
                   if asker and e.who.name == asker and e.who.gender), None)
    # a subject pronoun's gender (``grammar.PRONOUNS``), written as ``Resolved.gender``
    return any(t.dep_.startswith("nsubj") and t.lower_ in SUBJECT_PRONOUNS and PRONOUNS[
        t.lower_][0] in (gender or "m", gender or "f") for t in span)


def _asker(verb: Token, timeline: Timeline, start: int, cue: bool) -> str | None:
    """Who asks: the one named as the verb's subject (else the last one named before it in
    its sentence), or, when the verb is the cue of the question in marks, who spoke it; ""
    when the question names whom it asks and no one asks it."""
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is not None:
        sub = list(subject.subtree)
        lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    else:
        text = text_of(verb.doc)
        lo = max((m.end() for m in SENTENCE_END.finditer(text, max(0, verb.idx - 400),
                                                         verb.idx)), default=0)
        hi = verb.idx
    named = [e.who.name for e in timeline.entries if lo <= e.pos < hi and e.who.name]
    if named and not cue:
        return named[0] if subject is not None else named[-1]
    if not cue:  # « lui a demandé » with its asker lost by the parse: the one asked spoke last
        return ""
    spoke = last_spoke(timeline.entries, start, named=True)
    return spoke.who.name if spoke is not None else None
