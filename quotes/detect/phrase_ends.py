"""Where the source a « selon » names ends (``speaker_phrases.np_after`` finds the phrase, to
a word of lexicon/np_stops.txt or the sentence's end): before a participle glued last to its
noun that says what happened to the source, not who it is (« selon une note transmise lundi »,
« selon les secouristes arrivés qui … »). A participle that names an office (« selon le ministre
délégué », lexicon/role_nouns.txt) or an appointment (« selon le maire élu »,
lexicon/appointment_participles.txt) stays, as does one right after a determiner (« selon les
blessés »). With no comma after it, a source also ends before a determiner right after its
noun (``next_phrase``: « selon la préfecture les crues reviendront »), not after « tous »
(« selon tous les syndicats ») nor before a superlative's « plus » (« selon le témoin le plus
proche »); where the « selon » opens its clause and a finite verb of the noun's number comes
right after the noun that follows it, with no subject after the verb, it ends before its last
« des » or « du » too (``partitive_subject``: « selon la préfecture des crues sont possibles »).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.forms import conjugated, participle
from quotes.detect.selon_opens import cue_opens_clause
from quotes.lexicon import capitalised, words
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DEMONSTRATIVES,
    DETERMINERS,
    INDEFINITE,
    NONE_OF,
    SUPERLATIVES,
    TOUT,
)
from quotes.lexicon.roles import is_role_noun


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


def partitive_subject(doc: Doc, k: int) -> bool:
    """Does token ``k``, a « des » or « du » right after a noun or a name in the source that a
    « selon » opening its clause names (``selon_opens.cue_opens_clause``), open the subject of
    the finite verb after it: a noun in lower case, maybe with adjectives, then that verb,
    the two of one number, with no subject of its own after the verb (« selon la préfecture
    des crues sont possibles », « selon le syndicat du travail reste à faire »)? A verb with no
    subject before the source takes one; « des » and « du » otherwise join a complement to the
    noun (« selon la préfecture des Landes », « selon le directeur des ventes, … », « selon le
    service des crues la rivière montera », « selon le syndicat des cheminots reste un
    doute », « selon la direction des hôpitaux manquent encore trente infirmiers »), as after
    a subject set off before the « selon » (« La digue, selon le service des crues tiendra »)."""
    if k < 2 or k + 2 >= len(doc) or doc[k].lower_ not in _PARTITIVES:
        return False
    noun = doc[k + 1]
    if doc[k - 1].pos_ not in ("NOUN", "PROPN") or noun.pos_ != "NOUN" or capitalised(noun.text):
        return False
    j = k + 2
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1
    if j >= len(doc) or not conjugated(doc[j]) or not _agree(noun, doc[j]) or _inverted(doc, j):
        return False
    cue = k - 1
    while cue >= 0 and doc[cue].lower_ not in _SELON:
        if doc[cue].is_punct or doc[cue].pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return False
        cue -= 1
    if cue < 0 or (doc[cue].lower_ == "après" and (cue < 1 or doc[cue - 1].lower_ not in DE)):
        return False
    first = doc[cue - 1] if doc[cue].lower_ == "après" else doc[cue]
    return cue_opens_clause(doc, first.sent.start_char, first)


def _agree(noun: Token, verb: Token) -> bool:
    """Are a noun and a finite verb both of one number, as the parse reads them?"""
    number = noun.morph.get("Number", [])
    return bool(number) and number == verb.morph.get("Number", [])


def _inverted(doc: Doc, j: int) -> bool:
    """Does the finite verb at ``j`` have its subject after it, past its adverbs: a noun
    phrase that a determiner or a numeral opens (« reste un doute », « manquent encore trente
    infirmiers », « viendront cet été dix mille visiteurs »)?"""
    j += 1
    while j < len(doc) and doc[j].pos_ == "ADV":
        j += 1
    return j < len(doc) and (doc[j].pos_ in ("DET", "NUM") or doc[j].dep_ in (
        "det", "nummod") or doc[j].lower_ in _OPENERS)


_PARTITIVES = DE_CONTRACTED - DE  # « des », « du »: an article as often as « de » + article
_SELON = frozenset({"selon", "après"})  # « après » of « d'après »
