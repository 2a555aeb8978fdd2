"""Who may join whom: speakers vote, the text decides.

Two quotes whose wordings match join unless their speakers keep them apart: two different
people named with confidence never join; a confident speaker and another name join only on a
long run of words both speakers said, or, when the other is weak, on words one of them said
found near whole in the other's; two weak speakers (a pronoun, a continuation, a description
taken for a name) leave it to the text, as no name does. A weak speaker and a body named at
the cue (a statement one outlet gives the ministry, another, through a pronoun, to the person
it speaks of) join on a shorter run of words both give as said: no person holds them.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

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
    speakers' own (``_own_words``; ``marked_words`` when one is weak and the other a body);
    or, when one of the two is weak, when words one speaker said lie near whole in the other's
    (``_said_within``)."""
    sa, sb = quotes[a].speaker, quotes[b].speaker
    if None in (names[a], names[b]) or bare_noun(sa) or bare_noun(sb):
        return True
    if names[a] == names[b] or may_say_together(names[a] or "", names[b] or ""):
        return True  # the same, or one of a list of people
    weak = not votes(sa, options), not votes(sb, options)
    if all(weak):
        return True
    named = named_person(sa, options), named_person(sb, options)
    if all(named):
        return False
    # a weak speaker and a body (it speaks through people, its head, its spokesman): a run of
    # marked words (``marked_words``) both give as said is enough; an anonymous source is a
    # person unnamed, who keeps a vote
    body = (sb if weak[0] else sa).kind == "organization" and any(weak)
    run = options.marked_words if body else options.text_first_words
    own_a, own_b = _own_words(quotes[a], texts[a]), _own_words(quotes[b], texts[b])
    if any(shares_run(x, y, run) for x in own_a for y in own_b):
        return True
    return any(weak) and (_said_within(own_a, texts[b], options)
                          or _said_within(own_b, texts[a], options))


def _said_within(own: list[str], other: list[str], options: Settings) -> bool:
    """Whether a wording a speaker said (``_own_words``) and a wording of another outlet's
    quote, the shorter of ``text_first_words`` words or more, are near the same or one lies in
    the other (``threshold``, ``fragment_threshold``): an outlet that reports a statement in
    the speaker's exact words (« une plainte visant "la vente de lots de terrain jamais
    viabilisés par la commune" ») gives the words, whoever its weak attribution names."""
    for x in own:
        for y in other:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if len(short.split()) < options.text_first_words:
                continue
            if (fuzz.ratio(x, y) >= options.threshold
                    or fuzz.partial_ratio(short, long_) >= options.fragment_threshold):
                return True
    return False


def _own_words(q: Quote, texts: list[str]) -> list[str]:
    """The wordings of a quote (``grouping._texts``) that are the speaker's own: all of a
    direct one, the marked fragments of a mixed one, none of an indirect one. Two outlets that
    report two people in their own words share the story's words (« le ministre de la Justice,
    Paul Roy, ») and not what either said."""
    return texts if q.type == "direct" else texts[1:]
