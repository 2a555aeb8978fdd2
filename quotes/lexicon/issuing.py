"""Verbs of issuing a text (lexicon/issuing_verbs.tsv): « Paul Roux a publié un message »,
« la mairie a rendu public un communiqué », « le maire s'est fendu d'un communiqué ». Their
active subject issued the text they take as object, or after their preposition
(``attribute.issuers``).
"""

from __future__ import annotations

from typing import NamedTuple

from quotes.lexicon import cached, table, verb_forms


class Issuing(NamedTuple):
    """How a verb of issuing takes its text."""

    tails: frozenset[str]  # one of these words depends on the verb (« public »); empty: none
    # the preposition before the text, as written before a consonant or a vowel (« de », « d' »);
    # empty: the text is its direct object
    case: frozenset[str]


@cached
def issuing_verbs() -> dict[str, tuple[Issuing, ...]]:
    """Every form of a verb of issuing a text (« publié », « rendu », « fendu ») -> the ways
    it takes its text."""
    forms: dict[str, list[Issuing]] = {}
    for row in table("issuing_verbs"):
        head, _, tail = row[0].partition("_")
        case = row[2] if len(row) > 2 else ""
        way = Issuing(frozenset(tail.split("|")) - {""}, frozenset(
            {case, *((case[:-1] + "'", case[:-1] + "’") if case.endswith("e") else ())}) - {""})
        for form in verb_forms(head, row[1] if len(row) > 1 else ""):
            forms.setdefault(form, []).append(way)
    return {form: tuple(ways) for form, ways in forms.items()}
