"""The cast of one article: the people and organisations it names, built once, read by the rules.

People are keyed by their full name, so a father and a daughter who share a surname stay two
people ("Jean-Marie Le Pen", "Marine Le Pen"); a bare or titled surname ("Le Pen", "Mme Le
Pen") is tied to one of them by its title's gender and by the nearest full mention. Each person
has the fullest form of their name, every role the text gives them with its offsets (apposed or
preposed), and a gender from a title (Mme, M.), a gendered role noun ("la présidente"), the
agreement of a participle or adjective they are the subject of ("s'est dite ravie"), or a
first name in lexicon/first_names.tsv. Names inside quotation marks are speech and left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from quotes.attribute.names import (
    Name,
    apposed,
    first_name_gender,
    fuller,
    parse,
    same_person,
)
from quotes.attribute.roles import (
    acronym_match,
    heads,
    noun_gender,
    role_gender,
    role_near,
    stems,
)
from quotes.lexicon import fold, folded, is_org_noun, is_role_noun, singular, table, titles
from quotes.lexicon.grammar import (
    ELIDED_ARTICLE,
    FEMALE_TITLES,
    MALE_TITLES,
    NAME_LINKS,
    NAME_PARTICLES,
    PASSIVE_AUX,
)
from quotes.nlp.doc import entities, text_of
from quotes.settings import DEFAULT, Settings

Role = tuple[str, int, int]  # text, start, end in the article
_ARTICLE = re.compile(r"^(?:le|la|les|un|une|l'|l’) ?")  # folded, before an apposed phrase


@dataclass(eq=False)  # one person is one object: compared and hashed by identity
class Person:
    """One person of the cast (filled while the cast is built, read-only afterwards)."""

    name: str
    parts: Name
    roles: list[Role] = field(default_factory=list)
    gender: str | None = None  # "f" | "m"
    first_seen: int = 0
    mentions: int = 0

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
        self.people: list[Person] = []
        self.mentions: list[tuple[int, Person]] = []  # (offset, person), in text order
        self.at: dict[int, Person] = {}  # a name's start offset -> its person
        self.ends: dict[int, int] = {}  # a name's start offset -> its end
        self.orgs: dict[str, str] = {}  # folded head noun -> fullest name
        names = [
            (ent, name)
            for ent in map(_with_first_name, entities(doc))
            if ent.label_ == "PER" and outside(ent.start_char)
            and not any(c.isdigit() for c in ent.text)
            # "Regardant les fidèles", "Généticienne et microbiologiste, X": not names
            and not (len(ent) == 1 and (ent[0].pos_ in ("VERB", "AUX") or is_role_noun(ent.text)))
            and (name := parse(ent.text)) is not None
        ]
        full = [(e, n) for e, n in names if n.first and not n.initialled]
        for ent, name in full:  # full names first: each is one person
            self._mention(ent, self._full(name, ent.start_char))
        for ent, name in names:  # then bare, titled or initialled surnames
            if not (name.first and not name.initialled):
                self._mention(ent, self._partial(ent, name))
        self.mentions.sort(key=lambda m: m[0])
        for i in range(len(self.mentions) - 1):  # read again: a merge rewrites the list
            (a, one), (b, other) = self.mentions[i], self.mentions[i + 1]
            if one is not other and apposed(doc, (a, self.ends[a]), (b, self.ends[b])):
                self._merge(other, into=one)  # "Léon XIV, l'Américain Robert Prévost,"
        self._offsets = [pos for pos, _ in self.mentions]  # for bisecting ``mentions``
        for person in self.people:
            if person.gender is None:
                # "Gérard, un commerçant": someone the article names by a first name only
                alone = person.parts.first is None and " " not in person.name
                person.gender = first_name_gender(person.name if alone else person.parts.first)
        for tok in doc:
            if is_org_noun(tok.text) and tok.pos_ in ("NOUN", "PROPN") and outside(tok.idx):
                name_text = org_phrase(tok)
                key = singular(tok.text)
                if len(name_text) > len(self.orgs.get(key, "")):
                    self.orgs[key] = name_text

    # ------------------------------------------------------------------ building

    def _full(self, name: Name, offset: int) -> Person:
        for person in self.people:
            if person.parts.first and same_person(name, person.parts):
                if fuller(name.text, person.name):
                    person.name, person.parts = name.text, name
                return person
        person = Person(name.text, name, first_seen=offset)
        self.people.append(person)
        return person

    def _partial(self, ent: Span, name: Name) -> Person:
        """The person a bare, titled or initialled surname (or a first name alone) names."""
        candidates = self._named_by(name)
        title = _title_gender(ent)
        if title is not None:
            agreeing = [p for p in candidates if p.gender in (None, title)]
            candidates = agreeing or candidates
        if len(candidates) > 1:
            # a bare surname names the one the article is about (named most often in full),
            # "son père Paul Belmondo" aside; between equals, the one named closest before
            last = {p: pos for pos, p in self.mentions if pos < ent.start_char}
            chosen = max(candidates, key=lambda p: (p.mentions, last.get(p, -1)))
            candidates = [chosen]
        if candidates:
            return candidates[0]
        person = Person(name.text, name, first_seen=ent.start_char)
        self.people.append(person)
        return person

    def _mention(self, ent: Span, person: Person) -> None:
        self.mentions.append((ent.start_char, person))
        self.at[ent.start_char] = person
        self.ends[ent.start_char] = ent.end_char
        person.mentions += 1
        role = role_near(ent, self.settings.role_window)
        if role and role[0] not in person.role_texts():
            person.roles.append(role)
        person.roles.sort(key=lambda r: r[1])
        if person.gender is None:
            person.gender = (
                _title_gender(ent)
                or (role_gender(self.doc, role) if role else None)
                or _agreement(ent)
            )

    def _merge(self, other: Person, *, into: Person) -> None:
        """Two names of one person: every mention of ``other`` is ``into``'s from now on."""
        self.mentions = [(pos, into if p is other else p) for pos, p in self.mentions]
        self.at = {pos: into if p is other else p for pos, p in self.at.items()}
        into.roles = sorted(into.roles + other.roles, key=lambda r: r[1])
        into.mentions += other.mentions
        into.gender = into.gender or other.gender
        self.people.remove(other)

    def _named_by(self, name: Name) -> list[Person]:
        """People a partial name can name: one surname, else one first name ("Isabelle")."""
        found = [p for p in self.people if same_person(name, p.parts)]
        if not found and name.first is None and " " not in name.surname:
            found = [p for p in self.people if p.parts.first_key == fold(name.surname)]
        return found

    # ------------------------------------------------------------------ reading

    def person(self, text: str, at: int | None = None) -> Person | None:
        """The person a name names: the one the cast tied to the name at offset ``at``, else
        the one whose name agrees (a unique surname, or the full name)."""
        if at is not None and at in self.at:
            return self.at[at]
        name = parse(text)
        if name is None:
            return None
        exact = [p for p in self.people if p.parts.key == name.key]
        if exact:
            return exact[0]
        candidates = self._named_by(name)
        if len(candidates) > 1 and at is not None:
            before = [(pos, p) for pos, p in self.mentions if pos < at and p in candidates]
            if before:
                return max(before, key=lambda m: m[0])[1]
        return max(candidates, key=lambda p: p.mentions) if candidates else None

    def org_name(self, head: Token, offset: int) -> str | None:
        """Fullest name of an organisation: the longest phrase with the same head noun, or,
        for a bare "l'institut", "l'alliance", the organisation named just before."""
        if head.pos_ == "PROPN" and not head.is_lower:  # "l'institut" tagged PROPN is a noun
            return None
        doc = self.doc
        if fold(head.text) in folded("anaphoric_org_nouns"):
            for ent in reversed(entities(doc)):  # "l'institut" -> the Insee named before
                if (
                    (ent.label_ == "ORG" or ent.text.isupper())
                    and ent.end_char <= offset
                    and ent.start != head.i
                ):
                    return without_article(ent.text)
        found = self.orgs.get(singular(head.text))
        return found if found and len(found) > len(head.text) else None

    def _between(self, lo: int, hi: int) -> list[tuple[int, Person]]:
        """Mentions at offsets lo <= pos < hi, in text order."""
        return self.mentions[bisect_left(self._offsets, lo) : bisect_left(self._offsets, hi)]

    def alias_of(self, phrase: str) -> str | None:
        """The body a text named before under another name: "le ministère public" after "le
        parquet de Nanterre" (lexicon/org_aliases.tsv)."""
        head = _aliases().get(fold(phrase))
        return self.orgs.get(singular(head)) if head else None

    def people_before(self, offset: int) -> list[Person]:
        """People mentioned before ``offset``, nearest first."""
        before = reversed(self._between(0, offset))
        return list(dict.fromkeys(person for _, person in before))

    def people_after(self, offset: int, limit: int) -> list[Person]:
        """People mentioned after ``offset``, up to ``limit`` characters on, nearest first."""
        after = self._between(offset + 1, offset + limit + 1)
        return list(dict.fromkeys(person for _, person in after))

    def people_between(self, lo: int, hi: int) -> set[Person]:
        """People mentioned at offsets lo <= pos < hi."""
        return {person for _, person in self._between(lo, hi)}

    def named_with(self, words: str, before: int) -> Person | None:
        """The person the article named right beside these words before ``before``: "Le
        milieu lyonnais Théo Garnier …" makes "le milieu lyonnais" Théo Garnier later on."""
        text = text_of(self.doc)
        key = fold(words).strip()
        if not key:
            return None
        for pos, person in reversed(self._between(0, before)):
            lead = fold(text[max(0, pos - len(key) - 2) : pos]).rstrip(" ,")
            end = self.ends.get(pos, pos)
            tail = _ARTICLE.sub("", fold(text[end : end + len(key) + 8]).lstrip(" ,"))
            if lead.endswith(key) or tail.startswith(key):
                return person
        return None

    def people_beside(self, sentence: tuple[int, int], mention: tuple[int, int]) -> set[Person]:
        """People the sentence names apart from ``mention``: not inside it, nor apposed to it
        ("La porte-parole, Oana Lungescu, …", "Oana Lungescu, la porte-parole, …")."""
        text = text_of(self.doc)
        m_lo, m_hi = mention
        out = set()
        for pos, person in self._between(*sentence):
            end = self.ends.get(pos, pos)
            apposed = (
                (pos >= m_hi and not text[m_hi:pos].strip(" ,"))
                or (end <= m_lo and not text[end:m_lo].strip(" ,"))
            )
            if not apposed and not m_lo <= pos < m_hi:
                out.add(person)
        return out

    def match_description(
        self, role: str, offset: int, others: set[Person] | frozenset[Person] = frozenset()
    ) -> Person | None:
        """The person whose roles share the description's words other than the role noun
        itself, ``others`` aside.

        "le chef de la diplomatie polonaise" -> the person described as "ministre polonais".
        """
        own_stems, own_heads = stems(role), heads(role)
        best, best_score = None, 0
        for rank, person in enumerate(
            self.people_before(offset)
            + self.people_after(offset, self.settings.description_lookahead_chars)
        ):
            score = -rank
            if person in others or self._gender_conflict(role, person):
                continue
            for r in person.role_texts():
                their_stems = stems(r)
                shared = len(own_stems & their_stems) + acronym_match(role, r)
                conflict = own_stems and their_stems and not shared
                score += shared * 10 + len(own_heads & heads(r)) * 3 - (5 if conflict else 0)
            if score > best_score:
                best, best_score = person, score
        return best

    def _gender_conflict(self, role: str, person: Person) -> bool:
        """Does the description's role noun show the other gender ("la présidente", a man)?"""
        head = next((w for w in role.split() if is_role_noun(w)), None)
        gender = noun_gender(head) if head is not None else None
        return gender is not None and person.gender is not None and gender != person.gender


def _with_first_name(ent: Span) -> Span:
    """A name the recogniser cut after its first name: "Marine | Le Pen" -> "Marine Le Pen";
    or ran into the title before it: "le |cardinal Farrell|" -> "Farrell"; a name after an
    honorific is a person's whatever the label: "Me Carine Dulac" (tagged MISC)."""
    doc = ent.doc
    if ent.label_ != "PER":
        honoured = len(ent) > 1 and ent[0].text in titles() and ent[1].is_title
        return Span(doc, ent.start, ent.end, label="PER") if honoured else ent
    k = ent.start
    while k < ent.end - 1 and doc[k].is_lower and fold(doc[k].text) not in NAME_PARTICLES:
        k += 1
    if k > ent.start:
        return Span(doc, k, ent.end, label="PER")
    if ent.start == 0:
        return ent
    before = doc[ent.start - 1]
    if before.is_title and not before.ent_type_ and first_name_gender(before.text):
        return Span(doc, ent.start - 1, ent.end, label="PER")
    return ent


@cache
def _aliases() -> dict[str, str]:
    """lexicon/org_aliases.tsv, folded once: every mention of every article asks it."""
    return {fold(alias): body for alias, body in table("org_aliases")}


def other_role(description: str, person: Person) -> bool:
    """Do the person's roles say something else than the description's role noun ("le
    ministre" and a person given only as "président")?"""
    own = heads(description)
    return bool(own) and bool(person.roles) and not any(own & heads(r) for r in person.role_texts())


def _title_gender(ent: Span) -> str | None:
    """Mme / M. right before the name (or as its first word)."""
    doc = ent.doc
    words = [doc[ent.start - 1].text] if ent.start > 0 else []
    words.append(doc[ent.start].text)
    if any(w in FEMALE_TITLES for w in words):
        return "f"
    if any(w in MALE_TITLES for w in words):
        return "m"
    return None


def _agreement(ent: Span) -> str | None:
    """The gender of a participle or adjective the name is the subject of, when it agrees:
    "Marine Le Pen s'est dite ravie", "X est arrivée" (with être, never with avoir)."""
    for tok in ent:
        if not tok.dep_.startswith("nsubj"):
            continue
        head = tok.head
        if head.pos_ not in ("VERB", "ADJ") or head.i < tok.i:
            continue
        with_etre = any(
            c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in PASSIVE_AUX for c in head.children
        ) or any(c.dep_ == "expl:comp" for c in head.children)
        gender = head.morph.get("Gender", [])
        agreeing = "Part" in head.morph.get("VerbForm", []) or head.pos_ == "ADJ"
        if with_etre and gender and agreeing:
            return "f" if gender[0] == "Fem" else "m"
    return None


def without_article(name: str) -> str:
    """"l'Otan" -> "Otan": the elided article only."""
    for det in ELIDED_ARTICLE:
        if name.startswith(det):
            return name[len(det) :]
    return name


def org_phrase(head: Token) -> str:
    """"tribunal judiciaire de Paris": the organisation noun and what names it on its right."""
    doc = head.doc
    end = head.i + 1
    j = end
    while j < len(doc) and j - head.i <= 6:
        t = doc[j]
        # "Seine-Maritime" comes cut in three by the tokenizer
        linked = doc[j - 1].lower_ in NAME_LINKS or doc[j - 1].text == "-"
        if t.pos_ in ("ADJ", "PROPN") or (t.pos_ == "NOUN" and linked):
            j += 1
            end = j
        elif (
            (t.lower_ in NAME_LINKS or (t.lower_ == "et" and end > head.i + 1))
            and j + 1 < len(doc)
            and (doc[j + 1].pos_ in ("NOUN", "PROPN", "DET") or doc[j + 1].lower_ in NAME_LINKS)
        ):
            j += 1  # "dirigeants de l'OTAN et du G7"
        else:
            break
    return text_of(doc)[head.idx : doc[end - 1].idx + len(doc[end - 1].text)]
