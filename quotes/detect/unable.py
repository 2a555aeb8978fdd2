"""A cue under a negated ability: « X n'était pas en mesure de confirmer … », « X n'a pas pu
confirmer que … ». The cue is what X could not do, so X is not said to have said it, as a cue
in a condition is not (``cues.hypothetical``); « X a pu confirmer que … » reports. So is a cue
whose subject is a negative word (« rien n'indiquait que … », « personne ne dit que … »): it
names no speaker, and the words may be a postposed cue's (« …, affirme-t-il »).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import fold, lemmas
from quotes.lexicon.grammar import ABILITY, INFINITIVE_NEGATION, NEGATION_START, NOBODY

_NOT = INFINITIVE_NEGATION - NEGATION_START  # « pas », « plus », « jamais », « rien »


def unable(tok: Token) -> bool:
    """Is the cue an infinitive under « pouvoir », « en mesure de » or « capable de » that a
    negation governs (on the word itself or on its copula: « n'est pas en mesure de »)?"""
    if "Inf" not in tok.morph.get("VerbForm", []) or tok.head.i == tok.i:
        return False
    head = tok.head
    if lemmas().get(fold(head.lower_), fold(head.lower_)) not in ABILITY:
        return False
    near = [head, *(c for c in head.children if c.dep_ in ("cop", "aux", "aux:tense"))]
    return any(c.lower_ in _NOT for t in near for c in t.children if c.dep_ == "advmod")


def nobody(tok: Token) -> bool:
    """Is the cue's subject a negative word with « ne » on the verb: « rien n'indiquait que »,
    « personne ne dit que », « aucun expert n'affirme que »? « une personne dit que » is
    someone."""
    negated = any(c.lower_ in NEGATION_START for c in tok.children)
    return negated and any(
        c.dep_.startswith("nsubj") and c.i < tok.i and (
            (c.lower_ in NOBODY and not any(d.dep_ == "det" for d in c.children))
            or any(d.dep_ == "det" and d.lower_ in NOBODY for d in c.children))
        for c in tok.children)
