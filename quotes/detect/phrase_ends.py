"""Where the source a « selon » names ends (``subjects.np_after`` finds the phrase, to a word of
lexicon/np_stops.txt or the sentence's end): before a participle glued last to its noun that
says what happened to the source, not who it is (« selon une note transmise lundi », « selon
les secouristes arrivés qui … »). A participle that names an office (« selon le ministre
délégué », lexicon/role_nouns.txt) or an appointment (« selon le maire élu »,
lexicon/appointment_participles.txt) stays, as does one right after a determiner (« selon les
blessés »). With no comma after it, a source also ends before a determiner right after its
noun (``next_phrase``: « selon la préfecture les crues reviendront »), not after « tous »
(« selon tous les syndicats ») nor before a superlative's « plus » (« selon le témoin le plus
proche »).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.detect.forms import participle
from quotes.lexicon import capitalised, is_role_noun, words
from quotes.lexicon.grammar import (
    DEMONSTRATIVES,
    DETERMINERS,
    INDEFINITE,
    NONE_OF,
    SUPERLATIVES,
    TOUT,
)


def unglued(doc: Doc, i: int, j: int) -> int:
    """The end of the token range [i, j) of a source's noun phrase, without a participle
    (``forms.participle``: past or present) glued after its noun."""
    if j - i < 3:
        return j
    last, before = doc[j - 1], doc[j - 2]
    if (last.pos_ == "VERB" and participle(last) and last.is_lower
            and before.pos_ in ("NOUN", "PROPN") and not is_role_noun(last.text)
            and last.lower_ not in words("appointment_participles")):
        return j - 1
    return j


def next_phrase(doc: Doc, k: int) -> bool:
    """Does token ``k`` open another noun phrase than the one before it: a determiner right
    after a noun, an adjective or a name, with no preposition between (« la préfecture | les
    crues »), the subject of the clause that follows? No phrase holds two determiners so; one
    before a capital is a name's own (« l'hebdomadaire le Furet »). « des », « du » are « de »
    and an article as often (« la préfecture des Landes »): left out. An article after « tout »
    is its own (« tous les syndicats »), as one before « plus », « moins », « mieux » is a
    superlative's (« le témoin le plus proche »)."""
    if k < 1 or k + 1 >= len(doc):
        return False
    det, nxt = doc[k], doc[k + 1]
    return (det.lower_ in _OPENERS and doc[k - 1].pos_ in _NOMINAL
            and doc[k - 1].lower_ not in TOUT and nxt.lower_ not in SUPERLATIVES
            and not capitalised(det.text) and not capitalised(nxt.text))


_OPENERS = DETERMINERS | DEMONSTRATIVES | INDEFINITE | NONE_OF
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "X"})
