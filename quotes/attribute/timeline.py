"""The article's timeline: people and bodies in text order, to resolve what a mention leaves open.
Pronouns go to the nearest earlier person or organisation that agrees in number and gender
(``pronouns``), « ce dernier » to the one named last (``latter``), descriptions to the person whose
roles share their words, words that are no function (« la jeune femme ») to the one of their
gender named last, else to the person the article is about (``described``), quotes without a cue
to the speaker just before (``carried``); never to a place."""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, replace
from itertools import islice

from quotes.attribute import description_ties as ties
from quotes.attribute import latter
from quotes.attribute.anaphora import (
    a_place,
    carried,
    heard,
    last_source,
    last_spoke,
    points_back,
    same_source,
)
from quotes.attribute.carry_voices import another
from quotes.attribute.cast import Person, Registry
from quotes.attribute.colon_speaker import colon_speaker
from quotes.attribute.described import described_person
from quotes.attribute.descriptions import held_by_one
from quotes.attribute.intro import SENTENCE_END
from quotes.attribute.kin_ties import relative
from quotes.attribute.pronouns import pronoun
from quotes.attribute.role_fit import holds
from quotes.attribute.speakers import UNKNOWN, Resolved, classify, of_person
from quotes.detect.context import Frame
from quotes.lexicon import fold
from quotes.lexicon.grammar import DEFINITE_SINGULAR
from quotes.model import Evidence
from quotes.nlp.doc import text_of
from quotes.settings import DEFAULT, Settings

# a description no one of the cast holds: the article's main person was only a guess
_NO_HOLDER = frozenset({Evidence.DESCRIPTION_TO_MAIN_PERSON, Evidence.DESCRIPTION_TO_JUST_NAMED,
                        Evidence.DESCRIPTION_TO_NEXT_NAME, Evidence.DESCRIPTION_UNRESOLVED})


@dataclass(frozen=True)
class _Entry:
    pos: int
    who: Resolved
    para: int
    spoke: bool = False  # a quote's speaker, not a subject of the narration
    said: tuple[int, int] | None = None  # where the words this speaker said are


def _end(e: _Entry) -> int:
    """Where ``e`` ends in the text: past its name, past the words it said."""
    return max(e.pos, e.said[1]) if e.said is not None else e.pos


class Timeline:
    """People and organisations in text order, for resolving what a mention leaves open."""

    def __init__(self, registry: Registry, settings: Settings = DEFAULT) -> None:
        self.registry = registry
        self.settings = settings
        self.learned: dict[str, str] = {}  # genders pronouns taught: the cast stays as built
        self.entries: list[_Entry] = []
        self.first_spoke: dict[str | None, int] = {}  # where each name first spoke: ``heard``
        self.unnamed: list[_Entry] = []  # speakers a cue names with no name (a role or a
        # description may also be an entry): ``previous`` ends a carry over them
        self.open: list[tuple[int, Resolved]] = []  # pronouns no one was found for: ``_bound``

    def add(self, pos: int, who: Resolved, para: int, spoke: bool = False,
            cued: bool = False, said: tuple[int, int] | None = None, voiced: bool = True,
            asks: bool = False) -> None:
        """``cued``: ``who`` is what a cue's subject names, the speaker of the words ``said``;
        not ``voiced``: those words are no voice of a group's that goes on (``heard``; a request
        the events told hold: ``carry_voices.request``); ``asks``: they put a question
        (``carry_voices.asks``), whose unnamed asker ends no carry: the answer is the one
        asked's."""
        speaker = who.kind in ("person", "organization", "anonymous") and not (
            who.kind == "organization" and a_place(self.registry.doc, pos))
        entry = _Entry(pos, who, para, spoke, said)
        if cued and not asks and not (speaker and who.name):
            insort(self.unnamed, entry, key=lambda e: e.pos)
        if speaker and (who.name or who.role):
            insort(self.entries, entry, key=lambda e: e.pos)
            if spoke and voiced:
                self.first_spoke[who.name] = min(pos, self.first_spoke.get(who.name, pos))

    def resolve(
        self,
        r: Resolved,
        pos: int,
        *,
        person: bool = False,
        sentence: tuple[int, int] | None = None,
        mention: tuple[int, int] | None = None,
        content: tuple[int, int] | None = None,
        own: str | None = None,
        own_body: Resolved | None = None,
    ) -> tuple[Resolved, str | None]:
        """Fill in a pronoun or a description from the text around ``pos``; ``person``: the
        words are a person's ("je", "me", "mon"), so no body or place is their speaker;
        ``sentence``: where the sentence of the ``mention`` starts and ends, whose other
        people are not the one described; ``content``: where the words said are, whose people
        are not the one described either ("Selon le maire, Paul Roux a menti"); ``own``: the
        person who is the subject of words said before a postposed cue, whom its pronoun may
        stand for (« Anne Roy ne sera pas candidate, annonce-t-elle »); ``own_body``: the body
        that is that subject, which the pronoun stands for when no one before agrees."""
        if r.latter:
            return self._latter(r, mention[0] if mention else pos)
        if r.kin is not None:
            return self._kin(r, mention[0] if mention else pos)
        if r.resolution == "pronoun":  # never one the words said name (« Il a dit que X … »)
            named = self.registry.people_between(*content) if content else set()
            return pronoun(self, r, pos, person, {p.name for p in named}, own, own_body)
        words = r.name or r.described
        if words is None and mention is not None:  # "ce porte-parole": the role lost its "ce"
            words = text_of(self.registry.doc)[mention[0] : mention[1]]
        said = fold(words or "").split()
        # "cette source", "ces mêmes sources", "la même source", "ce proche" (after "un proche
        # de la famille"): the anonymous source named before with the same noun
        if points_back(said, r.kind):
            source = same_source(self.entries, said, pos, self.settings.pronoun_lookback_chars,
                                 self.registry.people_between)
            if source is not None:
                return replace(source, resolution="description"), Evidence.SOURCE_TO_ANTECEDENT
        if r.resolution == "description" and (r.role or r.described):
            near = ties.apposed(self.registry, mention[1], r.gender) if mention else None
            if near is not None:  # « le président du club (FCN), Paul Roux »
                return of_person(near, r), Evidence.DESCRIPTION_TO_APPOSED_NAME
            if held_by_one(r):  # « la pilote d'essai, désormais astronaute »: her, not another
                return r, Evidence.DESCRIPTION_TO_NAME  # holding only the noun after « désormais »
            beside = (
                self.registry.people_beside(sentence, mention or (pos, pos))
                if sentence else set()
            )
            if sentence and mention:  # « X a réagi : « …, peste la joueuse. … »: X speaks
                beside.discard(colon_speaker(self.registry, sentence, mention))
            if content is not None:  # whom the words speak of, named in them or not
                beside |= ties.spoken_of(self.registry, *content)
            if mention is not None:  # "le maire, ami de l'éleveur Paul Roux": not Paul Roux
                beside |= self.registry.complements(*mention)
            found, note = described_person(
                self, r, pos, beside, opening=sentence[0] if sentence else None)
            # « le ministre délégué au logement, Paul Roux »: the name after the complement
            # the mention stops before, over any other the description would name
            near = ties.past_complement(self.registry, mention[1], r.gender) if mention else None
            if near is not None and near.name != found.name:
                return of_person(near, r), Evidence.DESCRIPTION_TO_APPOSED_NAME
            if note in _NO_HOLDER and said[:1] and said[0] in DEFINITE_SINGULAR:
                source = self._source_before(r, found, said, pos)
                if source is not None:
                    return replace(source, resolution="description"), Evidence.SOURCE_TO_ANTECEDENT
            return found, note
        return r, None

    def _source_before(
        self, r: Resolved, found: Resolved, said: list[str], pos: int
    ) -> Resolved | None:
        """The anonymous source a definite description no one of the cast holds (``found``
        was a guess) stands for: « a déclaré un porte-parole du groupe. …, a ajouté le
        porte-parole » (the same noun), « …, a précisé le représentant » (the source quoted
        right before, of no other gender, no one named since)."""
        guessed = self.registry.person(found.name) if found.name else None
        if guessed is not None and holds(r.role or r.described or "", guessed):
            return None
        reach, between = self.settings.pronoun_lookback_chars, self.registry.people_between
        before = [e for e in reversed(self.entries) if e.pos < pos]
        source = same_source(self.entries, said, pos, reach, between) or last_source(
            before, said, pos, reach, between, agree=True)
        return source if source is not None and source.kind == "anonymous" else None

    def _latter(self, r: Resolved, start: int) -> tuple[Resolved, str | None]:
        """ "ce dernier": the one named last before it that agrees; a description named last
        is tied to a person only by its words ("le maire" to the one given as "maire"), never
        to the person the article is about."""
        registry = self.registry
        found = latter.antecedent(
            registry, start, r.gender, r.number, self.settings.pronoun_lookback_chars
        )
        if isinstance(found, Person):
            return of_person(found, replace(r, kind="person", latter=False)), (
                Evidence.LATTER_TO_NAME)
        if found is None:
            return UNKNOWN, Evidence.LATTER_UNRESOLVED
        who = classify(registry.doc, *found, registry)
        if who.kind == "unknown" and latter.fused_people(registry.doc, found):
            who = replace(who, kind="person")  # « les communiqués des putschistes »
        if who.resolution == "description" and (who.role or who.described):
            span = registry.doc.char_span(*found, alignment_mode="expand")
            sentence = (span.sent.start_char, span.sent.end_char) if span is not None else found
            beside = registry.people_beside(sentence, found)
            who, note = described_person(self, who, found[0], beside, main=False)
            return who, (Evidence.LATTER_TO_DESCRIPTION if who.name else note)
        if who.name is None or who.kind == "unknown":
            return UNKNOWN, Evidence.LATTER_UNRESOLVED
        return replace(who, resolution="pronoun"), Evidence.LATTER_TO_PHRASE

    def _kin(self, r: Resolved, start: int) -> tuple[Resolved, str | None]:
        """ "son mari", "la fille de X": the relative the article names so, else no one."""
        assert r.kin is not None
        relation, whose = r.kin
        owner = self.registry.person(whose) if whose else None
        found = relative(self.registry, relation, owner, start) if owner or not whose else None
        if found is not None:
            return of_person(found, replace(r, kin=None)), Evidence.KIN_TO_NAME
        return replace(r, kin=None, resolution="unresolved"), Evidence.KIN_UNRESOLVED

    def gender(self, who: Resolved) -> str | None:
        """The gender of ``who``: the mention's own, else the cast's, else the one a pronoun
        resolved to them showed."""
        if who.gender or who.kind != "person" or not who.name or who.number == "p":
            return who.gender  # "Jean et Anne": no one person's gender, were it Anne's
        person = self.registry.person(who.name)
        learned = self.learned.get(who.name)
        return (person.gender if person else None) or learned

    def following(self, pos: int, para: int, *, person: bool = False) -> Resolved | None:
        """The first person named as a speaker or subject after ``pos`` in the same
        paragraph, when the words before are a person's, within the two sentences after the
        quote's own (« « … » Sa voix tremble. Paul Roux a perdu … »), not one named further on
        (« « … » Le pont a cédé. La route est coupée. Les secours arrivent. Paul Roux … »)."""
        text = text_of(self.registry.doc)
        own = text[pos - 1 : pos] in ".!?…"  # the quote's own stop ends its sentence
        ends = [m.start() for m in islice(SENTENCE_END.finditer(text, pos), 3)]
        bound = ends[2 - own] if len(ends) > 2 - own else len(text)
        after = (e for e in self.entries
                 if pos < e.pos < bound and e.para == para and e.who.name)
        first = next((e.who for e in after if e.who.kind == "person"), None)
        return first if first is None or first.number == "s" or not person else None

    def previous(
        self, pos: int, para: int, *, person: bool = False
    ) -> tuple[Resolved | None, str | None]:
        """The nearest speaker or subject in the same or the previous paragraph (a person's,
        when the words are a person's; a group's once it spoke: ``heard``), and a note on the
        carry. It ended (``CARRY_ENDED``) at a speaker a cue named since that no entry holds
        (unnamed, or no person nor body) who cannot be that one (``another``): words after
        « …, a déploré la directrice d'une agence. » are not the agency's, nor those of one
        named after them; unresolved beats another's words. The last such voice goes on
        speaking when it has a name of its own (« a raconté le centre de secours. « … » »),
        unless the words are a person's. From the paragraph before, a voice or a subject goes
        on only when no other person is a subject since, nor another voice spoke
        (``_across``: ``CARRY_ACROSS``), else not (``CARRY_NOT_ACROSS``): the paragraph's own
        speaker, else no one. In the same paragraph, a subject of the narration that follows
        another person's quote in the paragraph is the carry's, told by
        ``CARRY_PAST_SPEAKER``."""
        e = self._last(pos, para, person)
        if e is None:
            return None, None
        since = [v.who for v in self.unnamed if e.pos < v.pos < pos]
        if any(another(v, e.who) for v in since):
            return (since[-1] if since[-1].name is not None and not person else None), (
                Evidence.CARRY_ENDED)
        if e.para != para:
            return (e.who, Evidence.CARRY_ACROSS) if self._across(e, pos) else (
                None, Evidence.CARRY_NOT_ACROSS)
        # the quote before the subject, in its paragraph: not one of a paragraph before
        # (« « … », a affirmé Bernard Colin. ¶ Lucie Ferrand tient une épicerie. « … » »)
        spoke = last_spoke([x for x in self.entries if x.para == para and _end(x) <= e.pos],
                           e.pos, named=True)
        past = not e.spoke and spoke is not None and spoke.who.name != e.who.name
        return e.who, (Evidence.CARRY_PAST_SPEAKER if past else None)

    def _across(self, e: _Entry, pos: int) -> bool:
        """Does the voice of ``e``, in the paragraph before ``pos``, go on at ``pos``: since
        its words (past a subject ``carried`` gave them over, « Selon Anne Roy, le maire Paul
        Vidal « … ». ¶ « … » »: hers), no one of another name spoke, nor is another person
        the subject of a sentence (« « … », a dit Anne Roy. Le préfet Paul Vidal est arrivé
        ensuite. ¶ « … » »: not hers)? A body or a place the narration names only, no voice,
        does not end it (« La mairie n'a pas répondu. ¶ « … » »), nor does a group
        (« Les joueurs : « … » »)."""
        return not any(_end(e) < x.pos < pos and x.who.name and x.who.name != e.who.name
                       and (x.spoke or (x.who.number == "s" and x.who.kind != "organization"))
                       for x in self.entries)

    def _last(self, pos: int, para: int, person: bool) -> _Entry | None:
        return carried(self.entries, pos, lambda e: (
            e.pos < pos and para - e.para <= 1 and bool(e.who.name) and heard(self.first_spoke, e)
            # "je" is one person: "Les joueurs : « … Je veux … »" is not theirs, "un haut
            # fonctionnaire : « … Je parie … »" is his
            and (not person or (e.who.kind in ("person", "anonymous") and e.who.number == "s"))))


def heard_at(start: int, frame: Frame | None) -> int | None:
    """Where the speaker of words at ``start`` framed by ``frame`` is heard, for the carry of
    the quotes after: at the words, when their cue ends the paragraph before (« X a annoncé : ¶
    « A. » ¶ « B. » »: B goes on from A's paragraph, not from the colon's); None: at the cue's
    subject, as any cue."""
    return start if frame is not None and Evidence.COLON_PARAGRAPH in frame.evidence else None
