"""The cast of one article: the people and organisations it names, built once, then only read.

People are keyed by their full name, so a father and a daughter who share a surname stay two
people ("Jean-Marie Le Pen", "Marine Le Pen"); a bare or titled surname ("Le Pen", "Mme Le
Pen") is tied to one of them by its title's gender and by the nearest full mention
(``casting``). Each person has the fullest form of their name, every role the text gives them
with its offsets (apposed or preposed), and a gender from a title (Mme, M.), a gendered role
noun ("la présidente"), the agreement of a participle or adjective they are the subject of
("s'est dite ravie"), or a first name in lexicon/first_names.tsv. Organisations are kept by
head noun (``orgs``). The model is frozen: the rules read it, none changes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from quotes.attribute import bodies, companies, groups, kin_ties, orgs, role_words
from quotes.attribute.casting import Draft, Role, cast_people
from quotes.attribute.descriptions import clause_apart, complement
from quotes.attribute.functions import fuller_role
from quotes.attribute.names import Name, is_titled, named_by, parse
from quotes.attribute.offices import (
    fit,
    office,
    other_nation,
    other_office,
    other_posts,
    seat_fit,
    state_title,
)
from quotes.attribute.outlets import outlet
from quotes.attribute.portfolios import portfolio_body
from quotes.attribute.role_words import acronym_match, heads, stems
from quotes.attribute.roles import noun_gender, written_genders
from quotes.attribute.titled_gender import of_gender
from quotes.lexicon import fold
from quotes.lexicon.grammar import ROLE_VERB_STEMS
from quotes.lexicon.roles import is_role_noun
from quotes.model import Span as Place
from quotes.nlp.doc import text_of
from quotes.settings import DEFAULT, Settings

_STOPS = re.compile(r"[.!?\n]")
_OBJECTS = ("obj", "iobj", "obl", "obl:arg")  # the other side of a verb from its subject
_ARTICLE = re.compile(r"^(?:le|la|les|un|une|l'|l’) ?")  # folded, before an apposed phrase


@dataclass(frozen=True, eq=False)  # one person is one object: compared and hashed by identity
class Person:
    """One person of the cast."""

    name: str
    parts: Name
    roles: tuple[Role, ...] = ()
    gender: str | None = None  # "f" | "m"
    first_seen: int = 0
    mentions: int = 0
    aliases: tuple[Name, ...] = ()  # "Mowgli" for "Marc Dubreuil, alias Mowgli"
    # what each mention said of the gender, when they disagree (« la ministre X », « X s'est
    # dit prêt »): weighed with the pronouns once the speakers are known (``weighed``)
    disputed: tuple[str, ...] = ()

    def role_texts(self) -> list[str]:
        return [r[0] for r in self.roles]


class Registry:
    """The cast of one article."""

    def __init__(
        self,
        doc: Doc,
        outside: Callable[[int], bool] = lambda _: True,
        settings: Settings = DEFAULT,
    ) -> None:
        self.doc = doc
        self.settings = settings
        self.outside = outside  # is an offset outside quotation marks
        cast = cast_people(doc, outside, settings)
        frozen = {d: _frozen(d) for d in cast.people}
        self.people: tuple[Person, ...] = tuple(frozen.values())
        # (offset, person), in text order
        self.mentions = tuple((pos, frozen[d]) for pos, d in cast.mentions)
        self.at = {pos: frozen[d] for pos, d in cast.at.items()}  # a name's start -> its person
        self.ends = dict(cast.ends)  # a name's start offset -> its end
        # folded head noun -> (offset, phrase)s
        self.orgs = orgs.org_names(doc, outside, settings.body_name_reach_words)
        self._offsets = [pos for pos, _ in self.mentions]  # for bisecting ``mentions``

    def person(self, text: str, at: int | None = None) -> Person | None:
        """The person a name names: the one the cast tied to the name at offset ``at``, else
        the one whose name agrees (a unique surname, or the full name)."""
        if at is not None and at in self.at:
            return self.at[at]
        name = parse(text)
        if name is None:
            return None
        exact = [p for p in self.people
                 if p.parts.key == name.key or any(a.key == name.key for a in p.aliases)]
        if exact:
            return exact[0]
        candidates = named_by(name, self.people, titled=is_titled(text))
        if len(candidates) > 1 and at is not None:
            before = [(pos, p) for pos, p in self.mentions if pos < at and p in candidates]
            if before:
                return max(before, key=lambda m: m[0])[1]
        return max(candidates, key=lambda p: p.mentions) if candidates else None

    @cached_property
    def relations(self) -> tuple[tuple[Person, str, Person], ...]:
        """(relative, relation, whose) for each relative named beside a kin word
        (``kin_ties.relations``)."""
        return kin_ties.relations(self)

    @cached_property
    def kin_given(self) -> frozenset[str]:
        """The names given a kin word beside them, whoever's (``kin_ties.kin_given``)."""
        return kin_ties.kin_given(self)

    @cached_property
    def outlets(self) -> frozenset[str]:
        """The names of the cast the article gives as a news outlet's (``outlets.outlet``:
        « interrogée par L'Indépendant »)."""
        text = text_of(self.doc)
        return frozenset(p.name for p in self.people if outlet(text, p.name))

    @cached_property
    def groups(self) -> tuple[groups.Group, ...]:
        """The groups the article names by a plural description and their names (``groups``)."""
        return groups.groups(self.doc, self.mentions, self.ends, self.outside)

    def org_name(self, head: Token, offset: int) -> str | None:
        """Fullest name of an organisation (see ``orgs.org_name``)."""
        return orgs.org_name(self.orgs, head, offset, self.settings.body_name_reach_words)

    def _between(self, lo: int, hi: int) -> tuple[tuple[int, Person], ...]:
        """Mentions at offsets lo <= pos < hi, in text order."""
        return self.mentions[bisect_left(self._offsets, lo) : bisect_left(self._offsets, hi)]

    @cached_property
    def companies(self) -> tuple[companies.Company, ...]:
        """The companies the article names, by their whole run (``companies``)."""
        return companies.companies(self.doc, self.outside)

    def alias_of(self, phrase: str) -> str | None:
        """The body a text named under another name or portfolio (``orgs``, ``portfolios``)."""
        return orgs.alias_of(self.orgs, phrase) or portfolio_body(self.orgs, phrase)

    @cached_property
    def named_bodies(self) -> bodies.Named:
        """The bodies the article names by kind and name, and their acronyms (``bodies``)."""
        return bodies.bodies(self.doc, self.outside, self.settings.body_name_reach_words)

    def body_named(self, span: Span) -> str | None:
        """The full name of the body an acronym (« le CHMV ») or a definite noun of its kind
        (« l'hôpital ») stands for (``bodies``)."""
        named = self.named_bodies
        return bodies.acronym_name(named, span) or bodies.body_of(named, span)

    def people_before(self, offset: int) -> list[Person]:
        """People mentioned before ``offset``, nearest first."""
        before = reversed(self._between(0, offset))
        return list(dict.fromkeys(person for _, person in before))

    def mentions_after(self, offset: int, limit: int) -> tuple[tuple[int, Person], ...]:
        """Mentions after ``offset``, up to ``limit`` characters on, in text order."""
        return self._between(offset + 1, offset + limit + 1)

    def people_after(self, offset: int, limit: int) -> list[Person]:
        """People mentioned after ``offset``, up to ``limit`` characters on, nearest first."""
        return list(dict.fromkeys(person for _, person in self.mentions_after(offset, limit)))

    def people_between(self, lo: int, hi: int) -> set[Person]:
        """People mentioned at offsets lo <= pos < hi."""
        return {person for _, person in self._between(lo, hi)}

    def named_with(self, words: str, before: int) -> Person | None:
        """The person the article named right beside these words before ``before``: "Le
        milieu lyonnais Théo Garnier …" makes "le milieu lyonnais" Théo Garnier later on; « le
        ministre » is not « le Premier ministre X » (``other_office``)."""
        text = text_of(self.doc)
        key = fold(words).strip()
        if not key:
            return None
        for pos, person in reversed(self._between(0, before)):
            lead = fold(text[max(0, pos - len(key) - 2) : pos]).rstrip(" ,")
            end = self.ends.get(pos, pos)
            tail = _ARTICLE.sub("", fold(text[end : end + len(key) + 8]).lstrip(" ,"))
            if (lead.endswith(key) or (tail.startswith(key) and not self._clause_apart(pos))) and (
                    not other_office(words, person.role_texts())):
                return person
        return None

    def _clause_apart(self, pos: int) -> bool:
        span = self.doc.char_span(pos, self.ends.get(pos, pos), alignment_mode="expand")
        return span is not None and len(span) > 0 and clause_apart(span)

    def complements(self, lo: int, hi: int) -> set[Person]:
        """People named between lo and hi as the complement of a noun before them ("l'avocate
        de la boulangère Anne Petit": Anne Petit), who are not the one the words describe."""
        out: set[Person] = set()
        within = self.doc.char_span(lo, hi, alignment_mode="expand")
        if not within:
            return out
        for pos, person in self._between(lo, hi):
            span = self.doc.char_span(pos, self.ends.get(pos, pos), alignment_mode="expand")
            if span is not None and len(span) and complement(span, within.start):
                out.add(person)
        return out

    def met(self, description: str, before: int) -> set[Person]:
        """People named, before ``before``, on one side of a verb whose other side is a noun
        phrase headed by the description's role noun: neither "le maire" of "Paul Morel a vu
        le maire" or "Le maire a reçu Léa Caron" is that person; "Paul Roux a été élu maire"
        (a verb that gives a role, ``ROLE_VERB_STEMS``) says nothing."""
        own, out = heads(description), set()
        for tok in self.doc:
            if tok.idx >= before:
                break
            gives = fold(tok.head.text).startswith(ROLE_VERB_STEMS)
            if gives or not (own and is_role_noun(tok.text) and heads(tok.text) & own
                             and self.outside(tok.idx)
                             and any(c.dep_ in ("det", "case") for c in tok.children)):
                continue
            verb = tok.head
            wanted = ("nsubj",) if tok.dep_ in _OBJECTS else _OBJECTS if tok.dep_ == "nsubj" else ()
            sides = [c for c in verb.children if c.dep_ in wanted]
            if verb.dep_ == "acl:relcl" and any(c.lower_ == "qui" for c in sides):
                sides = [verb.head]  # "Paul Morel, qui a rencontré le maire, …"
            text = text_of(self.doc)  # one sentence, whatever the parse joined across a stop
            out |= {
                self.at[c.idx] for c in sides
                if c.idx in self.at
                and not _STOPS.search(text, min(c.idx, tok.idx), max(c.idx, tok.idx))
            }
        return out

    def people_beside(self, sentence: tuple[int, int], mention: tuple[int, int]) -> set[Person]:
        """People the sentence names apart from ``mention``: not inside it, nor apposed to it
        ("La porte-parole, Oana Lungescu, …", "Oana Lungescu, la porte-parole, …")."""
        text = text_of(self.doc)
        m_lo, m_hi = mention
        s_lo, s_hi = _participants(self.doc, mention)
        out = set()
        for pos, person in self._between(*sentence):
            end = self.ends.get(pos, pos)
            apposed = (
                (pos >= m_hi and not text[m_hi:pos].strip(" ,"))
                or (end <= m_lo and not text[end:m_lo].strip(" ,"))
            )
            if not apposed and not m_lo <= pos < m_hi and not s_lo <= pos < s_hi:
                out.add(person)
        return out

    def match_description(
        self, role: str, offset: int, others: set[Person] | frozenset[Person] = frozenset(),
        gender: str | None = None,
    ) -> Person | None:
        """The person whose roles share the description's words other than the role noun
        itself (whole, ``role_words.shared_words``), ``others`` aside; ``gender``: what the
        description's determiner shows (« le ministre » is not the one the article writes « la
        ministre de la Santé »).

        "le chef de la diplomatie polonaise" -> the person described as "ministre polonais".
        """
        own_stems, own_heads = stems(role), heads(role)
        best, best_score = None, 0
        before = self.people_before(offset)
        lone = self._lone_holder(own_heads)
        for rank, person in enumerate(
            before + self.people_after(offset, self.settings.description_lookahead_chars)
        ):
            score = -rank
            if person in others or self._gender_conflict(role, person) or other_posts(
                    role, person.role_texts()) or other_office(role, person.role_texts()) or (
                    gender and written_genders(text_of(self.doc), person.roles) - {gender}):
                continue
            if rank >= len(before) and self._introduced_after(person, offset, before):
                continue
            for r in person.role_texts():
                shared = role_words.shared_words(role, r) + acronym_match(role, r)
                # « le procureur de la République » is the « procureur de Vernac », when the
                # article names no other « procureur »: a title every holder bears names no
                # place that could say otherwise, nor which of two
                conflict = own_stems and stems(r) and not shared and not (
                    lone and (state_title(role) or state_title(r)))
                score += shared * 10 + len(own_heads & heads(r)) * 3 - (5 if conflict else 0)
            if score > best_score:
                best, best_score = person, score
        return best

    def _lone_holder(self, own_heads: set[str]) -> bool:
        """Does one person only of the article hold a role of the description's head noun
        (one « procureur », whatever their place)?"""
        return sum(1 for p in self.people if any(
            own_heads & heads(r) for r in p.role_texts())) == 1

    def _introduced_after(self, person: Person, offset: int, before: list[Person]) -> bool:
        """Is the person first named in a sentence after ``offset``'s, while someone of their
        gender was named before it? "« … », a dit le sénateur. Son voisin, le sénateur Paul
        Roux, …" brings Paul Roux in as someone new: the description meant one before."""
        text = text_of(self.doc)
        return (
            person.first_seen > offset
            and _STOPS.search(text, offset, person.first_seen) is not None
            and any(p.gender in (None, person.gender) for p in before)
        )

    def office_holder(
        self, description: str, offset: int, others: set[Person], gender: str | None,
        *, seated: bool = False,
    ) -> Person | None:
        """The person whose roles hold the office a periphrasis names ("le chef de la
        diplomatie": the one given as "ministre des Affaires étrangères"), ``others``, the
        other gender and another country (``offices.other_nation``) aside; the best fit
        (``offices.fit``), then the nearest before ``offset``, then the first after it.
        ``seated``: the office of a seat's occupant, with its country (``occupied``): one given
        it in that country (``seat_fit`` 2) first; one given it with no country only at a home
        seat and when no one else of the article of the description's gender may hold it (two
        bare « Premier ministre »: no one; « la locataire de Matignon »: the Première ministre
        beside a Premier ministre)."""
        wanted = office(description)
        if wanted is None:
            return None
        noun = next((w for w in description.split() if is_role_noun(w)), "")
        best, best_key = None, (0, 0)
        bare = 0  # seated: those given the office with no country, whoever they are
        for rank, person in enumerate(
            self.people_before(offset)
            + self.people_after(offset, self.settings.description_lookahead_chars)
        ):
            if not of_gender(gender, person, noun):
                continue
            if seated:
                fits = [f for r in person.role_texts()
                        if (f := seat_fit(description, r)) is not None]
                score = 0 if 0 in fits and 2 not in fits else max(fits, default=0)
                bare += score == 1  # of the description's gender (« la locataire de Matignon »)
            if person in others or other_nation(description, person.role_texts()):
                continue
            if not seated:
                score = max(
                    (fit(wanted, office(r, role=True)) for r in person.role_texts()), default=0
                )
            if score and (score, -rank) > best_key:
                best, best_key = person, (score, -rank)
        return None if seated and best_key[0] == 1 and bare > 1 else best

    def _gender_conflict(self, role: str, person: Person) -> bool:
        """Does the description's role noun show the other gender ("la présidente", a man)?"""
        head = next((w for w in role.split() if is_role_noun(w)), None)
        gender = noun_gender(head) if head is not None else None
        return gender is not None and person.gender is not None and gender != person.gender


def _frozen(draft: Draft) -> Person:
    return Person(draft.name, draft.parts, _roles(draft), draft.gender,
                  draft.first_seen, draft.mentions, tuple(draft.aliases),
                  tuple(draft.votes) if len(draft.shown) > 1 else ())


def _roles(draft: Draft) -> tuple[Role, ...]:
    """The person's roles: those given to the name, and a post of theirs (« son poste de
    ministre de la Justice ») only when none is, or as the fuller form of a bare role noun
    one is (« le ministre Roy »: ``fuller_role``)."""
    if not draft.roles:
        return tuple(draft.held)
    fuller = [h for h in draft.held if h not in draft.roles and any(
        r[0] != h[0] and fuller_role(r[0], (Place(h[1], h[2], h[0]),), r[1]) == h[0]
        for r in draft.roles)]
    return tuple(sorted([*draft.roles, *fuller], key=lambda r: r[1]))


def _participants(doc: Doc, mention: tuple[int, int]) -> tuple[int, int]:
    """Where the subject is of the clause that an absolute participle clause opened by the
    mention follows ("|X et Y| se sont affrontés, le président exigeant que …": the one
    described is one of X and Y, not someone else); an empty range otherwise."""
    span = doc.char_span(*mention, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].text != ",":
        return 0, 0
    noun = span.root
    participle = span.end < len(doc) and doc[span.end].dep_ == "acl" and (
        doc[span.end].head == noun and "Part" in doc[span.end].morph.get("VerbForm", [])
    )
    verb = noun.head
    if not participle or noun.pos_ != "NOUN" or not noun.dep_.startswith("obl") or verb == noun:
        return 0, 0
    subject = next(
        (c for c in verb.children if c.dep_.startswith("nsubj") and c.i < span.start), None
    )
    if subject is None:
        return 0, 0
    last = doc[subject.right_edge.i]
    return doc[subject.left_edge.i].idx, last.idx + len(last.text)
