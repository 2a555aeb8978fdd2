"""Who holds words shown or chanted: marks right after a noun of lexicon/display_nouns.txt
(« Des élus ont défilé, brandissant des pancartes « Non à la fermeture » ») are the words of
the subject of the clause that noun hangs in (« des élus »), up through a participle set off
after its clause; never the voice quoted before, who did not write them."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import cached, fold, folded, singular

_CLIMB = 4  # heads climbed from the noun to the verb whose subject holds it


def holders(doc: Doc, start: int) -> tuple[int, int] | None:
    """Where the subject of the clause holding the display noun right before the marks that
    open before ``start`` is (a character range), or None."""
    tokens = doc.char_span(0, start, alignment_mode="contract")
    if tokens is None:
        return None
    before = [t for t in tokens if not (t.is_punct or t.is_space or t.is_quote)]
    if not before or _one(before[-1].text) not in _nouns():
        return None
    cur = before[-1]
    for _ in range(_CLIMB):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        subject = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubj:pass")
                        and c.i < before[-1].i), None)
        if subject is not None and cur.pos_ in ("VERB", "AUX"):
            sub = [t for t in subject.subtree if t.i < cur.i]
            return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return None


def _one(word: str) -> str:
    """The folded singular of a noun, plural in « -s » or « -x » (« écriteaux »)."""
    folded_word = fold(word)
    return folded_word[:-1] if folded_word.endswith("x") else singular(folded_word)


@cached
def _nouns() -> frozenset[str]:
    return frozenset(_one(w) for w in folded("display_nouns"))
