"""Titles of standing that are a figure of speech: a title held over a realm (« roi »,
« princesse », « baron »: lexicon/sovereign_titles.txt and the ``realm`` entries of
standing_nouns.txt) names a function with a place or a people after it (« princesse de Varne »,
« roi des Belges »), and none with a common noun (« le prince des poètes », « la reine du bal »,
« le roi du pétrole », « le baron de la drogue »): the person so called holds no office there.
"""

from __future__ import annotations

import re

from quotes.lexicon import cached, fold, folded, marked

# the title, its preposition and a determiner, then the first letter of the complement
_COMPLEMENT = re.compile(r"(\S+)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(\w)")


@cached
def realm_titles() -> frozenset[str]:
    """Folded titles held over a realm."""
    realm = marked("standing_nouns", "realm")
    return folded("sovereign_titles") | frozenset(fold(w) for w in realm)


def figurative_title(role: str) -> bool:
    """Is the role, as written, a title of a realm whose complement opens on a common noun
    (« reine du bal », « prince de l'humour »)? An age (« princesse de 42 ans ») or a proper
    name (« duc de la Roche-Varne ») after the preposition keeps the title a function."""
    m = _COMPLEMENT.match(role.replace("’", "'"))
    if m is None:
        return False
    return fold(m.group(1)) in realm_titles() and m.group(2).isalpha() and m.group(2).islower()
