"""Who said it, by the vote of a group: repeats inside one article, and consensus repair.

An article that quotes one sentence twice is one outlet: its copies but one are kept, marked
``repeat-in-article``, and neither count as an outlet nor vote: a heading, a lead or a
standfirst is the copy, the body's quote the one kept unmarked. Within a group, the speaker
with the most confidence mass from confident, well-resolved appearances is the group's
speaker; an appearance that names someone else or no one keeps its own mention, takes that
speaker with evidence ``group-consensus`` and, as confidence, the share of the group's
confidence mass that supports it, unless the pronoun or description at its cue agrees with the
other gender (« a affirmé la présidente ») or describes a person where the group's speaker is a
body (« a souligné le chef de la diplomatie »; one who speaks for a body, « le porte-parole »,
may take it), or by a function where the group's speaker is an anonymous source whose words
hold no noun of it (« le pompier », « une source policière »): unresolved beats wrong. Such an
appearance that names its own person is a second candidate: an appearance that names no one
then takes neither. With no confident appearance, one that names no one takes the one speaker
the other articles' appearances name at a cue. A heading its own article gives no one takes none
(it groups, unknown). The checks that keep a member's own speaker against the group's are
``rivals``'.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace

from quotes.attribute.confidence import CONSENSUS
from quotes.attribute.noun_kinds import is_document
from quotes.attribute.own_roles import article_role
from quotes.group.passages import heads
from quotes.group.rivals import holder_of, other_gender, other_kind, other_source, second_candidate
from quotes.group.speakers import held_by, speaker_key, spelling, wholes
from quotes.lexicon import bounded, fold, is_org_noun
from quotes.lexicon.grammar import (
    ARTICLE_WORDS,
    DE,
    DE_CONTRACTED,
    DEFINITE,
    DETERMINERS,
    ELIDED_ARTICLE,
    ELIDED_DE,
    INDEFINITE,
    NAME_PARTICLES,
    SOURCE_NOUNS,
)
from quotes.model import CUE_CARRIED, NAMED_AT_CUE, Evidence, Quote, Speaker
from quotes.settings import Settings

REPEAT = Evidence.REPEAT_IN_ARTICLE


def confident(sp: Speaker, options: Settings) -> bool:
    """A speaker named at the cue with calibrated confidence: the one kind a group's wording
    never overrules (two such different people are never one group)."""
    return (bool(sp.name) and sp.resolution in NAMED_AT_CUE
            and sp.confidence >= options.confident_speaker)


def described(sp: Speaker) -> bool:
    """A person (or a speaker of unknown kind) whose name has no capital letter: words that
    describe (« avocats du député », « libéral flamand », « les éboueurs ») or a word taken
    for a name, not a name; or a common noun of someone named (« enfants de Claudette
    Simon », « avocat d'Anne Roy »): whoever spoke is not the one named (``_related``). It
    keeps no group apart (no named person, and as weak as a pronoun when speakers are
    compared, ``votes``) and abstains in consensus: it names no one else's, and keeps its
    speaker when the article gives it at the cue (a trade may well be who spoke; ``kept``).
    An anonymous source or an organisation is described on purpose."""
    return _described(sp.name or "", sp.kind)


@bounded(1 << 16)
def _described(name: str, kind: str) -> bool:
    """``described`` of a name and kind: a batch names its speakers many times, and grouping
    asks it of every quote and again of every member of a group."""
    return bool(name) and kind in ("person", "unknown") and (
        name == name.lower() or _related(name.split()))


def _related(words: list[str]) -> bool:
    """Whether a name's words open on a common noun of someone named after « de »: « enfants
    de Claudette Simon », « parents d'Anne Roy »; not a title run into a name (« cardinal
    Lorenzi ») nor a name with its particle (« de Montval »)."""
    if len(words) < 3 or not words[0].isalpha() or not words[0].islower():
        return False
    of = fold(words[1])
    return words[0] not in NAME_PARTICLES and (of in DE_CONTRACTED or of.startswith(ELIDED_DE))


def kept(sp: Speaker) -> bool:
    """A described speaker (``described``) the article gives at the cue, which keeps its words
    in consensus; one a pronoun reached (« les médecins … », « expliquent-ils ») is only the
    nearest plural before it, and takes the speaker the group names."""
    return described(sp) and sp.resolution != "pronoun"


def _names(sp: Speaker) -> bool:
    """A speaker that may name an unresolved member (``_unresolved``): not described, or a
    relation of someone named (``_related``: « enfants d'Anne Roy »), which says who spoke as
    well as a name does."""
    return not described(sp) or _related((sp.name or "").split())


def votes(sp: Speaker, options: Settings) -> bool:
    """A speaker whose name counts when quotes are compared and in consensus: named at the
    cue with confidence (``confident``), not merely described (``described``), nor the author
    of a document the words are read from (``_documented``)."""
    return confident(sp, options) and not described(sp) and not _documented(sp)


def voting(names: Sequence[str | None], voice: Sequence[bool]) -> list[str | None]:
    """The speakers' keys ``names`` of the quotes whose speaker votes (``voice``: ``votes`` of
    each quote's speaker, a person named with confidence, a body, an anonymous source), None
    for the others (a pronoun, a continuation, a description), which may err."""
    return [k if counts else None for k, counts in zip(names, voice, strict=True)]


_LEADS = DETERMINERS | INDEFINITE | {"l"}  # what may open a document's mention: « la », « l' »
_DEFINITE = frozenset(w.rstrip("'’") for w in DEFINITE)  # read without the apostrophe


def _documented(sp: Speaker) -> bool:
    """A speaker named through a document (« selon la plainte d'Anticor », « selon sa page
    Facebook »): the author of the text, where another outlet gives the words to whoever
    relayed them (the prosecutor who read out the complaint); it votes for no one's quote.
    So does a finding named as an anonymous source (``attribute.sources.finding``: « d'après
    l'autopsie », « selon les conclusions des expertises »): an anonymous source named with a
    definite article and no noun of a source is a text the article speaks of, where an
    unidentified person comes with an indefinite (« un responsable », « des sources »)."""
    return _documented_as(sp.mention.text if sp.mention else "", sp.kind)


@bounded(1 << 16)
def _documented_as(mention: str, kind: str) -> bool:
    """``_documented`` of a mention's words and a speaker's kind: a batch names its speakers
    in the same words many times, and grouping asks it of every quote."""
    said = [w for w in re.split(r"[\s'’]+", mention) if w]
    lead = fold(said[0]) if said else ""
    said = said[1:] if lead in _LEADS else said
    if kind == "anonymous" and lead in _DEFINITE and said and said[0].islower() and not (
            said[0] in INDEFINITE or any(fold(w) in SOURCE_NOUNS for w in said)):
        return True
    return bool(said) and said[0].islower() and is_document(said[0])


def named_person(sp: Speaker, options: Settings, *, counts: bool | None = None) -> bool:
    """A confident speaker who is a person: the one kind that keeps two groups apart. An
    organisation or an anonymous source named at the cue votes, but "l'office" and "l'Ofpra",
    or "le ministère" and the minister who speaks for it, may be one source. ``counts``: the
    speaker's ``votes``, when the caller has it already."""
    return sp.kind == "person" and (votes(sp, options) if counts is None else counts)


def bare_noun(sp: Speaker) -> bool:
    """An organisation named by a common noun alone (« les autorités », « le parti »): a body
    the article leaves unnamed, which may be any named one of it or a person speaking for it;
    the one-word case of ``names_no_one``."""
    return " " not in (sp.name or "") and sp.kind == "organization" and names_no_one(sp)


def names_no_one(sp: Speaker) -> bool:
    """Whether a speaker names no one: an anonymous source (« une source policière », « des
    élus de l'opposition »), or a body named by common nouns alone, its head an organisation's
    noun (« les autorités sanitaires », « services de secours »). Either may be any body of
    the story, or its spokesman. A body's noun with a definite complement names one body,
    whatever its case (« ministère de l'agriculture », « préfecture du var »: ``_one_body``)."""
    if sp.kind == "anonymous":
        return True
    name = sp.name or ""
    words = name.split()
    head = next((n for n, w in enumerate(words) if fold(w) not in ARTICLE_WORDS), len(words))
    return sp.kind == "organization" and name.islower() and head < len(words) and is_org_noun(
        words[head]) and not _one_body(words[head + 1:])


def _one_body(rest: Sequence[str]) -> bool:
    """Whether the words after a body's noun open on a definite complement (« du », « des »,
    « de la », « de l' »): the complement picks out one body, as a name does."""
    if not rest:
        return False
    first = fold(rest[0])
    return first in DE_CONTRACTED - DE or (first in DE and len(rest) > 1 and (
        fold(rest[1]) in DEFINITE or fold(rest[1]).startswith(ELIDED_ARTICLE)))


def repeats(quotes: Sequence[Quote], members: list[int], again: Set[int] = frozenset()
            ) -> set[int]:
    """The members (indices) that repeat a wording another member of the same article gave:
    all of an article's members but one, the first the article reports as said (a heading,
    a lead or a standfirst that gives its words again, ``again``, is the repeat of the body's
    quote, though it stands before it)."""
    if len({quotes[n].article.id for n in members}) == len(members):
        return set()  # one member an article: the common case, without sorting
    seen: set[str] = set()
    out: set[int] = set()
    for n in sorted(members, key=lambda n: (quotes[n].article.id, n in again or heads(quotes[n]),
                                            quotes[n].span.start)):
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


def _fuller(q: Quote, given: Speaker, key: str) -> bool:
    """Whether the quote's own speaker is the body the group gives by its common noun alone,
    named in full (« parquet de Paris » where another outlet writes « le parquet »,
    ``bare_noun``): the article's fullest name is kept."""
    own, bare = speaker_key(q.who or ""), speaker_key(key)
    return bool(own and bare) and q.speaker.kind == "organization" and bare_noun(given) and (
        f"{own} ".startswith(f"{bare} ") and own != bare)


def _one_part_each(part_of: dict[str, str]) -> dict[str, str]:
    """The wholes named with exactly one of their parts, each with that part."""
    parts: dict[str, list[str]] = defaultdict(list)
    for part, whole in part_of.items():
        parts[whole].append(part)
    return {whole: of[0] for whole, of in parts.items() if len(of) == 1}


def repair(quotes: list[Quote], members: list[int], voters: list[int],
           options: Settings, at: Mapping[str, list[int]], voice: Sequence[bool]
           ) -> str | None:
    """Give the members of one group the speaker its confident voters support (``votes``;
    in place); return that speaker's name across the batch, or None when no confident voter
    names one. A described speaker (``described``) neither votes nor takes another's name.
    ``at``: where each article's quotes stand in ``quotes`` (``own_roles.positions``);
    ``voice``: ``votes`` of each quote's speaker, found once by the caller."""
    mass: dict[str, float] = defaultdict(float)
    total = 0.0
    sure = 0

    for n in voters:
        sp = quotes[n].speaker
        if sp.name:
            total += sp.confidence
            if voice[n]:
                mass[quotes[n].who or ""] += sp.confidence
                sure += 1
    if not mass:
        return _unresolved(quotes, members, at)
    if len(mass) > 1:
        _one_spelling(mass)
        _to_fuller(mass, {quotes[n].who or "" for n in voters
                          if quotes[n].speaker.kind == "organization"})
        _to_holder(mass, [quotes[n] for n in members])
    best = max(sorted(mass), key=lambda name: mass[name])
    if len(mass) == 1 and sure == len(members):
        return best  # every member names that speaker with confidence: nothing to repair
    donor = max((quotes[n] for n in voters if quotes[n].who == best and voice[n]),
                key=lambda q: (q.speaker.confidence, q.id))
    share = round(mass[best] / total, 2) if total else 0.0
    rival = any(second_candidate(quotes[n], donor.speaker, best) for n in members)
    best_spelling = spelling(best)
    for n in members:
        q = quotes[n]
        if (q.who and spelling(q.who) == best_spelling) or confident(q.speaker, options) \
                or kept(q.speaker) or holder_of(q, donor.speaker, best) \
                or other_gender(q.speaker, donor.speaker) \
                or other_kind(q.speaker, donor.speaker) \
                or other_source(q.speaker, donor.speaker) or _fuller(q, donor.speaker, best) \
                or (rival and not q.speaker.name) or _unsaid_heading(q):
            continue
        quotes[n] = _given(q, donor.speaker, share, quotes, at)
    return best


def _one_spelling(mass: dict[str, float]) -> None:
    """Two spellings of one name (``speakers.spelling``: « Abdul-Malak », « Abdul Malak ») are
    one speaker: the weight of each goes to the spelling its voters weigh most (in place)."""
    heaviest: dict[str, str] = {}
    for name in sorted(mass, key=lambda n: (-mass[n], n)):
        first = heaviest.setdefault(spelling(name), name)
        if first != name:
            mass[first] += mass.pop(name)


def _given(q: Quote, d: Speaker, confidence: float, quotes: Sequence[Quote],
           at: Mapping[str, list[int]]) -> Quote:
    """The quote with the group's speaker ``d``, its own mention kept, marked ``CONSENSUS``;
    its role the one its own article gives that speaker closest before it in the other
    quotes' records (``own_roles.article_role``; its article's quotes, read where ``at``
    says), else the donor's: another outlet's words for the office (« coach du club ») never
    over the article's own (« entraîneur du club »); its name the fullest its own article
    gives that person in the other records (« Lula » where another outlet writes « Lula da
    Silva »), else the one the batch links."""
    linked = d.linked or d.name
    own_names = [n for m in at.get(q.article.id, ()) if (sp := quotes[m].speaker).linked == linked
                 and (n := sp.name) and CONSENSUS not in quotes[m].evidence]
    name = max(own_names, key=lambda n: (len(n), n)) if own_names else linked
    speaker = replace(q.speaker, name=name, linked=linked, role=d.role,
                      kind=d.kind, gender=d.gender, roles=(), confidence=confidence, id=d.id)
    given = replace(q, speaker=speaker, evidence=(*q.evidence, CONSENSUS))
    own = article_role(given, (quotes[n] for n in at.get(q.article.id, ())))
    return replace(given, speaker=replace(speaker, role=own)) if own else given


def _unresolved(quotes: list[Quote], members: list[int], at: Mapping[str, list[int]]
                ) -> str | None:
    """Give the members that name no one (in place) the one speaker the other members of the
    group name at a cue, when no member votes (``repair``): an utterance another outlet gives
    to one person, never to two, is theirs in the article that left it unresolved too (« Elle a
    ajouté » the batch cannot tie to a name, « a déclaré la Genevoise »). A member with no cue
    (the speaker of the quote before, carried over) and a described speaker abstain, but
    for a relation of someone named (« enfants d'Anne Roy », ``_names``); the confidence is the
    least the naming members have."""
    named = [quotes[n] for n in members if quotes[n].speaker.name
             and quotes[n].cue is not None and CUE_CARRIED not in quotes[n].evidence
             and _names(quotes[n].speaker)]
    open_ = [n for n in members if not _unsaid_heading(quotes[n]) and (
        not quotes[n].speaker.name or (
            described(quotes[n].speaker) and not kept(quotes[n].speaker)))]
    if len({q.who for q in named}) != 1 or not open_:
        return None
    donor = max(named, key=lambda q: (q.speaker.confidence, q.id)).speaker
    least = min(q.speaker.confidence for q in named)
    naming = {q.article.id for q in named}
    for n in open_:
        if quotes[n].article.id not in naming and not other_gender(quotes[n].speaker, donor) \
                and not other_kind(quotes[n].speaker, donor) \
                and not other_source(quotes[n].speaker, donor):
            quotes[n] = _given(quotes[n], donor, least, quotes, at)
    return named[0].who


def _unsaid_heading(q: Quote) -> bool:
    """A heading of words in marks its own article gives no one (no name before a colon, no
    one saying them in the body): it groups with the words another outlet gives its speaker,
    and stays unknown (the annotation guidelines' « Headings »)."""
    return heads(q) and not q.speaker.name
