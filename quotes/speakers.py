"""From the words naming a speaker to a canonical speaker, role and kind.

A per-article registry collects every person the text names, groups the forms of one
name ("Jens Stoltenberg", "M. Stoltenberg", "Stoltenberg") under the fullest one, and
records the roles the text gives them (appositions, titles before the name). Pronouns
resolve to the nearest earlier speaker that agrees with them; descriptions ("le chef de
la diplomatie polonaise") to the person whose roles share their words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from quotes.lexicon import words
from quotes.model import Resolution, SpeakerKind

PRONOUNS = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p"),
            "on": (None, "s"), "lui": ("m", "s"), "eux": ("m", "p")}
DETERMINERS = {"le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette"}


def fold(s: str) -> str:
    """Lower case without accents, for comparing names and role words."""
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Person:
    name: str
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    first_seen: int = 0


@dataclass(frozen=True)
class Resolved:
    name: str | None
    role: str | None
    kind: SpeakerKind
    resolution: Resolution
    number: str = "s"
    gender: str | None = None


def _strip_title(tokens: list[str]) -> list[str]:
    titles = words("titles")
    while tokens and tokens[0].lower() in {t.lower() for t in titles}:
        tokens = tokens[1:]
    return tokens


class Registry:
    """The people one article names, with their fullest name and roles."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people: dict[str, Person] = {}  # by folded surname
        self.mentions: list[tuple[int, str]] = []  # (offset, surname key), in text order
        for ent in doc.ents:
            if ent.label_ == "PER":
                self._add(ent)

    def _add(self, ent: Span) -> None:
        tokens = _strip_title(ent.text.split())
        if not tokens:
            return
        key = fold(tokens[-1].strip(".,"))
        name = " ".join(tokens)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name, first_seen=ent.start_char)
        elif _fuller(name, person.name):
            person.name = name
        role = role_near(ent)
        if role and role not in person.roles:
            person.roles.append(role)
        if person.gender is None:
            person.gender = _gender_near(ent)
        self.mentions.append((ent.start_char, key))

    def person(self, text: str) -> Person | None:
        tokens = _strip_title(text.split())
        return self.people.get(fold(tokens[-1].strip(".,"))) if tokens else None

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


def _fuller(a: str, b: str) -> bool:
    """Is ``a`` a fuller form of the same name than ``b`` ("Jens Stoltenberg" vs "Stoltenberg")."""
    def score(s: str) -> tuple[int, int]:
        parts = s.split()
        return (sum(1 for p in parts if not p.endswith(".")), len(s))
    return score(a) > score(b)


def _clean_role(tokens: list[str]) -> str | None:
    while tokens and (tokens[0].lower() in DETERMINERS or tokens[0] in (",", "de", "d’", "d'")):
        tokens = tokens[1:]
    while tokens and tokens[-1] in (",", "."):
        tokens = tokens[:-1]
    if not tokens or not any(fold(t) in {fold(r) for r in words("role_nouns")} for t in tokens[:4]):
        return None
    text = " ".join(tokens)
    return text.replace("l’ ", "l’").replace("l' ", "l'").replace("d’ ", "d’").replace("d' ", "d'")


def _phrase_text(doc: Doc, lo: int, hi: int) -> str | None:
    """The text of tokens [lo, hi) as a role, without leading determiners or edge punctuation."""
    while lo < hi and (doc[lo].lower_ in DETERMINERS or doc[lo].is_punct or doc[lo].lower_ in ("de", "d'", "d’")):
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    if lo >= hi or _clean_role([t.text for t in doc[lo:hi]]) is None:
        return None
    return doc.text[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1].text)]


def role_near(ent: Span) -> str | None:
    """A role the text gives right next to a name: apposition or title before it."""
    doc = ent.doc
    # "Oana Lungescu, porte-parole en chef de l'OTAN," / "R. Sikorski, ministre polonais."
    if ent.end < len(doc) and doc[ent.end].text == ",":
        j = ent.end + 1
        while j < len(doc) and j - ent.end < 12 and not (doc[j].is_punct and doc[j].text not in "-'’"):
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].ent_type_ == "PER":
                break
            j += 1
        role = _phrase_text(doc, ent.end + 1, j)
        if role:
            return role
    # "le président américain Joe Biden" / "La porte-parole en chef de l'OTAN, Oana Lungescu"
    k = ent.start
    if k > 0 and doc[k - 1].text == ",":
        k -= 1
    i = k - 1
    while i >= 0 and k - i < 12 and not (doc[i].is_punct and doc[i].text not in "-'’"):
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].ent_type_ == "PER":
            break
        i -= 1
    lo = i + 1
    # start at a determiner when there is one, so "Le Premier ministre" keeps "Premier"
    dets = [t.i for t in doc[lo:k] if t.lower_ in DETERMINERS]
    if dets:
        lo = dets[0]
    return _phrase_text(doc, lo, k)


def _gender_near(ent: Span) -> str | None:
    doc = ent.doc
    for tok in doc[max(0, ent.start - 6) : ent.start]:
        g = tok.morph.get("Gender", [])
        if tok.lower_ in words("role_nouns") and g:
            return "f" if g[0] == "Fem" else "m"
    if ent.start > 0 and doc[ent.start - 1].text in ("Mme", "Mlle"):
        return "f"
    if ent.start > 0 and doc[ent.start - 1].text == "M.":
        return "m"
    return None


# ---------------------------------------------------------------------------- mentions


def classify(doc: Doc, start: int, end: int, registry: Registry) -> Resolved:
    """Speaker for the words ``text[start:end]`` alone (pronouns left to ``resolve_pronoun``)."""
    span = _char_span(doc, start, end)
    text = doc.text[start:end]
    if span is None or not text.strip():
        return Resolved(None, None, "unknown", "unresolved")
    low = fold(text.strip())
    if low in PRONOUNS:
        gender, number = PRONOUNS[low]
        return Resolved(None, None, "unknown", "pronoun", number, gender)
    first = span[0]
    tokens = [t for t in span if not t.is_punct]
    names = [e for e in doc.ents if e.label_ == "PER" and start <= e.start_char and e.end_char <= end]
    titled = first.text in words("titles") and len(span) > 1
    if not names and len(tokens) >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in tokens) and not any(
        t.ent_type_ in ("ORG", "LOC") for t in tokens
    ):
        names = [span]  # a full name the recogniser missed: "Rishi Sunak"
    anonymous = (
        first.lower_ in words("anonymous")
        or any(fold(text.strip()).startswith(fold(w) + " ") for w in words("anonymous"))
        or any(t.lower_ in ("source", "sources") for t in span)
    )
    if anonymous and not names:
        role = _phrase_text(doc, span.start + 1, span.end)
        number = "p" if first.lower_ not in ("un", "une", "l'un", "l’un", "l'une", "l’une") else "s"
        return Resolved(text.strip(), role, "anonymous", "explicit", number)
    if names:
        # "Plus tôt dans la journée, Maria Zakharova, …": keep what names or describes her
        cut = [t for t in span if t.text == "," and t.i < names[0].start]
        if cut and _phrase_text(doc, span.start, cut[-1].i) is None:
            start = cut[-1].idx + 1
            while doc.text[start] == " ":
                start += 1
            text = doc.text[start:end]
    if names or titled:
        name_text = names[0].text if names else " ".join(t.text for t in span[1:])
        person = registry.person(name_text)
        canonical = person.name if person else " ".join(_strip_title(name_text.split()))
        role = _role_in_mention(doc, start, end, names[0] if names else None)
        if role is None and person and person.roles:
            role = person.roles[0]
        how: Resolution = "explicit" if fold(canonical) == fold(" ".join(_strip_title(name_text.split()))) else "title"
        gender = person.gender if person else None
        return Resolved(canonical, role, "person", how, "s", gender)
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    plural = head is not None and "Plur" in head.morph.get("Number", [])
    gender = None
    if head is not None and head.morph.get("Gender", []):
        gender = "f" if head.morph.get("Gender", [])[0] == "Fem" else "m"
    bare = _without_determiner(text.strip())
    if head is not None and (
        fold(head.lemma_) in {fold(w) for w in words("org_nouns")}
        or head.ent_type_ in ("ORG", "LOC", "MISC")
        or (head.pos_ == "PROPN" and head.ent_type_ != "PER")
        or fold(head.text) in {fold(w) for w in words("org_nouns")}
    ):
        return Resolved(bare, None, "organization", "explicit", "p" if plural else "s", gender)
    if head is not None and fold(head.text) in {fold(w) for w in words("role_nouns")} | {
        fold(w) + "s" for w in words("role_nouns")
    }:
        if plural:
            return Resolved(bare, None, "organization", "explicit", "p", gender)
        return Resolved(None, _clean_role([t.text for t in span]) or bare, "person", "description", "s", gender)
    return Resolved(bare, None, "unknown", "explicit", "p" if plural else "s", gender)


def _without_determiner(text: str) -> str:
    for det in ("l’", "l'"):
        if text.lower().startswith(det):
            return text[len(det):]
    parts = text.split(maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in DETERMINERS:
        return parts[1]
    return text


def _char_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand") if start < end else None


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
            role = _phrase_text(doc, lo, hi)
            if role:
                return role
    return None


def match_description(role: str, registry: Registry, offset: int) -> Person | None:
    """The person whose roles or nationality share the description's words."""
    stems = _stems(role)
    best, best_score = None, 0
    candidates = registry.people_before(offset) + registry.people_after(offset, 400)
    for rank, person in enumerate(candidates):
        score = sum(len(stems & _stems(r)) for r in person.roles) * 10 - rank
        if score > best_score:
            best, best_score = person, score
    return best


def _stems(text: str) -> set[str]:
    stop = {"de", "du", "des", "la", "le", "les", "en", "et", "chef", "l", "d"}
    return {fold(w)[:5] for w in text.replace("’", " ").replace("'", " ").split() if fold(w) not in stop and len(w) > 2}
