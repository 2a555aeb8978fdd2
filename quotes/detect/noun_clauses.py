"""Where a noun's phrase starts when the parse hung a clause before it on the noun."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.forms import conjugated


def clause_before_end(noun: Token) -> int:
    """The first token the phrase of ``noun`` may hold: past a clause with a finite verb the
    parse hung on the noun before it (« la ministre semblait céder, un porte-parole assurant
    que … »: no noun phrase holds a finite verb before its noun), and the punctuation after
    that clause; 0 without one."""
    clauses = [a for a in noun.children if a.i < noun.i and conjugated(a)]
    end = max((a.right_edge.i + 1 for a in clauses), default=0)
    doc = noun.doc
    while 0 < end < noun.i and doc[end].is_punct:
        end += 1
    return end
