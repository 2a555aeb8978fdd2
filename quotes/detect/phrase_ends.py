"""Where the source a « selon » names ends (``subjects.np_after`` finds the phrase, to a word of
lexicon/np_stops.txt or the sentence's end): before a participle glued last to its noun that
says what happened to the source, not who it is (« selon une note transmise lundi », « selon
les secouristes arrivés qui … »). A participle that names an office (« selon le ministre
délégué », lexicon/role_nouns.txt) or an appointment (« selon le maire élu »,
lexicon/appointment_participles.txt) stays, as does one right after a determiner (« selon les
blessés »).
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.detect.forms import participle
from quotes.lexicon import is_role_noun, words


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
