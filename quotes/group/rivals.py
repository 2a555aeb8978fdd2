"""Whether a group's speaker may replace a member's own in consensus (``consensus.repair``).

Unresolved beats wrong: a member keeps its own speaker, or none, when the words at its cue agree
with the other gender than the group's speaker, describe a person where the group's speaker is
a body (unless the role speaks for that body), or give a function the group's anonymous source
holds no noun of. A body and the person who holds it or speaks for it are no rivals: one outlet
writes the one, another the other. A member that names a person the group's speaker may not
replace is a second candidate (``second_candidate``).
"""

from __future__ import annotations

import re

from quotes.attribute.role_words import own_heads
from quotes.group.speakers import may_hold, spelling, spoken_by
from quotes.lexicon import fold, folded
from quotes.model import Quote, Speaker

# the speaker a pronoun or a description at the cue stands for, or none: its gender is what the
# words agree with (« a-t-elle ajouté », « la présidente »)
_WORDED = ("pronoun", "description", "unresolved")


def other_gender(sp: Speaker, given: Speaker) -> bool:
    """Do the words at the member's cue agree with the other gender than the group's speaker
    (« a affirmé la présidente du tribunal », « a-t-elle rappelé », the group's speaker a man)?
    Unresolved beats wrong: the member keeps its own speaker, or none."""
    return _worded(sp) and None not in (sp.gender, given.gender) and sp.gender != given.gender


def _worded(sp: Speaker) -> bool:
    """Do words at the member's cue stand for its speaker (``_WORDED``: a pronoun, a
    description)?"""
    return sp.resolution in _WORDED and sp.mention is not None


def other_kind(sp: Speaker, given: Speaker) -> bool:
    """Do the words at the member's cue describe a person, by a function or a gender (« le chef
    de la diplomatie », « la procureure »), where the group's speaker is an organisation? A
    person is not the body another outlet names: unresolved beats wrong, as for the other
    gender. So is a continuation (no words at its cue) of a person the sentence before names,
    with a function or a gender. A noun that shows neither (« l'opérateur ») may name a body
    too, and so does a role that speaks for a body: one of ``lexicon/body_voices.txt`` (« le
    porte-parole »), or one whose complement names the group's body (« le directeur de la
    préfecture du Gard »)."""
    return (_worded(sp) or sp.resolution == "continuation") and sp.kind == "person" and (
        bool(sp.role or sp.gender)) and given.kind == "organization" and not (
        sp.role and _speaks_for(sp.role, given.name or ""))


def other_source(sp: Speaker, given: Speaker) -> bool:
    """Do the words at the member's cue give a person a function (« a déclaré le pompier ») that
    the group's anonymous source holds no noun of (« une source policière »)? Another outlet's
    unnamed source is not the one this article describes: unresolved beats wrong."""
    if not (_worded(sp) and sp.kind == "person" and given.kind == "anonymous"):
        return False
    own = own_heads(sp.role or "")
    return bool(own) and not own & own_heads(given.name or "")


def _speaks_for(role: str, body: str) -> bool:
    """Does ``role`` speak for a body: it opens with an entry of ``lexicon/body_voices.txt``,
    or names ``body`` whole (``other_kind``)?"""
    said = " ".join(re.split(r"[\s'’]+", fold(role)))
    named = " ".join(re.split(r"[\s'’]+", fold(body).strip()))
    if any(said == v or said.startswith(f"{v} ") for v in folded("body_voices")):
        return True
    return bool(named) and f" {named} " in f" {said} "


def holder_of(q: Quote, given: Speaker, key: str) -> bool:
    """Whether the quote's own speaker and the one the group gives it are a body and the
    person who holds it or speaks for it, either way round (``speakers.spoken_by``: «
    procureur de la République de Rennes » for the « parquet de Rennes », « maire de Brest »
    for the « mairie de Brest », « directeur de la Compagnie des eaux » for that company):
    one outlet writes the body, the other the person who spoke for it, and neither is wrong;
    the article's own is kept."""
    if not q.who:
        return False
    body, person = (key, given), (q.who, q.speaker)
    if given.kind == "person":
        body, person = person, body
    if body[1].kind != "organization" or person[1].kind != "person":
        return False
    return spoken_by([body[0], person[0]], [body[1], person[1]]).get(body[0]) == person[0]


def second_candidate(q: Quote, given: Speaker, best: str) -> bool:
    """Whether a member is a second candidate: it names someone the group's speaker ``given``
    (``best`` across the batch) may not replace (``other_gender``, ``other_kind``), who
    neither is ``best`` nor holds or speaks for it (``holder_of``, ``may_hold``: « la
    préfète » for the « préfecture de l'Hérault »)."""
    return bool(q.who) and spelling(q.who or "") != spelling(best) and (
        other_gender(q.speaker, given) or other_kind(q.speaker, given)) and not (
        holder_of(q, given, best) or may_hold(best, q.speaker.role or ""))
