"""Reporting cues of several words: « met en avant », « met en garde » (lexicon entries whose
lemma joins the words with « _ »), found by their verb and the words after it, maybe past an
adverb or two the verb takes first (« met toutefois en garde »)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import Verb, cached, reporting_verbs
from quotes.lexicon.grammar import A_OR_DE


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
    mark = _complement_mark(tok)
    return None if mark is None else reporting_verbs().get(f"{tok.lower_} {mark.lower_}")


def _complement_mark(tok: Token) -> Token | None:
    """The preposition that opens the infinitive the parse gives ``tok`` as its complement,
    after it past adjuncts (« s'est engagée devant ses partisans, mardi, à « aider » … »: « à »);
    the words a cue of several words ending on a preposition is found with (lemma « engager
    à »)."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.i > tok.i and "Inf" in c.morph.get("VerbForm", []):
            return next((m for m in c.children if m.dep_ == "mark" and m.i > tok.i
                         and m.lower_ in A_OR_DE), None)
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
    k = _past_adverbs(tok)
    if k < len(doc) and doc[k].lower_ == verb.tail[0]:
        return k
    mark = _complement_mark(tok)
    return mark.i if mark is not None and mark.lower_ == verb.tail[0] else k
