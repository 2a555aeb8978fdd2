"""Role nouns an article teaches: a common noun it sets beside a person's name as a role.

« Anne Roy, sismologue à l'observatoire, … » and « le sismologue Paul Morel » make
« sismologue » a role noun for the whole article, listed or not, when it has the ending of an
agent noun (lexicon/agent_endings.txt: « -logue », « -iste », « -eur », « -rice », …) and is
no word of another kind the lexicon knows (a body, a relative, a time). Out: the folded nouns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import fold, folded, is_org_noun, words
from quotes.lexicon.grammar import DE, DE_CONTRACTED, DETERMINERS, PERSON_NOUNS
from quotes.nlp.doc import entities


def _agent(tok: Token) -> bool:
    """A lower-case common noun with the ending of an agent noun, of no other known kind."""
    w = fold(tok.text)
    w = w[:-1] if w.endswith("s") else w
    return (
        tok.pos_ == "NOUN" and tok.is_lower and len(w) > 4
        and w.endswith(tuple(folded("agent_endings")))
        and not is_org_noun(w) and w not in folded("kin_nouns") and w not in PERSON_NOUNS
        and w not in folded("time_words") and tok.lower_ not in words("np_stops")
    )


def _after(ent: Span) -> Token | None:
    """The noun of « NAME, [ADJ] NOUN », bare: with a determiner the phrase may say how the
    person is (« Paul Morel, le dossier sous le bras »), not what."""
    doc = ent.doc
    k = ent.end + 1
    if k >= len(doc) or doc[ent.end].text != ",":
        return None
    if k < len(doc) - 1 and doc[k].pos_ == "ADJ":  # « ancien »
        k += 1
    return doc[k]


def _before(ent: Span) -> Token | None:
    """The noun of « le NOUN [ADJ] FIRST LAST » or « le NOUN de BODY[,] FIRST LAST » (« la
    sismologue de Brest Anne Roy », « le doyen de l'Institut, Paul Morel »), not the complement
    of another noun (« de la »); a surname alone may name a case, not a person (« l'affaire
    Dreyfus »)."""
    doc = ent.doc
    i = ent.start - 1
    comma = i >= 1 and doc[i].text == ","
    j = i - comma
    body = ("PROPN", "NOUN") if comma else ("PROPN",)  # « le soutien du président X »: no
    while j > 0 and i - j < 6 and (doc[j].pos_ in body or doc[j].lower_ in DETERMINERS):
        j -= 1
    if j < i - comma and doc[j].lower_ in DE_CONTRACTED:
        i = j - 1  # the noun before « de Brest », « du musée »
    elif comma:
        return None
    if i >= 1 and doc[i].pos_ == "ADJ":
        i -= 1
    if len(ent) < 2 or i < 1 or doc[i - 1].lower_ not in DETERMINERS:
        return None
    if i >= 2 and (doc[i - 2].lower_ in DE or (comma and doc[i - 2].pos_ == "ADP")):
        return None  # « à l'intérieur du stade, Paul Morel »: where, not who
    return doc[i]


def apposed_role_nouns(doc: Doc) -> frozenset[str]:
    """The folded agent nouns the article sets beside a person's name."""
    found = set()
    for ent in entities(doc):
        if ent.label_ != "PER":
            continue
        for tok in (_after(ent), _before(ent)):
            if tok is not None and _agent(tok):
                found.add(fold(tok.text))
    return frozenset(found)
