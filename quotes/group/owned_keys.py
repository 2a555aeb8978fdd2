"""A group someone owns, as the records write it (``attribute.owned_groups``): « avocats »,
« services de mette frederiksen ». One outlet names whose the group is, another not; and a
person's unit speaks for that person in one communiqué with others, as a body left unnamed does
(``consensus.bare_noun``)."""

from __future__ import annotations

from collections.abc import Sequence

from quotes.lexicon import listed
from quotes.lexicon.grammar import ELIDED_DE
from quotes.lexicon.roles import is_role_noun
from quotes.model import Speaker


def owner_written(keys: Sequence[str | None]) -> dict[str, str]:
    """A group's bare noun (« avocats », « services ») with the one key of the batch that writes
    it with its owner (« avocats de françois fillon »); none when two owners are written."""
    present = {k for k in keys if k}
    out = {}
    for bare in present:
        if " " in bare or not (is_role_noun(bare) or listed(bare, "unit_nouns")):
            continue
        full = [k for k in present if k.startswith((f"{bare} de ", f"{bare} d'"))]
        if len(full) == 1:
            out[bare] = full[0]
    return out


def persons_unit(sp: Speaker) -> bool:
    """« services de Mette Frederiksen », « cabinet d’Anne Roy »: an organisation named by a
    unit's noun (lexicon/unit_nouns.txt) and a person's name after « de »: it speaks for her,
    with her and her other services, and keeps no group apart."""
    words = (sp.name or "").split(maxsplit=2)
    if sp.kind != "organization" or len(words) < 2 or not listed(words[0], "unit_nouns"):
        return False
    rest = " ".join(words[1:])
    owner = rest[3:] if rest.startswith("de ") else rest[2:] if rest[:2] in ELIDED_DE else ""
    return bool(owner) and owner[:1].isupper() and " " in owner
