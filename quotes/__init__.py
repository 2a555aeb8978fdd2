"""Who said what in French news: quotations, reported speech, speakers and roles.

    import quotes

    found = quotes.extract_text("« Nous verrons », a déclaré Jens Stoltenberg.", outlet="AFP")
    found[0].speaker.name, found[0].span.text  # ('Jens Stoltenberg', 'Nous verrons')

    extractor = quotes.Extractor()  # loads the model once: reuse it
    records = list(extractor.files(["seeds/"]))  # Quote and Problem records, in order
    grouped, groups = quotes.group_quotes([r for r in records if isinstance(r, quotes.Quote)])

Names load on first use, so importing the package does not load the NLP stack.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_RECORDS = ("Appearance", "Article", "ArticleRef", "Cue", "Extraction", "Group", "Problem",
            "Quote", "Span", "Speaker")
_EXPORTS = {
    "extract_text": "quotes.api", "extract_files": "quotes.api", "Extractor": "quotes.api",
    "read_records": "quotes.api", "extract": "quotes.pipeline", "Result": "quotes.pipeline",
    "Settings": "quotes.settings",
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
