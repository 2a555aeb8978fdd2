"""A question the narration asks is no fact it tells: the subject of an indirect question
(« Relancée sur la question de savoir si la police devrait enquêter, elle a dit … ») is no one
the text speaks of as doing something, whom a pronoun after it could take up."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.lexicon.grammar import SI


def asked_subject(tok: Token) -> bool:
    """Is ``tok`` the subject of a clause opened by « si » right after a verb (« de savoir
    si », « demande si »): an indirect question, not a condition (« Si la police enquête, »,
    « et si », « même si »)?"""
    clause = tok.head
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < tok.i), None)
    if mark is None or mark.lower_ not in SI or mark.i == 0:
        return False
    return tok.doc[mark.i - 1].pos_ == "VERB"
