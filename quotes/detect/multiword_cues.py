"""Reporting cues of several words: « met en avant », « met en garde » (lexicon entries whose
lemma joins the words with « _ »), found by their verb and the words after it, maybe past an
adverb or two the verb takes first (« met toutefois en garde »)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import Verb, cached, reporting_verbs


@cached
def _multiword_heads() -> frozenset[str]:
    return frozenset(form.split()[0] for form in reporting_verbs() if " " in form)


_TAIL_ADVERBS = 2  # "met toutefois en garde", "met aussi clairement en avant"


def multiword(tok: Token) -> Verb | None:
    """A cue of several words ("met en avant"), looked up with the words after the verb, past
    the adverbs the verb may take before them ("met toutefois en garde")."""
    if tok.lower_ not in _multiword_heads():
        return None
    doc = tok.doc
    for start in dict.fromkeys((tok.i + 1, _past_adverbs(tok))):
        for n in (2, 1):
            if start + n <= len(doc):
                key = " ".join([tok.lower_, *(doc[k].lower_ for k in range(start, start + n))])
                verb = reporting_verbs().get(key)
                if verb is not None:
                    return verb
    return None


def _past_adverbs(tok: Token) -> int:
    """The first token after ``tok`` past at most ``_TAIL_ADVERBS`` adverbs."""
    k = tok.i + 1
    while k < len(tok.doc) and k - tok.i <= _TAIL_ADVERBS and tok.doc[k].pos_ == "ADV":
        k += 1
    return k


def tail_start(tok: Token, verb: Verb) -> int:
    """Where the words that must follow the verb ``tok`` of a cue of several words start:
    right after it, or past its adverbs."""
    doc = tok.doc
    k = tok.i + 1
    if k < len(doc) and doc[k].lower_ == verb.tail[0]:
        return k
    return _past_adverbs(tok)
