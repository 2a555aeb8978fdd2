"""Who issued a text the article names: the active, non-negated subject of a verb of issuing
it (« Paul Roux a publié un message », lexicon/issuing_verbs.tsv), and whether a clause's
subject speaks in the text it names (« dans un communiqué, la mairie souligne »).
``sources.author_before`` reads these for a text named again.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.detect.cues import passive
from quotes.lexicon import cached, words
from quotes.lexicon.grammar import IN_TEXT, NEGATION_START, QUE
from quotes.lexicon.issuing import Issuing, issuing_verbs


def issuer_of(text: Token) -> Token | None:
    """Who issued ``text``, the object of a verb of issuing (lexicon/issuing_verbs.tsv: « Paul
    Roux a publié un message », « la mairie a rendu public un communiqué », « le maire s'est
    fendu d'un communiqué », « n'a publié qu'un communiqué »): the verb's subject, a name or a
    noun; None when the verb is passive or negated (« Paul Roux n'a pas signé le communiqué »)
    or issues nothing (« Anne Morel a reçu une lettre », « le communiqué évoque Paul Roux »);
    else the issuer a relative clause on the text names (« Anne Morel a reçu un communiqué que
    la mairie a publié »)."""
    relative = next((c for clause in text.children if clause.dep_ == "acl:relcl"
                     for c in clause.children
                     if c.dep_ == "obj" and "Rel" in c.morph.get("PronType", [])), None)
    return _issued_by(text) or (_issued_by(relative) if relative is not None else None)


def _issued_by(text: Token) -> Token | None:
    """``issuer_of`` the one clause whose verb takes ``text``."""
    verb = text.head
    if verb.pos_ != "VERB" or _denied(verb, text) or not any(
            _takes(verb, text, way) for way in issuing_verbs().get(verb.lower_, ())):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def _takes(verb: Token, text: Token, way: Issuing) -> bool:
    """Does ``verb`` take ``text`` as a verb of issuing does ``way``: its object (« n'a publié
    qu'un communiqué », which the parse may read as a clause), or after its preposition (« s'est
    fendu d'un communiqué »), with the word it needs (« a rendu public », not « a rendu le
    communiqué »)?"""
    if way.tails and not any(c.lower_ in way.tails for c in verb.children):
        return False
    if way.case:
        return text.dep_.startswith("obl") and any(
            c.dep_ == "case" and c.lower_ in way.case for c in text.children)
    return text.dep_ == "obj" or _restricted(text)


def _restricted(text: Token) -> bool:
    """« n'a publié qu'un communiqué »: « ne … que » says the text was all that was issued,
    no negation (lexicon/grammar QUE before the text)."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in QUE for c in text.children)


def in_text(text: Token) -> bool:
    """Does the text name where its clause's subject speaks or what it acts with (« dans un
    communiqué, la mairie souligne », « a répondu par un communiqué », « à travers un
    message »: lexicon/grammar IN_TEXT), in an active clause that is not negated? Not a text
    the subject answers, reads or is named in (« Paul Roux a réagi à un communiqué », « selon
    un communiqué, Paul Roux a démissionné »)."""
    verb = text.head
    return (verb.pos_ == "VERB" and not _denied(verb)
            and any(c.dep_ == "case" and _preposition(c) in IN_TEXT for c in text.children))


def _preposition(case: Token) -> str:
    """A preposition with the words the parse fixes to it (« à travers »: « à » + « travers »)."""
    return " ".join([case.lower_] + [c.lower_ for c in case.children if c.dep_ == "fixed"])


@cached
def _negation() -> frozenset[str]:
    """The words that negate a verb: « ne », « n' » and lexicon/negation_words.txt."""
    return NEGATION_START | words("negation_words")


def _denied(verb: Token, text: Token | None = None) -> bool:
    """Is ``verb`` passive or negated (« n'a pas signé »: lexicon/negation_words.txt)? Not by
    a « ne » that restricts ``text`` (« n'a publié qu'un communiqué »: ``_restricted``)."""
    restricted = text is not None and _restricted(text)
    negation = words("negation_words") if restricted else _negation()
    return passive(verb) or any(c.dep_ == "advmod" and c.lower_ in negation
                                for c in verb.children)
