"""One cast for a batch: what one article says of a person serves the others.

In: every quote of a run (the whole batch is read first, as grouping does). A description left
unresolved in one article ("le préfet de Mayotte", never named there) goes to the one person
another article names with a role that fits it; a person given no role in one article gets the
role another article gives them. Each change says which article supplied it in ``evidence``
(``batch-description:ID``, ``batch-role:ID``). Out: the quotes, in their order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from quotes.attribute.roles import heads, stems
from quotes.model import Quote


def _fits(description: str, role: str) -> bool:
    """A role fits a description when they share the role noun and, if the description says
    more ("de Mayotte"), a word of that too."""
    if not heads(description) & heads(role):
        return False
    more = stems(description)
    return not more or bool(more & stems(role))


def link_batch(quotes: list[Quote]) -> list[Quote]:
    """The quotes with descriptions and missing roles filled in from the other articles."""
    roles: dict[str, list[tuple[str, str]]] = defaultdict(list)  # name -> (role, article id)
    for q in quotes:
        sp = q.speaker
        if sp.kind == "person" and sp.name:
            given = {r.text for r in sp.roles} | ({sp.role} if sp.role else set())
            roles[sp.name].extend((role, q.article.id) for role in sorted(given))
    out = []
    for q in quotes:
        sp = q.speaker
        if sp.kind == "person" and sp.name is None and sp.role:
            found = {
                (name, article)
                for name, given in roles.items()
                for role, article in given
                if article != q.article.id and _fits(sp.role, role)
            }
            names = {name for name, _ in found}
            if len(names) == 1:  # one person only: never a guess between two
                name = names.pop()
                source = min(article for _, article in found)
                q = replace(
                    q,
                    speaker=replace(sp, name=name, resolution="description"),
                    evidence=(*q.evidence, f"batch-description:{source}"),
                )
        elif sp.kind == "person" and sp.name and not sp.role:
            elsewhere = Counter(
                role for role, article in roles.get(sp.name, []) if article != q.article.id
            )
            if elsewhere:
                role = max(sorted(elsewhere), key=lambda r: elsewhere[r])
                source = min(a for r, a in roles[sp.name] if r == role and a != q.article.id)
                q = replace(
                    q,
                    speaker=replace(sp, role=role),
                    evidence=(*q.evidence, f"batch-role:{source}"),
                )
        out.append(q)
    return out
