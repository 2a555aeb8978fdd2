"""Pronouns on the article's timeline: the nearest earlier person or organisation that agrees in
number and gender (a narrator-level subject or an earlier speaker; a gendered one passes over a
body of no gender cited after « selon » to one of its gender named before), or the body that is
the subject of the unmarked words said when no one in the paragraph before agrees, else a name
just ahead in the pronoun's paragraph, else one of its gender named within reach; the genders
they show are learned for the pronouns after. On a cue that resumes one's own words
(« poursuit-il »), a person who spoke earlier in the paragraph goes before a body named since,
unless that body has a voice of its own since (its words, a reporting verb, a document)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from quotes.attribute import description_ties as ties
from quotes.attribute import own_clause, quoted
from quotes.attribute.anaphora import (
    Entry,
    handed_on,
    in_relative,
    of_a_person,
    spoken,
)
from quotes.attribute.body_gender import body_gender, mention_gender
from quotes.attribute.cast import Person
from quotes.attribute.gender import plural_noun_gender
from quotes.attribute.intro import SENTENCE_END
from quotes.attribute.last_mentions import last_mention
from quotes.attribute.name_model import name_guess
from quotes.attribute.noun_kinds import is_document, names_a_document
from quotes.attribute.outlets import outlet
from quotes.attribute.roles import article_gender
from quotes.attribute.sentence_before import resuming
from quotes.attribute.sources import cited
from quotes.attribute.speakers import UNKNOWN, Resolved, of_person
from quotes.attribute.standing import historic_title
from quotes.attribute.topics import topic_person
from quotes.detect.cues import cue_verb
from quotes.lexicon import noun_genders
from quotes.lexicon.grammar import ONE_OF
from quotes.model import Evidence, Resolution
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotes.attribute.timeline import Timeline


def _agrees(timeline: Timeline, r: Resolved, who: Resolved, person: bool = False,
            at: int | None = None, spoke: bool = True) -> bool:
    """Does the pronoun ``r`` agree with ``who``: a named person, or organisation unless
    ``person`` (never a news outlet) whose name (or the mention at ``at``) is of the pronoun's
    grammatical gender or of none (``body_gender``), or an anonymous source whose words show
    the pronoun's gender (« l'un d'eux » only where that mention ``spoke``), of its number and
    of no other gender?"""
    gender = timeline.gender(who)
    # "Un agriculteur, qui préfère taire son nom, … ajoute-t-il": a source whose article
    # shows the pronoun's gender
    said = [w.strip(",;") for w in (who.name or "").lower().split()]
    shown = _shown_gender(said[0], spoke) if said else None
    plural = shown is None and r.number == "p" and len(said) > 1
    if plural:  # "Plusieurs enseignants … estiment-ils": the noun's gender, when it shows one
        shown = plural_noun_gender(said[1])
    source = (
        who.kind == "anonymous" and r.gender is not None and len(said) > 1
        and (r.gender == shown or (plural and shown is None))
        and any(of_a_person(w) or of_a_person(w.removesuffix("s")) for w in said[1:3])
    )
    return (
        (who.kind in (("person",) if person else ("person", "organization")) or source)
        and who.name is not None  # a news outlet carries words, no pronoun stands for it
        and not (who.kind == "organization" and outlet(text_of(timeline.registry.doc), who.name))
        and who.number == r.number
        and (r.gender is None or gender is None or gender == r.gender)
        and (r.gender is None or who.kind != "organization" or _body_agrees(timeline, r, who, at))
    )


def _shown_gender(first: str, spoke: bool) -> str | None:
    """The gender the first word of a source's name shows: its article's (« une source »), or
    that of « un » or « une » in « l'un », « l'une » where that one spoke (« l'un des membres
    du syndicat a dit … il »; not one who said nothing: « L'un d'eux l'a interpellé. « … »,
    a-t-il répondu » is the one named before)."""
    if first in ONE_OF:
        if not spoke:
            return None
        first = first[2:]
    return article_gender(first)


def _body_agrees(timeline: Timeline, r: Resolved, who: Resolved, at: int | None) -> bool:
    """« L'agence a publié un bilan. « … », a-t-il dit »: « il » is no body named « la »; the
    mention the pronoun follows first (« Le Medef … La fédération patronale … Elle »)."""
    doc = timeline.registry.doc
    shown = mention_gender(doc, at) if at is not None else None
    return shown == r.gender if shown is not None else body_gender(doc, who.name) in (
        None, r.gender)


def _named_at(e: Entry) -> int | None:
    """Where the entry's mention starts; None for words said with no subject, whose entry
    sits at their own start (« « une hausse … » »: no mention of the speaker)."""
    return None if e.said is not None and e.said[0] <= e.pos < e.said[1] else e.pos


def _unnamed(r: Resolved, who: Resolved) -> bool:
    """Is ``who`` a person described but not named that the pronoun agrees with? Not a title
    of the past (« Le marquis de Sade a inspiré Paul Vidal. « … », a-t-il dit »: Paul Vidal;
    ``standing.historic_title``), held by no one the article quotes."""
    described = who.role or who.described
    return (who.kind == "person" and who.name is None and described
            is not None and who.number == r.number and r.gender is not None
            and who.gender == r.gender and not historic_title(described))


def _after_unresolved(timeline: Timeline, r: Resolved, reach: int, pos: int,
                      agrees: Callable[..., bool]) -> Resolved | None:
    """The speaker a cue described and the description named no one for (« la Nantaise de 24
    ans a reconnu : « … » Elle a ajouté : »), the last before the pronoun with its gender, no one
    it agrees with named since: the pronoun stands for that one, unresolved as well; else None."""
    v = next((v for v in reversed(timeline.unnamed) if reach <= v.pos < pos), None)
    if v is None or v.who.resolution != "unresolved" or not _unnamed(r, v.who):
        return None
    if any(v.pos < e.pos < pos and agrees(e.who, spoke=e.spoke) for e in timeline.entries):
        return None
    return replace(v.who, resolution="unresolved")


def _learn(timeline: Timeline, who: Resolved, gender: str | None) -> None:
    """ "a-t-elle justifié" resolved to Lina Tavaro: she is "elle" from now on."""
    if who.kind == "person" and who.name and gender is not None:
        timeline.learned.setdefault(who.name, gender)


def pronoun(timeline: Timeline, r: Resolved, pos: int, person: bool, barred: set[str],
            own: str | None = None,
            own_body: Resolved | None = None) -> tuple[Resolved, str | None]:
    """Who the pronoun ``r`` at ``pos`` stands for, and the rule that said so (``Timeline.resolve``
    tells what ``person``, ``own`` and ``own_body`` are); never one of the ``barred``."""
    topic = topic_person(timeline.registry, r, pos)
    if topic is not None:
        return of_person(topic, replace(r, kind="person")), Evidence.PRONOUN_TO_TOPIC
    text = text_of(timeline.registry.doc)
    line = text.rfind("\n", 0, pos) + 1
    if own_body is not None and _agrees(timeline, r, own_body, person) and not any(
            _agrees(timeline, r, e.who, person, spoke=e.spoke)
            for e in timeline.entries if line <= e.pos < pos):
        # « Le parquet ne dira rien, a-t-il indiqué »: the body says it of itself, unless
        # one before in the paragraph agrees
        return _as(own_body, "pronoun", r.gender), Evidence.PRONOUN_TO_ANTECEDENT
    barred = barred | (inside := own_clause.own_clause(timeline.registry, pos))
    reach = pos - timeline.settings.pronoun_lookback_chars
    agrees = partial(_agrees, timeline, r, person=person)
    last = _after_unresolved(timeline, r, reach, pos, agrees)
    if last is not None:
        return last, Evidence.PRONOUN_TO_DESCRIPTION
    for e in reversed(timeline.entries):  # never one named in the pronoun's clause: ``own_clause``
        if not reach <= e.pos < pos or e.who.name in inside:
            continue
        if _unnamed(r, e.who):
            # "L'avocat de X a dit … Il a ajouté": the unnamed person, never X behind him;
            # named since with the role (« … joint Me Paul Roux, l'avocat »): that one
            named = ties.named_since(timeline.registry, e.who, e.pos, pos, barred)
            if named is not None:
                return of_person(named, replace(r, kind="person")), Evidence.PRONOUN_TO_CAST
            return replace(e.who, resolution="unresolved"), Evidence.PRONOUN_TO_DESCRIPTION
        if r.gender is not None and e.who.kind == "organization" and timeline.gender(
                e.who) is None and cited(timeline.registry.doc, e.pos) and _closest(
                timeline, r, reach, e.pos, barred) is not None:
            continue  # « Selon Radio-Nord, … », a-t-elle dit »: the woman named before it
        if e.who.kind == "organization" and _resumed(timeline, pos, line, e.pos, agrees):
            continue  # « Le syndicat a proposé … Mais, poursuit-il, « … » »: the one who spoke
        if r.gender is not None and in_relative(
                timeline.registry, e, timeline.entries, agrees, reach):
            continue  # « …, dont l'exécutif rejetait l'idée, … », a-t-il dit »: who spoke
        if agrees(e.who, at=_named_at(e), spoke=e.spoke):
            if own is not None and e.who.name == own and not _rival(timeline, r, own, pos, person):
                # « Anne Roy ne sera pas candidate, annonce-t-elle »: she says it of herself
                _learn(timeline, e.who, r.gender)
                return _as(e.who, "pronoun", r.gender), Evidence.PRONOUN_TO_ANTECEDENT
            if e.who.name in barred or (timeline.gender(e.who) is None
                                        and _relative_between(timeline, e.pos, pos, r)):
                return UNKNOWN, Evidence.PRONOUN_UNRESOLVED  # « … sa fille. Elle … »: hers?
            lo = None  # where the one who beats the subject may be named from
            if r.gender is not None and r.number == "s":
                lo = e.pos + 1 if timeline.gender(e.who) is None else handed_on(
                    timeline.registry, e, pos, r.gender)
            if lo is not None:
                # "L'Élysée a nommé Laure Martin. « … », a-t-elle réagi": one of the pronoun's
                # gender named since, not only in the subject's words (``quoted``), beats a
                # subject of unknown gender, a passive agent just before ("… par X.") any other
                closer = _closest(timeline, r, lo, pos, barred | quoted.only_inside(
                    timeline, lo, pos, e.who.name))
                if closer is not None:
                    return of_person(closer, replace(r, kind="person")), Evidence.PRONOUN_TO_CAST
            if names_a_document(e.who.kind, e.who.name):
                # « Selon le dernier bilan, … « … », raconte-t-il »: a pronoun never stands for
                # a document (« dernier », « bref » read as a person's words), only for one
                # named since it (above)
                continue
            if r.number == "p" and not e.spoke:  # « ils »: the plural that speaks
                e = spoken(timeline.entries, e, agrees, pos,
                           timeline.settings.pronoun_lookback_chars)
            _learn(timeline, e.who, r.gender)
            return _as(e.who, "pronoun", r.gender), Evidence.PRONOUN_TO_ANTECEDENT
    # a name ahead, in the pronoun's paragraph only:
    line_end = text.find("\n", pos) % (len(text) + 1)  # or the text's end
    reach = min(pos + timeline.settings.pronoun_lookahead_chars, line_end)
    for e in timeline.entries:  # "« … », assure-t-il. … Marc Delorme, évoque …"
        ahead = pos < e.pos <= reach
        if ahead and agrees(e.who, spoke=e.spoke) and e.who.name not in barred:
            _learn(timeline, e.who, r.gender)
            return _as(e.who, "pronoun", r.gender), Evidence.PRONOUN_TO_NEXT_NAME
    if r.gender is not None and r.number == "s":
        # no subject agrees: a person of that gender named within reach, were it as a
        # complement ("Jean et son épouse Anne Martel", « la boutique d'Anne Martel »)
        if own is not None and not _rival(timeline, r, own, pos, person):
            barred = barred - {own}  # « Anne Roy ne sera pas candidate, annonce-t-elle »
        p = _closest(timeline, r, pos - timeline.settings.pronoun_lookback_chars, pos, barred)
        if p is not None and not _bound(timeline, r, p, pos):
            p = _passed_over(timeline, r, p, pos, barred)
            if p is None:  # « Anne Roy … Dominique Petit a promis. « … », dit-elle »: either
                return UNKNOWN, Evidence.PRONOUN_UNRESOLVED
            return of_person(p, replace(r, kind="person")), Evidence.PRONOUN_TO_CAST
    timeline.open.append((pos, r))
    return UNKNOWN, Evidence.PRONOUN_UNRESOLVED


def _resumed(timeline: Timeline, pos: int, line: int, body: int,
             agrees: Callable[[Resolved], bool]) -> bool:
    """Does the pronoun at ``pos`` head a cue that resumes one's own words (« poursuit-il »,
    ``sentence_before.resuming``) after a person who agrees spoke earlier in its paragraph,
    before the body named at ``body``? That person takes up their words, not the body."""
    doc = timeline.registry.doc
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not resuming(span[0].head):
        return False
    spoke = [e.pos for e in timeline.entries
             if line <= e.pos < body and e.spoke and e.who.kind == "person" and agrees(e.who)]
    name = next((e.who.name for e in timeline.entries if e.pos == body), None)
    # a body with a voice of its own since (« Le syndicat dénonce « … » », « a répondu par un
    # communiqué »): its words go on, not the person's
    return bool(spoke) and not any(_voiced(doc, e.pos) for e in timeline.entries
                                   if spoke[-1] < e.pos < pos and e.who.name == name)


def _voiced(doc: Doc, at: int) -> bool:
    """Is the mention at ``at`` the subject of a reporting verb whose words are its own
    (« dénonce « … » », « a répondu »), or of a verb whose object is a document (« a publié un
    communiqué »)? A proposal told in an infinitive (« a proposé de réduire les horaires ») is
    the narrator's account, no voice."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    tok = span[0] if span is not None else None
    while tok is not None and tok.dep_ in ("det", "amod", "nmod", "case") and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or not tok.dep_.startswith("nsubj"):
        return False
    verb = tok.head
    if any(is_document(c.lower_) for c in verb.children if c.dep_ in ("obj", "obl:arg",
                                                                             "obl:mod", "obl")):
        return True
    if cue_verb(verb) is None:
        return False
    after = [t for t in doc[verb.i + 1:verb.i + 4] if t.pos_ != "ADV"]
    return not (len(after) > 1 and after[0].lower_ in ("de", "d'", "d’")
                and "Inf" in after[1].morph.get("VerbForm", []))


def _bound(timeline: Timeline, r: Resolved, p: Person, pos: int) -> bool:
    """Is ``p`` first named after an earlier pronoun of the same gender and number no one
    was found for, in that pronoun's sentence (« Il a cédé la place au maire, Paul Roux.
    « … », a-t-il dit »)? The pronoun at ``pos`` goes on with that one, whose own
    sentence's complement it cannot be."""
    text = text_of(timeline.registry.doc)
    for q, before in timeline.open:
        if q >= pos or p.first_seen <= q or (before.gender, before.number) != (
                r.gender, r.number):
            continue
        end = SENTENCE_END.search(text, q)
        if p.first_seen < (end.start() if end is not None else len(text)):
            return True
    return False


def _rival(timeline: Timeline, r: Resolved, name: str, pos: int, person: bool) -> bool:
    """Does one but ``name`` the pronoun agrees with stand within reach before ``pos``?"""
    return any(e.who.name != name and _agrees(timeline, r, e.who, person, spoke=e.spoke)
               for e in timeline.entries
               if e.pos < pos and pos - e.pos <= timeline.settings.pronoun_lookback_chars)


def _closest(timeline: Timeline, r: Resolved, lo: int, pos: int, barred: set[str]) -> Person | None:
    """The person of the pronoun's gender named last between ``lo`` and ``pos``, none of
    the ``barred`` (those the words said name)."""
    named = timeline.registry.people_between(lo, pos)
    return next((p for p in timeline.registry.people_before(pos) if p.gender == r.gender
                 and p in named and p.name not in barred), None)


def _passed_over(timeline: Timeline, r: Resolved, p: Person, pos: int,
                 barred: set[str]) -> Person | None:
    """``p``, the person of the pronoun's gender named last, unless someone whose gender the
    text does not show is named after them, before the pronoun: that one when their first
    name is one the wider list or its ending gives the pronoun's gender (``name_guess``: « …
    la Canadienne Anne Roy. … pour Clarisse Petit, qui a promis … « … », a-t-elle dit »), no
    one when the name says nothing (two may be meant); a name of the other gender is no one
    the pronoun stands for."""
    registry = timeline.registry
    last = last_mention(registry, p.name, pos, p)
    last = pos if last is None else last
    since = {q for q in registry.people_between(last + 1, pos) if q.gender is None and q is not p
             and q.name not in barred and name_guess(q.name) in (None, r.gender)}
    if not since:
        return p
    one = since.pop() if len(since) == 1 else None
    return one if one is not None and name_guess(one.name) == r.gender else None


def _relative_between(timeline: Timeline, lo: int, hi: int, r: Resolved) -> bool:
    """Is a relative of the pronoun's gender named by « sa » or « son » between a subject
    of unknown gender and the pronoun (« X espère retrouver sa fille. Elle … »)? The
    pronoun may stand for that relative as well as for the subject."""
    span = timeline.registry.doc.char_span(lo, hi, alignment_mode="expand")
    return r.gender is not None and r.number == "s" and span is not None and any(
        t.i > 0 and t.doc[t.i - 1].lower_ in ("sa", "son")
        and noun_genders().get(t.lower_) == r.gender for t in span)


def _as(who: Resolved, how: Resolution, gender: str | None) -> Resolved:
    """``who`` as a pronoun names them; a source's gender is not the pronoun's (« une source
    … a-t-elle dit » agrees with the noun, not with the person)."""
    source = who.kind == "anonymous"
    return replace(who, resolution=how, gender=who.gender or (None if source else gender))
