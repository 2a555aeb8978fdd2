"""A newsroom's people file: one canonical name, id, role and gender per person it follows.

The file is CSV (UTF-8, with or without BOM; commas, or semicolons as a spreadsheet saves
them) with a header row: ``name`` (required), ``aliases`` (``|``-separated), ``role``,
``gender`` (``female``, ``male`` or empty), ``id`` (a Wikidata QID, say); other columns are
ignored. Names are compared without case, accents or titles ("M. Stoltenberg"); a bare
surname ("Stoltenberg") or an initialled one ("R. Sikorski") names a person only when no
one else in the file has that surname. The file pins the name, the id and the gender (the
newsroom knows them better than a parse of one article; when the article's gender differed,
the evidence says so, ``people-file-gender-differs``; a guess from the first name gives way
without a word); it gives a role only where the article
gives none, since a role belongs to the moment the article describes.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from quotes.attribute.confidence import followed
from quotes.attribute.name_model import NAME_MODEL
from quotes.errors import InputError
from quotes.lexicon import fold, strip_title
from quotes.model import Evidence, Gender, Quote

GENDERS: dict[str, Gender | None] = {"female": "female", "male": "male", "": None}
EVIDENCE = Evidence.PEOPLE_FILE
GENDER_DIFFERS = Evidence.PEOPLE_FILE_GENDER_DIFFERS  # the file's gender replaced the article's


@dataclass(frozen=True)
class Person:
    """One row of the people file; ``line`` is where it stands, for messages."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    gender: Gender | None = None
    id: str | None = None
    line: int = 0


def _key(name: str) -> tuple[str, ...]:
    """A name's words, folded, without titles: "M. Jens Stoltenberg" -> (jens, stoltenberg)."""
    words = [w.strip(",;:") for w in strip_title(name.replace("’", "'").split())]
    return tuple(fold(w) for w in words if w)


def _initial(word: str) -> bool:
    """"R.", "J.-M.": a first name given by its initials."""
    return word.endswith(".") and len(word) <= 5


def _forms(person: Person) -> tuple[str, ...]:
    return (person.name, *person.aliases)


class People:
    """The persons of a people file, indexed by every form of their names."""

    def __init__(self, persons: Iterable[Person], source: str = "people file") -> None:
        self.persons = tuple(persons)
        self._by_key: dict[tuple[str, ...], Person] = {}
        # the last words of every name ("stoltenberg", "le pen") -> who bears them
        self._by_tail: dict[tuple[str, ...], set[Person]] = defaultdict(set)
        for person in self.persons:
            for form in _forms(person):
                key = _key(form)
                other = self._by_key.setdefault(key, person)
                if other is not person:
                    raise InputError(f"{source}:{person.line}: {form!r} already names "
                                     f"{other.name!r} (line {other.line})")
                for n in range(1, len(key)):
                    self._by_tail[key[n:]].add(person)

    def match(self, name: str | None) -> Person | None:
        """The person ``name`` designates, or None when no one or several could be meant."""
        if not name:
            return None
        key = _key(name)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        initials = 0
        while initials < len(key) - 1 and _initial(key[initials]):
            initials += 1
        fits = self._by_tail.get(key[initials:], set())
        if initials:
            first = key[0][0]
            fits = {p for p in fits if any(_key(f)[0][0] == first for f in _forms(p))}
        return next(iter(fits)) if len(fits) == 1 else None


def load_people(path: str | Path) -> People:
    """Read a people file; a file that cannot be used is an ``InputError`` naming file:line."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the people file ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text (save the file as UTF-8)") from None
    header = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True,
                        delimiter=";" if ";" in header and "," not in header else ",")
    start = 1
    source = str(path)
    try:
        columns = [c.strip().lower() for c in next(reader, [])]
        if "name" not in columns:
            raise InputError(f"{source}:1: the header row has no 'name' column "
                             "(expected name, aliases, role, gender, id)")
        persons = []
        start = reader.line_num + 1  # where the row being read starts, for messages
        for row in reader:
            if any(cell.strip() for cell in row):
                persons.append(_person(dict(zip(columns, row, strict=False)), source,
                                       reader.line_num))
            start = reader.line_num + 1
    except csv.Error as exc:  # strict: a " never closed runs to the end of the file
        why = ('a " opens a cell and is never closed (close it, or remove it)'
               if "end of data" in str(exc) else f"{exc} (a \" misplaced?)")
        raise InputError(f"{source}:{start}: {why}") from None
    return People(persons, source)


def _person(cells: dict[str, str], source: str, line: int) -> Person:
    """One row of the file (``line`` is where it ends, for messages)."""
    where = f"{source}:{line}"
    name = cells.get("name", "").strip()
    if not _key(name):
        raise InputError(f"{where}: no name (the 'name' column is required)")
    gender = cells.get("gender", "").strip()
    if gender.lower() not in GENDERS:
        raise InputError(f"{where}: gender {gender!r}: write female, male or leave it empty")
    aliases = tuple(a.strip() for a in cells.get("aliases", "").split("|") if _key(a))
    return Person(name, aliases, cells.get("role", "").strip() or None,
                  GENDERS[gender.lower()], cells.get("id", "").strip() or None, line)


def apply_people(quotes: Iterable[Quote], people: People) -> list[Quote]:
    """The quotes, each speaker the file names given its canonical name and id.

    A person's speaker (or one of unknown kind) matches by its name, or by its mention as
    written when it has no name; organisations and anonymous sources are left alone. The
    file's gender replaces the article's, its role fills only an empty one; evidence
    ``people-file`` is added, and the confidence is that of the path the speaker now has
    (``confidence.followed``). Applying a file twice changes nothing more.
    """
    return [_identify(q, people) for q in quotes]


def _identify(q: Quote, people: People) -> Quote:
    s = q.speaker
    if s.kind not in ("person", "unknown"):
        return q
    # the article's fullest name decides; the mention only stands in when there is none
    person = people.match(s.name if s.name else s.mention.text if s.mention else None)
    if person is None:
        return q
    notes = [EVIDENCE]
    guessed = NAME_MODEL in q.evidence  # the first name's guess, no word of the article
    if s.gender and person.gender and s.gender != person.gender and not guessed:
        notes.append(GENDER_DIFFERS)
    speaker = replace(s, name=person.name, kind="person", id=person.id or s.id,
                      role=s.role or person.role, gender=person.gender or s.gender)
    kept = tuple(e for e in q.evidence if not (person.gender and e == NAME_MODEL))
    evidence = kept + tuple(n for n in notes if n not in kept)
    return followed(q, replace(q, speaker=speaker, evidence=evidence))
