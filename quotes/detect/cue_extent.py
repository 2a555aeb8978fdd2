"""The cue as written: the words before its verb group that belong to the verb form.

The frames cut a cue from its auxiliary to its verb ("a-t-il déclaré", "s'est dit"). Written
whole (fixtures/gold/GUIDELINES.md, « The cue »), a cue also keeps:

- the preposition of an infinitive or a gerund, with the pronouns between: « de dire »,
  « d'en déduire », « avant de nous confier », « en invitant », « en les accusant »;
- an object pronoun in front of a compound form: « les a informés », « en a informé »,
  « l'ont annoncé » (not whom it is said to: « lui », « nous » … stay out).
"""

from __future__ import annotations

import re

from quotes.lexicon import fold, folded
from quotes.lexicon.grammar import DE, INFINITIVE_CLITICS, REFLEXIVE

_WORD_BEFORE = re.compile(r"([^\W\d_]+['’]?)(\s*)$")
_ELIDED = ("'", "’")
_INFINITIVE = ("er", "ir", "re", "oir")
_NON_FINITE_CLITICS = frozenset(c.replace("’", "'") for c in INFINITIVE_CLITICS | REFLEXIVE)
# what a compound form's object pronoun can be: the thing said, never whom it is said to
_COMPOUND_CLITICS = frozenset({"l'", "le", "la", "les", "en", "y"})
_LOOK_BACK = 40


def _word_before(text: str, at: int) -> tuple[str, int] | None:
    """The word just before ``at`` (an elided « d' » glued to it counts) and where it starts."""
    m = _WORD_BEFORE.search(text, max(0, at - _LOOK_BACK), at)
    if m is None or (not m.group(2) and not m.group(1).endswith(_ELIDED)):
        return None  # glued to the cue without an apostrophe: part of another word
    return fold(m.group(1)).replace("’", "'"), m.start(1)


def _clitics_before(text: str, at: int, allowed: frozenset[str]) -> int:
    """Where the run of pronouns ``allowed`` that ends at ``at`` starts."""
    while (w := _word_before(text, at)) is not None and w[0] in allowed:
        at = w[1]
    return at


def _verb_word(cue: str) -> str:
    """The cue's first word past its own pronouns: « disant » in « se disant »."""
    parts = [p for p in re.split(r"[\s'’-]+", fold(cue)) if p]
    for p in parts:
        if p not in ("s", "se", "l", "m", "t", "d"):
            return p
    return ""


def written_start(text: str, start: int, end: int) -> int:
    """Where the cue ``text[start:end]`` starts, written whole (see the module's docstring)."""
    verb = _verb_word(text[start:end])
    gerund = verb.endswith("ant")
    if gerund or verb.endswith(_INFINITIVE):
        at = _clitics_before(text, start, _NON_FINITE_CLITICS - {"en"} if gerund
                             else _NON_FINITE_CLITICS)
        w = _word_before(text, at)
        if w is None or w[0] not in (("en",) if gerund else DE):
            return start  # « lui lancer », « se disant » alone: the form as cut
        at = w[1]
        if not gerund and (avant := _word_before(text, at)) is not None and avant[0] == "avant":
            at = avant[1]
        return at
    if verb in folded("auxiliaries"):
        return _clitics_before(text, start, _COMPOUND_CLITICS)
    return start
