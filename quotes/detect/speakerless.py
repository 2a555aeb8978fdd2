"""A cue no one can have said: the writer's own infinitive. « Un terme technique pour dire
que … » glosses a word in a sentence with no verb, « À rappeler que … » is a note to the
reader; neither names a speaker, and the previous sentence's is not theirs. « X a pris la
parole pour dire que … » keeps X, whose verb the infinitive hangs on, and a verbless
sentence that names someone before the infinitive (« Un tweet du ministre Jean Barrot pour
dire que … », « Un communiqué de la préfecture pour dire que … ») keeps its cue: who said it
is then attribution's to decide.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.context import names_someone
from quotes.lexicon.grammar import DE, DE_CONTRACTED, PURPOSE

_NOTE = frozenset({"à", "a"})  # « À rappeler que », « A noter que » (the capital unaccented)


def speakerless(tok: Token, end: int | None = None) -> bool:
    """Is the cue an infinitive that opens its sentence after « à » (a note to the reader), or
    one after « pour » on the noun a verbless sentence is (a gloss) that names no one? The
    sentence ends before token ``end`` where given: a noun the parse hangs on a word past it
    (the next paragraph's verb) is its sentence's root too."""
    if "Inf" not in tok.morph.get("VerbForm", []) or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.lower_ in _NOTE and before.is_sent_start:
        return True
    head = tok.head
    root = head.dep_ == "ROOT" or (end is not None and head.head.i >= end)
    return before.lower_ in PURPOSE and tok.dep_ in ("acl", "advcl") and head.pos_ == "NOUN" and (
        root) and not _names_someone(tok)


def _names_someone(tok: Token) -> bool:
    """Do the words of the sentence before ``tok`` name someone: a name, a role, a body, or,
    after « de », a noun with its determiner on the noun the infinitive hangs on (« un message
    de la famille »)? A bare noun after « de » qualifies the word (« un terme de droit »)."""
    return names_someone(tok.doc[tok.sent.start : tok.i]) or any(
        t.i < tok.i and t.pos_ in ("NOUN", "PRON") and any(
            c.dep_ == "case" and c.lower_ in DE_CONTRACTED
            and (c.lower_ not in DE or any(d.dep_ == "det" for d in t.children))
            for c in t.children)
        for t in tok.head.children)
