"""Who said what in French news: quotations, reported speech, speakers and roles.

    from quotes import extract, group_quotes, load_pipeline, read_articles, to_dict
    for result in extract(read_articles(["seeds/"]), load_pipeline()):
        ...
    quotes, groups = group_quotes(all_quotes)  # group ids, linked speakers, Group records

Names load on first use, so importing the package does not load the NLP stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_RECORDS = ("Appearance", "Article", "ArticleRef", "Cue", "Extraction", "Group", "Problem",
            "Quote", "Span", "Speaker")
_EXPORTS = {
    "extract": "quotes.pipeline", "Settings": "quotes.settings", "Result": "quotes.pipeline",
    "read_articles": "quotes.io.readers", "load_pipeline": "quotes.nlp",
    "group_quotes": "quotes.group.grouping",
    "to_dict": "quotes.io.records", "from_dict": "quotes.io.records",
    "read_jsonl": "quotes.io.records",
    "load_people": "quotes.attribute.people", "apply_people": "quotes.attribute.people",
    **{name: "quotes.model" for name in _RECORDS},
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
