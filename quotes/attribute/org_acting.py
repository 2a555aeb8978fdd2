"""Whether the article shows a body it names acting or speaking, or names it only in passing.

« a annoncé la préfecture du Cantal », « la préfecture du Cantal a indiqué », « selon la
préfecture du Cantal », « annoncé par la préfecture du Cantal »: the body acts. « parti de la
préfecture de Lyon », « reçu à la mairie de Vernac », « a quitté la préfecture de Lyon »: a
place or a thing the sentence passes by. ``orgs.org_name`` reads this when a body is said by
its kind alone and the article named several of that kind.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.detect.selon_lists import selon_word
from quotes.lexicon import is_time_word, reporting_verbs
from quotes.lexicon.grammar import TO_WHOM

_SUBJECTS = ("nsubj", "obl:agent")  # « la préfecture a dit », « annoncé par la préfecture »
# not « nsubj:pass »: « la préfecture a été évacuée » is a body something was done to


def acting_at(doc: Doc, offset: int) -> bool:
    """Is the body whose noun starts at character ``offset`` a clause's subject or agent, the
    source of « selon » / « d'après », or the subject a reporting verb inverts after it (parsed
    as its object: « a annoncé la préfecture du Cantal »)?"""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and acting(span[0])


def acting(noun: Token) -> bool:
    """``acting_at`` for the noun's token. Not the object of a verb coordinated under another
    (« Le maire est arrivé et a critiqué la mairie de X »): its subject is the first verb's."""
    if noun.dep_ in _SUBJECTS or any(_selon(c) for c in noun.children):
        return True
    verb = noun.head
    return (noun.dep_ == "obj" and verb.pos_ == "VERB"
            and verb.dep_ != "conj" and verb.lower_ in reporting_verbs()
            and not any(c.dep_.startswith("nsubj") for c in verb.children))


def _selon(case: Token) -> bool:
    """Is ``case`` « selon », or « d'après » (parsed « D' » with « après » fixed under it;
    ``selon_lists.selon_word``)? Not a bare « après » of time or place (« dispersé après le
    parquet »)."""
    return case.dep_ == "case" and (selon_word(case) or any(
        c.dep_ == "fixed" and selon_word(c) for c in case.children))


def addressee_of(verb: Token) -> Token | None:
    """The complement of a reporting verb that says whom the words were given to, opening
    with « à », « au », « auprès de » right after the verb, a comma, an adverb or a time word
    between perhaps (« indique à l'AFP », « a confié jeudi au journal »; lexicon/grammar
    TO_WHOM); None for any other verb (« a rendu visite à l'Insee »)."""
    doc, at = verb.doc, verb.i + 1
    while at < len(doc) and doc[at].lower_ not in TO_WHOM and (
            doc[at].text == "," or doc[at].pos_ == "ADV" or is_time_word(doc[at].lower_)):
        at += 1  # « a indiqué jeudi à l'AFP », « a déclaré, à l'AFP, »
    if at >= len(doc) or doc[at].lower_ not in TO_WHOM or verb.lower_ not in reporting_verbs():
        return None
    return next((c for c in verb.children if c.left_edge.i == at and (
        c.dep_.startswith("obl") or c.i == at)), None)  # « auprès » may head « de X » itself
