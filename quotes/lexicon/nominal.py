"""Adjectives that describe a person when a determiner makes them a noun (« le gaucher »,
« l'international français », « la septuagénaire », « le socialiste »): which words, and which
of them are a role (a position in a team) rather than a description with no function.
Whether a word of a text is so used is the parser's to say (``detect.nominal``).
"""

from __future__ import annotations

from quotes.lexicon import age_nouns, cached, capitalised, endings, fold, folded, table


@cached
def _kinds() -> dict[str, str]:
    """lexicon/nominal_adjectives.tsv, folded: word -> « role », « trait » or « party »."""
    return {fold(word): kind for word, kind in table("nominal_adjectives")}


def person_adjective(word: str) -> bool:
    """Can ``word``, made a noun by a determiner, describe a person: a word of
    lexicon/nominal_adjectives.tsv, a noun of an age (age_nouns.tsv),
    a nationality (nationalities.txt) or a national team's colour (team_epithets.txt)?"""
    w = fold(word)
    return (w in _kinds() or w in age_nouns() or w in folded("nationalities")
            or w in folded("team_epithets"))


def nominal_gender(word: str) -> str | None:
    """The gender a word of ``person_adjective`` shows by its own form, when the lexicon holds
    its other one: « gauchère », « insoumise », « internationale » (``f``), « gaucher »,
    « insoumis » (``m``); none for a form of both (« écologiste », « socialiste »)."""
    w = fold(word)
    if w.endswith("e") and w[:-1] in _known():
        return "f"
    return "m" if w + "e" in _known() else None


@cached
def _known() -> frozenset[str]:
    """The folded words whose other gender's form ``nominal_gender`` looks for."""
    return frozenset(_kinds().keys() | age_nouns().keys() | folded("nationalities"))


def nominal_role(word: str) -> bool:
    """Is ``word`` a role only as a noun (« l'international »: a position in a team)?"""
    return _kinds().get(fold(word)) == "role"


def no_function(word: str) -> bool:
    """Does ``word`` as a noun say what a person is by a trait or a party, never a function
    (« le gaucher », « le socialiste », « la septuagénaire »)? An article never makes it a role."""
    w = fold(word)
    return _kinds().get(w) in ("trait", "party") or w in age_nouns()


def party_member(word: str) -> bool:
    """A party word written capitalised (« l'Insoumis », « l'Insoumise »): one person after a
    singular definite article, as a nationality is."""
    return word[:1].isupper() and _kinds().get(fold(word)) == "party"


def public_trait(word: str) -> bool:
    """A trait or a party made a noun (« le gaucher », « la socialiste »): what the press calls
    a public figure by, as a national team's colour (« le Bleu »): one the article gives a
    role, not anyone named last (attribute/epithets.py)."""
    return _kinds().get(fold(word)) in ("trait", "party")


def nationality(word: str) -> bool:
    """A nationality made a noun or an adjective (lexicon/nationalities.txt: « Française »)."""
    return fold(word.strip()) in folded("nationalities")


def demonym(word: str) -> bool:
    """A word with the ending of a town's or a region's inhabitants
    (lexicon/demonym_endings.txt: « Rémoise », « Dijonnaise »)."""
    return word.strip().lower().endswith(endings("demonym_endings"))


def inhabitant_word(words: str) -> bool:
    """One capitalised word that says where a person comes from: a ``nationality`` or a
    ``demonym`` (the one test ``attribute.inhabitants.inhabitant`` reads its noun by)."""
    return " " not in words.strip() and capitalised(words.strip()) and (
        nationality(words) or demonym(words))
