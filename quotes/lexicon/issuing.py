"""Verbs of issuing a text (lexicon/issuing_verbs.tsv): « Paul Roux a publié un message »,
« la mairie a rendu public un communiqué ». Their active subject issued the text they take as
object (``attribute.sources``).
"""

from __future__ import annotations

from quotes.lexicon import cached, table, verb_forms


@cached
def issuing_verbs() -> dict[str, frozenset[str]]:
    """Every form of a verb of issuing a text (« publié », « rendu ») -> the words one of which
    must depend on it (« public » for « rendu »; ``""``: none)."""
    forms: dict[str, set[str]] = {}
    for row in table("issuing_verbs"):
        head, _, tail = row[0].partition("_")
        for form in verb_forms(head, row[1] if len(row) > 1 else ""):
            forms.setdefault(form, set()).add(tail)
    return {form: frozenset(tails) for form, tails in forms.items()}
