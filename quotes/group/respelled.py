"""One speaker to group by for a name two outlets spell two ways.

An outlet now and then doubles or swaps a letter of a surname the other outlets write right
(« Line Bonet-Mathis », « Line Bonnet-Mathis »). Gold and records keep each article's own
spelling as the speaker's name, but the quotes of the one person must still group: the two
spellings are compared as one (``speaker.linked``) when a role of each is one office.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from quotes.attribute.names import Name, parse, respelled_surname
from quotes.attribute.spelling_evidence import agree


def link_respelled(linked: dict[str, str], quoted: Counter[str],
              roles: Mapping[str, set[str]]) -> dict[str, str]:
    """``linked`` with the full names one outlet writes with the surname respelled
    (``names.respelled_surname``: « Line Bonet-Mathis », « Line Bonnet-Mathis ») linked to one
    of them, the one the batch quotes most (then the first in order), when a role of each is
    one single office (``spelling_evidence.agree``: « procureur d'Annecy », « procureure
    d'Annecy »; never « maire de Salers » and « maire de Murat », nor a name given no role): one
    speaker to group by, whatever spelling each article keeps as the speaker's name."""

    held: dict[str, set[str]] = defaultdict(set)  # the roles of each full name's forms
    for form, full in linked.items():
        held[full] |= roles.get(form, set())

    def one(a: str, b: str) -> bool:
        return any(agree(r, s) for r in held[a] for s in held[b])

    # a swap or a doubled letter keeps the surname's set of letters: only names alike in their
    # first name and that set are compared (a batch of many names stays linear)
    alike: dict[tuple[str, frozenset[str]], list[tuple[str, Name]]] = defaultdict(list)
    for full in sorted(set(linked.values()), key=lambda f: (-quoted[f], f)):
        if (parts := parse(full)) is not None and parts.first_key and not parts.initialled:
            alike[parts.first_key, frozenset(parts.surname_key)].append((full, parts))
    to: dict[str, str] = {}
    for people in alike.values():
        for n, (full, parts) in enumerate(people):
            same = next((f for f, p in people[:n] if respelled_surname(p, parts)
                         and one(f, full)), None)
            if same is not None:
                to[full] = to.get(same, same)
    return {form: to.get(full, full) for form, full in linked.items()}
