"""Answers in an exchange: words with no cue right after a question are the other party's.

A question put to someone and the words after it are two turns of an exchange: the asker
does not answer their own question. « « … Et vous, vous partiriez ? », relance Paul Roux.
« Certainement pas. » » and « Paul Roux lui a alors demandé s'il partirait. « Non. » »: the
« Non. » is not Paul Roux's, nor the next person the question names, but the one who spoke
before the question, to whom it is put. The question is a verb of asking
(``lexicon/asking_verbs.txt``) in the sentence before the words or the one before it, not
reflexive (« s'interroge-t-il » asks oneself), that either names whom it asks (« lui a
demandé », « l'a interrogé ») or is the cue of words in marks holding a « ? ». The one
asked is the last person who spoke before, in the paragraphs just before, who is not the
asker.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from quotes.attribute.intro import SENTENCE_END
from quotes.attribute.speakers import Resolved
from quotes.attribute.timeline import Timeline
from quotes.detect.context import CLOSING
from quotes.lexicon import cached, fold, folded, quote_marks
from quotes.lexicon.grammar import OBJECT_CLITICS, REFLEXIVE
from quotes.nlp.doc import text_of

_SENTENCES_BACK = 2  # the question's sentence and one between it and the answer (« La réponse : »)
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
    asking = [t for t in span if _asks(t) and not _reflexive(t)]
    asked = [(t, _cue_of_question(text, t)) for t in asking]
    asked = [(t, cue) for t, cue in asked if cue or _names_asked(t)]
    if not asked:
        return None
    verb, cue = asked[-1]
    asker = _asker(verb, timeline, start, cue)
    if asker is None:
        return None
    return _other_party(timeline, start, para, asker)


def replier(lemma: str | None, start: int, para: int, timeline: Timeline) -> Resolved | None:
    """Who replies with a verb of replying (``lexicon/replying_verbs.txt``) whose subject the
    article's cast does not name (« « … ? », relance Paul Roux. « … », répond son
    interlocuteur »): the other party of the last one who spoke before; else None."""
    if lemma is None or fold(lemma) not in folded("replying_verbs"):
        return None
    spoke = [e.who for e in timeline.entries if e.spoke and e.pos < start]
    last = spoke[-1] if spoke else None
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


def _asks(tok: Token) -> bool:
    """A form of a verb of asking (all of the first group: its stem, then an ending)."""
    form = fold(tok.lower_)
    return tok.pos_ == "VERB" and any(
        form.startswith(lemma[:-2]) and len(form) <= len(lemma) + 4 for lemma in _asking())


@cached
def _asking() -> tuple[str, ...]:
    return tuple(sorted(folded("asking_verbs")))


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


def _cue_of_question(text: str, verb: Token) -> bool:
    """The verb is the cue right after words in marks that hold a « ? » (« « … ? », relance
    Paul Roux »)."""
    j = verb.idx
    for tok in islice(reversed(verb.doc[max(0, verb.i - 3) : verb.i]), 3):
        if tok.text in CLOSING:
            j = tok.idx
            break
        if not (tok.is_punct or tok.pos_ == "AUX"):
            return False
    else:
        return False
    opener = quote_marks()[text[j]][0]  # CLOSING: each closes its own pair
    o = text.rfind(opener, max(0, j - 600), j) if opener else -1
    return o >= 0 and "?" in text[o:j]


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
    spoke = [e for e in timeline.entries if e.spoke and e.pos < start and e.who.name]
    return spoke[-1].who.name if spoke else None
