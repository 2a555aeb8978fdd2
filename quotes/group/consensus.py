"""Who said it, by the vote of a group: repeats inside one article, and consensus repair.

An article that quotes one sentence twice is one outlet: its later copies are kept, marked
``repeat-in-article``, and neither count as an outlet nor vote. Within a group, the speaker
with the most confidence mass from confident, well-resolved appearances is the group's
speaker; an appearance that names someone else or no one keeps its own mention, takes that
speaker with evidence ``group-consensus`` and, as confidence, the share of the group's
confidence mass that supports it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from quotes.group.speakers import held_by, speaker_key, wholes
from quotes.lexicon import is_org_noun
from quotes.model import Quote, Speaker
from quotes.settings import Settings

REPEAT = "repeat-in-article"
CONSENSUS = "group-consensus"
_NAMED = ("explicit", "title")  # the name is written at the cue, or completed from it


def confident(sp: Speaker, options: Settings) -> bool:
    """A speaker named at the cue with calibrated confidence: the one kind a group's wording
    never overrules (two such different people are never one group)."""
    return bool(sp.name) and sp.resolution in _NAMED and sp.confidence >= options.confident_speaker


def described(sp: Speaker) -> bool:
    """A person (or a speaker of unknown kind) whose name has no capital letter: words that
    describe (« avocats du député », « libéral flamand », « les éboueurs ») or a word taken
    for a name, not a name. It keeps no group apart (no named person, and as weak as a pronoun
    when speakers are compared, ``votes``) and abstains in consensus: it keeps its speaker (a
    trade may well be who spoke) and names no one else's. An anonymous source or an
    organisation is described on purpose."""
    name = sp.name or ""
    return bool(name) and sp.kind in ("person", "unknown") and name == name.lower()


def votes(sp: Speaker, options: Settings) -> bool:
    """A speaker whose name counts when quotes are compared and in consensus: named at the
    cue with confidence (``confident``), not merely described (``described``)."""
    return confident(sp, options) and not described(sp)


def named_person(sp: Speaker, options: Settings) -> bool:
    """A confident speaker who is a person: the one kind that keeps two groups apart. An
    organisation or an anonymous source named at the cue votes, but "l'office" and "l'Ofpra",
    or "le ministère" and the minister who speaks for it, may be one source."""
    return sp.kind == "person" and votes(sp, options)


def bare_noun(sp: Speaker) -> bool:
    """An organisation named by a common noun alone (« les autorités », « le parti »): a body
    the article leaves unnamed, which may be any named one of it or a person speaking for it."""
    name = sp.name or ""
    return sp.kind == "organization" and name.islower() and " " not in name and is_org_noun(name)


def repeats(quotes: Sequence[Quote], members: list[int]) -> set[int]:
    """The members (indices) that repeat a wording an earlier member of the same article gave."""
    if len({quotes[n].article.id for n in members}) == len(members):
        return set()  # one member an article: the common case, without sorting
    seen: set[str] = set()
    out: set[int] = set()
    for n in sorted(members, key=lambda n: (quotes[n].article.id, quotes[n].span.start)):
        if quotes[n].article.id in seen:
            out.add(n)
        seen.add(quotes[n].article.id)
    return out


def mark_repeat(q: Quote) -> Quote:
    return q if REPEAT in q.evidence else replace(q, evidence=(*q.evidence, REPEAT))


def _to_fuller(mass: dict[str, float], organisations: set[str]) -> None:
    """Give the votes for an organisation to the one body of it that the group also names
    (« Front national » to « bureau exécutif du Front national »): the fuller name says the
    same and who in the organisation spoke. Two bodies of it named: no choice between them."""
    named: dict[str, list[str]] = defaultdict(list)  # one key, written in several cases
    for name in sorted(organisations & mass.keys()):
        named[speaker_key(name) or ""].append(name)
    for whole, part in _one_part_each(wholes(k for k in named if k)).items():
        mass[named[part][0]] += sum(mass.pop(name) for name in named[whole])


def _to_holder(mass: dict[str, float], members: list[Quote]) -> None:
    """Give the votes for a body (« parquet de Rennes ») to the one person the group names
    who holds it (``speakers.held_by``, by the roles any member gives them): the body spoke
    through them, and a quote the article gives that person keeps them."""
    keys = [q.who if q.who in mass else None for q in members]
    for body, holder in held_by(keys, [q.speaker for q in members]).items():
        mass[holder] += mass.pop(body)


def _one_part_each(part_of: dict[str, str]) -> dict[str, str]:
    """The wholes named with exactly one of their parts, each with that part."""
    parts: dict[str, list[str]] = defaultdict(list)
    for part, whole in part_of.items():
        parts[whole].append(part)
    return {whole: of[0] for whole, of in parts.items() if len(of) == 1}


def repair(quotes: list[Quote], members: list[int], voters: list[int],
           options: Settings) -> str | None:
    """Give the members of one group the speaker its confident voters support (``votes``;
    in place); return that speaker's name across the batch, or None when no confident voter
    names one. A described speaker (``described``) neither votes nor takes another's name."""
    mass: dict[str, float] = defaultdict(float)
    total = 0.0
    sure = 0
    for n in voters:
        sp = quotes[n].speaker
        if sp.name:
            total += sp.confidence
            if votes(sp, options):
                mass[quotes[n].who or ""] += sp.confidence
                sure += 1
    if not mass:
        return None
    if len(mass) > 1:
        _to_fuller(mass, {quotes[n].who or "" for n in voters
                          if quotes[n].speaker.kind == "organization"})
        _to_holder(mass, [quotes[n] for n in members])
    best = max(sorted(mass), key=lambda name: mass[name])
    if len(mass) == 1 and sure == len(members):
        return best  # every member names that speaker with confidence: nothing to repair
    donor = max((quotes[n] for n in voters if quotes[n].who == best
                 and votes(quotes[n].speaker, options)),
                key=lambda q: (q.speaker.confidence, q.id))
    share = round(mass[best] / total, 2) if total else 0.0
    for n in members:
        q = quotes[n]
        if q.who == best or confident(q.speaker, options) or described(q.speaker):
            continue
        d = donor.speaker
        speaker = replace(q.speaker, name=d.linked or d.name, linked=d.linked or d.name,
                          role=d.role, kind=d.kind, gender=d.gender, roles=(),
                          confidence=share, id=d.id)
        quotes[n] = replace(q, speaker=speaker, evidence=(*q.evidence, CONSENSUS))
    return best
