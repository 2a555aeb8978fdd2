"""Who « on » stands for when the sentence names a source: "a-t-on appris de source
policière", "indique-t-on au parquet de Paris", "De source judiciaire, on précise que"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.learned import learned_source, source_opens
from quotes.detect.speaker_phrases import np_after
from quotes.lexicon import cached, fold, folded, is_org_noun, table, words
from quotes.lexicon.grammar import SOURCE_NOUNS, A


def on_source(
    doc: Doc, pron: Token, after: int, stop: int, floor: int | None = None
) -> tuple[int, int] | None:
    """Who "on" stands for when the sentence names a source: "a-t-on appris de source
    policière", "indique-t-on au parquet de Paris", "De source judiciaire, on précise que",
    "a-t-on déclaré dans l'entourage du ministre"; the characters of that source, or None (a
    bare "on" names no one)."""
    if pron.lower_ not in ("on", "-on"):
        return None
    k = after
    while k < min(stop, after + 4) and doc[k].lower_ in words("skip_words"):
        k += 1
    rng = _phrase_at(doc, source_opens(doc, k, stop), stop)  # "de source policière"
    if rng is None and k < stop and (doc[k].lower_ in A or doc[k].lower_ == "dans"):
        found = np_after(doc, k + 1, stop)  # "au parquet de Paris", "dans l'entourage du maire"
        head = found and next((t for t in doc[found[0] : found[1]] if t.pos_ != "DET"), None)
        if found is None or head is None:
            pass
        elif doc[k].lower_ in A:  # "à la mairie": a body, or a name the recogniser knows
            rng = found if is_org_noun(head.text) or head.ent_type_ else None
        elif _circle(head.text):  # up to a comma: « dans l'entourage du maire, Paul Roux »
            rng = found[0], next((t.i for t in doc[found[0] : found[1]] if t.text == ","), found[1])
    if rng is None and floor is not None:  # "De source judiciaire, on …" opening the sentence
        first = doc.char_span(floor, pron.idx, alignment_mode="contract")
        opening = first is not None and len(first) > 2 and first[0].lower_ == "de"
        if opening and first is not None and first[1].lower_ in SOURCE_NOUNS:
            rng = np_after(doc, first[1].i, pron.i)
    if rng is None:
        return None
    return doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)


def learned_from(doc: Doc, after: int, stop: int) -> tuple[int, int] | None:
    """Who told a medium what it reports learning (``learned.learned_source``): the source after
    the medium, whose words they are (the medium only relays them), or None."""
    return _phrase_at(doc, learned_source(doc, after, stop), stop)


def _phrase_at(doc: Doc, opens: int | None, stop: int) -> tuple[int, int] | None:
    """The token range of the noun phrase a source opens at ``opens`` ("de source policière",
    "auprès de la préfecture": ``learned.source_opens``), or None."""
    return None if opens is None else np_after(doc, opens, stop)


def _circle(noun: str) -> bool:
    """Someone's circle (« l'entourage », « la famille »: lexicon/kin_nouns.txt) or a body that
    is no place (lexicon/org_nouns.txt less the places of body_kinds.tsv and noun_kinds.tsv's
    things: « dans le parti », not « dans l'école », « dans la maison ») that « on » stands
    for after « dans »; never a time or a document (« dans la soirée », « dans un
    communiqué »)."""
    word = fold(noun)
    return word in folded("kin_nouns") or (is_org_noun(noun) and word not in _places())


@cached
def _places() -> frozenset[str]:
    """Nouns of bodies that are places too (« l'école », « le musée »: lexicon/body_kinds.tsv)
    and the things and places of lexicon/noun_kinds.tsv (« la maison »), folded."""
    things = [noun for noun, kind in table("noun_kinds") if kind == "thing"]
    return frozenset(fold(noun) for noun in [n for n, _ in table("body_kinds")] + things)
