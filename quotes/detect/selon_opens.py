"""Does a « selon » (or « d'après ») open its clause, so that the clause after its source is
what the source says: at the sentence's start, after a short lead with no verb nor noun
(« Et, selon X »), a coordinator (« mais selon X »), a conjunction of the narrator's
(``subordinated``: « puisque selon X », « même si, selon X »), the « que » of a writer's note
(« À rappeler que, selon X, … ») or a colon; not after a subject set off by a comma (« La
digue, selon X … »). selon.py reads its frames with it, and
phrase_ends where a source ends (``phrase_ends.partitive_subject``); frames reads a « pour X »
that opens its sentence with ``connector_lead``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.detect.speakerless import speakerless
from quotes.lexicon import words
from quotes.lexicon.grammar import CONDITION_OR_COMPARISON, COORDINATORS, QUE
from quotes.nlp.doc import text_of


def cue_opens_clause(doc: Doc, s_lo: int, first: Token) -> bool:
    """Does the cue whose first token is ``first`` (« selon », the « d' » of « d'après »)
    open its clause in the sentence that starts at character ``s_lo``: nothing but commas
    before it, a lead of three tokens at most with no verb nor noun (« Et, selon X »), a
    coordinator or a narrator's conjunction just before it, or a lead ending on a colon?"""
    text = text_of(doc)
    before = text[s_lo : first.idx].strip(" \t,")
    if not before or before.endswith(":"):
        return True
    lead = doc.char_span(s_lo, first.idx, alignment_mode="contract")
    return (lead is not None and connector_lead(lead, 3)) or (
        first.i > 0 and doc[first.i - 1].lower_ in COORDINATORS  # "…, mais selon X, …"
    ) or subordinated(doc, first)  # "…, puisque selon X, …"


def connector_lead(lead: Span, most: int) -> bool:
    """Are the words ``lead`` before a phrase in its sentence no more than a connector: ``most``
    tokens at most, no verb nor noun among them (« Et, selon X », « Mais pour X, … »)?"""
    return len(lead) <= most and not any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in lead)


def subordinated(doc: Doc, first: Token) -> bool:
    """Does a conjunction that opens a clause of the narrator's come just before the cue
    ``first``, or before its comma (« puisque selon X, … », « même si, selon X, … »)? The clause
    after the source is then what it says, as after « mais », and after « même si », a
    concession (lexicon/concessive_openers.txt). Not a condition (« si selon X … »), a
    comparison (« comme selon X »), nor a bare « que », which may be a cue's own, but the « que »
    of a writer's note, no one's cue (« À rappeler que, selon X, … »)."""
    k = first.i - 1
    if k > 0 and doc[k].text == ",":  # « puisque, selon X, … », « même si, selon X, … »
        k -= 1
    if k < 0:
        return False
    before = doc[k]
    if before.lower_ in QUE:  # « alors que », « parce que »
        return k > 0 and (doc[k - 1].lower_ in words("subordinators") or speakerless(doc[k - 1]))
    if before.lower_ in CONDITION_OR_COMPARISON:  # « même si »: a concession, no condition
        return k > 0 and f"{doc[k - 1].lower_} {before.lower_}" in words("concessive_openers")
    return before.pos_ == "SCONJ"


def selon_in_que_clause(doc: Doc, first: Token, others: list[tuple[int | None, int]]) -> bool:
    """Does the cue ``first`` (« selon », the « d' » of « d'après ») open the que-clause of a
    verb cue before it in its sentence (« Le procureur a précisé que, selon les enregistrements,
    « … » »)? The clause, « selon X » with it, is then that cue's words, and « selon » gives
    none of its own: the words before it are only the cue. Not the « que » a narrator's
    conjunction holds (``subordinated``: « parce que, selon X »), nor a relative pronoun."""
    k = first.i - 1
    if k > 0 and doc[k].text == ",":
        k -= 1
    if k < 1 or doc[k].lower_ not in QUE or doc[k].pos_ != "SCONJ" or subordinated(doc, first):
        return False
    lo = doc[k].sent.start_char
    return any(lo <= at < doc[k].idx for _, at in others)

