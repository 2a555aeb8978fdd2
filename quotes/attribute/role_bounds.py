"""Where a role's noun phrase ends when the words after it read like more of it: never past
« que » (« joueur du club |et que ce soit … »), never on to the outlet its holder speaks to after
the role's own complement (« conseiller de la famille |à l'AFP »: the verb's addressee), but on
past a body after « à » the parse hangs inside the role (« responsable de l'unité |à Santé
Publique France », a name the recogniser may take for a person's); and where one opens on a
participle of charge (« chargé de mission », « en charge des Sports »: lexicon/charge_openers.txt).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.attribute.names import first_name_gender
from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DE_CONTRACTED, DETERMINERS, DURATIONS, QUE, TO_WHOM, A
from quotes.lexicon.outlets import listed_outlet
from quotes.nlp.doc import text_of


def opens_clause(doc: Doc, i: int) -> bool:
    """Does token ``i``, inside a role after its noun, open a clause with « que » (« joueur du
    club |et que ce soit »), which no noun phrase of a role holds?"""
    return doc[i].lower_ in QUE


def addressed_outlet(doc: Doc, i: int, noun: int) -> bool:
    """Does token ``i``, after the role noun ``noun`` and a complement of its own, open the outlet
    the holder speaks to (« conseiller de la famille |à l'AFP », « porte-parole du club |au
    Parisien », « |auprès de Reuters »: lexicon/outlet_names.txt), the verb's addressee; not an
    outlet right after the noun, where the role is held (« journaliste |au Parisien »)?"""
    if doc[i].lower_ not in TO_WHOM or not any(
            t.lower_ in DE_CONTRACTED for t in doc[noun + 1 : i]):
        return False
    k = i + 1
    if doc[i].lower_ == "auprès":  # « auprès de », « auprès du »: its « de » read, not the outlet
        if k >= len(doc) or doc[k].lower_ not in DE_CONTRACTED:
            return False
        k += 1
    if k < len(doc) and doc[k].lower_ in DETERMINERS:
        k += 1
    ends = range(k + 1, min(k + 3, len(doc)) + 1)
    return any(listed_outlet(doc[k:m].text) for m in ends
               if not any(t.is_punct for t in doc[k:m]))


def body_after_a(doc: Doc, i: int, name_end: int) -> bool:
    """Is the name at token ``i``, right after « à » in an apposition that starts after
    ``name_end``, a body the parse hangs on a word of the role (« responsable de l'unité de
    vaccination |à Santé Publique France »), not a person's name (« à Anne Roy »)?"""
    tok = doc[i]
    return (
        i - 1 > name_end and doc[i - 1].lower_ in A and name_end < tok.head.i < i
        and first_name_gender(tok.text) is None
    )


def charge_phrase(doc: Doc, lo: int, hi: int) -> tuple[str, int, int] | None:
    """ "chargé de mission", "en charge des Sports" in tokens [lo, hi): an opener of
    lexicon/charge_openers.txt, « de » and its field, as written (text, start, end); None when
    no such opener starts at ``lo`` or no field follows its « de »."""
    opened = opened_phrase(doc, lo, hi, folded("charge_openers"))
    if opened is None:
        return None
    k, end = opened
    if end <= k + 1 or (end == k + 2 and doc[k + 1].lower_ in DETERMINERS):
        return None
    return as_written(doc, lo, end)


def opened_phrase(doc: Doc, lo: int, hi: int, phrases: frozenset[str]) -> tuple[int, int] | None:
    """Where the « de » is of a phrase of ``phrases`` (folded, up to three words) that starts at
    token ``lo`` (« |à la tête| du club », « |chargé| de mission »), and where its complement
    ends before ``hi``: at a comma, a duration (« depuis »), a verb, a relative or « que »;
    None when no such phrase starts there."""
    k = next((k for k in range(lo + 1, min(hi, lo + 4)) if fold(doc[lo:k].text) in phrases
              and doc[k].lower_ in DE_CONTRACTED), None)
    if k is None:
        return None
    end = next((t.i for t in doc[k + 1 : hi] if t.is_punct or t.lower_ in DURATIONS
                or t.pos_ in ("VERB", "AUX") or "Rel" in t.morph.get("PronType", [])
                or opens_clause(doc, t.i)), hi)
    return k, end


def as_written(doc: Doc, lo: int, end: int) -> tuple[str, int, int]:
    """Tokens [lo, end) as the article writes them: (text, start, end offsets)."""
    start, stop = doc[lo].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return text_of(doc)[start:stop], start, stop


def charge_opener(doc: Doc, i: int) -> bool:
    """Is token ``i`` a participle of charge followed by its « de » (« |chargé de mission »),
    which opens a role though the tagger reads a verb?"""
    return fold(doc[i].text) in folded("charge_openers") and i + 1 < len(doc) and (
        doc[i + 1].lower_ in DE_CONTRACTED)
