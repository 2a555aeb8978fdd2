"""The clause a non-finite or coordinated cue belongs to, where the parse hung it wrong, and the
subject the parse missed of a clause coordinated after « et » or a comma.

A participle set off by a comma (« …, jugeant que »), an infinitive after « avant de » and a
verb after « et » with no subject of their own speak for the subject of the clause they go on
from: the nearest finite clause before them, never a relative clause inside it (« X a jugé
l'incendie du domicile, qui a provoqué sa démission, promettant de … »: X). A participle with a
subject of its own (« X a reçu les riverains, certains jugeant … ») is left to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.forms import conjugated, present_participle
from quotes.lexicon.grammar import NAME_LINKS, PREVERBAL_CLITICS, SET_OFF_RELATIVES

_SUBJECTS = ("nsubj", "nsubj:pass")
# clauses inside the sentence's own: a relative one, the reported one (« X a demandé que son
# client soit condamné à une peine légère, insistant sur … »: X insists, not the client)
_SUBORDINATE = ("acl:relcl", "acl", "ccomp", "xcomp", "advcl", "csubj")


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_.startswith("aux")]


def finite_clause(verb: Token) -> bool:
    """A verb conjugated, or a participle with a conjugated auxiliary: a clause with a subject
    of its own, written or lost by the parse."""
    return conjugated(verb) or any(conjugated(a) for a in _auxiliaries(verb))


def governing_verb(cur: Token) -> Token | None:
    """The verb whose subject the subjectless cue ``cur`` shares, where the parse's head is no
    clause of it: a present participle set off by a comma that the parse hung on a noun goes
    with the main clause over that noun, relative and reported clauses aside (« X a jugé
    l'incendie, qui a provoqué sa démission, promettant de … »: « a jugé »); one hung on a verb
    with a clause coordinated after it goes with that nearer clause (« Beaucoup
    repartent déçus, d'autres haussent les épaules, jugeant … »: « d'autres »). None when the
    parse's head is right."""
    head = cur.head
    if head == cur or head.i > cur.i:
        return None
    if not (present_participle(cur) and cur.i > 0 and cur.nbor(-1).text == ","):
        return None
    if head.pos_ not in ("VERB", "AUX"):
        main = next((a for a in head.ancestors if a.pos_ == "VERB" and a.i < cur.i
                     and a.dep_ not in _SUBORDINATE), None)  # « il manque …, assurant »: none
        named = main is not None and any(c.dep_ in _SUBJECTS for c in main.children)
        return main if named else None
    nearer = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < cur.i
              and finite_clause(c) and max(t.i for t in c.subtree) < cur.i]
    return nearer[-1] if nearer else None


def missed_subject(verb: Token) -> tuple[int, int] | None:
    """The subject the parse missed of a finite ``verb`` coordinated after « et » or a comma: the
    noun phrase between that word and the verb, past a relative clause set off by commas (« Un
    murmure a parcouru la salle et la présentatrice Léa Roy, qui remettait la coupe, a marqué
    un temps d'arrêt »: « la présentatrice Léa Roy »; « …, d'autres haussent les épaules »).
    None when the verb follows the conjunction (« X a parlé et a assuré »: X's)."""
    doc = verb.doc
    k = min([verb.i, *(t.i for t in verb.children if t.i < verb.i and (
        t.dep_.startswith("aux") or t.lower_ in PREVERBAL_CLITICS or t.dep_ == "advmod"))])
    j = k - 1
    if j >= 0 and doc[j].text == ",":  # « X, qui remettait la coupe, | a marqué »
        opening = next((i for i in range(j - 1, max(-1, j - 25), -1) if doc[i].text == ","), None)
        if opening is None or doc[opening + 1].lower_ not in SET_OFF_RELATIVES:
            return None
        j = opening - 1
    end = j + 1
    while j >= 0 and j > end - 9 and (doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
                                      or doc[j].lower_ in NAME_LINKS):
        j -= 1
    lo = j + 1
    if lo >= end or j < 0 or not (doc[j].text == "," or doc[j].lower_ == "et"):
        return None
    if doc[lo].pos_ != "DET" and not any(t.pos_ == "PROPN" for t in doc[lo:end]):
        return None  # « la salle et assuré »: a determiner or a name opens a subject
    return lo, end
