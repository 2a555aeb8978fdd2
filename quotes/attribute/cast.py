"""The people and organisations one article names, with their fullest names, roles and gender.

Forms of one name ("Jens Stoltenberg", "M. Stoltenberg", "Stoltenberg") share a surname key
and resolve to the fullest form; roles come from appositions ("Oana Lungescu, porte-parole
en chef de l'OTAN") and titles before the name ("le président américain Joe Biden").
Names inside quotation marks are speech, not the article's cast, and are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import fold, folded, is_org_noun, is_role_noun, singular, strip_title
from quotes.lexicon.grammar import (
    DE,
    DE_CONTRACTED,
    DETERMINERS,
    ELIDED_ARTICLE,
    FEMALE_TITLES,
    MALE_TITLES,
    NAME_LINKS,
)
from quotes.nlp.doc import entities, text_of
from quotes.settings import DEFAULT, Settings


def gender_of(tok: Token) -> str | None:
    """Gender of a noun: from its role-noun pair (présidente/président), else the parse."""
    w = fold(tok.text)
    roles = folded("role_nouns")
    if w in roles and w.endswith("e") and w[:-1] in roles:
        return "f"
    if w in roles and w + "e" in roles:
        return "m"
    g = tok.morph.get("Gender", [])
    return ("f" if g[0] == "Fem" else "m") if g else None


@dataclass
class Person:
    name: str
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    first_seen: int = 0


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
        self.people: dict[str, Person] = {}  # by folded surname
        self.mentions: list[tuple[int, str]] = []  # (offset, surname key), in text order
        self.orgs: dict[str, str] = {}  # folded head noun -> fullest name
        for ent in entities(doc):
            if (
                ent.label_ == "PER"
                and outside(ent.start_char)
                and not any(c.isdigit() for c in ent.text)
            ):
                self._add(ent)
        for tok in doc:
            if is_org_noun(tok.text) and tok.pos_ in ("NOUN", "PROPN") and outside(tok.idx):
                name = org_phrase(tok)
                key = singular(tok.text)
                if len(name) > len(self.orgs.get(key, "")):
                    self.orgs[key] = name

    def _add(self, ent: Span) -> None:
        tokens = strip_title(ent.text.split())
        if not tokens:
            return
        key = fold(tokens[-1].strip(".,"))
        name = " ".join(tokens)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name, first_seen=ent.start_char)
        elif _fuller(name, person.name):
            person.name = name
        role = role_near(ent, self.settings.role_window)
        if role and role not in person.roles:
            person.roles.append(role)
        if person.gender is None:
            person.gender = _gender_near(ent, role)
        self.mentions.append((ent.start_char, key))

    def person(self, text: str) -> Person | None:
        tokens = strip_title(text.split())
        return self.people.get(fold(tokens[-1].strip(".,"))) if tokens else None

    def org_name(self, head: Token, offset: int) -> str | None:
        """Fullest name of an organisation: the longest phrase with the same head noun, or,
        for a bare "l'institut", "l'alliance", the organisation named just before."""
        if head.pos_ == "PROPN":
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

    def people_before(self, offset: int) -> list[Person]:
        """People mentioned before ``offset``, nearest first."""
        seen: list[Person] = []
        for pos, key in reversed(self.mentions):
            if pos < offset and self.people[key] not in seen:
                seen.append(self.people[key])
        return seen

    def people_after(self, offset: int, limit: int) -> list[Person]:
        found = []
        for pos, key in self.mentions:
            if offset < pos <= offset + limit and self.people[key] not in found:
                found.append(self.people[key])
        return found

    def match_description(self, role: str, offset: int) -> Person | None:
        """The person whose roles share the description's words other than the role noun itself.

        "le chef de la diplomatie polonaise" -> the person described as "ministre polonais".
        """
        stems, heads = _stems(role), _heads(role)
        best, best_score = None, 0
        for rank, person in enumerate(
            self.people_before(offset)
            + self.people_after(offset, self.settings.description_lookahead_chars)
        ):
            score = -rank
            if self._gender_conflict(role, person):
                continue
            for r in person.roles:
                shared = len(stems & _stems(r)) + _acronym_match(role, r)
                conflict = stems and _stems(r) and not shared
                score += shared * 10 + len(heads & _heads(r)) * 3 - (5 if conflict else 0)
            if score > best_score:
                best, best_score = person, score
        return best

    def _gender_conflict(self, role: str, person: Person) -> bool:
        head = next((w for w in role.split() if is_role_noun(w)), None)
        if head is None or person.gender is None:
            return False
        w = fold(head)
        roles = folded("role_nouns")
        feminine = w.endswith("e") and w[:-1] in roles
        masculine = w + "e" in roles
        return (feminine and person.gender == "m") or (masculine and person.gender == "f")


def without_article(name: str) -> str:
    """ "l'Otan" -> "Otan": the elided article only."""
    for det in ELIDED_ARTICLE:
        if name.startswith(det):
            return name[len(det) :]
    return name


def _fuller(a: str, b: str) -> bool:
    """Is ``a`` a fuller form of the same name than ``b`` ("Jens Stoltenberg" vs "Stoltenberg")."""

    def score(s: str) -> tuple[int, int]:
        parts = s.split()
        return (sum(1 for p in parts if not p.endswith(".")), len(s))

    return score(a) > score(b)


def _stems(text: str) -> set[str]:
    """Content words of a role, role nouns and function words left out, cut to five letters."""
    out = set()
    for w in text.replace("’", " ").replace("'", " ").split():
        if len(w) > 2 and fold(w) not in NAME_LINKS and not is_role_noun(w):
            out.add(fold(w)[:5])
    return out


def _heads(text: str) -> set[str]:
    return {
        fold(w)[:5] for w in text.replace("’", " ").replace("'", " ").split() if is_role_noun(w)
    }


def _acronym_match(a: str, b: str) -> int:
    """ "président de la FFF" and "président de la Fédération française de football"."""

    def initials(text: str) -> str:
        return "".join(
            w[0]
            for w in text.replace("’", " ").replace("'", " ").split()
            if len(w) > 2 and fold(w) not in NAME_LINKS and not is_role_noun(w)
        ).upper()

    caps = {w for w in (a + " " + b).split() if len(w) >= 2 and w.isupper()}
    return int(any(c in (initials(a), initials(b)) for c in caps))


def org_phrase(head: Token) -> str:
    """ "tribunal judiciaire de Paris": the organisation noun and what names it on its right."""
    doc = head.doc
    end = head.i + 1
    j = end
    while j < len(doc) and j - head.i <= 6:
        t = doc[j]
        if t.pos_ in ("ADJ", "PROPN") or (t.pos_ == "NOUN" and doc[j - 1].lower_ in NAME_LINKS):
            j += 1
            end = j
        elif (
            t.lower_ in NAME_LINKS
            and j + 1 < len(doc)
            and doc[j + 1].pos_ in ("NOUN", "PROPN", "DET")
        ):
            j += 1
        else:
            break
    return text_of(doc)[head.idx : doc[end - 1].idx + len(doc[end - 1].text)]


def role_phrase(doc: Doc, lo: int, hi: int) -> str | None:
    """The text of tokens [lo, hi) as a role, without leading determiners or edge punctuation."""
    while lo < hi and (doc[lo].lower_ in DETERMINERS or doc[lo].is_punct or doc[lo].lower_ in DE):
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if lo >= hi or not any(is_role_noun(t.text) for t in doc[lo : min(hi, lo + 4)]):
        return None
    if doc[hi - 1].lower_ in DE_CONTRACTED or any("\n" in t.text for t in doc[lo:hi]):
        return None  # "l'avocate d'|Amélie K.": someone else's role; or a paragraph break
    return text_of(doc)[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1].text)]


def role_near(ent: Span, window: int = DEFAULT.role_window) -> str | None:
    """A role the text gives right next to a name: apposition or title before it."""
    doc = ent.doc
    # "Oana Lungescu, porte-parole en chef de l'OTAN," / "R. Sikorski, ministre polonais."
    if ent.end < len(doc) and doc[ent.end].text == ",":
        j = ent.end + 1
        while (
            j < len(doc)
            and j - ent.end < window
            and not (doc[j].is_punct and doc[j].text not in "-'’")
        ):
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].ent_type_ == "PER":
                break
            j += 1
        role = role_phrase(doc, ent.end + 1, j)
        if role:
            return role
    # "le président américain Joe Biden" / "La porte-parole en chef de l'OTAN, Oana Lungescu"
    k = ent.start
    if k > 0 and doc[k - 1].text == ",":
        k -= 1
    i = k - 1
    while i >= 0 and k - i < window and not (doc[i].is_punct and doc[i].text not in "-'’"):
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].ent_type_ == "PER":
            break
        i -= 1
    lo = i + 1
    # start at a determiner when there is one, so "Le Premier ministre" keeps "Premier"
    dets = [t.i for t in doc[lo:k] if t.lower_ in DETERMINERS]
    if dets:
        lo = dets[0]
    return role_phrase(doc, lo, k)


def _gender_near(ent: Span, role: str | None) -> str | None:
    """Gender from a title or a role noun right before or after the name."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text in FEMALE_TITLES:
        return "f"
    if ent.start > 0 and doc[ent.start - 1].text in MALE_TITLES:
        return "m"
    if role:
        for word in role.split():
            tok = next(
                (t for t in ent.doc[max(0, ent.start - 8) : ent.end + 8] if t.text == word), None
            )
            if tok is not None and is_role_noun(tok.text) and gender_of(tok):
                return gender_of(tok)
    return None
