"""Group the same utterance reported by several articles (rapidfuzz), and link speakers.

Works on exported records (plain dicts), so it runs on any ``quotes extract`` output.

Matching, for two quotes of compatible speakers:
- ``ratio`` on normalised text >= ``threshold``: the same words, or a close variant;
- else, when the shorter has at least ``min_fragment_words`` words, ``partial_ratio`` of
  the shorter inside the longer >= ``fragment_threshold``: a fragment of the longer quote.
A mixed quote is also compared through its quoted fragments. Candidate pairs come from
shared word trigrams (blocking), so the cost grows with the number of similar pairs, not
with the square of the number of quotes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

_MARKS = "«»“”„‹›\"'’‘`´"
_CUTS = re.compile(r"\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.")
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class GroupOptions:
    """Scorer and thresholds (0-100), chosen on the gold groups: see scripts/tune_grouping.py.

    ``ratio`` alone never merged two different gold utterances but found under half of the
    gold pairs; ``token_set`` and ``partial`` score 100 for any subset of words and merge
    unrelated quotes of one story; ``ratio+fragment`` keeps ratio for variants and allows
    partial_ratio only to place a fragment of four words or more inside a longer quote.
    """

    scorer: str = "ratio+fragment"  # ratio | ratio+fragment | token_set | partial
    threshold: float = 75.0
    fragment_threshold: float = 85.0
    min_fragment_words: int = 4
    max_shingle_share: int = 200  # a trigram shared by more quotes than this is not a block key


def normalize(text: str) -> str:
    """Compare wordings, not typography: case, accents, quote marks, apostrophes, elisions,
    ellipses and cut marks « (…) », punctuation and spacing are all set aside."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = s.replace("œ", "oe").replace("æ", "ae")
    s = _CUTS.sub(" ", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    for m in _MARKS:
        s = s.replace(m, " ")
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


@dataclass
class _Item:
    id: str
    article: str
    texts: list[str]  # normalised: the quote, then its quoted fragments
    speaker: str | None
    words: int = 0


@dataclass
class Match:
    a: str
    b: str
    ratio: float
    partial: float
    relation: str  # same | variant | fragment


@dataclass
class Group:
    id: str
    members: list[str] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)


# ---------------------------------------------------------------------------- speakers


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def link_speakers(names: Iterable[str | None]) -> dict[str, str]:
    """Map every person name of a batch to one canonical form per person.

    "Stoltenberg", "M. Stoltenberg" and "Jens Stoltenberg" become "Jens Stoltenberg"; two
    different first names with one surname stay apart, and a bare surname shared by two
    such people is left as it is rather than guessed.
    """
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if name:
            parts = [p for p in name.replace("’", "'").split() if p.lower() not in ("m.", "mme", "me", "dr")]
            if parts:
                by_surname[_fold(parts[-1])].add(name)
    linked: dict[str, str] = {}
    for forms in by_surname.values():
        full = {f for f in forms if len([p for p in f.split() if not p.endswith(".")]) >= 2}
        firsts = {_fold(f.split()[0]) for f in full}
        for form in forms:
            if len(firsts) == 1 and full:
                linked[form] = max(full, key=len)
            elif form in full:
                linked[form] = form
            else:
                # a bare or initialled surname: join the one full name it fits, if only one does
                fits = [f for f in full if _fold(f.split()[0])[:1] == _fold(form.split()[0])[:1]] if "." in form.split()[0] else []
                linked[form] = fits[0] if len(fits) == 1 else form
    return linked


# ---------------------------------------------------------------------------- grouping


def _shingles(text: str) -> set[str]:
    words = text.split()
    if len(words) < 3:
        return {text} if text else set()
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def _compatible(a: str | None, b: str | None) -> bool:
    """Two different named speakers never share a group; an unnamed one may join."""
    return a is None or b is None or a == b


def score_pair(a: list[str], b: list[str], options: GroupOptions) -> Match | None:
    """Best match between two quotes' texts, or None when they are not the same utterance."""
    best: Match | None = None
    for x in a:
        for y in b:
            if not x or not y:
                continue
            if options.scorer == "token_set":
                ratio = fuzz.token_set_ratio(x, y)
            elif options.scorer == "partial":
                ratio = fuzz.partial_ratio(x, y)
            else:
                ratio = fuzz.ratio(x, y)
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            fragments = options.scorer == "ratio+fragment" and len(short.split()) >= options.min_fragment_words
            partial = fuzz.partial_ratio(short, long_) if fragments else 0.0
            if ratio >= options.threshold:
                relation = "same" if x == y else "variant"
            elif partial >= options.fragment_threshold:
                relation = "fragment"
            else:
                continue
            m = Match("", "", ratio, partial, relation)
            if best is None or (m.ratio, m.partial) > (best.ratio, best.partial):
                best = m
    return best


def group_records(
    records: list[dict[str, Any]], *, options: GroupOptions | None = None
) -> tuple[list[dict[str, Any]], list[Group]]:
    """Give every quote record a ``group_id`` (null when it stands alone) and return the groups.

    Records are returned as new dicts, in their input order. Speakers are linked across the
    batch first: ``speaker.linked`` holds the one name of that person across all articles,
    while ``speaker.name`` stays the fullest name its own article gives.
    """
    opts = options or GroupOptions()
    quotes = [r for r in records if r.get("record_type") == "quote"]
    linked = link_speakers(r["speaker"]["name"] for r in quotes if r["speaker"]["kind"] == "person")
    items: list[_Item] = []
    for r in quotes:
        name = r["speaker"]["name"]
        name = linked.get(name, name) if name else None
        texts = [normalize(r["quote"]["text"])] + [normalize(f["text"]) for f in r["quote"]["fragments"]]
        items.append(_Item(r["id"], r["article"]["id"], texts, name, len(texts[0].split())))
    index: dict[str, list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        for text in item.texts:
            for sh in _shingles(text):
                index[sh].append(n)
    candidates: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > opts.max_shingle_share:
            continue
        uniq = sorted(set(members))
        for i, a in enumerate(uniq):
            for b in uniq[i + 1 :]:
                candidates.add((a, b))
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    matches: list[tuple[int, int, Match]] = []
    for a, b in sorted(candidates):
        ia, ib = items[a], items[b]
        if ia.id == ib.id or not _compatible(ia.speaker, ib.speaker):
            continue
        m = score_pair(ia.texts, ib.texts, opts)
        if m is None:
            continue
        m.a, m.b = ia.id, ib.id
        matches.append((a, b, m))
        parent[find(a)] = find(b)
    clusters: dict[int, list[int]] = defaultdict(list)
    for n in range(len(items)):
        clusters[find(n)].append(n)
    groups: list[Group] = []
    group_of: dict[str, str] = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        ids = sorted(items[n].id for n in members)
        gid = "g-" + hashlib.sha1("\n".join(ids).encode()).hexdigest()[:12]
        group = Group(gid, [items[n].id for n in sorted(members)])
        group.matches = [m for a, _, m in matches if find(a) == find(members[0])]
        groups.append(group)
        for member in ids:
            group_of[member] = gid
    groups.sort(key=lambda g: g.members[0])
    out = []
    for r in records:
        if r.get("record_type") != "quote":
            out.append(r)
            continue
        name = r["speaker"]["name"]
        speaker = {**r["speaker"], "linked": linked.get(name, name) if name else None}
        out.append({**r, "group_id": group_of.get(r["id"]), "speaker": speaker})
    return out, groups
