"""Accounts of a social network named in a page: a handle (« @anneroy ») and the name it spells.

``HANDLE`` is the one spelling of a handle every rule reads (a post's signature, an account a
post addresses, a speaker's mention): an « @ » and up to 30 letters, digits or « _ »; one
letter is enough, a page may clip the rest (« — Anne Roy (@a »).
"""

from __future__ import annotations

from quotes.lexicon import fold

HANDLE = r"@\w{1,30}"


def spells(handle: str, name: str) -> bool:
    """Does the account ``handle`` (« @ » or not) spell ``name`` letter for letter, case,
    accents, spaces, hyphens and « _ » aside (« RadioNord »: Radio Nord, « leabrunroy »: Léa
    Brun-Roy)? « roy » spells Roy, not Anne Roy; « anneroy2024 » spells neither."""
    letters = [w for w in fold(name) if w.isalnum()]
    return bool(letters) and "".join(letters) == fold(handle).lstrip("@").replace("_", "")
