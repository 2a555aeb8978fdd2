"""Group the same utterance reported by several articles (rapidfuzz), and link speakers.

Works on exported records (plain dicts), so it runs on any ``quotes extract`` output.

Matching, for two quotes of compatible speakers:
- ``ratio`` on normalised text >= ``threshold``: the same words, or a close variant;
- else, when the shorter has at least ``min_fragment_words`` words, ``partial_ratio`` of
  the shorter inside the longer >= ``fragment_threshold``: a fragment of the longer quote.
A mixed quote is also compared through its quoted fragments. Candidate pairs come from
prefix filtering on word trigrams (``candidate_pairs``), so the cost grows with the number
of similar pairs, not with the square of the number of quotes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from quotes.settings import DEFAULT, Settings

_MARKS = "«»“”„‹›\"'’‘`´"
_CUTS = re.compile(r"\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.")
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


class _Fold(dict[int, str]):
    """A str.translate table filled on demand: a character -> itself without accents; marks -> space."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _MARKS:
            out = " "
        elif ch in "œæ":
            out = {"œ": "oe", "æ": "ae"}[ch]
        else:
            out = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        self[code] = out
        return out


_FOLD = _Fold()


def normalize(text: str) -> str:
    """Compare wordings, not typography: case, accents, quote marks, apostrophes, elisions,
    ellipses and cut marks « (…) », punctuation and spacing are all set aside."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = _CUTS.sub(" ", s).translate(_FOLD)
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


@dataclass
class _Item:
    id: str
    article: str
    texts: list[str]  # normalised: the quote, then its quoted fragments
    speaker: str | None


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


def _trigram_hashes(texts: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """(owner, hash) of every distinct word trigram of every item, computed with numpy.

    Each distinct word gets a stable 64-bit hash (crc32 and adler32, the same in every run,
    unlike Python's salted hash()); a trigram's hash mixes its three word hashes. A text of
    fewer than three words counts as one trigram.
    """
    vocab: dict[str, int] = {}
    ids: list[int] = []
    owner_of_word: list[int] = []
    starts_of_text: list[int] = []
    for n, item in enumerate(texts):
        for t in item:
            words = t.split()
            if not words:
                continue
            starts_of_text.append(len(ids))
            for word in words:
                code = vocab.get(word)
                if code is None:
                    data = word.encode()
                    code = vocab[word] = ((zlib.crc32(data) << 32) | zlib.adler32(data)) & 0x7FFFFFFFFFFFFFFF
                ids.append(code)
                owner_of_word.append(n)
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    w = np.array(ids, dtype=np.uint64)
    own = np.array(owner_of_word, dtype=np.int64)
    text_id = np.zeros(len(w), dtype=np.int64)
    text_id[np.array(starts_of_text[1:], dtype=np.int64)] = 1
    text_id = np.cumsum(text_id)
    with np.errstate(over="ignore"):
        k1, k2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)
        if len(w) >= 3:
            tri = w[:-2] * k1 ^ (w[1:-1] * k2 + w[2:])
            same = (text_id[:-2] == text_id[2:])  # a trigram never spans two texts
            h, o = tri[same], own[:-2][same]
        else:
            h, o = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
        # texts of one or two words: one "trigram" for the whole text
        lengths = np.bincount(text_id, minlength=len(starts_of_text))
        short = np.nonzero(lengths < 3)[0]
        if len(short):
            first = np.array(starts_of_text, dtype=np.int64)[short]
            whole = w[first] * k1 ^ np.where(lengths[short] == 2, w[np.minimum(first + 1, len(w) - 1)] * k2, np.uint64(0))
            h = np.concatenate((h, whole))
            o = np.concatenate((o, own[first]))
    # one entry per (item, trigram): a mixed quote's fragments repeat its own trigrams, which
    # would otherwise look common and use up its probes. One combined key keeps this a 1-D unique.
    with np.errstate(over="ignore"):
        keys = h ^ (o.astype(np.uint64) * np.uint64(0xFF51AFD7ED558CCD))
    _, first_seen = np.unique(keys, return_index=True)
    first_seen.sort()
    return o[first_seen], h[first_seen]


def candidate_pairs(
    texts: list[list[str]],
    *,
    speakers: list[int] | None = None,
    prefix_share: float = 0.7,
    max_share: int = 100,
) -> Iterator[tuple[int, int]]:
    """Pairs of items (by index) that may be one utterance: prefix filtering on word trigrams.

    Every item is indexed by all its trigrams; it probes the index with only its rarest ones
    (the ``prefix_share`` of them, at least three), so two wordings that share much of their
    text, or a fragment and the longer quote holding it, meet on a rare trigram while
    unrelated quotes of one story, which share only common ones, are never compared.
    """
    o, h = _trigram_hashes(texts)
    if not len(h):
        return
    spk = np.array(speakers, dtype=np.int64) if speakers is not None else None
    sizes = np.bincount(o, minlength=len(texts))
    _, inverse, counts = np.unique(h, return_inverse=True, return_counts=True)
    freq = counts[inverse]
    # rarest trigrams first within each item: the probes
    order = np.lexsort((h, freq, o))
    first = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    rank = np.arange(len(order)) - first[o[order]]
    want = np.maximum(3, np.ceil(sizes * prefix_share)).astype(np.int64)
    probes = order[rank < want[o[order]]]
    # the index: all trigrams, sorted by hash
    by_hash = np.argsort(h, kind="stable")
    sorted_h, sorted_o = h[by_hash], o[by_hash]
    lo = np.searchsorted(sorted_h, h[probes], side="left")
    hi = np.searchsorted(sorted_h, h[probes], side="right")
    keep = (hi - lo) <= max_share
    lo, hi, who = lo[keep], hi[keep], o[probes][keep]
    seen = np.zeros(0, dtype=np.int64)
    step = 1 << 20  # expand the postings a million probes at a time: memory stays bounded
    for at in range(0, len(lo), step):
        blo, bhi, bwho = lo[at : at + step], hi[at : at + step], who[at : at + step]
        lengths = bhi - blo
        total = int(lengths.sum())
        if total == 0:
            continue
        starts = np.repeat(blo - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        other = sorted_o[np.arange(total) + starts]
        mine = np.repeat(bwho, lengths)
        a, b = np.minimum(mine, other), np.maximum(mine, other)
        keep_pair = a != b
        if spk is not None:  # two different named speakers never share a group; an unnamed one may join
            keep_pair &= (spk[a] == spk[b]) | (spk[a] < 0) | (spk[b] < 0)
        seen = np.union1d(seen, (a * len(texts) + b)[keep_pair])
    for key in seen.tolist():
        yield divmod(key, len(texts))


def score_pair(a: list[str], b: list[str], options: Settings) -> Match | None:
    """Best match between two quotes' texts, or None when they are not the same utterance."""
    best: Match | None = None
    for x in a:
        for y in b:
            if not x or not y:
                continue
            scorer = {"token_set": fuzz.token_set_ratio, "partial": fuzz.partial_ratio}.get(options.scorer, fuzz.ratio)
            ratio = scorer(x, y, score_cutoff=options.threshold)
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            fragments = options.scorer == "ratio+fragment" and ratio < options.threshold and (
                len(short.split()) >= options.min_fragment_words
            )
            partial = fuzz.partial_ratio(short, long_, score_cutoff=options.fragment_threshold) if fragments else 0.0
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
    records: list[dict[str, Any]], *, options: Settings = DEFAULT
) -> tuple[list[dict[str, Any]], list[Group]]:
    """Give every quote record a ``group_id`` (null when it stands alone) and return the groups.

    Records are returned as new dicts, in their input order. Speakers are linked across the
    batch first: ``speaker.linked`` holds the one name of that person across all articles,
    while ``speaker.name`` stays the fullest name its own article gives.
    """
    opts = options
    quotes = [r for r in records if r.get("record_type") == "quote"]
    linked = link_speakers(r["speaker"]["name"] for r in quotes if r["speaker"]["kind"] == "person")
    items: list[_Item] = []
    for r in quotes:
        name = r["speaker"]["name"]
        name = linked.get(name, name) if name else None
        texts = [normalize(r["quote"]["text"])] + [normalize(f["text"]) for f in r["quote"]["fragments"]]
        items.append(_Item(r["id"], r["article"]["id"], texts, name))
    speaker_ids: dict[str, int] = {}
    spk = [-1 if item.speaker is None else speaker_ids.setdefault(item.speaker, len(speaker_ids)) for item in items]
    candidates = candidate_pairs(
        [item.texts for item in items], speakers=spk, prefix_share=opts.prefix_share, max_share=opts.max_shingle_share
    )
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    matches: list[tuple[int, int, Match]] = []
    for a, b in candidates:
        ia, ib = items[a], items[b]
        if ia.id == ib.id:
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
    matches_of: dict[int, list[Match]] = defaultdict(list)
    for a, _, m in matches:
        matches_of[find(a)].append(m)
    groups: list[Group] = []
    group_of: dict[str, str] = {}
    for members in clusters.values():
        if len(members) < 2:
            continue
        ids = sorted(items[n].id for n in members)
        gid = "g-" + hashlib.sha1("\n".join(ids).encode()).hexdigest()[:12]
        group = Group(gid, [items[n].id for n in sorted(members)])
        group.matches = matches_of[find(members[0])]
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
