"""A word that is an adjective by its spelling read as the noun of its phrase by the parse
(« a lancé l'international français », « a déclaré le libéral »): a description of a person.
The same word qualifying another noun (« clap de fin international », « le joueur gaucher ») or
said of a subject (« il est gaucher ») is no one's description and opens no role.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon import age_nouns, fold
from quotes.lexicon.nominal import nominal_role, person_adjective
from quotes.lexicon.roles import is_role_noun

# the dependencies of a word qualifying a noun or said of a subject: no phrase's head
_QUALIFYING = frozenset({"amod", "acl", "xcomp", "advmod", "flat", "flat:name", "fixed"})


def heads_phrase(tok: Token) -> bool:
    """Is ``tok`` the head of a noun phrase with a determiner of its own: a determiner before
    it, past adjectives the parse hangs on it (« l'ancien international »), that the parse
    attaches to it (or to no other word), no copula of its own and no qualifying dependency
    (« l'international français », not « un match international »)?"""
    if tok.dep_ in _QUALIFYING or tok.dep_ == "ROOT":
        return False
    i = tok.i - 1
    while i >= 0 and tok.doc[i].pos_ == "ADJ" and tok.doc[i].head.i == tok.i:
        i -= 1
    det = tok.doc[i] if i >= 0 else None
    if det is None or det.pos_ != "DET" or det.head.i not in (tok.i, det.i):
        return False
    return not any(c.dep_ == "cop" for c in tok.children)


def nominalised(tok: Token) -> bool:
    """Is ``tok`` a word of a person's description made a noun (lexicon.nominal
    ``person_adjective``) that heads its phrase: the parser's NOUN or PROPN, or an adjective
    it leaves as the head (« a déclaré le libéral »)?"""
    return (person_adjective(tok.text) and tok.pos_ in ("NOUN", "PROPN", "ADJ")
            and heads_phrase(tok))


def described_adjective(tok: Token) -> bool:
    """Is ``tok``, right after a determiner, a person's description the tagger may take for an
    adjective: a noun of an age, whatever its parse (« le quadragénaire »,
    lexicon/age_nouns.tsv), or a ``nominalised`` adjective (« le libéral »)?"""
    return fold(tok.text) in age_nouns() or nominalised(tok)


def role_token(tok: Token) -> bool:
    """Is ``tok`` a role noun where it stands: a role noun of the lexicon or of the article
    (``is_role_noun``), unless it is a word that is a role only as a noun (lexicon.nominal
    ``nominal_role``) and the parse makes it no phrase's head (« clap de fin international
    pour le portier »: the portier's role, not « international »)?"""
    return is_role_noun(tok.text) and not (nominal_role(tok.text) and not heads_phrase(tok))


def adjective_born(role: str) -> bool:
    """Does an adjective made a noun head the role: is its first word that is a role noun or a
    role only as a noun such a word (« international malien », « ancien international »), not
    a noun (« attaquant parisien », « député socialiste »)?"""
    head = next((w for w in role.split() if is_role_noun(w) or nominal_role(w)), None)
    return head is not None and nominal_role(head)
