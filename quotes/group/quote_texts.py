"""A quote's wordings as grouping reads them: normalised, then as sentences.

Its own words (a direct quote's without the narrator's incises, ``narration.words_said``),
then its quoted fragments of two words or more; and each wording split where a sentence
ends, for the runs that stay in one sentence (``similarity``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotes.group.narration import words_said
from quotes.group.similarity import SENTENCE_END, normalize, sentences
from quotes.model import Quote


def quote_texts(q: Quote, normal: Callable[[str], str] = normalize, said: str | None = None
                ) -> list[str]:
    """Normalised: the quote (a direct one without the narrator's incises in it, ``spoken``;
    ``said`` when already found), then its quoted fragments of two words or more (one word
    in marks, « inacceptable », « historique », is what many people say, not a wording to
    place)."""
    said = normal(words_said(q) if said is None else said)
    if not q.fragments:
        return [said]
    fragments = (normal(f.text) for f in q.fragments)
    return [said] + [f for f in fragments if " " in f]


def quote_marks(quotes: Sequence[Quote]) -> dict[int, list[str]]:
    """Each quote's marked fragments (``normalize``d, a word alone too) by its index, for the
    quotes that have any: what ``said_marks`` and ``marks_in_context`` look for."""
    return {n: [normalize(f.text) for f in q.fragments] for n, q in enumerate(quotes)
            if q.fragments}


def sentence_parts(said: str, texts: list[str], normal: Callable[[str], str] = normalize
                   ) -> list[tuple[str, ...]]:
    """Each of a quote's wordings (``quote_texts``, read by ``normal``) as its sentences
    (``similarity.sentences``): the quote's own split (``said``: its words, ``words_said``)
    where a sentence ends, each quoted fragment whole."""
    first = sentences(said, normal) if SENTENCE_END.search(said) else (texts[0],)
    return [first] + [(f,) for f in texts[1:]]
