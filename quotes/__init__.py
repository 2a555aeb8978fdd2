"""Who said what in French news: quotations, reported speech, speakers and roles.

    from quotes import extract, load_pipeline, read_articles
    for result in extract(read_articles(["seeds/"]), load_pipeline()):
        ...

Names load on first use, so importing the package does not load the NLP stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract": "quotes.pipeline", "Settings": "quotes.settings", "Result": "quotes.pipeline",
    "read_articles": "quotes.io.readers", "load_pipeline": "quotes.nlp",
    "Article": "quotes.model", "Cue": "quotes.model", "Problem": "quotes.model",
    "Quote": "quotes.model", "Span": "quotes.model", "Speaker": "quotes.model",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
