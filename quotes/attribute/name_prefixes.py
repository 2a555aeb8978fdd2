"""What the recogniser runs into the start of a person's name: the acronym of an agency or a
company (« à Keystone-ATS Cora Lenz »: ``past_acronym``), a platform's or an agency's name after
the preposition or the account noun that takes it (« sur Twitter Paolo Roux », « sur X. Joe
Biden a annoncé »: ``past_platform``). Read by ``name_shape.shaped``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotes.attribute.names import first_name_gender, given_name_only
from quotes.lexicon import capitalised, fold, folded, words
from quotes.lexicon.grammar import MONTHS, POSSESSIVES


def past_acronym(ent: Span) -> Span:
    """A person's name the recogniser ran into the acronym of the agency or the company
    before it, tagging the whole a thing (« à Keystone-ATS Cora Lenz »): the name, a first
    name of lexicon/first_names.tsv and a capitalised word; the entity as it is otherwise (« la
    Fondation Jean Morel » names a body after a person: no acronym)."""
    before = ent[:-2]
    if not before or not any(_ACRONYM.search(t.text) for t in before) or any(
            t.is_lower for t in before):
        return ent
    first, last = ent[-2], ent[-1]
    if first_name_gender(first.text) and capitalised(last.text) and not last.is_upper:
        return Span(ent.doc, first.i, ent.end, label="PER")
    return ent


def past_platform(ent: Span) -> Span:
    """A person's name the recogniser ran into the platform's or the agency's name before it
    (lexicon/media_words.txt), right after the preposition or the article that takes it
    (« s'est réjoui sur |Twitter Matteo Salvini| », « a confié à l'|AFP Élodie| »), or after a
    preposition, a possessive and a noun of an account (``_account``: « a écrit sur son compte
    |Instagram Lina Roux| », lexicon/account_nouns.txt). The entity past the platform's name,
    when a given name opens it (lexicon/first_names.tsv, a compound by its first part:
    « Marie-Zoé »; given_names.tsv, epicene_names.txt) that is no date's word (``_dated``), or,
    after a noun of an account, when the recogniser tagged a person and two words or more
    follow the platform's name, all capitalised, a given name known or not. It is a person's
    name whatever the label, but after a noun of an account a name tagged an organisation
    stays one (« sur sa page |Facebook Léa Nature| »: `Léa Nature`, a company). No one's name
    where a date's word ends the entity (« sur |Instagram Noël| » is a post's date); the
    entity as it is otherwise (« sur |RTL France| » is the station's, « sur son compte |X
    Premium| » one word only after the platform)."""
    doc = ent.doc
    account = _account(doc, ent.start - 1)
    if len(ent) < 2 or ent.start == 0 or not (doc[ent.start - 1].pos_ in ("ADP", "DET") or account):
        return ent
    platform, first = ent[0], ent[1].text
    given = first_name_gender(first) is not None or given_name_only(first)
    named = account and ent.label_ == "PER" and len(ent) > 2 and all(
        capitalised(t.text) for t in ent[1:])
    if not capitalised(platform.text) or _platform(platform) is None or not (given or named):
        return ent
    if not _dated(first):
        label = "ORG" if account and ent.label_ == "ORG" else "PER"
        return Span(doc, ent.start + 1, ent.end, label=label)
    return Span(doc, ent.start, ent.end, label="MISC") if len(ent) == 2 else ent


def _platform(tok: Token) -> str | None:
    """The platform's or the agency's name a word is (lexicon/media_words.txt), also with the
    stop that ends a sentence after it, which the tokenizer keeps on a single letter as on an
    initial (« a-t-il ajouté sur |X. Joe Biden| a annoncé … »: `X`); None for any other word."""
    word = tok.lower_[:-1] if len(tok.text) == 2 and tok.text.endswith(".") else tok.lower_
    return word if word in words("media_words") else None


def _account(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` a noun of an account after a preposition and a possessive (« sur son
    compte », « via sa page »)?"""
    return i > 1 and doc[i].lower_ in words("account_nouns") and doc[i - 1].lower_ in (
        POSSESSIVES) and doc[i - 2].pos_ == "ADP"


def _dated(word: str) -> bool:
    """A given name that is also a word of a date after a platform's name: a month (« sur X
    Avril dernier ») or a feast (« sur Instagram Noël »; lexicon/feast_days.txt). No day nor
    moment of lexicon/time_words.txt is a given name."""
    return word.lower() in MONTHS or fold(word) in folded("feast_days")


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")  # « ATS » of « Keystone-ATS », « BAT »
