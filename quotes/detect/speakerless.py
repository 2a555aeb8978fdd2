"""A cue no one can have said: the writer's own infinitive. « Un terme technique pour dire
que … » glosses a word in a sentence with no verb, « À rappeler que … » is a note to the
reader; neither names a speaker, and the previous sentence's is not theirs. « X a pris la
parole pour dire que … » keeps X, whose verb the infinitive hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon.grammar import PURPOSE

_NOTE = frozenset({"à", "a"})  # « À rappeler que », « A noter que » (the capital unaccented)


def speakerless(tok: Token) -> bool:
    """Is the cue an infinitive that opens its sentence after « à » (a note to the reader), or
    one after « pour » on the noun a verbless sentence is (a gloss)?"""
    if "Inf" not in tok.morph.get("VerbForm", []) or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.lower_ in _NOTE and before.is_sent_start:
        return True
    head = tok.head
    return before.lower_ in PURPOSE and tok.dep_ in ("acl", "advcl") and head.pos_ == "NOUN" and (
        head.dep_ == "ROOT")
