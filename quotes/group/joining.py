"""Who may join whom: speakers vote, the text decides.

Two quotes whose wordings match join unless their speakers keep them apart: two different
people named with confidence never join; a confident speaker and another name join only on a
long run of words both speakers said; two weak speakers (a pronoun, a continuation, a
description taken for a name) leave it to the text, as no name does.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.group.consensus import bare_noun, named_person, votes
from quotes.group.similarity import shares_run
from quotes.group.speakers import may_say_together
from quotes.model import Quote
from quotes.settings import Settings


def may_join(a: int, b: int, names: list[str | None], quotes: Sequence[Quote],
             texts: list[list[str]], options: Settings) -> bool:
    """Whether quotes ``a`` and ``b`` (their speakers' keys ``names``, their normalised
    ``texts``) may join: agreeing or unnamed speakers may, and so may two weak ones
    (``consensus.votes``); different names, one of them confident, only when they are not two
    confidently named people and the wordings share ``text_first_words`` words of the
    speakers' own (``_own_words``)."""
    sa, sb = quotes[a].speaker, quotes[b].speaker
    if None in (names[a], names[b]) or bare_noun(sa) or bare_noun(sb):
        return True
    if names[a] == names[b] or may_say_together(names[a] or "", names[b] or ""):
        return True  # the same, or one of a list of people
    if not votes(sa, options) and not votes(sb, options):
        return True
    if named_person(sa, options) and named_person(sb, options):
        return False
    return any(shares_run(x, y, options.text_first_words)
               for x in _own_words(quotes[a], texts[a]) for y in _own_words(quotes[b], texts[b]))


def _own_words(q: Quote, texts: list[str]) -> list[str]:
    """The wordings of a quote (``grouping._texts``) that are the speaker's own: all of a
    direct one, the marked fragments of a mixed one, none of an indirect one. Two outlets that
    report two people in their own words share the story's words (« le ministre de la Justice,
    Paul Roy, ») and not what either said."""
    return texts if q.type == "direct" else texts[1:]
