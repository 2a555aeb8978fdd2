"""The spaCy component: ``nlp.add_pipe("quotes")`` on a French pipeline puts quotes on the Doc.

Registered under the ``spacy_factories`` entry point, so an installed ``quotes`` is found
without importing it. Each Doc gets ``doc.spans["quotes"]``, one span per quote labelled with
its type, whose extensions hold the record: ``span._.speaker`` (name), ``role``, ``gender``,
``kind``, ``type``, ``cue`` (its text), ``confidence`` and ``quote`` (the JSON record as a
dict, schema ``quotes/io/schema``). The values are stored on the Doc (``user_data``), so they
survive ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=...)``.
Each Doc is one article: its id is ``doc._.article_id`` when the caller sets it (then quote
ids are those ``quotes extract`` gives that article), else ``doc-`` and a digest of the text,
so two Docs never share quote ids unless they share their text.
The component config is ``{"settings": {...}}``: any field of ``quotes.settings.Settings``.
It runs the same extraction as ``quotes extract`` (``pipeline.extract_doc``) on the Doc as
parsed, so it needs the parser, morphologizer and entity recognizer before it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotes.io.records import to_dict
from quotes.model import Article, Extraction
from quotes.nlp import model_name
from quotes.pipeline import extract_doc
from quotes.settings import Settings

SPANS_KEY = "quotes"
EXTENSIONS = ("speaker", "role", "gender", "kind", "type", "cue", "confidence", "quote")
for _name in EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("article_id"):
    Doc.set_extension("article_id", default=None)


def article_id(doc: Doc) -> str:
    """The caller's ``doc._.article_id``, else one derived from the text."""
    given = doc._.article_id
    if given:
        return str(given)
    return "doc-" + hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class QuotesComponent:
    """Quotes of a parsed Doc, as spans with the record's fields as extensions."""

    def __init__(self, name: str, settings: Settings, made_by: Extraction) -> None:
        self.name = name
        self.settings = settings
        self.made_by = made_by

    def __call__(self, doc: Doc) -> Doc:
        article = Article(article_id(doc), doc.text)
        found = extract_doc(article, doc, settings=self.settings).quotes
        spans = []
        for q in found:
            span = doc.char_span(q.span.start, q.span.end, label=q.type, alignment_mode="expand")
            if span is None:
                continue
            who = q.speaker
            values = {
                "speaker": who.name, "role": who.role, "gender": who.gender, "kind": who.kind,
                "type": q.type, "cue": q.cue.text if q.cue else None,
                "confidence": who.confidence, "quote": to_dict(replace(q, extraction=self.made_by)),
            }
            for key, value in values.items():
                span._.set(key, value)
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "quotes",
    default_config={"settings": {}},
    assigns=["doc.spans"],
    requires=["token.dep", "token.pos", "doc.ents"],
)
def make_quotes(nlp: Language, name: str, settings: dict[str, Any]) -> QuotesComponent:
    """The ``quotes`` component; ``settings`` are ``Settings`` fields (an ``InputError``
    names an unknown one or a wrong type)."""
    options = Settings.from_mapping(dict(settings), f"component {name!r}")
    return QuotesComponent(name, options, Extraction(model=model_name(nlp)))
