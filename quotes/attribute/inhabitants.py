"""« la Serbe », « la Niçoise », « le Tricolore »: a nationality or an inhabitant's noun after
a definite article names one person, not a place nor a team (``inhabitant``), unless two people
of its gender could be the one meant (``undecided``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from quotes.lexicon import capitalised, words
from quotes.lexicon.grammar import DEFINITE_SINGULAR
from quotes.lexicon.nominal import inhabitant_word, nationality, party_member
from quotes.lexicon.outlets import listed_outlet


def inhabitant(det: Token, noun: Token, before: Iterable[str | None] = (),
               recognised: bool = False, borne: bool = False) -> bool:
    """« la Serbe » (lexicon/nationalities.txt, or lexicon/team_epithets.txt: « le Tricolore »)
    or « la Niçoise » (lexicon/demonym_endings.txt): one person, not a place nor a team.

    ``recognised``: the recogniser read a person's name in the two words. After a capitalised
    article they stay a name (« Le Gallais juge que … »), unless the noun is a nationality:
    « Le Croate a expliqué … » opens a sentence, whatever the recogniser makes of it. Some
    bear a nationality as a surname (Le Grec, Le Turc): ``borne``, a person the article named
    before bears the two words at the end of a name (« le député Yann Le Grec … Le Grec
    estime »), keeps them his.

    A capitalised « Le » / « La » only where it opens the sentence or its paragraph, the words
    name no outlet (« Le Parisien » is a newspaper) and one person of its gender is named
    ``before`` (their genders, in the article so far) for it to restate: with none, « La
    Marseillaise » is the anthem or a newspaper, as « L'Ardennais » is always; with two or
    more, someone the article does not say (``undecided``)."""
    if det.lower_ not in DEFINITE_SINGULAR or not capitalised(noun.text) or borne:
        return False
    if nationality(noun.text) or noun.lower_ in words("team_epithets") or party_member(
            noun.text):  # « le Tricolore », « l'Insoumise » (lexicon/nominal_adjectives.tsv)
        return True
    if recognised and det.text[:1].isupper():
        return False
    if not inhabitant_word(noun.text):  # a demonym's ending, the nationalities taken above
        return False
    if det.text.islower():
        return True
    return _opening(det) and not listed_outlet(noun.text) and _could_be(det, before) > 0


def _opening(det: Token) -> bool:
    """Does ``det`` open its sentence, or its paragraph where the parser ran the sentence on
    from the marks before the line break (« … aujourd'hui.»\n\nLa Rémoise, 33 ans, … »)?"""
    if det.is_sent_start or det.i == 0:
        return True
    prev = det.doc[det.i - 1]
    return "\n" in (prev.text if prev.is_space else prev.whitespace_)


def undecided(det: Token, before: Iterable[str | None]) -> bool:
    """Is an inhabitant's name after a capitalised « Le » / « La » (``inhabitant``) one that
    two people or more of its gender named ``before`` could be (« Anne Roux a battu Marie
    Lenoir. La Lyonnaise a expliqué … »): someone the article does not say, no outlet?"""
    return det.text[:1].isupper() and _could_be(det, before) > 1


def _could_be(det: Token, before: Iterable[str | None]) -> int:
    """How many of the genders ``before`` the article « le » / « la » agrees with."""
    gender = {"le": "m", "la": "f"}.get(det.lower_)
    return 0 if gender is None else sum(g in (None, gender) for g in before)
