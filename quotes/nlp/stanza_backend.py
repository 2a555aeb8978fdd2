"""The stanza backend: stanza's French pipeline, its output made the spaCy ``Doc`` the rules read.

stanza and its models are the user's install (``pip install 'quotes[stanza]'``, then
``stanza.download('fr')``); the pipeline is built with ``download_method=None``, so nothing is
ever downloaded here. The parse runs as the tokenizer of a blank French spaCy pipeline, so that
everything downstream (``nlp.pipe``, worker processes) is the same as with spaCy.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.errors import ModelNotAvailable
from quotes.nlp.stanza_doc import to_spacy

DOWNLOAD = "python -c \"import stanza; stanza.download('fr')\""
INSTALL = f"pip install 'quotes[stanza]', then download its French models with {DOWNLOAD}"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"


class StanzaTokenizer:
    """Text -> stanza ``Document`` -> spaCy ``Doc`` (``stanza_doc.to_spacy``)."""

    def __init__(self, pipeline: Any, vocab: Vocab) -> None:
        self.pipeline = pipeline
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if not text.strip():
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        parsed = self.pipeline(text)
        return to_spacy(self.vocab, text, parsed.to_dict())

    # nothing of stanza's is saved with the spaCy pipeline: it loads from stanza's own folder
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **kwargs: Any) -> StanzaTokenizer:
        return self


def load_stanza() -> Language:
    """stanza's French pipeline as a spaCy ``Language``; ``ModelNotAvailable`` (one line
    saying what to install) without stanza or its French models."""
    try:
        import stanza
    except ImportError:
        raise ModelNotAvailable(f"--backend stanza needs stanza: {INSTALL}") from None
    try:
        pipeline = stanza.Pipeline("fr", processors=PROCESSORS, download_method=None,
                                   logging_level="WARN")
    except Exception as exc:  # stanza raises several kinds when a model file is missing
        raise ModelNotAvailable(
            f"stanza's French models are not installed ({type(exc).__name__}): download them "
            f"with {DOWNLOAD}"
        ) from None
    import spacy

    nlp = spacy.blank("fr")
    nlp.tokenizer = StanzaTokenizer(pipeline, nlp.vocab)
    nlp.meta.update(name="stanza", version=stanza.__version__)
    return nlp
