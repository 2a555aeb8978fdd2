"""What a rule steps over between a verb and its subject or its words: the phrases of
lexicon/skip_words.txt (« a néanmoins plaidé »), adverbs in « -ment » (« a rapidement
annoncé »), and an adjunct before an inverted subject (« a déclaré dans la soirée le préfet »).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import cached, phrases, titles
from quotes.lexicon.grammar import DE_CONTRACTED as DE_ALL


@cached
def _skip_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Skippable phrases by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in phrases("skip_words"):
        index.setdefault(entry[0], []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


def skip(doc: Doc, i: int, stop: int) -> int:
    """Index of the first token at or after ``i`` that is not a skippable phrase."""
    index = _skip_index()
    while i < stop:
        for entry in index.get(doc[i].lower_, ()):
            n = len(entry)
            if i + n <= stop and all(doc[i + k].lower_ == entry[k] for k in range(1, n)):
                i += n
                break
        else:
            if doc[i].pos_ == "ADV" and doc[i].lower_.endswith("ment"):
                i += 1  # "a rapidement annoncé", "a annoncé publiquement"
                continue
            return i
    return i


def skip_adjunct(doc: Doc, i: int, stop: int) -> int:
    """Where an inverted subject starts when an adjunct opened by a preposition comes first
    (``i`` is that preposition): « », a précisé vers 7H30 un responsable des pompiers »,
    « a déclaré dans la soirée le préfet », « a soufflé à franceinfo Anne Roy », « a réagi
    auprès de l'AFP le délégué » (« auprès », « lors » tagged as adverbs). The subject
    starts at the first determiner, title or name after the adjunct's first noun that no
    « de » ties to it, within ``_ADJUNCT_TOKENS``; ``i`` when there is none."""
    if i >= stop or not (doc[i].pos_ == "ADP" or doc[i].lower_ in ("lors", "auprès")):
        return i
    k = i + 1
    while k < stop and doc[k].pos_ not in ("NOUN", "PROPN", "NUM") and not doc[k].is_title:
        k += 1
    for j in range(k + 1, min(stop, i + _ADJUNCT_TOKENS)):
        t = doc[j]
        if t.is_punct:
            return i
        if (t.pos_ in ("DET", "PROPN") or t.text in titles()) and doc[j - 1].lower_ not in DE_ALL:
            return skip(doc, j, stop)
    return i


_ADJUNCT_TOKENS = 8  # "lors d'une conférence de presse", then the subject


@cached
def skippable_words() -> frozenset[str]:
    """Every word of a skippable phrase."""
    return frozenset(w for entry in phrases("skip_words") for w in entry)
