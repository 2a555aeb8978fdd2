"""From the words naming a speaker to a canonical speaker, role and kind.

``classify`` reads one mention on its own: a name (completed from the registry), an
organisation, an anonymous source, a description, or a pronoun. ``Timeline`` resolves what a
mention cannot say alone: pronouns go to the nearest earlier person or organisation that agrees
in number and gender (a narrator-level subject or an earlier speaker), descriptions to the
person whose roles share their words, and quotes without a cue to the speaker just before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from quotes.attribute.cast import Person, Registry, Role, other_role, without_article
from quotes.attribute.roles import gender_of, role_phrase
from quotes.lexicon import fold, folded, is_org_noun, is_role_noun, strip_title, words
from quotes.lexicon.grammar import (
    ARTICLES_POSSESSIVES,
    DE_CONTRACTED,
    FIRST_PERSON,
    KIN_OWNERS,
    NAME_PARTICLES,
    ONE,
    ONE_OF,
    PRONOUNS,
    SOURCE_NOUNS,
)
from quotes.model import Resolution, SpeakerKind
from quotes.nlp.doc import entities, text_of
from quotes.settings import DEFAULT, Settings


@dataclass(frozen=True)
class Resolved:
    name: str | None
    role: str | None
    kind: SpeakerKind
    resolution: Resolution
    number: str = "s"
    gender: str | None = None
    roles: tuple[Role, ...] = ()  # every role the article gives this speaker


def _of(person: Person, r: Resolved) -> Resolved:
    """``r`` completed from the cast: the person's name, gender and roles."""
    return replace(
        r, name=person.name, gender=r.gender or person.gender, roles=tuple(person.roles)
    )


UNKNOWN = Resolved(None, None, "unknown", "unresolved")


def _char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand") if start < end else None


def _without_determiner(text: str) -> str:
    """ "l'armée de l'air" -> "armée de l'air", "la Pologne" -> "Pologne"."""
    bare = without_article(text)
    if bare != text:
        return bare
    parts = text.split(maxsplit=1)
    if len(parts) == 2 and fold(parts[0]) in ARTICLES_POSSESSIVES:
        return parts[1]
    return text


def classify(doc: Doc, start: int, end: int, registry: Registry) -> Resolved:
    """Speaker for the words ``text[start:end]`` alone (pronouns and descriptions left open)."""
    start = _drop_lead(doc, start, end)
    span = _char_span(doc, start, end)
    text = text_of(doc)[start:end].strip()
    if span is None or not text:
        return UNKNOWN
    low = fold(text)
    if low in PRONOUNS:
        gender, number = PRONOUNS[low]
        return Resolved(None, None, "unknown", "pronoun", number, gender)
    first = span[0]
    tokens = [t for t in span if not t.is_punct]
    names = [
        e
        for e in entities(doc)
        if e.label_ == "PER" and start <= e.start_char and e.end_char <= end
    ]
    titled = first.text in words("titles") and len(span) > 1
    if (
        not names
        and len(tokens) >= 2
        and all(t.pos_ == "PROPN" and t.is_title for t in tokens)
        and not any(t.ent_type_ in ("ORG", "LOC") for t in tokens)
    ):
        names = [span]  # a full name the recogniser missed: "Rishi Sunak"
    if not names and (tail := _name_at_end(span, registry)) is not None:
        names = [tail]  # "la présidente du parti Marine Le Pen", the name not recognised
    anonymous = (
        first.lower_ in words("anonymous")
        or any(low.startswith(fold(w) + " ") for w in words("anonymous"))
        or any(t.lower_ in SOURCE_NOUNS for t in span)
    )
    if anonymous and not names:
        number = "s" if first.lower_ in ONE else "p"
        if low.startswith(ONE_OF):
            number = "s"
        return Resolved(
            text, role_phrase(doc, span.start + 1, span.end), "anonymous", "explicit", number
        )
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    # "l'avocate d'Amélie K.": the name is the complement, the speaker is the described one
    described = (
        head is not None
        and is_role_noun(head.text)
        and bool(names)
        and names[0].start > 0
        and doc[names[0].start - 1].lower_ in DE_CONTRACTED
    )
    if (names or titled) and not described:
        return _person(doc, start, end, span, names[0] if names else None, registry)
    if head is None:
        return Resolved(_without_determiner(text), None, "unknown", "explicit")
    alone = len(tokens) == 1 and head.pos_ == "PROPN"
    if alone and registry.person(head.text, at=head.idx) is not None:
        return _person(doc, start, end, span, span, registry)  # "Depardieu" alone
    plural = "p" if "Plur" in head.morph.get("Number", []) else "s"
    gender = gender_of(head)
    if fold(head.text) in folded("kin_nouns") and first.lower_ in KIN_OWNERS:
        owner = registry.people_before(start)
        if owner:  # "ses trois enfants" -> "enfants d'Alain Delon"
            link = "d’" if fold(owner[0].name)[:1] in "aeiouyh" else "de "
            return Resolved(
                f"{head.text} {link}{owner[0].name}", None, "person", "explicit", plural, gender
            )
    if is_role_noun(head.text):
        role = role_phrase(doc, span.start, span.end) or _without_determiner(text)
        if plural == "p":
            return Resolved(_without_determiner(text), None, "person", "explicit", "p", gender)
        return Resolved(None, role, "person", "description", "s", gender)
    if (
        is_org_noun(head.text)
        or head.ent_type_ in ("ORG", "LOC", "MISC")
        or (head.pos_ == "PROPN" and head.ent_type_ != "PER")
    ):
        ent = next(
            (
                e
                for e in entities(doc)
                if e.start <= head.i < e.end and e.label_ != "PER" and e.start_char >= start
            ),
            None,
        )
        # a title that starts with its article keeps it mid-sentence: "…, note La Croix."
        titled_name = (
            ent is not None
            and ent.start_char == start
            and ent.label_ in ("ORG", "MISC")
            and ent.text[:1].isupper()
            and not (
                ent.start == 0 or doc[ent.start - 1].is_sent_end or doc[ent.start - 1].text in ".\n"
            )
        )
        named = ent.text if titled_name and ent is not None else None
        name = (
            registry.org_name(head, start)
            or named
            or _without_determiner(ent.text if ent is not None else text)
        )
        return Resolved(name, None, "organization", "explicit", plural, gender)
    return Resolved(_without_determiner(text), None, "unknown", "explicit", plural, gender)


def _name_at_end(span: Span, registry: Registry) -> Span | None:
    """The run of capitalised words that ends a description, when it is a name the article
    gives elsewhere: "la présidente du parti Marine Le Pen" -> "Marine Le Pen"."""
    doc = span.doc
    j = span.end
    while j > span.start and (doc[j - 1].is_title or fold(doc[j - 1].text) in NAME_PARTICLES):
        j -= 1
    while j < span.end and fold(doc[j].text) in NAME_PARTICLES and not doc[j].is_title:
        j += 1
    run = doc[j : span.end]
    described = any(is_role_noun(t.text) for t in span[: j - span.start])
    if j == span.start or len(run) < 2 or not described:
        return None
    return run if registry.person(run.text) is not None else None


def _drop_lead(doc: Doc, start: int, end: int) -> int:
    """Skip leading adverbial segments: "Avec les mots de Jésus …, le prêtre augustinien"."""
    span = _char_span(doc, start, end)
    if span is None:
        return start
    commas = [t for t in span if t.text == ","]
    for comma in commas:
        lead = doc[span.start : comma.i]
        led = lead and (
            lead[0].pos_ in ("ADP", "ADV") or "Part" in lead[0].morph.get("VerbForm", [])
        )
        if led and comma.i + 1 < span.end:
            start = doc[comma.i + 1].idx
        else:
            break
    return start


def _person(
    doc: Doc, start: int, end: int, span: Span, name: Span | None, registry: Registry
) -> Resolved:
    name_text = name.text if name is not None else " ".join(t.text for t in span[1:])
    bare = " ".join(strip_title(name_text.split()))
    person = registry.person(name_text, at=name.start_char if name is not None else None)
    canonical = person.name if person else bare
    role = _role_in_mention(doc, start, end, name)
    if role is None and person and person.roles:
        role = person.roles[0][0]
    how: Resolution = "explicit" if fold(canonical) == fold(bare) else "title"
    if person is None:
        return Resolved(canonical, role, "person", how, "s")
    return _of(person, Resolved(canonical, role, "person", how, "s"))


def _role_in_mention(doc: Doc, start: int, end: int, name: Span | None) -> str | None:
    if name is None:
        return None
    before = _char_span(doc, start, name.start_char)
    after = _char_span(doc, name.end_char, end)
    for part in (after, before):
        if part is None or not len(part):
            continue
        # the segment next to the name first: "le chef du Comité, l'amiral néerlandais Rob Bauer"
        commas = [t.i for t in part if t.text == ","]
        segments = [(part.start, part.end)]
        if commas and part is before:
            segments = [(commas[-1] + 1, part.end), (part.start, commas[-1])]
        elif commas:
            segments = [(part.start, commas[-1] if commas[0] > part.start else part.end)]
        for lo, hi in segments:
            role = role_phrase(doc, lo, hi)
            if role:
                return role
    return None


@dataclass(frozen=True)
class _Entry:
    pos: int
    who: Resolved
    para: int


class Timeline:
    """People and organisations in text order, for resolving what a mention leaves open."""

    def __init__(self, registry: Registry, settings: Settings = DEFAULT) -> None:
        self.registry = registry
        self.settings = settings
        self.learned: dict[str, str] = {}  # genders pronouns taught: the cast stays as built
        self.entries: list[_Entry] = []

    def add(self, pos: int, who: Resolved, para: int) -> None:
        if who.kind in ("person", "organization", "anonymous") and (who.name or who.role):
            self.entries.append(_Entry(pos, who, para))
            self.entries.sort(key=lambda e: e.pos)

    def resolve(
        self, r: Resolved, pos: int, *, person: bool = False
    ) -> tuple[Resolved, str | None]:
        """Fill in a pronoun or a description from the text around ``pos``; ``person``: the
        words are a person's ("je", "me", "mon"), so no body or place is their speaker."""
        if r.resolution == "pronoun":
            return self._pronoun(r, pos, person)
        if r.resolution == "description" and r.role:
            return self._description(r, pos)
        return r, None

    def _gender(self, who: Resolved) -> str | None:
        if who.gender or who.kind != "person" or not who.name:
            return who.gender
        person = self.registry.person(who.name)
        learned = self.learned.get(who.name)
        return (person.gender if person else None) or learned

    def _agrees(self, r: Resolved, who: Resolved, person: bool = False) -> bool:
        gender = self._gender(who)
        return (
            who.kind in (("person",) if person else ("person", "organization"))
            and who.name is not None
            and who.number == r.number
            and (r.gender is None or gender is None or gender == r.gender)
        )

    def _learn(self, who: Resolved, gender: str | None) -> None:
        """ "a-t-elle justifié" resolved to Anne Rasmussen: she is "elle" from now on."""
        if who.kind == "person" and who.name and gender is not None:
            self.learned.setdefault(who.name, gender)

    def _pronoun(self, r: Resolved, pos: int, person: bool) -> tuple[Resolved, str | None]:
        for e in reversed(self.entries):
            if (
                e.pos < pos
                and pos - e.pos <= self.settings.pronoun_lookback_chars
                and self._agrees(r, e.who, person)
            ):
                self._learn(e.who, r.gender)
                return _as(e.who, "pronoun", r.gender), "pronoun-to-antecedent"
        for e in self.entries:  # "« … », assure-t-il. … Philippe Diallo, évoque …"
            ahead = pos < e.pos <= pos + self.settings.pronoun_lookahead_chars
            if ahead and self._agrees(r, e.who, person):
                self._learn(e.who, r.gender)
                return _as(e.who, "pronoun", r.gender), "pronoun-to-next-name"
        return UNKNOWN, "pronoun-unresolved"

    def _description(self, r: Resolved, pos: int) -> tuple[Resolved, str | None]:
        assert r.role is not None
        person = self.registry.match_description(r.role, pos)
        if person is not None:
            return _of(person, r), "description-to-name"
        # no role says who: the person the article is about so far (most often a subject or a
        # speaker, then most often named), else the next one named; never one of the other
        # gender, nor one whose own roles say otherwise ("le ministre" is not "le président X")
        role = r.role

        def fits(p: Person) -> bool:
            return r.gender in (None, p.gender) or p.gender is None

        counts: dict[str, int] = {}
        for e in self.entries:
            singular_person = e.pos < pos and e.who.kind == "person" and e.who.number == "s"
            if (
                singular_person
                and e.who.name
                and (r.gender is None or self._gender(e.who) in (None, r.gender))
            ):
                counts[e.who.name] = counts.get(e.who.name, 0) + 1
        before = [
            p for p in self.registry.people_before(pos) if fits(p) and not other_role(role, p)
        ]
        named = {p.name: p for p in before}
        if counts or named:
            recency = {name: -n for n, name in enumerate(named)}
            name = max(
                set(counts) | set(named),
                key=lambda n: (counts.get(n, 0), named[n].mentions if n in named else 0,
                               recency.get(n, -len(named))),
            )
            done = _of(named[name], r) if name in named else replace(r, name=name)
            return done, "description-to-main-person"
        ahead = [
            p
            for p in self.registry.people_after(pos, self.settings.description_lookahead_chars)
            if fits(p) and not other_role(role, p)
        ]
        if ahead:
            return _of(ahead[0], r), "description-to-next-name"
        return replace(r, resolution="unresolved"), "description-unresolved"

    def previous(self, pos: int, para: int, *, person: bool = False) -> Resolved | None:
        """The nearest speaker or subject in the same or the previous paragraph (a person's,
        when the words are a person's)."""
        for e in reversed(self.entries):
            if e.pos < pos and para - e.para <= 1 and e.who.name:
                if person and e.who.kind != "person":
                    continue
                return e.who
        return None


def first_person(doc: Doc, start: int, end: int) -> bool:
    """Do the words ``[start, end)`` speak as one person: "je", "me", "moi", "mon"…?"""
    span = _char_span(doc, start, end)
    return span is not None and any(t.lower_ in FIRST_PERSON for t in span)


def _as(who: Resolved, how: Resolution, gender: str | None) -> Resolved:
    return replace(who, resolution=how, gender=who.gender or gender)
