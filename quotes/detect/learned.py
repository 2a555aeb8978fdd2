"""Who told a medium what it says it learned: « …, a appris l'agence de source policière »,
« a appris Radio Nord auprès de son entourage » (the reading that « on a appris » shares)."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon.grammar import DE_CONTRACTED, SOURCE_NOUNS

LEARNER_MAX_TOKENS = 6  # « l'agence », « le quotidien La Voix du Nord » before « de source »


def source_opens(doc: Doc, k: int, stop: int) -> int | None:
    """Where the source named at ``k`` opens, that told what was learned: "de source
    policière" (at « source »), "auprès de la préfecture" (after « de »); or None."""
    if k + 1 < stop and doc[k].lower_ == "de" and doc[k + 1].lower_ in SOURCE_NOUNS:
        return k + 1
    if k + 1 < stop and doc[k].lower_ == "auprès" and doc[k + 1].lower_ in DE_CONTRACTED:
        return k + 2
    return None


def learned_source(doc: Doc, after: int, stop: int) -> int | None:
    """Where the source opens that a medium names after « a appris » (« …, a appris l'agence
    de source policière », « a appris Radio Nord auprès de son entourage »), the medium a few
    words with no punctuation; or None."""
    # the medium comes first: with none (« il a appris de source sûre que … ») the subject learns
    for k in range(after + 1, min(stop, after + LEARNER_MAX_TOKENS)):
        if doc[k].is_punct:
            return None
        if (opens := source_opens(doc, k, stop)) is not None:
            return opens
    return None
