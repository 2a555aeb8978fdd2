"""Relatives the article names: who is whose relative, and whom a kin description stands for.

One relative (« son mari », « la fille de X ») is the person the article names in that
relation (``relations``, ``relative``), else the one person of the relation's gender who shares
the surname, else no one; two named in that relation, no one. A kin word of the person's
gender apposed to a name, a title of one word or several between them or not (« son fils, le
chanteur Paul Roux, », « sa fille, Anne Roux »), names the relation, the title only in an
apposition a comma closes; « son »/« sa » is the nearest person named before, unless that
one is another relative the article gives the same way just before (« son fils, X, et sa
fille, Y »: X's sister). « le fils de la chanteuse » is the son of the one of her gender
named last (``described_before``), or, where the one named last is of the other gender, of
the one of her gender named last whose son the article names.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from quotes.lexicon import cached, fold, folded, words
from quotes.lexicon.grammar import INDEFINITE
from quotes.lexicon.kin import relation_genders, relatives
from quotes.lexicon.roles import is_role_noun
from quotes.nlp.doc import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotes.attribute.cast import Person, Registry


@cached
def _kin_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The kin words before a name and after it, as written: those of ``relatives``, with
    and without accents."""
    written = {w for w in words("kin_nouns") if fold(w) in relatives()} | set(relatives())
    kin = "|".join(sorted(map(re.escape, written), key=len, reverse=True))
    before = re.compile(
        rf"\b(?P<det>son|sa|le|la|l['’]|au|du)\s*(?P<kin>{kin})"
        rf"(?:\s+(?:de|d['’]|du)\s*(?P<owner>[^,;.«»\n]{{1,60}}?))?\s*,?\s*"
        rf"(?:(?<=,)\s*(?P<title>(?:le|la|l['’])\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}?)\s+)?$",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"^\s*,\s*(?:(?P<det>son|sa|le|la|l['’])\s*)?(?P<kin>{kin})\b"
        rf"(?:\s+(?:de|d['’]|du)\s*(?P<owner>[^,;.«»\n]{{1,60}}))?",
        re.IGNORECASE,
    )
    return before, after
_REACH = 80  # characters around a name where its kin words may be
_POSSESSIVE = ("son", "sa")  # the kin words' determiners that make them someone named before's


def relations(registry: Registry) -> tuple[tuple[Person, str, Person], ...]:
    """(relative, relation, whose) for each relative the article names by a kin word beside
    the name: "Martine Castel … son mari, Jean Castel" -> (Jean Castel, "mari", Martine
    Castel); "Jean, le mari de Martine Castel" too. « son »/« sa » is the nearest person
    named before the kin words; "de X" is X, when X is one of the cast."""
    found = []
    for person, match, at in _kin_words(registry):
        owner = _whose(registry, match, at, person)
        if owner is not None:
            found.append((person, relatives()[fold(match["kin"])][0], owner))
    return tuple(dict.fromkeys(found))


def kin_given(registry: Registry) -> frozenset[str]:
    """The names the article gives a kin word beside, whoever's relative they are, named or
    not: "Jean Castel, le père de la victime", "le frère de l'élève, Paul Roux"; not the one
    the kin words' complement names ("le père de l'élève Paul Roux": Paul Roux is the élève),
    nor one given as « sa femme », « son mari », the relative of one named beside them."""
    before = _kin_patterns()[0]
    return frozenset(
        person.name for person, match, _ in _kin_words(registry)
        if not (match.re is before and match["owner"] and not match[0].rstrip().endswith(","))
        and fold(match["det"] or "") not in _POSSESSIVE and not _set_phrase(match)
    )


def _set_phrase(match: re.Match[str]) -> bool:
    """« père de famille », « femme d'affaires »: kin words whose « de » takes a bare
    lower-case noun are a compound, no one's relative (as ``kin_owner`` reads them)."""
    owner = (match["owner"] or "").strip()
    first = owner.split(" ", 1)[0] if owner else ""
    link = match.string[match.end("kin") : match.start("owner")].strip().lower() if owner else ""
    elided = first[:2] in ("l'", "l’")  # « l’étudiant »: an article, whoever's relative
    return (link in ("de", "d'", "d’") and first.islower() and not elided
            and fold(first) not in _OWNER_ARTICLES)


_OWNER_ARTICLES = frozenset({"la", "le", "les", "l'", "l’", "un", "une", "des", "ce", "cette",
                             "son", "sa", "ses", "leur", "leurs", "notre", "votre"})


def _kin_words(registry: Registry) -> list[tuple[Person, re.Match[str], int]]:
    """(person, the kin words' match, the offset it was matched from) for each kin phrase
    right before or after a name (the two patterns of ``_kin_patterns``), the kin word of the
    person's gender (« sa mère, Paul Roy » names no mother); a title between them only in an
    apposition the comma after the name closes (« Accompagné de son fils, le chanteur X a … »:
    X's own son)."""
    text = text_of(registry.doc)
    found = []
    before, after = _kin_patterns()
    for pos, person in registry.mentions:
        end = registry.ends.get(pos, pos)
        lo = max(0, pos - _REACH)
        for match, at in (
            (before.search(text[lo:pos]), lo),
            (after.match(text[end : end + _REACH]), end),
        ):
            if match is None or not _titled_right(match) or not _agrees(person, match):
                continue
            if match.re is before and match["title"] and text[end : end + 1] != ",":
                continue
            found.append((person, match, at))
    return found


def _titled_right(match: re.Match[str]) -> bool:
    """A title between the kin word and the name is the relative's (« son fils, le chanteur
    Paul Roux », « son mari, le chef d'orchestre X », « le fils de X, le pianiste Y »): a role
    noun after the kin words and a comma, the words after the noun in lower case (« son
    fils, le petit Paul Roux »: no title)."""
    title = match.groupdict().get("title")
    if not title:
        return True
    noun, *after = re.split(r"(?<=['’])|\s+", title)[1:]
    return is_role_noun(noun.lower()) and all(w.islower() for w in after)


def _agrees(person: Person, match: re.Match[str]) -> bool:
    """Is the kin word of the person's gender, when both are known (« sa mère » no man)?"""
    sex = relatives()[fold(match["kin"])][1]
    return sex is None or person.gender in (None, sex)


def _whose(registry: Registry, match: re.Match[str], at: int, relative: Person) -> Person | None:
    """The someone of a kin phrase: the person named in its "de X", else, after « son » or
    « sa », the nearest person named before it, the relative aside."""
    if match["owner"]:
        lo, hi = at + match.start("owner"), at + match.end("owner")
        named = [p for p in registry.people_between(lo, hi) if p is not relative]
        return named[0] if len(named) == 1 else None
    if match["det"] is None or fold(match["det"]) not in _POSSESSIVE:
        return None
    start = at + match.start()
    before = [p for p in registry.people_before(start) if p is not relative]
    if not before:
        return None
    sibling = _sibling(registry, before[0], start, fold(match["kin"]))
    if sibling is not None:  # « son fils, X, et sa fille, Y »: X's sister, their mother's child
        return _whose(registry, *sibling, before[0])
    return before[0]


def _sibling(
    registry: Registry, person: Person, start: int, kin: str
) -> tuple[re.Match[str], int] | None:
    """The « son »/« sa » kin words that make ``person`` someone's relative, when the kin
    words at ``start`` name another of that someone's: ``person`` named in the same list
    (nothing but « , » and « et » between: « son fils, X, et sa fille, Y »), or given the same
    relation (« Son fils, X, … Y, son fils, … »: two sons, not a grandson)."""
    text = text_of(registry.doc)
    listed = any(
        who is person and (end := registry.ends.get(pos, pos)) <= start
        and not re.sub(r"[\s,]|\bet\b|\bou\b", "", text[end:start])
        for pos, who in registry.mentions
    )
    relation = relatives()[kin][0]
    for other, match, at in _kin_words(registry):
        if other is person and fold(match["det"] or "") in _POSSESSIVE and at < start and (
                listed or relatives()[fold(match["kin"])][0] == relation):
            return match, at
    return None


def relative(
    registry: Registry, relation: str, whose: Person | None, before: int
) -> Person | None:
    """The person the article names as ``whose``'s ``relation`` ("mari"); ``whose`` None
    (« son mari »): the nearest person named before ``before`` who is no such relative."""
    known = registry.relations
    if whose is None:
        kin = {p for p, r, _ in known if r == relation}
        whose = next((p for p in registry.people_before(before) if p not in kin), None)
    named = {p for p, r, o in known if r == relation and o is whose}
    if len(named) > 1:  # two sons named: which one is unsaid
        return None
    found = next(iter(named), None)
    gender = relation_genders().get(relation)
    if found is None and relation in folded("child_relations"):
        # « X …, sa mère »: X is her child, so « le fils de la chanteuse » is X when she is whose
        found = next((o for p, r, o in known if r in folded("parent_relations") and p is whose
                      and gender in (None, o.gender)), None)
    if found is not None or whose is None:
        return found
    # "Jean et Monique Roustan … raconte Jean Roustan. « … », a ajouté son épouse": no kin
    # words name her, but she is the one person of the relation's gender with his surname
    same = [
        p for p in registry.people
        if p is not whose and gender and p.gender == gender and p.parts.first
        and p.parts.surname_key == whose.parts.surname_key
    ]
    if len(same) > 1:  # "le colonel Patrick Laborde … Gérard et Sylvie Laborde": the couple
        same = [p for p in same if _joined(registry, p, whose)]
    return same[0] if len(same) == 1 else None


def described_before(
    doc: Doc, registry: Registry, role: str, gender: str | None, at: int,
    relation: str | None = None,
) -> Person | None:
    """The one « la chanteuse » (described by ``role``, of ``gender``) stands for in « le fils
    de la chanteuse » at ``at``: the person named last before, when of that gender; no one
    when the article brought the described one in unnamed (« un pompier a été tué »). When
    the one named last is of the other gender (the son himself, who spoke with a reporter):
    the one of that gender named last, when the article names her ``relation`` (« son fils,
    le chanteur Paul Roux »), else no one."""
    noun = fold(role.split()[0])
    if any(fold(t.text) == noun and any(c.dep_ == "det" and c.lower_ in INDEFINITE
                                        for c in t.children)
           for t in takewhile(lambda t: t.idx < at, doc)):
        return None
    before = registry.people_before(at)
    last = next(iter(before), None)
    if last is None or not gender or last.gender == gender:
        return last if last is not None and gender else None
    theirs = next((p for p in before if p.gender == gender), None)
    return theirs if theirs is not None and relation is not None and any(
        r == relation and o is theirs for _, r, o in registry.relations) else None


def _joined(registry: Registry, one: Person, other: Person) -> bool:
    """Are the two named together, one right after the other with « et » between them?"""
    text = text_of(registry.doc)
    at = {p: [(lo, registry.ends.get(lo, lo)) for lo, q in registry.mentions if q is p]
          for p in (one, other)}
    return any(
        text[a_hi:b_lo].strip() == "et"
        for x, y in ((one, other), (other, one))
        for _, a_hi in at[x]
        for b_lo, _ in at[y]
        if a_hi <= b_lo
    )
