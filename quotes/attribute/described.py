"""The person a description names over the article's timeline: by the words the cast gives
them as a role (« le préfet » to the one given as « préfet de l'Aude », « le réalisateur » to
the one given as « cinéaste », « le chef de l'État » to whoever holds the office then), or by
the name a copula gives as what it is (« le directeur était Marc Petit »), else, for words
that are no function (« la jeune femme »), the one of their gender named last, else the
person the article is about so far, else the next one named (not a name completing a noun,
« les chiffres de X »); never one the description's own words name, nor someone else's (« son
avocat »), nor an outlet (« interrogée par L'Indépendant »), nor, for a function, one named by a
given name alone, described by a noun and given no function (« Barbara, témoin de
l'accident »), nor, for an officer of a trial (« la greffière », « le juré »), one the trial
judges (``judged``). The occupant of a seat of power (« le chef du Kremlin »,
lexicon.periphrases ``occupied``) is the one given the office sitting there, of its country;
the role shown for them is their own when the description follows the quote (« « … », a
répondu le chef du Kremlin »: « président russe »), the description when it comes before the
quote or they have no role.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotes.attribute import description_ties as ties
from quotes.attribute import epithets, judged, nationals, offices, quoted, rivals
from quotes.attribute.announced import apposed_after, completes_noun, lives_there
from quotes.attribute.cast import Person
from quotes.attribute.functions import distinction
from quotes.attribute.holders import party_words, says_otherwise
from quotes.attribute.named_after import restates
from quotes.attribute.names import private_given_name
from quotes.attribute.noun_again import grouped_apart, last_named_apart
from quotes.attribute.role_fit import holds, other_role, teammate
from quotes.attribute.role_words import body_of, founding, heads, kin_heads, kind_heads
from quotes.attribute.sentence_before import fresh_subject, just_named
from quotes.attribute.speakers import Resolved, of_person
from quotes.attribute.standing import figurative_title, historic_title
from quotes.attribute.titled_gender import agrees, form_fits
from quotes.lexicon import fold
from quotes.lexicon.nominal import inhabitant_word
from quotes.lexicon.periphrases import occupied, past_office
from quotes.lexicon.short_forms import holds_initials, initials_bodies, written_out
from quotes.model import Evidence
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from quotes.attribute.cast import Registry
    from quotes.attribute.timeline import Timeline


def described_person(
    timeline: Timeline, r: Resolved, pos: int, beside: set[Person], *, main: bool = True,
    opening: int | None = None,
) -> tuple[Resolved, str | None]:
    """The person a description names: by the words they are given, else (``main``) the
    person the article is about so far, else the next one named; ``opening``: where the
    sentence of the description starts (its words said included). Never the body of a role
    whose initials the words hold (« Ventis » for « le DG » after « le directeur général de
    Ventis »): unresolved. Initials a name follows (« le DG Luc Berger », « le DG par intérim,
    Luc Berger ») are that name's, never the role's other holder."""
    words = r.role or r.described or ""
    apposed = _apposed_to_initials(timeline.registry, r) if holds_initials(words) else None
    if apposed is not None:
        return of_person(apposed, r), Evidence.DESCRIPTION_TO_APPOSED_NAME
    found, evidence = _described_person(timeline, r, pos, beside, main=main, opening=opening)
    if found.name and fold(found.name) in initials_bodies(words):
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    return found, evidence


def _described_person(
    timeline: Timeline, r: Resolved, pos: int, beside: set[Person], *, main: bool,
    opening: int | None,
) -> tuple[Resolved, str | None]:
    """``described_person`` but for bodies of initials."""
    assert (r.role or r.described) is not None
    # « le SG de l'ONU »: as the role the article writes out (``role_initials``)
    words = written_out(r.role or r.described or "")
    # "l'avocat de Carlos Ferraz": the one described is never the one the words name
    inside = {
        p for _, lo, hi in r.roles for p in timeline.registry.people_between(lo, hi)
    }
    # words the cast gives someone as a role (``announced``): theirs, however far on
    spans = {(lo, hi) for _, lo, hi in r.roles}
    # « Selon le préfet, Paul Roux, le maire, a menti »: the name after the description's
    # comma that opens the words said is their subject, never the one described
    subject = _subject_after(timeline.registry, r, beside)
    announced = [p for p in timeline.registry.people
                 if any((g[1], g[2]) in spans for g in p.roles) and p not in subject]
    if len(announced) == 1:
        return of_person(announced[0], r), Evidence.DESCRIPTION_TO_NAME
    # « … tandis que le président de la Fédération était Luc Armand »: the name the copula
    # gives as what the description is
    copular = ties.copular_name(timeline.registry, sorted(spans))
    if copular is not None and r.gender in (None, copular.gender):
        return of_person(copular, r), Evidence.DESCRIPTION_TO_COPULA
    if historic_title(words) or figurative_title(words):
        # « écrivait le marquis de Sade », « a dit le baron de la drogue »: a title of the past
        # or a figure of speech (``standing``), held by no one the article names otherwise
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    parties = party_words(text_of(timeline.registry.doc))  # « le chef centriste »: a party's

    def fits(p: Person) -> bool:
        return agrees(r.gender, p, words)

    # those the article gives another country than the description's: never theirs; the
    # one given its country, when no role of theirs but a distinction (« vainqueur de
    # l'étape ») says otherwise
    national, foreigners = nationals.national(
        timeline.registry, words, pos,
        lambda p: fits(p) and (not says_otherwise(words, p, parties)
                               or all(distinction(t) for t in p.role_texts())),
        {p.name for p in beside | inside})
    held = offices.office(words)
    periphrastic = held is not None and held.exact
    # « le chef du Kremlin »: the one given the office sitting there, of that country
    # (« président russe »); when no one is, the words are read as any others
    seated = occupied(words)
    person = None if seated is None else timeline.registry.office_holder(
        seated, pos, beside | inside, r.gender, seated=True)
    if seated is not None and person is None:
        # no one given it: never one holding its noun at another body (« chef du groupe
        # Wagner »), nor one given the office whom ``office_holder`` left out (another
        # country's: « président américain » for « l'hôte de l'Élysée »; a bare « Premier
        # ministre » at Downing Street)
        inside |= {p for p in timeline.registry.people if holds(words, p)}
        inside |= offices.seat_holders(seated, timeline.registry.people)
    if person is None and periphrastic:  # "le chef de l'État", "l'édile": its holder now
        person = timeline.registry.office_holder(words, pos, beside | inside, r.gender)
    elif person is None:
        person = timeline.registry.named_with(words, pos)
        if person is not None and (other_role(words, person) or not form_fits(words, person)):
            # « tournée par la réalisatrice Ilse Vogt, la princesse de Norlande explique »: the
            # name beside the words holds another function, so is not the one they describe;
            # nor is one of the gender its noun's form rules out (« l'ex-animateur »)
            person = None
        person = person or timeline.registry.match_description(
            words, pos, inside | subject, r.gender)
        # « le président de Valtor » after « le patron de Valtor », tied to Paul Roux: Paul Roux
        person = person or ties.same_body(timeline.registry, timeline.entries, words, pos,
                                          {p.name for p in beside | inside})
        # « la cinéaste française » after « la Française Justine Roy », when the role words
        # fit no one and no one of no other country holds its noun or one of its kind: the
        # one of that country whose roles say nothing else (« le ministre français » stays the
        # « ministre des Sports » the article names, not the French judoka; « le bourgmestre
        # belge » is no Belgian cyclist beside the « maire de Bouillon »)
        if person is None and national is not None:
            kin = kin_heads(words)
            if not any((holds(words, p) or any(kin & heads(t) for t in p.role_texts())) and fits(p)
                       and p.name not in foreigners and p is not national
                       for p in timeline.registry.people_before(pos)):
                person = national
    if person is not None:
        return of_person(person, r), Evidence.DESCRIPTION_TO_NAME
    if past_office(words):
        # « le locataire de l'Élysée de l'époque », « l'hôte de Matignon d'un jour »: not
        # whoever holds it now, nor the one the article is about
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    if seated is not None:
        # a seat whose holder the article does not name: no one, never the person the article
        # is about (« Le syndicat a rencontré le préfet Jean Morel. « … », a tranché l'hôte de
        # l'Élysée »: not Jean Morel)
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    if periphrastic and held is not None and held.foreign:
        # "le chef de l'État ivoirien" whom the article does not name: never its main person
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    # no role says who: the person the article is about so far (most often a subject or a
    # speaker, then most often named), else the next one named; never one of the other
    # gender, nor one whose own roles say otherwise ("le ministre" is not "le président X")
    role = words
    counts: dict[str, int] = {}
    for e in timeline.entries:
        singular_person = e.pos < pos and e.who.kind == "person" and e.who.number == "s"
        if (
            singular_person
            and e.who.name
            and (r.gender is None or timeline.gender(e.who) in (None, r.gender))
        ):
            counts[e.who.name] = counts.get(e.who.name, 0) + 1
    # "Répondant à Paul Morel, …, le maire rétorque", "Le juge a entendu Paul Morel": the
    # others of the sentence are not him, when no role of theirs says it is; nor is one
    # who met "le maire" before ("Paul Morel a vu le maire. Le maire a refusé.")
    apart = {p.name for p in beside | inside | timeline.registry.met(role, pos)} | foreigners
    # « interrogée par L'Indépendant »: an outlet carries the words, it is no one described
    apart |= timeline.registry.outlets | grouped_apart(timeline.registry, role)
    # « C'est Marc Petit qui a remis la médaille au nageur »: whoever their sentence set beside
    # the description's noun is not the one it describes (``noun_again``)
    if r.role:
        apart |= {p.name for p in timeline.registry.people_before(pos)
                  if last_named_apart(timeline.registry, p.name, pos, role, opening, r.gender)}
        # « X, le père de la victime », then « le président du tribunal »: a relative given no
        # function is not one a function's description guesses at
        apart |= {p.name for p in timeline.registry.people
                  if not p.roles and p.name in timeline.registry.kin_given}
        # « … », raconte Barbara, témoin de l'accident. Le préfet a déploré … »: one named by a
        # given name alone, described and given no function is a private person, no holder of one
        registry = timeline.registry
        apart |= {p.name for p in registry.people if not p.roles and private_given_name(
            registry.doc, p.name,
            ((i, registry.ends.get(i, i)) for i, q in registry.mentions if q is p))}
        # « Jean Dumas, habitant de Vernac, »: one set off as a resident by a bare noun of
        # where one lives, given no function, holds no role described (« le maire »); a plain
        # description (« la retraitée ») may be theirs (``announced.lives_there``)
        # … nor does one set off as what a common noun before says they are (« l'identité du
        # copilote allemand, Paul Roux »: ``announced.apposed_after``)
        apart |= {q.name for i, q in registry.mentions if not q.roles and (
            lives_there(registry.doc, i) or apposed_after(registry.doc, i))}
    if r.owned or not main:  # "son avocat": someone's, never the one the article is about
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    if r.described and not r.role:
        # "Leïla Hamidi, 19 ans, jouait … « … », raconte la jeune femme": words that are no
        # function describe the one of their gender named last, a paragraph back at most
        # not one named only inside words another said (« X a annoncé qu'elle partait tant
        # que Y resterait », then « la star »): X, else the person the article is about; one
        # the words are about is (« X a raconté que sa fille Y était choisie »: Y)
        lo = pos - timeline.settings.pronoun_lookback_chars
        said = quoted.only_inside(timeline, lo, pos, subjects=False)
        last = epithets.named_last(timeline.registry, r.described, pos, fits, apart | said)
        if last == epithets.AMBIGUOUS:  # two of the cast the epithet's domain fits
            return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
        if isinstance(last, Person):
            return of_person(last, r), Evidence.DESCRIPTION_TO_LAST_NAMED
    # « la Première ministre » taken for her before: not « la procureure » now (``with_tied``)
    before = [
        p for p in timeline.registry.people_before(pos)
        if fits(p) and not says_otherwise(
            role, ties.with_tied(p, timeline.entries, pos, role), parties)
        and p.name not in apart
    ]
    # « La défenseure X et l'attaquante Y … a lancé la capitaine des Bleues »: two a second
    # role alone makes fit (``other_role``'s ``joint``) leave the description to no one
    if sum(1 for p in before if other_role(role, p, joint=False)) > 1:
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    # « L'attaquant X a battu le gardien Y. « … », a déclaré l'international malien »: two
    # players of its kind, the text does not say which (``role_fit.teammate``)
    if sum(1 for p in before if teammate(role, p)) > 1:
        return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
    # a speaker counted is one of the cast too: the one the article is about holds no
    # role the description contradicts ("le préfet" is not the "maire" the article is
    # about, "le garde des Sceaux" not its "ministre de l'Intérieur") and is of its gender
    counts = {
        name: n for name, n in counts.items()
        if name not in apart and not ties.says_otherwise(
            timeline.registry, role, name, fits, parties, timeline.entries, pos)
    }
    named = {p.name: p for p in before}
    if counts or named:
        recency = {name: -n for n, name in enumerate(named)}
        # the one the article gives the role first ("le préfet": the "préfet de l'Aude"
        # named well before the mayor the article is about)
        # … or the one an earlier description with its noun was tied to (« le chef du parti
        # bleu », then « le chef bleu »), though the cast gives another that noun
        tied = ties.same_noun(timeline.entries, role, pos, parties)
        given = {n for n, p in named.items() if holds(role, p) or n in tied}
        # « Paul Roux est allé dans le même sens. « … », a estimé le maire »: the one the
        # sentence before has just named as its subject, over one who spoke more before him
        # … or the one it named by name as a speaker (« « … », a réagi Marie Vidal. « … », a
        # commenté la présidente du groupe »): the one just named, over the main person
        start = pos if opening is None else opening
        fresh = fresh_subject(timeline.registry, start)
        just = None if fresh else just_named(
            timeline, start, min((lo for _, lo, _ in r.roles), default=pos))
        fresh = fresh or just
        # two of its gender the article gives the description's role (« l'entraîneur X et
        # l'entraîneur Y … a dit le coach »): no one, unless the sentence before has just
        # named one as its subject or one is the article's main person (``_main_person``);
        # two officers of a function kind (« le syndicaliste »): no one, whoever spoke before
        if len(given) > 1 and (body_of(role) is not None
                               or not {fresh, _main_person(counts)} & given):
            return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
        # a noun that covers any role (« le dirigeant », « la responsable »): one the article
        # gives a function it holds now fits it, one given none does not
        anyrole = {n for n, p in named.items() if any(not founding(t) for t in p.role_texts())
                   } if r.role and kind_heads(role) is None else set()

        def weight(n: str, fitting: set[str], working: set[str]) -> tuple[object, ...]:
            return (n in fitting, n == fresh, n in working, counts.get(n, 0),
                    named[n].mentions if n in named else 0)

        def ranked(fitting: set[str], working: set[str]) -> str:
            return max(  # of equals, the first in text order, not a set's hash order
                dict.fromkeys([*counts, *named]),
                key=lambda n: (*weight(n, fitting, working), recency.get(n, -len(named))),
            )

        name = ranked(given, anyrole)
        top = weight(name, given, anyrole)
        level = [n for n in dict.fromkeys([*counts, *named]) if weight(n, given, anyrole) == top]
        if len(level) > 1 and _one_sentence(timeline.registry, level, pos):
            # « La demi-finale a opposé Léa Fontaine à Anne Petit … la Dijonnaise »: two the
            # description fits as well, last named in one sentence, told apart by the order
            # within it alone: no one (across sentences, the one named last is the fresher)
            return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
        # another than the ranking of before would take (no kind read backwards, no noun of
        # any role to one given a function, no earlier description tied by its copula): its
        # own evidence
        by_copula = ties.copular_ties(timeline.registry, timeline.entries, tied, pos)
        plain = {n for n, p in named.items() if holds(role, p, backwards=False)
                 or n in tied - by_copula}
        by_fit = name != ranked(plain, set())
        # the main person taken for want of a better one, where the description's paragraph
        # names another who fits it and never them: two fit, no one (``rivals``)
        if not by_fit and name not in given and rivals.named_apart(
                timeline, name, before, pos, fits):
            return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
        if name in named and judged.officer_not_judged(role, named[name], timeline.registry):
            # « le juré », « la greffière » of a trial whose defendant the article is about
            return replace(r, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED
        done = of_person(named[name], r) if name in named else replace(r, name=name)
        # the one the sentence before has just named, picked for that alone: its own evidence
        if by_fit:
            return done, (Evidence.DESCRIPTION_TO_COPULA if name in by_copula
                          else Evidence.DESCRIPTION_TO_FIT)
        return done, (Evidence.DESCRIPTION_TO_JUST_NAMED if just is not None and name == just
                      and name not in given else Evidence.DESCRIPTION_TO_MAIN_PERSON)
    # the next one named; none when that name completes a noun (« selon les chiffres de X »,
    # « La détermination de X, …, a surpris Y »): not one who speaks, and the name after it
    # is no likelier the one described
    reach, registry = timeline.settings.description_lookahead_chars, timeline.registry
    nxt = next((
        (at, p) for at, p in registry.mentions_after(pos, reach)
        if fits(p) and not says_otherwise(role, p, parties) and p.name not in apart
    ), None)
    ahead = [nxt[1]] if nxt is not None and not completes_noun(registry.doc, nxt[0]) else []
    if not ahead:  # "a déclaré le préfet du département …", named paragraphs later: the
        # one person the article gives that role, if only one
        ahead = [
            p for p in timeline.registry.people_after(pos, len(text_of(timeline.registry.doc)))
            if fits(p) and holds(role, p) and not says_otherwise(role, p, parties)
            and p.name not in apart
        ]
        ahead = ahead if len(ahead) == 1 else []
    if not ahead and r.described and r.gender and inhabitant_word(r.described):
        # « « … », savoure la Française » with no one named before: the one person of its
        # gender (a known one: not « l'Italienne ») the article names after it, paragraphs
        # on; none when it names two
        ahead = [p for p in registry.people_after(pos, len(text_of(registry.doc)))
                 if p.gender == r.gender and p.name not in apart]
        ahead = ahead if len(ahead) == 1 and restates(registry, ahead[0], r.described, pos) else []
    if ahead and not judged.officer_not_judged(role, ahead[0], registry):
        return of_person(ahead[0], r), Evidence.DESCRIPTION_TO_NEXT_NAME
    unnamed = ties.fuller(timeline.entries, r, pos)
    return replace(unnamed, resolution="unresolved"), Evidence.DESCRIPTION_UNRESOLVED


def _one_sentence(registry: Registry, names: list[str], pos: int) -> bool:
    """Were the people ``names`` all last named before ``pos`` in one sentence (« a opposé Léa
    Fontaine à Anne Petit »)? False when one of them is named nowhere before it."""
    last = {who.name: at for at, who in registry.mentions_after(-1, pos)}
    starts = set()
    for name in names:
        span = registry.doc.char_span(last[name], last[name] + 1, alignment_mode="expand") \
            if name in last else None
        if span is None:
            return False
        starts.add(span.sent.start)
    return len(starts) == 1


def _main_person(counts: dict[str, int]) -> str | None:
    """The person the article is about so far: the one of the description's gender it made a
    subject or a speaker before the description (``counts``) twice at least, and more often
    than anyone else; None when two are level or no one is counted twice (« X, entraîneur de
    Rennes, et Y, entraîneur de Brest, se sont vus »: the subject is counted for X alone)."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(counts, key=lambda n: counts[n])


# the description's comma past the rest of its phrase (« le candidat investi dimanche par X, »)
_COMMA = re.compile(r"[^,.;:!?«»\"“”()\n]{0,60}?,\s*")
# after initials, the name they are given: right after, or past a comma and up to three
# lowercase words of how the role is held (« le DG par intérim, Luc Berger »)
_NAME_AFTER = re.compile(r"(?:(?:\s+[^\W\d_A-Z][\w'’-]*){0,3}\s*,)?\s*(?=[^\W\d_a-z])")


def _apposed_to_initials(registry: Registry, r: Resolved) -> Person | None:
    """The one person named right after the description's last words (initials of a role the
    article writes out), past a comma and lowercase words of tenure or none; None otherwise."""
    if not r.roles:
        return None
    hi = max(end for _, _, end in r.roles)
    m = _NAME_AFTER.match(text_of(registry.doc), hi)
    there = registry.people_between(m.end(), m.end() + 1) if m else set()
    return next(iter(there)) if len(there) == 1 else None


def _subject_after(registry: Registry, r: Resolved, beside: set[Person]) -> set[Person]:
    """The person named right after the description's comma, when the words said name them
    (``beside``: the apposition of a description is never beside it): their subject."""
    end = max((hi for _, _, hi in r.roles), default=None)
    after = _COMMA.match(text_of(registry.doc), end) if end is not None else None
    person = ties.named_past_comma(registry, after) if after is not None else None
    return {person} if person is not None and person in beside else set()
